"""Level 1: who signs, for whom, and on what authority — each fact in one place (issue 9).

A person is described once under `personen`; these rules compare the places where the same person
or the same authority must agree: a signatory and the party he signs for, a mandate and the act it
authorises, the Stuurgroep's chair and its members.
"""

from __future__ import annotations

from collections.abc import Iterator

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.model.typography import is_placeholder_name, long_date
from protocolmaker.model.view import View


def _person_index(ctx: Context, person_id: str) -> int:
    return next(i for i, p in enumerate(ctx.cfg.persons) if p.id == person_id)


@rule("PE-01", "Wie tekent zonder vanzelf bevoegd te zijn, doet dat krachtens mandaat of volmacht",
      "fout", "004:10424-10430; 10460-10470; 11277-11309; issue 9.7", 1)
def signatory_mandate(ctx: Context) -> Iterator[Hit]:
    """Een politiechef tekent voor de korpschef, een hoofdofficier voor het College van
    procureurs-generaal, een wethouder voor het college, een regiodirecteur voor een stichting:
    ieder van hen doet dat krachtens een mandaat of volmacht (reikwijdte ‘ondertekening’) dat in
    Bijvoegsel 5 van het convenant en bij de handtekening staat."""
    v = View(ctx.cfg)
    for i, p in enumerate(ctx.cfg.partners):
        person = v.person(p.representative)
        if person and not v.natural_signatory(p, person) \
                and not v.mandate_for(p, person.id, "ondertekening"):
            yield Hit(f"{person.name} ({person.function}) tekent voor ‘{p.id}’ zonder mandaat of "
                      "volmacht van die partij (reikwijdte ‘ondertekening’).",
                      ("partijen", i, "vertegenwoordiger"))


@rule("PE-02", "Een persoon hoort bij de partij waarvoor hij optreedt", "fout",
      "issue 9 (zelfde feit, twee plaatsen)", 1)
def person_organisation(ctx: Context) -> Iterator[Hit]:
    """De burgemeester van een gemeente, de vertegenwoordiger van een partij en de gemandateerde
    van een partij werken voor die partij: staat bij de persoon een andere organisatie, dan
    spreken twee plaatsen in de configuratie elkaar tegen."""
    cfg = ctx.cfg
    for i, p in enumerate(cfg.partners):
        for field, pid in (("burgemeester", p.mayor), ("vertegenwoordiger", p.representative)):
            person = cfg.person(pid)
            if person and person.organisation and person.organisation != p.id:
                yield Hit(f"{person.name} staat als {field} van ‘{p.id}’ maar werkt volgens "
                          f"‘personen’ voor ‘{person.organisation}’.",
                          ("partijen", i, field))


@rule("PE-03", "De burgemeester tekent voor de gemeente als haar vertegenwoordiger", "fout",
      "004:1925-1943; 12093-12095; issue 9 (zelfde feit, twee plaatsen)", 1)
def mayor_is_representative(ctx: Context) -> Iterator[Hit]:
    """Het convenant noemt als vertegenwoordiger van een gemeente met de functie ‘burgemeester’
    dezelfde persoon die de Artikel 20-beslissing als burgemeester tekent."""
    for p in ctx.cfg.municipalities:
        rep = ctx.cfg.person(p.representative)
        if rep and p.mayor and rep.id != p.mayor and "burgemeester" in rep.function.lower() \
                and "loco" not in rep.function.lower():
            mayor = ctx.cfg.person(p.mayor)
            yield Hit(f"de gemeente ‘{p.id}’ wordt vertegenwoordigd door {rep.name} als "
                      f"burgemeester, maar haar burgemeester is {mayor.name if mayor else '?'}.",
                      ("partijen", ctx.cfg.partners.index(p), "vertegenwoordiger"))


@rule("PE-04", "Een naam is een naam, geen invulplek", "fout", "issue 9; digest E35", 1)
def placeholder_names(ctx: Context) -> Iterator[Hit]:
    """‘…’, ‘N.N.’ of ‘nog te bepalen’ is geen ondertekenaar maar een open punt; de documenten
    tonen het als open punt en een definitieve set wordt geweigerd."""
    for i, person in enumerate(ctx.cfg.persons):
        if is_placeholder_name(person.name):
            yield Hit(f"persoon ‘{person.id}’ heeft als naam ‘{person.name}’.",
                      ("personen", i, "naam"))


@rule("PE-05", "Een mandaat gaat vooraf aan de handeling die het draagt", "fout",
      "004:11283-11299; issue 9 (mandaat gedateerd na het besluit)", 1)
