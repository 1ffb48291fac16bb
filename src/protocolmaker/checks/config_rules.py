"""Level 1: the law and the model texts as rules over the region config.

Each rule cites the seed passage it enforces (file:line in shared/seeds, via the digest).
"""

from __future__ import annotations

from collections.abc import Iterator

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.config.integrity import BASE_FUNCTION
from protocolmaker.model.typography import long_date
from protocolmaker.model.view import View

MODEL_KINDS_WITHOUT_ENTRY = ("halt", "woningcorporatie", "overig")
"""Kinds the model's art. 6.4 a–m does not list (digest F34; 004:12063-12164)."""


def _parties(ctx: Context):  # type: ignore[no-untyped-def]
    return enumerate(ctx.cfg.partners)


# --- partijen ---------------------------------------------------------------------------------

@rule("PA-01", "Elke partij heeft een AVG-grondslag", "fout", "004:12055-12061; 12223-12233", 1)
def party_has_basis(ctx: Context) -> Iterator[Hit]:
    """Iedere partij moet een grondslag uit artikel 6, eerste lid, AVG kunnen aanwijzen."""
    for i, p in _parties(ctx):
        if not ctx.cfg.gdpr_bases(p) and not p.legal_basis:
            yield Hit(f"partij ‘{p.id}’ heeft geen AVG-grondslag (avg_grondslag is leeg).",
                      ("partijen", i, "avg_grondslag"))


@rule("PA-02", "Private partij steunt niet zonder wettelijke taak op art. 6 lid 1 sub e AVG",
      "fout", "004:916-939; 004:12223-12233", 1)
def private_not_public_task(ctx: Context) -> Iterator[Hit]:
    """Een private partij zonder wettelijk toegekende taak gebruikt toestemming (a) of
    gerechtvaardigd belang (f), niet de publieke taak (e)."""
    for i, p in _parties(ctx):
        kind = partner_kinds()[p.kind]
        if (not ctx.cfg.is_public(p) and "e" in ctx.cfg.gdpr_bases(p)
                and "e" not in kind.gdpr_bases and not p.legal_basis):
            yield Hit(f"partij ‘{p.id}’ is privaat en noemt grondslag e (publieke taak) zonder "
                      "wettelijke taak; kies a of f, of noem de taak in ‘grondslag’.",
                      ("partijen", i, "avg_grondslag"))


@rule("PA-03", "Een overheidsorgaan steunt niet op gerechtvaardigd belang", "fout",
      "004:926-928; 002:326", 1)
def public_not_legitimate_interest(ctx: Context) -> Iterator[Hit]:
    """Een bestuursorgaan of andere publieke partij mag zich niet op artikel 6, eerste lid,
    onder f, AVG beroepen."""
    for i, p in _parties(ctx):
        if ctx.cfg.is_public(p) and "f" in ctx.cfg.gdpr_bases(p):
            yield Hit(f"partij ‘{p.id}’ is publiek maar noemt grondslag f (gerechtvaardigd "
                      "belang).", ("partijen", i, "avg_grondslag"))


@rule("PA-04", "Slachtofferhulp deelt alleen met uitdrukkelijke toestemming", "fout",
      "004:5628-5630; 5765-5779; 12152-12158", 1)
def victim_support_consent(ctx: Context) -> Iterator[Hit]:
    """Slachtofferhulp Nederland verstrekt gegevens aan het samenwerkingsverband alleen met
    uitdrukkelijke, aantoonbare toestemming (grondslag a)."""
    for i, p in _parties(ctx):
        if partner_kinds()[p.kind].explicit_consent and "a" not in ctx.cfg.gdpr_bases(p):
            yield Hit(f"partij ‘{p.id}’ ({partner_kinds()[p.kind].label}) mist grondslag a "
                      "(uitdrukkelijke toestemming).", ("partijen", i, "avg_grondslag"))


@rule("PA-05", "Partij buiten de landelijke ketenpartners: toets bijzondere gegevens",
      "waarschuwing", "004:8354-8356; 9355-9361", 1)
