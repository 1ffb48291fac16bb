"""Checks that make a schema-valid config usable: references resolve, kind-specific fields exist.

These are not legal findings (those are the rules of `protocolmaker.checks`): a config that fails
here cannot be rendered at all, so it is reported as unusable input (exit code 2).
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from protocolmaker.errors import Problem
from protocolmaker.model.typography import long_date

if TYPE_CHECKING:
    from protocolmaker.config.loader import LoadedConfig

BASE_FUNCTION = "complexe-casuistiek"


def _party_refs(loaded: LoadedConfig) -> Iterator[tuple[tuple[str | int, ...], str, str | None]]:
    """Every field that names a party: (path, party id, required kind or None)."""
    c = loaded.config
    yield ("zvh", "beheersgemeente"), c.zvh.managing_municipality, "gemeente"
    for i, person in enumerate(c.persons):
        if person.organisation:
            yield ("personen", i, "organisatie"), person.organisation, None
    g = c.gremia
    sg = ("gremia", "stuurgroep")
    for i, m in enumerate(g.steering_group.members):
        yield (*sg, "leden", i, "partij"), m.party, None
        if m.appointed_by:
            yield (*sg, "leden", i, "aangewezen_door"), m.appointed_by, None
    singles = [
        ((*sg, "secretaris_aangewezen_door"), g.steering_group.secretary_appointed_by, None),
        (("gremia", "partneroverleg", "secretaris_partij"), g.partner_meeting.secretary_party,
         None),
        (("gremia", "manager", "organisatie"), g.manager.organisation, None),
        (("gremia", "procesregisseur", "werkgever"), g.process_director.employer, None),
        (("gremia", "ondersteunend_personeel", "geleverd_door"), g.support_staff.provided_by,
         None),
        (("gremia", "ondersteunend_personeel", "inhuur_verantwoordelijke"),
         g.support_staff.hired_staff_responsible, None),
        (("gremia", "informatiebeveiliging", "partij"), g.info_security.party, None),
    ]
    if g.partner_meeting.joint_representation:
        singles.append((("gremia", "partneroverleg", "gezamenlijke_vertegenwoordiging",
                         "afgevaardigde_gemeente"),
                        g.partner_meeting.joint_representation.representative_municipality,
                        "gemeente"))
    for path, ref, kind in singles:
        if ref:
            yield path, ref, kind
    for i, m in enumerate(c.mandates):
        yield ("mandaten", i, "mandaatgever"), m.mandator, None
        if m.mandatary_party:
            yield ("mandaten", i, "gemandateerde_partij"), m.mandatary_party, None
    if c.article20:
        for i, r in enumerate(c.article20.recipients):
            yield ("artikel20", "ontvangers", i), r, None
    for key, ref in (("contactpunt", c.legal_framework.contact_point),
                     ("coordinerend_fg", c.legal_framework.coordinating_dpo)):
        if ref:
            yield ("wettelijk_kader", key), ref, None
    for i, w in enumerate(c.workprocesses):
        for j, r in enumerate(w.partners):
            yield ("werkprocessen", i, "partijen", j), r, None
        for j, r in enumerate(w.third_parties):
            yield ("werkprocessen", i, "derden", j), r, None
        for j, r in enumerate(w.a20_recipients or []):
            yield ("werkprocessen", i, "artikel20_ontvangers", j), r, None


def _person_refs(loaded: LoadedConfig) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every field that names a person from `personen`: (path, person id)."""
    c = loaded.config
    if c.zvh.privacy_adviser:
        yield ("zvh", "privacyadviseur"), c.zvh.privacy_adviser
    for group, partners in (("partijen", c.partners), ("toetreders", c.joining)):
        for i, p in enumerate(partners):
            if p.representative:
                yield (group, i, "vertegenwoordiger"), p.representative
            if p.mayor:
                yield (group, i, "burgemeester"), p.mayor
    for i, m in enumerate(c.gremia.steering_group.members):
        if m.person:
            yield ("gremia", "stuurgroep", "leden", i, "persoon"), m.person
    for i, m in enumerate(c.mandates):
        if m.mandatary_person:
            yield ("mandaten", i, "gemandateerde"), m.mandatary_person
    if c.article20 and c.article20.public_prosecutor:
        yield ("artikel20", "officier_van_justitie"), c.article20.public_prosecutor


