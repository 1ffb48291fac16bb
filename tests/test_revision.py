"""Revisions for lawyers (issue 13): the change summary, the redline DOCX in Word's own tracked
changes (counted in the XML, accepted and rejected in LibreOffice), and the command.

Every pair is a real region config and a copy with one kind of change, written the way a
region edits its file: a retention term, a change in the shared base file, one word of a
party's name, a party added and one removed, a function added (a lid inserted by a config
choice), a werkproces added (OPTIE 1 → 2). An article inserted into the model itself shows that
later article numbers and the references to them carry no revision mark.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, NATIONAL_BASE, ROOT, run_cli
from tests.docs import plain
from tests.lo import Job, libreoffice

from protocolmaker.model.document import Article, Lid, Text
from protocolmaker.model.numbering import number
from protocolmaker.render.docx import to_docx
from protocolmaker.revision.compare import SetDiff, compare
from protocolmaker.revision.doc_diff import DocumentDiff, diff_documents
from protocolmaker.revision.redline_docx import to_redline_docx
from protocolmaker.revision.sources import load_version
from protocolmaker.revision.summary import as_text, renumbered, report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BASE_TEXT = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
    "extends: landelijk", "extends: _basis.yaml")
STAMP = dt.datetime(2027, 3, 1)

GGZ = """  - id: ggz
    soort: ggz
    naam: Stichting GGZ Maasoever
    afkorting: GGZ Maasoever
    vestigingsplaats: Rosmalen
    adres: Sint Annastraat 12, 5248 AB Rosmalen
    vertegenwoordiger: smits
"""
GGD = """  - id: ggd
    soort: ggd
    naam: GGD Hart voor Brabant
    vestigingsplaats: Tilburg
    adres: Postbus 3024, 5003 DA Tilburg
"""
SMITS = """  - id: smits
    naam: dr. E. Smits
    functie: bestuurder
    organisatie: ggz
"""
FUNCTION = """  extra_functies:
    - id: radicalisering
      omschrijving: Radicalisering
"""
WERKPROCESSEN = """
werkprocessen:
  - id: complexe-casuistiek
    naam: Complexe casuïstiek
    titel: Privacy Protocol Integrale Veiligheid en Complexe Multiproblematiek
    functies: [complexe-casuistiek]
  - id: radicalisering
    naam: Radicalisering
    titel: Privacy Protocol Radicalisering
    functies: [radicalisering]
    doel: >-
      ter voorkoming van radicalisering, extremisme en terroristische activiteiten, door
      vroegtijdige signalering en een persoonsgerichte aanpak
