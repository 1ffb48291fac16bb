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
from protocolmaker.model.typography import long_date, quantity
from protocolmaker.model.view import Protocol, View

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
                "verwerkingsregister.csv", "verwerkingsregister.xlsx", "verantwoording.docx",
                "verantwoording.pdf"} <= names
    assert {"privacyprotocol.docx", "privacyprotocol.pdf"} <= {
        p.name for p in (built / "den-bosch").iterdir()}
    frl = cfg_of("fryslan")
    assert len(frl.workprocesses) == 2
    for w in frl.workprocesses:  # one protocol per werkproces
        doc = docx_paragraphs(built / "fryslan" / f"privacyprotocol-{w.id}.docx")
        assert doc[0][1].startswith(w.title or f"Privacy Protocol {w.name}")


def protocol_views(region: str) -> dict[str, Protocol]:
    """File name (without suffix) → the werkproces the protocol is for."""
    return {pr.filename: pr for pr in View(cfg_of(region)).protocols}


@pytest.mark.parametrize("region", REGIONS)
def test_protocol_has_32_articles_and_4_annexes_same_in_docx_and_pdf(built: Path,
                                                                      region: str) -> None:
    views = protocol_views(region)
    for docx in protocols(built, region):
        d = docx_sections(docx)
        p = pdf_sections(docx.with_suffix(".pdf"))
        arts = [h for h in d if h.startswith("Artikel")]
        assert [int(h.split()[1].rstrip(".")) for h in arts] == list(range(1, 33))
        # a werkproces with its own criteria gets them as a fifth annex
        criteria = ["Doelgroep en criteria van het werkproces"] if views[docx.stem].criteria \
            else []
        assert [h.split(". ", 1)[1] for h in d if h.startswith("Bijvoegsel")] == \
            PROTOCOL_ANNEXES + criteria
        assert list(d) == list(p)
        for heading in d:
            assert d[heading] == p[heading], (docx.name, heading)


@pytest.mark.parametrize("region", REGIONS)
def test_legal_basis_has_one_entry_per_task_of_the_parties_present(built: Path,
                                                                   region: str) -> None:
    """Protocol art. 6 (004:12011-12233): one onderdeel per task of each kind of party in the
    werkproces; kinds that share a task (the three reclasseringsinstellingen) share one that
    names each party; no entry for a kind that does not take part."""
    kinds = partner_kinds()
    for docx in protocols(built, region):
        pr = protocol_views(region)[docx.stem]
        parties = [*pr.partners, *pr.third_parties]
        grondslag = section(docx_sections(docx), "Grondslag")
        lid_no = re.search(r"(6\.\d+) De in artikel 6\.1 tot en met 6\.3 bedoelde", grondslag)
        assert lid_no, docx.name
        entries = docx_leden(docx)[lid_no.group(1)]
        present = {p.kind for p in parties}
        tasks = {t.task for k in present if k != "overig" for t in kinds[k].tasks}
        n_items = len(re.findall(r"(?:^|[;:.] )[a-z]{1,2}\. ", entries))
        assert n_items == len(tasks) + sum(p.kind == "overig" for p in parties), docx.name
        for p in parties:
            # a generic entry (‘een GGZ-instelling’) names the parties it covers
            if any(t.who.startswith("een ") for t in kinds[p.kind].tasks) or p.kind == "overig":
                assert norm(p.name or "") in entries or (p.abbreviation or "?") in entries, \
                    (docx.name, p.id)
        absent = {"dji": "Dienst Justitiële Inrichtingen", "woningcorporatie": "woningcorporatie",
                  "ggd": "GGD", "veilig_thuis": "Veilig Thuis"}
        for kind, words in absent.items():
            if kind not in present:
                assert words not in entries, (docx.name, kind)


