"""The region config as a user meets it: `check`, `schema`, `init`, and every kind of bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML
from tests.conftest import CONFIGS, NATIONAL_BASE, REGIONS, run_cli, write_region

from protocolmaker.config import load_config
from protocolmaker.config.loader import load_raw
from protocolmaker.config.models import RegionConfig
from protocolmaker.errors import ConfigError

EXAMPLE = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
OWN_BASE = re.sub(r"(?m)^extends: .*$", "extends: _basis.yaml", EXAMPLE)
"""The example region on a base file of its own instead of the built-in national base."""


def test_every_example_region_is_valid() -> None:
    res = run_cli("check", CONFIGS)
    assert res.code == 0, res.text
    for region in REGIONS:
        assert f"configs/{region}.yaml" in res.out
    n = len(REGIONS)
    assert f"{n} configuratie(s) gecontroleerd: {n} in orde" in res.out
    assert "_basis" not in res.out  # base files are not regions


def test_large_example_has_the_whole_chain() -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    kinds = {p.kind for p in cfg.partners}
    assert len(cfg.municipalities) >= 10
    assert {"politie", "om", "rvdk", "veilig_thuis", "reclassering_nederland", "ggz",
            "ggd"} <= kinds
    assert any(not cfg.is_public(p) for p in cfg.partners if p.kind != "gemeente")


# --- unusable input: each class gives a located Dutch message, exit 2, no traceback ----------

BAD_FILES: dict[str, tuple[bytes, str, str]] = {
    # name: (content, expected message fragment, expected location)
    # an unclosed [ is placed where it opens (1:6), not where the parser gave up (2:5)
    "kapot": (b"zvh: [unclosed\n  - :\n", "wordt niet afgesloten met ‘]’", "kapot.yaml:1:6"),
    "binair": (b"\x00\x01\x02binary", "binair bestand", "binair.yaml"),
    "leeg": (b"", "het bestand is leeg", "leeg.yaml"),
    "alleen-commentaar": (b"# niets\n\n", "het bestand is leeg", "alleen-commentaar.yaml"),
    "latin1": (b"zvh:\n  naam: caf\xe9\n", "niet in UTF-8", "latin1.yaml:2"),
    "alias": (b"a: &x [1]\nb: *x\n", "anker", "alias.yaml:1:4"),
    "python-tag": (b"a: !!python/object/apply:os.system ['ls']\n", "YAML-tag",
                   "python-tag.yaml:1:4"),
    "dubbel": (b"zvh: 1\ndocument: 2\nzvh: 3\n", "sleutel ‘zvh’ komt twee keer voor",
               "dubbel.yaml:3:1"),
    "lijst": (b"- a\n- b\n", "sleutels met waarden", "lijst.yaml:1"),
    "apostrof": (b"zvh:\n  naam: 's-Hertogenbosch\n", "aanhalingsteken wordt niet afgesloten",
                 "apostrof.yaml:2:9"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_unusable_file_gives_located_dutch_message(tmp_path: Path, name: str) -> None:
    content, fragment, location = BAD_FILES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(content)
    res = run_cli("check", path.name, cwd=tmp_path)
    assert res.code == 2, res.text
    assert "Traceback" not in res.text
    assert fragment in res.out
    assert location in res.out


def test_missing_file_and_directory(tmp_path: Path) -> None:
    res = run_cli("check", "bestaat-niet.yaml", cwd=tmp_path)
    assert res.code == 2 and "bestand niet gevonden" in res.out and "Traceback" not in res.text
    (tmp_path / "leeg").mkdir()
    res = run_cli("check", "leeg", cwd=tmp_path)
    assert res.code == 2 and "in map leeg staan geen regioconfiguraties" in res.err
    assert "*.yaml en *.yml" in res.err  # says what was looked for


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "geheim.yaml"
    path.write_text(EXAMPLE, encoding="utf-8")
    path.chmod(0)
    try:
        if path.open("rb"):  # root can read anything; then this case cannot occur
            pytest.skip("running as root: files are always readable")
    except PermissionError:
        res = run_cli("check", path)
        assert res.code == 2 and "geen leesrechten" in res.out
    finally:
        path.chmod(0o644)


def _check(tmp_path: Path, text: str) -> tuple[int, str]:
    path = write_region(tmp_path, text)
    res = run_cli("check", path.name, cwd=tmp_path)
    assert "Traceback" not in res.text
    return res.code, res.out


def test_unknown_key_has_did_you_mean_and_line(tmp_path: Path) -> None:
    text = EXAMPLE.replace("    vergaderinterval_weken: 8", "    vergaderinterval_wekem: 8")
    code, out = _check(tmp_path, text)
    line = text.splitlines().index("    vergaderinterval_wekem: 8") + 1
    assert code == 2
    assert f"regio.yaml:{line}:5 [gremia.stuurgroep.vergaderinterval_wekem]" in out
    assert "onbekend veld" in out and "Bedoelde u ‘vergaderinterval_weken’?" in out


def test_wrong_choice_lists_valid_values(tmp_path: Path) -> None:
    code, out = _check(tmp_path, EXAMPLE.replace("soort: ggz", "soort: gzz"))
    assert code == 2
    assert "‘gzz’ is geen geldige waarde voor ‘soort’" in out
    assert "Bedoelde u ‘ggz’?" in out and "‘veilig_thuis’" in out


def test_wrong_type_and_date(tmp_path: Path) -> None:
    text = EXAMPLE.replace("datum: 2026-11-20", "datum: 20-11-2026").replace(
        "vergaderinterval_weken: 6", "vergaderinterval_weken: zes")
    code, out = _check(tmp_path, text)
    assert code == 2
    assert "[document.datum]: ‘datum’ moet een datum (JJJJ-MM-DD) zijn" in out
    assert "[gremia.partneroverleg.vergaderinterval_weken]" in out and "heel getal" in out


def test_missing_required_field(tmp_path: Path) -> None:
    code, out = _check(tmp_path, EXAMPLE.replace("  id: den-bosch\n", ""))
    assert code == 2 and "verplicht veld ‘id’ ontbreekt" in out and "[zvh.id]" in out


def test_out_of_range_and_pattern(tmp_path: Path) -> None:
    text = EXAMPLE.replace("datalek_melding_uren: 24", "datalek_melding_uren: 9600").replace(
        "id: den-bosch", "id: Den Bosch!")
    code, out = _check(tmp_path, text)
    assert code == 2
    assert "[termijnen.datalek_melding_uren]" in out and "hoogstens 720" in out
    assert "[zvh.id]" in out and "kleine letters" in out


def test_unknown_party_reference_is_located(tmp_path: Path) -> None:
    text = EXAMPLE.replace("    secretaris_partij: gemeente-den-bosch",
                           "    secretaris_partij: gemeente-denbosch")
    code, out = _check(tmp_path, text)
    line = text.splitlines().index("    secretaris_partij: gemeente-denbosch") + 1
    assert code == 2
    assert f"regio.yaml:{line}:5 [gremia.partneroverleg.secretaris_partij]" in out
    assert "Bedoelde u ‘gemeente-den-bosch’?" in out


def test_kind_specific_fields_are_required(tmp_path: Path) -> None:
    code, out = _check(tmp_path, EXAMPLE.replace("    eenheid: Oost-Brabant\n", ""))
    assert code == 2 and "(politie) mist ‘eenheid’" in out
    code, out = _check(tmp_path, EXAMPLE.replace("parket: Oost-Brabant", "parket: Utrecht"))
    assert code == 2 and "‘Utrecht’ is geen geldige waarde voor ‘parket’" in out


def test_overig_partner_needs_a_legal_basis(tmp_path: Path) -> None:
    extra = ("  - id: buurtwerk\n    soort: overig\n    naam: Stichting Buurtwerk\n"
             "    vestigingsplaats: Vught\n    adres: Markt 1, Vught\n")
    text = EXAMPLE.replace("\ngremia:", extra + "\ngremia:", 1)
    code, out = _check(tmp_path, text)
    assert code == 2 and "mist ‘grondslag’" in out
    text = text.replace("    adres: Markt 1, Vught\n",
                        "    adres: Markt 1, Vught\n    grondslag: toestemming (art. 6 lid 1 "
                        "sub a AVG)\n")
    code, out = _check(tmp_path, text)
    assert code == 0, out


def test_json_output_is_stable_and_machine_readable(tmp_path: Path) -> None:
    path = write_region(tmp_path, EXAMPLE.replace("soort: ggz", "soort: gzz"))
    res = run_cli("check", "--format", "json", path, CONFIGS / "fryslan.yaml")
    assert res.code == 2
    doc = json.loads(res.out)
    assert doc["schema_versie"] == 1 and doc["exitcode"] == 2
    bad, good = doc["resultaten"]
    assert bad["status"] == "onbruikbaar" and good["status"] == "geldig"
    problem = bad["problemen"][0]
    assert problem["veld"] == "partijen[6].soort" and problem["regel"] > 1
    assert set(problem) == {"bestand", "regel", "kolom", "veld", "melding", "hint"}


# --- extends ----------------------------------------------------------------------------------

def test_extends_merges_base_and_region_wins(tmp_path: Path) -> None:
    (tmp_path / "_basis.yaml").write_text(
        "termijnen:\n  inzage_weken: 3\n  correctie_weken: 2\n"
        "gremia:\n  stuurgroep:\n    informeert: [de raad]\n    jaarplan_termijn_weken: 5\n",
        encoding="utf-8")
    region = OWN_BASE.replace("termijnen:\n  datalek_melding_uren: 24",
                             "termijnen:\n  datalek_melding_uren: 24\n  correctie_weken: 4")
    (tmp_path / "r.yaml").write_text(region, encoding="utf-8")
    cfg = load_config(tmp_path / "r.yaml").config
    assert cfg.deadlines.access_weeks == 3  # from the base
    assert cfg.deadlines.correction_weeks == 4  # region wins
    assert cfg.deadlines.breach_report_hours == 24  # region only
    assert cfg.gremia.steering_group.annual_plan_notice_weeks == 5  # deep merge
    assert cfg.gremia.steering_group.informs == ["de gemeenteraad van ’s-Hertogenbosch"]


def test_errors_in_a_base_file_name_the_base_file(tmp_path: Path) -> None:
    (tmp_path / "_basis.yaml").write_text("termijnen:\n  inzage_weken: 99\n", encoding="utf-8")
    (tmp_path / "r.yaml").write_text(OWN_BASE, encoding="utf-8")
    res = run_cli("check", "r.yaml", cwd=tmp_path)
    assert res.code == 2 and "_basis.yaml:2:3 [termijnen.inzage_weken]" in res.out


def test_extends_cycle_and_missing_base(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("extends: b.yaml\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("extends: a.yaml\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="1 probleem") as exc:
        load_raw(tmp_path / "a.yaml")
    assert "kringetje" in exc.value.problems[0].message
    (tmp_path / "c.yaml").write_text("extends: _weg.yaml\n", encoding="utf-8")
    res = run_cli("check", "c.yaml", cwd=tmp_path)
    assert res.code == 2 and "c.yaml:1:1 [extends]" in res.out and "niet gevonden" in res.out


# --- schema -----------------------------------------------------------------------------------

def _merged(region: str) -> dict:
    data, _ = load_raw(CONFIGS / f"{region}.yaml")
    return json.loads(json.dumps(data, default=str))  # YAML dates as an editor sends them


def test_json_schema_is_valid_and_accepts_the_examples() -> None:
    res = run_cli("schema")
    assert res.code == 0
    schema = json.loads(res.out)
    jsonschema.Draft202012Validator.check_schema(schema)
    for region in REGIONS:
        jsonschema.validate(_merged(region), schema)
    # and it rejects what the model rejects
    bad = _merged("den-bosch")
    bad["partijen"][0]["soort"] = "gzz"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_json_schema_matches_the_model() -> None:
    schema = json.loads(run_cli("schema").out)
    assert set(schema["properties"]) == {f.alias for f in RegionConfig.model_fields.values()}
    kinds = schema["$defs"]["Partner"]["properties"]["soort"]["enum"]
    assert "slachtofferhulp" in kinds and "overig" in kinds
    assert all("description" in p for p in schema["$defs"]["Partner"]["properties"].values())


def test_schema_written_to_file_is_the_one_the_configs_point_to(tmp_path: Path) -> None:
    res = run_cli("schema", "--out", tmp_path / "s.json")
    assert res.code == 0
    committed = Path(CONFIGS.parent / "schema" / "regioconfig.schema.json")
    assert json.loads(committed.read_text(encoding="utf-8")) == \
        json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))


# --- the schema can express every group the issue lists (one test per group) ------------------

def _load_with(tmp_path: Path, patch: dict) -> RegionConfig:
    yaml = YAML(typ="safe")
    data = yaml.load(EXAMPLE)
    data.update(patch)
    path = tmp_path / "r.yaml"
    (tmp_path / "_basis.yaml").write_text(NATIONAL_BASE.read_text("utf-8"), "utf-8")
    with path.open("w", encoding="utf-8") as fh:
        YAML().dump(data, fh)
    return load_config(path).config


def test_group_zvh(tmp_path: Path) -> None:
    cfg = _load_with(tmp_path, {})
    z = cfg.zvh
    assert all((z.id, z.website, z.privacy_contact, z.privacy_adviser, z.managing_municipality))


def test_group_partners_with_kind_specific_fields(tmp_path: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    politie = cfg.of_kind("politie")[0]
    om = cfg.of_kind("om")[0]
    assert politie.police_unit == "Noord-Nederland" and om.parket == "Noord-Nederland"
    assert all(g.mayor for g in cfg.municipalities)
    woon = cfg.partner("woonkracht")
    assert woon.public is False and woon.abbreviation == "Woonkracht" and woon.seat


def test_group_gremia(tmp_path: Path) -> None:
    g = load_config(CONFIGS / "fryslan.yaml").config.gremia
    assert g.steering_group.meeting_interval_weeks and g.steering_group.members
    assert g.steering_group.escalation and g.steering_group.informs
    assert g.partner_meeting.secretary_party and g.partner_meeting.joint_representation
    assert g.manager.organisation and g.process_director.employer
    assert g.support_staff.provided_by and g.info_security.party


def test_group_mandates(tmp_path: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    scopes = {sc for m in cfg.mandates for sc in m.scope}
    assert {"artikel20", "partneroverleg", "ondertekening", "stuurgroep"} <= scopes
    korpschef = next(m for m in cfg.mandates if "artikel20" in m.scope)
    assert cfg.person(korpschef.mandatary_person).function.startswith("politiechef")
    assert korpschef.decision.reference and korpschef.decision.date
    # one value or a list: `reikwijdte: partneroverleg` is a list of one
    assert any(m.scope == ["partneroverleg"] for m in cfg.mandates)


def test_group_retention_and_deadlines(tmp_path: Path) -> None:
    cfg = _load_with(tmp_path, {"bewaartermijnen": {"beperkte_toegang_maanden": 3,
                                                    "vernietiging_uiterlijk_maanden": 9},
                                "termijnen": {"datalek_melding_uren": 8, "inzage_weken": 2}})
    assert cfg.retention.restricted_access_months == 3 and cfg.retention.destruction_months == 9
    assert cfg.deadlines.breach_report_hours == 8 and cfg.deadlines.access_weeks == 2


def test_group_choices(tmp_path: Path) -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    c = cfg.choices
    assert len(cfg.workprocesses) == 2 and c.extra_functions and c.duration.until
    assert c.signing_date
    c2 = _load_with(tmp_path, {"keuzes": {"looptijd": {"jaren": 5}}})
    assert c2.choices.duration.years == 5 and not c2.workprocesses


def test_group_article20(tmp_path: Path) -> None:
    cfg = _load_with(tmp_path, {"artikel20": {
        "gegevenscategorieen": [8, 9, 13], "noodzaak_motivering": "ernstig gevaar",
        "ontvangers": ["gemeente-den-bosch"], "voorwaarden": ["bronvermelding"],
        "zwaarwegend_algemeen_belang": "veiligheid", "officier_van_justitie": "hendriks",
        "kenmerk": "A20-1", "datum": "2027-02-01"}})
    a = cfg.article20
    assert list(a.categories) == [8, 9, 13] and a.necessity and a.recipients
    assert cfg.person(a.public_prosecutor).name == "mr. R. Hendriks" and a.reference


def test_group_document_metadata_and_deviations(tmp_path: Path) -> None:
    cfg = _load_with(tmp_path, {"document": {"versie": "2.0", "status": "definitief",
                                             "datum": "2027-01-01"},
                                "afwijkingen": [{"regel": "PP-011", "reden": "besproken"}]})
    assert cfg.document.status == "definitief" and cfg.deviations[0].rule == "PP-011"


# --- init -------------------------------------------------------------------------------------

def test_init_writes_a_starter_that_checks_clean(tmp_path: Path) -> None:
    (tmp_path / "_basis.yaml").write_text(NATIONAL_BASE.read_text("utf-8"), "utf-8")
    res = run_cli("init", "nieuw.yaml", cwd=tmp_path)
    assert res.code == 0 and (tmp_path / "nieuw.yaml").exists()
    assert run_cli("check", "nieuw.yaml", cwd=tmp_path).code == 0
    again = run_cli("init", "nieuw.yaml", cwd=tmp_path)
    assert again.code == 2 and "bestaat al" in again.err
