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
        )
        for key, entry in raw.items()
    }


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