def test_private_partner_consent_wording_and_slachtofferhulp(built: Path, tmp_path: Path) -> None:
    d = docx_sections(built / "fryslan" / "privacyprotocol-complexe-casuistiek.docx")
    grondslag = section(d, "Grondslag")
    # a private party states its own AVG basis in the words of art. 6(1) AVG
    assert "Verwerken de volgende Partijen Persoonsgegevens niet op grond van artikel 6, eerste " \
           "lid, onder e, AVG" in grondslag
    assert "Woonkracht: voor zover de Verwerking noodzakelijk is om te voldoen aan een " \
           "wettelijke verplichting die op die Partij rust (onder c)" in grondslag
    assert "behoort niet tot de landelijke ketenpartners" in grondslag
    analysis = cfg_of("fryslan").partner("woonkracht").legal_analysis  # type: ignore[union-attr]
    assert analysis and f"kenmerk {analysis.reference}" in grondslag
    # police data: under the WGS art. 20 lid 3 Wpg, and only categories 8 and 13
    assert "artikel 20, derde lid, Wpg" in grondslag
    # Slachtofferhulp and an `overig` partner, planted into the small region
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
        "gremia:\n", "  - id: shn\n    soort: slachtofferhulp\n    naam: Slachtofferhulp "
        "Nederland\n  - id: buurtbemiddeling\n    soort: overig\n    naam: Stichting "
        "Buurtbemiddeling\n    grondslag: uitvoering van de subsidieovereenkomst met de gemeente"
        "\n\ngremia:\n", 1)
    path = write_region(tmp_path, text, "den-bosch.yaml")
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 0, res.text  # both take part in the (only) werkproces: no finding
    d2 = docx_sections(tmp_path / "out/den-bosch/privacyprotocol.docx")
    g2 = section(d2, "Grondslag")
    assert "Slachtofferhulp Nederland:" in g2 and "uitdrukkelijke en aantoonbare toestemming" in g2
    assert "Stichting Buurtbemiddeling: uitvoering van de subsidieovereenkomst" in g2
    toetreding = section(d2, "Toetreding$")
    assert "juridische analyse" in toetreding and "Stichting Buurtbemiddeling" in toetreding