def _history_problems(loaded: LoadedConfig) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """The versietabel's `document.historie`: each version once, no date after this version's,
    and the current version, if listed, with its own date and status."""
    meta = loaded.config.document
    base = ("document", "historie")
    seen: dict[str, int] = {}
    for i, entry in enumerate(meta.history):
        if entry.version in seen:
            first = loaded.locate(*base, seen[entry.version], "versie")
            also = f" (ook op regel {first.line})" if first.line and first.file == \
                loaded.locate(*base, i, "versie").file else ""
            yield (*base, i, "versie"), (
                f"versie ‘{entry.version}’ staat twee keer in de historie{also}."), (
                "Elke versie staat één keer in de versietabel; geef een latere versie een "
                "eigen nummer.")
            continue
        seen[entry.version] = i
        if entry.version == meta.version:
            if entry.date != meta.date:
                yield (*base, i, "datum"), (
                    f"versie ‘{entry.version}’ is de huidige versie, maar heeft in de historie "
                    f"datum {long_date(entry.date)} en in ‘document’ {long_date(meta.date)}."), (
                    "Geef de huidige versie in de historie dezelfde datum als ‘document.datum’, "
                    "of laat haar weg: ze komt vanzelf als laatste regel in de tabel.")
            if entry.status != meta.status:
                yield (*base, i, "status"), (
                    f"versie ‘{entry.version}’ is de huidige versie, maar heeft in de historie "
                    f"status ‘{entry.status}’ en in ‘document’ ‘{meta.status}’."), (
                    "Geef de huidige versie in de historie dezelfde status als "
                    "‘document.status’, of laat haar weg.")
        elif entry.date > meta.date:
            yield (*base, i, "datum"), (
                f"versie ‘{entry.version}’ heeft datum {long_date(entry.date)}, na de datum van "
                f"deze versie ({meta.version}, {long_date(meta.date)})."), (
                "De historie noemt alleen eerdere versies; verbeter de datum, of maak deze "
                "versie de huidige in ‘document’.")