def outside_chain(ctx: Context) -> Iterator[Hit]:
    """Bij een partij buiten de landelijke ketenpartners wordt vóór elk Casusoverleg getoetst of
    zij van bijzondere persoonsgegevens kennis mag nemen; het privacyprotocol van een werkproces
    waaraan zij deelneemt (als partij of als derde) legt die toets vast. Neemt zij aan geen
    werkproces deel, dan staat die toets nergens."""
    covered = {p.id for pr in View(ctx.cfg).protocols for p in (*pr.partners, *pr.third_parties)}
    for i, p in _parties(ctx):
        if partner_kinds()[p.kind].outside_national_chain and p.id not in covered:
            yield Hit(f"partij ‘{p.id}’ ({partner_kinds()[p.kind].label}) hoort niet tot de "
                      "landelijke ketenpartners en neemt aan geen werkproces deel, zodat geen "
                      "protocol de toets op bijzondere gegevens vastlegt.",
                      ("partijen", i, "soort"))


@rule("PA-06", "Partij die het model niet noemt: juridische analyse vóór uitwisseling",
      "waarschuwing", "004:12055-12061; 13040-13045", 1)
def needs_analysis(ctx: Context) -> Iterator[Hit]:
    """Voor een partij zonder ingang in art. 6.4 a–m van het model (Halt, woningcorporatie,
    overig) is vóór de uitwisseling een juridische analyse nodig (protocol art. 28.2); leg haar
    vast onder ‘juridische_analyse’ (kenmerk, datum)."""
    for i, p in _parties(ctx):
        if p.kind in MODEL_KINDS_WITHOUT_ENTRY and not p.legal_analysis:
            yield Hit(f"partij ‘{p.id}’ staat niet in art. 6.4 a–m van het model; leg de "
                      "juridische analyse vast voordat gegevens worden gedeeld.",
                      ("partijen", i, "juridische_analyse"))


@rule("PA-07", "Elke gemeente noemt haar burgemeester", "fout",
      "004:1925-1943; 004:12093-12095", 1)
def municipality_mayor(ctx: Context) -> Iterator[Hit]:
    """De burgemeester is partij naast het college, voorzitter van de Stuurgroep (beheersgemeente)
    en ondertekent als bevoegd gezag de Artikel 20 Wpg Beslissing."""
    for i, p in _parties(ctx):
        if p.kind == "gemeente" and not p.mayor:
            yield Hit(f"gemeente ‘{p.id}’ mist ‘burgemeester’.", ("partijen", i, "burgemeester"))


@rule("PA-08", "Eén politie-eenheid en één parket per zorg- en veiligheidshuis", "fout",
      "004:10081-10085", 1)
def single_police_and_om(ctx: Context) -> Iterator[Hit]:
    """De Korpschef (voor één eenheid) en het College van procureurs-generaal (voor één parket)
    zijn elk één partij; de Artikel 20-beslissing kent één politiechef."""
    for kind in ("politie", "om"):
        found = [i for i, p in _parties(ctx) if p.kind == kind]
        for i in found[1:]:
            yield Hit(f"er is meer dan één partij van soort ‘{kind}’.", ("partijen", i, "soort"))


@rule("PA-09", "Politie zonder Openbaar Ministerie", "waarschuwing", "004:4696-4702", 1)
def police_without_om(ctx: Context) -> Iterator[Hit]:
    """De officier van justitie is bevoegd gezag voor de Artikel 20-beslissing; zonder OM als
    partij ontbreekt die schakel in de samenwerking."""
    if ctx.cfg.of_kind("politie") and not ctx.cfg.of_kind("om"):
        yield Hit("de politie is partij, het Openbaar Ministerie niet.", ("partijen",))


@rule("PA-10", "Partijnamen zijn uniek", "fout", "004:11450-11456", 1)
def unique_names(ctx: Context) -> Iterator[Hit]:
    """Twee partijen met dezelfde naam maken de partijlijst en de ondertekening dubbelzinnig."""
    seen: dict[str, str] = {}
    for i, p in _parties(ctx):
        if p.name and p.name in seen:
            yield Hit(f"‘{p.name}’ is de naam van zowel ‘{seen[p.name]}’ als ‘{p.id}’.",
                      ("partijen", i, "naam"))
        elif p.name:
            seen[p.name] = p.id


# --- gremia en mandaten -----------------------------------------------------------------------

@rule("GR-01", "Voorzitter Stuurgroep is de burgemeester van de beheersgemeente", "fout",
      "004:10403-10404", 1)
