"""The legal catalogs (partner kinds, police units, parketten) as read from `templates/catalogus`.

The data lives in YAML so a lawyer can correct a legal basis without touching Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from protocolmaker.resources import load_data


@dataclass(frozen=True)
class Task:
    who: str
    task: str


@dataclass(frozen=True)
class DataBrought:
    """The special and criminal data a partner kind brings into a casus (protocol Bijvoegsel 4),
    for the persons the plan is about (category 1) and for their relations (category 2)."""

    special: tuple[str, ...] = ()
    criminal: tuple[str, ...] = ()
    special_relations: tuple[str, ...] = ()
    criminal_relations: tuple[str, ...] = ()


@dataclass(frozen=True)
class PartnerKind:
    key: str
    label: str
    public: bool
    gdpr_bases: tuple[str, ...]
    tasks: tuple[Task, ...]
    handvat: str
    source: str
    explicit_consent: bool = False
    outside_national_chain: bool = False
    signatories: tuple[str, ...] = ()
    """Functions that represent this kind of party by themselves (‘burgemeester’, ‘bestuurder’);
    anyone else signs under a recorded mandate or volmacht."""
    data: DataBrought = DataBrought()
    wgs: str | None = None
    """‘publiek’ or ‘privaat’: designated participant under art. 2.27 WGS (lid 1 or lid 2)."""
    radicalisation: bool = False
    """Participant in the radicalisering casusoverleg (art. 3 lid 1 of that law)."""
    article: str | None = None
    """The article a party's abbreviation takes in running text (‘de RvdK’, ‘het OM’); None where
    the abbreviation is a name (‘RN’, ‘GGZ Maasoever’)."""


@cache
def partner_kinds() -> dict[str, PartnerKind]:
    raw = load_data("catalogus/partijsoorten.yaml")
    return {
        key: PartnerKind(
            key=key,
            label=entry["naam"],
            public=bool(entry["publiek"]),
            gdpr_bases=tuple(entry.get("avg_grondslag") or ()),
            tasks=tuple(Task(t["wie"], " ".join(t["taak"].split())) for t in entry["taken"]),
            handvat=entry.get("handvat", ""),
            source=entry["bron"],
            explicit_consent=bool(entry.get("uitdrukkelijke_toestemming", False)),
            outside_national_chain=bool(entry.get("buiten_landelijke_ketenpartners", False)),
            signatories=tuple(entry.get("ondertekenaar") or ()),
            data=_data(entry.get("gegevens") or {}),
            wgs=entry.get("wgs"),
            radicalisation=bool(entry.get("radicalisering", False)),
            article=entry.get("lidwoord") or None,
        )
        for key, entry in raw.items()
    }


def _data(raw: dict[str, list[str]]) -> DataBrought:
    def items(key: str) -> tuple[str, ...]:
        return tuple(" ".join(x.split()) for x in raw.get(key) or ())

    return DataBrought(items("bijzonder"), items("strafrechtelijk"), items("bijzonder_relaties"),
                       items("strafrechtelijk_relaties"))


@cache
def police_units() -> tuple[str, ...]:
    return tuple(load_data("catalogus/eenheden.yaml")["politie_eenheden"])


@cache
def parketten() -> tuple[str, ...]:
    return tuple(load_data("catalogus/eenheden.yaml")["arrondissementsparketten"])


@cache
def default_subject_categories() -> list[dict[str, object]]:
    """The model's categories of Betrokkenen for protocol Bijvoegsel 4 (seed 004:13409-13557)."""
    return list(load_data("catalogus/betrokkenen.yaml"))
