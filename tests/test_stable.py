"""Stable numbering (issue 13, point 5): `build --stabiele-nummering-tegen OLD` numbers NEW against
OLD as Dutch drafting does (Aanwijzing 6.16): what stays keeps its number, an inserted lid is
2.2a, an inserted onderdeel fa, an inserted article 14a, a removed article ‘[Vervallen]’; every
reference, within a document and from the other documents of the set, reads the stable number —
in the model, in the DOCX as LibreOffice computes its list numbers and REF fields, and in the PDF.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, run_cli
from tests.docs import pdf_text, plain
from tests.expected import expected_paragraphs, expected_refs
from tests.lo import Job, libreoffice

from protocolmaker.config import load_config
from protocolmaker.documents import DocumentSet, compose_set
from protocolmaker.model.document import Article, Document, Item, Lid, Ref, Text
from protocolmaker.model.numbering import references
from protocolmaker.render.docx import to_docx
from protocolmaker.render.pdf import to_pdf
from protocolmaker.revision.stable import (
    _DIGITS,
    _LETTERS,
    _insert_after,
    is_lapsed,
    renumber_against,
    renumber_set,
)

DEN_BOSCH = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
NO_MEETING = DEN_BOSCH.replace("    vergaderinterval_weken: 6\n",
                               "    vergaderinterval_weken: 6\n    jaarvergadering: false\n", 1)
"""Without the yearly meeting of all parties (the national base has it): one lid less in
article 6, after 6.3."""
NEW_PARTY = DEN_BOSCH.replace("  - id: ggz\n", """  - id: vzb
    soort: ggz
    naam: Stichting Verslavingszorg Brabant
    afkorting: VZB
    vestigingsplaats: Vught
    adres: Taalstraat 1, 5261 BA Vught
    vertegenwoordiger: smits

  - id: ggz
""", 1)


def region(tmp: Path, name: str, text: str) -> Path:
    """A copy of an example config in `tmp` (it extends the built-in base ‘landelijk’)."""
    path = tmp / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def composed(tmp: Path, name: str, text: str) -> DocumentSet:
    return compose_set(load_config(region(tmp, name, text)).config)


def numbers(doc: Document) -> list[str]:
    """Every number of the document: articles, leden, ‘lid onder item’, annexes."""
    out = []
    for art in doc.articles:
        out.append(f"Artikel {art.number}")
        for lid in art.leden:
            out.append(lid.number)
            out += [f"{lid.number} onder {item.number}" for item in lid.items]
    return out + [a.label for a in doc.annexes]


def external_refs(new_set: DocumentSet) -> list[tuple[str, str]]:
    """(key, text) of every reference to another document of the set."""
    return [(f"{r.doc}#{r.target}", doc.ref_text(r)) for _, doc in new_set
            for r in references(doc) if r.doc]


def assert_references_kept(old_set: DocumentSet, new_set: DocumentSet) -> None:
    """Every key both versions have reads the same (‘artikel 15.2, onder c’), and so does every
    reference from one document of the set to another."""
    olds = {spec.filename: doc for spec, doc in old_set}
    for spec, doc in new_set:
        old = olds[spec.filename]
        shared = old.targets.keys() & doc.targets.keys()
        assert shared or not old.targets
        assert {k: doc.targets[k] for k in shared} == {k: old.targets[k] for k in shared}
    old_ext = dict(external_refs(old_set))
    new_ext = external_refs(new_set)
    assert new_ext
    assert all(old_ext.get(k, text) == text for k, text in new_ext)


def lo_check(tmp: Path, docs: list[tuple[str, Document]]) -> list[str]:
    """Write each document as DOCX; LibreOffice's list labels and REF texts (after updating every
    field) must be the model's. Returns the labels per document, joined."""
    jobs = []
    for name, doc in docs:
        (tmp / f"{name}.docx").write_bytes(to_docx(doc))
        jobs.append(Job(tmp / f"{name}.docx", refresh=True))
    shown = []
    for (name, doc), lo in zip(docs, libreoffice(jobs), strict=True):
        labels = [plain(p["label"]) for p in lo["paragraphs"]]
        assert labels == [plain("" if label == "•" else label)
                          for label, _ in expected_paragraphs(doc)], name
        refs = [plain(r["shown"]) for r in lo["refs"]]
        # LibreOffice ignores \* Lower: ‘Artikel 14a’ where Word shows ‘artikel 14a’
        assert refs == [plain(f.result[:1].upper() + f.result[1:] if f.lower else f.result)
                        for f in expected_refs(doc)], name
        shown.append("\n".join(["", *(label for label in labels if label), ""]))
    return shown


