"""The rule engine: every rule is violated once (config or rendered-document fixture) and
reported with its code and location; the clean example configs report none of them."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from tests.conftest import CONFIGS, REGIONS, run_cli

from protocolmaker.checks import catalog, run_checks
from protocolmaker.checks.engine import Finding
from protocolmaker.config import load_config
from protocolmaker.config.loader import LoadedConfig, load_raw
from protocolmaker.documents import DocumentSet, compose_set
from protocolmaker.model.document import Cite, Open, Paragraph, Ref, Term, Text
from protocolmaker.model.law import Citation

Mutation = Callable[[dict[str, Any]], None]


def raw(region: str) -> dict[str, Any]:
    data, _ = load_raw(CONFIGS / f"{region}.yaml")
    return copy.deepcopy(data)


def write(tmp: Path, data: dict[str, Any], name: str = "regio.yaml") -> Path:
    """The merged config as one self-contained YAML file."""
    data = {k: v for k, v in data.items() if k != "extends"}
    path = tmp / name
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(json.loads(json.dumps(data, default=str)), fh)
    return path


def findings_for(tmp: Path, data: dict[str, Any]) -> list[Finding]:
    return run_checks(load_config(write(tmp, data)))


def idx(data: dict[str, Any], party_id: str) -> int:
    return next(i for i, p in enumerate(data["partijen"]) if p["id"] == party_id)


def add_party(data: dict[str, Any], **party: Any) -> None:
    data["partijen"].append(party)


def drop_party(data: dict[str, Any], party_id: str) -> None:
    """Remove a party and everything that names it (its people, mandates, Stuurgroep seat)."""
    data["partijen"] = [p for p in data["partijen"] if p["id"] != party_id]
    sg = data["gremia"]["stuurgroep"]
    sg["leden"] = [m for m in sg["leden"] if m["partij"] != party_id]
    data["mandaten"] = [m for m in data.get("mandaten", []) if m["mandaatgever"] != party_id]
    gone = {p["id"] for p in data.get("personen", []) if p.get("organisatie") == party_id}
    data["personen"] = [p for p in data.get("personen", []) if p["id"] not in gone]
    a20 = data.get("artikel20") or {}
    if a20.get("officier_van_justitie") in gone:
        del a20["officier_van_justitie"]
    lk = data.get("wettelijk_kader") or {}
    for key in ("contactpunt", "coordinerend_fg"):
        if lk.get(key) == party_id:
            del lk[key]


def person_index(data: dict[str, Any], person_id: str) -> int:
    return next(i for i, p in enumerate(data["personen"]) if p["id"] == person_id)


@pytest.fixture(scope="module")
def clean() -> dict[str, list[Finding]]:
    return {r: run_checks(load_config(CONFIGS / f"{r}.yaml")) for r in REGIONS}


def test_both_examples_have_no_fout(clean: dict[str, list[Finding]]) -> None:
    for region, found in clean.items():
        assert [f.rule.code for f in found if f.counts] == [], region


def test_catalog_is_complete_and_documented() -> None:
    rules = catalog()
    assert len(rules) >= 80
    codes = [r.code for r in rules]
    assert len(codes) == len(set(codes))
    for r in rules:
        assert r.severity in ("fout", "waarschuwing")
        assert r.explanation and r.title and r.source
        # every rule names where it comes from: a seed line, the digest, an issue, the law
        assert any(k in r.source for k in (":", "digest", "protocolmaker", "issue", "WGS",
                                           "Wpg", "BWBR", "Aanwijzingen", "catalogus")), r.code


# --- level 1: config rules --------------------------------------------------------------------

def _set(path: list[str | int], value: Any) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node.setdefault(key, {}) if isinstance(key, str) else node[key]
        node[path[-1]] = value
    return mutate


def _del(path: list[str | int]) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        node: Any = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


def _all(*ms: Mutation) -> Mutation:
    def mutate(d: dict[str, Any]) -> None:
        for m in ms:
            m(d)
    return mutate


WONING = {"id": "wooncorp", "soort": "woningcorporatie", "naam": "Woonstichting De Brug"}

def _only_base_process(d: dict[str, Any]) -> None:
    """One explicit werkproces that names the original parties only."""
    d["werkprocessen"] = [{"id": "complex", "naam": "Complexe casuïstiek",
                           "functies": ["complexe-casuistiek"],
                           "partijen": [p["id"] for p in d["partijen"]]}]


def _first_mandate(scope: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def find(d: dict[str, Any]) -> dict[str, Any]:
        return next(m for m in d["mandaten"] if m["reikwijdte"] == scope
                    or scope in m["reikwijdte"])
    return find


CONFIG_CASES: dict[str, tuple[str, Mutation, str]] = {
    # code: (region, mutation, expected field path prefix)
    "PA-01": ("den-bosch", _set(["partijen", 3, "avg_grondslag"], []), "partijen.3"),
    "PA-02": ("den-bosch", lambda d: add_party(d, **WONING, avg_grondslag=["e"]), "partijen.7"),
    "PA-03": ("den-bosch", _set(["partijen", 0, "avg_grondslag"], ["f"]), "partijen.0"),
    "PA-04": ("den-bosch", lambda d: add_party(d, id="shn", soort="slachtofferhulp",
                                               naam="Slachtofferhulp Nederland",
                                               avg_grondslag=["e"]), "partijen.7"),
    "PA-05": ("den-bosch", _all(_only_base_process, lambda d: add_party(d, **WONING)),
              "partijen.7.soort"),
    "PA-06": ("den-bosch", lambda d: add_party(d, id="halt", soort="halt", naam="Stichting Halt"),
              "partijen.7"),
    "PA-07": ("fryslan", _del(["partijen", 1, "burgemeester"]), "partijen.1"),
    "PA-08": ("den-bosch", lambda d: add_party(d, id="politie2", soort="politie",
                                               eenheid="Limburg"), "partijen.7.soort"),
    "PA-09": ("den-bosch", lambda d: drop_party(d, "om"), "partijen"),
    "PA-10": ("den-bosch", _set(["partijen", 6, "naam"], "Stichting Reclassering Nederland"),
              "partijen.6.naam"),
    "PE-01": ("den-bosch", lambda d: d["mandaten"].remove(
        next(m for m in d["mandaten"] if m["mandaatgever"] == "reclassering")),
              "partijen.5.vertegenwoordiger"),
    "PE-02": ("den-bosch", _set(["personen", 0, "organisatie"], "om"), "partijen.0"),
    "PE-03": ("den-bosch", _all(lambda d: d["personen"].append(
        {"id": "de-haan", "naam": "J. de Haan", "functie": "burgemeester van ’s-Hertogenbosch",
         "organisatie": "gemeente-den-bosch"}),
        _set(["partijen", 0, "vertegenwoordiger"], "de-haan")), "partijen.0.vertegenwoordiger"),
    "PE-04": ("den-bosch", _set(["personen", 0, "naam"], "N.N."), "personen.0.naam"),
    "PE-05": ("den-bosch", _set(["mandaten", 0, "besluit", "datum"], "2027-06-01"),
              "mandaten.0.besluit.datum"),
    "PE-06": ("den-bosch", lambda d: d["gremia"]["stuurgroep"]["leden"].append(
        {"functie": "voorzitter", "partij": "gemeente-den-bosch",
         "aangewezen_door": "gemeente-den-bosch"}), "gremia.stuurgroep.leden.4.functie"),
    "PE-07": ("den-bosch", lambda d: _first_mandate("stuurgroep")(d).__setitem__(
        "reikwijdte", ["ondertekening", "artikel20"]), "gremia.stuurgroep.leden.3"),
    "PE-08": ("den-bosch", _set(["artikel20", "ontvangers"],
                                ["om", "rvdk", "veilig-thuis", "reclassering", "ggz"]),
              "gremia.procesregisseur.werkgever"),
    "PE-09": ("den-bosch", lambda d: d["personen"][person_index(d, "de-wit")].__setitem__(
        "organisatie", "om"), "mandaten.0.gemandateerde"),
    "GR-01": ("den-bosch", _del(["partijen", 0, "burgemeester"]), "zvh.beheersgemeente"),
    "GR-02": ("den-bosch", _del(["gremia", "stuurgroep", "leden", 0, "aangewezen_door"]),
              "gremia.stuurgroep.leden.0"),
    "GR-03": ("fryslan", lambda d: d["mandaten"].remove(_first_mandate("partneroverleg")(d)),
              "partijen."),
    "GR-04": ("den-bosch", _set(["gremia", "partneroverleg", "gezamenlijke_vertegenwoordiging"],
                                {"afgevaardigde_gemeente": "gemeente-den-bosch"}),
              "gremia.partneroverleg.gezamenlijke_vertegenwoordiging"),
    "GR-05": ("den-bosch", _del(["gremia", "manager", "organisatie"]), "gremia.manager"),
    "GR-06": ("den-bosch", _set(["mandaten", 0, "omschrijving"],
                                "de verwerkingsverantwoordelijkheid voor casusgegevens"),
              "mandaten.0.omschrijving"),
    "GR-07": ("den-bosch", _del(["mandaten", 0, "besluit"]), "mandaten.0"),
    "GR-08": ("den-bosch", _set(["mandaten", 0, "gemandateerde_partij"], "politie"),
              "mandaten.0.gemandateerde_partij"),
    "GR-09": ("den-bosch", _set(["mandaten"], []), "mandaten"),
    "GR-10": ("den-bosch", _del(["gremia", "informatiebeveiliging"]), "gremia"),
    "GR-11": ("den-bosch", _set(["privacy", "coordinator"], None), "privacy"),
    "GR-12": ("den-bosch", _del(["zvh", "privacyadviseur"]), "zvh"),
    "BT-01": ("den-bosch", _set(["bewaartermijnen", "archief_tot_maanden"], 3), "bewaartermijnen"),
    "BT-02": ("den-bosch", _set(["bewaartermijnen", "vernietiging_uiterlijk_maanden"], 18),
              "bewaartermijnen.vernietiging_uiterlijk_maanden"),
    "BT-03": ("den-bosch", _set(["bewaartermijnen", "beperkte_toegang_maanden"], 9),
              "bewaartermijnen.beperkte_toegang_maanden"),
    "BT-04": ("den-bosch", _set(["bewaartermijnen", "herbeoordeling_maanden"], 9),
              "bewaartermijnen.herbeoordeling_maanden"),
    "BT-05": ("den-bosch", _set(["termijnen", "datalek_melding_uren"], 60),
              "termijnen.datalek_melding_uren"),
    "BT-06": ("den-bosch", _set(["termijnen", "inzage_weken"], 6), "termijnen.inzage_weken"),
    "BT-07": ("den-bosch", _set(["termijnen", "correctie_weken"], 6), "termijnen.correctie_weken"),
    "BT-08": ("den-bosch", _set(["termijnen", "verzet_weken"], 6), "termijnen.verzet_weken"),
    "KZ-01": ("fryslan", _set(["werkprocessen", 1, "functies"], ["complexe-casuistiek"]),
              "werkprocessen"),
    "KZ-02": ("den-bosch", _set(["keuzes", "extra_functies"],
                                [{"id": "nazorg-jeugd", "omschrijving": "Nazorg jeugd"}]),
              "keuzes.extra_functies"),
    "KZ-03": ("den-bosch", _del(["keuzes", "looptijd"]), "keuzes"),
    "KZ-04": ("den-bosch", _all(_del(["keuzes", "looptijd"]),
                                _set(["keuzes", "looptijd"], {"tot": "2026-01-01"})),
              "keuzes.looptijd.tot"),
    "KZ-05": ("den-bosch", _set(["keuzes", "ondertekeningsdatum"], "2026-01-01"),
              "keuzes.ondertekeningsdatum"),
    "KZ-06": ("fryslan", _set(["werkprocessen", 1, "functies"], []), "werkprocessen.1"),
    "KZ-07": ("fryslan", _del(["werkprocessen", 1, "doel"]), "werkprocessen.1"),
    "KZ-08": ("den-bosch", _set(["privacy", "categorieen_betrokkenen"], [
        {"omschrijving": "Personen op wie het plan van aanpak is gericht",
         "persoonsgegevens": ["naam"], "bijzondere_gegevens": ["geen"],
         "strafrechtelijke_gegevens": ["geen"]}]), "privacy.categorieen_betrokkenen.0"),
    "WGS-01": ("den-bosch", _del(["wettelijk_kader", "wgs"]), "wettelijk_kader"),
    "WGS-02": ("den-bosch", _del(["wettelijk_kader", "contactpunt"]), "wettelijk_kader"),
    "WGS-03": ("den-bosch", _set(["wettelijk_kader", "contactpunt"], "ggz"),
               "wettelijk_kader.contactpunt"),
    "WGS-04": ("den-bosch", _del(["wettelijk_kader", "coordinerend_fg"]), "wettelijk_kader"),
    "WGS-05": ("fryslan", _set(["werkprocessen", 0, "derden"], []), "werkprocessen.0"),
    "WGS-06": ("den-bosch", _del(["wettelijk_kader", "artikel20_naast_wgs"]), "wettelijk_kader"),
    "WGS-07": ("fryslan", lambda d: d["werkprocessen"][1]["partijen"].append("ggz") or
               d["werkprocessen"][1]["derden"].remove("ggz"), "werkprocessen.1"),
    "A20-01": ("den-bosch", _del(["artikel20"]), "partijen"),
    "A20-02": ("den-bosch", _set(["artikel20", "gegevenscategorieen"], [8, 9, 13]),
               "artikel20.gegevenscategorieen"),
    "A20-03": ("den-bosch", _set(["artikel20", "ontvangers"], ["politie", "om"]),
               "artikel20.ontvangers.0"),
    "A20-04": ("den-bosch", _del(["artikel20", "officier_van_justitie"]), "artikel20"),
    "A20-05": ("den-bosch", lambda d: d["personen"][person_index(d, "de-wit")].__setitem__(
        "functie", "politiechef van de eenheid Limburg"), "personen.1.functie"),
    "A20-06": ("den-bosch", lambda d: d["personen"][person_index(d, "hendriks")].__setitem__(
        "functie", "officier van justitie, arrondissementsparket Limburg"), "personen.3.functie"),
    "A20-07": ("den-bosch", lambda d: drop_party(d, "politie"), "artikel20"),
    "A20-08": ("den-bosch", _set(["artikel20", "datum"], "2026-12-01"), "artikel20.datum"),
    "A20-09": ("den-bosch", _all(_set(["document", "status"], "definitief"),
                                 _del(["artikel20", "kenmerk"])), "artikel20"),
    "AFW-01": ("den-bosch", _set(["afwijkingen"], [{"regel": "XX-99", "reden": "test"}]),
               "afwijkingen.0.regel"),
}


@pytest.mark.parametrize("code", sorted(CONFIG_CASES))
def test_config_rule_violated_and_repaired(code: str, tmp_path: Path,
                                           clean: dict[str, list[Finding]]) -> None:
    region, mutate, where = CONFIG_CASES[code]
    data = raw(region)
    mutate(data)
    hits = [f for f in findings_for(tmp_path, data) if f.rule.code == code]
    assert hits, f"{code} meldt niets"
    assert any(f.location and f.location.path.startswith(where) and f.location.line
               for f in hits), [str(f.location) + " " + (f.location.path if f.location else "")
                                for f in hits]
    assert code not in {f.rule.code for f in clean[region]}  # the repaired config passes


# --- levels 2 and 3: rendered-document fixtures -------------------------------------------------

def _doc(s: DocumentSet, kind: str):  # type: ignore[no-untyped-def]
    return next(d for sp, d in s if sp.kind == kind)


def _append_text(s: DocumentSet, kind: str, text: str) -> None:
    doc = _doc(s, kind)
    doc.articles[1].leden[0].content.append(Text(text))


def _drop_party_line(s: DocumentSet) -> None:
    sec = _doc(s, "privacyprotocol").sections[0]
    first = next(b for b in sec.blocks if isinstance(b, Paragraph) and b.kind == "party")
    sec.blocks.remove(first)


def _rename_recipient(s: DocumentSet) -> None:
    art = next(a for a in _doc(s, "artikel20").articles if a.key == "ontvangers")
    art.leden[0].items[0].content[:] = [Text("Stichting Onbekend;")]


def _drop_a20(s: DocumentSet) -> None:
    s.items[:] = [(sp, d) for sp, d in s.items if sp.kind != "artikel20"]


def _retitle_protocol(s: DocumentSet) -> None:
    s.items[:] = [(dataclasses.replace(sp, label="Ander Protocol") if sp.kind == "privacyprotocol"
                   else sp, d) for sp, d in s.items]


def _edit_lid(s: DocumentSet, kind: str, key: str, old: str, new: str) -> None:
    doc = _doc(s, kind)
    art = next(a for a in doc.articles if a.key == key)
    n = 0
    for lid in art.leden:
        for spans in [lid.content, *(i.content for i in lid.items)]:
            for i, span in enumerate(spans):
                if isinstance(span, Text) and old in span.text:
                    spans[i] = Text(span.text.replace(old, new))
                    n += 1
    assert n, f"{old!r} niet gevonden in {kind}/{key}"


def _edit_annex(s: DocumentSet, kind: str, old: str, new: str) -> None:
    doc = _doc(s, kind)
    for annex in doc.annexes:
        for b in annex.blocks:
            if isinstance(b, Paragraph):
                for i, span in enumerate(b.content):
                    if isinstance(span, Text) and old in span.text:
                        b.content[i] = Text(span.text.replace(old, new))
                        return
    raise AssertionError(old)


def _drop_statement_party(s: DocumentSet) -> None:
    sec = next(x for x in _doc(s, "privacyverklaring").sections if x.key == "wie")
    bullets = [b for b in sec.blocks if isinstance(b, Paragraph) and b.kind == "bullet"]
    sec.blocks.remove(bullets[-1])


def _definitief_with_open_point(s: DocumentSet) -> None:
    doc = _doc(s, "convenant")
    doc.meta = dataclasses.replace(doc.meta, status="definitief")
    doc.articles[0].leden[0].content.append(Open("naam partij"))


def _definitief_with_notes(s: DocumentSet) -> None:
    doc = _doc(s, "convenant")
    doc.meta = dataclasses.replace(doc.meta, status="definitief")
    doc.show_notes = True


def _drop_signature(s: DocumentSet) -> None:
    doc = _doc(s, "convenant")
    doc.closing.remove(doc.signatures()[-1])


def _drop_a20_signature(s: DocumentSet) -> None:
    doc = _doc(s, "artikel20")
    doc.closing.remove(doc.signatures()[1])


def _number_gap(s: DocumentSet) -> None:
    _doc(s, "convenant").articles[4].number = "6"


def _orphan_annex(s: DocumentSet) -> None:
    from protocolmaker.model.document import Annex
    _doc(s, "convenant").annexes.append(Annex("los", "Los bijvoegsel", number="6"))


def _twice_defined(s: DocumentSet) -> None:
    _doc(s, "convenant").articles[0].leden[1].content.append(Term("Casus"))


def _unused_term(s: DocumentSet) -> None:
    _doc(s, "convenant").articles[0].leden[1].content.append(Term("Kwartiermaker"))


def _undefined_capital(s: DocumentSet) -> None:
    _append_text(s, "artikel20", " Het Casusoverleg besluit.")


def _unlink(s: DocumentSet, kind: str, key: str) -> None:
    """Replace every reference in an article by plain text (the link to the Convenant is gone)."""
    art = next(a for a in _doc(s, kind).articles if a.key == key)
    for lid in art.leden:
        lid.content[:] = [Text("de looptijd") if isinstance(x, Ref) else x for x in lid.content]


def _rename_zvh(s: DocumentSet, kind: str) -> None:
    doc = _doc(s, kind)
    zvh = doc.meta.zvh_name
    doc.title = "Privacyverklaring"
    for sec in doc.sections:
        for b in sec.blocks:
            if isinstance(b, Paragraph):
                b.content[:] = [Text(t.text.replace(zvh, "het huis")) if isinstance(t, Text)
                                else t for t in b.content]


def _external_unknown(s: DocumentSet) -> None:
    _doc(s, "convenant").articles[1].leden[0].content.append(Ref("x", doc="onbekend"))


def _police_categories_in_annex(s: DocumentSet, text: str) -> None:
    """Replace the cited police categories in protocol Bijvoegsel 4 by typed text."""
    annex = next(a for a in _doc(s, "privacyprotocol").annexes
                 if a.key == "categorieen-betrokkenen")
    for b in annex.blocks:
        if isinstance(b, Paragraph) and any(isinstance(x, Cite) for x in b.content):
            b.content[:] = [Text(text)]
            return
    raise AssertionError("geen aangehaalde politiegegevens in Bijvoegsel 4")


def _duplicate_item(s: DocumentSet) -> None:
    lid = _doc(s, "convenant").articles[1].leden[1]
    lid.items.append(copy.deepcopy(lid.items[0]))


def _empty_annex(s: DocumentSet) -> None:
    annex = next(a for a in _doc(s, "convenant").annexes if a.key == "werkproces")
    annex.blocks[:] = [Paragraph("p", [Text("Het Werkproces wordt later vastgesteld.")])]


def _ambiguous_reference(s: DocumentSet) -> None:
    _doc(s, "privacyprotocol").articles[1].leden[0].content.extend(
        [Text(" ingevolge "), Ref("documentatie"), Text(" en "),
         Cite(Citation("wjsg", ("39j",)))])


def _missing_comma(s: DocumentSet) -> None:
    _doc(s, "convenant").articles[1].leden[0].content.extend(
        [Text(" Zie "), Ref("fn-casusoverleg"), Text(" vastgestelde werkwijze.")])


DOC_CASES: dict[str, tuple[str, Callable[[DocumentSet], None]]] = {
    "SET-01": ("den-bosch", _drop_party_line),
    "SET-02": ("fryslan", _drop_a20_signature),
    "SET-03": ("den-bosch", _rename_recipient),
    "SET-04": ("den-bosch", _drop_a20),
    "SET-05": ("den-bosch", lambda s: setattr(_doc(s, "convenant"), "title", "Ander convenant")),
    "SET-06": ("den-bosch", _retitle_protocol),
    "SET-07": ("den-bosch", lambda s: _edit_lid(s, "privacyprotocol", "bewaren",
                                                "uiterlijk binnen", "uiterlijk na")),
    "SET-08": ("den-bosch", lambda s: _unlink(s, "artikel20", "duur")),
    "SET-09": ("den-bosch", lambda s: _police_categories_in_annex(
        s, "politiegegevens als bedoeld in de artikelen 8, 9 en 13 Wpg")),
    "SET-10": ("den-bosch", lambda s: _edit_lid(s, "privacyprotocol", "beveiliging",
                                                "’s-Hertogenbosch", "Oss")),
    "SET-11": ("den-bosch", lambda s: _rename_zvh(s, "privacyverklaring")),
    "SET-12": ("den-bosch", _drop_statement_party),
    "DOC-01": ("den-bosch", _number_gap),
    "DOC-02": ("den-bosch", lambda s: _append_text(s, "convenant", " Zie artikel 31.")),
    "DOC-03": ("den-bosch", _orphan_annex),
    "DOC-04": ("den-bosch", _twice_defined),
    "DOC-05": ("den-bosch", _unused_term),
    "DOC-06": ("den-bosch", _undefined_capital),
    "DOC-07": ("den-bosch", _definitief_with_open_point),
    "DOC-08": ("den-bosch", _definitief_with_notes),
    "DOC-09": ("den-bosch", _drop_signature),
    "DOC-10": ("den-bosch", lambda s: _append_text(s, "convenant", " zoals in Bijlage 2.")),
    "DOC-11": ("den-bosch", lambda s: _append_text(s, "privacyprotocol", " [Naam Partij]")),
    "DOC-12": ("den-bosch", _external_unknown),
    "DOC-13": ("den-bosch", lambda s: _append_text(s, "convenant",
                                                   " De voorzitter kan de het college vragen.")),
    "DOC-14": ("den-bosch", lambda s: _append_text(
        s, "privacyprotocol", " Zie artikel 2 van het Convenant van het Convenant.")),
    "DOC-15": ("den-bosch", _duplicate_item),
    "DOC-16": ("den-bosch", _empty_annex),
    "DOC-17": ("den-bosch", _ambiguous_reference),
    "DOC-18": ("den-bosch", lambda s: _append_text(s, "convenant",
                                                   " Dit volgt uit de Jeugdwet.")),
    "DOC-19": ("den-bosch", _missing_comma),
    "LAW-01": ("den-bosch", lambda s: _doc(s, "convenant").articles[1].leden[0].content.append(
        Cite(Citation("bopz")))),
}


@pytest.fixture(scope="module")
def loaded() -> dict[str, LoadedConfig]:
    return {r: load_config(CONFIGS / f"{r}.yaml") for r in REGIONS}


@pytest.mark.parametrize("code", sorted(DOC_CASES))
def test_document_rule_violated_and_repaired(code: str, loaded: dict[str, LoadedConfig],
                                             clean: dict[str, list[Finding]]) -> None:
    region, tamper = DOC_CASES[code]
    docs = compose_set(loaded[region].config)
    tamper(docs)
    hits = [f for f in run_checks(loaded[region], docs, levels=(2, 3)) if f.rule.code == code]
    assert hits, f"{code} meldt niets"
    assert all(f.document or f.location for f in hits)
    assert code not in {f.rule.code for f in clean[region]}


def test_every_rule_has_a_violation_test() -> None:
    tested = set(CONFIG_CASES) | set(DOC_CASES)
    assert {r.code for r in catalog()} == tested


# --- interface ----------------------------------------------------------------------------------

PLANTED: dict[str, Mutation] = {
    "BT-02": _set(["bewaartermijnen", "vernietiging_uiterlijk_maanden"], 24),
    "BT-05": _set(["termijnen", "datalek_melding_uren"], 72),
    "A20-02": _set(["artikel20", "gegevenscategorieen"], [8, 10, 13]),
    "A20-03": _set(["artikel20", "ontvangers"], ["politie"]),
    "PA-04": lambda d: add_party(d, id="shn", soort="slachtofferhulp",
                                 naam="Slachtofferhulp Nederland", avg_grondslag=["e"]),
    "PA-03": _set(["partijen", 1, "avg_grondslag"], ["f"]),
    "GR-01": _del(["partijen", 0, "burgemeester"]),
    "GR-06": _set(["mandaten", 0, "omschrijving"], "verwerkingsverantwoordelijkheid politie"),
    "KZ-04": _all(_del(["keuzes", "looptijd"]), _set(["keuzes", "looptijd"],
                                                     {"tot": "2025-12-31"})),
    "BT-06": _set(["termijnen", "inzage_weken"], 8),
}


def test_ten_planted_inconsistencies_each_reported_by_check(tmp_path: Path) -> None:
    clean_res = run_cli("check", CONFIGS / "den-bosch.yaml", "--format", "json")
    clean_codes = {f["regel"] for r in json.loads(clean_res.out)["resultaten"]
                   for f in r["bevindingen"]}
    assert clean_res.code == 0
    paths = []
    for i, (code, mutate) in enumerate(PLANTED.items()):
        data = raw("den-bosch")
        mutate(data)
        paths.append((code, write(tmp_path, data, f"plant{i}.yaml")))
    res = run_cli("check", *(p for _, p in paths), "--format", "json")
    report = json.loads(res.out)
    assert res.code == 1 and report["exitcode"] == 1
    for (code, path), result in zip(paths, report["resultaten"], strict=True):
        assert result["bestand"].endswith(path.name)
        found = {f["regel"]: f for f in result["bevindingen"]}
        assert code in found and code not in clean_codes, code
        assert found[code]["regelnummer"], code


def test_check_text_report_and_deviation_printed(tmp_path: Path) -> None:
    res = run_cli("check", CONFIGS / "fryslan.yaml")
    assert res.code == 0 and "geldig, geen bevindingen" in res.out
    data = raw("fryslan")
    del next(p for p in data["partijen"] if p["id"] == "woonkracht")["juridische_analyse"]
    data["afwijkingen"] = [{"regel": "PA-06", "reden": "De juridische analyse voor Woonkracht "
                                                       "volgt in december."}]
    res = run_cli("check", write(tmp_path, data, "fryslan.yaml"))
    assert res.code == 0
    assert "PA-06" in res.out and "bewust afgeweken: De juridische analyse" in res.out
    assert "fryslan.yaml:" in res.out


def test_deviation_accepts_a_fout_and_stays_out_of_the_instruments(tmp_path: Path) -> None:
    data = raw("den-bosch")
    data["termijnen"]["inzage_weken"] = 6
    res = run_cli("check", write(tmp_path, data, "a.yaml"))
    assert res.code == 1 and "BT-06" in res.out
    data["afwijkingen"] = [{"regel": "BT-06", "reden": "Landelijke afspraak met het OM."}]
    path = write(tmp_path, data, "b.yaml")
    res = run_cli("check", path)
    assert res.code == 0, res.out
    assert "bewust afgeweken: Landelijke afspraak met het OM." in res.out
    data["document"]["status"] = "definitief"
    path = write(tmp_path, data, "c.yaml")
    built = run_cli("build", path, "--out", tmp_path / "out", "--format", "docx")
    assert built.code == 0, built.text
    from tests.docs import docx_paragraphs
    instruments = [d for d in (tmp_path / "out/den-bosch").glob("*.docx")
                   if d.stem != "verantwoording"]
    assert len(instruments) == 3
    for doc in instruments:
        text = " ".join(t for _, t in docx_paragraphs(doc))
        # Rule codes of a tool do not belong in a legal instrument (issue 9).
        assert "BT-06" not in text and "protocolmaker" not in text, doc.name
    # ... they go into the verantwoording the Stuurgroep reads beside the set
    note = " ".join(t for _, t in docx_paragraphs(tmp_path / "out/den-bosch/verantwoording.docx"))
    assert "BT-06" in note and "Landelijke afspraak met het OM." in note


def test_build_refuses_definitief_with_a_fout(tmp_path: Path) -> None:
    data = raw("den-bosch")
    data["document"]["status"] = "definitief"
    data["bewaartermijnen"]["vernietiging_uiterlijk_maanden"] = 24
    res = run_cli("build", write(tmp_path, data), "--out", tmp_path / "out")
    assert res.code == 1
    assert "BT-02" in res.err and "fout" in res.err
    assert not (tmp_path / "out" / "den-bosch").exists()
    assert "Traceback" not in res.text


def test_regels_lists_the_catalog() -> None:
    res = run_cli("regels")
    assert res.code == 0
    for r in catalog():
        assert r.code in res.out and r.title in res.out
    js = json.loads(run_cli("regels", "--format", "json").out)
    assert {r["code"] for r in js} == {r.code for r in catalog()}
    assert all(r["bron"] for r in js)


_ = dt  # dates in configs are written as ISO strings
