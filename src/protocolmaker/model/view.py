"""Derived facts the templates ask for: computed from the config, never stored.

Templates decide wording; this class answers questions about the region (‘which parties receive
police data in this werkproces?’, ‘who signs for the OM, and under which mandate?’) so that the
answer is computed once and every document gives the same one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from protocolmaker.config.catalog import PartnerKind, default_subject_categories, partner_kinds
from protocolmaker.config.integrity import BASE_FUNCTION
from protocolmaker.config.models import (
    PHASES,
    Article20,
    Mandate,
    Partner,
    PersonEntry,
    RegionConfig,
    Retention,
    Workprocess,
)
from protocolmaker.model.typography import long_date, quantity

DEFAULT_PROTOCOL_TITLE = "Privacy Protocol Integrale Veiligheid en Complexe Multiproblematiek"

BASE_PURPOSE = (
    "ter bevordering van de algemene veiligheid en ter verbetering van de persoonlijke situatie "
    "van personen met complexe problemen op meerdere leefgebieden, en ter voorkoming en "
    "vermindering van recidive, (ernstige) overlast, criminaliteit en maatschappelijke uitval, "
    "door een combinatie van repressie, bestuurlijke interventie en zorg")
"""Convenant art. 2.1 written as a purpose (004:10305-10317; 11800-11806)."""

BASE_SUBPURPOSES = (
    "het oplossen van complexe multi-problematiek: problematiek waarbij personen die het subject "
    "zijn in de casuïstiek te maken hebben met meerdere problemen die op meer dan één leefgebied "
    "spelen",
    "het voorkomen van (verder) crimineel en/of overlastgevend gedrag of verder afglijden van die "
    "personen",
    "het oplossen van ernstige lokale of gebiedsgebonden veiligheidsproblematiek",
)
"""Protocol art. 3.2 a–c of the model (004:11806-11822)."""

WGS_PURPOSE = (
    "ter uitoefening, afstemming en coördinatie van de inzet van de wettelijke taken en "
    "bevoegdheden van de partijen op het terrein van strafrechtelijke en bestuursrechtelijke "
    "handhaving en van begeleiding en zorg- en hulpverlening, in het belang van het voorkomen, "
    "verminderen en bestrijden van criminaliteit en ernstige overlast en het voorkomen en "
    "verminderen van onveilige situaties voor personen of binnen een gebied")
"""WGS art. 2.25 written as a purpose (docs/wetgeving-onderzoek.md § 1.4)."""

ROLE_NAMES = {
    "manager": "Manager",
    "procesregisseur": "Procesregisseur",
    "casusregisseur": "Casusregisseur",
    "administratief-medewerker": "administratief medewerker",
    "casusoverleg": "afgevaardigden van Partijen in het Casusoverleg",
}

PHASE_NAMES = {"aanmelding": "Aanmelding en Intake", "triage": "Triage",
               "casusoverleg": "Casusoverleg", "afschaling": "Afschaling"}
"""The four phases, named as in the definitions (004:8097-8111; digest E28)."""


def with_article(name: str, article: str | None) -> str:
    """‘RvdK’ with ‘de’ → ‘de RvdK’; a name that already starts with its article keeps it."""
    if not article or name.lower().startswith(f"{article.lower()} "):
        return name
    return f"{article} {name}"


def enumerate_nl(items: list[str]) -> str:
    """‘a’, ‘a en b’, ‘a, b en c’."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