# --- the numbers ------------------------------------------------------------------------------

def test_the_next_number_after_an_element() -> None:
    assert _insert_after("14", "15", {"14", "15"}, _DIGITS) == "14a"
    assert _insert_after("14a", "15", {"14", "14a", "15"}, _DIGITS) == "14b"  # a run continues
    assert _insert_after("14a", "14b", {"14", "14a", "14b"}, _DIGITS) == "14aa"
    assert _insert_after("2", None, {"1", "2"}, _DIGITS) == "3"  # at the end: nothing shifts
    assert _insert_after("0", "1", {"1"}, _DIGITS) == "0a"  # before article 1
    assert _insert_after("b", "c", {"a", "b", "c"}, _LETTERS) == "ba"
    assert _insert_after("ba", "c", {"a", "b", "ba", "c"}, _LETTERS) == "bb"
    assert _insert_after("0", "a", {"a"}, _LETTERS) == "0a"


def test_a_lid_inserted_mid_article_is_6_3a_and_one_added_at_the_end_the_next_number(
        tmp_path: Path) -> None:
    old = composed(tmp_path, "oud", NO_MEETING)
    new = composed(tmp_path, "nieuw", DEN_BOSCH.replace(
        "keuzes:\n", "keuzes:\n  extra_functies:\n    - id: nazorg-jeugd\n"
                     "      omschrijving: Nazorg jeugd\n", 1))
    assert "6.8" in numbers(new.convenant)  # numbered 1…n: every lid after 6.3 shifts
    renumber_set(old, new)
    art6 = new.convenant.articles[5]
    old6 = [lid.number for lid in old.convenant.articles[5].leden]
    assert [lid.number for lid in art6.leden] == [*old6[:3], "6.3a", *old6[3:]]
    assert "Eenmaal per jaar" in plain_text(art6.leden[3], new.convenant)
    # appended after the last lid of article 2 nothing shifts: it is simply 2.3
    assert new.convenant.targets["extra-functies"] == "artikel 2.3"
    added = [n for n in numbers(new.convenant) if n not in numbers(old.convenant)]
    assert added == ["2.3", "2.3 onder a", "6.3a"]
    assert_references_kept(old, new)


def test_a_lid_removed_by_the_config_stays_vervallen(tmp_path: Path) -> None:
    old = composed(tmp_path, "oud", DEN_BOSCH)
    new = composed(tmp_path, "nieuw", NO_MEETING)
    renumber_set(old, new)
    art6 = new.convenant.articles[5]
    assert [lid.number for lid in art6.leden] == \
        [lid.number for lid in old.convenant.articles[5].leden]
    assert is_lapsed(art6.leden[3]) and art6.leden[3].number == "6.4"
    assert art6.leden[3].content == [Text("[Vervallen]")]
    assert_references_kept(old, new)


def test_a_new_party_inserts_an_onderdeel_with_a_double_letter(tmp_path: Path) -> None:
    old = composed(tmp_path, "oud", DEN_BOSCH)
    new = composed(tmp_path, "nieuw", NEW_PARTY)
    renumber_set(old, new)
    decision = new.of_kind("artikel20")[0]
    added = [n for n in numbers(decision) if n not in numbers(old.of_kind("artikel20")[0])]
    assert added == ["5.1 onder fa"]
    lid = next(lid for art in decision.articles for lid in art.leden if lid.number == "5.1")
    assert "fa" in [i.number for i in lid.items]
    assert "Verslavingszorg" in plain_text(lid.items[[i.number for i in lid.items].index("fa")],
                                           decision)
    assert_references_kept(old, new)


def plain_text(item: Item, doc: Document) -> str:
    from protocolmaker.model.document import plain as model_plain

    return model_plain(item.content, doc)


