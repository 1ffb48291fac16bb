"""Region variants for the matrix test: the example configs with a kind of party taken out or
added, one or several werkprocessen, the other looptijd, another legal regime.

Every variant is a complete, signable config: removing a party also removes what pointed at it
(its people, mandates, Stuurgroep seats, werkproces memberships, Art. 20 recipients), so a
finding on a variant is a defect of the templates or rules, never of the variant.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from tests.conftest import CONFIGS

from protocolmaker.config.catalog import partner_kinds

Config = dict[str, Any]


def load(name: str) -> Config:
    return YAML(typ="safe").load((CONFIGS / f"{name}.yaml").read_text(encoding="utf-8"))


def dump(cfg: Config) -> str:
    out = io.StringIO()
    yaml = YAML(typ="safe")
    yaml.default_flow_style = False
    yaml.allow_unicode = True
    yaml.width = 4096
    yaml.dump(cfg, out)
    return out.getvalue()


def remove_parties(cfg: Config, ids: set[str]) -> Config:
    """The config without the parties `ids` and everything that refers to them."""
    cfg = copy.deepcopy(cfg)
    cfg["partijen"] = [p for p in cfg["partijen"] if p["id"] not in ids]
    gone_people = {p["id"] for p in cfg.get("personen", []) if p.get("organisatie") in ids}
    keep_people = {cfg.get("artikel20", {}).get("officier_van_justitie")} - {None}
    gone_people -= keep_people  # the OvJ is bevoegd gezag whether or not the OM takes part
    cfg["personen"] = [p for p in cfg.get("personen", []) if p["id"] not in gone_people]
    for p in cfg["personen"]:
        if p.get("organisatie") in ids:
            del p["organisatie"]
    cfg["mandaten"] = [m for m in cfg.get("mandaten", []) if m["mandaatgever"] not in ids
                       and m.get("gemandateerde") not in gone_people]
    steering = cfg.get("gremia", {}).get("stuurgroep", {})
    steering["leden"] = [m for m in steering.get("leden", []) if m.get("partij") not in ids
                         and m.get("aangewezen_door") not in ids
                         and m.get("persoon") not in gone_people]
    for w in cfg.get("werkprocessen", []):
        for key in ("partijen", "derden", "artikel20_ontvangers"):
            if key in w:
                w[key] = [r for r in w[key] if r not in ids]
    a20 = cfg.get("artikel20")
    if a20 and "ontvangers" in a20:
        a20["ontvangers"] = [r for r in a20["ontvangers"] if r not in ids]
    if not any(p["soort"] == "politie" for p in cfg["partijen"]):
        cfg.pop("artikel20", None)
        for w in cfg.get("werkprocessen", []):
            w.pop("artikel20_ontvangers", None)
        for m in cfg["mandaten"]:
            m["reikwijdte"] = [s for s in _scopes(m) if s != "artikel20"]
        cfg["mandaten"] = [m for m in cfg["mandaten"] if m["reikwijdte"]]
    return cfg


def _scopes(m: Config) -> list[str]:
    scope = m["reikwijdte"]
    return [scope] if isinstance(scope, str) else list(scope)


ADDED = {
    # kind → (name, function of the person who signs by himself)
    "slachtofferhulp": ("Stichting Slachtofferhulp Nederland", "bestuurder"),
    "halt": ("Stichting Halt", "bestuurder"),
    "jeugdhulpaanbieder": ("Stichting Jeugdhulp De Brug", "bestuurder"),
    "wmo_aanbieder": ("Stichting Maatschappelijke Opvang Onderdak", "bestuurder"),
    "wlz_aanbieder": ("Stichting Zorggroep De Linde", "bestuurder"),
    "overig": ("Stichting Buurtbemiddeling", "bestuurder"),
    "gecertificeerde_instelling": ("Stichting Jeugdbescherming Regio", "bestuurder"),
    "ggd": ("GGD Regio", "bestuurder"),
    "dji": ("Dienst Justitiële Inrichtingen", "hoofddirecteur"),
    "woningcorporatie": ("Stichting Woonstede", "bestuurder"),
}


def add_party(cfg: Config, kind: str) -> Config:
    """The config with one party of `kind`, signed for by its own bestuurder. A kind that is no
    participant in the sense of WGS art. 2.27 takes part in the WGS werkproces as a third party,
    per casus (as the examples do with their woningcorporatie)."""
    cfg = copy.deepcopy(cfg)
    name, function = ADDED[kind]
    pid = f"nieuw-{kind.replace('_', '-')}"
    person = f"{pid}-bestuurder"
    cfg.setdefault("personen", []).append(
        {"id": person, "naam": "A.B. de Vries", "functie": function, "organisatie": pid})
    party: Config = {"id": pid, "soort": kind, "naam": name, "vestigingsplaats": "Utrecht",
                     "adres": "Postbus 1, 3500 AA Utrecht", "vertegenwoordiger": person}
    if kind in ("overig", "woningcorporatie", "halt", "slachtofferhulp", "wlz_aanbieder",
                "jeugdhulpaanbieder", "wmo_aanbieder"):  # not in art. 6.4 a-m of the model
        party["juridische_analyse"] = {"kenmerk": "ZVH/JA/2026/001", "datum": "2026-10-01"}
    if kind == "overig":
        party["grondslag"] = "uitvoering van de subsidieovereenkomst met de gemeente"
        party["avg_grondslag"] = ["f"]
    cfg["partijen"].append(party)
    if partner_kinds()[kind].wgs is None:
        if not cfg.get("werkprocessen"):
            cfg["werkprocessen"] = [{
                "id": "complexe-casuistiek", "naam": "Integrale Veiligheid en Complexe "
                "Multiproblematiek", "functies": ["complexe-casuistiek"]}]
        cfg["werkprocessen"][0].setdefault("derden", []).append(pid)
    return cfg


def single_werkproces(cfg: Config) -> Config:
    """One werkproces, one privacy protocol (OPTIE 1): the region drops the functions that have
    a werkproces of their own (radicalisering, under its own law)."""
    cfg = copy.deepcopy(cfg)
    first, *others = cfg["werkprocessen"]
    dropped = {f for w in others for f in w["functies"]}
    cfg["keuzes"]["extra_functies"] = [f for f in cfg["keuzes"].get("extra_functies", [])
                                       if f["id"] not in dropped]
    cfg["werkprocessen"] = [first]
    return cfg


def other_duration(cfg: Config) -> Config:
    cfg = copy.deepcopy(cfg)
    looptijd = cfg["keuzes"]["looptijd"]
    cfg["keuzes"]["looptijd"] = {"tot": "2031-12-31"} if "jaren" in looptijd else {"jaren": 5}
    return cfg


def before_wgs(cfg: Config) -> Config:
    """The set as a region that does not (yet) process under the WGS: convenant regime."""
    cfg = copy.deepcopy(cfg)
    cfg.setdefault("wettelijk_kader", {})["wgs"] = False
    for w in cfg.get("werkprocessen", []):
        if w.get("kader") == "wgs":
            w["kader"] = "convenant"
    return cfg


def definitief(cfg: Config) -> Config:
    """The config as a region adopts it: status definitief, in the document and in the
    versietabel's entry of the current version (a config check refuses the two to differ)."""
    cfg = copy.deepcopy(cfg)
    cfg["document"]["status"] = "definitief"
    for entry in cfg["document"].get("historie", []):
        if entry.get("versie") == cfg["document"]["versie"]:
            entry["status"] = "definitief"
    return cfg


