{#-
  Artikel 20 Wpg Beslissing. The seeds have no model text; written from the Handvat § 3.7.3
  (004:4536-4863), § 3.7.4 (004:4864-4880), protocol art. 6.4 d and 7.1 (004:12086-12100;
  12234-12264) and digest B, in the form of a Dutch besluit: aanhef with ‘gelet op’, overwegingen,
  besluit in articles, ondertekening; with a kenmerk and a date.

  Required content of a beslissing under art. 20 lid 1 Wpg (lid 2; 004:4706-4714): the
  zwaarwegend algemeen belang; the samenwerkingsverband; its purpose; which data; the conditions;
  the recipients. Also recorded (issue 9.5): the weighing against the privacy of the persons
  concerned (004:4730-4738), that providing fits the police task (004:4676-4682; 4866-4880), the
  refusal grounds (art. 27 Wpg / 41 UAVG, 004:4834-4840). The burgemeester receives in his own
  right, beside the college (004:1925-1943; 2008-2032).

  Corrections after reading the law (docs/wetgeving-onderzoek.md § 1.9): Bpg art. 4:5 applies to
  art. 20 lid 1 and its exception for art. 9/10 data requires consultation with an officer
  designated under Bpg 2:10; the documentation duty is Bpg 6:4 lid 2 (not ‘lid 5’); under the WGS
  the police provide under art. 20 lid 3 Wpg (a duty, in agreement with the bevoegd gezag) —
  whether a beslissing is still required there could not be established, so this decision says
  which basis applies to which werkproces and the region chose to keep it (wettelijk_kader).

  Signed by the politiechef for the korpschef (under mandate) and by the bevoegd gezag: every
  burgemeester and the officier van justitie (004:4696-4702; 12093-12095).
-#}
{% set zvh = cfg.zvh %}
{% set a20 = v.a20 %}
{% set pol = v.police %}
{% set om = v.om %}
{% set chief = v.police_chief %}
{% set m = v.a20_mandate %}
{% set police_protocols = v.protocols|selectattr('a20_recipients')|list %}
{% set lid1 = police_protocols|selectattr('framework', 'equalto', 'convenant')|list %}
{% set lid3 = police_protocols|selectattr('framework', 'equalto', 'wgs')|list %}
{% set lid4 = police_protocols|selectattr('framework', 'equalto', 'radicalisering')|list %}
@titel Besluit verstrekking politiegegevens aan het {{ zvh.name }} (artikel 20 Wet politiegegevens)

@sectie aanhef | Aanhef
p Kenmerk: {{ a20.reference or open('kenmerk van de beslissing (artikel20: kenmerk)') }}
p De Korpschef van politie, namens deze de politiechef van de eenheid {{ pol.police_unit }}{% if m %},
  {{ v.authority(m) }}{% else %}, {{ open('mandaat van de politiechef (mandaten, reikwijdte ‘artikel20’)') }}{% endif %},
  in overeenstemming met het bevoegd gezag, te weten
  {{ 'de burgemeesters van de gemeenten ' if v.several_municipalities else 'de burgemeester van ' }}{{ v.municipality_names }}
  {% set ovj = v.person(a20.public_prosecutor) %}{% if om %}en de officier van justitie van het
  arrondissementsparket {{ om.parket }}{% elif ovj %}en de {{ ovj.function }}{% else %}en de
  officier van justitie van het arrondissementsparket {{ open('arrondissementsparket van de officier van justitie') }}{% endif %},
{# Bpg 4:5 governs a provision under art. 19 or art. 20, first lid, Wpg only (seed
   004:4759-4770 was written before the WGS added lid 3; docs/wetgeving-onderzoek.md:359-364): a
   decision whose werkprocessen all provide under lid 3 or 4 is not taken ‘gelet op’ it
   (audit 2026-12-06) #}
{% set bpg_cited = (['4:5'] if lid1 or not (lid3 or lid4) or 9 in v.police_categories or 10 in v.police_categories else []) + ['4:8', '6:4'] %}
{# ‘het privacyprotocol’ only where there is one; with several, the one of the werkproces #}
{% set pp = 'het privacyprotocol van het werkproces waarin zij zijn verstrekt' if v.several_protocols else 'het privacyprotocol' %}
p gelet op {{ art('wpg', [7, 20]) }}, {{ art('bpg', bpg_cited) }}{% if lid3 %},
  {{ art('wgs', ['2.27', '2.30']) }}{% endif %} en het ‘{{ convenant.title }}’;

@sectie overwegingen | Overwegingen
p overwegende dat:
bullet Partijen in het {{ zvh.name }} samenwerken op het gebied van integrale veiligheid en
  complexe casuïstiek en hun afspraken daarover hebben vastgelegd in het
  ‘{{ convenant.title }}’ (verder: het Convenant);
bullet het doel van deze samenwerking, zoals omschreven in [[ref:convenant#doelstelling]], is het
  voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en maatschappelijke
  uitval bij complexe problemen, door een combinatie van repressie, bestuurlijke interventies en
  zorg;
bullet de verwerking van persoonsgegevens binnen deze samenwerking is geregeld in
  {% if v.several_protocols %}de Privacy Protocollen {{ v.quoted_protocol_titles|raw }}, die
  onderdeel zijn{% else %}het ‘{{ v.protocols[0].title }}’, dat onderdeel is{% endif %} van het
  Convenant;
bullet de politie op grond van {{ art('wpg', 20, lid=1) }}, in overeenstemming met het bevoegd
  gezag, kan beslissen tot het verstrekken van politiegegevens aan personen of instanties die
  deelnemen aan een samenwerkingsverband, voor zover een zwaarwegend algemeen belang dit
  noodzakelijk maakt, ten behoeve van het voorkomen en opsporen van strafbare feiten, het
  handhaven van de openbare orde, het verlenen van hulp aan hen die deze behoeven of het
  uitoefenen van toezicht op de naleving van regelgeving;
{% if lid3 %}
bullet de zorg- en veiligheidshuizen bij {{ art('wgs', '2.24') }} zijn aangewezen als
  samenwerkingsverband in de zin van die wet, en de politie, die daaraan deelneemt, op grond van
  {{ art('wpg', 20, lid=3) }} in overeenstemming met het bevoegd gezag politiegegevens aan dat
  samenwerkingsverband verstrekt voor zover dit noodzakelijk is voor het doel van dat verband,
  tenzij zwaarwegende redenen zich daartegen verzetten;
{% endif %}
bullet de verstrekking van politiegegevens aan het Samenwerkingsverband overeenstemt met de
  politietaak of daarmee verenigbaar is: het in samenhang organiseren van de nodige zorg,
  ondersteuning en interventies voor zowel daders als slachtoffers draagt bij aan het voorkomen
  van strafbare feiten, het handhaven van de openbare orde en het verlenen van hulp aan hen die
  deze behoeven, en dit doel kan de politie niet op een andere wijze bereiken;
bullet het algemeen belang dat de verstrekking noodzakelijk maakt, zwaarwegend moet zijn, dat wil
  zeggen van meer dan gewone betekenis, en de verstrekking moet voldoen aan de eisen van
  proportionaliteit en subsidiariteit;
bullet het belang dat met de verstrekking wordt gediend, is afgewogen tegen het belang van de
  bescherming van de persoonlijke levenssfeer van degenen op wie de politiegegevens betrekking
  hebben, zoals vastgelegd in [[ref:belangenafweging]];
bullet de samenwerking in het zorg- en veiligheidshuis zonder de inbreng van actuele
  politiegegevens haar doel niet kan bereiken, en het Convenant op zichzelf geen grondslag voor
  de verstrekking van politiegegevens biedt;
bullet de burgemeester{{ 's' if v.several_municipalities else '' }} en de officier van justitie
  met deze verstrekking instemmen;
p besluit:

@artikel begrippen | Begripsbepalingen
intro In dit besluit wordt verstaan onder:
lid [[def:Wpg]]: {{ wet('wpg', vorm='titel') }};
lid [[def:Bpg]]: {{ wet('bpg', vorm='titel') }};
lid [[def:UAVG]]: {{ wet('uavg', vorm='titel') }};
lid [[def:Convenant]]: het ‘{{ convenant.title }}’;
lid [[def:Samenwerkingsverband]]: de samenwerking van de partijen bij het Convenant in het
  {{ zvh.name }};
lid [[def:Procesregisseur]]: de Procesregisseur, bedoeld in [[ref:convenant#procesregisseur]].

@artikel samenwerkingsverband | Samenwerkingsverband en doel
{# 004:4706-4712: the samenwerkingsverband and its purpose; art. 20 lid 1 Wpg purposes a-d #}
lid Politiegegevens worden verstrekt aan het Samenwerkingsverband {{ zvh.name }}, ingesteld bij het
  Convenant.
lid[doelen] De verstrekking geschiedt uitsluitend ten behoeve van de doelstelling van het
  Samenwerkingsverband zoals omschreven in [[ref:convenant#doelstelling]], en binnen die
  doelstelling ten behoeve van:
ond het voorkomen en opsporen van strafbare feiten;
ond het handhaven van de openbare orde;
ond het verlenen van hulp aan hen die deze behoeven;
ond het uitoefenen van toezicht op de naleving van regelgeving.
{% if lid3 or lid4 %}
{% macro named(prs) %}{{ 'het werkproces' if prs|length == 1 else 'de werkprocessen' }} {% for pr in prs %}‘{{ pr.name }}’{{ ' en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}{% endmacro %}
lid[grondslag-per-werkproces] {% if lid3 %}Voor {{ named(lid3) }} verstrekt de politie de
  politiegegevens op grond van {{ art('wpg', 20, lid=3) }}{% if lid4 %}, en voor {{ named(lid4) }}
  op grond van {{ art('wpg', 20, lid=4) }}{% endif %}{% else %}Voor {{ named(lid4) }} verstrekt de
  politie de politiegegevens op grond van {{ art('wpg', 20, lid=4) }}{% endif %};
  dit besluit legt voor {{ 'dat werkproces' if (lid3 + lid4)|length == 1 else 'die werkprocessen' }}
  de overeenstemming met het bevoegd gezag en de voorwaarden van de verstrekking vast.{% if lid1 %}
  Voor {{ 'het werkproces' if lid1|length == 1 else 'de werkprocessen' }}
  {% for pr in lid1 %}‘{{ pr.name }}’{{ ' en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}
  berust de verstrekking op {{ art('wpg', 20, lid=1) }} en dit besluit.{% endif %}
{% endif %}

@artikel belang | Zwaarwegend algemeen belang en belangenafweging
{# 004:4718-4738 #}
lid Het zwaarwegend algemeen belang dat de verstrekking noodzakelijk maakt, is
  {% if a20.overriding_interest %}{{ a20.overriding_interest }}{% else %}het voorkomen en
  verminderen van recidive, (ernstige) overlast, criminaliteit en maatschappelijke uitval bij
  personen met complexe problemen op meerdere leefgebieden, die alleen door een gezamenlijke
  aanpak van straf, bestuurlijke interventie en zorg kan worden bereikt, zoals beschreven in
  [[ref:convenant#doelstelling]]{% endif %}.
lid[belangenafweging] Het belang van de verstrekking is afgewogen tegen het belang van de
  bescherming van de persoonlijke levenssfeer van degenen op wie de politiegegevens betrekking
  hebben. Die afweging valt uit ten gunste van de verstrekking onder de voorwaarden van dit
  besluit, omdat:
ond per casus alleen de politiegegevens worden verstrekt die voor die casus noodzakelijk zijn, en
  alleen aan de ontvangers die bij die casus betrokken zijn (proportionaliteit);
ond de politie per casus nagaat of het doel niet met minder ingrijpende middelen, zoals het
  verstrekken van minder of geen gegevens, kan worden bereikt (subsidiariteit);
ond de ontvangers gebonden zijn aan geheimhouding, doelbinding en bronvermelding, zoals bepaald in
  [[ref:voorwaarden]];
ond de gegevens binnen de samenwerking slechts worden bewaard zolang dat voor de casus nodig is,
  volgens de bewaartermijnen van {{ pp }};
ond alleen gegevens worden verstrekt die worden verwerkt voor de dagelijkse politietaak of ter
  ondersteuning daarvan, zoals bepaald in [[ref:categorieen]].
lid Politiegegevens worden slechts verstrekt voor zover dat in de concrete casus noodzakelijk is
  voor dit belang en het doel niet met minder ingrijpende middelen kan worden bereikt.

@artikel categorieen | Te verstrekken politiegegevens
{# Bpg art. 4:5 (004:4757-4773; docs § 1.9: applies to art. 20 lid 1; the exception requires
   consultation with an officer designated under Bpg 2:10); WGS 2.30 (art. 8 and 13 only) #}
lid Verstrekt worden uitsluitend politiegegevens die worden verwerkt op grond van
  {{ art('wpg', v.police_categories) }}.
{% if 9 in v.police_categories or 10 in v.police_categories %}
lid Politiegegevens die worden verwerkt op grond van
  {% if 9 in v.police_categories and 10 in v.police_categories %}{{ art('wpg', 9) }} of {{ art('wpg', 10, lid=1, onder='a en c') }}{% elif 9 in v.police_categories %}{{ art('wpg', 9) }}{% else %}{{ art('wpg', 10, lid=1, onder='a en c') }}{% endif %}
  worden alleen verstrekt voor zover dat strikt noodzakelijk is voor het doel van de
  verstrekking, na overleg met een functionaris die is aangewezen op grond van
  {{ art('bpg', '2:10') }} ({{ art('bpg', '4:5', lid=2) }}), om de volgende reden:
  {{ a20.necessity or open('motivering strikte noodzaak (artikel20: noodzaak_motivering)') }}{% if lid3 %}
  Dit lid is niet van toepassing op verstrekkingen op grond van {{ art('wpg', 20, lid=3) }}.{% endif %}
{% endif %}
lid De politie verstrekt de gegevens aan de Procesregisseur ten behoeve van de aanmelding en intake,
  de triage en het casusoverleg, en bij voorkeur als actuele gegevens per casus.

@artikel ontvangers | Ontvangers
{# 004:4712-4714: the persons or bodies that receive the data; a subset of the parties; per
   werkproces (issue 10); the burgemeester in his own right (issue 9.5) #}
{% if police_protocols|length > 1 %}
lid Politiegegevens kunnen op grond van dit besluit worden verstrekt aan de volgende ontvangers,
  voor zover zij in een casus deelnemen, per werkproces:
{% for pr in police_protocols %}
ond[ontvangers-{{ pr.id }}] in het werkproces ‘{{ pr.name }}’: {{ v.recipient_names(pr.a20_recipients)|nl_list }}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% else %}
{% set rec = police_protocols[0].a20_recipients if police_protocols else v.a20_recipients %}
lid Politiegegevens kunnen op grond van dit besluit worden verstrekt aan de volgende ontvangers,
  voor zover zij in een casus deelnemen:
{% for name in v.recipient_names(rec) %}
ond {{ name }}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% endif %}
lid Verstrekking aan anderen dan de in het vorige lid genoemde ontvangers op grond van dit besluit
  is niet toegestaan{% if v.non_recipients %}; in het bijzonder
  {{ 'ontvangt' if v.non_recipients|length == 1 else 'ontvangen' }}
  {{ v.full_names(v.non_recipients) }} geen politiegegevens{% endif %}.

@artikel voorwaarden | Voorwaarden
{# 004:4777-4840; Bpg 4:8 and 6:4 lid 2 (docs § 1.9); protocol art. 7, 8, 13.5, 17.6 #}
lid De ontvangers zijn verplicht tot geheimhouding van de verstrekte politiegegevens
  ({{ art('wpg', 7, lid=2) }}); de politie wijst hen bij de verstrekking op die plicht
  ({{ art('bpg', '4:8') }}). Deze geheimhoudingsplicht gaat over op iedere volgende ontvanger.
lid De ontvangers verwerken de politiegegevens uitsluitend voor het doel waarvoor zij zijn
  verstrekt en niet voor een daarmee onverenigbaar doel, ook niet binnen de eigen organisatie.
lid De ontvangers vermelden bij de gegevens dat zij afkomstig zijn van de politie. Verdere
  verstrekking is alleen toegestaan voor zover een wettelijk voorschrift daartoe verplicht of de
  taak van de ontvanger dit noodzakelijk maakt ({{ art('wpg', 7, lid=2) }}).
lid[documentatie] De politie legt van iedere verstrekking de identiteit van de verzoeker, de datum,
  een omschrijving van de verstrekte gegevens en het doel van de verstrekking vast
  ({{ art('bpg', '6:4', lid=2) }}).
lid Verzoeken van betrokkenen om inzage, correctie of verwijdering van politiegegevens worden
  doorgeleid naar en beoordeeld door het Wpg-loket van de eenheid {{ pol.police_unit }}; de
  politie kan een verzoek geheel of gedeeltelijk afwijzen op de gronden van {{ art('wpg', 27) }}
  of {{ art('uavg', 41) }}.
lid De ontvangers beveiligen de gegevens overeenkomstig de afspraken in {{ pp }} en
  vernietigen deze overeenkomstig de bewaartermijnen daarin.
{% for c in a20.conditions %}
lid {{ c }}
{% endfor %}

@artikel duur | Duur
{# the decision never outlives the Convenant (digest E23; 004:4739-4753) #}
lid Dit besluit treedt in werking met ingang van de dag na ondertekening door de politiechef, de
  burgemeester{{ 's' if v.several_municipalities else '' }} en de officier van justitie.
lid Dit besluit geldt zolang het Convenant van kracht is, zoals bepaald in
  [[ref:convenant#looptijd]], en vervalt van rechtswege op het moment dat het Convenant eindigt
  of de politie geen partij meer is bij het Convenant.
lid Dit besluit wordt ten minste eenmaal per twee jaar geëvalueerd, gelijktijdig met de evaluatie
  van {{ 'de privacyprotocollen' if v.several_protocols else 'het privacyprotocol' }}.

@artikel citeertitel | Citeertitel
lid Dit besluit wordt aangehaald als: Artikel 20 Wpg-beslissing {{ zvh.name }}.

@slot
closing Aldus besloten op {{ a20.date|datum if a20.date else open('datum van de beslissing (artikel20: datum)') }}.
sign De Korpschef van politie, eenheid {{ pol.police_unit }} | {% if chief %}namens deze: {{ chief.name }}, {{ chief.function }}{% if m %}, {{ v.authority(m) }}{% endif %}{% else %}{{ open('politiechef met mandaat (mandaten: reikwijdte ‘artikel20’, gemandateerde)') }}{% endif %}
{% for g in v.municipalities %}
{% set mayor = v.person(g.mayor) %}
sign De burgemeester van {{ g.name }} | {% if mayor %}{{ mayor.name }}, {{ mayor.function }}{% else %}{{ open('burgemeester van ' ~ g.name) }}{% endif %}
{% endfor %}
sign De officier van justitie{% if om %}, arrondissementsparket {{ om.parket }}{% endif %} |
  {% if ovj %}{{ ovj.name }}, {{ ovj.function }}{% else %}{{ open('officier van justitie (artikel20: officier_van_justitie)') }}{% endif %}