def test_nothing_changed_gives_the_numbers_and_bytes_of_a_normal_build(tmp_path: Path) -> None:
    old = composed(tmp_path, "oud", DEN_BOSCH)
    new = composed(tmp_path, "nieuw", DEN_BOSCH)
    normal = composed(tmp_path, "normaal", DEN_BOSCH)
    renumber_set(old, new)
    for (_, doc), (_, same) in zip(new, normal, strict=True):
        assert numbers(doc) == numbers(same)
        assert doc.targets == same.targets and doc.anchors == same.anchors
        if doc.kind != "privacyverklaring":
            assert to_docx(doc) == to_docx(same)


# --- an article inserted and one removed (no config choice does that: in the model) -------------

def insert_and_remove(new_set: DocumentSet) -> tuple[Document, str]:
    """Into the convenant of `new_set`: an article after article 14 (two leden, the second with
    onderdelen, a reference to article 17 and to its own lid), and article 7 taken out."""
    doc = new_set.convenant
    removed = doc.articles.pop(6)
    after = doc.articles[12]
    later = doc.articles[15]
    doc.articles.insert(13, Article("nieuw-artikel", "Evaluatie", [
        Lid([Text("De Stuurgroep evalueert dit Convenant jaarlijks; "), Ref(later.key),
             Text(" blijft onverkort van kracht.")], key="evaluatie-jaarlijks"),
        Lid([Text("De evaluatie betreft:")], items=[
            Item([Text("de werking van het Casusoverleg;")], key="evaluatie-casusoverleg"),
            Item([Text("de uitvoering van "), Ref("evaluatie-jaarlijks"), Text(".")])]),
    ]))
    assert not [r for _, d in new_set for r in references(d)
                if r.target == removed.key or r.target in {lid.key for lid in removed.leden}]
    assert after.key == doc.articles[12].key
    return doc, removed.key


def test_an_inserted_article_is_14a_and_a_removed_one_stays_vervallen(tmp_path: Path) -> None:
    old = composed(tmp_path, "oud", DEN_BOSCH)
    new = composed(tmp_path, "nieuw", DEN_BOSCH)
    doc, removed = insert_and_remove(new)
    renumber_set(old, new)
    heads = [a.heading for a in doc.articles]
    assert heads[6] == "Artikel 7. [Vervallen]" and is_lapsed(doc.articles[6])
    assert not doc.articles[6].leden
    assert heads[14] == "Artikel 14a. Evaluatie"
    olds = [a.number for a in old.convenant.articles]
    assert [a.number for a in doc.articles] == [*olds[:14], "14a", *olds[14:]]
    inserted = doc.articles[14]
    assert [lid.number for lid in inserted.leden] == ["14a.1", "14a.2"]
    assert [i.number for i in inserted.leden[1].items] == ["a", "b"]
    assert doc.targets["evaluatie-casusoverleg"] == "artikel 14a.2, onder a"
    assert doc.targets["nieuw-artikel"] == "artikel 14a"
    assert removed not in doc.targets
    assert_references_kept(old, new)
    # the DOCX: LibreOffice computes the same numbers and REF texts
    protocol = new.of_kind("privacyprotocol")[0]
    labels = lo_check(tmp_path, [("convenant", doc), ("protocol", protocol)])[0]
    assert "Artikel 14a.\n14a.1\n14a.2\na.\nb.\nArtikel 15." in labels
    assert "Artikel 6." in labels and "Artikel 7.\nArtikel 8." in labels
    # the PDF (Typst) shows them too, and the references
    (tmp_path / "convenant.pdf").write_bytes(to_pdf(doc))
    text = re.sub(r"\s+", " ", pdf_text(tmp_path / "convenant.pdf"))
    for shown in ("Artikel 14a. Evaluatie", "14a.1 De Stuurgroep evalueert", "Artikel 7. "
                  "[Vervallen]", "de uitvoering van artikel 14a.1."):
        assert shown in text, shown


