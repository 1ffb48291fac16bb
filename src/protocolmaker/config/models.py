"""The region config schema: one file, one place, one line per option.

YAML keys are Dutch (the people who type them are Dutch); Python attributes are English.
Every field's `description` is what an editor shows while a director types, via
`protocolmaker schema`. The seed passages behind each group are cited in the group's docstring.

Fields that the model texts leave open (`[…]`) are optional here: in a `concept` an empty
field renders as a highlighted open point; a `definitief` document with open points is refused.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from protocolmaker.config.catalog import parketten, partner_kinds, police_units

PartyId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60),
    Field(description="Id van een partij uit ‘partijen’ (kleine letters, cijfers, streepjes)."),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]

PartnerKindKey = Literal[tuple(partner_kinds())]  # type: ignore[valid-type]
PoliceUnit = Literal[tuple(police_units())]  # type: ignore[valid-type]
Parket = Literal[tuple(parketten())]  # type: ignore[valid-type]
WpgCategory = Literal[8, 9, 10, 13]
GdprBasis = Literal["a", "b", "c", "d", "e", "f"]
Role = Literal["manager", "procesregisseur", "casusregisseur", "administratief-medewerker",
               "casusoverleg"]
"""Roles the privacy protocol leaves open as [Procesregisseur/Casusregisseur/Manager/…]."""
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
InputFile = Annotated[str, StringConstraints(min_length=1, max_length=255)]
"""A file the config points at, relative to the config; see `config.inputs.resolve_input`."""


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


def f(alias: str, description: str, **kw: object) -> object:
    """A field with its Dutch YAML key and the help text editors show."""
    return Field(alias=alias, description=description, **kw)  # type: ignore[call-overload]


# --- metadata --------------------------------------------------------------------------------

class DocumentMeta(Base):
    """Version, status and date of this set of documents."""

    version: Text = f("versie", "Versienummer van de documentenset, bijv. ‘1.0’ of ‘0.3’.")
    status: Literal["concept", "definitief"] = f(
        "status", "‘concept’ mag open punten bevatten; ‘definitief’ wordt geweigerd zolang er "
                  "open punten of fouten zijn.")
    date: dt.date = f("datum", "Datum van deze versie (JJJJ-MM-DD).")


class Person(Base):
    name: Text = f("naam", "Naam van de persoon.")
    function: Text = f("functie", "Functie, bijv. ‘burgemeester’ of ‘politiechef eenheid "
                                  "Oost-Brabant’.")


class Named(Base):
    name: Text = f("naam", "Naam van de persoon.")


class PrivacyAdviser(Base):
    name: Text = f("naam", "Naam van de privacyadviseur (protocol art. 1.27, 24.5).")
    organisation: PartyId = f("organisatie", "Partij waar de privacyadviseur in dienst is.")


class Zvh(Base):
    """The Zorg- en Veiligheidshuis itself (seed 004:9958-10030)."""

    id: Slug = f("id", "Korte naam, veilig als bestands- en mapnaam, bijv. ‘brabant-noordoost’.")
    name: Text = f("naam", "Officiële naam, bijv. ‘Zorg- en Veiligheidshuis Brabant Noordoost’.")
    address: Text | None = f("adres", "Bezoekadres van het zorg- en veiligheidshuis.",
                             default=None)
    website: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = f(
        "website", "Website (https://…), waar ook de privacyverklaring staat.", default=None)
    privacy_contact: Email | None = f(
        "privacycontact", "E-mailadres voor privacyvragen en verzoeken van betrokkenen.",
        default=None)
    privacy_adviser: PrivacyAdviser | None = f("privacyadviseur", "De privacyadviseur.",
                                               default=None)
    managing_municipality: PartyId = f(
        "beheersgemeente", "De gemeente die het zorg- en veiligheidshuis beheert (een partij "
                           "van soort ‘gemeente’); haar burgemeester is voorzitter van de "
                           "Stuurgroep (convenant art. 4.3).")
    house_style: InputFile | None = f(
        "huisstijl", "Eigen Word-huisstijl van de regio: een .docx-bestand naast dit "
                     "configuratiebestand (of in een submap). De documenten krijgen de stijlen, "
                     "pagina-instelling, kop- en voettekst en het voorblad van dat bestand. "
                     "Leeg: de standaardhuisstijl.", default=None)
    logo: InputFile | None = f(
        "logo", "Logo van het zorg- en veiligheidshuis: een .png- of .svg-bestand naast dit "
                "configuratiebestand (of in een submap), voor de PDF en de huisstijl.",
        default=None)


# --- partners --------------------------------------------------------------------------------

class Partner(Base):
    """A party to the convenant (seed 004:10030-10130; legal bases 004:12055-12164)."""

    id: PartyId = f("id", "Vaste id van de partij, gebruikt om ernaar te verwijzen.")
    kind: PartnerKindKey = f("soort", "Soort partij uit de catalogus "
                                      "(templates/catalogus/partijsoorten.yaml).")
    name: Text | None = f("naam", "Officiële naam; bij een gemeente de naam van de gemeente "
                           "(‘’s-Hertogenbosch’), bij politie en OM mag dit leeg blijven.",
                   default=None)
    abbreviation: Text | None = f("afkorting", "Afkorting in de tekst: ‘(verder aangeduid als "
                                               "…)’.", default=None)
    seat: Text | None = f("vestigingsplaats", "Plaats van vestiging (statutaire zetel).",
                          default=None)
    address: Text | None = f("adres", "Adres waar de partij kantoor houdt.", default=None)
    representative: Person | None = f(
        "vertegenwoordiger", "Wie de partij bij ondertekening rechtsgeldig vertegenwoordigt.",
        default=None)
    public: bool | None = f("publiek", "Publiekrechtelijk (true) of privaat (false); standaard "
                                       "volgens de catalogus.", default=None)
    legal_basis: Text | None = f(
        "grondslag", "Verplicht bij soort ‘overig’: de wettelijke taak of AVG-grondslag waarop "
                     "deze partij gegevens verwerkt.", default=None)
    police_unit: PoliceUnit | None = f("eenheid", "Bij soort ‘politie’: de regionale eenheid.",
                                       default=None)
    parket: Parket | None = f("parket", "Bij soort ‘om’: het arrondissementsparket.",
                              default=None)
    mayor: Named | None = f("burgemeester", "Bij soort ‘gemeente’: de burgemeester.",
                            default=None)
    gdpr_bases: list[GdprBasis] | None = f(
        "avg_grondslag", "AVG art. 6 lid 1 onder …: de grondslag(en) van deze partij; standaard "
                         "volgens de catalogus. Privaat: a of f; publiek: c of e.", default=None)


# --- gremia ----------------------------------------------------------------------------------

class SteeringMember(Base):
    role: Text = f("functie", "Functie in de Stuurgroep, bijv. ‘wethouder Jeugd’ of "
                              "‘(hoofd)officier van justitie’.")
    party: PartyId = f("partij", "Partij die dit lid vertegenwoordigt.")
    appointed_by: PartyId | None = f("aangewezen_door", "Partij die het lid aanwijst "
                                                       "(convenant art. 4.3).", default=None)
    name: Text | None = f("naam", "Naam (niet in het convenant, wel in overzichten).",
                          default=None)


class SteeringGroup(Base):
    """Stuurgroep, convenant art. 4–5 (seed 004:10394-10526)."""

    meeting_interval_weeks: int | None = f(
        "vergaderinterval_weken", "Art. 4.2: de Stuurgroep komt ten minste iedere … weken bijeen.",
        default=None, ge=1, le=52)
    members: list[SteeringMember] = f(
        "leden", "Art. 4.3: de leden naast de voorzitter (burgemeester van de beheersgemeente), "
                 "de Manager en de secretaris.", default_factory=list)
    secretary_appointed_by: PartyId | None = f(
        "secretaris_aangewezen_door", "Art. 4.3: partij die de secretaris aanwijst.",
        default=None)
    annual_plan_items: list[Text] = f(
        "jaarplan_onderdelen", "Art. 4.4 e, f: extra onderdelen van het Jaarplan.",
        default_factory=list)
    annual_plan_notice_weeks: int | None = f(
        "jaarplan_termijn_weken", "Art. 4.6: Gemeenten en Partneroverleg ontvangen het "
                                  "Jaarplan uiterlijk … weken na vaststelling.",
        default=None, ge=1, le=26)
    escalation: Text | None = f(
        "escalatie", "Art. 5.6: orgaan waaraan een besluit wordt voorgelegd als de Stuurgroep "
                     "er niet uitkomt, bijv. ‘het Regionaal Veiligheidsoverleg’.", default=None)
    informs: list[Text] = f(
        "informeert", "Art. 5.7: wie de Stuurgroep over haar besluiten informeert, bijv. ‘de "
                      "gemeenteraden van de Gemeenten’.", default_factory=list)


class JointRepresentation(Base):
    representative_municipality: PartyId = f(
        "afgevaardigde_gemeente", "De gemeente wier afgevaardigde alle Gemeenten "
                                  "vertegenwoordigt (art. 6.7); elke andere gemeente heeft "
                                  "hiervoor een mandaat nodig.")


class PartnerMeeting(Base):
    """Partneroverleg, convenant art. 6–7 (seed 004:10528-10628)."""

    meeting_interval_weeks: int | None = f(
        "vergaderinterval_weken", "Art. 6.2: het Partneroverleg vindt iedere … weken plaats.",
        default=None, ge=1, le=52)
    secretary_party: PartyId | None = f(
        "secretaris_partij", "Art. 6.5: partij die de secretaris aanwijst en onder wier "
                             "verantwoordelijkheid deze valt.", default=None)
    annual_meeting: bool = f("jaarvergadering", "Art. 6.4 (optioneel): eenmaal per jaar een "
                                                "overleg met alle Partijen.", default=False)
    joint_representation: JointRepresentation | None = f(
        "gezamenlijke_vertegenwoordiging", "Art. 6.7 (optioneel, alleen bij meerdere "
                                           "gemeenten): één gemeentelijke afgevaardigde.",
        default=None)
    extra_tasks: list[Text] = f("extra_taken", "Art. 6.8 e, f: aanvullende taken.",
                                default_factory=list)


class CaseMeeting(Base):
    """Casusoverleg, convenant art. 8–9 (seed 004:10630-10670)."""

    extra_tasks: list[Text] = f("extra_taken", "Aanvullende taken van het Casusoverleg "
                                               "(na art. 8.4 d).", default_factory=list)


class Manager(Base):
    """Manager, convenant art. 11 (seed 004:10680-10733)."""

    organisation: PartyId | None = f("organisatie", "Art. 11.2: partij onder wier "
                                                    "verantwoordelijkheid de Manager valt.",
                                     default=None)
    extra_tasks: list[Text] = f("extra_taken", "Art. 11.3 c, d: aanvullende taken en "
                                               "bevoegdheden.", default_factory=list)


class ProcessDirector(Base):
    """Procesregisseur, convenant art. 12 and def. 1.11 (seed 004:10282; 10736-10779)."""

    organisation: PartyId | None = f("organisatie", "Partij namens welke de Procesregisseur "
                                                    "werkt en bij wie deze in dienst is.",
                                     default=None)


class SupportStaff(Base):
    """Ondersteunend personeel, convenant art. 14 (seed 004:10800-10821)."""

    functions: Text | None = f("functies", "Art. 14.1: soort ondersteuning, bijv. "
                                           "‘secretaresse en receptionist’.", default=None)
    provided_by: PartyId | None = f("geleverd_door", "Art. 14.1: partij die zorgt voor "
                                                     "voldoende personele ondersteuning en "
                                                     "onder wier verantwoordelijkheid het "
                                                     "personeel werkt.", default=None)
    hiring_decided_by: Literal["stuurgroep", "manager"] | None = f(
        "inhuur_besluit_door", "Art. 14.2: wie besluit personeel via een "
                               "dienstverleningsovereenkomst in te zetten.", default=None)
    hired_staff_responsible: PartyId | None = f(
        "inhuur_verantwoordelijke", "Art. 14.2: partij onder wier verantwoordelijkheid "
                                    "ingehuurd personeel werkt.", default=None)


class InfoSecurity(Base):
    """Informatiebeveiliging, convenant art. 17.3 and Bijvoegsel 4 (seed 004:10898-10905)."""

    party: PartyId | None = f("partij", "Partij die zorgt voor informatiebeveiliging en de "
                                        "middelen daarvoor beschikbaar stelt.", default=None)


class Gremia(Base):
    steering_group: SteeringGroup = f("stuurgroep", "Stuurgroep (art. 4–5).",
                                      default_factory=SteeringGroup)
    partner_meeting: PartnerMeeting = f("partneroverleg", "Partneroverleg (art. 6–7).",
                                        default_factory=PartnerMeeting)
    case_meeting: CaseMeeting = f("casusoverleg", "Casusoverleg (art. 8–9).",
                                  default_factory=CaseMeeting)
    manager: Manager = f("manager", "Manager (art. 11).", default_factory=Manager)
    process_director: ProcessDirector = f("procesregisseur", "Procesregisseur (art. 12).",
                                          default_factory=ProcessDirector)
    support_staff: SupportStaff = f("ondersteunend_personeel", "Ondersteunend personeel "
                                                               "(art. 14).",
                                    default_factory=SupportStaff)
    info_security: InfoSecurity = f("informatiebeveiliging", "Informatiebeveiliging (art. 17.3).",
                                    default_factory=InfoSecurity)


# --- mandates --------------------------------------------------------------------------------

class MandateDecision(Base):
    reference: Text = f("kenmerk", "Kenmerk van het mandaatbesluit.")
    date: dt.date = f("datum", "Datum van het mandaatbesluit.")


class Mandate(Base):
    """A mandate, machtiging or representation (seed 004:10424-10430; 10575-10581; 11277-11309).

    Verwerkingsverantwoordelijkheid itself can never be mandated (004:10579-10581).
    """

    mandator: PartyId = f("mandaatgever", "Partij die het mandaat verleent.")
    mandatary_party: PartyId | None = f("gemandateerde_partij", "Partij die namens de "
                                                               "mandaatgever optreedt.",
                                        default=None)
    mandatary_person: Person | None = f("gemandateerde", "Persoon die namens de mandaatgever "
                                                         "optreedt, bijv. de politiechef voor "
                                                         "de korpschef.", default=None)
    scope: Literal["stuurgroep", "partneroverleg", "casusoverleg", "ondertekening",
                   "artikel20"] = f("reikwijdte", "Waarvoor het mandaat geldt.")
    description: Text | None = f("omschrijving", "Korte omschrijving van het mandaat.",
                                 default=None)
    decision: MandateDecision | None = f("besluit", "Het mandaatbesluit (kenmerk, datum).",
                                         default=None)


# --- retention and deadlines ------------------------------------------------------------------

class Retention(Base):
    """Bewaartermijnen after the afschaling decision (seed 004:9591-9630; 12399-12416)."""

    restricted_access_months: int = f(
        "beperkte_toegang_maanden", "Tot hoeveel maanden na het afschalingsbesluit het dossier "
                                    "met beperkte toegang beschikbaar blijft.", default=6,
        ge=0, le=120)
    archive_until_months: int = f(
        "archief_tot_maanden", "Tot hoeveel maanden na het afschalingsbesluit alleen het "
                               "dát-gegeven vindbaar is in het archief.", default=12,
        ge=0, le=120)
    destruction_months: int = f(
        "vernietiging_uiterlijk_maanden", "Uiterlijk na hoeveel maanden na het "
                                          "afschalingsbesluit alle persoonsgegevens worden "
                                          "vernietigd (ten hoogste 12).", default=12, ge=1, le=120)
    review_months: int = f(
        "herbeoordeling_maanden", "Termijn voor herbeoordeling als van de termijnen wordt "
                                  "afgeweken (ten hoogste 6).", default=6, ge=1, le=60)


class Deadlines(Base):
    """Deadlines of the privacy protocol (seed 004:12526-12565; 12810; 12839-12858)."""

    breach_report_hours: int | None = f(
        "datalek_melding_uren", "Protocol art. 14.3: een Partij meldt een datalek uiterlijk "
                                "binnen … uur aan de Manager (ruim binnen de 72 uur van de AP).",
        default=None, ge=1, le=720)
    access_weeks: int = f("inzage_weken", "Termijn voor beantwoording van een inzageverzoek.",
                          default=4, ge=1, le=52)
    correction_weeks: int = f("correctie_weken", "Termijn voor een besluit op een verzoek om "
                                                 "correctie of verwijdering.", default=4,
                              ge=1, le=52)
    objection_weeks: int = f("verzet_weken", "Termijn voor een besluit op verzet.", default=4,
                             ge=1, le=52)


# --- choices ---------------------------------------------------------------------------------

class ExtraFunction(Base):
    id: Slug = f("id", "Korte naam van de functie, bijv. ‘nazorg-jeugd’.")
    description: Text = f("omschrijving", "Omschrijving zoals in art. 2.3, bijv. ‘Nazorg "
                                          "jeugd’.")


class ProtocolGroup(Base):
    id: Slug = f("id", "Korte naam; bepaalt de bestandsnaam privacyprotocol-<id>.")
    title: Text = f("titel", "Volledige titel, bijv. ‘Privacy Protocol Nazorg Jeugd’.")
    functions: list[Slug] = f("functies", "De functies die dit protocol dekt: "
                                          "‘complexe-casuistiek’ (art. 2.2) en/of ids uit "
                                          "‘extra_functies’.", min_length=1)


class Duration(Base):
    """Convenant art. 23.1: until a date, or N years with yearly renewal (004:11025-11036)."""

    until: dt.date | None = f("tot", "Het convenant loopt ten minste tot deze datum.",
                              default=None)
    years: int | None = f("jaren", "Het convenant loopt ten minste dit aantal jaren en wordt "
                                   "daarna telkens met een jaar verlengd.", default=None,
                          ge=1, le=20)


class Choices(Base):
    extra_functions: list[ExtraFunction] = f(
        "extra_functies", "Art. 2.3: aanvullende functies (nazorg jeugd, ex-gedetineerden, "
                          "radicalisering, …).", default_factory=list)
    protocols: list[ProtocolGroup] = f(
        "privacyprotocollen", "Eén protocol (OPTIE 1) of meerdere, één per doel (OPTIE 2). "
                              "Leeg: één protocol voor alle functies.", default_factory=list)
    duration: Duration = f("looptijd", "Art. 23.1: looptijd van het convenant.",
                           default_factory=Duration)
    signing_date: dt.date | None = f("ondertekeningsdatum", "Datum van ondertekening van het "
                                                            "convenant.", default=None)


# --- Artikel 20 Wpg ---------------------------------------------------------------------------

class Article20(Base):
    """The police decision under art. 20 Wpg (seed 004:4536-4863; 12087-12096)."""

    categories: list[WpgCategory] = f(
        "gegevenscategorieen", "Wpg-artikelen waaronder politiegegevens worden verstrekt: 8 en "
                               "13; 9 en 10 alleen met een motivering van strikte noodzaak.",
        default_factory=lambda: [8, 13], min_length=1)
    necessity: Text | None = f(
        "noodzaak_motivering", "Verplicht bij categorie 9 of 10: waarom verstrekking strikt "
                               "noodzakelijk is (Bpg art. 4:5).", default=None)
    recipients: list[PartyId] = f(
        "ontvangers", "Partijen die politiegegevens ontvangen. Leeg: alle partijen behalve de "
                      "politie zelf.", default_factory=list)
    conditions: list[Text] = f("voorwaarden", "Extra voorwaarden naast de standaard "
                                              "voorwaarden.", default_factory=list)
    overriding_interest: Text | None = f(
        "zwaarwegend_algemeen_belang", "Omschrijving van het zwaarwegend algemeen belang; leeg: "
                                       "de doelstelling van convenant art. 2.1.", default=None)
    police_chief: Person | None = f("politiechef", "De politiechef van de eenheid die namens "
                                                   "de korpschef tekent.", default=None)
    public_prosecutor: Person | None = f("officier_van_justitie", "De officier van justitie "
                                                                  "die tekent.", default=None)
    date: dt.date | None = f("datum", "Datum van de beslissing.", default=None)


class SubjectCategory(Base):
    """One category of Betrokkenen in protocol Bijvoegsel 4 (seed 004:13409-13557)."""

    description: Text = f("omschrijving", "Wie, bijv. ‘Personen op wie het plan van aanpak is "
                                          "gericht’.")
    personal_data: list[Text] = f("persoonsgegevens", "Gewone persoonsgegevens.",
                                  default_factory=list)
    criminal_data: list[Text] = f("strafrechtelijke_gegevens", "Strafrechtelijke "
                                                               "persoonsgegevens.",
                                  default_factory=list)
    special_data: list[Text] = f("bijzondere_gegevens", "Bijzondere persoonsgegevens (art. 9 "
                                                        "AVG).", default_factory=list)


class Privacy(Base):
    """What the privacy protocol leaves open as […] (seed 004:12370-12373; 12407-12413;
    12436; 12526; 12739-12744; 12884-12898; 13017-13022)."""

    coordinator: Literal["manager", "procesregisseur"] | None = f(
        "coordinator", "Wie in het protocol ‘[de Manager/Procesregisseur]’ is: coördineert "
                       "verzoeken van betrokkenen, datalekken, register en privacyverklaring.",
        default=None)
    access: list[Role] = f("toegang", "Art. 9.6: wie toegang heeft tot de persoonsgegevens in "
                                      "het zorg- en veiligheidshuis.", default_factory=list)
    restricted_access: list[Role] = f(
        "toegang_beperkt", "Art. 11.2 a: wie na afschaling nog toegang heeft in de periode van "
                           "beperkte toegang.", default_factory=list)
    archive_access: list[Role] = f(
        "toegang_archief", "Art. 11.2 b: wie toegang heeft tot het archief.",
        default_factory=list)
    amendments_by: Literal["stuurgroep", "partneroverleg"] | None = f(
        "wijzigingen_door", "Art. 27.1: wie over wijzigingen van het protocol besluit.",
        default=None)
    processors_approved_by: Literal["stuurgroep", "partneroverleg", "manager"] | None = f(
        "verwerkers_goedkeuring_door", "Art. 22: wie toestemming geeft voor de inzet van "
                                       "verwerkers en verwerkersovereenkomsten aangaat.",
        default=None)
    subject_categories: list[SubjectCategory] = f(
        "categorieen_betrokkenen", "Bijvoegsel 4: categorieën betrokkenen met hun gegevens; "
                                   "leeg: de categorieën van het model.", default_factory=list)


class Deviation(Base):
    rule: Text = f("regel", "Code van de regel waarvan bewust wordt afgeweken, bijv. "
                            "‘PP-011’.")
    reason: Text = f("reden", "Waarom; wordt in het rapport en de versienotitie vermeld.")


# --- the whole config ------------------------------------------------------------------------

class RegionConfig(Base):
    """One region's whole legal set-up. Top level of a region YAML file."""

    extends: str | None = f("extends", "Basis waarop deze regio voortbouwt: ‘landelijk’ (de "
                                        "landelijke standaardwaarden die met protocolmaker "
                                        "worden meegeleverd) of een eigen .yaml-bestand naast "
                                        "dit bestand, bijv. ‘_basis.yaml’.", default=None)
    document: DocumentMeta = f("document", "Versie, status en datum van de documentenset.")
    zvh: Zvh = f("zvh", "Het zorg- en veiligheidshuis.")
    partners: list[Partner] = f("partijen", "Alle partijen bij het convenant.", min_length=1)
    gremia: Gremia = f("gremia", "Stuurgroep, Partneroverleg, Casusoverleg en rollen.",
                       default_factory=Gremia)
    mandates: list[Mandate] = f("mandaten", "Mandaten, machtigingen en vertegenwoordiging.",
                                default_factory=list)
    retention: Retention = f("bewaartermijnen", "Bewaartermijnen na afschaling.",
                             default_factory=Retention)
    deadlines: Deadlines = f("termijnen", "Termijnen voor datalekken en rechten van "
                                          "betrokkenen.", default_factory=Deadlines)
    choices: Choices = f("keuzes", "Keuzes die de modellen openlaten.", default_factory=Choices)
    article20: Article20 | None = f("artikel20", "Artikel 20 Wpg-beslissing (verplicht als de "
                                                 "politie partij is).", default=None)
    privacy: Privacy = f("privacy", "Rollen en keuzes die het privacyprotocol openlaat.",
                         default_factory=Privacy)
    joining: list[Partner] = f("toetreders", "Organisaties die willen toetreden; "
                                             "‘protocolmaker toetreding’ maakt hun formulier.",
                               default_factory=list)
    deviations: list[Deviation] = f("afwijkingen", "Bewust aanvaarde afwijkingen van regels.",
                                    default_factory=list)

    # --- derived views (no state of their own) ---

    def partner(self, party_id: str) -> Partner:
        return next(p for p in self.partners if p.id == party_id)

    def of_kind(self, *kinds: str) -> list[Partner]:
        return [p for p in self.partners if p.kind in kinds]

    @property
    def municipalities(self) -> list[Partner]:
        return self.of_kind("gemeente")

    def gdpr_bases(self, partner: Partner) -> list[str]:
        if partner.gdpr_bases is not None:
            return list(partner.gdpr_bases)
        return list(partner_kinds()[partner.kind].gdpr_bases)

    def is_public(self, partner: Partner) -> bool:
        if partner.public is not None:
            return partner.public
        return partner_kinds()[partner.kind].public
