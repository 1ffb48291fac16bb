"""The rest of the set: Privacy Protocol(s), Artikel 20 beslissing, privacyverklaring,
verwerkingsregister and toetredingsformulier, read back as a reader gets them."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tests.conftest import CONFIGS, REGIONS, run_cli, write_region
from tests.docs import (
    docx_leden,
    docx_paragraphs,
    docx_sections,
    norm,
    pdf_outline,
    pdf_sections,
    pdf_text,
    plain,
)

from protocolmaker.config import load_config
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.config.models import RegionConfig

PROTOCOL_ARTICLES = 32
PROTOCOL_ANNEXES = [
    "Toetredingsformulier nieuwe partner tot het Protocol",
    "Doeleinden Verwerking van Persoonsgegevens per processtap",
    "Beveiligingsbeleid Persoonsgegevens",
    "Categorieën Persoonsgegevens en Betrokkenen",
]


def cfg_of(region: str) -> RegionConfig:
    return load_config(CONFIGS / f"{region}.yaml").config


def protocols(built: Path, region: str) -> list[Path]:
    found = sorted((built / region).glob("privacyprotocol*.docx"))
    assert found
    return found


def section(sections: dict[str, str], title_start: str) -> str:
    pattern = rf"(Artikel|Bijvoegsel) \d+\. {title_start}\b"
    hits = [t for h, t in sections.items() if re.match(pattern, h)]
    assert len(hits) == 1, title_start
    return hits[0]


def test_full_set_is_written(built: Path) -> None:
    for region in REGIONS:
        names = {p.name for p in (built / region).iterdir()}
        assert {"convenant.docx", "convenant.pdf", "artikel20-beslissing.docx",
                "artikel20-beslissing.pdf", "privacyverklaring.html", "privacyverklaring.pdf",
                "verwerkingsregister.csv", "verwerkingsregister.xlsx"} <= names
    assert {"privacyprotocol.docx", "privacyprotocol.pdf"} <= {
        p.name for p in (built / "den-bosch").iterdir()}
    frl = cfg_of("fryslan")
    assert len(frl.choices.protocols) == 2
    for pg in frl.choices.protocols:  # OPTIE 2: one protocol per purpose group
        assert (built / "fryslan" / f"privacyprotocol-{pg.id}.docx").exists()
        doc = docx_paragraphs(built / "fryslan" / f"privacyprotocol-{pg.id}.docx")
        assert doc[0][1].startswith(pg.title)


@pytest.mark.parametrize("region", REGIONS)
def test_protocol_has_32_articles_and_4_annexes_same_in_docx_and_pdf(built: Path,
                                                                      region: str) -> None:
    for docx in protocols(built, region):
        d = docx_sections(docx)
        p = pdf_sections(docx.with_suffix(".pdf"))
        arts = [h for h in d if h.startswith("Artikel")]
        assert [int(h.split()[1].rstrip(".")) for h in arts] == list(range(1, 33))
        assert [h.split(". ", 1)[1] for h in d if h.startswith("Bijvoegsel")] == PROTOCOL_ANNEXES
        assert list(d) == list(p)
        for heading in d:
            assert d[heading] == p[heading], (docx.name, heading)


@pytest.mark.parametrize("region", REGIONS)
def test_article_6_4_has_an_entry_per_kind_present_and_none_for_absent(built: Path,
                                                                        region: str) -> None:
    cfg = cfg_of(region)
    present = {p.kind for p in cfg.partners}
    for docx in protocols(built, region):
        d = docx_sections(docx)
        grondslag = section(d, "Grondslag")
        lid_no = re.search(r"(6\.\d+) De in artikel 6\.1 tot en met artikel 6\.3 bedoelde",
                           grondslag)
        assert lid_no
        entries = docx_leden(docx)[lid_no.group(1)]
        for key, kind in partner_kinds().items():
            whos = {t.who for t in kind.tasks}
            for who in whos:
                shown = f"{who}:" in entries
                others = {t.who for k2, o in partner_kinds().items() if k2 in present
                          for t in o.tasks}
                if key in present:
                    assert shown, (key, who)
                elif who not in others:
                    assert not shown, (key, who)
        n_items = len(re.findall(r"(?:^|[;:.] )[a-z]{1,2}\. ", entries))
        expected = sum(len(partner_kinds()[k].tasks) for k in present if k != "overig") + \
            len(cfg.of_kind("overig"))
        assert n_items == expected


def test_private_partner_consent_wording_and_slachtofferhulp(built: Path, tmp_path: Path) -> None:
    d = docx_sections(protocols(built, "fryslan")[0])
    grondslag = section(d, "Grondslag")
    assert "Woonkracht, dat geen taak van algemeen belang" in grondslag
    assert "niet op grond van artikel 6, eerste lid, onder e, AVG" in grondslag
    assert "behoort niet tot de landelijke ketenpartners" in grondslag
    # police data go through the Artikel 20 beslissing of this set, by article number
    a20 = docx_sections(built / "fryslan" / "artikel20-beslissing.docx")
    no = next(h.split()[1].rstrip(".") for h in a20 if "Te verstrekken politiegegevens" in h)
    assert f"(artikel {no} van de Artikel 20 Wpg Beslissing)" in grondslag
    # Slachtofferhulp and an `overig` partner, planted into the small region
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
        "gremia:\n", "  - id: shn\n    soort: slachtofferhulp\n    naam: Slachtofferhulp "
        "Nederland\n  - id: buurtbemiddeling\n    soort: overig\n    naam: Stichting "
        "Buurtbemiddeling\n    grondslag: uitvoering van de subsidieovereenkomst met de gemeente"
        "\n\ngremia:\n", 1)
    path = write_region(tmp_path, text, "den-bosch.yaml")
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 0, res.text
    d2 = docx_sections(tmp_path / "out/den-bosch/privacyprotocol.docx")
    g2 = section(d2, "Grondslag")
    assert "Slachtofferhulp Nederland:" in g2 and "uitdrukkelijke en aantoonbare toestemming" in g2
    assert "Stichting Buurtbemiddeling: uitvoering van de subsidieovereenkomst" in g2
    toetreding = section(d2, "Toetreding$")
    assert "juridische analyse" in toetreding and "Stichting Buurtbemiddeling" in toetreding


@pytest.mark.parametrize("region", REGIONS)
def test_retention_agrees_in_protocol_statement_and_register(built: Path, region: str) -> None:
    r = cfg_of(region).retention
    art11 = section(docx_sections(protocols(built, region)[0]), "Bewaren")
    assert f"uiterlijk binnen {r.destruction_months} maanden na het besluit tot Afschaling" in art11
    assert f"tot {r.restricted_access_months} maanden na het besluit" in art11
    assert f"gearchiveerd tot {r.archive_until_months} maanden" in art11
    html = norm(re.sub(r"<[^>]+>", " ", (built / region / "privacyverklaring.html")
                       .read_text(encoding="utf-8")))
    pdf = norm(pdf_text(built / region / "privacyverklaring.pdf"))
    for statement in (html, pdf):
        assert f"tot {r.restricted_access_months} maanden na dat besluit" in statement
        assert f"uiterlijk {r.destruction_months} maanden na dat besluit" in statement
    rows = list(csv.reader(io.StringIO((built / region / "verwerkingsregister.csv")
                                       .read_bytes().decode("utf-8-sig")), delimiter=";"))
    register = {row[1]: row[2] for row in rows[1:]}
    assert register["vernietiging uiterlijk (maanden na afschaling)"] == str(r.destruction_months)
    assert register["bewaartermijn beperkte toegang (maanden na afschaling)"] == \
        str(r.restricted_access_months)
    wb = load_workbook(built / region / "verwerkingsregister.xlsx")
    xrows = {row[1]: row[2] for row in wb.active.iter_rows(min_row=2, values_only=True)}
    assert xrows == register
    assert {row[0] for row in rows[1:]} >= {"a", "b", "c", "d", "e", "f"}


def test_changed_retention_reaches_every_output(tmp_path: Path) -> None:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8") + \
        "\nbewaartermijnen:\n  beperkte_toegang_maanden: 3\n  archief_tot_maanden: 9\n" \
        "  vernietiging_uiterlijk_maanden: 10\n  herbeoordeling_maanden: 6\n"
    path = write_region(tmp_path, text, "den-bosch.yaml")
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 0, res.text
    art11 = section(docx_sections(tmp_path / "out/den-bosch/privacyprotocol.docx"), "Bewaren")
    assert "uiterlijk binnen 10 maanden" in art11 and "tot 3 maanden" in art11
    html = plain((tmp_path / "out/den-bosch/privacyverklaring.html").read_text(encoding="utf-8"))
    assert "uiterlijk 10 maanden" in html
    raw = (tmp_path / "out/den-bosch/verwerkingsregister.csv").read_bytes().decode("utf-8-sig")
    assert ";vernietiging uiterlijk (maanden na afschaling);10\r\n" in raw


@pytest.mark.parametrize("region", REGIONS)
def test_deadlines_and_roles_from_config(built: Path, region: str) -> None:
    cfg = cfg_of(region)
    d = docx_sections(protocols(built, region)[0])
    assert f"uiterlijk binnen {cfg.deadlines.breach_report_hours} uur" in section(d, "Datalekken")
    assert f"binnen {cfg.deadlines.access_weeks} weken" in section(d, "Recht op inzage")
    assert f"binnen {cfg.deadlines.correction_weeks} weken" in section(d, "Recht op correctie")
    assert f"binnen {cfg.deadlines.objection_weeks} weken" in section(d, "Recht op verzet")
    body = " ".join(d.values())
    assert "[" not in body.replace("[[", "")  # no placeholder of the model is left
    assert "Manager/Procesregisseur" not in body and "[…]" not in body


@pytest.mark.parametrize("region", REGIONS)
def test_protocol_references_point_where_the_text_means(built: Path, region: str) -> None:
    """Digest F17, F19, F21: Manager def → convenant Manager article; dataminimalisatie → the
    purposes lid; breach exception → the informing-Betrokkenen lid."""
    conv = docx_sections(built / region / "convenant.docx")
    manager_no = next(h.split()[1].rstrip(".") for h in conv if h.endswith(". Manager"))
    docx = protocols(built, region)[0]
    d = docx_sections(docx)
    leden = docx_leden(docx)
    assert f"Manager: de persoon die is belast met de taken zoals geformuleerd in artikel " \
           f"{manager_no} van het Convenant" in section(d, "Definities")
    m = re.search(r"niet meer Persoonsgegevens dan noodzakelijk met het oog op de in artikel "
                  r"(\d+\.\d+) geformuleerde doeleinden", section(d, "Dataminimalisatie"))
    assert m and "zwaarwegend algemeen belang" in leden[m.group(1)]
    m = re.search(r"Kennisgeving van de inbreuk aan Betrokkene zoals bedoeld in artikel "
                  r"(\d+\.\d+) is niet vereist", section(d, "Datalekken"))
    assert m and "artikel 34 AVG" in leden[m.group(1)]
    m = re.search(r"beslissing zoals bedoeld in artikel (\d+\.\d+) binnen", section(d, "Recht op "
                                                                                     "verzet"))
    assert m and "ter beoordeling" in leden[m.group(1)]
    body = " ".join(d.values())
    assert "Bijlage" not in body and "Bewerker" not in body and "Wet bopz" not in body


@pytest.mark.parametrize("region", REGIONS)
def test_protocol_cites_the_convenant_and_has_the_same_parties(built: Path, region: str) -> None:
    cfg = cfg_of(region)
    conv = docx_paragraphs(built / region / "convenant.docx")
    conv_title = conv[0][1]
    conv_parties = [t for s, t in conv if s == "Partij"]
    for docx in protocols(built, region):
        paras = docx_paragraphs(docx)
        assert [t for s, t in paras if s == "Partij"] == conv_parties
        text = " ".join(t for _, t in paras)
        assert f"‘{conv_title}’, gesloten op" in text
        assert cfg.zvh.name.replace("'", "’") in text


@pytest.mark.parametrize("region", REGIONS)
def test_article20_signatories_and_recipients(built: Path, region: str) -> None:
    cfg = cfg_of(region)
    a20 = cfg.article20
    assert a20 and a20.police_chief and a20.public_prosecutor
    docx = built / region / "artikel20-beslissing.docx"
    paras = docx_paragraphs(docx)
    signers = [t for s, t in paras if s == "Ondertekening"]
    assert signers.count("Handtekening: ……………………………………") == 2 + len(cfg.municipalities)
    assert any(a20.police_chief.name in t for t in signers)
    assert any(a20.public_prosecutor.name in t for t in signers)
    for g in cfg.municipalities:
        assert g.mayor
        assert f"De burgemeester van {g.name}".replace("'", "’") in signers
        assert g.mayor.name in signers
    d = docx_sections(docx)
    ontvangers = section(d, "Ontvangers")
    expected = [cfg.partner(r) for r in a20.recipients] if a20.recipients else \
        [p for p in cfg.partners if p.kind != "politie"]
    items = re.findall(r"(?:^|[:;] )[a-z]{1,2}\. (.*?)(?=[;.] [a-z]{1,2}\. |[;.] \d|\.$)",
                       ontvangers)
    assert len(items) == len(expected)
    assert "politie" not in {p.kind for p in expected}
    text = " ".join(d.values())
    assert "artikelen 8 en 13 Wpg" in text and "artikel 7 Wpg" in text
    assert "artikel 6:4, vijfde lid, Bpg" in text
    assert norm(cfg.zvh.name.replace("'", "’")) in text
    assert norm(pdf_text(docx.with_suffix(".pdf"))).count("Handtekening:") == len(signers) // 5


def test_article20_strict_necessity_only_with_justification(tmp_path: Path) -> None:
    base = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
    with9 = base + "\n"  # categories come from _basis: override in the region
    with9 = with9.replace("artikel20:\n", "artikel20:\n  gegevenscategorieen: [8, 9, 13]\n"
                                          "  noodzaak_motivering: acuut gevaar voor het leven "
                                          "van betrokkene of anderen\n", 1)
    path = write_region(tmp_path, with9, "den-bosch.yaml")
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 0, res.text
    d = docx_sections(tmp_path / "out/den-bosch/artikel20-beslissing.docx")
    cat = section(d, "Te verstrekken politiegegevens")
    assert "artikelen 8, 9 en 13 Wpg" in cat and "strikt noodzakelijk" in cat
    assert "acuut gevaar voor het leven" in cat and "artikel 4:5 Bpg" in cat
    bv4 = section(docx_sections(tmp_path / "out/den-bosch/privacyprotocol.docx"),
                  "Categorieën Persoonsgegevens en")
    assert "Politiegegevens (artikel 8, 9 en 13 Wpg)" in bv4


STATEMENT_TOPICS = {  # protocol art. 16.5 a-j: what the statement tells, under which heading
    "a": "Waarom wij uw gegevens verwerken", "b": "Deelnemende partijen",
    "c": "Hoe lang wij uw gegevens bewaren", "d": "Uw rechten", "e": "Toestemming intrekken",
    "f": "Een klacht indienen", "g": "Op welke grond wij uw gegevens verwerken",
    "h": "Op welke grond wij uw gegevens verwerken", "i": "Geautomatiseerde besluitvorming",
    "j": "Contact",
}


def test_privacy_statement_lists_parties_rights_and_contact(built: Path) -> None:
    cfg = cfg_of("fryslan")
    html = (built / "fryslan" / "privacyverklaring.html").read_text(encoding="utf-8")
    assert '<html lang="nl-NL">' in html
    text = norm(re.sub(r"<[^>]+>", " ", html))
    for g in cfg.municipalities:
        assert f"het college van burgemeester en wethouders van {g.name}" in text
    assert "Stichting Woonkracht Fryslân &amp; Omstreken" in html
    assert cfg.zvh.privacy_contact and cfg.zvh.privacy_contact in text
    # every topic of art. 16.5 under its own heading, without the drafting code "(a)" … "(j)"
    headings = [norm(re.sub(r"<[^>]+>", "", h))
                for h in re.findall(r"<h[23][^>]*>(.*?)</h[23]>", html)]
    assert set(STATEMENT_TOPICS.values()) <= set(headings)
    assert not [h for h in headings if re.search(r"\([a-j](, ?[a-j])*\)", h)]
    pdf = built / "fryslan" / "privacyverklaring.pdf"
    assert pdf_outline(pdf) == headings  # the PDF has the same headings


def test_toetreding_command(tmp_path: Path) -> None:
    res = run_cli("toetreding", CONFIGS / "fryslan.yaml", "--partner", "halt-noord", "--out",
                  tmp_path)
    assert res.code == 0, res.text
    paras = docx_paragraphs(tmp_path / "fryslan/toetreding-halt-noord.docx")
    heads = [t for s, t in paras if s == "Kop Sectie"]
    assert heads == ["Toetreding tot het Convenant (Bijvoegsel 1 bij het Convenant)",
                     "Toetreding tot het Privacy Protocol (Bijvoegsel 1 bij het Protocol)"]
    text = " ".join(t for _, t in paras)
    assert text.count("Stichting Halt, regio Noord-Nederland, statutair gevestigd te Leiden") == 2
    assert "S.J. Buma, burgemeester van Leeuwarden, voorzitter van de Stuurgroep" in text
    assert re.search(r"doelstelling zoals geformuleerd in artikel 2 van het Convenant", text)
    assert (tmp_path / "fryslan/toetreding-halt-noord.pdf").exists()
    bad = run_cli("toetreding", CONFIGS / "fryslan.yaml", "--partner", "halt-nord", "--out",
                  tmp_path)
    assert bad.code == 2 and "Bedoelde u ‘halt-noord’?" in bad.err
    assert "Traceback" not in bad.text
