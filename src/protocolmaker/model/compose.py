"""Render a clause template with a region config into a numbered Document.

Jinja runs first, with every `{{ value }}` escaped for the clause markup (config text can never
become markup or Jinja), then `markup.parse` builds the model and `numbering.number` resolves it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import jinja2

from protocolmaker.config.catalog import PartnerKind, default_subject_categories, partner_kinds
from protocolmaker.config.models import Partner, RegionConfig
from protocolmaker.errors import BuildError
from protocolmaker.model.document import Document, Meta
from protocolmaker.model.markup import parse
from protocolmaker.model.numbering import number
from protocolmaker.model.typography import long_date, smarten
from protocolmaker.resources import templates_dir


class Raw(str):
    """Markup produced by a template helper: not escaped."""


def escape(value: Any) -> str:
    if isinstance(value, Raw):
        return value
    if value is None:
        raise BuildError("sjabloonfout: een lege waarde zonder open punt; gebruik "
                         "`waarde or open('…')`.")
    text = smarten(re.sub(r"\s+", " ", str(value)))
    return "".join("\\" + ch if ch in "\\[]|" else ch for ch in text)


def ucfirst(value: Any) -> Any:
    """First letter upper case, the rest untouched (Jinja's `capitalize` lowers the rest)."""
    text = str(value)
    if text.startswith("[[") or not text:
        return value
    out = text[0].upper() + text[1:]
    return Raw(out) if isinstance(value, Raw) else out


def open_point(description: str) -> Raw:
    return Raw(f"[[open:{escape(description)}]]")


def ref(key: str) -> Raw:
    return Raw(f"[[ref:{key}]]")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        # No trim_blocks/lstrip_blocks: the markup ignores blank lines, and keeping the
        # white space intact keeps continuation lines (which start with spaces) continuations.
        keep_trailing_newline=True,
        autoescape=False,  # the escaping is `finalize`, for our markup rather than HTML
        finalize=escape,
    )
    env.globals.update(open=open_point, ref=ref)
    env.filters["datum"] = long_date
    env.filters["raw"] = Raw  # output of a {% set %} block, already escaped
    env.filters["ucfirst"] = ucfirst
    env.filters["nl_list"] = enumerate_nl
    return env