def chair(ctx: Context) -> Iterator[Hit]:
    """De Stuurgroep wordt voorgezeten door de burgemeester van de beheersgemeente; die moet
    dus bekend zijn."""
    g = ctx.cfg.partner(ctx.cfg.zvh.managing_municipality)
    if not g.mayor:
        yield Hit(f"de beheersgemeente ‘{g.id}’ noemt geen burgemeester, dus geen voorzitter.",
                  ("zvh", "beheersgemeente"))


@rule("GR-02", "Elk Stuurgroeplid is door een partij aangewezen", "waarschuwing",
      "004:10424-10430", 1)
def steering_appointed(ctx: Context) -> Iterator[Hit]:
    """Ieder lid van de Stuurgroep heeft mandaat van de bevoegde persoon in de eigen organisatie;
    de configuratie noemt wie het lid aanwijst."""
    for i, m in enumerate(ctx.cfg.gremia.steering_group.members):
        if not m.appointed_by:
            yield Hit(f"Stuurgroeplid ‘{m.role}’ heeft geen ‘aangewezen_door’.",
                      ("gremia", "stuurgroep", "leden", i, "aangewezen_door"))


@rule("GR-03", "Elke gemeente is in het Partneroverleg vertegenwoordigd", "fout",
      "004:10543; 10575-10578; 11738-11746; 11301-11309", 1)
def partner_meeting_mandates(ctx: Context) -> Iterator[Hit]:
    """Bij gezamenlijke vertegenwoordiging (convenant 6.7) heeft elke andere gemeente een mandaat
    aan de afgevaardigde gemeente voor het Partneroverleg; anders is zij niet vertegenwoordigd."""
    joint = ctx.cfg.gremia.partner_meeting.joint_representation
    if not joint:
        return
    rep = joint.representative_municipality
    mandated = {m.mandator for m in ctx.cfg.mandates_for("partneroverleg")
                if m.mandatary_party == rep}
    for i, p in _parties(ctx):
        if p.kind == "gemeente" and p.id != rep and p.id not in mandated:
            yield Hit(f"gemeente ‘{p.id}’ laat zich vertegenwoordigen door ‘{rep}’ maar heeft "
                      "geen mandaat (reikwijdte partneroverleg) aan die gemeente.",
                      ("partijen", i))


@rule("GR-04", "Gezamenlijke vertegenwoordiging alleen bij meerdere gemeenten", "fout",
      "004:10575-10578", 1)
def joint_needs_several(ctx: Context) -> Iterator[Hit]:
    """Art. 6.7 van het convenant is een optie voor zorg- en veiligheidshuizen met meerdere
    gemeenten."""
    if ctx.cfg.gremia.partner_meeting.joint_representation and len(ctx.cfg.municipalities) < 2:
        yield Hit("gezamenlijke vertegenwoordiging ingesteld terwijl er één gemeente is.",
                  ("gremia", "partneroverleg", "gezamenlijke_vertegenwoordiging"))


@rule("GR-05", "De Manager valt onder een partij", "waarschuwing", "004:10684-10692", 1)
def manager_party(ctx: Context) -> Iterator[Hit]:
    """Convenant art. 11.2: de Manager valt onder de verantwoordelijkheid van een partij."""
    if not ctx.cfg.gremia.manager.organisation:
        yield Hit("‘gremia.manager.organisatie’ is niet ingevuld.", ("gremia", "manager"))


@rule("GR-06", "Verwerkingsverantwoordelijkheid wordt niet gemandateerd", "fout",
      "004:10579-10581; 11277-11281", 1)
def no_controller_mandate(ctx: Context) -> Iterator[Hit]:
    """Verwerkingsverantwoordelijkheid kan niet worden gemandateerd of gedelegeerd."""
    for i, m in enumerate(ctx.cfg.mandates):
        if m.description and "verwerkingsverantwoordelijk" in m.description.lower():
            yield Hit("dit mandaat gaat over verwerkingsverantwoordelijkheid.",
                      ("mandaten", i, "omschrijving"))


@rule("GR-07", "Een mandaat is vastgelegd in een mandaatbesluit", "waarschuwing",
      "004:11283-11299 (Awb 10:1-10:12)", 1)
