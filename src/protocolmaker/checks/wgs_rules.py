"""The legal framework on the peildatum: the WGS, the radicalisering law, and the law catalog.

Sources: the consolidated texts as read on 2026-11-25 (docs/wetgeving-onderzoek.md). Where the
Besluit gegevensverwerking door samenwerkingsverbanden decides and its text could not be read,
the config holds the region's decision and a `waarschuwing` asks for it until it is made.
"""

from __future__ import annotations

from collections.abc import Iterator

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.config.models import WGS_IN_FORCE
from protocolmaker.model.document import Cite
from protocolmaker.model.law import law
from protocolmaker.model.numbering import inlines
from protocolmaker.model.typography import long_date
from protocolmaker.model.view import View


def _process_path(ctx: Context, protocol_id: str) -> tuple[str | int, ...]:
    for i, w in enumerate(ctx.cfg.workprocesses):
        if w.id == protocol_id:
            return ("werkprocessen", i)
    return ("werkprocessen",)


@rule("WGS-01", "Het wettelijk kader is vastgelegd", "waarschuwing",
      "WGS (BWBR0049962) art. 2.24; in werking 1 maart 2025", 1)
def framework_decided(ctx: Context) -> Iterator[Hit]:
    """Sinds 1 maart 2025 zijn de zorg- en veiligheidshuizen samenwerkingsverband in de zin van de
    Wet gegevensverwerking door samenwerkingsverbanden. Ligt de peildatum daarna, dan volgen de
    documenten die wet; leg die keuze vast met ‘wettelijk_kader.wgs’."""
    cfg = ctx.cfg
    if cfg.reference_date >= WGS_IN_FORCE and cfg.legal_framework.wgs is None:
        yield Hit("de peildatum ligt op of na 1 maart 2025 en ‘wettelijk_kader.wgs’ is niet "
                  "ingevuld; de documenten volgen de WGS.", ("wettelijk_kader",))


@rule("WGS-02", "Het contactpunt voor betrokkenen is gekozen", "waarschuwing",
      "WGS art. 1.4 lid 4 onder b; Besluit gegevensverwerking door samenwerkingsverbanden "
      "(Stb. 2024, 380, niet gelezen)", 1)
def contact_point_chosen(ctx: Context) -> Iterator[Hit]:
    """Het Besluit wijst een publieke deelnemer aan als contactpunt voor betrokkenen. De tekst
    van het Besluit kon niet worden gelezen; noem de deelnemer die het volgens het Besluit is."""
    if View(ctx.cfg).wgs_protocols and not ctx.cfg.legal_framework.contact_point:
        yield Hit("‘wettelijk_kader.contactpunt’ is niet ingevuld.", ("wettelijk_kader",))


@rule("WGS-03", "Contactpunt en coördinerend FG zijn publieke deelnemers", "fout",
      "WGS art. 1.4 lid 2 en lid 4 onder b; art. 2.27 lid 1", 1)
def public_participant_roles(ctx: Context) -> Iterator[Hit]:
    """Het contactpunt is ‘een deelnemende overheidsinstantie of deelnemend overheidsorgaan’; de
    coördinerend functionaris voor gegevensbescherming is die van zo’n deelnemer."""
    lk = ctx.cfg.legal_framework
    for key, party_id in (("contactpunt", lk.contact_point), ("coordinerend_fg",
                                                              lk.coordinating_dpo)):
        if party_id and partner_kinds()[ctx.cfg.partner(party_id).kind].wgs != "publiek":
            yield Hit(f"‘{party_id}’ is geen publieke deelnemer in de zin van art. 2.27 lid 1 "
                      "WGS.", ("wettelijk_kader", key))


@rule("WGS-04", "Er is een coördinerend functionaris voor gegevensbescherming", "fout",
      "WGS art. 1.4 lid 2", 1)
def coordinating_dpo(ctx: Context) -> Iterator[Hit]:
    """De deelnemers wijzen de functionaris voor gegevensbescherming van een publieke deelnemer
    aan als coördinerend functionaris voor het samenwerkingsverband."""
    if View(ctx.cfg).wgs_protocols and not ctx.cfg.legal_framework.coordinating_dpo:
        yield Hit("‘wettelijk_kader.coordinerend_fg’ is niet ingevuld.", ("wettelijk_kader",))


