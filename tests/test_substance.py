"""Issue 9, point by point: what a lawyer found in the set, read back from the built documents.

Each test names the point of the issue it checks, as found in the output of b2c74a9."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, REGIONS, run_cli, write_region
from tests.docs import docx_paragraphs, docx_sections, norm, pdf_text, plain

from protocolmaker.config import load_config
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.model.view import View


def sections(path: Path) -> dict[str, str]:
    return docx_sections(path)


def one(d: dict[str, str], title: str) -> str:
    hits = [t for h, t in d.items() if re.match(rf"(Artikel|Bijvoegsel) \d+\. {title}", h)]
    assert len(hits) == 1, title
    return hits[0]


def protocol_files(built: Path, region: str) -> list[Path]:
    return sorted((built / region).glob("privacyprotocol*.docx"))


# --- 9.1 special and criminal data in Bijvoegsel 4 ----------------------------------------------

HEALTH_KINDS = {"ggz", "ggd", "veilig_thuis", "svg"}
CRIMINAL_KINDS = {"om", "politie", "reclassering_nederland", "svg", "leger_des_heils", "dji"}


@pytest.mark.parametrize("region", REGIONS)
def test_9_1_every_protocol_lists_the_special_and_criminal_data_its_parties_bring(
        built: Path, region: str) -> None:
    views = {pr.filename: pr for pr in View(load_config(CONFIGS / f"{region}.yaml").config)
             .protocols}
    for docx in protocol_files(built, region):
        kinds = {p.kind for p in views[docx.stem].partners}
        annex = one(sections(docx), "Categorieën Persoonsgegevens en Betrokkenen")
        categorie_1 = annex.split("Categorie 2")[0]
        if kinds & HEALTH_KINDS:
            assert "Bijzondere Persoonsgegevens, te weten:" in categorie_1, docx.name
            assert "gezondheid" in categorie_1, docx.name
        if kinds & CRIMINAL_KINDS:
            assert re.search(r"[Ss]trafrechtelijke (persoons)?gegevens, te weten", categorie_1), \
                docx.name
        # each kind that brings data says so, naming itself
        for kind in kinds & (HEALTH_KINDS | CRIMINAL_KINDS):
            if partner_kinds()[kind].data:
                assert "ingebracht door" in annex, (docx.name, kind)


# --- 9.2 employment apart from on whose behalf --------------------------------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_9_2_procesregisseur_employed_by_the_gemeente_acting_for_the_registering_party(
        built: Path, region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    employer = cfg.partner(cfg.gremia.process_director.employer)  # type: ignore[arg-type]
    assert employer and employer.kind == "gemeente"
    conv = sections(built / region / "convenant.docx")
    a12 = one(conv, "Procesregisseur")
    assert "in dienst van het college" not in a12 and "namens en is in dienst" not in a12
    assert f"in dienst van de gemeente {norm(employer.name or '')}" in a12.replace("’", "'") \
        or f"in dienst van de gemeente {norm(employer.name or '')}" in a12
    assert "namens de Partij die de Casus aanmeldt" in a12 or \
        "namens de Partij die een Casus aanmeldt" in a12
    a14 = one(conv, "Ondersteunend personeel")
    assert "het college" not in a14  # a legal person employs, not an administrative body
    for docx in protocol_files(built, region):
        defs = one(sections(docx), "Definities")
        assert "in dienst van het college" not in defs


# --- 9.3 need to know: no personal request or breach to the Partneroverleg ---------------------

@pytest.mark.parametrize("region", REGIONS)
def test_9_3_requests_and_breaches_never_go_to_the_partneroverleg(built: Path,
                                                                  region: str) -> None:
    for docx in protocol_files(built, region):
        d = sections(docx)
        for title in ("Rechten van de Betrokkenen", "Recht op inzage", "Recht op correctie",
                      "Recht op verzet", "Datalekken"):
            for sentence in re.findall(r"[^.]*Partneroverleg[^.]*\.", one(d, title)):
                # the only Partneroverleg sentences: that a request is NOT discussed there, and
                # a periodic overview that cannot be traced to a person
                assert "niet in het Partneroverleg" in sentence or \
                    "niet tot personen herleidbaar" in sentence, (docx.name, title, sentence)
        assert "Casusoverleg" in one(d, "Datalekken") or "Procesregisseur" in one(d, "Datalekken")


# --- 9.4 annexes with the content the articles claim --------------------------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_9_4_werkproces_and_security_annexes_have_their_content(built: Path,
                                                               region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    conv = sections(built / region / "convenant.docx")
    werkproces = one(conv, "Werkproces")
    for phase in ("Aanmelding en Intake", "Triage", "Casusoverleg", "Afschaling"):
        assert phase.lower() in werkproces.lower(), phase
    assert len(werkproces.split()) > 300
    security = one(conv, "Informatiebeveiligingsbeleid")
    policy = cfg.gremia.info_security.policy
    if policy:  # a separately adopted document, named with its date and kenmerk
        assert policy.reference in security
    assert "Baseline Informatiebeveiliging Overheid" in security or "BIO" in security
    assert re.search(r"ten minste (eens|eenmaal) per", security) or "herzien" in security


# --- 9.5 the Artikel 20 Wpg Beslissing, complete -------------------------------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_9_5_article20_decision_is_complete_against_the_handvat(built: Path,
                                                                 region: str) -> None:
    paras = docx_paragraphs(built / region / "artikel20-beslissing.docx")
    text = " ".join(t for _, t in paras)
    assert re.search(r"Kenmerk: \S+", text)
    assert any(t.startswith("gelet op ") for _, t in paras)
    assert "overeenstemt met de politietaak" in text  # 004:4676-4682
    assert "afgewogen tegen het belang van de bescherming van de persoonlijke levenssfeer" \
        in text  # 004:4730-4738
    assert "artikel 27 Wpg of artikel 41 UAVG" in text  # refusal grounds
    assert re.search(r"Aldus besloten op \d{1,2} \w+ \d{4}\.", text)
    ontvangers = one(sections(built / region / "artikel20-beslissing.docx"), "Ontvangers")
    assert "de burgemeester van" in ontvangers  # in his own right


def test_9_5_a_definitief_decision_needs_its_date(tmp_path: Path) -> None:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
    text = text.replace("status: concept", "status: definitief").replace("  datum: 2027-01-20\n",
                                                                         "")
    res = run_cli("build", write_region(tmp_path, text, "den-bosch.yaml"), "--out",
                  tmp_path / "out")
    assert res.code == 1 and "datum van de beslissing" in res.text
    assert not (tmp_path / "out" / "den-bosch").exists()


# --- 9.6 police data stay away from parties that are no recipient -------------------------------

def test_9_6_the_protocol_keeps_police_data_from_a_non_recipient(built: Path) -> None:
    d = sections(built / "fryslan" / "privacyprotocol-complexe-casuistiek.docx")
    doorwerking = one(d, "Doorwerking geheimhoudingsbepalingen")
    assert re.search(r"Woonkracht\s+ontvangt geen Politiegegevens", doorwerking)
    assert "niet deel aan het deel van een Casusoverleg waarin Politiegegevens" in doorwerking
    grondslag = one(d, "Grondslag")
    # one basis for the woningcorporatie, not a public task and a contract at once
    woonkracht = re.search(r"Woonkracht: ([^;]*)", grondslag)
    assert woonkracht and "onder e" not in woonkracht.group(1)
    assert "huurovereenkomst" not in woonkracht.group(1)


def test_9_6_a_casusregisseur_employed_by_a_non_recipient_is_a_fout(tmp_path: Path) -> None:
    text = (CONFIGS / "fryslan.yaml").read_text(encoding="utf-8")
    text = text.replace("  procesregisseur:\n    werkgever: gemeente-leeuwarden",
                        "  procesregisseur:\n    werkgever: woonkracht", 1)
    assert "werkgever: woonkracht" in text
    res = run_cli("check", write_region(tmp_path, text, "fryslan.yaml"))
    assert res.code == 1 and "Woonkracht" in res.out and "politiegegevens" in res.out.lower()


# --- 9.7 mandates in the signature blocks and in Bijvoegsel 5 ------------------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_9_7_every_mandate_in_bijvoegsel_5_and_at_the_signature(built: Path,
                                                               region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    paras = docx_paragraphs(built / region / "convenant.docx")
    signatures = " ".join(t for s, t in paras if s == "Ondertekening")
    annex = one(sections(built / region / "convenant.docx"), "Nadere toelichting op mandaat")
    parties = {p.id for p in cfg.partners}
    for m in cfg.mandates:
        assert m.decision
        if m.mandator not in parties:
            continue  # a joining organisation's volmacht: on its toetredingsformulier
        assert m.decision.reference in annex, m.decision.reference
        if "ondertekening" in m.scope:
            assert f"krachtens {m.kind} van" in signatures
            assert m.decision.reference in signatures


# --- text defects -------------------------------------------------------------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_text_no_rule_codes_and_no_person_in_a_definition(built: Path, region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    for docx in (built / region).glob("*.docx"):
        if docx.stem == "verantwoording":
            continue
        text = " ".join(t for _, t in docx_paragraphs(docx))
        assert not re.search(r"\b(PA|KZ|BT|GR|A20|SET|DOC|PE|WGS|LAW)-\d{2}\b", text), docx.name
        assert "bewust afgeweken" not in text
    adviser = cfg.person(cfg.zvh.privacy_adviser)
    assert adviser
    for docx in protocol_files(built, region):
        assert adviser.name not in one(sections(docx), "Definities")  # the function, not him


def test_text_single_municipality_statement_speaks_of_one_gemeente(built: Path) -> None:
    html = plain((built / "den-bosch" / "privacyverklaring.html").read_text(encoding="utf-8"))
    assert "samenwerkingsverband van de gemeente ’s-Hertogenbosch" in html
    assert "van gemeenten" not in html and "woningcorporatie" not in html


def test_text_the_verantwoording_holds_what_the_instruments_do_not(built: Path) -> None:
    text = norm(pdf_text(built / "fryslan" / "verantwoording.pdf"))
    assert "Verantwoording" in text
    for w in load_config(CONFIGS / "fryslan.yaml").config.workprocesses:
        assert w.name in text
    assert "juridische analyse" in text.lower()


# --- behaviour ----------------------------------------------------------------------------------

def test_behaviour_police_without_an_artikel20_section_builds_and_says_why(tmp_path: Path) -> None:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
    text = text[:text.index("artikel20:")]
    res = run_cli("build", write_region(tmp_path, text, "den-bosch.yaml"), "--out",
                  tmp_path / "out", "--format", "docx")
    assert res.code == 1, res.text  # a concept with fouten, not a template error
    assert "concept met" in res.out and "A20-01" in res.out
    assert "Traceback" not in res.text and "sjabloon" not in res.text
    assert (tmp_path / "out" / "den-bosch" / "artikel20-beslissing.docx").exists()


def test_behaviour_a_concept_with_fouten_says_so_and_lists_them(tmp_path: Path) -> None:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
        "  datalek_melding_uren: 24", "  datalek_melding_uren: 72")
    res = run_cli("build", write_region(tmp_path, text, "den-bosch.yaml"), "--out",
                  tmp_path / "out", "--format", "docx")
    assert res.code == 1
    assert re.search(r"concept met \d+ fout", res.out) and "BT-05" in res.out
    assert "✓" not in res.out.splitlines()[0]


# --- same fact, two places ----------------------------------------------------------------------

def test_same_fact_signatory_and_burgemeester_are_one_person(built: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    a20 = " ".join(t for _, t in docx_paragraphs(built / "fryslan" / "artikel20-beslissing.docx"))
    conv = " ".join(t for _, t in docx_paragraphs(built / "fryslan" / "convenant.docx"))
    for g in cfg.municipalities:
        mayor = cfg.person(g.mayor)
        assert mayor and mayor.name in a20 and mayor.name in conv


def test_same_fact_placeholder_names_are_open_points(tmp_path: Path) -> None:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
        "naam: mr. S. Kuipers", "naam: N.N.").replace("status: concept", "status: definitief")
    res = run_cli("build", write_region(tmp_path, text, "den-bosch.yaml"), "--out",
                  tmp_path / "out")
    assert res.code == 1 and "open punt" in res.text.lower() and "N.N." in res.text
    assert not (tmp_path / "out" / "den-bosch").exists()