def mandate_decision(ctx: Context) -> Iterator[Hit]:
    """Mandaat wordt schriftelijk verleend; noem kenmerk en datum van het besluit."""
    for i, m in enumerate(ctx.cfg.mandates):
        if not m.decision:
            yield Hit(f"mandaat van ‘{m.mandator}’ ({', '.join(m.scope)}) noemt geen "
                      "mandaatbesluit.",
                      ("mandaten", i))


@rule("GR-08", "Een partij mandateert niet zichzelf", "fout", "004:11283-11299", 1)
def no_self_mandate(ctx: Context) -> Iterator[Hit]:
    """Mandaatgever en gemandateerde partij zijn verschillend."""
    for i, m in enumerate(ctx.cfg.mandates):
        if m.mandatary_party and m.mandatary_party == m.mandator:
            yield Hit(f"‘{m.mandator}’ mandateert zichzelf.", ("mandaten", i,
                                                               "gemandateerde_partij"))


@rule("GR-09", "De politiechef tekent de Artikel 20-beslissing krachtens mandaat", "fout",
      "004:12093-12095", 1)
def police_chief_mandate(ctx: Context) -> Iterator[Hit]:
    """De Artikel 20 Wpg Beslissing wordt ondertekend door de gemandateerde politiechef."""
    police = ctx.cfg.of_kind("politie")
    if police and View(ctx.cfg).needs_a20_decision and not any(
            m.mandatary_person for m in ctx.cfg.mandates_for("artikel20", police[0].id)):
        yield Hit("geen mandaat van de korpschef (reikwijdte artikel20) aan een politiechef "
                  "(gemandateerde).", ("mandaten",))


@rule("GR-10", "Informatiebeveiliging is bij een partij belegd", "waarschuwing",
      "004:10901-10904; 12432-12434; 12521-12524", 1)
def info_security(ctx: Context) -> Iterator[Hit]:
    """Convenant 17.3 en protocol 12.3 en 14.2 noemen dezelfde partij voor informatiebeveiliging."""
    if not ctx.cfg.gremia.info_security.party:
        yield Hit("‘gremia.informatiebeveiliging.partij’ is niet ingevuld.",
                  ("gremia", "informatiebeveiliging"))


@rule("GR-11", "Eén coördinator voor privacyverzoeken en datalekken", "waarschuwing",
      "004:12370-12373; 12526; 12739-12744", 1)
def coordinator(ctx: Context) -> Iterator[Hit]:
    """‘[de Manager/Procesregisseur]’ van het model is één keuze, overal dezelfde."""
    if not ctx.cfg.privacy.coordinator:
        yield Hit("‘privacy.coordinator’ is niet ingevuld.", ("privacy",))


@rule("GR-12", "Er is een privacyadviseur", "waarschuwing", "004:11748-11751; 12943-12944", 1)
def privacy_adviser(ctx: Context) -> Iterator[Hit]:
    """De privacyadviseur is het eerste aanspreekpunt voor de functionarissen
    gegevensbescherming."""
    if not ctx.cfg.zvh.privacy_adviser:
        yield Hit("‘zvh.privacyadviseur’ is niet ingevuld.", ("zvh",))


# --- bewaartermijnen en termijnen ---------------------------------------------------------------

@rule("BT-01", "Bewaartermijnen staan in de goede volgorde", "fout", "004:9591-9612; 12405-12413",
      1)
def retention_order(ctx: Context) -> Iterator[Hit]:
    """Eerst beperkte toegang, dan archief, dan vernietiging."""
    r = ctx.cfg.retention
    if not r.restricted_access_months <= r.archive_until_months <= r.destruction_months:
        yield Hit(f"beperkte toegang ({r.restricted_access_months}) ≤ archief "
                  f"({r.archive_until_months}) ≤ vernietiging ({r.destruction_months}) maanden "
                  "klopt niet.", ("bewaartermijnen",))


@rule("BT-02", "Vernietiging uiterlijk één jaar na afschaling", "fout", "004:12405-12406", 1)
def destruction_year(ctx: Context) -> Iterator[Hit]:
    """Persoonsgegevens worden uiterlijk binnen één jaar na het afschalingsbesluit vernietigd."""
    if ctx.cfg.retention.destruction_months > 12:
        yield Hit(f"vernietiging na {ctx.cfg.retention.destruction_months} maanden; uiterlijk "
                  "12.", ("bewaartermijnen", "vernietiging_uiterlijk_maanden"))