def test_a_second_round_continues_the_letters(tmp_path: Path) -> None:
    """OLD already has 14a (and article 7 vervallen): an article inserted after 14a is 14b; with
    14b taken, one between 14a and 14b is 14aa; the placeholder stays."""
    first = composed(tmp_path, "v1", DEN_BOSCH)
    second = composed(tmp_path, "v2", DEN_BOSCH)
    insert_and_remove(second)
    renumber_set(first, second)
    third = composed(tmp_path, "v3", DEN_BOSCH)
    doc, _ = insert_and_remove(third)
    doc.articles.insert(14, Article("nog-een", "Nog een", [Lid([Text("Tekst.")])]))
    renumber_against(second.convenant, doc)
    assert [a.number for a in doc.articles][5:9] == ["6", "7", "8", "9"]
    assert doc.articles[6].title == "[Vervallen]"
    assert [a.number for a in doc.articles][13:17] == ["14", "14a", "14b", "15"]
    fourth = composed(tmp_path, "v4", DEN_BOSCH)
    doc4, _ = insert_and_remove(fourth)
    doc4.articles.insert(14, Article("nog-een", "Nog een", [Lid([Text("Tekst.")])]))
    doc4.articles.insert(14, Article("tussen", "Tussen", [Lid([Text("Tekst.")])]))
    renumber_against(doc, doc4)
    assert [a.number for a in doc4.articles][13:18] == ["14", "14a", "14aa", "14b", "15"]


def test_the_docx_shows_the_stable_numbers_in_libreoffice(tmp_path: Path) -> None:
    """Lid 6.3a, lid 6.4 [Vervallen] and onderdeel fa: list labels and REF texts."""
    base = composed(tmp_path, "oud", DEN_BOSCH)
    inserted = composed(tmp_path, "nieuw", DEN_BOSCH)
    renumber_set(composed(tmp_path, "zonder", NO_MEETING), inserted)
    with_meeting = composed(tmp_path, "oud2", DEN_BOSCH)
    lapsed = composed(tmp_path, "nieuw2", NO_MEETING)
    renumber_set(with_meeting, lapsed)
    party = composed(tmp_path, "nieuw3", NEW_PARTY)
    renumber_set(base, party)
    shown = lo_check(tmp_path, [("ingevoegd", inserted.convenant),
                                ("vervallen", lapsed.convenant),
                                ("partij", party.of_kind("artikel20")[0])])
    assert "\n6.3\na.\nb.\nc.\nd.\n6.3a\n6.4\n" in shown[0]
    assert "\nd.\n6.4\n6.5\n" in shown[1]
    assert "\nf.\nfa.\ng.\n" in shown[2]


# --- the command --------------------------------------------------------------------------------

@pytest.mark.parametrize("formats", ["docx,pdf"])
def test_build_numbers_against_an_earlier_config(tmp_path: Path, formats: str) -> None:
    old = region(tmp_path, "oud", NO_MEETING)
    new = region(tmp_path, "nieuw", DEN_BOSCH)
    out = tmp_path / "out"
    res = run_cli("build", new, "--out", out, "--formaten", formats,
                  "--stabiele-nummering-tegen", old)
    assert res.code == 0, res.text
    folder = out / "den-bosch"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    recorded = manifest["opties"]["stabiele_nummering_tegen"]
    assert [e["naam"] for e in recorded] == [str(old)] or recorded[0]["naam"].endswith("oud.yaml")
    assert re.fullmatch(r"[0-9a-f]{64}", recorded[0]["sha256"])
    text = re.sub(r"\s+", " ", pdf_text(folder / "convenant.pdf"))
    assert "6.3a Eenmaal per jaar" in text and "6.4 De secretaris" in text
    lo = libreoffice([Job(folder / "convenant.docx", refresh=True)])[0]
    labels = [plain(p["label"]) for p in lo["paragraphs"] if p["label"]]
    assert labels.index("6.3") < labels.index("6.3a") < labels.index("6.4")
    # the same build again is skipped; another option is another build
    again = run_cli("build", new, "--out", out, "--formaten", formats,
                    "--stabiele-nummering-tegen", old)
    assert again.code == 0 and "ongewijzigd" in again.text
    plain_build = run_cli("build", new, "--out", out, "--formaten", "docx")
    assert plain_build.code == 0 and "ongewijzigd" not in plain_build.text


def test_an_unusable_earlier_config_is_a_located_dutch_error(tmp_path: Path) -> None:
    old = region(tmp_path, "oud", DEN_BOSCH.replace("  versie: \"0.9\"\n", "  versie: [\n"))
    new = region(tmp_path, "nieuw", DEN_BOSCH)
    res = run_cli("build", new, "--out", tmp_path / "out", "--formaten", "docx",
                  "--stabiele-nummering-tegen", old)
    assert res.code == 2, res.text
    assert "--stabiele-nummering-tegen" in res.err and "oud.yaml:" in res.err
    assert not (tmp_path / "out" / "den-bosch").exists()