"""


def _edit(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


PAIRS = {
    "bewaartermijn": lambda t: t + "\nbewaartermijnen:\n  vernietiging_uiterlijk_maanden: 9\n",
    "naam": lambda t: _edit(t, "naam: Stichting GGZ Maasoever", "naam: Stichting GGZ Maasland"),
    "partijen": lambda t: _edit(_edit(t, GGZ, GGD), SMITS, ""),
    "functie": lambda t: _edit(t, "keuzes:\n", "keuzes:\n" + FUNCTION),
    "werkproces": lambda t: _edit(t, "keuzes:\n", "keuzes:\n" + FUNCTION) + WERKPROCESSEN,
}


@dataclass
class Case:
    name: str
    old: Path
    new: Path
    result: SetDiff
    data: dict

    def doc(self, name: str) -> DocumentDiff:
        return next(d for d in self.result.documents if d.name == name)


def _region(folder: Path, text: str, base: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_basis.yaml").write_text(base or NATIONAL_BASE.read_text(encoding="utf-8"),
                                        encoding="utf-8")
    path = folder / "den-bosch.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _case(name: str, old: Path, new: Path) -> Case:
    result = compare(load_version(old), load_version(new))
    return Case(name, old, new, result, report(result))


@pytest.fixture(scope="module")
def cases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    tmp = tmp_path_factory.mktemp("revisies")
    old = _region(tmp / "oud", BASE_TEXT)
    out = {n: _case(n, old, _region(tmp / n, change(BASE_TEXT))) for n, change in PAIRS.items()}
    base = NATIONAL_BASE.read_text(encoding="utf-8")
    new_base = _edit(base, "vernietiging_uiterlijk_maanden: 12",
                     "vernietiging_uiterlijk_maanden: 10")
    out["basis"] = _case("basis", old, _region(tmp / "basis", BASE_TEXT, new_base))
    out["zelf"] = _case("zelf", old, old)
    return out


def fields(case: Case) -> set[str]:
    return {c["veld"] for c in case.data["configuratie"]}


def causes(case: Case) -> set[str]:
    return {c["veld"] for d in case.data["documenten"] for ch in d["wijzigingen"]
            for c in ch["oorzaken"]}


def changes(case: Case, document: str) -> list[dict]:
    return next(d for d in case.data["documenten"] if d["document"] == document)["wijzigingen"]


# --- the summary --------------------------------------------------------------------------------

def test_a_config_compared_with_itself_has_no_change(cases: dict[str, Case]) -> None:
    case = cases["zelf"]
    assert case.data["gewijzigd"] is False
    assert case.data["configuratie"] == []
    assert all(d["status"] == "ongewijzigd" and not d["wijzigingen"]
               for d in case.data["documenten"])
    xml = _document_xml(to_redline_docx(case.doc("convenant"), author="x", date=STAMP))
    assert xml.count("<w:ins ") == xml.count("<w:del ") == 0


def test_a_retention_term_is_one_field_and_names_every_place(cases: dict[str, Case]) -> None:
    case = cases["bewaartermijn"]
    assert fields(case) == {"bewaartermijnen.vernietiging_uiterlijk_maanden"}
    change = case.data["configuratie"][0]
    assert (change["oud"], change["nieuw"]) == (12, 9)
    assert change["oude_plaats"].startswith(str(Path("oud") / "_basis.yaml").split("/")[-1]) or \
        "_basis.yaml" in change["oude_plaats"]
    text = (case.new.read_text(encoding="utf-8")).splitlines()
    line = int(change["nieuwe_plaats"].split(":")[-2])
    assert "vernietiging_uiterlijk_maanden: 9" in text[line - 1]
    protocol = changes(case, "privacyprotocol")
    assert [c["plaats"] for c in protocol] == ["art. 11.2", "art. 11.2, onder c", "art. 11.5"]
    assert all("12 → 9" in c["omschrijving"] for c in protocol)
    assert causes(case) == {"bewaartermijnen.vernietiging_uiterlijk_maanden"}
    assert changes(case, "convenant") == []


def test_a_change_in_the_shared_base_file_is_located_there(cases: dict[str, Case]) -> None:
    case = cases["basis"]
    assert fields(case) == {"bewaartermijnen.vernietiging_uiterlijk_maanden"}
    change = case.data["configuratie"][0]
    assert "basis" in change["nieuwe_plaats"] and "_basis.yaml" in change["nieuwe_plaats"]
    assert [c["plaats"] for c in changes(case, "privacyprotocol")] == [
        "art. 11.2", "art. 11.2, onder c", "art. 11.5"]


def test_one_word_of_a_name_is_one_field_changed_wherever_the_name_stands(
        cases: dict[str, Case]) -> None:
    case = cases["naam"]
    assert fields(case) == {"partijen[ggz].naam"}
    for name in ("convenant", "privacyprotocol"):
        found = changes(case, name)
        assert found and all(c["oorzaken"] == [{"veld": "partijen[ggz].naam",
                                                "oud": found[0]["oorzaken"][0]["oud"],
                                                "nieuw": found[0]["oorzaken"][0]["nieuw"]}]
                             for c in found)
        assert {"aanhef", "ondertekening"} <= {c["plaats"] for c in found}
        assert all("Maasoever → Maasland" in c["omschrijving"] for c in found
                   if c["soort"] == "gewijzigd" and c["plaats"] != "ondertekening")


def test_a_party_added_and_one_removed(cases: dict[str, Case]) -> None:
    case = cases["partijen"]
    described = {c["omschrijving"] for c in case.data["configuratie"]}
    assert "Partij toegevoegd: GGD Hart voor Brabant" in described
    assert "Partij verwijderd: Stichting GGZ Maasoever" in described
    assert fields(case) == {"partijen[ggd]", "partijen[ggz]", "personen[smits]"}
    added = next(c for c in case.data["configuratie"] if c["veld"] == "partijen[ggd]")
    places = {g["document"]: g["plaatsen"] for g in added["gevolgen"]}
    assert {"aanhef", "ondertekening"} <= set(places["Samenwerkingsconvenant"])
    # GGD brings health data: the protocol's categories name it (Bijvoegsel 4)
    assert any(p.startswith("Bijvoegsel") for p in places[next(
        k for k in places if k.startswith("Privacy Protocol"))])
    convenant = changes(case, "convenant")
    inserted = [c for c in convenant if c["soort"] == "ingevoegd"]
    removed = [c for c in convenant if c["soort"] == "vervallen"]
    assert any("GGD Hart voor Brabant" in (c["nieuw"] or "") for c in inserted)
    assert any("GGZ Maasoever" in (c["oud"] or "") for c in removed)
    # the Artikel 20 Wpg Beslissing changes too (its recipients): a new decision, not a clause
    assert "als nieuw besluit genomen" in as_text(case.data)
    assert "als nieuw besluit genomen" not in as_text(cases["bewaartermijn"].data)


def test_a_function_added_inserts_one_lid(cases: dict[str, Case]) -> None:
    case = cases["functie"]
    assert fields(case) == {"keuzes.extra_functies"}
    convenant = changes(case, "convenant")
    inserted = [c for c in convenant if c["soort"] == "ingevoegd"]
    assert [c["plaats"] for c in inserted][:2] == ["art. 2.3", "art. 2.3, onder a"]
    assert all(c["oorzaken"][0]["veld"] == "keuzes.extra_functies" for c in convenant)


def test_a_werkproces_added_makes_a_new_protocol_and_optie_2(cases: dict[str, Case]) -> None:
    case = cases["werkproces"]
    assert {"keuzes.extra_functies", "werkprocessen"} <= fields(case)
    status = {d["document"]: d["status"] for d in case.data["documenten"]}
    assert status["privacyprotocol-radicalisering"] == "nieuw"
    # the one protocol is now the protocol of its werkproces: the same title, another file
    assert "privacyprotocol" not in status
    assert status["privacyprotocol-complexe-casuistiek"] == "gewijzigd"
    protocol = changes(case, "privacyprotocol-complexe-casuistiek")
    assert {c["plaats"] for c in protocol} >= {"overwegingen", "art. 3.1"}
    text = " ".join(c["omschrijving"] for c in changes(case, "convenant"))
    assert "Privacy Protocol Radicalisering" in text  # art. 15.2, OPTIE 2


# --- the redline DOCX ---------------------------------------------------------------------------

def _document_xml(data: bytes) -> str:
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def _marks(xml: str) -> list[str]:
    return re.findall(r"<w:(ins|del) w:id=[^>]*>(.*?)</w:\1>", xml, re.S)


def test_redline_marks_exactly_the_changed_words(cases: dict[str, Case]) -> None:
    case = cases["bewaartermijn"]
    xml = _document_xml(to_redline_docx(case.doc("privacyprotocol"), author="mr. A. Jurist",
                                        date=STAMP))
    assert xml.count("<w:del ") == 3 and xml.count("<w:ins ") == 3
    deleted = re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", xml)
    inserted = [t for kind, body in _marks(xml) if kind == "ins"
                for t in re.findall(r"<w:t[^>]*>([^<]*)</w:t>", body)]
    assert deleted == ["12"] * 3 and inserted == ["9"] * 3
    assert 'w:author="mr. A. Jurist"' in xml and 'w:date="2027-03-01T00:00:00Z"' in xml


def test_redline_of_a_renamed_party_marks_each_occurrence_once(cases: dict[str, Case]) -> None:
    """‘Stichting GGZ Maasoever’ → ‘… Maasland’; its abbreviation ‘GGZ Maasoever’ stays."""
    case = cases["naam"]
    for name in ("convenant", "privacyprotocol"):
        diff = case.doc(name)
        assert diff.old is not None
        old_text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>",
                                      _document_xml(to_docx(diff.old))))
        occurrences = old_text.count("Stichting GGZ Maasoever")
        assert occurrences >= 2  # aanhef and ondertekening
        xml = _document_xml(to_redline_docx(diff, author="x", date=STAMP))
        marks = _marks(xml)
        texts = [(kind, "".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)<", body)))
                 for kind, body in marks]
        assert texts == [("del", "Maasoever"), ("ins", "Maasland")] * occurrences, name
        assert "fldChar" not in "".join(body for _, body in marks)


def _with_inserted_article(diff: DocumentDiff) -> tuple[DocumentDiff, int]:
    """The same document with one article inserted at position 3 by the model itself."""
    assert diff.new is not None
    old = diff.new
    new = copy.deepcopy(old)
    new.articles.insert(2, Article("nieuw-artikel", "Nieuw artikel", [
        Lid([Text("Een nieuw lid met een verwijzing naar de Stuurgroep.")]),
        Lid([Text("Een tweede lid.")])]))
    number(new)
    return diff_documents(diff.name, diff.label, old, new), len(old.articles)


def test_an_inserted_article_is_one_insertion_and_renumbers_nothing_with_marks(
        cases: dict[str, Case]) -> None:
    diff, count = _with_inserted_article(cases["zelf"].doc("convenant"))
    assert [u.status for u in diff.units if u.changed] == ["ingevoegd"]
    assert renumbered(diff) == [f"artikelen 3–{count} → 4–{count + 1}"]  # and no lid
    xml = _document_xml(to_redline_docx(diff, author="x", date=STAMP))
    assert "<w:del " not in xml
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml, re.S)
    inserted = [p for p in paragraphs if re.search(r"<w:ins [^>]*><w:r>", p)]
    assert len(inserted) == 3  # the heading and its two leden
    assert all(re.sub(r"<w:ins [^>]*>.*?</w:ins>", "", p, flags=re.S).count("<w:t") == 0
               for p in inserted)  # nothing in them that is not inserted
    # paragraph marks as Word records typing Enter at the end of the paragraph before: that
    # one's mark and the heading's and first lid's are new; the last lid ends with the old mark
    # and keeps the properties of the paragraph before for a rejection
    assert sum("<w:rPr><w:ins " in p for p in paragraphs) == 3
    assert sum("<w:pPrChange " in p for p in paragraphs) == 1
    # references to the articles after it changed their text, not their markup
    assert diff.old is not None and diff.new is not None
    assert diff.old.targets["opvolging"] != diff.new.targets["opvolging"]
    assert count + 1 == len(diff.new.articles)


def _with_moved_article(diff: DocumentDiff) -> DocumentDiff:
    """The same document with article 17 (Geheimhouding) moved after article 19, as a new
    version of the model text could do."""
    assert diff.new is not None
    old = diff.new
    new = copy.deepcopy(old)
    new.articles.insert(19, new.articles.pop(16))
    number(new)
    return diff_documents(diff.name, diff.label, old, new)


def test_a_moved_article_shows_as_moved(cases: dict[str, Case]) -> None:
    diff = _with_moved_article(cases["zelf"].doc("convenant"))
    assert [(u.status, u.moved) for u in diff.units if u.changed] == [("verplaatst", True)] * 2
    xml = _document_xml(to_redline_docx(diff, author="x", date=STAMP))
    assert "<w:ins " not in xml and "<w:del " not in xml
    assert xml.count("<w:moveFromRangeStart ") == xml.count("<w:moveToRangeStart ") == 1
    names = re.findall(r'<w:move(?:From|To)RangeStart [^>]*w:name="([^"]+)"', xml)
    assert names == ["move_geheimhouding"] * 2
    starts = re.findall(r'<w:move(From|To)RangeStart w:id="(\d+)"', xml)
    ends = re.findall(r'<w:move(From|To)RangeEnd w:id="(\d+)"', xml)
    assert sorted(starts) == sorted(ends)
    # the heading and its three leden, at each place
    assert xml.count("<w:rPr><w:moveFrom ") == 4 and xml.count("<w:moveTo ") >= 4


# --- LibreOffice: accept all = new, reject all = old --------------------------------------------

def _body(result: dict) -> list[tuple[str, str]]:
    """Title, subtitle and the body from the first section on: the versietabel and the table of
    contents show the new version in every redline (they are not tracked)."""
    paras = result["paragraphs"]
    start = next(i for i, p in enumerate(paras) if p["style"] == "Kop Sectie")
    return [(plain(p["label"]), fold(p["text"])) for p in paras[:2] + paras[start:]]


def fold(text: str) -> str:
    """LibreOffice ignores a REF field's \\* Lower (tests/test_docx_libreoffice.py): a field
    to a whole article shows ‘Artikel 16’ where Word and the text in an insertion read
    ‘artikel 16’."""
    return re.sub(r"\bArtikel (?=\d)", "artikel ", plain(text))


def test_libreoffice_accept_all_gives_new_and_reject_all_gives_old(
        cases: dict[str, Case], tmp_path: Path) -> None:
    diffs: list[tuple[str, DocumentDiff]] = []
    for name in ("bewaartermijn", "naam", "partijen", "functie", "werkproces"):
        for d in cases[name].result.documents:
            if d.old is not None and d.new is not None and d.changed and \
                    d.name != "privacyverklaring":
                diffs.append((f"{name}-{d.name}", d))
    inserted, _ = _with_inserted_article(cases["zelf"].doc("convenant"))
    diffs.append(("artikel-convenant", inserted))
    diffs.append(("verplaatst-convenant", _with_moved_article(cases["zelf"].doc("convenant"))))
    jobs = []
    for label, d in diffs:
        assert d.old is not None and d.new is not None
        (tmp_path / f"{label}.oud.docx").write_bytes(to_docx(d.old))
        (tmp_path / f"{label}.nieuw.docx").write_bytes(to_docx(d.new))
        (tmp_path / f"{label}.redline.docx").write_bytes(
            to_redline_docx(d, author="x", date=STAMP))
        jobs += [Job(tmp_path / f"{label}.oud.docx", refresh=True),
                 Job(tmp_path / f"{label}.nieuw.docx", refresh=True),
                 Job(tmp_path / f"{label}.redline.docx", refresh=True, changes="accept"),
                 Job(tmp_path / f"{label}.redline.docx", refresh=True, changes="reject")]
    results = libreoffice(jobs)
    for n, (label, _) in enumerate(diffs):
        old, new, accepted, rejected = results[4 * n:4 * n + 4]
        assert accepted["changes"] > 0 and accepted["changes_left"] == 0, label
        assert rejected["changes_left"] == 0, label
        assert _body(accepted) == _body(new), label
        if label.startswith("verplaatst"):
            # Word moves a bookmark with the text it marks, LibreOffice does not move it back
            # on reject all: a reference to the moved article (here ‘artikel 17.3’ in
            # Bijvoegsel 4) then reads ‘Error: Reference source not found’, everything else
            # is the old text
            broken = [i for i, (_, text) in enumerate(_body(rejected))
                      if "Reference source not found" in text]
            assert len(broken) == 1, label
            assert [p for i, p in enumerate(_body(rejected)) if i not in broken] == \
                [p for i, p in enumerate(_body(old)) if i not in broken], label
            continue
        assert _body(rejected) == _body(old), label


# --- the command --------------------------------------------------------------------------------

def test_diff_command_text_and_json(cases: dict[str, Case]) -> None:
    case = cases["bewaartermijn"]
    res = run_cli("diff", case.old, case.new)
    assert res.code == 0, res.text
    assert "Art. 11.2:" in res.out and "12 → 9" in res.out
    assert "bewaartermijnen.vernietiging_uiterlijk_maanden" in res.out
    res = run_cli("diff", case.old, case.new, "--uitvoer", "json")
    assert res.code == 0, res.text
    data = json.loads(res.out)
    import jsonschema

    schema = json.loads((ROOT / "schema" / "wijzigingsrapport.schema.json").read_text("utf-8"))
    jsonschema.validate(data, schema)
    assert data["configuratie"][0]["veld"] == "bewaartermijnen.vernietiging_uiterlijk_maanden"


def test_diff_command_writes_the_whole_folder_at_once(cases: dict[str, Case],
                                                     tmp_path: Path) -> None:
    case = cases["bewaartermijn"]
    out = tmp_path / "wijzigingen"
    res = run_cli("diff", case.old, case.new, "--out", out, "--formaten", "docx")
    assert res.code == 0, res.text
    names = sorted(p.name for p in out.iterdir())
    assert "wijzigingen.json" in names and "wijzigingen.txt" in names
    assert "privacyprotocol.wijzigingen.docx" in names
    assert "convenant.wijzigingen.docx" not in names  # unchanged document: no redline
    # nothing half-written beside it (the lock file stays, as for a region's folder)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".") and
                not p.name.endswith(".lock")]


def test_diff_command_messages(cases: dict[str, Case], tmp_path: Path) -> None:
    case = cases["bewaartermijn"]
    res = run_cli("diff", case.old)
    assert res.code == 2 and "noem twee versies" in res.err
    res = run_cli("diff", case.old, tmp_path / "weg.yaml")
    assert res.code == 2 and "bestaat niet" in res.err
    res = run_cli("diff", case.old, case.new, "--out", tmp_path / "w", "--formaten", "docx",
                  "--auteur", 'mr. "A" <Jurist> & co\x01\x1b[31m')
    assert res.code == 0, res.text
    xml = _document_xml((tmp_path / "w" / "privacyprotocol.wijzigingen.docx").read_bytes())
    assert 'w:author="mr. &quot;A&quot; &lt;Jurist&gt; &amp; co[31m"' in xml
    res = run_cli("diff", case.old, case.new, "--formaten", "odt")
    assert res.code == 2 and "onbekend formaat" in res.err
    (tmp_path / "eigen").mkdir()
    (tmp_path / "eigen" / "notities.txt").write_text("van de jurist", encoding="utf-8")
    res = run_cli("diff", case.old, case.new, "--out", tmp_path / "eigen")
    assert res.code == 2 and "geen map van een eerdere" in res.err
    assert (tmp_path / "eigen" / "notities.txt").read_text(encoding="utf-8") == "van de jurist"
    broken = tmp_path / "kapot.yaml"
    broken.write_text("extends: landelijk\ndocument: {versie: 1}\n", encoding="utf-8")
    res = run_cli("diff", case.old, broken)
    assert res.code == 2 and "kapot.yaml" in res.err and "Traceback" not in res.text


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.nl",
                        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.nl",
                        "HOME": str(repo), "PATH": "/usr/bin:/bin"})


def test_diff_of_one_config_at_two_git_revisions(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    config = _region(repo / "regio", BASE_TEXT)
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "v1")
    _git(repo, "tag", "v1.0")
    config.write_text(PAIRS["bewaartermijn"](BASE_TEXT), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "v2")
    res = run_cli("diff", config, "--rev", "v1.0", "--rev", "HEAD", "--uitvoer", "json")
    assert res.code == 0, res.text
    data = json.loads(res.out)
    assert [c["veld"] for c in data["configuratie"]] == [
        "bewaartermijnen.vernietiging_uiterlijk_maanden"]
    assert data["oud"]["bron"].endswith("den-bosch.yaml@v1.0")
    assert "@HEAD" in data["configuratie"][0]["nieuwe_plaats"]
    res = run_cli("diff", config, "--rev", "v1.0")  # against the file as it is now
    assert res.code == 0 and "12 → 9" in res.out
    res = run_cli("diff", config, "--rev", "geen-tag")
    assert res.code == 2 and "git" in res.err


def test_diff_of_two_build_folders_through_their_manifests(cases: dict[str, Case],
                                                           tmp_path: Path) -> None:
    case = cases["bewaartermijn"]
    for side, config in (("a", case.old), ("b", case.new)):
        res = run_cli("build", config, "--out", tmp_path / side, "--formaten", "docx")
        assert res.code in (0, 1), res.text
    res = run_cli("diff", tmp_path / "a" / "den-bosch", tmp_path / "b" / "den-bosch",
                  "--uitvoer", "json")
    assert res.code == 0, res.text
    data = json.loads(res.out)
    assert [c["veld"] for c in data["configuratie"]] == [
        "bewaartermijnen.vernietiging_uiterlijk_maanden"]
    assert [c["plaats"] for c in next(d for d in data["documenten"]
                                      if d["document"] == "privacyprotocol")["wijzigingen"]] \
        == ["art. 11.2", "art. 11.2, onder c", "art. 11.5"]


def test_redline_instrument_and_consolidated_text_in_the_regions_house_style(
        tmp_path: Path) -> None:
    """A region with its own Word house style gets the redline, the wijzigingsconvenant and the
    consolidated texts in it, as its build does; from build folders (which keep the config, not
    the Word file) the default house style stands in."""
    from tests.test_docx import region_with_house_style

    old = region_with_house_style(tmp_path / "oud")
    new = region_with_house_style(tmp_path / "nieuw")
    new.write_text(PAIRS["bewaartermijn"](new.read_text(encoding="utf-8")), encoding="utf-8")
    out = tmp_path / "w"
    res = run_cli("diff", old, new, "--out", out, "--formaten", "docx")
    assert res.code == 0, res.text
    for name in ("privacyprotocol.wijzigingen.docx", "wijzigingsconvenant.docx",
                 "privacyprotocol.geconsolideerd.docx"):
        with zipfile.ZipFile(out / name) as z:
            assert "word/media/logo.png" in z.namelist(), name  # the region's header logo
            headers = [z.read(n) for n in z.namelist() if n.startswith("word/header")]
        assert any(b"Wad &amp; Kust" in h for h in headers), name