@rule("BT-03", "Beperkte toegang ten hoogste zes maanden", "fout", "004:9591-9600; 12407-12409",
      1)
def restricted_six(ctx: Context) -> Iterator[Hit]:
    """Het dossier blijft ten hoogste zes maanden na afschaling actief (beperkt toegankelijk)."""
    if ctx.cfg.retention.restricted_access_months > 6:
        yield Hit(f"beperkte toegang {ctx.cfg.retention.restricted_access_months} maanden; ten "
                  "hoogste 6.", ("bewaartermijnen", "beperkte_toegang_maanden"))


@rule("BT-04", "Herbeoordeling bij afwijking binnen zes maanden", "fout", "004:9616-9630", 1)
def review_six(ctx: Context) -> Iterator[Hit]:
    """Wie van de termijnen afwijkt, herbeoordeelt dat binnen ten hoogste zes maanden."""
    if ctx.cfg.retention.review_months > 6:
        yield Hit(f"herbeoordeling na {ctx.cfg.retention.review_months} maanden; ten hoogste 6.",
                  ("bewaartermijnen", "herbeoordeling_maanden"))


@rule("BT-05", "Datalek ruim binnen 72 uur bij de coördinator", "fout",
      "004:12526-12528; 12563-12565", 1)
def breach_hours(ctx: Context) -> Iterator[Hit]:
    """Een partij meldt een datalek zo snel dat de AP-melding binnen 72 uur haalbaar blijft:
    ingevuld en korter dan 72 uur (meer dan 48 uur laat te weinig tijd)."""
    h = ctx.cfg.deadlines.breach_report_hours
    if h is None:
        yield Hit("‘termijnen.datalek_melding_uren’ is niet ingevuld.", ("termijnen",))
    elif h > 48:
        yield Hit(f"{h} uur laat geen ruimte voor de melding aan de AP binnen 72 uur.",
                  ("termijnen", "datalek_melding_uren"))


@rule("BT-06", "Inzageverzoek binnen vier weken beantwoord", "fout", "004:12810", 1)
def access_weeks(ctx: Context) -> Iterator[Hit]:
    """Het protocol laat de Manager een inzageverzoek binnen vier weken beantwoorden."""
    if ctx.cfg.deadlines.access_weeks > 4:
        yield Hit(f"{ctx.cfg.deadlines.access_weeks} weken; ten hoogste 4.",
                  ("termijnen", "inzage_weken"))


@rule("BT-07", "Besluit op correctie of verwijdering binnen vier weken", "fout",
      "004:12839-12842", 1)
def correction_weeks(ctx: Context) -> Iterator[Hit]:
    """Een verzoek om correctie of verwijdering wordt uiterlijk binnen vier weken beslist."""
    if ctx.cfg.deadlines.correction_weeks > 4:
        yield Hit(f"{ctx.cfg.deadlines.correction_weeks} weken; ten hoogste 4.",
                  ("termijnen", "correctie_weken"))


@rule("BT-08", "Besluit op verzet binnen vier weken", "fout", "004:12856-12858", 1)
def objection_weeks(ctx: Context) -> Iterator[Hit]:
    """Op verzet wordt binnen vier weken beslist en de beslissing binnen die termijn uitgevoerd."""
    if ctx.cfg.deadlines.objection_weeks > 4:
        yield Hit(f"{ctx.cfg.deadlines.objection_weeks} weken; ten hoogste 4.",
                  ("termijnen", "verzet_weken"))


# --- keuzes en data -----------------------------------------------------------------------------

@rule("KZ-01", "Elke functie valt onder precies één werkproces", "fout",
      "004:10345-10363; 10201-10204; 7195-7211; digest E25", 1)