@dataclass(frozen=True)
class Variant:
    name: str
    make: Callable[[], Config]


def _of_kind(cfg: Config, kind: str) -> set[str]:
    return {p["id"] for p in cfg["partijen"] if p["soort"] == kind}


def variants() -> Iterator[Variant]:
    """Every variant of the matrix, named for the test id."""
    for base in ("den-bosch", "fryslan"):
        yield Variant(f"{base}", lambda b=base: load(b))
        yield Variant(f"{base}-andere-looptijd", lambda b=base: other_duration(load(b)))
        yield Variant(f"{base}-zonder-wgs", lambda b=base: before_wgs(load(b)))
    yield Variant("fryslan-een-werkproces", lambda: single_werkproces(load("fryslan")))
    present = {p["soort"] for p in load("fryslan")["partijen"]} - {"gemeente"}
    for kind in sorted(present):
        yield Variant(f"fryslan-zonder-{kind}",
                      lambda k=kind: remove_parties(load("fryslan"), _of_kind(load("fryslan"), k)))
    for kind in sorted(set(ADDED) - {"dji", "ggd", "gecertificeerde_instelling",
                                     "woningcorporatie"}):
        yield Variant(f"den-bosch-met-{kind}", lambda k=kind: add_party(load("den-bosch"), k))
    for kind in ("dji", "ggd", "gecertificeerde_instelling", "woningcorporatie"):
        yield Variant(f"den-bosch-met-{kind}", lambda k=kind: add_party(load("den-bosch"), k))


def write(tmp: Path, variant: Variant, *, status: str = "definitief") -> Path:
    from tests.conftest import write_region

    cfg = variant.make()
    if status == "definitief":
        cfg = definitief(cfg)
    return write_region(tmp, dump(cfg), f"{cfg['zvh']['id']}.yaml")
