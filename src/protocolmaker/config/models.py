"""The region config schema: one file, one place, one line per option.

YAML keys are Dutch (the people who type them are Dutch); Python attributes are English.
Every `description` (and every class docstring) is what an editor shows while a director types,
via `protocolmaker schema`: Dutch, plain, without seed references. The seed passages behind each
group are cited in the `#` comment above it, for developers.

Each fact lives in one place. A person is described once under `personen` and named elsewhere by
id; what can be derived (the Stuurgroep's chair, the Artikel 20 signatory for the police) is
derived, not typed twice. Fields that the model texts leave open (`[…]`) are optional: in a
`concept` an empty field renders as a highlighted open point; a `definitief` document with open
points is refused.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)

from protocolmaker.config.catalog import parketten, partner_kinds, police_units

PartyId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60),
    Field(description="Id van een partij uit ‘partijen’ (kleine letters, cijfers, streepjes)."),
]
PersonId = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60),
    Field(description="Id van een persoon uit ‘personen’."),
]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
Purpose = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=10, max_length=2000,
                      pattern=r"^(ter|om) "),
    Field(description="Het doel, geschreven als doel: begint met ‘ter’ of ‘om’, bijv. ‘ter "
                      "voorkoming van radicalisering en terroristische activiteiten door "
                      "vroegtijdige signalering en een persoonsgerichte aanpak’."),
]

PartnerKindKey = Literal[tuple(partner_kinds())]  # type: ignore[valid-type]
PoliceUnit = Literal[tuple(police_units())]  # type: ignore[valid-type]
Parket = Literal[tuple(parketten())]  # type: ignore[valid-type]
WpgCategory = Literal[8, 9, 10, 13]
GdprBasis = Literal["a", "b", "c", "d", "e", "f"]
Role = Literal["manager", "procesregisseur", "casusregisseur", "administratief-medewerker",
               "casusoverleg"]
Phase = Literal["aanmelding", "triage", "casusoverleg", "afschaling"]
PHASES: tuple[Phase, ...] = ("aanmelding", "triage", "casusoverleg", "afschaling")
MANDATE_SCOPES = ("ondertekening", "stuurgroep", "partneroverleg", "casusoverleg", "artikel20")
MandateScope = Literal[MANDATE_SCOPES]  # type: ignore[valid-type]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
InputFile = Annotated[str, StringConstraints(min_length=1, max_length=255)]
"""A file the config points at, relative to the config; see `config.inputs.resolve_input`."""


WGS_IN_FORCE = dt.date(2025, 3, 1)
"""Wet gegevensverwerking door samenwerkingsverbanden: first consolidated version in force from
this date (BWBR0049962; docs/wetgeving-onderzoek.md § 1.1)."""


def _as_list(value: object) -> object:
    """Accept one value where a list is expected: `reikwijdte: artikel20`."""
    return [value] if isinstance(value, str) else value


class Base(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


def f(alias: str, description: str, **kw: object) -> object:
    """A field with its Dutch YAML key and the help text editors show."""
    return Field(alias=alias, description=description, **kw)  # type: ignore[call-overload]


# --- metadata --------------------------------------------------------------------------------

ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class HistoryEntry(Base):
    """Een eerdere (of de huidige) versie van de documentenset: één regel van de versietabel op
    het voorblad van elk document."""

    version: ShortText = f("versie", "Versienummer zoals het toen op de documenten stond, bijv. "
                                     "‘0.9’ of ‘1.0’. Elk nummer komt één keer voor.")
    date: dt.date = f("datum", "Datum van die versie (JJJJ-MM-DD); niet later dan de datum van "
                               "de huidige versie.")
    status: Literal["concept", "definitief"] = f(
        "status", "‘concept’ of ‘definitief’, zoals die versie toen was.")
    change: ShortText = f("wijziging", "Kort en in gewone woorden wat er in deze versie is "
                                       "veranderd, bijv. ‘Eerste vastgestelde versie’ of ‘GGD "
                                       "Fryslân toegetreden; bewaartermijn 9 maanden’.")
    adopted_by: ShortText | None = f(
        "vastgesteld_door", "Wie deze versie heeft vastgesteld en wanneer, bijv. ‘Stuurgroep, "
                            "17 september 2026’. Leeg laten bij een concept.", default=None)


class DocumentMeta(Base):
    """Versie, status en datum van deze documentenset."""

    version: Text = f("versie", "Versienummer van de documentenset, bijv. ‘1.0’ of ‘0.3’.")
    status: Literal["concept", "definitief"] = f(
        "status", "‘concept’ mag open punten bevatten; ‘definitief’ wordt geweigerd zolang er "
                  "open punten of fouten zijn.")
    date: dt.date = f("datum", "Datum van deze versie (JJJJ-MM-DD).")
    reference_date: dt.date | None = f(
        "peildatum", "De datum waarop de documenten het wettelijk kader beschrijven, meestal de "
                     "datum van ondertekening. Leeg: de ondertekeningsdatum, of anders de datum "
                     "van deze versie.", default=None)
    history: list[HistoryEntry] = f(
        "historie", "De eerdere versies van de documentenset, de oudste eerst. Ze staan met de "
                    "huidige versie in de versietabel op het voorblad van elk document, zodat "
                    "een afgedrukt exemplaar bij zijn versie te herleiden is. De huidige versie "
                    "(versie, status en datum hierboven) komt er vanzelf als laatste regel bij; "
                    "noem haar hier alleen om ook haar wijziging te beschrijven. Leeg: de tabel "
                    "toont alleen de huidige versie, als ‘Eerste versie’.",
        default_factory=list)


# --- persons ---------------------------------------------------------------------------------

class PersonEntry(Base):
    """Een persoon die in de documenten voorkomt: ondertekenaar, burgemeester, gemandateerde,
    privacyadviseur. Elke persoon staat hier één keer; elders noemt u alleen het id."""

    id: Slug = f("id", "Vaste id van de persoon, bijv. ‘burgemeester-leeuwarden’.")
    name: Text = f("naam", "Naam zoals die in de documenten staat, bijv. ‘mr. drs. Y. Wielinga’.")
    function: Text = f("functie", "Functie, bijv. ‘burgemeester van Leeuwarden’ of "
                                  "‘politiechef van de eenheid Noord-Nederland’.")
    organisation: PartyId | None = f(
        "organisatie", "De partij waarvoor deze persoon werkt (zijn werkgever of het orgaan "
                       "waarvan hij deel uitmaakt).", default=None)


# --- the ZVH ---------------------------------------------------------------------------------

# seed 004:9958-10030

class Zvh(Base):
    """Het zorg- en veiligheidshuis zelf."""

    id: Slug = f("id", "Korte naam, veilig als bestands- en mapnaam, bijv. ‘brabant-noordoost’.")
    name: Text = f("naam", "Officiële naam, bijv. ‘Zorg- en Veiligheidshuis Brabant Noordoost’.")
    address: Text | None = f("adres", "Bezoekadres van het zorg- en veiligheidshuis.",
                             default=None)
    website: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = f(
        "website", "Website (https://…), waar ook de privacyverklaring staat.", default=None)
    privacy_contact: Email | None = f(
        "privacycontact", "E-mailadres voor privacyvragen en verzoeken van betrokkenen.",
        default=None)
    privacy_adviser: PersonId | None = f(
        "privacyadviseur", "De privacyadviseur van het zorg- en veiligheidshuis (een persoon "
                           "uit ‘personen’; zijn organisatie is zijn werkgever). De documenten "
                           "noemen de functie; de naam staat in het overzicht van contactpersonen.",
        default=None)
    managing_municipality: PartyId = f(
        "beheersgemeente", "De gemeente die het zorg- en veiligheidshuis beheert (een partij "
                           "van soort ‘gemeente’); haar burgemeester is voorzitter van de "
                           "Stuurgroep.")
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

class AnalysisRecord(Base):
    """Een vastgesteld document: waar het te vinden is en wanneer het is vastgesteld."""

    reference: Text = f("kenmerk", "Kenmerk van het document of het vaststellingsbesluit.")
    date: dt.date = f("datum", "Datum van vaststelling.")

# seed 004:10030-10130; legal bases 004:12055-12164

class Partner(Base):
    """Een partij bij het convenant."""

    id: PartyId = f("id", "Vaste id van de partij, gebruikt om ernaar te verwijzen.")
    kind: PartnerKindKey = f("soort", "Soort partij; ‘protocolmaker schema’ toont alle soorten.")
    name: Text | None = f("naam", "Officiële naam; bij een gemeente de naam van de gemeente "
                                  "(‘’s-Hertogenbosch’). Bij politie en Openbaar Ministerie mag "
                                  "dit leeg blijven.", default=None)
    abbreviation: Text | None = f("afkorting", "Afkorting in de tekst: ‘(verder aangeduid als "
                                               "…)’.", default=None)
    seat: Text | None = f("vestigingsplaats", "Plaats van vestiging (statutaire zetel).",
                          default=None)
    address: Text | None = f("adres", "Adres waar de partij kantoor houdt.", default=None)
    representative: PersonId | None = f(
        "vertegenwoordiger", "Wie voor deze partij het convenant en het protocol ondertekent. "
                             "Is dat niet de vanzelfsprekende vertegenwoordiger (bij een "
                             "gemeente de burgemeester, bij een stichting haar bestuurder), leg "
                             "dan onder ‘mandaten’ het mandaat of de volmacht vast.",
        default=None)
    public: bool | None = f("publiek", "Publiekrechtelijk (true) of privaat (false); standaard "
                                       "volgens de soort.", default=None)
    legal_basis: Text | None = f(
        "grondslag", "Verplicht bij soort ‘overig’: de wettelijke taak of AVG-grondslag waarop "
                     "deze partij gegevens verwerkt.", default=None)
    police_unit: PoliceUnit | None = f("eenheid", "Bij soort ‘politie’: de regionale eenheid.",
                                       default=None)
    parket: Parket | None = f("parket", "Bij soort ‘om’: het arrondissementsparket.",
                              default=None)
    mayor: PersonId | None = f("burgemeester", "Bij soort ‘gemeente’: de burgemeester.",
                               default=None)
    gdpr_bases: list[GdprBasis] | None = f(
        "avg_grondslag", "AVG art. 6 lid 1 onder …: de grondslag(en) van deze partij; standaard "
                         "volgens de soort. Privaat: a, b, c of f; publiek: c of e.",
        default=None)
    legal_analysis: AnalysisRecord | None = f(
        "juridische_analyse", "Voor een partij die het model niet noemt (Halt, een "
                              "woningcorporatie, ‘overig’): de juridische analyse die vóór de "
                              "uitwisseling van gegevens is vastgesteld.", default=None)


# --- gremia ----------------------------------------------------------------------------------

class SteeringMember(Base):
    """Een lid van de Stuurgroep naast de voorzitter, de Manager en de secretaris."""

    role: Text = f("functie", "Functie in de Stuurgroep, bijv. ‘wethouder Jeugd’ of "
                              "‘(hoofd)officier van justitie’. De voorzitter hoort hier niet: "
                              "dat is altijd de burgemeester van de beheersgemeente.")
    party: PartyId = f("partij", "Partij die dit lid vertegenwoordigt.")
    appointed_by: PartyId | None = f("aangewezen_door", "Partij die het lid aanwijst.",
                                     default=None)
    person: PersonId | None = f("persoon", "Wie het lid is (niet in het convenant, wel in "
                                           "overzichten).", default=None)


# seed 004:10394-10526

class SteeringGroup(Base):
    """De Stuurgroep (convenant art. 4 en 5)."""

    meeting_interval_weeks: int | None = f(
        "vergaderinterval_weken", "De Stuurgroep komt ten minste iedere … weken bijeen.",
        default=None, ge=1, le=52)
    members: list[SteeringMember] = f(
        "leden", "De leden naast de voorzitter (de burgemeester van de beheersgemeente), de "
                 "Manager en de secretaris.", default_factory=list)
    secretary_appointed_by: PartyId | None = f(
        "secretaris_aangewezen_door", "Partij die de secretaris van de Stuurgroep aanwijst.",
        default=None)
    annual_plan_items: list[Text] = f(
        "jaarplan_onderdelen", "Extra onderdelen van het Jaarplan.", default_factory=list)
    annual_plan_notice_weeks: int | None = f(
        "jaarplan_termijn_weken", "Gemeenten en Partneroverleg ontvangen het Jaarplan uiterlijk "
                                  "… weken na vaststelling.", default=None, ge=1, le=26)
    escalation: Text | None = f(
        "escalatie", "Orgaan waaraan een besluit wordt voorgelegd als de Stuurgroep er niet "
                     "uitkomt, bijv. ‘het Regionaal Veiligheidsoverleg’.", default=None)
    informs: list[Text] = f(
        "informeert", "Wie de Stuurgroep over haar besluiten informeert, bijv. ‘de "
                      "gemeenteraden van de Gemeenten’.", default_factory=list)


class JointRepresentation(Base):
    """Eén gemeentelijke afgevaardigde voor alle gemeenten in het Partneroverleg."""

    representative_municipality: PartyId = f(
        "afgevaardigde_gemeente", "De gemeente wier afgevaardigde alle gemeenten "
                                  "vertegenwoordigt; elke andere gemeente verleent hiervoor een "
                                  "mandaat (onder ‘mandaten’).")


# seed 004:10528-10628

class PartnerMeeting(Base):
    """Het Partneroverleg (convenant art. 6 en 7)."""

    meeting_interval_weeks: int | None = f(
        "vergaderinterval_weken", "Het Partneroverleg vindt iedere … weken plaats.",
        default=None, ge=1, le=52)
    secretary_party: PartyId | None = f(
        "secretaris_partij", "Partij die de secretaris aanwijst en onder wier "
                             "verantwoordelijkheid deze valt.", default=None)
    annual_meeting: bool = f("jaarvergadering", "Eenmaal per jaar een overleg met alle "
                                                "partijen.", default=False)
    joint_representation: JointRepresentation | None = f(
        "gezamenlijke_vertegenwoordiging", "Alleen bij meerdere gemeenten: één gemeentelijke "
                                           "afgevaardigde.", default=None)
    extra_tasks: list[Text] = f("extra_taken", "Aanvullende taken van het Partneroverleg.",
                                default_factory=list)


# seed 004:10630-10670

class CaseMeeting(Base):
    """Het Casusoverleg (convenant art. 8 en 9)."""

    extra_tasks: list[Text] = f("extra_taken", "Aanvullende taken van het Casusoverleg.",
                                default_factory=list)


# seed 004:10680-10733

class Manager(Base):
    """De Manager van het zorg- en veiligheidshuis (convenant art. 11)."""

    organisation: PartyId | None = f("organisatie", "Partij onder wier verantwoordelijkheid "
                                                    "de Manager valt.", default=None)
    extra_tasks: list[Text] = f("extra_taken", "Aanvullende taken en bevoegdheden.",
                                default_factory=list)


# seed 004:2583-2597; 10282; 10736-10779

class ProcessDirector(Base):
    """De Procesregisseur (convenant art. 12). Wie hem in dienst heeft, staat los van namens
    wie hij werkt: dat is steeds de partij die de casus aanmeldt of de casusregie voert."""

    employer: PartyId | None = f(
        "werkgever", "Partij bij wie de procesregisseurs in dienst zijn, bijv. de beheersgemeente.",
        default=None)


# seed 004:10800-10821

class SupportStaff(Base):
    """Ondersteunend personeel (convenant art. 14)."""

    functions: Text | None = f("functies", "Soort ondersteuning, bijv. ‘secretaresse en "
                                           "receptionist’.", default=None)
    provided_by: PartyId | None = f("geleverd_door", "Partij die het ondersteunend personeel "
                                                     "in dienst heeft en levert.", default=None)
    hiring_decided_by: Literal["stuurgroep", "manager"] | None = f(
        "inhuur_besluit_door", "Wie besluit personeel via een dienstverleningsovereenkomst in "
                               "te zetten.", default=None)
    hired_staff_responsible: PartyId | None = f(
        "inhuur_verantwoordelijke", "Partij onder wier verantwoordelijkheid ingehuurd "
                                    "personeel werkt.", default=None)


class PolicyDocument(Base):
    """Een afzonderlijk vastgesteld beleidsdocument."""

    title: Text = f("titel", "Titel, bijv. ‘Informatiebeveiligingsbeleid Zorg- en "
                             "Veiligheidshuis Fryslân 2026–2029’.")
    reference: Text = f("kenmerk", "Kenmerk van het vaststellingsbesluit.")
    date: dt.date = f("datum", "Datum van vaststelling.")
    adopted_by: Literal["stuurgroep", "partneroverleg"] = f(
        "vastgesteld_door", "Wie het document heeft vastgesteld.", default="stuurgroep")


# seed 004:10898-10905; 11240-11268; 13276-13406

class InfoSecurity(Base):
    """Informatiebeveiliging (convenant art. 17.3 en Bijvoegsel 4)."""

    party: PartyId | None = f("partij", "Partij die zorgt voor informatiebeveiliging en de "
                                        "middelen daarvoor beschikbaar stelt.", default=None)
    policy: PolicyDocument | None = f(
        "beleid", "Een afzonderlijk vastgesteld informatiebeveiligingsbeleid. Leeg: het beleid "
                  "staat in het bijvoegsel van het convenant.", default=None)
    review_months: int = f("herziening_maanden", "Het beleid wordt ten minste iedere … "
                                                 "maanden herzien.", default=12, ge=1, le=60)


class Gremia(Base):
    """Stuurgroep, Partneroverleg, Casusoverleg en de rollen in het zorg- en veiligheidshuis."""

    steering_group: SteeringGroup = f("stuurgroep", "De Stuurgroep.",
                                      default_factory=SteeringGroup)
    partner_meeting: PartnerMeeting = f("partneroverleg", "Het Partneroverleg.",
                                        default_factory=PartnerMeeting)
    case_meeting: CaseMeeting = f("casusoverleg", "Het Casusoverleg.",
                                  default_factory=CaseMeeting)
    manager: Manager = f("manager", "De Manager.", default_factory=Manager)
    process_director: ProcessDirector = f("procesregisseur", "De Procesregisseur.",
                                          default_factory=ProcessDirector)
    support_staff: SupportStaff = f("ondersteunend_personeel", "Ondersteunend personeel.",
                                    default_factory=SupportStaff)
    info_security: InfoSecurity = f("informatiebeveiliging", "Informatiebeveiliging.",
                                    default_factory=InfoSecurity)


# --- mandates --------------------------------------------------------------------------------

class MandateDecision(Base):
    """Het besluit waarbij het mandaat of de volmacht is verleend."""

    reference: Text = f("kenmerk", "Kenmerk van het besluit.")
    date: dt.date = f("datum", "Datum van het besluit.")


# seed 004:10424-10430; 10575-10581; 11277-11309

class Mandate(Base):
    """Een mandaat, volmacht of machtiging: wie namens een partij optreedt, waarvoor, en bij
    welk besluit. De verwerkingsverantwoordelijkheid zelf kan nooit worden gemandateerd."""

    mandator: PartyId = f("mandaatgever", "Partij die het mandaat of de volmacht verleent.")
    kind: Literal["mandaat", "volmacht", "machtiging"] = f(
        "soort", "‘mandaat’ voor een bestuursorgaan (Algemene wet bestuursrecht), ‘volmacht’ "
                 "voor een privaatrechtelijke vertegenwoordiging, ‘machtiging’ voor "
                 "feitelijke handelingen.", default="mandaat")
    mandatary_party: PartyId | None = f("gemandateerde_partij", "Partij die namens de "
                                                               "mandaatgever optreedt.",
                                        default=None)
    mandatary_person: PersonId | None = f("gemandateerde", "Persoon die namens de "
                                                           "mandaatgever optreedt, bijv. de "
                                                           "politiechef voor de korpschef.",
                                          default=None)
    scope: Annotated[list[MandateScope], BeforeValidator(_as_list),
                     WithJsonSchema({"anyOf": [
                         {"enum": list(MANDATE_SCOPES)},
                         {"type": "array", "items": {"enum": list(MANDATE_SCOPES)},
                          "minItems": 1}]})] = f(
        "reikwijdte", "Waarvoor het mandaat geldt: ondertekening (van convenant en protocol), "
                      "stuurgroep, partneroverleg, casusoverleg, artikel20. Eén waarde of een "
                      "lijst.", min_length=1)
    description: Text | None = f("omschrijving", "Korte omschrijving van het mandaat.",
                                 default=None)
    decision: MandateDecision | None = f("besluit", "Het besluit (kenmerk, datum).",
                                         default=None)


# --- retention and deadlines ------------------------------------------------------------------

# seed 004:9591-9630; 12399-12416

class Retention(Base):
    """Bewaartermijnen na het besluit tot afschaling."""

    restricted_access_months: int = f(
        "beperkte_toegang_maanden", "Tot hoeveel maanden na het afschalingsbesluit het dossier "
                                    "met beperkte toegang beschikbaar blijft.", default=6,
        ge=0, le=120)
    archive_until_months: int = f(
        "archief_tot_maanden", "Tot hoeveel maanden na het afschalingsbesluit alleen "
                               "vindbaar is dát iemand is besproken.", default=12, ge=0, le=120)
    destruction_months: int = f(
        "vernietiging_uiterlijk_maanden", "Uiterlijk na hoeveel maanden na het "
                                          "afschalingsbesluit alle persoonsgegevens worden "
                                          "vernietigd (ten hoogste 12).", default=12, ge=1, le=120)
    review_months: int = f(
        "herbeoordeling_maanden", "Termijn voor herbeoordeling als van de termijnen wordt "
                                  "afgeweken (ten hoogste 6).", default=6, ge=1, le=60)


# seed 004:12526-12565; 12810; 12839-12858

class Deadlines(Base):
    """Termijnen voor datalekken en voor verzoeken van betrokkenen."""

    breach_report_hours: int | None = f(
        "datalek_melding_uren", "Een partij meldt een datalek uiterlijk binnen … uur aan de "
                                "coördinator (ruim binnen de 72 uur voor de melding aan de "
                                "Autoriteit Persoonsgegevens).", default=None, ge=1, le=720)
    access_weeks: int = f("inzage_weken", "Termijn voor beantwoording van een inzageverzoek.",
                          default=4, ge=1, le=52)
    correction_weeks: int = f("correctie_weken", "Termijn voor een besluit op een verzoek om "
                                                 "correctie of verwijdering.", default=4,
                              ge=1, le=52)
    objection_weeks: int = f("verzet_weken", "Termijn voor een besluit op verzet.", default=4,
                             ge=1, le=52)


# --- choices ---------------------------------------------------------------------------------

class ExtraFunction(Base):
    """Een aanvullende functie van het zorg- en veiligheidshuis (convenant art. 2.3)."""

    id: Slug = f("id", "Korte naam van de functie, bijv. ‘nazorg-jeugd’.")
    description: Text = f("omschrijving", "Het gebied zoals het convenant het noemt, bijv. "
                                          "‘Nazorg jeugd’ of ‘Radicalisering’.")


# seed 004:11025-11036

class Duration(Base):
    """De looptijd van het convenant: tot een datum, of een aantal jaren met jaarlijkse
    verlenging."""

    until: dt.date | None = f("tot", "Het convenant loopt ten minste tot deze datum.",
                              default=None)
    years: int | None = f("jaren", "Het convenant loopt ten minste dit aantal jaren en wordt "
                                   "daarna telkens met een jaar verlengd.", default=None,
                          ge=1, le=20)


class Choices(Base):
    """Keuzes die de modelteksten openlaten."""

    extra_functions: list[ExtraFunction] = f(
        "extra_functies", "Aanvullende functies (nazorg jeugd, ex-gedetineerden, "
                          "radicalisering, …).", default_factory=list)
    duration: Duration = f("looptijd", "Looptijd van het convenant.",
                           default_factory=Duration)
    signing_date: dt.date | None = f("ondertekeningsdatum", "Datum van ondertekening van het "
                                                            "convenant.", default=None)


# seed 004:8097-8111; 8396-8418; 9061-9100

class WorkingMethod(Base):
    """Keuzes in het werkproces (convenant Bijvoegsel 3)."""

    informs_subject: Literal["aanmelder", "procesregisseur"] | None = f(
        "informeren_betrokkene", "Wie de betrokkene informeert dat zijn casus in het zorg- en "
                                 "veiligheidshuis wordt besproken: de aanmeldende partij zelf, "
                                 "of de procesregisseur namens haar.", default=None)
    prior_inspection: bool = f(
        "inzage_vooraf", "Deelnemers aan een casusoverleg mogen vooraf de casusinformatie "
                         "inzien die daarvoor nodig is (alleen met akkoord van de partij die "
                         "haar inbracht). Standaard niet: zij zien de informatie pas in het "
                         "overleg.", default=False)


# --- the legal framework ----------------------------------------------------------------------

# Wet gegevensverwerking door samenwerkingsverbanden (WGS), in force 2025-03-01: art. 1.4, 2.24-
# 2.32 (docs/wetgeving-onderzoek.md § 1). The Besluit (Stb. 2024, 380) could not be read: what
# depends on it is a decision of the region, warned about by rule WGS-02 until it is made.

class LegalFramework(Base):
    """Het wettelijk kader waaronder het zorg- en veiligheidshuis gegevens verwerkt. Sinds 1
    maart 2025 zijn de zorg- en veiligheidshuizen aangewezen als samenwerkingsverband in de zin
    van de Wet gegevensverwerking door samenwerkingsverbanden (WGS)."""

    wgs: bool | None = f(
        "wgs", "Verwerkt het zorg- en veiligheidshuis de complexe casuïstiek onder de Wet "
               "gegevensverwerking door samenwerkingsverbanden? Leeg: ja als de peildatum op of na "
               "1 maart 2025 ligt.", default=None)
    contact_point: PartyId | None = f(
        "contactpunt", "De publieke deelnemer die contactpunt is voor betrokkenen die hun "
                       "rechten willen uitoefenen (WGS art. 1.4 lid 4 onder b). Het Besluit "
                       "gegevensverwerking door samenwerkingsverbanden regelt dit; vul in welke "
                       "deelnemer dat voor uw zorg- en veiligheidshuis is.", default=None)
    coordinating_dpo: PartyId | None = f(
        "coordinerend_fg", "De publieke deelnemer wiens functionaris voor gegevensbescherming "
                           "optreedt als coördinerend functionaris (WGS art. 1.4 lid 2).",
        default=None)
    article20_alongside: bool | None = f(
        "artikel20_naast_wgs", "Neemt de politie naast de verstrekking op grond van de WGS (art. "
                               "20 lid 3 Wet politiegegevens) ook een Artikel 20-beslissing? Of "
                               "dat nodig is, is niet vastgesteld; laat dit toetsen door de "
                               "privacyfunctionaris van de politie en leg de keuze hier vast.",
        default=None)


# --- werkprocessen: one privacy protocol each -------------------------------------------------

# seed 004:10345-10363; 10201-10204; 7195-7211

class Workprocess(Base):
    """Een werkproces (overleg) van het zorg- en veiligheidshuis met een eigen privacyprotocol:
    eigen doel, doelgroep, partijen, gegevens en bewaartermijnen."""

    id: Slug = f("id", "Korte naam; bepaalt de bestandsnaam privacyprotocol-<id>.")
    name: Text = f("naam", "Naam van het werkproces, bijv. ‘Complexe casuïstiek’ of "
                           "‘Radicalisering’.")
    title: Text | None = f("titel", "Titel van het privacyprotocol. Leeg: ‘Privacy Protocol’ "
                                    "met de naam van het werkproces.", default=None)
    functions: list[Slug] = f(
        "functies", "De functie(s) van het convenant waarvoor dit werkproces gegevens verwerkt: "
                    "‘complexe-casuistiek’ (art. 2.2) of een id uit ‘keuzes.extra_functies’. "
                    "Elke functie valt onder precies één werkproces.", default_factory=list)
    purpose: Purpose | None = f("doel", "Doel van de gegevensverwerking in dit werkproces. "
                                        "Leeg bij complexe casuïstiek: de doelstelling van het "
                                        "convenant.", default=None)
    subpurposes: list[Text] = f(
        "subdoelen", "Wat de verwerking meer specifiek dient, elk beginnend met ‘het’, bijv. "
                     "‘het vroegtijdig signaleren van radicalisering’.", default_factory=list)
    target_group: Text | None = f("doelgroep", "Om wie het gaat, bijv. ‘personen bij wie "
                                               "signalen van radicalisering bestaan’.",
                                  default=None)
    criteria: list[Text] = f(
        "criteria", "Wanneer een casus in dit werkproces hoort. Leeg bij complexe "
                    "casuïstiek: de criteria van het Landelijk Kader (convenant, Bijvoegsel 2).",
        default_factory=list)
    partners: list[PartyId] = f("partijen", "De partijen die aan dit werkproces deelnemen. "
                                            "Leeg: alle partijen.", default_factory=list)
    phases: list[Phase] = f("fasen", "De fasen van dit werkproces. Leeg: alle vier "
                                     "(aanmelding, triage, casusoverleg, afschaling).",
                            default_factory=list)
    retention: Retention | None = f("bewaartermijnen", "Eigen bewaartermijnen. Leeg: die van "
                                                       "de regio.", default=None)
    a20_recipients: list[PartyId] | None = f(
        "artikel20_ontvangers", "Partijen die in dit werkproces politiegegevens ontvangen. "
                                "Leeg: de ontvangers van de Artikel 20-beslissing die aan dit "
                                "werkproces deelnemen.", default=None)
    agreements: list[Text] = f("afspraken", "Afwijkende of aanvullende afspraken voor dit "
                                            "werkproces.", default_factory=list)
    framework: Literal["wgs", "radicalisering", "convenant"] | None = f(
        "kader", "Het wettelijk kader van dit werkproces: ‘wgs’ (Wet gegevensverwerking door "
                 "samenwerkingsverbanden), ‘radicalisering’ (Wet gegevensverwerking "
                 "persoonsgerichte aanpak radicalisering en terroristische activiteiten) of "
                 "‘convenant’ (de afspraken van convenant en protocol, zonder specifieke wet). "
                 "Leeg: ‘wgs’ voor complexe casuïstiek als de WGS geldt, anders ‘convenant’.",
        default=None)
    third_parties: list[PartyId] = f(
        "derden", "Partijen die in dit werkproces geen deelnemer in de zin van de wet zijn en "
                  "alleen per casus, voor zover noodzakelijk, als derde worden betrokken (bijv. "
                  "een woningcorporatie onder de WGS).", default_factory=list)


# --- Artikel 20 Wpg ---------------------------------------------------------------------------

# seed 004:4536-4863; 12087-12096

class Article20(Base):
    """De beslissing van de politie om politiegegevens te verstrekken aan het
    samenwerkingsverband (artikel 20 Wet politiegegevens). De politiechef die namens de
    korpschef tekent, volgt uit het mandaat met reikwijdte ‘artikel20’; de burgemeesters uit
    de gemeenten."""

    categories: list[WpgCategory] = f(
        "gegevenscategorieen", "Wpg-artikelen waaronder politiegegevens worden verstrekt: 8 en "
                               "13; 9 en 10 alleen met een motivering van strikte noodzaak.",
        default_factory=lambda: [8, 13], min_length=1)
    necessity: Text | None = f(
        "noodzaak_motivering", "Verplicht bij categorie 9 of 10: waarom verstrekking strikt "
                               "noodzakelijk is.", default=None)
    recipients: list[PartyId] = f(
        "ontvangers", "Partijen die politiegegevens ontvangen. Leeg: alle partijen behalve de "
                      "politie zelf.", default_factory=list)
    conditions: list[Text] = f("voorwaarden", "Extra voorwaarden naast de standaard "
                                              "voorwaarden.", default_factory=list)
    overriding_interest: Text | None = f(
        "zwaarwegend_algemeen_belang", "Omschrijving van het zwaarwegend algemeen belang; leeg: "
                                       "de doelstelling van het convenant.", default=None)
    public_prosecutor: PersonId | None = f("officier_van_justitie", "De officier van justitie "
                                                                    "die instemt en tekent.",
                                           default=None)
    reference: Text | None = f("kenmerk", "Kenmerk van de beslissing.", default=None)
    date: dt.date | None = f("datum", "Datum van de beslissing.", default=None)


# seed 004:13409-13557

class SubjectCategory(Base):
    """Een categorie betrokkenen met de gegevens die over hen worden verwerkt."""

    description: Text = f("omschrijving", "Wie, bijv. ‘Personen op wie het plan van aanpak is "
                                          "gericht’.")
    personal_data: list[Text] = f("persoonsgegevens", "Gewone persoonsgegevens.",
                                  default_factory=list)
    criminal_data: list[Text] | None = f(
        "strafrechtelijke_gegevens", "Strafrechtelijke persoonsgegevens. Leeg: wat de "
                                     "deelnemende partijen naar hun soort inbrengen.",
        default=None)
    special_data: list[Text] | None = f(
        "bijzondere_gegevens", "Bijzondere persoonsgegevens (bijv. gezondheid). Leeg: wat de "
                               "deelnemende partijen naar hun soort inbrengen.", default=None)


# seed 004:12370-12373; 12407-12413; 12436; 12526; 12739-12744; 12884-12898; 13017-13022

class Privacy(Base):
    """Rollen en keuzes die het privacyprotocol openlaat."""

    coordinator: Literal["manager", "procesregisseur"] | None = f(
        "coordinator", "Wie verzoeken van betrokkenen, datalekken, het register en de "
                       "privacyverklaring coördineert: de Manager of de Procesregisseur.",
        default=None)
    access: list[Role] = f("toegang", "Wie toegang heeft tot de persoonsgegevens in het zorg- "
                                      "en veiligheidshuis.", default_factory=list)
    restricted_access: list[Role] = f(
        "toegang_beperkt", "Wie na afschaling nog toegang heeft in de periode van beperkte "
                           "toegang.", default_factory=list)
    archive_access: list[Role] = f(
        "toegang_archief", "Wie toegang heeft tot het archief.", default_factory=list)
    amendments_by: Literal["stuurgroep", "partneroverleg"] | None = f(
        "wijzigingen_door", "Wie over wijzigingen van het protocol besluit.", default=None)
    processors_approved_by: Literal["stuurgroep", "partneroverleg", "manager"] | None = f(
        "verwerkers_goedkeuring_door", "Wie toestemming geeft voor de inzet van verwerkers en "
                                       "verwerkersovereenkomsten aangaat.", default=None)
    subject_categories: list[SubjectCategory] = f(
        "categorieen_betrokkenen", "Categorieën betrokkenen met hun gegevens. Leeg: de "
                                   "categorieën van het model, aangevuld met de bijzondere en "
                                   "strafrechtelijke gegevens die de partijen naar hun soort "
                                   "inbrengen.", default_factory=list)


class Deviation(Base):
    """Een bewust aanvaarde bevinding van de controle."""

    rule: Text = f("regel", "Code van de regel waarvan bewust wordt afgeweken, bijv. "
                            "‘PA-06’ (zie ‘protocolmaker regels’).")
    reason: Text = f("reden", "Waarom; staat in het rapport en in de verantwoording bij de "
                              "documenten, niet in de documenten zelf.")


# --- the whole config ------------------------------------------------------------------------

class RegionConfig(Base):
    """De juridische inrichting van één zorg- en veiligheidshuis."""

    extends: str | None = f("extends", "Basis waarop deze regio voortbouwt: ‘landelijk’ (de "
                                        "landelijke standaardwaarden die met protocolmaker "
                                        "worden meegeleverd) of een eigen .yaml-bestand naast "
                                        "dit bestand, bijv. ‘_basis.yaml’.", default=None)
    document: DocumentMeta = f("document", "Versie, status en datum van de documentenset.")
    zvh: Zvh = f("zvh", "Het zorg- en veiligheidshuis.")
    persons: list[PersonEntry] = f("personen", "Iedere persoon die de documenten noemen, één "
                                               "keer.", default_factory=list)
    partners: list[Partner] = f("partijen", "Alle partijen bij het convenant.", min_length=1)
    gremia: Gremia = f("gremia", "Stuurgroep, Partneroverleg, Casusoverleg en rollen.",
                       default_factory=Gremia)
    mandates: list[Mandate] = f("mandaten", "Mandaten, volmachten en machtigingen.",
                                default_factory=list)
    retention: Retention = f("bewaartermijnen", "Bewaartermijnen na afschaling.",
                             default_factory=Retention)
    deadlines: Deadlines = f("termijnen", "Termijnen voor datalekken en rechten van "
                                          "betrokkenen.", default_factory=Deadlines)
    choices: Choices = f("keuzes", "Keuzes die de modellen openlaten.", default_factory=Choices)
    working_method: WorkingMethod = f("werkwijze", "Keuzes in het werkproces.",
                                      default_factory=WorkingMethod)
    legal_framework: LegalFramework = f("wettelijk_kader", "Het wettelijk kader (WGS).",
                                        default_factory=LegalFramework)
    workprocesses: list[Workprocess] = f(
        "werkprocessen", "De werkprocessen van het zorg- en veiligheidshuis, elk met een eigen "
                         "privacyprotocol. Leeg: één privacyprotocol voor alle functies.",
        default_factory=list)
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
        return next(p for p in [*self.partners, *self.joining] if p.id == party_id)

    def person(self, person_id: str | None) -> PersonEntry | None:
        if person_id is None:
            return None
        return next((p for p in self.persons if p.id == person_id), None)

    def of_kind(self, *kinds: str) -> list[Partner]:
        return [p for p in self.partners if p.kind in kinds]

    @property
    def municipalities(self) -> list[Partner]:
        return self.of_kind("gemeente")

    @property
    def reference_date(self) -> dt.date:
        """The date the documents state the law for (peildatum)."""
        return (self.document.reference_date or self.choices.signing_date
                or self.document.date)

    @property
    def under_wgs(self) -> bool:
        """Does the ZVH process complexe casuïstiek under the WGS (in force 2025-03-01)?"""
        if self.legal_framework.wgs is not None:
            return self.legal_framework.wgs
        return self.reference_date >= WGS_IN_FORCE

    def mandates_for(self, scope: str, mandator: str | None = None) -> list[Mandate]:
        return [m for m in self.mandates if scope in m.scope
                and (mandator is None or m.mandator == mandator)]

    def gdpr_bases(self, partner: Partner) -> list[str]:
        if partner.gdpr_bases is not None:
            return list(partner.gdpr_bases)
        return list(partner_kinds()[partner.kind].gdpr_bases)

    def is_public(self, partner: Partner) -> bool:
        if partner.public is not None:
            return partner.public
        return partner_kinds()[partner.kind].public