@dataclass(frozen=True)
class Protocol:
    """One privacy protocol of the set: a werkproces with everything derived for it."""

    id: str
    name: str
    title: str
    functions: tuple[str, ...]
    base: bool
    """Covers the convenant's own function (art. 2.2, complexe casuïstiek)."""
    extra: tuple[tuple[str, str], ...]
    """(id, omschrijving) of the art. 2.3 functions it covers."""
    purpose: str | None
    """The configured purpose; None: the statutory (WGS) or the Convenant's purpose."""
    subpurposes: tuple[str, ...]
    target_group: str | None
    criteria: tuple[str, ...]
    partners: tuple[Partner, ...]
    phases: tuple[str, ...]
    retention: Retention
    a20_recipients: tuple[Partner, ...]
    agreements: tuple[str, ...]
    filename: str
    framework: str
    """‘wgs’, ‘radicalisering’ or ‘convenant’: the law this werkproces processes under."""
    third_parties: tuple[Partner, ...] = ()
    """Convenant parties that take part only incidentally, as a third party, per casus."""
    listed: tuple[str, ...] = ()
    """The party ids the werkproces names (`partijen`); empty: every party takes part."""

    def admits(self, partner: Partner) -> bool:
        """Whether a (joining) organisation takes part in this werkproces: named in it, or the
        werkproces is open to every party."""
        return not self.listed or partner.id in self.listed

    @property
    def wgs(self) -> bool:
        return self.framework == "wgs"

    @property
    def joint_controllers(self) -> tuple[Partner, ...]:
        """Under the WGS only the public participants of art. 2.27 lid 1 (lid 3); under the
        radicalisering law the participants of its art. 3 lid 1 (art. 12 lid 1)."""
        if self.framework == "wgs":
            return tuple(p for p in self.partners if partner_kinds()[p.kind].wgs == "publiek")
        if self.framework == "radicalisering":
            return tuple(p for p in self.partners if partner_kinds()[p.kind].radicalisation)
        return self.partners

    @property
    def private_participants(self) -> tuple[Partner, ...]:
        """WGS participants under art. 2.27 lid 2: not joint controllers (lid 3)."""
        return tuple(p for p in self.partners if partner_kinds()[p.kind].wgs == "privaat")

    @property
    def not_designated(self) -> tuple[Partner, ...]:
        """Parties of a WGS or radicalisering werkproces the law does not designate."""
        if self.framework == "wgs":
            return tuple(p for p in self.partners if not partner_kinds()[p.kind].wgs)
        if self.framework == "radicalisering":
            return tuple(p for p in self.partners if not partner_kinds()[p.kind].radicalisation)
        return ()

    @property
    def phase_names(self) -> list[str]:
        return [PHASE_NAMES[p] for p in self.phases]