def check_integrity(loaded: LoadedConfig) -> list[Problem]:
    c = loaded.config
    problems: list[Problem] = []

    def add(path: tuple[str | int, ...], message: str, hint: str = "") -> None:
        problems.append(Problem(loaded.locate(*path), message, hint))

    for path, message, hint in _history_problems(loaded):
        add(path, message, hint)

    ids = [p.id for p in c.partners]
    for pid, n in Counter(ids).items():
        if n > 1:
            i = len(ids) - 1 - ids[::-1].index(pid)
            add(("partijen", i, "id"), f"partij-id ‘{pid}’ komt {n} keer voor.",
                "Elke partij heeft een eigen id.")
    kinds = {p.id: p.kind for p in c.partners}
    with_joining = {**kinds, **{p.id: p.kind for p in c.joining}}
    for path, ref, kind in _party_refs(loaded):
        # a joining organisation may already grant its mandate and name its werkprocessen
        may_join = path[0] == "personen" or (path[0] == "mandaten" and path[-1] == "mandaatgever") \
            or (path[0] == "werkprocessen" and path[2] == "partijen")
        if ref not in (with_joining if may_join else kinds):

            close = difflib.get_close_matches(ref, list(kinds), n=1, cutoff=0.6)
            hint = f"Bedoelde u ‘{close[0]}’? " if close else ""
            add(path, f"‘{ref}’ is geen partij uit ‘partijen’.",
                hint + "Bekende partij-ids: " + ", ".join(kinds) + ".")
        elif kind and kinds[ref] != kind:
            add(path, f"‘{ref}’ is een partij van soort ‘{kinds[ref]}’, maar hier hoort een "
                      f"‘{kind}’.")

    for i, p in enumerate(c.partners):
        base = ("partijen", i)
        if p.kind == "politie" and not p.police_unit:
            add(base, f"partij ‘{p.id}’ (politie) mist ‘eenheid’.",
                "Noem de regionale eenheid, bijv. ‘eenheid: Oost-Brabant’.")
        if p.kind == "om" and not p.parket:
            add(base, f"partij ‘{p.id}’ (Openbaar Ministerie) mist ‘parket’.",
                "Noem het arrondissementsparket, bijv. ‘parket: Oost-Brabant’.")
        if p.kind == "overig" and not p.legal_basis:
            add(base, f"partij ‘{p.id}’ (soort ‘overig’) mist ‘grondslag’.",
                "Een partij buiten de catalogus moet zelf haar wettelijke taak of "
                "AVG-grondslag noemen (Handvat, protocol art. 6.4).")
        if p.kind not in ("gemeente", "politie", "om") and not p.name:
            add(base, f"partij ‘{p.id}’ mist ‘naam’.")
        if p.kind == "gemeente" and not p.name:
            add(base, f"gemeente ‘{p.id}’ mist ‘naam’ (de naam van de gemeente).")
        for attr, key, allowed in (("police_unit", "eenheid", "politie"),
                                   ("parket", "parket", "om"),
                                   ("mayor", "burgemeester", "gemeente")):
            if getattr(p, attr) is not None and p.kind != allowed:
                add((*base, key), f"‘{key}’ hoort alleen bij een partij van soort "
                                  f"‘{allowed}’, niet bij ‘{p.kind}’.")

    person_ids = [p.id for p in c.persons]
    for pid, n in Counter(person_ids).items():
        if n > 1:
            add(("personen", len(person_ids) - 1 - person_ids[::-1].index(pid), "id"),
                f"persoon-id ‘{pid}’ komt {n} keer voor.", "Elke persoon staat één keer onder "
                "‘personen’; verwijs elders naar zijn id.")
    for path, ref in _person_refs(loaded):
        if ref not in person_ids:
            close = difflib.get_close_matches(ref, person_ids, n=1, cutoff=0.6)
            add(path, f"‘{ref}’ is geen persoon uit ‘personen’.",
                (f"Bedoelde u ‘{close[0]}’? " if close else "")
                + "Beschrijf de persoon één keer onder ‘personen’ (id, naam, functie, "
                  "organisatie) en noem hier zijn id."
                + (" Bekende personen: " + ", ".join(person_ids) + "." if person_ids else ""))

    for i, m in enumerate(c.mandates):
        if not m.mandatary_party and not m.mandatary_person:
            add(("mandaten", i), "mandaat zonder gemandateerde.",
                "Vul ‘gemandateerde_partij’ of ‘gemandateerde’ (naam, functie) in.")

    for i, p in enumerate(c.joining):
        if p.id in ids or [q.id for q in c.joining].count(p.id) > 1:
            add(("toetreders", i, "id"), f"toetreder-id ‘{p.id}’ is al in gebruik.",
                "Een toetreder heeft een id die nog geen partij of andere toetreder heeft.")
        if p.kind == "overig" and not p.legal_basis:
            add(("toetreders", i), f"toetreder ‘{p.id}’ (soort ‘overig’) mist ‘grondslag’.")

    d = c.choices.duration
    if d.until and d.years:
        add(("keuzes", "looptijd"), "kies óf ‘tot’ (een datum) óf ‘jaren’, niet allebei.",
            "Art. 23.1 van het model kent deze twee alternatieven.")

    fn_ids = [f.id for f in c.choices.extra_functions]
    for i, fid in enumerate(fn_ids):
        if fid == BASE_FUNCTION or fn_ids.count(fid) > 1:
            add(("keuzes", "extra_functies", i, "id"), f"functie-id ‘{fid}’ is al in gebruik.")
    known = {BASE_FUNCTION, *fn_ids}
    wp_ids = [w.id for w in c.workprocesses]
    for i, w in enumerate(c.workprocesses):
        if wp_ids.count(w.id) > 1:
            add(("werkprocessen", i, "id"), f"werkproces-id ‘{w.id}’ komt dubbel voor.")
        for j, fid in enumerate(w.functions):
            if fid not in known:
                add(("werkprocessen", i, "functies", j), f"‘{fid}’ is geen functie.",
                    "Geldig: " + ", ".join(sorted(known)) + ".")
    return problems
