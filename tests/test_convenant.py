"""The Samenwerkingsconvenant as a reader gets it: DOCX via python-docx, PDF via pdftotext/pypdf."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader
from tests.conftest import CONFIGS, REGIONS, run_cli, write_region
from tests.docs import (
    HEADS,
    docx_leden,
    docx_paragraphs,
    docx_sections,
    norm,
    pdf_outline,
    pdf_sections,
    pdf_text,
)

from protocolmaker.config import load_config
from protocolmaker.errors import BuildError
from protocolmaker.model.document import Meta, plain
from protocolmaker.model.markup import parse
from protocolmaker.model.numbering import number

ARTICLES = [
    "Definities", "Doel en functie zorg- en veiligheidshuis", "Structuur zorg- en veiligheidshuis",
    "Stuurgroep", "Besluitvorming Stuurgroep", "Partneroverleg", "Besluitvorming Partneroverleg",
    "Het Casusoverleg", "Afspraken Casusoverleg", "Contactpersonen", "Manager",
    "Procesregisseur", "Casusregisseur", "Ondersteunend personeel",
    "Uitwisseling van informatie", "Interventie en het gebruik van informatie",
    "Geheimhouding en beveiliging", "Financiering en overige bijdragen", "Communicatie",
    "Toetreding", "Wijzigingen", "Aansprakelijkheid", "Duur, opzegging, beëindiging",
    "Opvolging", "Toepasselijk recht",
]
ANNEXES = [
    "Toetredingsformulier nieuwe partner tot het Convenant", "Criteria complexe casuïstiek",
    "Werkproces", "Informatiebeveiligingsbeleid",
    "Nadere toelichting op mandaat, machtiging en vertegenwoordiging",
]
EXPECTED = [f"Artikel {i}. {t}" for i, t in enumerate(ARTICLES, 1)] + \
           [f"Bijvoegsel {i}. {t}" for i, t in enumerate(ANNEXES, 1)]


def files(built: Path, region: str) -> tuple[Path, Path]:
    return built / region / "convenant.docx", built / region / "convenant.pdf"


def article(sections: dict[str, str], title: str) -> tuple[int, str]:
    """(number, text) of the article with this title."""
    for heading, text in sections.items():
        m = re.match(r"Artikel (\d+)\. (.*)", heading)
        if m and m.group(2) == title:
            return int(m.group(1)), text
    raise AssertionError(f"geen artikel {title!r}")


# --- structure ---

@pytest.mark.parametrize("region", REGIONS)
def test_every_article_and_annex_in_order_and_numbered_continuously(built: Path,
                                                                    region: str) -> None:
    docx, pdf = files(built, region)
    assert list(docx_sections(docx)) == EXPECTED
    assert [t for t in pdf_outline(pdf) if t.startswith(("Artikel", "Bijvoegsel"))] == EXPECTED
    assert list(pdf_sections(pdf)) == EXPECTED


@pytest.mark.parametrize("region", REGIONS)
def test_docx_and_pdf_carry_the_same_text_per_article(built: Path, region: str) -> None:
    docx, pdf = files(built, region)
    d, p = docx_sections(docx), pdf_sections(pdf)
    for heading in EXPECTED:
        assert len(d[heading]) > 100, heading
        assert d[heading] == p[heading], heading


@pytest.mark.parametrize("region", REGIONS)
def test_leden_numbered_continuously_within_each_article(built: Path, region: str) -> None:
    leden: dict[str, list[str]] = {}
    current = ""
    for style, text in docx_paragraphs(files(built, region)[0]):
        if style in HEADS:
            current = text.split(".")[0]
        elif style == "Lid" and current.startswith("Artikel"):
            leden.setdefault(current, []).append(text.split()[0])
    assert len(leden) == len(ARTICLES)
    for heading, numbers in leden.items():
        n = heading.split()[1]
        assert numbers == [f"{n}.{i}" for i in range(1, len(numbers) + 1)], heading


@pytest.mark.parametrize("region", REGIONS)
def test_parties_in_preamble_equal_signature_blocks_equal_config(built: Path,
                                                                 region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    paragraphs = docx_paragraphs(files(built, region)[0])
    preamble = [t for s, t in paragraphs if s == "Partij"]
    first_annex = next(i for i, (s, t) in enumerate(paragraphs)
                       if s == "Kop Bijvoegsel" and t.startswith("Bijvoegsel 1."))
    signatures = [t for s, t in paragraphs[:first_annex]
                  if s == "Ondertekening" and t.startswith("Handtekening")]
    assert len(preamble) == len(signatures) == len(cfg.partners)
    for p in cfg.partners:
        signer = cfg.person(p.representative)
        assert signer is not None, p.id
        assert any(signer.name in t for t in preamble), p.id
        assert any(s == "Ondertekening" and signer.name in t
                   for s, t in paragraphs[:first_annex]), p.id
    pdf = pdf_text(files(built, region)[1])
    assert pdf.count("Handtekening:") == len(signatures) + 2  # + Bijvoegsel 1 + Stuurgroep


# --- choices from the config ---

def test_one_municipality_wording(built: Path) -> None:
    d = docx_sections(files(built, "den-bosch")[0])
    text = " ".join(t for s, t in docx_paragraphs(files(built, "den-bosch")[0]) if s == "Partij")
    assert "verder aangeduid als ‘Partij’ of ‘Gemeente’" in text
    _, a6 = article(d, "Partneroverleg")
    assert "gezamenlijk vertegenwoordigen" not in a6
    assert "Gemeenten" not in a6


def test_several_municipalities_wording_and_joint_representation(built: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    paragraphs = docx_paragraphs(files(built, "fryslan")[0])
    assert any("de colleges van burgemeester en wethouders en de burgemeesters" in t.lower()
               for s, t in paragraphs)
    joint = cfg.gremia.partner_meeting.joint_representation
    assert joint is not None
    d = docx_sections(files(built, "fryslan")[0])
    _, a6 = article(d, "Partneroverleg")
    delegate = cfg.partner(joint.representative_municipality)
    assert delegate is not None and delegate.name
    assert f"gemeentelijke afgevaardigde van de gemeente {delegate.name}" in a6
    # 6.3 points to the lid that arranges the joint representation
    m = re.search(r"vertegenwoordigd zoals bepaald in artikel (6\.\d+)", a6)
    assert m
    assert "gezamenlijk vertegenwoordigen" in docx_leden(files(built, "fryslan")[0])[m.group(1)]


def test_extra_functions_only_when_configured(built: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    _, a2 = article(docx_sections(files(built, "fryslan")[0]), "Doel en functie zorg- en "
                                                                 "veiligheidshuis")
    assert cfg.choices.extra_functions
    for f in cfg.choices.extra_functions:
        assert norm(f.description) in a2
    _, a2_bosch = article(docx_sections(files(built, "den-bosch")[0]),
                          "Doel en functie zorg- en veiligheidshuis")
    assert " 2.3 " not in a2_bosch


def test_optie_1_one_protocol_optie_2_each_protocol_named(built: Path) -> None:
    _, a15 = article(docx_sections(files(built, "den-bosch")[0]), "Uitwisseling van informatie")
    bosch = load_config(CONFIGS / "den-bosch.yaml").config
    assert len(bosch.workprocesses) <= 1
    assert "handelen Partijen overeenkomstig het ‘Privacy Protocol Integrale Veiligheid" in a15
    assert "Privacy Protocollen" not in a15 and "werkproces" not in a15
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    _, a15f = article(docx_sections(files(built, "fryslan")[0]), "Uitwisseling van informatie")
    assert len(cfg.workprocesses) >= 2
    for w in cfg.workprocesses:
        # each werkproces names its protocol and the functions it carries out
        m = re.search(rf"voor het werkproces ‘{re.escape(norm(w.name))}’, ter uitvoering van "
                      r"(artikel [^:]+): het ‘([^’]+)’", a15f)
        assert m, w.id
        assert norm(m.group(2)) == norm(w.title or f"Privacy Protocol {w.name}")
        assert re.fullmatch(r"artikel 2\.\d, onder [a-z](, (en )?artikel 2\.\d, onder [a-z])*",
                            m.group(1)), m.group(1)


def test_duration_alternatives(built: Path) -> None:
    _, bosch = article(docx_sections(files(built, "den-bosch")[0]), "Duur, opzegging, beëindiging")
    assert "voor een periode van 4 jaar" in bosch
    assert "telkens met een periode van één jaar" in bosch
    _, frl = article(docx_sections(files(built, "fryslan")[0]), "Duur, opzegging, beëindiging")
    assert "tot 31 december 2030" in frl and "telkens met een periode" not in frl


# --- references ---

@pytest.mark.parametrize("region", REGIONS)
def test_references_point_to_the_article_carrying_the_content(built: Path, region: str) -> None:
    d = docx_sections(files(built, region)[0])
    _, defs = article(d, "Definities")
    manager_no, _ = article(d, "Manager")
    assert f"Manager: de persoon die is belast met de taken zoals geformuleerd in artikel " \
           f"{manager_no};" in defs
    po_no, _ = article(d, "Partneroverleg")
    m = re.search(rf"Werkproces: het door het Partneroverleg op grond van artikel ({po_no}\.\d+), "
                  r"onder c, vastgesteld", defs)
    assert m, "definitie Werkproces verwijst niet naar het Partneroverleg"
    task = docx_leden(files(built, region)[0])[m.group(1)]
    assert "c. in samenwerking met de Manager opstellen en vaststellen van het operationele " \
           "Werkproces" in task
    # every "Bijvoegsel N" mentioned exists and the text never says "Bijlage"
    body = " ".join(d.values())
    for n in re.findall(r"Bijvoegsel (\d+)", body):
        assert 1 <= int(n) <= len(ANNEXES)
    for n in re.findall(r"artikel (\d+)", body):
        assert 1 <= int(n) <= len(ARTICLES)
    assert "Bijlage" not in body


@pytest.mark.parametrize("region", REGIONS)
def test_model_mistakes_do_not_reach_the_output(built: Path, region: str) -> None:
    """Digest section F: F1, F5, F6, F16."""
    d = docx_sections(files(built, region)[0])
    body = " ".join(d.values())
    _, liability = article(d, "Aansprakelijkheid")
    assert "dit Convenant" in liability and "dit Protocol" not in liability
    assert "zorg-en zorg-en" not in body and "het project" not in body
    assert "Aanmeldt" not in body


def _doc(markup: str):
    meta = Meta("ZVH", "1", "concept", "1 januari 2026", "het Convenant", "Convenant",
                "2026-01-01")
    return number(parse(markup, "test.pm", "convenant", meta))


def test_dropping_an_article_renumbers_references() -> None:
    tail = "@artikel b | B\nlid Zie [[ref:c]].\n@artikel c | C\nlid Tekst.\n"
    with_a = _doc("@titel T\n@artikel a | A\nlid Eerst.\n" + tail)
    without = _doc("@titel T\n" + tail)
    assert plain(with_a.articles[1].leden[0].content, with_a) == "Zie artikel 3."
    assert plain(without.articles[0].leden[0].content, without) == "Zie artikel 2."


def test_dangling_or_duplicate_reference_fails_the_build() -> None:
    with pytest.raises(BuildError, match="geen artikel, lid"):
        _doc("@titel T\n@artikel a | A\nlid Zie [[ref:bestaat-niet]].\n")
    with pytest.raises(BuildError, match="twee elementen"):
        _doc("@titel T\n@artikel a | A\nlid x\n@artikel a | B\nlid y\n")


# --- typography and escaping ---

def test_dutch_apostrophe_and_diacritics(built: Path) -> None:
    docx, pdf = files(built, "den-bosch")
    text = " ".join(t for _, t in docx_paragraphs(docx))
    assert "’s-Hertogenbosch" in text and "'s-Hertogenbosch" not in text
    assert "Duur, opzegging, beëindiging" in text
    assert "’s-Hertogenbosch" in norm(pdf_text(pdf))
    frl = " ".join(t for _, t in docx_paragraphs(files(built, "fryslan")[0]))
    assert "Fryslân" in frl


EVIL = """extends: _basis.yaml
document: {versie: "1", status: concept, datum: 2026-01-01}
zvh: {id: kwaad, naam: "ZVH {{ 7*7 }}", beheersgemeente: g}
personen:
  - {id: b, naam: B, functie: burgemeester, organisatie: g}
  - {id: v, naam: "[[ref:x]] \\\\", functie: "{{ cfg }}", organisatie: ggz}