def mandate_before_act(ctx: Context) -> Iterator[Hit]:
    """Het mandaat om de Artikel 20-beslissing te nemen of het convenant te tekenen is verleend
    vóór die beslissing of die ondertekening, niet erna."""
    cfg = ctx.cfg
    a20 = cfg.article20
    for i, m in enumerate(cfg.mandates):
        if not m.decision:
            continue
        if "artikel20" in m.scope and a20 and a20.date and m.decision.date > a20.date:
            yield Hit(f"het mandaat voor de Artikel 20-beslissing is van "
                      f"{long_date(m.decision.date)}, na de beslissing zelf "
                      f"({long_date(a20.date)}).", ("mandaten", i, "besluit", "datum"))
        signed = cfg.choices.signing_date
        if "ondertekening" in m.scope and signed and m.decision.date > signed:
            yield Hit(f"het mandaat voor de ondertekening is van {long_date(m.decision.date)}, "
                      f"na de ondertekening ({long_date(signed)}).",
                      ("mandaten", i, "besluit", "datum"))


@rule("PE-06", "De Stuurgroep heeft één voorzitter", "fout",
      "004:10401-10404; issue 9 (twee voorzitters)", 1)
def one_chair(ctx: Context) -> Iterator[Hit]:
    """De voorzitter is altijd de burgemeester van de beheersgemeente en volgt daaruit; een lid
    met ‘voorzitter’ in zijn functie zet een tweede voorzitter in art. 4.3."""
    for i, m in enumerate(ctx.cfg.gremia.steering_group.members):
        if "voorzit" in m.role.lower():
            yield Hit(f"Stuurgroeplid ‘{m.role}’ is een tweede voorzitter; de voorzitter is de "
                      "burgemeester van de beheersgemeente.",
                      ("gremia", "stuurgroep", "leden", i, "functie"))


@rule("PE-07", "Ieder Stuurgroeplid besluit krachtens mandaat", "fout",
      "004:10424-10430; 10502-10503; issue 9.7", 1)
def steering_mandates(ctx: Context) -> Iterator[Hit]:
    """Stuurgroepbesluiten binden alle partijen; ieder lid neemt deel krachtens een mandaat van
    de partij die hij vertegenwoordigt (reikwijdte ‘stuurgroep’), dat in Bijvoegsel 5 staat."""
    for i, m in enumerate(ctx.cfg.gremia.steering_group.members):
        found = [x for x in ctx.cfg.mandates_for("stuurgroep", m.party)
                 if not m.person or x.mandatary_person in (None, m.person)]
        if not found:
            yield Hit(f"Stuurgroeplid ‘{m.role}’ van ‘{m.party}’ heeft geen mandaat "
                      "(reikwijdte stuurgroep).", ("gremia", "stuurgroep", "leden", i))


@rule("PE-08", "Wie politiegegevens in het zorg- en veiligheidshuis verwerkt, werkt voor een "
      "ontvanger", "fout", "004:4801-4829; issue 9.6", 1)
def staff_of_recipients(ctx: Context) -> Iterator[Hit]:
    """De procesregisseur en het ondersteunend personeel verwerken politiegegevens; zij zijn in
    dienst van een partij die volgens de Artikel 20-beslissing politiegegevens mag ontvangen."""
    v = View(ctx.cfg)
    if not v.police:
        return
    blocked = {p.id for p in v.non_recipients}
    g = ctx.cfg.gremia
    for path, party, staff in (
            (("gremia", "procesregisseur", "werkgever"), g.process_director.employer,
             "de Procesregisseur"),
            (("gremia", "ondersteunend_personeel", "geleverd_door"), g.support_staff.provided_by,
             "het ondersteunend personeel")):
        partner = ctx.cfg.partner(party) if party in blocked else None
        if partner:
            yield Hit(f"{partner.name} (‘{party}’) ontvangt geen politiegegevens, maar "
                      f"{staff}, die ze in het zorg- en veiligheidshuis verwerkt, is bij haar in "
                      "dienst.", path)


@rule("PE-09", "De gemandateerde politiechef werkt voor de politie", "fout",
      "004:12093-12095; issue 9 (zelfde feit, twee plaatsen)", 1)
def mandate_person_organisation(ctx: Context) -> Iterator[Hit]:
    """Wie krachtens mandaat tekent, werkt voor de mandaatgever (de politiechef voor de politie,
    de hoofdofficier voor het OM); een gemandateerde van een andere organisatie is een
    vergissing of een machtiging die als zodanig moet worden vastgelegd."""
    for i, m in enumerate(ctx.cfg.mandates):
        person = ctx.cfg.person(m.mandatary_person)
        if person and person.organisation and person.organisation != m.mandator \
                and m.kind == "mandaat" and partner_kinds()[
                    ctx.cfg.partner(m.mandator).kind].key in ("politie", "om"):
            yield Hit(f"{person.name} krijgt mandaat van ‘{m.mandator}’ maar werkt voor "
                      f"‘{person.organisation}’.", ("mandaten", i, "gemandateerde"))