def functions_covered(ctx: Context) -> Iterator[Hit]:
    """Iedere functie van art. 2 van het convenant (complexe casuïstiek en de extra functies van
    art. 2.3) valt onder precies één werkproces met een eigen privacyprotocol: een functie die
    nergens onder valt, heeft geen protocol; een functie onder twee protocollen maakt ze
    tegenstrijdig."""
    processes = ctx.cfg.workprocesses
    if not processes:
        return
    wanted = [BASE_FUNCTION, *(f.id for f in ctx.cfg.choices.extra_functions)]
    for fid in wanted:
        owners = [i for i, w in enumerate(processes) if fid in w.functions]
        if not owners:
            yield Hit(f"functie ‘{fid}’ valt onder geen enkel werkproces.", ("werkprocessen",))
        for i in owners[1:]:
            yield Hit(f"functie ‘{fid}’ valt onder twee werkprocessen "
                      f"(‘{processes[owners[0]].id}’ en ‘{processes[i].id}’).",
                      ("werkprocessen", i, "functies"))


@rule("KZ-02", "Extra functies vragen een eigen privacyprotocol", "waarschuwing",
      "004:10345-10363; 7195-7211", 1)
def extra_functions_option2(ctx: Context) -> Iterator[Hit]:
    """Wie functies toevoegt (art. 2.3), legt per doel een werkproces met een eigen
    privacyprotocol vast (OPTIE 2), of breidt het protocol bewust uit."""
    if ctx.cfg.choices.extra_functions and not ctx.cfg.workprocesses:
        yield Hit("extra functies zonder werkprocessen: één protocol voor alle functies "
                  "(OPTIE 1).", ("keuzes", "extra_functies"))


@rule("KZ-06", "Een werkproces dekt een functie van het convenant", "fout",
      "004:10345-10363; issue 10", 1)
def process_has_function(ctx: Context) -> Iterator[Hit]:
    """Een privacyprotocol zonder functie van het convenant heeft geen doel binnen de
    samenwerking."""
    for i, w in enumerate(ctx.cfg.workprocesses):
        if not w.functions:
            yield Hit(f"werkproces ‘{w.id}’ noemt geen functie.", ("werkprocessen", i, "id"))


@rule("KZ-07", "Een werkproces buiten complexe casuïstiek heeft een eigen doel", "fout",
      "004:11795-11822; issue 10", 1)
def process_has_purpose(ctx: Context) -> Iterator[Hit]:
    """Alleen voor complexe casuïstiek volgt het doel uit het convenant (of de WGS); een ander
    werkproces schrijft zijn doel zelf, als doel (‘ter voorkoming van …’)."""
    for i, w in enumerate(ctx.cfg.workprocesses):
        if BASE_FUNCTION not in w.functions and not w.purpose and w.functions:
            yield Hit(f"werkproces ‘{w.id}’ heeft geen ‘doel’.", ("werkprocessen", i, "id"))


@rule("KZ-08", "De gegevens van het protocol dekken wat de partijen inbrengen", "fout",
      "004:13459-13463; 13494-13500; issue 9.1", 1)
def categories_cover_kinds(ctx: Context) -> Iterator[Hit]:
    """Noemt de regio zelf de bijzondere of strafrechtelijke gegevens van een categorie
    betrokkenen, dan dekt die lijst wat de deelnemende partijen naar hun soort inbrengen
    (gezondheid bij GGZ, GGD en Veilig Thuis, strafrechtelijke gegevens bij politie, OM en
    reclassering, …)."""
    from protocolmaker.model.document import Cite, Text
    from protocolmaker.model.markup import parse_inline

    def plain_text(markup: str) -> str:
        return "".join(s.text if isinstance(s, Text) else s.citation.text()
                       for s in parse_inline(markup) if isinstance(s, Text | Cite))

    chosen = ctx.cfg.privacy.subject_categories
    v = View(ctx.cfg)
    for pr in v.protocols:
        required = v.required_data(pr.partners)
        for i, c in enumerate(chosen[:1]):
            for field, attr in (("bijzondere_gegevens", c.special_data),
                                ("strafrechtelijke_gegevens", c.criminal_data)):
                if attr is None:
                    continue
                listed = " ".join(attr).lower()
                for need in sorted(required[field]):
                    key = plain_text(need).split(",")[0].split(" als bedoeld")[0].lower()
                    if key not in listed:
                        yield Hit(f"protocol ‘{pr.title}’: ‘{plain_text(need)}’ ontbreekt in "
                                  f"‘{field}’ van categorie {i + 1}.",
                                  ("privacy", "categorieen_betrokkenen", i, field))