@dataclass(frozen=True)
class View:
    """Derived facts the templates ask for; computed from the config, never stored."""

    cfg: RegionConfig

    # --- parties ---

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

    def person(self, person_id: str | None) -> PersonEntry | None:
        """The person, or None when the config names none — or names a blank like ‘N.N.’,
        which the documents then show as an open point (issue 9)."""
        from protocolmaker.model.typography import is_placeholder_name

        person = self.cfg.person(person_id)
        return None if person is None or is_placeholder_name(person.name) else person

    def name(self, p: Partner | str | None, what: str = "naam partij") -> str:
        """How a party is named in running text: its abbreviation when it has one, with the
        article its kind's catalog entry gives it (‘de RvdK’, ‘het OM’, but ‘RN’); a template
        capitalises it at the start of a sentence (`|ucfirst`)."""
        from protocolmaker.model.compose import open_point

        if isinstance(p, str):
            p = self.cfg.partner(p)
        if p is None:
            return open_point(what)
        if p.abbreviation:
            return with_article(p.abbreviation, partner_kinds()[p.kind].article)
        return self.full_name(p)

    def full_name(self, p: Partner) -> str:
        if p.kind == "gemeente":
            return f"het college van burgemeester en wethouders van {p.name}"
        if p.kind == "politie":
            return "de Korpschef van politie"
        if p.kind == "om":
            return "het College van procureurs-generaal"
        if p.kind in ("rvdk", "dji") and (p.name or "").startswith(("Raad ", "Dienst ")):
            return f"de {p.name}"  # a body, named with its article as in running text
        return p.name or ""

    def controller_names(self, parties: tuple[Partner, ...] | list[Partner]) -> str:
        """Parties as controllers in running text: a municipality is its college and, in his own
        right, its burgemeester (WGS art. 2.27 lid 1 onder e en f; 004:1925-1943)."""
        out: list[str] = []
        gemeenten = [p for p in parties if p.kind == "gemeente"]
        if len(gemeenten) > 1 and len(gemeenten) == len(self.municipalities):
            out.append("de colleges van burgemeester en wethouders en de burgemeesters van de "
                       "Gemeenten")
        collective = bool(out)
        for p in parties:
            if p.kind != "gemeente":
                out.append(self.name(p))
            elif not collective:
                out += [self.full_name(p), f"de burgemeester van {p.name}"]
        return enumerate_nl(out)

    def employer(self, p: Partner | str | None, what: str = "werkgever") -> str:
        """Who employs staff: a legal person (‘de gemeente Leeuwarden’), never ‘het college’."""
        from protocolmaker.model.compose import open_point

        if isinstance(p, str):
            p = self.cfg.partner(p)
        if p is None:
            return open_point(what)
        if p.kind == "gemeente":
            return f"de gemeente {p.name}"
        if p.kind == "politie":
            return "de politie"  # a legal person (Politiewet 2012)
        state = {"om": "het Openbaar Ministerie", "rvdk": "de Raad voor de Kinderbescherming",
                 "dji": "de Dienst Justitiële Inrichtingen"}
        if p.kind in state:  # no legal personality of its own: the State employs its staff
            return f"de Staat der Nederlanden ({state[p.kind]})"
        return self.name(p)

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

    def of_kind(self, kind: str) -> list[Partner]:
        return self.cfg.of_kind(kind)

    def names(self, parties: list[Partner] | tuple[Partner, ...]) -> str:
        return enumerate_nl([self.name(p) for p in parties])

    def full_names(self, parties: list[Partner] | tuple[Partner, ...]) -> str:
        """Parties by their full names, for a document that defines no abbreviations (the
        Artikel 20 Wpg Beslissing, the privacy statement, the verantwoording)."""
        return enumerate_nl([self.full_name(p) for p in parties])

    @property
    def municipality_names(self) -> str:
        return enumerate_nl([g.name or "" for g in self.municipalities])

    @property
    def police(self) -> Partner | None:
        found = self.cfg.of_kind("politie")
        return found[0] if found else None

    @property
    def om(self) -> Partner | None:
        found = self.cfg.of_kind("om")
        return found[0] if found else None

    # --- who signs, and on what authority (issue 9.7; 004:10424-10430; 11277-11309) ---

    def mandate_for(self, party: Partner, person_id: str | None, scope: str) -> Mandate | None:
        """The recorded mandate or volmacht by which `person_id` acts for `party` in `scope`."""
        return next((m for m in self.cfg.mandates_for(scope, party.id)
                     if m.mandatary_person == person_id), None)

    def natural_signatory(self, party: Partner, person: PersonEntry | None) -> bool:
        """Does this person represent the party by himself (no mandate needed)?"""
        if person is None:
            return True
        if party.kind == "gemeente":
            return person.id == party.mayor
        keywords = partner_kinds()[party.kind].signatories
        return any(k in person.function.lower() for k in keywords)

    def authority(self, m: Mandate | None) -> str:
        """‘krachtens mandaat (besluit X van 1 maart 2024)’ for a signature block."""
        if m is None:
            return ""
        if m.decision:
            return (f"krachtens {m.kind} van {long_date(m.decision.date)}, kenmerk "
                    f"{m.decision.reference}")
        return f"krachtens {m.kind}"

    def representation(self, party: Partner, person_id: str | None = None,
                       scope: str = "ondertekening") -> str:
        """‘naam, functie’ of who acts for `party`, with ‘krachtens mandaat (besluit …)’ when
        he does not represent it by himself; an open point where the config is silent."""
        from protocolmaker.model.compose import Raw, escape, open_point

        person_id = person_id if person_id is not None else party.representative
        person = self.person(person_id)
        if person is None:
            return open_point(f"vertegenwoordiger van {self.full_name(party)}")
        line = escape(f"{person.name}, {person.function}")
        if self.natural_signatory(party, person):
            return Raw(line)
        m = self.mandate_for(party, person.id, scope)
        if m is None:
            return Raw(f"{line}, " + open_point(
                f"mandaat of volmacht van {self.full_name(party)} aan {person.name} "
                f"(mandaten, reikwijdte ‘{scope}’)"))
        return Raw(f"{line}, {escape(self.authority(m))}")

    def signer(self, party: Partner, person_id: str | None = None,
               scope: str = "ondertekening") -> str:
        """The signer line of a signature block: ‘namens deze: …’ when mandated."""
        from protocolmaker.model.compose import Raw

        person = self.person(person_id if person_id is not None else party.representative)
        line = self.representation(party, person_id, scope)
        if person is not None and not self.natural_signatory(party, person):
            return Raw("namens deze: " + line)
        return line

    def analysis_note(self, p: Partner) -> str:
        """‘ (kenmerk X van 12 oktober 2026)’ for a party's recorded legal analysis."""
        from protocolmaker.model.compose import Raw, escape

        a = p.legal_analysis
        return Raw(f" (kenmerk {escape(a.reference)} van {long_date(a.date)})" if a else "")

    @property
    def chair(self) -> Partner:
        """The beheersgemeente, whose burgemeester chairs the Stuurgroep (004:10403-10404)."""
        return self.cfg.partner(self.cfg.zvh.managing_municipality)

    # --- protocols: one per werkproces (OPTIE 1: one for everything) ---

    @cached_property
    def protocols(self) -> list[Protocol]:
        cfg = self.cfg
        extra = {f.id: f.description for f in cfg.choices.extra_functions}
        processes = list(cfg.workprocesses) or [Workprocess.model_construct(
            id="", name="Integrale Veiligheid en Complexe Multiproblematiek",
            title=DEFAULT_PROTOCOL_TITLE, functions=[BASE_FUNCTION, *extra])]
        single = len(processes) == 1
        out = []
        for w in processes:
            base = BASE_FUNCTION in w.functions
            third = tuple(p for p in cfg.partners if p.id in w.third_parties)
            partners = tuple(p for p in cfg.partners if (not w.partners or p.id in w.partners)
                             and p not in third)
            framework = w.framework or ("wgs" if cfg.under_wgs and base else "convenant")
            recipients = self._a20_recipients(w, partners)
            subpurposes = (*(BASE_SUBPURPOSES if base else ()), *w.subpurposes)
            out.append(Protocol(
                id=w.id, name=w.name, title=w.title or f"Privacy Protocol {w.name}",
                functions=tuple(w.functions), base=base,
                extra=tuple((f, extra[f]) for f in w.functions if f in extra),
                purpose=w.purpose, subpurposes=subpurposes,
                target_group=w.target_group, criteria=tuple(w.criteria), partners=partners,
                phases=tuple(w.phases or PHASES), retention=w.retention or cfg.retention,
                a20_recipients=recipients, agreements=tuple(w.agreements),
                filename="privacyprotocol" if single or not w.id else f"privacyprotocol-{w.id}",
                framework=framework, third_parties=third, listed=tuple(w.partners)))
        return out

    def _a20_recipients(self, w: Workprocess, partners: tuple[Partner, ...]) -> tuple[Partner, ...]:
        if not any(p.kind == "politie" for p in partners):
            return ()
        if w.a20_recipients is not None:
            return tuple(self.cfg.partner(r) for r in w.a20_recipients)
        allowed = {p.id for p in self.a20_recipients}
        return tuple(p for p in partners if p.id in allowed)

    @property
    def several_protocols(self) -> bool:
        return len(self.protocols) > 1

    @property
    def quoted_protocol_titles(self) -> str:
        """‘A’, ‘B’ en ‘C’: the protocol titles as a Dutch enumeration."""
        return enumerate_nl([f"‘{p.title}’" for p in self.protocols])

    @property
    def base_purpose(self) -> str:
        return BASE_PURPOSE

    def plain_purpose(self, pr: Protocol) -> str:
        """A protocol's purpose as plain text (register, overviews)."""
        if pr.purpose:
            return pr.purpose
        if pr.framework == "wgs":
            return WGS_PURPOSE
        return BASE_PURPOSE if pr.base else ""

    @property
    def statement_members(self) -> str:
        """Who cooperates, for the privacy statement: only the kinds that take part."""
        kinds = {p.kind for p in self.cfg.partners}
        groups: list[str] = []
        gemeenten = self.municipalities
        if len(gemeenten) == 1:
            groups.append(f"de gemeente {gemeenten[0].name}")
        elif gemeenten:
            groups.append(quantity(len(gemeenten), "gemeente", "gemeenten"))
        if kinds & {"politie", "om", "rvdk", "reclassering_nederland", "svg", "leger_des_heils",
                    "dji", "halt"}:
            groups.append("politie- en justitiepartners" if "politie" in kinds
                          else "justitiepartners")
        if kinds & {"veilig_thuis", "ggz", "ggd", "gecertificeerde_instelling",
                    "jeugdhulpaanbieder", "wmo_aanbieder", "wlz_aanbieder", "slachtofferhulp"}:
            groups.append("zorg- en hulpverleningsorganisaties")
        if "woningcorporatie" in kinds:
            n = len(self.cfg.of_kind("woningcorporatie"))
            groups.append("een woningcorporatie" if n == 1 else "woningcorporaties")
        if "overig" in kinds:
            groups.append("andere organisaties")
        return enumerate_nl(groups)

    def law_short(self, key: str) -> str:
        """The abbreviation a document defines for a law (‘Wpg’)."""
        from protocolmaker.model.law import law

        return law(key).short or law(key).title

    def function_key(self, fid: str) -> str:
        """The convenant key of a function: art. 2.2 onder a, or its art. 2.3 onderdeel."""
        return "fn-casusoverleg" if fid == BASE_FUNCTION else f"functie-{fid}"

    # --- privacy protocol and Artikel 20 ---

    def kinds_present(self, partners: tuple[Partner, ...] | list[Partner] | None = None
                      ) -> list[PartnerKind]:
        """Partner kinds taking part, in catalog order (protocol art. 6.4, 004:12055-12164)."""
        present = {p.kind for p in (self.cfg.partners if partners is None else partners)}
        return [k for key, k in partner_kinds().items() if key in present]

    def legal_basis_items(self, partners: tuple[Partner, ...], regime: str = "convenant"
                          ) -> list[dict[str, Any]]:
        """Protocol art. 6.4: one onderdeel per task; kinds that share a task (the three
        reclasseringsinstellingen) share one onderdeel that names each party; a generic ‘een …’
        names the parties of that kind; ‘overig’ partners bring their own stated basis."""
        from protocolmaker.model.compose import Raw, escape, render_catalog_text

        items: list[dict[str, Any]] = []
        seen: dict[str, dict[str, Any]] = {}
        for k in self.kinds_present(partners):
            of_kind = [p for p in partners if p.kind == k.key]
            if k.key == "overig":
                items += [{"key": f"taak-overig-{p.id}", "kind": k, "who": p.name,
                           "task": p.legal_basis, "partner": p, "parties": [p]}
                          for p in of_kind]
                continue
            for i, task in enumerate(k.tasks, 1):
                text = render_catalog_text(task.task, self, regime)
                if text in seen:
                    seen[text]["parties"] += of_kind
                    continue
                suffix = f"-{i}" if len(k.tasks) > 1 else ""
                item = {"key": f"taak-{k.key.replace('_', '-')}{suffix}", "kind": k,
                        "who": render_catalog_text(task.who, self, regime), "task": text,
                        "partner": None, "parties": list(of_kind)}
                seen[text] = item
                items.append(item)
        for item in items:
            if item["partner"] is None and item["who"].startswith("een "):
                item["who"] = Raw(f"{item['who']} ({escape(self.names(item['parties']))})")
        return items

    def coordinator(self, capital: bool = False) -> str:
        """‘[de Manager/Procesregisseur]’ of the model, resolved from `privacy.coordinator`."""
        from protocolmaker.model.compose import open_point, ucfirst

        c = self.cfg.privacy.coordinator
        if c is None:
            return open_point(("De" if capital else "de") + " Manager of Procesregisseur "
                              "(privacy: coordinator)")
        text = f"de {ROLE_NAMES[c]}"
        return ucfirst(text) if capital else text

    def roles(self, roles: list[str], what: str) -> str:
        """A list of roles in running text, or an open point when the config is silent."""
        from protocolmaker.model.compose import open_point

        if not roles:
            return open_point(what)
        return enumerate_nl([ROLE_NAMES[r] for r in roles])

    def subject_categories(self, partners: tuple[Partner, ...]) -> list[dict[str, Any]]:
        """Protocol Bijvoegsel 4: the categories of Betrokkenen with their data. Special and
        criminal data come from the kinds of the protocol's partners unless the region lists them
        itself (004:13409-13557; issue 9.1)."""
        from protocolmaker.model.compose import Raw, escape, render_catalog_text

        chosen = self.cfg.privacy.subject_categories
        rows = ([{"omschrijving": c.description, "persoonsgegevens": list(c.personal_data),
                  "strafrechtelijke_gegevens": c.criminal_data,
                  "bijzondere_gegevens": c.special_data} for c in chosen] if chosen else
                [dict(c) for c in default_subject_categories()])
        kinds = self.kinds_present(partners)
        for i, row in enumerate(rows):
            for field, attr in (("bijzondere_gegevens", "special"),
                                ("strafrechtelijke_gegevens", "criminal")):
                if row.get(field) is not None:
                    row[field] = list(row[field])
                    continue
                if i > 1:
                    row[field] = []
                    continue
                attr = attr if i == 0 else f"{attr}_relations"
                derived: dict[str, list[str]] = {}
                for k in kinds:
                    for item in getattr(k.data, attr):
                        text = render_catalog_text(item, self)
                        derived.setdefault(text, []).extend(
                            self._bringer(p, field) for p in partners if p.kind == k.key)
                row[field] = [Raw(f"{text} (ingebracht door {escape(enumerate_nl(who))})")
                              for text, who in derived.items()]
        return rows

    def _bringer(self, p: Partner, field: str) -> str:
        """Who brings data into a casus: for a municipality, criminal data come from the
        burgemeester (openbare orde), special data from the college (sociaal domein)."""
        if p.kind == "gemeente" and field == "strafrechtelijke_gegevens":
            return f"de burgemeester van {p.name}"
        return self.name(p)

    def required_data(self, partners: tuple[Partner, ...]) -> dict[str, set[str]]:
        """What the partners' kinds must bring (for the rule that compares a region's own
        categories with it): field → catalog texts."""
        from protocolmaker.model.compose import render_catalog_text

        out: dict[str, set[str]] = {"bijzondere_gegevens": set(),
                                    "strafrechtelijke_gegevens": set()}
        for k in self.kinds_present(partners):
            out["bijzondere_gegevens"] |= {render_catalog_text(t, self) for t in k.data.special}
            out["strafrechtelijke_gegevens"] |= {render_catalog_text(t, self)
                                                 for t in k.data.criminal}
        return out

    @property
    def a20(self) -> Article20:
        """The Artikel 20 section, or an empty one (open points) when the region has none."""
        return self.cfg.article20 or Article20()

    @property
    def police_categories(self) -> list[int]:
        return sorted(self.a20.categories)

    @property
    def needs_a20_decision(self) -> bool:
        """The set has an Artikel 20 Wpg Beslissing when the police take part, unless every
        werkproces with the police runs under a law that obliges provision (WGS: art. 20 lid 3
        Wpg; radicalisering: lid 4) and the region chose not to decide under lid 1 as well."""
        if not self.police:
            return False
        with_police = [p for p in self.protocols if any(q.kind == "politie" for q in p.partners)]
        if any(p.framework == "convenant" for p in with_police):
            return True
        return self.cfg.legal_framework.article20_alongside is not False

    @property
    def wgs_protocols(self) -> list[Protocol]:
        return [p for p in self.protocols if p.framework == "wgs"]

    @property
    def a20_mandate(self) -> Mandate | None:
        """The politiechef's mandate to decide for the korpschef (scope ‘artikel20’)."""
        police = self.police
        found = self.cfg.mandates_for("artikel20", police.id if police else None)
        return found[0] if found else None

    @property
    def police_chief(self) -> PersonEntry | None:
        m = self.a20_mandate
        return self.person(m.mandatary_person) if m else None

    @property
    def without_public_task(self) -> list[Partner]:
        """Parties that do not rely on AVG art. 6(1)(e) (004:12223-12233)."""
        return [p for p in self.cfg.partners if "e" not in self.cfg.gdpr_bases(p)]

    def gdpr_bases(self, p: Partner) -> list[str]:
        return self.cfg.gdpr_bases(p)

    @property
    def a20_recipients(self) -> list[Partner]:
        """Parties that receive police data under the Artikel 20 Wpg decision."""
        a20 = self.cfg.article20
        if a20 and a20.recipients:
            return [self.cfg.partner(r) for r in a20.recipients]
        return [p for p in self.cfg.partners if p.kind != "politie"]

    def recipient_names(self, parties: tuple[Partner, ...] | list[Partner]) -> list[str]:
        """The bodies that receive police data: a municipality is its college and, in his own
        right, its burgemeester (issue 9.5; 004:1925-1943; 2008-2032)."""
        out: list[str] = []
        for p in parties:
            if p.kind == "gemeente":
                out.append(f"het college van burgemeester en wethouders van {p.name}")
                out.append(f"de burgemeester van {p.name}")
            elif p.kind == "om":
                out.append(f"het College van procureurs-generaal, arrondissementsparket "
                           f"{p.parket}")
            else:
                out.append(self.full_name(p))
        return out

    @property
    def non_recipients(self) -> list[Partner]:
        """Parties that take part but may not receive police data."""
        if not self.police:
            return []
        allowed = {p.id for p in self.a20_recipients}
        return [p for p in self.cfg.partners if p.kind != "politie" and p.id not in allowed]

    @property
    def needs_legal_analysis(self) -> list[Partner]:
        """Parties the Handvat does not name: art. 28.2 analysis first (004:13040-13045)."""
        return [p for p in self.cfg.partners
                if partner_kinds()[p.kind].outside_national_chain]