partijen:
  - {id: g, soort: gemeente, naam: "Gem & Co <b>", burgemeester: b}
  - {id: ggz, soort: ggz, naam: "A & B <C> {% raw %}", afkorting: "A&B", vertegenwoordiger: v}
"""


def test_user_text_is_escaped_never_executed(tmp_path: Path) -> None:
    path = write_region(tmp_path, EVIL)
    res = run_cli("build", path, "--out", tmp_path / "out")
    assert res.code == 1 and "concept met" in res.out, res.text  # a bare config: fouten
    docx = " ".join(t for _, t in docx_paragraphs(tmp_path / "out/kwaad/convenant.docx"))
    pdf = norm(pdf_text(tmp_path / "out/kwaad/convenant.pdf"))
    for literal in ("A & B <C> {% raw %}", "Gem & Co <b>", "ZVH {{ 7*7 }}", "[[ref:x]] \\",
                    "{{ cfg }}"):
        assert literal in docx, literal
        assert literal in pdf, literal
    assert "ZVH 49" not in docx


# --- the files as files ---

def test_docx_has_styles_header_footer_toc_and_breaks(built: Path) -> None:
    docx, _ = files(built, "den-bosch")
    d = DocxDocument(str(docx))
    styles = {p.style.name for p in d.paragraphs}
    assert {"Title", "Kop Artikel", "Kop Bijvoegsel", "Lid", "Onderdeel", "Partij",
            "Ondertekening"} <= styles
    header = " ".join(p.text for p in d.sections[0].header.paragraphs)
    assert "Zorg- en Veiligheidshuis ’s-Hertogenbosch" in header
    assert "versie 0.9" in header and "CONCEPT" in header
    xml = zipfile.ZipFile(docx).read("word/document.xml").decode()
    footer = "".join(zipfile.ZipFile(docx).read(n).decode()
                     for n in zipfile.ZipFile(docx).namelist() if "footer" in n)
    assert "PAGE" in footer and "NUMPAGES" in footer and "pagina" in footer
    assert 'TOC \\o' in xml
    annex_heads = [p for p in d.paragraphs
                   if p.style.name == "Kop Bijvoegsel"]
    assert annex_heads and all(p.paragraph_format.page_break_before for p in annex_heads)
    sig = [p for p in d.paragraphs if p.style.name == "Ondertekening"]
    assert d.styles["Ondertekening"].paragraph_format.keep_with_next
    assert sig


def test_pdf_is_tagged_bookmarked_dutch_with_metadata(built: Path) -> None:
    _, pdf = files(built, "fryslan")
    reader = PdfReader(str(pdf))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "nl-NL"
    assert root["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in root
    assert reader.metadata.title.startswith("Convenant samenwerking tussen ketenpartners")
    assert len(pdf_outline(pdf)) >= len(EXPECTED)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    fonts = pdftotext_fonts(pdf)
    assert fonts and all(emb for _, emb in fonts)
    text = pdf_text(pdf)
    assert re.search(r"pagina 2 van \d+", text)


def pdftotext_fonts(pdf: Path) -> list[tuple[str, bool]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                         check=True).stdout.splitlines()[2:]
    return [(line.split()[0], line.split()[-5] == "yes") for line in out if line.strip()]


def test_pdfa_option(tmp_path: Path) -> None:
    res = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path, "--format", "pdf",
                  "--pdfa")
    assert res.code == 0, res.text
    reader = PdfReader(str(tmp_path / "den-bosch/convenant.pdf"))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfaid:part(>|=\")3", xmp) and re.search(r"pdfaid:conformance(>|=\")A", xmp)
    assert re.search(r"pdfuaid:part(>|=\")1", xmp)  # archival and still accessible
    assert not (tmp_path / "den-bosch/convenant.docx").exists()


def test_docx_opens_in_libreoffice(built: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice ontbreekt: scripts/install.sh --test installeert het"
    docx, _ = files(built, "den-bosch")
    proc = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                          capture_output=True, text=True, timeout=240, check=False)
    out = tmp_path / "convenant.pdf"
    assert out.exists(), proc.stdout + proc.stderr
    text = norm(pdf_text(out))
    assert "Artikel 25. Toepasselijk recht" in text
    assert "Bijvoegsel 5." in text


# --- toelichting, open points, atomic output ---

def test_toelichting_only_on_request_and_only_in_concept(tmp_path: Path) -> None:
    plain = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path / "a",
                    "--format", "docx")
    notes = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path / "b",
                    "--format", "docx", "--toelichting")
    assert plain.code == notes.code == 0
    styles_a = {s for s, _ in docx_paragraphs(tmp_path / "a/den-bosch/convenant.docx")}
    texts_b = [t for s, t in docx_paragraphs(tmp_path / "b/den-bosch/convenant.docx")
               if s == "Toelichting"]
    assert "Toelichting" not in styles_a
    assert texts_b and texts_b[0].startswith("Toelichting")
    final = write_region(tmp_path, (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
                         .replace("status: concept", "status: definitief"), "den-bosch.yaml")
    res = run_cli("build", final, "--out", tmp_path / "c", "--format", "docx", "--toelichting")
    assert res.code == 0, res.text
    styles_c = {s for s, _ in docx_paragraphs(tmp_path / "c/den-bosch/convenant.docx")}
    assert "Toelichting" not in styles_c


OPEN = EVIL.replace("kwaad", "open").replace(', afkorting: "A&B"', "")


def test_open_points_highlighted_in_concept_refused_in_definitief(tmp_path: Path) -> None:
    path = write_region(tmp_path, OPEN)
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 1 and "concept met" in res.out, res.text  # built, with fouten
    xml = zipfile.ZipFile(tmp_path / "out/open/convenant.docx").read("word/document.xml").decode()
    assert 'w:highlight w:val="yellow"' in xml
    (tmp_path / "out2").mkdir()
    final = write_region(tmp_path, OPEN.replace("status: concept", "status: definitief"),
                         "definitief.yaml")
    res = run_cli("build", final, "--out", tmp_path / "out2")
    assert res.code == 1
    assert "open punt" in res.err.lower() and "vertegenwoordiger" in res.err
    assert "Traceback" not in res.text
    assert list((tmp_path / "out2").iterdir()) == []  # nothing, not even a temp folder


def test_batch_with_a_bad_region_builds_the_others(tmp_path: Path) -> None:
    region = tmp_path / "regios"
    region.mkdir()
    shutil.copy(CONFIGS / "den-bosch.yaml", region)
    (region / "kapot.yaml").write_text("extends: landelijk\nzvh: {naam: x}\n", encoding="utf-8")
    res = run_cli("build", region, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 2
    assert (tmp_path / "out/den-bosch/convenant.docx").exists()
    assert "1 van 2 regio’s gebouwd" in res.err and "kapot.yaml" in res.err
    assert "Traceback" not in res.text


def test_rebuild_is_byte_identical(built: Path, tmp_path: Path) -> None:
    res = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path)
    assert res.code == 0, res.text
    names = sorted(p.name for p in (built / "den-bosch").iterdir())
    assert {"convenant.docx", "convenant.pdf", "verwerkingsregister.xlsx"} <= set(names)
    for name in names:  # every file of the set, not only the convenant
        assert (tmp_path / "den-bosch" / name).read_bytes() == \
               (built / "den-bosch" / name).read_bytes(), name