@rule("KZ-03", "De looptijd van het convenant is gekozen", "waarschuwing", "004:11025-11036", 1)
def duration_set(ctx: Context) -> Iterator[Hit]:
    """Art. 23.1: tot een datum, of een aantal jaren met stilzwijgende verlenging."""
    d = ctx.cfg.choices.duration
    if not d.until and not d.years:
        yield Hit("‘keuzes.looptijd’ noemt geen ‘tot’ en geen ‘jaren’.", ("keuzes",))


@rule("KZ-04", "Einddatum ligt na ondertekening", "fout", "004:11025-11036", 1)
def duration_after_signing(ctx: Context) -> Iterator[Hit]:
    """Een convenant dat eindigt vóór het wordt getekend (of vóór deze versie), is onzinnig."""
    d = ctx.cfg.choices.duration
    start = ctx.cfg.choices.signing_date or ctx.cfg.document.date
    if d.until and d.until <= start:
        yield Hit(f"looptijd tot {long_date(d.until)} ligt niet na {long_date(start)}.",
                  ("keuzes", "looptijd", "tot"))


@rule("KZ-05", "Ondertekening niet vóór de datum van deze versie", "waarschuwing",
      "004:11568-11571", 1)
def signing_after_version(ctx: Context) -> Iterator[Hit]:
    """De ondertekeningsdatum die het protocol citeert, ligt niet vóór de versie die wordt
    getekend."""
    s = ctx.cfg.choices.signing_date
    if s and s < ctx.cfg.document.date:
        yield Hit(f"ondertekening {long_date(s)} ligt vóór de versiedatum "
                  f"{long_date(ctx.cfg.document.date)}.", ("keuzes", "ondertekeningsdatum"))


# --- Artikel 20 Wpg -----------------------------------------------------------------------------

@rule("A20-01", "Politie als partij vraagt een Artikel 20 Wpg Beslissing", "fout",
      "004:12023-12025; 12089-12096", 1)
def police_needs_a20(ctx: Context) -> Iterator[Hit]:
    """Politiegegevens gaan alleen naar het samenwerkingsverband op grond van een
    Artikel 20-beslissing (of, onder de WGS, op grond van art. 20 lid 3 Wpg)."""
    if ctx.cfg.of_kind("politie") and View(ctx.cfg).needs_a20_decision \
            and not ctx.cfg.article20:
        yield Hit("de politie is partij maar ‘artikel20’ ontbreekt.", ("partijen",))


@rule("A20-02", "Alleen politiegegevens van art. 8 en 13 Wpg, tenzij strikt noodzakelijk",
      "fout", "004:4757-4773; Bpg 4:5", 1)
def a20_categories(ctx: Context) -> Iterator[Hit]:
    """Bpg 4:5: artikel 9 of 10 Wpg alleen met een schriftelijke motivering van strikte noodzaak
    (en na overleg met de functionaris van Bpg 2:10)."""
    a20 = ctx.cfg.article20
    if a20 and {9, 10} & set(a20.categories) and not a20.necessity:
        yield Hit("categorie 9 of 10 zonder ‘noodzaak_motivering’.",
                  ("artikel20", "gegevenscategorieen"))


@rule("A20-03", "Ontvangers van politiegegevens zijn partijen, niet de politie zelf", "fout",
      "004:4712-4714", 1)
def a20_recipients(ctx: Context) -> Iterator[Hit]:
    """De ontvangers zijn partijen bij het convenant; de politie verstrekt en ontvangt niet."""
    a20 = ctx.cfg.article20
    if not a20:
        return
    for i, r in enumerate(a20.recipients):
        if ctx.cfg.partner(r).kind == "politie":
            yield Hit("de politie staat als ontvanger van haar eigen gegevens.",
                      ("artikel20", "ontvangers", i))


@rule("A20-04", "Politiechef en officier van justitie zijn genoemd", "fout",
      "004:4696-4702; 12093-12095", 1)
def a20_signers(ctx: Context) -> Iterator[Hit]:
    """De beslissing wordt getekend door de gemandateerde politiechef en, als bevoegd gezag, de
    officier van justitie en iedere burgemeester."""
    a20 = ctx.cfg.article20
    if not a20 or not View(ctx.cfg).needs_a20_decision:
        return
    if not View(ctx.cfg).police_chief:
        yield Hit("er is geen politiechef: leg onder ‘mandaten’ het mandaat van de korpschef "
                  "vast (reikwijdte artikel20, gemandateerde).", ("mandaten",))
    if not a20.public_prosecutor:
        yield Hit("‘artikel20.officier_van_justitie’ is niet ingevuld.", ("artikel20",))