@dataclass(frozen=True)
class View:
    """Derived facts the templates ask for; computed from the config, never stored."""

    cfg: RegionConfig

    @property
    def municipalities(self) -> list[Partner]:
        return self.cfg.municipalities

    @property
    def several_municipalities(self) -> bool:
        return len(self.cfg.municipalities) > 1

    @property
    def others(self) -> list[Partner]:
        return [p for p in self.cfg.partners if p.kind != "gemeente"]

    def party(self, party_id: str | None) -> Partner | None:
        return self.cfg.partner(party_id) if party_id else None

    def name(self, p: Partner | str | None, what: str = "naam partij") -> str:
        """How a party is named in running text (its abbreviation when it has one)."""
        if isinstance(p, str):
            p = self.cfg.partner(p)
        if p is None:
            return open_point(what)
        if p.abbreviation:
            return p.abbreviation
        return self.full_name(p)

    def full_name(self, p: Partner) -> str:
        if p.kind == "gemeente":
            return f"het college van burgemeester en wethouders van {p.name}"
        if p.kind == "politie":
            return "de Korpschef van politie"
        if p.kind == "om":
            return "het College van procureurs-generaal"
        return p.name or ""

    def signing_name(self, p: Partner) -> str:
        if p.kind == "gemeente":
            return (f"Het college van burgemeester en wethouders en de burgemeester van "
                    f"{p.name}")
        if p.kind == "politie":
            return f"De Korpschef van politie, eenheid {p.police_unit}"
        if p.kind == "om":
            return f"Het College van procureurs-generaal, arrondissementsparket {p.parket}"
        return p.name or ""

    def is_public(self, p: Partner) -> bool:
        return self.cfg.is_public(p)

    @property
    def protocols(self) -> list[dict[str, Any]]:
        """The privacy protocols of the set (OPTIE 1: one; OPTIE 2: one per purpose group)."""
        if self.cfg.choices.protocols:
            return [{"id": p.id, "title": p.title, "functions": p.functions}
                    for p in self.cfg.choices.protocols]
        all_functions = ["complexe-casuistiek", *(f.id for f in self.cfg.choices.extra_functions)]
        return [{"id": "", "title": DEFAULT_PROTOCOL_TITLE, "functions": all_functions}]

    @property
    def quoted_protocol_titles(self) -> str:
        """‘A’, ‘B’ en ‘C’: the protocol titles as a Dutch enumeration."""
        return enumerate_nl([f"‘{p['title']}’" for p in self.protocols])

    @property
    def several_protocols(self) -> bool:
        return len(self.protocols) > 1


    # --- privacy protocol and Artikel 20 ---

    @property
    def kinds_present(self) -> list[PartnerKind]:
        """Partner kinds taking part, in catalog order (protocol art. 6.4, 004:12055-12164)."""
        present = {p.kind for p in self.cfg.partners}
        return [k for key, k in partner_kinds().items() if key in present]

    @property
    def legal_basis_items(self) -> list[dict[str, Any]]:
        """Protocol art. 6.4: one onderdeel per task of each kind present, in catalog order,
        then one per ‘overig’ partner with its own stated basis (004:12055-12164)."""
        items: list[dict[str, Any]] = []
        for k in self.kinds_present:
            if k.key == "overig":
                items += [{"key": f"taak-overig-{p.id}", "kind": k, "who": p.name,
                           "task": p.legal_basis, "partner": p}
                          for p in self.cfg.of_kind("overig")]
                continue
            for i, task in enumerate(k.tasks, 1):
                suffix = f"-{i}" if len(k.tasks) > 1 else ""
                items.append({"key": f"taak-{k.key.replace('_', '-')}{suffix}", "kind": k,
                              "who": task.who, "task": task.task, "partner": None})
        return items

    def of_kind(self, kind: str) -> list[Partner]:
        return self.cfg.of_kind(kind)

    def coordinator(self, capital: bool = False) -> str:
        """‘[de Manager/Procesregisseur]’ of the model, resolved from `privacy.coordinator`."""
        c = self.cfg.privacy.coordinator
        if c is None:
            return open_point(("De" if capital else "de") + " Manager of Procesregisseur "
                              "(privacy: coordinator)")
        text = f"de {ROLE_NAMES[c]}"
        return ucfirst(text) if capital else text

    def roles(self, roles: list[str], what: str) -> str:
        """A list of roles in running text, or an open point when the config is silent."""
        if not roles:
            return open_point(what)
        return enumerate_nl([ROLE_NAMES[r] for r in roles])

    @property
    def subject_categories(self) -> list[dict[str, Any]]:
        chosen = self.cfg.privacy.subject_categories
        if chosen:
            return [{"omschrijving": c.description, "persoonsgegevens": c.personal_data,
                     "strafrechtelijke_gegevens": c.criminal_data,
                     "bijzondere_gegevens": c.special_data} for c in chosen]
        return [{"omschrijving": c["omschrijving"],
                 "persoonsgegevens": c.get("persoonsgegevens", []),
                 "strafrechtelijke_gegevens": c.get("strafrechtelijke_gegevens", []),
                 "bijzondere_gegevens": c.get("bijzondere_gegevens", [])}
                for c in default_subject_categories()]

    @property
    def police(self) -> Partner | None:
        found = self.cfg.of_kind("politie")
        return found[0] if found else None

    @property
    def om(self) -> Partner | None:
        found = self.cfg.of_kind("om")
        return found[0] if found else None

    @property
    def police_categories(self) -> list[int]:
        a20 = self.cfg.article20
        return sorted(a20.categories) if a20 else [8, 13]

    @property
    def municipality_names(self) -> str:
        return enumerate_nl([g.name or "" for g in self.municipalities])

    @property
    def a20_mandate(self) -> str | None:
        """‘mandaatbesluit <kenmerk> van <datum>’ of the politiechef's mandate, if recorded."""
        for m in self.cfg.mandates:
            if m.scope == "artikel20" and m.decision:
                return f"{m.decision.reference} van {long_date(m.decision.date)}"
        return None

    @property
    def police_articles(self) -> str:
        """‘8 en 13’: the Wpg articles of the Artikel 20 decision, in running text."""
        return enumerate_nl([str(c) for c in self.police_categories])

    @property
    def without_public_task(self) -> list[Partner]:
        """Parties that do not rely on AVG art. 6(1)(e) (004:12223-12233)."""
        return [p for p in self.cfg.partners if "e" not in self.cfg.gdpr_bases(p)]

    def names(self, parties: list[Partner]) -> str:
        return enumerate_nl([self.name(p) for p in parties])

    @property
    def a20_recipients(self) -> list[Partner]:
        """Parties that receive police data under the Artikel 20 Wpg decision."""
        a20 = self.cfg.article20
        if a20 and a20.recipients:
            return [self.cfg.partner(r) for r in a20.recipients]
        return [p for p in self.cfg.partners if p.kind != "politie"]

    @property
    def needs_legal_analysis(self) -> list[Partner]:
        """Parties the Handvat does not name: art. 28.2 analysis first (004:13040-13045)."""
        return [p for p in self.cfg.partners
                if partner_kinds()[p.kind].outside_national_chain]


def enumerate_nl(items: list[str]) -> str:
    """‘a’, ‘a en b’, ‘a, b en c’."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


ROLE_NAMES = {
    "manager": "Manager",
    "procesregisseur": "Procesregisseur",
    "casusregisseur": "Casusregisseur",
    "administratief-medewerker": "administratief medewerker",
    "casusoverleg": "afgevaardigden van Partijen in het Casusoverleg",
}

DEFAULT_PROTOCOL_TITLE = "Privacy Protocol Integrale Veiligheid en Complexe Multiproblematiek"


def compose(template: str, kind: str, loaded_cfg: RegionConfig, *, short_title: str, label: str,
            show_notes: bool = False, external: dict[str, Document] | None = None,
            extra: dict[str, Any] | None = None) -> Document:
    """Render `template` for `cfg` into a numbered Document."""
    cfg = loaded_cfg
    try:
        source = environment().get_template(template).render(
            cfg=cfg, v=View(cfg), **(extra or {}))
    except jinja2.TemplateError as exc:
        raise BuildError(f"sjabloonfout in {template}: {exc}") from None
    meta = Meta(
        zvh_name=smarten(cfg.zvh.name),
        version=cfg.document.version,
        status=cfg.document.status,
        date=long_date(cfg.document.date),
        short_title=short_title,
        label=label,
        iso_date=cfg.document.date.isoformat(),
    )
    doc = parse(source, template, kind, meta)
    doc.show_notes = show_notes and doc.is_concept
    doc.external = external or {}
    return number(doc)