@rule("WGS-05", "Onder de WGS nemen alleen aangewezen deelnemers deel", "waarschuwing",
      "WGS art. 2.27 lid 1, 2 en 5; art. 2.31 lid 9-10", 1)
def designated_participants(ctx: Context) -> Iterator[Hit]:
    """De WGS wijst de deelnemers aan (publiek: RvdK, DJI, politie, OM, burgemeester, college,
    GGD; privaat: reclassering, Veilig Thuis, gecertificeerde instelling, GGZ, instellingen in
    opdracht van het college). Andere partijen (Halt, Slachtofferhulp, een woningcorporatie)
    worden per casus als derde betrokken (‘derden’), tenzij het Besluit hen aanwijst — dat kon
    niet worden vastgesteld."""
    for pr in View(ctx.cfg).protocols:
        for p in pr.not_designated:
            if pr.framework == "wgs":
                yield Hit(f"‘{p.id}’ ({partner_kinds()[p.kind].label}) is geen deelnemer in de "
                          f"zin van art. 2.27 WGS maar neemt deel aan werkproces ‘{pr.name}’; "
                          "zet haar onder ‘derden’.", (*_process_path(ctx, pr.id), "partijen"))


@rule("WGS-06", "De keuze voor een Artikel 20-beslissing naast de WGS is gemaakt", "waarschuwing",
      "Wpg art. 20 lid 1-3 (docs/wetgeving-onderzoek.md § 1.9)", 1)
def a20_alongside_decided(ctx: Context) -> Iterator[Hit]:
    """Onder de WGS verstrekt de politie op grond van art. 20 lid 3 Wpg; of daarnaast een
    beslissing op grond van lid 1 nodig is, kon niet worden vastgesteld. Laat dit toetsen en leg
    de keuze vast in ‘wettelijk_kader.artikel20_naast_wgs’."""
    v = View(ctx.cfg)
    if v.police and any(pr.framework == "wgs" and pr.a20_recipients for pr in v.protocols) \
            and ctx.cfg.legal_framework.article20_alongside is None:
        yield Hit("‘wettelijk_kader.artikel20_naast_wgs’ is niet ingevuld; de set bevat een "
                  "beslissing die beide grondslagen benoemt.", ("wettelijk_kader",))


@rule("WGS-07", "Radicalisering: de burgemeester en de deelnemers van de wet", "waarschuwing",
      "Wet gegevensverwerking persoonsgerichte aanpak radicalisering en terroristische "
      "activiteiten (BWBR0050740) art. 2, 3, 12", 1)
def radicalisation(ctx: Context) -> Iterator[Hit]:
    """De burgemeester draagt zorg voor het casusoverleg radicalisering; deelnemers zijn
    burgemeester, college, politie, OM, reclassering en de Raad voor de Kinderbescherming.
    Anderen worden per casus als derde betrokken."""
    for pr in View(ctx.cfg).protocols:
        if pr.framework != "radicalisering":
            continue
        path = (*_process_path(ctx, pr.id), "partijen")
        if not any(p.kind == "gemeente" for p in pr.partners):
            yield Hit(f"werkproces ‘{pr.name}’ heeft geen gemeente, dus geen burgemeester.",
                      path)
        for p in pr.not_designated:
            yield Hit(f"‘{p.id}’ ({partner_kinds()[p.kind].label}) is geen deelnemer in de zin "
                      f"van art. 3 lid 1 van de wet; zet haar onder ‘derden’.", path)


@rule("LAW-01", "Wat de documenten aanhalen, geldt op de peildatum", "waarschuwing",
      "templates/catalogus/wetgeving.yaml (geldig_vanaf, geldig_tot)", 3)
def cited_law_in_force(ctx: Context) -> Iterator[Hit]:
    """Een document haalt geen regeling aan die op de peildatum nog niet of niet meer geldt
    (bijvoorbeeld de Wet bopz na 1 januari 2020, of de WGS vóór 1 maart 2025)."""
    assert ctx.documents is not None
    on = ctx.cfg.reference_date
    for spec, doc in ctx.documents:
        seen: set[str] = set()
        for inline in inlines(doc):
            for span in inline:
                if isinstance(span, Cite) and span.citation.law not in seen:
                    seen.add(span.citation.law)
                    entry = law(span.citation.law)
                    if not entry.in_force(on):
                        yield Hit(f"‘{entry.title}’ geldt niet op de peildatum "
                                  f"{long_date(on)}.", document=spec.filename)