@rule("A20-05", "De politiechef is van de eenheid die partij is", "fout",
      "004:12093-12095; issue 9", 1)
def a20_unit(ctx: Context) -> Iterator[Hit]:
    """De gemandateerde politiechef is die van de eenheid van de politiepartij en werkt voor de
    politie."""
    chief = View(ctx.cfg).police_chief
    police = ctx.cfg.of_kind("politie")
    if chief and police and police[0].police_unit:
        unit = police[0].police_unit
        path = ("personen", next(i for i, p in enumerate(ctx.cfg.persons) if p.id == chief.id))
        if "eenheid" in chief.function and unit.lower() not in chief.function.lower():
            yield Hit(f"de politiechef ({chief.function}) hoort niet bij de eenheid {unit}.",
                      (*path, "functie"))
        if chief.organisation and chief.organisation != police[0].id:
            yield Hit(f"de politiechef {chief.name} werkt niet voor de politie.",
                      (*path, "organisatie"))


@rule("A20-06", "De officier van justitie is van het parket dat partij is", "fout",
      "004:10085; 4696-4702; issue 9", 1)
def a20_parket(ctx: Context) -> Iterator[Hit]:
    """De tekenende officier van justitie hoort bij het arrondissementsparket van de OM-partij:
    alleen die officier is bevoegd gezag voor deze samenwerking."""
    a20 = ctx.cfg.article20
    om = ctx.cfg.of_kind("om")
    ovj = ctx.cfg.person(a20.public_prosecutor) if a20 else None
    if ovj and om and om[0].parket:
        path = ("personen", next(i for i, p in enumerate(ctx.cfg.persons) if p.id == ovj.id))
        if "parket" in ovj.function and om[0].parket.lower() not in ovj.function.lower():
            yield Hit(f"de officier van justitie ({ovj.function}) hoort niet bij parket "
                      f"{om[0].parket}.", (*path, "functie"))
        if ovj.organisation and ovj.organisation != om[0].id:
            yield Hit(f"de officier van justitie {ovj.name} werkt niet voor het Openbaar "
                      "Ministerie.", (*path, "organisatie"))


@rule("A20-07", "Artikel 20-gegevens zonder politie als partij", "waarschuwing",
      "004:4739-4753", 1)
def a20_without_police(ctx: Context) -> Iterator[Hit]:
    """Zonder politie als partij wordt geen beslissing gemaakt; de gegevens onder ‘artikel20’
    worden dan niet gebruikt."""
    if ctx.cfg.article20 and not ctx.cfg.of_kind("politie"):
        yield Hit("‘artikel20’ is ingevuld maar de politie is geen partij.", ("artikel20",))


@rule("A20-08", "Beslissing niet vóór het convenant", "waarschuwing", "004:4739-4753", 1)
def a20_after_convenant(ctx: Context) -> Iterator[Hit]:
    """Een Artikel 20-beslissing alleen is onvoldoende: zij volgt op het convenant."""
    a20 = ctx.cfg.article20
    s = ctx.cfg.choices.signing_date
    if a20 and a20.date and s and a20.date < s:
        yield Hit(f"beslissing {long_date(a20.date)} ligt vóór de ondertekening van het "
                  f"convenant ({long_date(s)}).", ("artikel20", "datum"))


@rule("A20-09", "De beslissing is gedateerd en heeft een kenmerk", "fout",
      "issue 9.5; Awb-vormvereisten van een besluit", 1)
def a20_dated(ctx: Context) -> Iterator[Hit]:
    """Een definitieve beslissing zegt wanneer zij is genomen en is terug te vinden; zonder
    datum en kenmerk eindigt zij met ‘Aldus besloten:’ en verder niets."""
    a20 = ctx.cfg.article20
    if not a20 or not View(ctx.cfg).needs_a20_decision \
            or ctx.cfg.document.status != "definitief":
        return
    if not a20.date:
        yield Hit("‘artikel20.datum’ is niet ingevuld.", ("artikel20",))
    if not a20.reference:
        yield Hit("‘artikel20.kenmerk’ is niet ingevuld.", ("artikel20",))