def register_rows(folder: Path) -> list[dict[str, str]]:
    raw = (folder / "verwerkingsregister.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(raw), delimiter=";"))


RETENTION_COLUMNS = {
    "restricted_access_months": "f. beperkte toegang tot (maanden na afschaling)",
    "archive_until_months": "f. archief tot (maanden na afschaling)",
    "destruction_months": "f. vernietiging uiterlijk (maanden na afschaling)",
}


@pytest.mark.parametrize("region", REGIONS)
def test_retention_agrees_in_protocol_statement_and_register(built: Path, region: str) -> None:
    views = protocol_views(region)
    html = norm(re.sub(r"<[^>]+>", " ", (built / region / "privacyverklaring.html")
                       .read_text(encoding="utf-8")))
    pdf = norm(pdf_text(built / region / "privacyverklaring.pdf"))
    rows = {row["privacyprotocol"]: row for row in register_rows(built / region)}
    assert len(rows) == len(views)  # one register entry per processing (werkproces)
    for docx in protocols(built, region):
        r = views[docx.stem].retention
        art11 = section(docx_sections(docx), "Bewaren")
        assert f"uiterlijk binnen {r.destruction_months} maanden na het besluit tot Afschaling" \
            in art11
        assert f"tot {r.restricted_access_months} maanden na het besluit" in art11
        assert f"gearchiveerd tot {r.archive_until_months} maanden" in art11
        # the statute's limit: five years after the first processing (WGS art. 1.8 lid 7)
        if views[docx.stem].wgs:
            assert "uiterlijk vijf jaar na de datum van eerste Verwerking" in art11
        for statement in (html, pdf):  # the same period, in words up to twenty
            months = quantity(r.restricted_access_months, "maand", "maanden")
            assert f"tot {months} na dat besluit" in statement
            months = quantity(r.destruction_months, "maand", "maanden")
            assert f"uiterlijk {months} na dat besluit" in statement
        row = rows[views[docx.stem].title]
        for attr, column in RETENTION_COLUMNS.items():
            assert row[column] == str(getattr(r, attr)), (docx.name, column)
    wb = load_workbook(built / region / "verwerkingsregister.xlsx")
    sheet = list(wb.active.iter_rows(values_only=True))
    header = list(sheet[0])
    assert header == list(next(iter(rows.values())).keys())  # the same columns as the CSV
    for line in sheet[1:]:
        entry = dict(zip(header, line, strict=True))
        csv_row = rows[entry["privacyprotocol"]]
        for column in RETENTION_COLUMNS.values():
            assert entry[column] == int(csv_row[column])  # a number in Excel, not text
    # every heading of AVG art. 30(1) a-g is a column
    assert {c.split(".")[0] for c in header if re.match(r"[a-g]\. ", c)} == set("abcdefg")


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
    assert "uiterlijk tien maanden" in html  # a count up to twenty in words
    (row,) = register_rows(tmp_path / "out/den-bosch")
    assert row[RETENTION_COLUMNS["destruction_months"]] == "10"
    assert row[RETENTION_COLUMNS["restricted_access_months"]] == "3"


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
def test_protocol_cites_the_convenant_and_has_the_parties_of_its_werkproces(
        built: Path, region: str) -> None:
    cfg = cfg_of(region)
    conv = docx_paragraphs(built / region / "convenant.docx")
    conv_title = conv[0][1]
    conv_parties = [t for s, t in conv if s == "Partij"]
    for docx in protocols(built, region):
        pr = protocol_views(region)[docx.stem]
        paras = docx_paragraphs(docx)
        parties = [t for s, t in paras if s == "Partij"]
        # the protocol's parties are those of its werkproces, worded as in the convenant
        assert len(parties) == len(pr.partners), docx.name
        # (the last party of a list ends in a comma, the others in a semicolon)
        assert {t.rstrip(",;") for t in parties} <= {t.rstrip(",;") for t in conv_parties}
        text = " ".join(t for _, t in paras)
        assert f"‘{conv_title}’, gesloten op" in text
        assert cfg.zvh.name.replace("'", "’") in text
        assert f"‘{pr.name}’" in text  # it names the werkproces it is for


@pytest.mark.parametrize("region", REGIONS)
def test_article20_signatories_and_recipients(built: Path, region: str) -> None:
    cfg = cfg_of(region)
    a20 = cfg.article20
    assert a20 and a20.public_prosecutor
    (mandate,) = cfg.mandates_for("artikel20", "politie")
    assert mandate.decision
    chief = cfg.person(mandate.mandatary_person)
    prosecutor = cfg.person(a20.public_prosecutor)
    assert chief and prosecutor
    docx = built / region / "artikel20-beslissing.docx"
    paras = docx_paragraphs(docx)
    signers = [t for s, t in paras if s == "Ondertekening"]
    assert signers.count("Handtekening: ……………………………………") == 2 + len(cfg.municipalities)
    # the police chief signs for the korpschef, under the mandate the config records
    assert f"namens deze: {chief.name}, {chief.function}, krachtens mandaat van " \
           f"{long_date(mandate.decision.date)}, kenmerk {mandate.decision.reference}" in signers
    assert any(prosecutor.name in t for t in signers)
    for g in cfg.municipalities:
        mayor = cfg.person(g.mayor)
        assert mayor
        assert f"De burgemeester van {g.name}".replace("'", "’") in signers
        assert any(t.startswith(mayor.name) for t in signers)
    d = docx_sections(docx)
    ontvangers = section(d, "Ontvangers")
    views = list(protocol_views(region).values())
    for pr in views:
        for p in pr.a20_recipients:
            name = norm((p.name or "").replace("'", "’"))
            if p.kind == "gemeente":  # college and burgemeester, each in its own right
                assert f"het college van burgemeester en wethouders van {name}" in ontvangers
                assert f"de burgemeester van {name}" in ontvangers
            elif p.kind not in ("om", "rvdk"):
                assert name in ontvangers, p.id
        assert "Korpschef" not in ontvangers  # the police do not provide to themselves
    if len(views) > 1:
        for pr in views:
            assert f"in het werkproces ‘{pr.name}’:" in ontvangers
    text = " ".join(d.values())
    assert "artikelen 8 en 13 Wpg" in text and "artikel 7, tweede lid, Wpg" in text
    assert "artikel 6:4, tweede lid, Bpg" in text  # logging: Bpg 6:4 has four leden
    everything = " ".join(t for _, t in paras)
    assert a20.reference and f"Kenmerk: {a20.reference}" in everything
    assert norm(cfg.zvh.name.replace("'", "’")) in text
    assert norm(pdf_text(docx.with_suffix(".pdf"))).count("Handtekening:") == len(signers) // 5


def test_article20_strict_necessity_only_with_justification(tmp_path: Path) -> None:
    base = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
    with9 = base.replace("artikel20:\n", "artikel20:\n  gegevenscategorieen: [8, 9, 13]\n"
                                         "  noodzaak_motivering: acuut gevaar voor het leven "
                                         "van betrokkene of anderen\n", 1)
    path = write_region(tmp_path, with9, "den-bosch.yaml")
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert res.code == 0, res.text
    d = docx_sections(tmp_path / "out/den-bosch/artikel20-beslissing.docx")
    cat = section(d, "Te verstrekken politiegegevens")
    assert "artikelen 8, 9 en 13 Wpg" in cat and "strikt noodzakelijk" in cat
    assert "acuut gevaar voor het leven" in cat
    bv4 = section(docx_sections(tmp_path / "out/den-bosch/privacyprotocol.docx"),
                  "Categorieën Persoonsgegevens en")
    assert "artikelen 8, 9 en 13 Wpg" in bv4
    without = with9.replace("  noodzaak_motivering: acuut gevaar voor het leven van betrokkene "
                            "of anderen\n", "")
    res = run_cli("check", write_region(tmp_path, without, "den-bosch.yaml"))
    assert res.code == 1 and "A20-" in res.out  # category 9 without a justification


STATEMENT_TOPICS = {  # protocol art. 16.5 a-j: what the statement tells, under which heading
    "a": "waarom en hoe lang wij uw gegevens verwerken", "b": "Deelnemende partijen",
    "c": "waarom en hoe lang wij uw gegevens verwerken", "d": "Uw rechten",
    "e": "Toestemming intrekken", "f": "Een klacht indienen",
    "g": "Op welke grond wij uw gegevens verwerken",
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
    for topic in STATEMENT_TOPICS.values():
        assert any(h.lower().endswith(topic.lower()) for h in headings), topic
    assert not [h for h in headings if re.search(r"\([a-j](, ?[a-j])*\)", h)]
    # purposes and retention per werkproces, each under a heading naming it
    for w in cfg.workprocesses:
        assert f"{w.name}: waarom en hoe lang wij uw gegevens verwerken" in headings
    # parties by their full names: the statement defines no abbreviations
    assert "Woonkracht:" not in text and " RN " not in text
    pdf = built / "fryslan" / "privacyverklaring.pdf"
    assert [plain(h) for h in pdf_outline(pdf)] == headings  # the PDF has the same headings


def test_toetreding_command(tmp_path: Path) -> None:
    res = run_cli("toetreding", CONFIGS / "fryslan.yaml", "--partner", "halt-noord", "--out",
                  tmp_path)
    assert res.code == 0, res.text
    paras = docx_paragraphs(tmp_path / "fryslan/toetreding-halt-noord.docx")
    heads = [t for s, t in paras if s == "Kop Sectie"]
    # Halt joins the convenant and the protocol of each werkproces it takes part in: the
    # werkproces open to every party, not ‘Radicalisering’, which names its parties
    assert heads == ["Toetreding tot het Convenant (Bijvoegsel 1 bij het Convenant)",
                     "Toetreding tot het ‘Privacy Protocol Integrale Veiligheid en Complexe "
                     "Multiproblematiek’ (Bijvoegsel 1 bij dat Protocol)"]
    text = " ".join(t for _, t in paras)
    assert text.count("Stichting Halt, regio Noord-Nederland, statutair gevestigd te Leiden") == 2
    # its representative signs under the volmacht the config records
    assert text.count("P. Dijkstra, regiomanager Noord-Nederland, krachtens volmacht van "
                      "1 oktober 2026, kenmerk HALT/DIR/2026/041") == 4
    assert "S.J. Buma, burgemeester van Leeuwarden, voorzitter van de Stuurgroep" in text
    assert re.search(r"doelstelling zoals geformuleerd in artikel 2 van het Convenant", text)
    assert "ondergetekende tot het Convenant is toegetreden" in text
    assert "[" not in text  # no open point
    assert (tmp_path / "fryslan/toetreding-halt-noord.pdf").exists()
    bad = run_cli("toetreding", CONFIGS / "fryslan.yaml", "--partner", "halt-nord", "--out",
                  tmp_path)
    assert bad.code == 2 and "Bedoelde u ‘halt-noord’?" in bad.err
    assert "Traceback" not in bad.text
