{#-
  Privacy Protocol — Handvat Bijlage 4, seed 004:11377-13579 (32 articles, Bijvoegsels 1-4).

  Context: `proto` (model.view.Protocol) is the werkproces this protocol belongs to: its own
  purpose, functions, parties (a subset of the Convenant's), categories, retention and legal
  framework (`proto.framework`: ‘wgs’, ‘radicalisering’ or ‘convenant’); `convenant` is the
  rendered Convenant (cited by title, referenced as [[ref:convenant#key]]). Laws are cited
  through templates/catalogus/wetgeving.yaml (`art`, `wet`), never typed.

  Deliberate departures from the model text, each a mistake listed in shared/domain-digest.md F:
  F17 def. Manager points to the convenant's Manager article (004:11728 vs 10683)
  F18 the toelichting to 4.1 points to the grondslag article 6 (004:11877-11879)
  F19 9.1 points to the purposes in 3.2, not 2.1 (004:12345-12346)
  F20 13.7 points to 13.6, not to itself (004:12500)
  F21 14.9 points to the informing-Betrokkenen lid, not to the AP lid (004:12581)
  F22 20.4 points to the decision of 20.3, not 17.3 (004:12856-12857)
  F23 23.1 "behoudens het bepaalde in artikel 19" → the casus-related provision of 5.9
  F24 5.4 names the controller of 2.3 (the providing party), 5.8 the one of 2.1
  F25 no references to the Handvat's non-existent "Hoofdstuk 5"/"§5.x"
  F26 every annex is a "Bijvoegsel", numbered and referenced symbolically
  F27 the Artikel 20 Wpg Beslissing is a document of this set, not an annex (004:12090-12092)
  F28 police documentatieplicht: Bpg art. 6:4 lid 2 (the model and the Handvat say "lid 5"; the
      article has four leden — docs/wetgeving-onderzoek.md § 1.9); OM: art. 39j Wjsg with 4
      years outside the WGS only; art. 24 is the Verwerkingsregister
  F29 art. 31 is numbered 31.1, 31.2 (004:13083-13090)
  F30 art. 11 carries the deviation/herbeoordeling rule and the Manager's reactivation rule;
      Bijvoegsel 2 has no placeholder and no undefined "Opschaling" (004:9602-9630; 13235; 13269)
  F31 "Verwerker" instead of "Bewerker"; no Cbp/Wbp terms; Wet bopz → Wvggz/Wzd (catalog)
  F32 typos: "strafvorderlijke", "aan te gaan", "verlengd", one spelling "Privacyadviseur"
  F33 rights requests and breaches: need-to-know, see below (004:12699-12749; 12554-12557)
  F34 6.4 has an entry for every partner kind present, Halt and woningcorporatie included

  Departures for the lawyer's review of issue 9 and the law of 2026 (issue 10):
  - Requests of a Betrokkene and notices of a breach that concern a person go to the Partijen
    involved in that casus (via the coordinator and, where needed, the Casusoverleg), never to
    the Partneroverleg: a forum of all Partijen, private ones included, receives anonymised
    overviews for policy only (digest F11, F33; convenant art. 6 toelichting 004:10561-10563).
  - 1.27 defines the Privacyadviseur by function; the person is in the contact overview, so a new
    adviser needs no re-signed Protocol.
  - 3.1/3.2: each werkproces has its own scope (exactly its functions of the Convenant) and its
    own purpose, written as a purpose; 6.4 and Bijvoegsel 4 cover only its own Partijen, and the
    special and criminal data come from their kinds (004:13459-13500; issue 9.1).
  - 6.5: a party without a public task names its own grounds, one basis each; it is not said to
    lack a public task (woningcorporatie: issue 9.6).
  - 7.2: police data never go to a Partij that is not a recipient under the Artikel 20 Wpg
    Beslissing (004:4801-4829).
  - Under the WGS (`proto.framework == 'wgs'`): joint controllers are the public participants
    only (WGS 2.27 lid 3); purpose WGS 2.25; police data under art. 20 lid 3 Wpg, OM data under
    art. 8b, 39fa and 51ca Wjsg; health data and professional secrecy WGS 2.29; retention at the
    latest five years after first processing and shielding after closure (WGS 1.8 lid 7, 2.31
    lid 8); contactpunt and coördinerend FG (WGS 1.4). What depends on the Besluit (Stb. 2024,
    380), which could not be read, is worded neutrally and named in the config.
  - Under the radicalisering law (BWBR0050740): burgemeester's casusoverleg (art. 2), joint
    controllers (art. 12), retention at the latest five years after the last processing (art. 9),
    police data under art. 20 lid 4 Wpg, OM data under art. 39fb Wjsg.
-#}
{% set zvh = cfg.zvh %}
{% set r = proto.retention %}
{% set t = cfg.deadlines %}
{% set pv = cfg.privacy %}
{% set lk = cfg.legal_framework %}
{% set coord = v.coordinator() %}
{% set Coord = v.coordinator(True) %}
{% set parties = proto.partners %}
{% set kinds = parties|map(attribute='kind')|list %}
{% set has_police = 'politie' in kinds %}
{% set has_om = 'om' in kinds %}
{% set has_dji = 'dji' in kinds %}
{% set wgs = proto.framework == 'wgs' %}
{% set rad = proto.framework == 'radicalisering' %}
{% set several = parties|selectattr('kind', 'equalto', 'gemeente')|list|length > 1 %}
{% set ib = v.party(cfg.gremia.info_security.party) %}
@titel {{ proto.title }} {{ zvh.name }}

@sectie aanhef | De ondergetekenden
note Onderstaande deelnemers zijn de Partijen bij het Convenant die aan dit werkproces deelnemen;
  protocolmaker neemt ze uit dezelfde configuratie over.
{% include "gedeeld/aanhef.pm" %}

@sectie overwegingen | Overwegingen
{# 004:11548-11606 #}
p de volgende overwegingen in aanmerking nemende:
bullet Partijen hebben in het kader van samenwerking op het gebied van integrale veiligheid en
  complexe casuïstiek zoals beschreven in het Landelijk Kader Veiligheidshuizen het
  {{ zvh.name }} (hierna: ‘het zorg- en veiligheidshuis’) opgezet;
bullet Partijen hebben voor deze samenwerking afspraken vastgelegd in het
  ‘{{ convenant.title }}’, gesloten op
  {{ cfg.choices.signing_date|datum if cfg.choices.signing_date else open('datum ondertekening Convenant') }}
  (verder: het Convenant), waar dit Protocol deel van uitmaakt;
bullet dit Protocol ziet op de Verwerking van Persoonsgegevens in het werkproces
  ‘{{ proto.name }}’ van het zorg- en veiligheidshuis, ten behoeve van
  {% for fid in proto.functions %}{{ ref('convenant#' ~ v.function_key(fid)) }}{{ ' en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %};
{% if wgs %}
bullet de zorg- en veiligheidshuizen zijn bij {{ art('wgs', '2.24') }} aangewezen als
  samenwerkingsverband in de zin van die wet; de gezamenlijke verwerking van gegevens bij de
  behandeling van complexe casuïstiek is in die wet en de daarop berustende regels geregeld, en
  dit Protocol legt de werkwijze en de verantwoordelijkheden van Partijen vast voor zover die wet
  en die regels daarvoor ruimte laten;
{% elif rad %}
bullet de burgemeester van de gemeente van verblijf van een persoon die in verband kan worden
  gebracht met radicalisering of terroristische activiteiten draagt op grond van
  {{ art('wet_radicalisering', 2, lid=1) }} zorg voor casusoverleg tussen de deelnemers; dit
  Protocol legt de werkwijze van dat casusoverleg in het zorg- en veiligheidshuis vast voor zover
  die wet daarvoor ruimte laat;
{% endif %}
bullet voor de samenwerking in het zorg- en veiligheidshuis is de uitwisseling van gegevens,
  waaronder Persoonsgegevens, tussen de Partijen noodzakelijk;
bullet in het door Partijen opgezette zorg- en veiligheidshuis worden Persoonsgegevens verwerkt
  ten dienste en onder verantwoordelijkheid van Partijen;
bullet Partijen delen slechts die Persoonsgegevens binnen het zorg- en veiligheidshuis die
  noodzakelijk zijn voor het doel van de samenwerking;
bullet op de samenwerking is wet- en regelgeving met betrekking tot de bescherming van
  Persoonsgegevens van toepassing, waarbij Partijen conform deze wet- en regelgeving willen
  samenwerken;
bullet dit Protocol omschrijft de gedragsregels bij het verstrekken en verder Verwerken van
  Persoonsgegevens door Partijen in het kader van de samenwerking, en belegt de verschillende
  verantwoordelijkheden met het oog op de rechten en plichten uit toepasselijke privacy wet- en
  regelgeving;
bullet met dit Protocol wordt invulling gegeven aan de in {{ art('avg', 26) }} neergelegde
  verplichting voor gezamenlijke verwerkingsverantwoordelijken om op een transparante wijze hun
  samenwerkingsafspraken en hun verantwoordelijkheden jegens elkaar en jegens Betrokkene vast te
  leggen;
bullet dit Protocol sluit aan bij het bepaalde in het ‘Landelijk Kader Veiligheidshuizen’ van
  het Ministerie van Veiligheid en Justitie, vastgesteld in januari 2013 (verder: ‘het
  [[def:Landelijk Kader]]’) en het ‘Handvat Gegevensuitwisseling in het zorg- en
  veiligheidsdomein – een juridisch handvat voor zorg- en veiligheidshuizen’ (verder: ‘het
  Handvat’), alsmede bij de in het Handvat en het Landelijk Kader gebezigde terminologie;
bullet dit privacyprotocol wordt verder aangehaald als ‘het Protocol’;
p verklaren te zijn overeengekomen:

@artikel definities | Definities
{# 004:11620-11786 #}
intro In dit Protocol en de daarbij behorende Bijvoegsels wordt verstaan onder:
lid [[def:Persoonsgegevens]]: alle informatie over een geïdentificeerde of identificeerbare
  natuurlijke persoon (‘de Betrokkene’); als identificeerbaar wordt beschouwd een natuurlijke
  persoon die direct of indirect kan worden geïdentificeerd, met name aan de hand van een
  identificator zoals een naam, een identificatienummer, locatiegegevens, een online identificator
  of van een of meer elementen die kenmerkend zijn voor de fysieke, fysiologische, genetische,
  psychische, economische, culturele of sociale identiteit van die natuurlijke persoon
  ({{ art('avg', 4, onder=1) }});
{% if has_police %}
lid [[def:Politiegegevens]]: elk Persoonsgegeven dat in het kader van de uitoefening van de
  politietaak wordt verwerkt ({{ art('wpg', 1, onder='a') }});
{% endif %}
{% if has_om %}
lid [[def:Strafvorderlijke gegevens]]: Persoonsgegevens of gegevens over een rechtspersoon die
  zijn verkregen in het kader van een strafvorderlijk onderzoek en die het openbaar ministerie in
  een strafdossier of langs geautomatiseerde weg verwerkt in een gegevensbestand
  ({{ art('wjsg', 1, onder='b') }});
lid [[def:Justitiële gegevens]]: bij algemene maatregel van bestuur omschreven Persoonsgegevens
  of gegevens over een rechtspersoon inzake de toepassing van het strafrecht of de strafvordering,
  die in een bestand worden Verwerkt ({{ art('wjsg', 1, onder='a') }});
{% endif %}
{% if has_om or (has_dji and not wgs) %}
lid [[def:Tenuitvoerleggingsgegevens]]: Persoonsgegevens of gegevens over een rechtspersoon
  inzake de tenuitvoerlegging van strafrechtelijke beslissingen, die in een dossier of een ander
  gegevensbestand zijn of worden verwerkt ({{ art('wjsg', 1, onder='d') }});
{% endif %}
lid [[def:Bijzondere Persoonsgegevens]]: Persoonsgegevens waaruit ras of etnische afkomst,
  politieke opvattingen, religieuze of levensbeschouwelijke overtuigingen, of het lidmaatschap
  van een vakbond blijken, en genetische gegevens, biometrische gegevens met het oog op de unieke
  identificatie van een persoon, of gegevens over gezondheid, of gegevens met betrekking tot
  iemands seksueel gedrag of seksuele gerichtheid, zoals bedoeld in {{ art('avg', 9) }};
lid [[def:Strafrechtelijke persoonsgegevens]]: Persoonsgegevens betreffende strafrechtelijke
  veroordelingen en strafbare feiten of daarmee verband houdende veiligheidsmaatregelen, zoals
  bedoeld in {{ art('avg', 10) }};
lid [[def:Verwerken]] of [[def:Verwerking]]: een bewerking of een geheel van bewerkingen met
  betrekking tot Persoonsgegevens of een geheel van Persoonsgegevens, al dan niet uitgevoerd via
  geautomatiseerde procedés, zoals het verzamelen, vastleggen, ordenen, structureren, opslaan,
  bijwerken of wijzigen, opvragen, raadplegen, gebruiken, verstrekken door middel van
  doorzending, verspreiden of op andere wijze ter beschikking stellen, aligneren of combineren,
  afschermen, wissen of vernietigen van gegevens ({{ art('avg', 4, onder=2) }});
lid [[def:Betrokkene]]: de natuurlijke persoon op wie informatie, waaronder Persoonsgegevens,
  betrekking heeft ({{ art('avg', 4, onder=1) }});
lid [[def:Derde]]: een natuurlijk persoon of rechtspersoon, niet zijnde de Betrokkene, noch een
  van de Partijen;
lid [[def:Verwerkingsverantwoordelijke]]: een natuurlijke persoon of rechtspersoon, een
  overheidsinstantie, een dienst of een ander orgaan die/dat, alleen of samen met anderen, het
  doel van en de middelen voor de Verwerking van Persoonsgegevens vaststelt; wanneer de
  doelstellingen van en de middelen voor deze Verwerking in het Unierecht of het lidstatelijke
  recht zijn vastgesteld, kan daarin reeds zijn bepaald wie de Verwerkingsverantwoordelijke is of
  volgens welke criteria deze wordt aangewezen ({{ art('avg', 4, onder=7) }});
lid[def-afzonderlijk] [[def:Afzonderlijke Verwerkingsverantwoordelijken]]: Partijen zijn
  Afzonderlijke Verwerkingsverantwoordelijken voor zelfstandige Verwerkingen en wanneer
  verschillende Verwerkingen min of meer geïntegreerd zijn, maar geen sprake is van Gezamenlijke
  Verwerkingsverantwoordelijken;
lid [[def:Gezamenlijke Verwerkingsverantwoordelijken]]: Verwerkingsverantwoordelijken die samen
  de doeleinden en de middelen van een Verwerking bepalen, of die de wet als zodanig aanwijst, als
  bedoeld in {{ art('avg', 26) }};
lid [[def:Verwerker]]: een natuurlijke persoon of rechtspersoon, een overheidsinstantie, een
  dienst of een ander orgaan die/dat ten behoeve van de Verwerkingsverantwoordelijke
  Persoonsgegevens verwerkt ({{ art('avg', 4, onder=8) }});
lid [[def:Casusregie]]: het uitvoeren van werkzaamheden gericht op het bewaren van de onderlinge
  samenhang bij het uitvoeren van het plan van aanpak bij het behandelen van één specifieke
  Casus;
lid [[def:Procesregie]]: het uitvoeren van werkzaamheden gericht op de totstandkoming van
  samenwerking tussen Partijen bij het behandelen van één specifieke Casus en de ondersteuning van
  de Casusregisseur bij de uitvoering van het plan van aanpak;
{% if proto.criteria %}
lid [[def:Casus]]: een geval of situatie dat of die voldoet aan de criteria voor dit werkproces
  zoals geformuleerd in [[ref:criteria-werkproces]], en die is aangemeld bij het zorg- en
  veiligheidshuis ter beoordeling en eventuele bespreking in het Casusoverleg;
{% else %}
lid [[def:Casus]]: een geval of situatie dat of die voldoet aan de criteria voor complexe
  casuïstiek zoals geformuleerd in [[ref:convenant#criteria]], en die is aangemeld bij het zorg-
  en veiligheidshuis ter beoordeling en eventuele bespreking in het Casusoverleg;
{% endif %}
lid [[def:Aanmelding en Intake]]: het voordragen van een Casus door een van de Partijen en het
  uitwisselen van informatie, waaronder Persoonsgegevens, tussen de Procesregisseur van het zorg-
  en veiligheidshuis en de aanmeldende Partij ter toetsing of de Casus in aanmerking komt voor
  behandeling in het zorg- en veiligheidshuis;
lid [[def:Triage]]: het proces waarbij relevante Partijen worden bevraagd om te komen tot een
  nadere afweging ten aanzien van de routering van de Casus, tot een bepaling van het doel en de
  thema’s van een eventueel Casusoverleg, en tot een afweging welke Partijen relevant zijn om te
  betrekken bij een Casusoverleg;
lid [[def:Casusoverleg]]: fase waarin overleg plaatsvindt door Partijen gericht op de
  totstandkoming van een plan van aanpak, afstemming tijdens de uitvoering daarvan, en het
  beoordelen of de Casus kan worden afgeschaald;
lid [[def:Afschaling]]: fase die volgt op het besluit in het Casusoverleg dat de betrokkenheid
  van het zorg- en veiligheidshuis niet langer nodig is, waarin het dossier dat in het systeem van
  het zorg- en veiligheidshuis is aangelegd ten behoeve van Procesregie, wordt geschoond van alle
  niet langer noodzakelijke informatie, en uiteindelijk verdwijnt uit het systeem van het zorg- en
  veiligheidshuis;
lid [[def:Procesregisseur]]: de medewerker van het zorg- en veiligheidshuis die namens een van de
  Partijen is belast met de werkzaamheden in [[ref:convenant#procesregisseur]];
lid [[def:Casusregisseur]]: de medewerker van een van de Partijen die is belast met de taken in
  [[ref:convenant#casusregisseur]];
lid[def-manager] [[def:Manager]]: de persoon die is belast met de taken zoals geformuleerd in
  [[ref:convenant#manager]];
lid [[def:Stuurgroep]]: het verband van afgevaardigden van Partijen zoals geformuleerd in
  [[ref:convenant#stuurgroep]];
lid [[def:Partneroverleg]]: het verband van afgevaardigden van Partijen zoals geformuleerd in
  [[ref:convenant#partneroverleg]];
note Iedere Partij moet zijn vertegenwoordigd op het niveau van het Partneroverleg. Het enkel
  deelnemen aan de samenwerking op het niveau van het Casusoverleg is onvoldoende voor een Partij
  om te kunnen waarborgen dat deze aan diens verantwoordelijkheden rondom de bescherming van
  persoonsgegevens in het kader van de samenwerking voldoet.
lid [[def:Privacyadviseur]]: de medewerker die in het zorg- en veiligheidshuis belast is met
  privacyadvisering, die ook is belast met beleidsontwikkeling over gegevensverwerking en helpt bij
  de voorbereiding van audits; wie deze functie vervult, maakt {{ coord }} bekend aan Partijen en
  op de website van het zorg- en veiligheidshuis;
lid [[def:Jaarplan]]: het door de Stuurgroep op grond van [[ref:convenant#jaarplan]]
  vastgestelde plan betreffende de operationele en inhoudelijke kaders en het financieel en
  inhoudelijk beleid van het zorg- en veiligheidshuis;
lid [[def:Werkproces]]: het door het Partneroverleg op grond van [[ref:convenant#po-werkproces]]
  vastgestelde proces voor samenwerking in het zorg- en veiligheidshuis, zoals beschreven in
  [[ref:convenant#werkproces]], waaronder het proces omtrent en het delen van informatie en de
  Afschaling van een Casus;
{# a law gets an abbreviation only where the text uses it (DOC-05): the UAVG in art. 17 (police) #}
{% set law_terms = ['avg'] + (['uavg'] if has_police else []) + (['wjsg'] if has_om or has_dji else []) + (['wpg', 'bpg'] if has_police else []) %}
{% for key in law_terms %}
lid [[def:{{ v.law_short(key) }}]]: {{ wet(key, vorm='titel') }}{% if key == 'avg' %}, Verordening (EU) 2016/679 van het Europees Parlement en de Raad van 27 april 2016{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}

@artikel verantwoordelijkheid | Afzonderlijke en Gezamenlijke Verwerkingsverantwoordelijken
{# 004:11777-11792; WGS 2.27 lid 3 (docs/wetgeving-onderzoek.md:210-214: ‘uitsluitend de
   deelnemers, bedoeld in het eerste lid’); radicalisering art. 12 lid 1. The private
   participants are named in number: ‘RN en GGZ Maasoever … zijn … geen Gezamenlijke
   Verwerkingsverantwoordelijken’ (audit 2026-12-06) #}
lid[afzonderlijk] Partijen in het zorg- en veiligheidshuis zijn Afzonderlijke
  Verwerkingsverantwoordelijken voor de Persoonsgegevens die zij verstrekken aan de
  Procesregisseur ten behoeve van de Aanmelding en Intake en aan Partijen in het kader van
  Triage, Casusoverleg en Afschaling.
{% if wgs %}
lid[gezamenlijk] Voor de gezamenlijke verwerking van Persoonsgegevens door het zorg- en
  veiligheidshuis als samenwerkingsverband zijn, overeenkomstig
  {{ art('wgs', '2.27', lid=3) }}, uitsluitend de Partijen die deelnemer zijn in de zin van het
  eerste lid van dat artikel Gezamenlijke Verwerkingsverantwoordelijken, te weten
  {{ v.controller_names(proto.joint_controllers) or open('publieke deelnemers') }}.{% if proto.private_participants %}
  {{ v.names(proto.private_participants)|ucfirst }}, {{ 'die deelneemt' if proto.private_participants|length == 1 else 'die deelnemen' }}
  in de zin van het tweede lid van dat artikel, {{ 'is' if proto.private_participants|length == 1 else 'zijn' }}
  voor die gezamenlijke verwerking geen {{ 'Gezamenlijke Verwerkingsverantwoordelijke' if proto.private_participants|length == 1 else 'Gezamenlijke Verwerkingsverantwoordelijken' }}.{% endif %}
{% elif rad %}
lid[gezamenlijk] De deelnemers aan het casusoverleg, bedoeld in
  {{ art('wet_radicalisering', 3, lid=1) }}, te weten
  {{ v.controller_names(proto.joint_controllers) or open('deelnemers') }}, zijn overeenkomstig
  {{ art('wet_radicalisering', 12, lid=1) }} Gezamenlijke Verwerkingsverantwoordelijken voor de
  gezamenlijke verwerking van Persoonsgegevens in dat casusoverleg.
{% else %}
lid[gezamenlijk] Partijen in het zorg- en veiligheidshuis zijn conform {{ art('avg', 26) }}
  Gezamenlijke Verwerkingsverantwoordelijken voor de Persoonsgegevens die zij, anders dan de
  verstrekking zoals bedoeld in [[ref:afzonderlijk]], Verwerken op locatie of in de
  informatiesystemen van het zorg- en veiligheidshuis in het kader van de samenwerking voor de
  doeleinden zoals omschreven in [[ref:doel]].
{% endif %}
note Wanneer twee of meer Verwerkingsverantwoordelijken gezamenlijk de doeleinden en middelen van
  de Verwerking bepalen, zijn ze gezamenlijk verantwoordelijk voor die Verwerking.
lid[gezag] Verwerking van Persoonsgegevens in het zorg- en veiligheidshuis door personeel van het
  zorg- en veiligheidshuis geschiedt onder gezag van de Partij die de betreffende
  Persoonsgegevens heeft verstrekt. Deze Partij wordt voor die Verwerking aangeduid als
  Verwerkingsverantwoordelijke.{% if wgs %} Het personeel dat Partijen voor het zorg- en
  veiligheidshuis aanwijzen, blijft in dienst van de Partij die het aanwijst
  ({{ art('wgs', '1.4', lid=3) }}).{% endif %}
{% if proto.third_parties %}
lid[derden-werkproces] {{ v.names(proto.third_parties)|ucfirst }}
  {{ 'neemt' if proto.third_parties|length == 1 else 'nemen' }} aan dit werkproces niet als
  deelnemer deel, maar {{ 'wordt' if proto.third_parties|length == 1 else 'worden' }} per Casus,
  voor zover dat noodzakelijk is, als Derde betrokken{% if wgs %} ({{ art('wgs', '2.31') }}){% endif %};
  {{ 'zij ontvangt' if proto.third_parties|length == 1 else 'zij ontvangen' }} dan uitsluitend de
  Persoonsgegevens die voor die bijdrage noodzakelijk zijn, met instemming van de Partij die ze
  heeft verstrekt.
{% endif %}

@artikel doel | Doel Verwerking Persoonsgegevens
{# 004:11795-11860; the werkproces's own scope and purpose (issue 10; 004:10345-10363) #}
lid Dit Protocol ziet op alle Verwerkingen van Persoonsgegevens door Partijen in het werkproces
  ‘{{ proto.name }}’, ter uitvoering van
  {% for fid in proto.functions %}{{ ref('convenant#' ~ v.function_key(fid)) }}{{ ' en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}{% if not proto.functions %}{{ open('de functie van het Convenant die dit werkproces uitvoert') }}{% endif %}.
  Verwerkingen voor andere functies van het Convenant vallen niet onder dit Protocol.
{% if proto.target_group %}
lid[doelgroep] Het werkproces richt zich op {{ proto.target_group }}.
{% endif %}
lid[doeleinden] Het Verwerken van Persoonsgegevens onder dit Protocol vindt plaats
  {% if proto.purpose %}{{ proto.purpose }}{% elif wgs %}ter uitoefening, afstemming en
  coördinatie van de inzet van de wettelijke taken en bevoegdheden van Partijen op het terrein van
  strafrechtelijke en bestuursrechtelijke handhaving en van begeleiding en zorg- en hulpverlening,
  in het belang van het voorkomen, verminderen en bestrijden van criminaliteit en ernstige
  overlast en het voorkomen en verminderen van onveilige situaties voor personen of binnen een
  gebied ({{ art('wgs', '2.25') }}){% elif proto.base %}{{ v.base_purpose }}{% else %}{{ open('doel van het werkproces, beginnend met ‘ter’ (werkprocessen: doel)') }}{% endif %},
  hetgeen gezien moet worden als een zwaarwegend algemeen belang. Meer specifiek draagt de
  Verwerking van Persoonsgegevens onder dit Protocol bij aan:
{% for item in proto.subpurposes %}
ond {{ item }};
{% endfor %}
ond het mogelijk maken van samenwerking met het oog op de hierboven geformuleerde doeleinden.
lid[fasen] Om het in [[ref:doeleinden]] geformuleerde doel te bereiken Verwerken Partijen
  gezamenlijk de nodige Persoonsgegevens in het kader van
  {{ proto.phase_names|nl_list }}. Voor elk van deze fasen in het Werkproces zijn specifieke
  doelen voor de Verwerking van Persoonsgegevens in het zorg- en veiligheidshuis van toepassing.
  Deze doelen zijn gespecificeerd in [[ref:doeleinden-fasen]].
lid Partijen Verwerken de Persoonsgegevens die zij in het kader van de samenwerking onder dit
  Protocol hebben verkregen niet voor andere doeleinden dan de doelen omschreven in
  [[ref:doeleinden]].
lid[uitgangspunten] Bij het Verwerken van Persoonsgegevens in het zorg- en veiligheidshuis worden de
  volgende uitgangspunten in acht genomen:
ond er is sprake van een strikte doelbinding per fase voor de te Verwerken Persoonsgegevens en
  alleen de voor het doel van die fase noodzakelijke Persoonsgegevens worden Verwerkt;
ond als het doel van de Verwerking van Persoonsgegevens wijzigt, of de Casus gaat door naar een
  volgende fase, wordt als eerste opnieuw beoordeeld of de eerder Verwerkte gegevens ook daarvoor
  noodzakelijk zijn en vervolgens of de gegevens daarvoor ook (verder) gebruikt mogen worden;
ond een Partij die in een bepaalde fase Persoonsgegevens verstrekt, behoudt de zeggenschap over
  het verdere gebruik van die gegevens en of die voor een andere fase en/of andere doelen gebruikt
  mogen worden;
ond Partijen die bij de behandeling van een Casus kennisnemen van Persoonsgegevens afkomstig van
  een andere Partij mogen deze gegevens enkel verder gebruiken voor hun eigen taken in het kader
  van de casusbehandeling, als de Partij die de gegevens heeft ingebracht, dit afzonderlijk
  accordeert.
{% if rad %}
{# Under kader radicalisering the casusoverleg is the burgemeester's (art. 2 lid 1 of the law,
   docs/wetgeving-onderzoek.md:482-486), so a Casus of this werkproces is registered with him:
   art. 5 lets a case be registered with the politie, the OM or the burgemeester
   (docs/wetgeving-onderzoek.md:490), and the Partijen choose the burgemeester, as the region's own
   agreement (3.8) does; one protocol per purpose, with its own rules (004:10345-10363). #}
lid[radicalisering-regie] De burgemeester van de gemeente van verblijf van de Betrokkene draagt
  zorg voor het casusoverleg ({{ art('wet_radicalisering', 2, lid=1) }}). Partijen melden een
  Casus aan bij die burgemeester ({{ art('wet_radicalisering', 5) }}).
{% endif %}
{% for a in proto.agreements %}
lid {{ a }}
{% endfor %}

@artikel categorieen | Categorieën Persoonsgegevens
{# 004:11862-11908 #}
lid In het kader van de samenwerking worden door Partijen van de in [[ref:categorieen-betrokkenen]]
  genoemde categorieën Betrokkenen de daarin genoemde categorieën Persoonsgegevens Verwerkt.
note Ieder natuurlijk persoon over wie Persoonsgegevens worden verwerkt, dient als aparte
  (categorie) Betrokkene te worden aangeduid. De categorieën Persoonsgegevens dienen nader te
  worden getoetst met het oog op noodzakelijkheid en grondslag zoals bedoeld in [[ref:grondslag]].
lid Partijen Verwerken Persoonsgegevens, inclusief Bijzondere Persoonsgegevens en
  Strafrechtelijke persoonsgegevens, binnen de wettelijke kaders van de voor iedere Partij
  toepasselijke wet- en regelgeving.{% if wgs %} Persoonsgegevens over gezondheid worden
  uitsluitend Verwerkt voor zover dit noodzakelijk is voor het doel, bedoeld in
  {{ art('wgs', '2.25') }} ({{ art('wgs', '2.29', lid=1) }}).{% endif %}
lid Partijen Verwerken Persoonsgegevens voor de in [[ref:doeleinden]] geformuleerde doeleinden
  enkel in de informatiesystemen van het zorg- en veiligheidshuis, of in de door de Stuurgroep
  aangewezen informatiesystemen, en conform het beveiligingsbeleid zoals opgenomen in
  [[ref:beveiligingsbeleid]].
note Indien GCOS door Partijen ook voor andere werkprocessen of samenwerkingsverbanden wordt
  gebruikt, dienen die gegevensverwerking en de toegangsautorisaties volstrekt gescheiden te zijn
  van de gegevensverwerking van het zorg- en veiligheidshuis.

@artikel verwerkingen | Verwerkingen en verstrekkingen van Persoonsgegevens ten behoeve van het behandelen van een Casus
{# 004:11912-12010; the model's three-level 5.1.1-5.3.3 is numbered as leden 5.1-5.11 #}
intro Verwerking door de Procesregisseur:
lid[pr-verwerking] De Procesregisseur Verwerkt Persoonsgegevens ten behoeve van de Procesregie in
  het kader van de doelstellingen van de samenwerking zoals verwoord in [[ref:doeleinden]] slechts
  voor zover dit noodzakelijk is voor het bewerkstelligen van de in de desbetreffende fase aan de
  orde zijnde doelen voor gegevensverwerking als verwoord in [[ref:fasen]] en
  [[ref:doeleinden-fasen]].
lid De Procesregisseur Verwerkt de in [[ref:pr-verwerking]] bedoelde Persoonsgegevens ten
  behoeve van een goede taakuitoefening van de aanmeldende Partij, dan wel de goede
  taakuitoefening van de Partij onder wiens verantwoordelijkheid de Casusregisseur zoals
  verwoord in [[ref:convenant#casusregisseur]] valt.
lid Voor de Verwerking van Persoonsgegevens als bedoeld in [[ref:pr-verwerking]] zijn van
  toepassing de grondslag conform de {{ wet('avg') }} en/of andere wettelijke grondslag, en de wettelijke
  bepalingen op grond waarvan de aanmeldende Partij, dan wel de Partij onder wiens
  verantwoordelijkheid de Casusregisseur valt, de Casus heeft aangemeld respectievelijk de
  Casusregie voert.
lid De Verwerkingsverantwoordelijke voor de Verwerking van Persoonsgegevens zoals bedoeld in
  [[ref:pr-verwerking]] is de Partij onder wier gezag de Procesregisseur de Persoonsgegevens
  Verwerkt, zoals bedoeld in [[ref:gezag]].
lid[inbreng] Verstrekken ten behoeve van Aanmelding en Intake, Triage en Casusoverleg: Partijen
  kunnen Persoonsgegevens inbrengen in het kader van de doelstellingen van de samenwerking zoals
  verwoord in [[ref:doeleinden]] slechts voor zover dit noodzakelijk is voor het bewerkstelligen
  van de in de desbetreffende fasen aan de orde zijnde doelen voor gegevensverwerking als verwoord
  in [[ref:fasen]] en [[ref:doeleinden-fasen]].
lid Persoonsgegevens als bedoeld in [[ref:inbreng]] worden slechts ingebracht indien dit
  noodzakelijk is voor de goede vervulling van de eigen taak, en/of de goede uitvoering van de
  taak van de Partij ten behoeve waarvan de werkzaamheden in het kader van Aanmelding en Intake,
  Triage of Casusoverleg worden uitgevoerd.
lid De grondslag conform de {{ wet('avg') }} voor het inbrengen van Persoonsgegevens als bedoeld in
  [[ref:inbreng]] wordt ontleend aan de eigen taak, en/of de taak van de Partij ten behoeve
  waarvan de werkzaamheden in het kader van Aanmelding en Intake, Triage of Casusoverleg worden
  uitgevoerd.
lid De Verwerkingsverantwoordelijke voor de verstrekking van Persoonsgegevens als bedoeld in
  [[ref:inbreng]] is de Verwerkingsverantwoordelijke zoals bedoeld in [[ref:afzonderlijk]].
lid[uitvoering] Verstrekken bij het uitvoering geven aan afspraken uit het Casusoverleg:
  onverminderd het bepaalde in [[ref:grondslag]] en [[ref:doorwerking]] kunnen Partijen
  Persoonsgegevens verstrekken aan een andere Partij in het kader van de doelstellingen van de
  samenwerking zoals verwoord in [[ref:doeleinden]], voor zover deze noodzakelijk zijn voor deze
  Partij bij:
ond[uitvoering-interventies] het uitvoering geven aan interventies en acties die in het
  Casusoverleg zijn afgesproken;
ond het voeren van de Casusregie op het plan van aanpak als dat in het Casusoverleg is
  afgesproken;
ond[uitvoering-toedelen] het toebedelen van de Casus aan een specifieke Partij ten behoeve van
  verdere afhandeling, zoals het adviseren van de aanmelder of het aanbrengen van de Casus bij een
  andere overlegtafel.
lid De grondslag conform de {{ wet('avg') }} voor het verstrekken van Persoonsgegevens als verwoord in
  [[ref:uitvoering]] wordt ontleend aan de eigen taak en/of de taak van de Partij die de
  activiteiten genoemd in [[ref:uitvoering-interventies]] tot en met [[nr:uitvoering-toedelen]],
  uitvoert.
lid De Verwerkingsverantwoordelijke voor de verstrekking van Persoonsgegevens als bedoeld in
  [[ref:uitvoering]] is de Verwerkingsverantwoordelijke zoals bedoeld in [[ref:afzonderlijk]].

@artikel grondslag | Grondslag voor het Verwerken en verstrekken van Persoonsgegevens ten behoeve van het behandelen van een Casus en de van toepassing zijnde taken van Partijen
{# 004:12011-12233. Police: art. 20 Wpg (lid 1 with the Artikel 20 Wpg Beslissing; lid 3 under
   the WGS; lid 4 for radicalisering). OM: art. 8a/39f/51c Wjsg, under the WGS 8b/39fa/51ca,
   for radicalisering 39fb (docs/wetgeving-onderzoek.md § 1.9-1.10). #}
{% set police_basis %}{% if has_police %} Voor de gegevens afkomstig van de politie is de grondslag gelegen in {% if wgs %}{{ art('wpg', 20, lid=3) }}{% elif rad %}{{ art('wpg', 20, lid=4) }}{% else %}{{ art('wpg', 20, lid=1) }} en de Artikel 20 Wpg Beslissing van deze samenwerking{% endif %}.{% endif %}{% if has_om %} De grondslag voor het verstrekken van Justitiële gegevens, Strafvorderlijke gegevens en Tenuitvoerleggingsgegevens door het Openbaar Ministerie is gelegen in {% if wgs %}{{ art('wjsg', ['8b', '39fa', '51ca']) }}{% elif rad %}{{ art('wjsg', '39fb') }}{% else %}{{ art('wjsg', ['8a', '39f', '51c']) }}{% endif %}.{% endif %}{% endset %}
lid[gr-verwerking] De grondslag voor de Verwerking van Persoonsgegevens als bedoeld in
  [[ref:pr-verwerking]] is {{ art('avg', 6, lid=1, onder='e') }}, voor zover deze noodzakelijk
  is voor de uitvoering van taken van algemeen belang door de aanmeldende Partij, dan wel de
  Partij onder wiens verantwoordelijkheid de Casusregisseur valt.{{ police_basis|raw }}
lid De grondslag voor het inbrengen van Persoonsgegevens als bedoeld in [[ref:inbreng]] is
  {{ art('avg', 6, lid=1, onder='e') }}, voor zover deze noodzakelijk is voor de uitvoering van
  taken van algemeen belang door de aanmeldende Partij, dan wel de Partij onder wiens
  verantwoordelijkheid de Casusregisseur valt, en/of de verstrekkende Partij.{{ police_basis|raw }}
lid[gr-verstrekking] De grondslag voor de verstrekking van Persoonsgegevens als bedoeld in
  [[ref:uitvoering]] is {{ art('avg', 6, lid=1, onder='e') }}, voor zover deze noodzakelijk is
  voor de uitvoering van taken van algemeen belang door de ontvangende Partij en/of de
  verstrekkende Partij.{{ police_basis|raw }}
{% set private = v.without_public_task|select('in', parties + proto.third_parties)|list %}
{% if private %}
lid[gr-privaat] In afwijking van [[ref:gr-verwerking]] tot en met [[nr:gr-verstrekking]] Verwerken
  de volgende Partijen Persoonsgegevens niet op grond van {{ art('avg', 6, lid=1, onder='e') }},
  maar op de daarbij genoemde grondslag van {{ art('avg', 6, lid=1) }}:
{# the wording of AVG art. 6(1) a, c and f, per basis the partner relies on #}
{% set basis_text = {'a': 'met toestemming van Betrokkene (onder a)',
  'b': 'voor zover de Verwerking noodzakelijk is voor de uitvoering van een overeenkomst waarbij Betrokkene partij is (onder b)',
  'c': 'voor zover de Verwerking noodzakelijk is om te voldoen aan een wettelijke verplichting die op die Partij rust (onder c)',
  'd': 'voor zover de Verwerking noodzakelijk is om de vitale belangen van Betrokkene of van een andere natuurlijke persoon te beschermen (onder d)',
  'f': 'voor zover de Verwerking noodzakelijk is voor de behartiging van het gerechtvaardigd belang van die Partij en de belangen of grondrechten en fundamentele vrijheden van Betrokkene niet zwaarder wegen (onder f)'} %}
{% for p in private %}
ond {{ v.name(p) }}: {% if v.gdpr_bases(p) %}{% for b in v.gdpr_bases(p) %}{{ basis_text.get(b, 'onder ' ~ b) }}{{ ', en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}{% else %}{{ open('AVG-grondslag van ' ~ v.name(p)) }}{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% endif %}
lid[gr-partijen] De in [[ref:gr-verwerking]] tot en met [[nr:gr-verstrekking]] bedoelde grondslag kan
  bij Casussen slechts van toepassing zijn indien dit voortvloeit uit de goede uitvoering van de
  taken en werkzaamheden van Partijen, en de Verwerking plaatsvindt namens of de verstrekking
  plaatsvindt aan een van de hieronder genoemde Partijen en voorwaarden:
{% for it in v.legal_basis_items(parties + proto.third_parties, proto.framework) %}
{% set k = it.kind %}
{% if it.partner %}
ond[{{ it.key }}] {{ it.who }}: {{ it.task }}; voorafgaand aan de uitwisseling van Persoonsgegevens
  met {{ v.name(it.partner) }} is een juridische analyse opgesteld zoals bedoeld in
  [[ref:toetreding-analyse]]{{ v.analysis_note(it.partner) }}{{ '.' if loop.last else ';' }}
{% else %}
ond[{{ it.key }}] {{ it.who }}: {{ it.task }}{% if k.key == 'politie' %}.{% if wgs %} De politie verstrekt
  Politiegegevens aan het zorg- en veiligheidshuis als samenwerkingsverband op grond van
  {{ art('wpg', 20, lid=3) }}; uitsluitend gegevens als bedoeld in
  {{ art('wpg', [8, 13]) }} ({{ art('wgs', '2.30') }}){% elif rad %} De politie verstrekt
  Politiegegevens aan het casusoverleg op grond van {{ art('wpg', 20, lid=4) }}{% else %} De
  grondslag voor het verstrekken van Persoonsgegevens, inclusief Politiegegevens, is gelegen in
  {{ art('wpg', 20, lid=1) }}. Deze verstrekkingen zijn nader vastgelegd in de Artikel 20 Wpg
  Beslissing van deze samenwerking, waarin staat vermeld dat alleen gegevens als bedoeld in
  {{ art('wpg', v.police_categories) }} worden verstrekt ([[ref:artikel20#categorieen]]). De
  Artikel 20 Wpg Beslissing wordt ondertekend door de gemandateerde politiechef van de eenheid
  {{ v.police.police_unit }} en het bevoegd gezag, te weten de
  {{ 'burgemeesters' if v.several_municipalities else 'burgemeester' }} en de officier van
  justitie{% endif %}. In [[ref:doorwerking]] zijn nadere voorwaarden benoemd die van toepassing
  zijn op gegevens die in het kader van deze taken worden verstrekt{% endif %}{% if k.explicit_consent %}, met dien verstande dat gegevens aan de deelnemende
  Partijen alleen worden verstrekt met de uitdrukkelijke en aantoonbare toestemming van
  Betrokkene ({{ art('avg', 6, lid=1, onder='a') }}){% endif %}{% if k.outside_national_chain %}; {{ v.names(it.parties) }}
  {{ 'behoort' if it.parties|length == 1 else 'behoren' }} niet tot de landelijke
  ketenpartners, zodat voorafgaand aan ieder Casusoverleg wordt getoetst of
  {{ 'zij' }} van Bijzondere Persoonsgegevens kennis {{ 'mag' if it.parties|length == 1 else 'mogen' }} nemen,
  en met {{ 'haar' if it.parties|length == 1 else 'hen' }} is vóór de uitwisseling een juridische
  analyse opgesteld zoals bedoeld in
  [[ref:toetreding-analyse]]{% for q in it.parties %}{{ v.analysis_note(q) }}{% endfor %}{% endif %}{{ '.' if loop.last else ';' }}
{% endif %}
{% endfor %}
lid Op de Persoonsgegevens die worden Verwerkt, ingebracht en/of verstrekt zoals bedoeld in
  [[ref:verwerkingen]] zijn uitdrukkelijk de uitgangspunten van [[ref:uitgangspunten]] van
  toepassing en het bepaalde in [[ref:doorwerking]].
note Partijen dienen ieder voor zich vast te stellen op grond van welke wettelijke grondslag zij
  Persoonsgegevens in het kader van de samenwerking Verwerken, en de materiewetgeving te noemen
  waarin het algemeen belang is beschreven. Publieke instellingen dienen voor de in
  [[ref:doel]] genoemde doeleinden een grondslag in de wet te kunnen aanwijzen. Private partijen
  dienen te onderzoeken of zij (uitdrukkelijke) toestemming kunnen krijgen, dan wel dat de
  Verwerking noodzakelijk is voor hun gerechtvaardigd belang en de belangen van Betrokkene hier
  niet tegen opwegen. Zie per partij hoofdstuk 3 van het Handvat.

@artikel doorwerking | Doorwerking geheimhoudingsbepalingen en toepassing toestemmingsvereiste
{# 004:12234-12305; 4801-4829 (art. 7 Wpg secrecy follows the data) #}
{% if has_police %}
lid[wpg-geheim] De geheimhoudingsbepaling van {{ art('wpg', 7) }} blijft rusten op de verstrekte
  Politiegegevens. Dit geldt voor de ontvanger maar ook voor de tweede en derde ontvanger. De
  ontvanger vermeldt bij de gegevens dat zij van de politie afkomstig zijn. Wanneer over
  Betrokkene in een eerder stadium op grond van
  {{ art('wpg', 16, detail='artikel 16, eerste lid, onder b, onder 2°') }}
  Politiegegevens zijn verstrekt aan de burgemeester, of op grond van het {{ wet('bpg') }} voor een ander doel
  Politiegegevens zijn verstrekt aan een van de Partijen, dan worden deze gegevens door de
  desbetreffende ontvanger in beginsel niet als Persoonsgegevens doorverstrekt aan de
  Procesregisseur. Bij voorkeur worden door de politie opnieuw actuele Politiegegevens verstrekt
  aan de Procesregisseur voor de doelen zoals genoemd in [[ref:doeleinden]], [[ref:fasen]] en
  [[ref:doeleinden-fasen]]. De politie kan in uitzonderingsgevallen ook toestemming geven aan de
  ontvanger voor doorverstrekking aan de Procesregisseur, maar legt deze toestemming vast in haar
  systemen.
{# parties and third parties alike: a derde receives no police data either (issue 9.6) #}
{% set blocked = v.non_recipients|select('in', parties + proto.third_parties)|list %}
lid[politie-ontvangers] Politiegegevens worden uitsluitend verstrekt aan en gedeeld met de Partijen
  die daarvoor zijn aangewezen in {% if v.needs_a20_decision %}[[ref:artikel20#ontvangers]]{% else %}het
  Convenant{% endif %}{% if blocked %}. {{ v.names(blocked)|ucfirst }}
  {{ 'ontvangt' if blocked|length == 1 else 'ontvangen' }} geen Politiegegevens: bij de
  uitwisseling met {{ 'deze Partij' if blocked|length == 1 else 'deze Partijen' }} worden
  Politiegegevens niet ingebracht en niet ter inzage gegeven, en {{ 'zij neemt' if blocked|length == 1 else 'zij nemen' }}
  niet deel aan het deel van een Casusoverleg waarin Politiegegevens worden besproken{% endif %}.
{% endif %}
{% if wgs %}
lid[beroepsgeheim-wgs] Een Partij op wie {{ art('bw', '7:457', vorm='titel') }},
  {{ art('wbig', 88) }} of {{ art('jeugdwet', '7.3.11') }} van toepassing is, verstrekt
  uitsluitend gegevens aan het zorg- en veiligheidshuis indien Betrokkene daartoe uitdrukkelijk
  toestemming heeft gegeven, behoudens de gevallen waarin een wettelijk voorschrift die Partij
  verplicht de gegevens te verstrekken of toestaat ze zonder die toestemming te verstrekken, of
  de verstrekking noodzakelijk is uit het oogpunt van goed hulpverlenerschap
  ({{ art('wgs', '2.29', lid=2) }}). De verstrekkende Partij kan aan de verstrekking voorwaarden
  en beperkingen stellen.
{% endif %}
lid Indien voor het inbrengen en/of verstrekken van Persoonsgegevens zoals bedoeld in
  [[ref:inbreng]] en [[ref:uitvoering]] toestemming noodzakelijk is voor het doorbreken van
  geheimhoudingsbepalingen, zoals verwoord in {{ art('bw', '7:457', vorm='titel') }},
  {{ art('wbig', 88) }}, de beroepscode voor de jeugdzorgwerker (artikel J), de beroepscode van
  het NIP (artikelen 71 tot en met 87, psycholoog), de beroepscode van de NVO (artikel 8,
  pedagoog) of {{ art('reclasseringsregeling', 37) }}, dan:
ond wordt deze gevraagd op het moment dat duidelijk is dat het inbrengen of verstrekken
  noodzakelijk is ten behoeve van de in de betreffende fase aan de orde zijnde doelen, of de
  uitvoering van de in [[ref:uitvoering]] genoemde activiteiten;
ond worden deze Persoonsgegevens uitsluitend verstrekt voor zover hiervoor de uitdrukkelijke
  toestemming is verkregen van Betrokkene of diens wettelijke vertegenwoordiger;
ond legt de Partij die de toestemming heeft verkregen deze schriftelijk vast en informeert zij
  Betrokkene dat hij zijn toestemming altijd weer kan intrekken;
ond draagt de Partij die toestemming heeft verkregen bij intrekking van die toestemming er zorg
  voor dat er geen verdere verstrekkingen meer plaatsvinden;
ond maakt de betrokken zorg- of hulpverlener een eigen afweging conform de voor hem geldende
  professionele standaarden, indien toestemming niet verkregen wordt en hij ervan overtuigd is
  dat zich een conflict van plichten voordoet, of goed hulpverlenerschap het verstrekken van
  Persoonsgegevens verlangt.

@artikel documentatie | Documentatie individuele verstrekkingen
{# 004:12308-12339; F28: police Bpg 6:4 lid 2; OM 39j Wjsg (not for 39fa: docs § 1.10) #}
lid Indien Partijen daartoe verplicht zijn door voor hen geldende materiewetgeving, leggen zij de
  afzonderlijke verstrekkingen van Persoonsgegevens, inclusief onderbouwing van de
  noodzakelijkheid daarvan met het oog op de in [[ref:verwerkingen]] en [[ref:grondslag]]
  vastgelegde grondslagen, vast.{% if has_police %} De politie legt van iedere verstrekking van
  Politiegegevens de identiteit van de verzoeker, de datum, een omschrijving van de verstrekte
  gegevens en het doel van de verstrekking vast ({{ art('bpg', '6:4', lid=2) }}).{% endif %}{% if has_om and not wgs %}
  Het Openbaar Ministerie legt iedere verstrekking van Strafvorderlijke gegevens schriftelijk vast
  en bewaart deze vastlegging ten minste vier jaar ({{ art('wjsg', '39j') }}).{% endif %}{% if has_dji and not wgs %}
  De Dienst Justitiële Inrichtingen legt iedere verstrekking van Tenuitvoerleggingsgegevens vast
  en bewaart deze vastlegging ten minste vier jaar ({{ art('wjsg', '51c', lid=4) }}).{% endif %}{% if wgs %}
  Partijen dragen zorg voor de vastlegging langs elektronische weg van de Verwerkingen in de
  systemen van het zorg- en veiligheidshuis, zoals bedoeld in {{ art('wgs', '1.8', lid=4) }}.{% endif %}
note De documentatieplicht uit dit artikel is iets anders dan het register van
  verwerkingsactiviteiten uit de {{ wet('avg') }} zoals vermeld in [[ref:register]].

@artikel dataminimalisatie | Dataminimalisatie
{# 004:12343-12387; F19: the purposes are in 3.2 #}
lid Partijen Verwerken niet meer Persoonsgegevens dan noodzakelijk met het oog op de in
  [[ref:doeleinden]] geformuleerde doeleinden.
lid Ten behoeve van de Intake van een Casus verstrekt de Partij die de Casus bij de
  Procesregisseur aanmeldt enkel die Persoonsgegevens die noodzakelijk zijn voor de
  Procesregisseur om de Casus te toetsen aan de criteria zoals geformuleerd in
  {% if proto.criteria %}[[ref:criteria-werkproces]]{% else %}[[ref:convenant#criteria]]{% endif %}.
  De Procesregisseur registreert enkel die Persoonsgegevens in het informatiesysteem van het
  zorg- en veiligheidshuis die noodzakelijk zijn voor Triage.
lid In het Casusoverleg Verwerken Partijen alleen die Persoonsgegevens die noodzakelijk zijn voor
  het opstellen en uitvoeren van een integraal plan van aanpak.
lid In het kader van Afschaling Verwerken Partijen alleen die Persoonsgegevens die noodzakelijk
  zijn om te bepalen of het plan van aanpak in het Casusoverleg tot de gewenste resultaten heeft
  geleid. Indien wordt besloten dat behandeling van de Casus in het zorg- en veiligheidshuis niet
  of niet langer noodzakelijk is, worden de betreffende Persoonsgegevens niet langer in het zorg-
  en veiligheidshuis Verwerkt. De Procesregisseur ziet erop toe dat Persoonsgegevens conform
  [[ref:bewaren]] worden geanonimiseerd of vernietigd.
lid Wanneer de Partij die Persoonsgegevens in het zorg- en veiligheidshuis heeft verstrekt, kennis
  verkrijgt over de onjuistheid van die Persoonsgegevens, informeert die Partij de Casusregisseur
  en de Procesregisseur hierover. De Procesregisseur coördineert de eventuele correctie van
  Persoonsgegevens in het zorg- en veiligheidshuis.
lid[toegang] Enkel de {{ v.roles(pv.access, 'wie toegang heeft tot de persoonsgegevens (privacy: toegang)') }}
  {{ 'heeft' if pv.access|length == 1 else 'hebben' }} toegang tot de Persoonsgegevens die worden
  Verwerkt op locatie of in het informatiesysteem van het zorg- en veiligheidshuis, en enkel voor
  zover noodzakelijk voor hun rol in een specifieke Casus.
note Beperk zo veel mogelijk de toegang tot Persoonsgegevens. Handig is daarbij niet hetzelfde
  als noodzakelijk. De noodzakelijkheid van de gegeven autorisaties dient onderbouwd te kunnen
  worden indien daarom wordt gevraagd.

@artikel kwaliteit | Kwaliteit
{# 004:12389-12396 #}
lid Partijen dragen er zorg voor dat de Persoonsgegevens die zij in het kader van de in
  [[ref:doeleinden]] geformuleerde doeleinden verstrekken toereikend, ter zake dienend, niet
  bovenmatig, juist en nauwkeurig zijn. De Partij die Persoonsgegevens in het zorg- en
  veiligheidshuis verstrekt, blijft verantwoordelijk voor de juistheid, actualiteit en
  nauwkeurigheid van die Persoonsgegevens.

@artikel bewaren | Bewaren en Vernietigen
{# 004:12399-12416 with Handvat Bijlage 2 (004:9591-9630), digest F30; WGS 1.8 lid 7 and 2.31
   lid 8; radicalisering art. 9 (docs § 1.7, § 5). The WGS lid cites both exceptions of
   art. 1.8 lid 7, the legal claim included (docs/wetgeving-onderzoek.md:258-263; audit
   2026-12-06: the second was missing while the sentence cites the article) #}
lid Persoonsgegevens worden niet langer bewaard dan noodzakelijk voor het doel of de doeleinden
  waarvoor ze worden Verwerkt zoals geformuleerd in [[ref:doel]] en met inachtneming van
  [[ref:dataminimalisatie]].
lid[termijnen] Persoonsgegevens worden vernietigd zodra de Verwerking daarvan niet langer nodig is
  voor het doel waarvoor zij zijn Verwerkt, maar uiterlijk binnen {{ r.destruction_months }}
  maanden na het besluit tot Afschaling:
ond[termijn-beperkt] Persoonsgegevens kunnen tot {{ r.restricted_access_months }} maanden na het
  besluit tot Afschaling worden bewaard in een vorm waarmee enkel de
  {{ v.roles(pv.restricted_access, 'wie toegang heeft na afschaling (privacy: toegang_beperkt)') }}
  toegang {{ 'heeft' if pv.restricted_access|length == 1 else 'hebben' }} tot de gegevens;
ond[termijn-archief] na {{ r.restricted_access_months }} maanden na het besluit tot Afschaling worden
  Persoonsgegevens gearchiveerd tot {{ r.archive_until_months }} maanden na dat besluit; in die
  periode is alleen vindbaar dat een Betrokkene in het zorg- en veiligheidshuis is besproken en
  {{ 'heeft' if pv.archive_access|length <= 1 else 'hebben' }} enkel de
  {{ v.roles(pv.archive_access, 'wie toegang heeft tot het archief (privacy: toegang_archief)') }}
  toegang tot die Persoonsgegevens. De Manager beslist over het opnieuw beschikbaar maken van een
  gearchiveerd dossier;
ond[termijn-vernietiging] na {{ r.destruction_months }} maanden na het besluit tot Afschaling worden
  de Persoonsgegevens vernietigd.
{% if wgs %}
lid[wgs-bewaren] Na afsluiting van de Casus worden de Persoonsgegevens die in de Casus zijn
  opgenomen afgeschermd ({{ art('wgs', '2.31', lid=8) }}). Persoonsgegevens die door het zorg- en
  veiligheidshuis als samenwerkingsverband gezamenlijk worden Verwerkt, worden in ieder geval
  uiterlijk vijf jaar na de datum van eerste Verwerking uit de systemen van het zorg- en
  veiligheidshuis verwijderd of geanonimiseerd, ook als de termijnen van [[ref:termijnen]] dan nog
  niet zijn verstreken, tenzij een wettelijk voorschrift daaraan in de weg staat of de Verwerking
  noodzakelijk is voor de instelling, uitoefening of onderbouwing van een rechtsvordering
  ({{ art('wgs', '1.8', lid=7) }}).
{% elif rad %}
lid[rad-bewaren] De Persoonsgegevens worden in ieder geval uiterlijk vijf jaar na de datum van de
  laatste Verwerking verwijderd of geanonimiseerd ({{ art('wet_radicalisering', 9) }}), ook als de
  termijnen van [[ref:termijnen]] dan nog niet zijn verstreken.
{% endif %}
lid Van de termijnen in [[ref:termijnen]] kan alleen worden afgeweken met een schriftelijk
  vastgelegde motivering en een termijn voor herbeoordeling van ten hoogste
  {{ r.review_months }} maanden{% if wgs %}, en nooit voorbij de termijn van
  [[ref:wgs-bewaren]]{% endif %}. Daarover beslist de Partij die bij Afschaling de regie heeft.
lid Na {{ r.destruction_months }} maanden kunnen gegevens, niet zijnde Persoonsgegevens, enkel
  worden bewaard voor managementdoeleinden.

@artikel beveiliging | Beveiliging
{# 004:12420-12456; informatiebeveiliging party = convenant (digest E34) #}
lid Partijen dragen zorg voor passende technische en organisatorische beveiligingsmaatregelen om
  Persoonsgegevens te beschermen tegen verlies of enige vorm van onrechtmatige Verwerking zoals
  omschreven in [[ref:beveiligingsbeleid]]. Die maatregelen betreffen onder meer, maar niet
  uitsluitend, maatregelen met betrekking tot de toegang tot Persoonsgegevens, alsook het gebruik
  van beveiligde verbindingen voor de verstrekking van Persoonsgegevens.
lid Wanneer Persoonsgegevens aan andere Partijen worden verstrekt, gebeurt dit uitsluitend op een
  adequaat beveiligde manier, conform de geldende beveiligingsnormen voor de betreffende gegevens.
lid[beveiliging-partij] {{ v.name(ib)|ucfirst if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}
  draagt zorg voor de adequate beveiliging van Persoonsgegevens die worden Verwerkt op locatie en
  in de informatiesystemen van het zorg- en veiligheidshuis en rapporteert hierover indien nodig
  aan de Stuurgroep, onder meer ten behoeve van het Jaarplan.
lid {{ Coord }} is verantwoordelijk voor het toezien op de naleving van de
  beschermingsmaatregelen zoals geformuleerd in [[ref:beveiligingsbeleid]] voor de Verwerking van
  Persoonsgegevens op locatie en in de informatiesystemen van het zorg- en veiligheidshuis,
  rapporteert hierover aan {{ v.name(ib) if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}
  en is bevoegd aanwijzingen te geven aan Partijen omtrent de juiste omgang met Persoonsgegevens
  in dat verband.
note De voorkeur heeft het dat de Partij voor wie de gegevens zijn bedoeld deze kan inzien of
  ophalen in een beveiligde omgeving en via een beveiligde verbinding. Het gebruik van e-mail dient
  vermeden te worden; kan dit bij uitzondering niet anders, dan vindt passende versleuteling
  plaats.

@artikel geheimhouding | Geheimhouding
{# 004:12460-12509; F20 #}
lid Een ieder die op grond van dit Protocol kennisneemt van Persoonsgegevens is verplicht tot
  geheimhouding daarvan, tenzij de wet tot bekendmaking verplicht. De Manager, de Procesregisseur
  en eventueel ander ondersteunend personeel van het zorg- en veiligheidshuis worden door middel
  van een geheimhoudingsverklaring tot geheimhouding gebonden.
lid Partijen dragen er zorg voor dat iedere medewerker die in de uitvoering van het Convenant of
  dit Protocol in aanraking komt met Persoonsgegevens geheimhouding van die gegevens waarborgt.
lid Alle medewerkers van het zorg- en veiligheidshuis, inclusief medewerkers op basis van een
  dienstverleningsovereenkomst, deelnemers aan Casusoverleggen en overige afgevaardigden van
  Partijen die toegang hebben tot Persoonsgegevens die onder dit Protocol worden Verwerkt,
  beschikken over een positieve Verklaring Omtrent het Gedrag, dan wel hebben een
  veiligheidsonderzoek op grond van de voor de eigen organisatie geldende wet- en regelgeving
  doorlopen.
lid Wettelijke geheimhoudingsplichten zijn onverminderd van toepassing op eenieder die
  Strafrechtelijke persoonsgegevens of andere Bijzondere Persoonsgegevens in het kader van de
  samenwerking in het zorg- en veiligheidshuis ontvangt.
{% if has_police or has_om %}
lid[doelbinding-politie-om] Partijen mogen de Persoonsgegevens afkomstig van
  {{ 'de politie en het Openbaar Ministerie' if has_police and has_om else ('de politie' if has_police else 'het Openbaar Ministerie') }}
  slechts Verwerken voor het specifieke doel waarvoor deze zijn verstrekt ten behoeve van de
  Casus. Deze Persoonsgegevens mogen alleen verder worden Verwerkt door de ontvangende Partijen
  indien het doel van de verdere Verwerking verenigbaar is met het doel waarvoor de
  Persoonsgegevens zijn verstrekt. Onverenigbaar gebruik van de gegevens, ook intern binnen de
  organisaties van de ontvangende Partijen, is niet toegestaan.
{% endif %}
lid[geheim-bron] Partijen mogen de Persoonsgegevens afkomstig van andere Partijen die aan een
  geheimhoudingsplicht zijn gebonden, zoals bedoeld in onder meer
  {{ art('bw', '7:457', vorm='titel') }}, de {{ wet('reclasseringsregeling') }}, de
  {{ wet('jeugdwet') }} of de {{ wet('wmo') }}, slechts Verwerken voor het specifieke doel van de
  Casus waarvoor deze zijn verstrekt. De Persoonsgegevens mogen alleen verder worden Verwerkt door
  de ontvangende Partijen met toestemming van de verstrekkende Partij en indien het doel van de
  verdere Verwerking verenigbaar is met het doel waarvoor de Persoonsgegevens zijn verstrekt.
  Onverenigbaar gebruik van de Persoonsgegevens, ook intern binnen de organisaties van de
  ontvangende Partijen, is niet toegestaan.
lid Wanneer de grond voor het verstrekken van de Persoonsgegevens als bedoeld in
  [[ref:geheim-bron]] gebaseerd is op toestemming van Betrokkene als bedoeld in
  {{ art('avg', 6, lid=1, onder='a') }} en/of {{ art('avg', 9, lid=2, onder='a') }} en Betrokkene
  trekt deze toestemming in, laat de verstrekkende Partij dit aan de ontvangende Partij weten,
  waarbij ook de toestemming voor Verwerking en verdere Verwerking voor de ontvangende Partij
  vervalt.
note Het opzettelijk schenden van de geheimhoudingsplicht is strafbaar gesteld in
  {{ art('sr', 272) }}.

@artikel datalekken | Datalekken
{# 004:12514-12607; F21; need-to-know (issue 9.3; digest F11): a breach that concerns a person
   is handled by the Partijen whose data are involved; the Partneroverleg receives an anonymised
   overview for policy. #}
lid[datalek-procedures] Partijen houden procedures in stand die erop gericht zijn om inbreuken in
  de beveiligingsmaatregelen zoals geformuleerd in [[ref:beveiligingsbeleid]] met betrekking tot
  de bescherming van Persoonsgegevens redelijkerwijs te detecteren en daarop actie te ondernemen,
  daaronder begrepen maatregelen tot herstel.
lid {{ v.name(ib)|ucfirst if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}
  is verantwoordelijk voor het in stand houden van procedures zoals bedoeld in
  [[ref:datalek-procedures]] voor de Verwerking van Persoonsgegevens op locatie of in de
  informatiesystemen van het zorg- en veiligheidshuis. {{ Coord }} ziet toe op de naleving van
  deze procedures in het zorg- en veiligheidshuis.
lid[datalek-melding] Partijen stellen {{ coord }} onverwijld maar uiterlijk binnen
  {{ t.breach_report_hours if t.breach_report_hours else open('aantal uren (termijnen: datalek_melding_uren)') }}
  uur na kennisneming op de hoogte van een inbreuk in verband met Persoonsgegevens in de zin van
  {{ art('avg', 4, onder=12) }}{% if has_om %}, dan wel {{ art('wjsg', '26g') }}{% endif %}, die
  een risico inhoudt voor de rechten en vrijheden van Betrokkenen zoals bedoeld in
  {{ art('avg', 33) }}. Deze kennisgeving omvat in ieder geval:
ond de aard en omvang van de inbreuk;
ond de contactgegevens van de persoon bij wie meer informatie over de inbreuk kan worden
  verkregen;
ond de maatregelen die kunnen worden genomen om de gevolgen van de inbreuk te voorkomen of te
  beperken;
ond de mogelijke gevolgen en risico’s van de inbreuk op de bescherming van Persoonsgegevens voor
  Betrokkene;
ond de maatregelen die de Partij zelf reeds heeft genomen of zal nemen om de bescherming van
  Persoonsgegevens te herstellen.
lid[datalek-informeren] {{ Coord }} informeert schriftelijk de Partijen van wie Persoonsgegevens bij
  de inbreuk zijn betrokken en, als de inbreuk een Casus betreft, de Partijen die aan dat
  Casusoverleg deelnemen, over een inbreuk zoals bedoeld in [[ref:datalek-melding]]. Aan het
  Partneroverleg brengt {{ coord }} periodiek een overzicht van inbreuken uit dat niet tot
  personen herleidbaar is, ten behoeve van het beleid.
lid[datalek-ap] Partijen melden, indien wettelijk verplicht, een inbreuk zoals bedoeld in
  [[ref:datalek-melding]] bij de Autoriteit Persoonsgegevens. De Partij die meldt, stuurt
  {{ coord }} een afschrift van de melding; de Stuurgroep wordt over de melding geïnformeerd
  zonder dat daarbij tot personen herleidbare gegevens worden verstrekt.
lid[datalek-betrokkene] Wanneer een inbreuk als bedoeld in [[ref:datalek-melding]] waarschijnlijk
  een hoog risico voor de rechten en vrijheden van Betrokkene(n) zal inhouden als bedoeld in
  {{ art('avg', 34) }}, wordt deze over de inbreuk geïnformeerd. Over de mededeling aan
  Betrokkene en de inhoud daarvan beslissen de Partijen van wie Persoonsgegevens bij de inbreuk
  zijn betrokken, gecoördineerd door {{ coord }}; zij kunnen één van hen belasten met de
  mededeling.
lid Partijen verlenen elkaar de medewerking die redelijkerwijs van elkaar mag worden verwacht om
  aan de op Partijen rustende kennisgevingsverplichtingen te voldoen, mede met het oog op een
  eventueel onderzoek door de Autoriteit Persoonsgegevens.
lid Kennisgeving van de inbreuk aan de Autoriteit Persoonsgegevens door Partijen gebeurt zonder
  onredelijke vertraging, maar in ieder geval binnen 72 uur na ontdekking, en geschiedt volgens de
  daartoe door de Autoriteit Persoonsgegevens ter beschikking gestelde procedure. De kennisgeving
  aan de Autoriteit Persoonsgegevens omvat minimaal:
ond de aard van de inbreuk;
ond een omschrijving van de categorieën Betrokkenen van wie Persoonsgegevens zijn betrokken bij
  de inbreuk;
ond de categorieën Persoonsgegevens;
ond of de Persoonsgegevens zijn versleuteld, geanonimiseerd of anderszins onbegrijpelijk zijn
  gemaakt;
ond de aanbevolen maatregelen om de negatieve gevolgen van de inbreuk te beperken;
ond de geconstateerde en de vermoedelijke gevolgen van de inbreuk voor de Verwerking van de
  Persoonsgegevens en de maatregelen die de Partij heeft getroffen of voorstelt te treffen om deze
  gevolgen te verhelpen.
lid Kennisgeving van de inbreuk aan Betrokkene zoals bedoeld in [[ref:datalek-betrokkene]] is
  niet vereist indien:
ond passende technische en organisatorische maatregelen zijn genomen die de bescherming van
  Persoonsgegevens ook na de inbreuk garanderen;
ond achteraf genomen maatregelen de waarschijnlijkheid van een hoog privacyrisico hebben
  weggenomen; of
ond mededeling aan Betrokkene een onevenredige inspanning zou vragen.
{% if has_om %}
lid Voorts kan de mededeling aan Betrokkene worden uitgesteld, beperkt of achterwege gelaten,
  indien de inbreuk enkel ziet op gegevens afkomstig van het Openbaar Ministerie, en indien dit
  noodzakelijk en evenredig is:
ond ter vermijding van belemmering van gerechtelijke onderzoeken of procedures;
ond ter vermijding van nadelige gevolgen voor de voorkoming, de opsporing, het onderzoek en de
  vervolging van strafbare feiten of de tenuitvoerlegging van straffen;
ond ter bescherming van de openbare veiligheid;
ond ter bescherming van de rechten en vrijheden van derden;
ond ter bescherming van de nationale veiligheid.
{% endif %}
lid Partijen houden een overzicht bij van iedere inbreuk die leidt tot de aanzienlijke kans op
  ernstige nadelige gevolgen dan wel ernstige nadelige gevolgen heeft voor de bescherming van de
  Persoonsgegevens. Het overzicht bevat in ieder geval feiten en gegevens omtrent de aard van de
  inbreuk, de gevolgen daarvan en de genomen corrigerende maatregelen, alsmede de tekst van de
  kennisgeving aan Betrokkene. {{ Coord }} houdt een overzicht bij van gelijksoortige inbreuken
  die plaatsvinden op locatie of in de informatiesystemen van het zorg- en veiligheidshuis.

@artikel privacy-by-design | Privacy by Design
{# 004:12609-12634 #}
lid[dpia] Voorafgaand aan een (nieuwe) Verwerking onder dit Protocol, of de inzet van nieuwe
  technologieën voor de Verwerkingen onder dit Protocol, voeren Partijen middels het
  Partneroverleg een gegevensbeschermingseffectbeoordeling uit conform {{ art('avg', 35) }}.
  {{ Coord }} coördineert dit proces.
lid Bij de uitvoering van de gegevensbeschermingseffectbeoordeling wordt het model
  gegevensbeschermingseffectbeoordeling Rijksdienst gevolgd.
lid Bij een voornemen omtrent de inzet van nieuwe technologieën kan dit voornemen ter advies worden
  voorgelegd aan het Landelijk Overleg Managers Veiligheidshuizen. Het Landelijk Overleg Managers
  Veiligheidshuizen kan advies uitbrengen over de beoogde inzet van nieuwe technologieën.
lid De uitkomsten van de gegevensbeschermingseffectbeoordeling worden ter besluitvorming
  voorgelegd aan de Stuurgroep. De Stuurgroep kan hiervoor advies vragen aan het Partneroverleg
  over de voorgenomen nieuwe Verwerking zoals bedoeld in [[ref:dpia]]. De Stuurgroep legt waar
  nodig op grond van {{ art('avg', 36) }} namens alle Gezamenlijke Verwerkingsverantwoordelijken de
  beoogde Verwerking voor aan de Autoriteit Persoonsgegevens.

@artikel informatie | Informatieverstrekking aan Betrokkenen
{# 004:12636-12724 #}
lid[informeren] Vóór het verstrekken van Persoonsgegevens in het kader van de samenwerking wordt
  Betrokkene door de verstrekkende Partij, dan wel de Partij die de Casusregie voert,
  geïnformeerd over het voornemen diens Persoonsgegevens verder te Verwerken in het kader van
  samenwerking in het zorg- en veiligheidshuis onder dit Protocol.
lid Deze informerende Partij maakt het tijdstip waarop en de wijze van informeren kenbaar aan de
  overige bij een Casus betrokken Partijen.
lid[privacyverklaring] {{ Coord }} draagt zorg voor het publiceren van een privacyverklaring op de
  website van het zorg- en veiligheidshuis{% if zvh.website %} ({{ zvh.website }}){% endif %}.
lid Alle deelnemende Partijen zorgen op hun eigen website voor vermelding van deelname aan het
  zorg- en veiligheidshuis en voor een verwijzing naar de website van het zorg- en
  veiligheidshuis, alsook voor een verwijzing naar het Convenant en
  {{ 'de Privacy Protocollen' if v.several_protocols else 'dit Protocol' }}.
lid[informatie-inhoud] De in [[ref:informeren]] bedoelde informatieverstrekking, alsook de in
  [[ref:privacyverklaring]] genoemde privacyverklaring, bevatten ten minste de volgende
  informatie:
ond de doeleinden van de Verwerking van Persoonsgegevens in het zorg- en veiligheidshuis zoals
  beschreven in [[ref:doeleinden]];
ond de Partijen die deelnemen aan de samenwerking in het zorg- en veiligheidshuis;
ond de termijn waarvoor de Persoonsgegevens worden opgeslagen en bewaard zoals omschreven in
  [[ref:bewaren]], dan wel de criteria voor het bepalen van die termijn;
ond dat Betrokkene verscheidene rechten heeft met betrekking tot de Verwerking van diens
  Persoonsgegevens zoals geformuleerd in [[ref:rechten]] tot en met [[ref:overdraagbaarheid]];
ond indien de Verwerking van Persoonsgegevens is gebaseerd op toestemming, dat Betrokkene het
  recht heeft deze te allen tijde in te trekken, zonder dat dit afbreuk doet aan de
  rechtmatigheid van de Verwerking die heeft plaatsgevonden vóór intrekking van de toestemming;
ond dat Betrokkene het recht heeft een klacht in te dienen over de Verwerking van zijn of haar
  Persoonsgegevens onder dit Protocol bij het zorg- en veiligheidshuis en bij de Autoriteit
  Persoonsgegevens;
ond nadere uitleg indien de Persoonsgegevens moeten worden verstrekt of verder Verwerkt op grond
  van een wettelijke of contractuele verplichting;
ond nadere uitleg indien Betrokkene verplicht is de Persoonsgegevens te verstrekken;
ond indien sprake is van geautomatiseerde besluitvorming, met inbegrip van profilering, uitleg
  over de achterliggende logica, het belang van de verwerkingsactiviteiten en de verwachte
  gevolgen voor Betrokkene;
ond de contactgegevens van {{ coord }}{% if zvh.privacy_contact %} ({{ zvh.privacy_contact }}){% endif %},
  bij wie Betrokkene terecht kan voor meer informatie over de Verwerking van zijn
  Persoonsgegevens, dan wel waar hij zijn rechten geldend kan maken.
note Het verdient aanbeveling de uitoefening van de rechten van Betrokkene te centraliseren, met
  een online privacyverklaring met duidelijke contactgegevens.
lid[informatie-uitzondering] De informatieverplichting zoals bedoeld in [[ref:informeren]] is niet
  van toepassing indien het achterwege laten van informeren van Betrokkene noodzakelijk is in het
  belang van:
ond[belang-staat] de veiligheid van de staat;
ond[belang-strafbaar] de voorkoming, opsporing en vervolging van strafbare feiten;
ond[belang-economisch] gewichtige economische en financiële belangen van de staat en andere
  openbare lichamen;
ond het toezicht op de naleving van wettelijke voorschriften die zijn gesteld ten behoeve van de
  belangen, bedoeld onder [[nr:belang-strafbaar]] en [[nr:belang-economisch]]; of
ond de bescherming van Betrokkene of van de rechten en vrijheden van anderen.
lid Partijen leggen de motivering voor het niet voldoen aan de informatieplicht op grond van
  [[ref:informatie-uitzondering]] schriftelijk vast en leggen vast wanneer zij verwachten dat
  Betrokkene wel geïnformeerd kan worden, alsook van welke omstandigheden dit afhankelijk is, hoe
  periodiek wordt getoetst of deze omstandigheden nog aanwezig zijn en hoe dan wel wanneer
  Betrokkene geïnformeerd zal worden.

@artikel rechten | Rechten van de Betrokkenen
{# 004:12727-12769; F33 resolved towards need-to-know (issue 9.3): a request about a person is
   handled by the coordinator with the Partijen whose data are concerned and, for a casus, the
   Casusoverleg via the Procesregisseur — never by the Partneroverleg. WGS 1.4 lid 4 onder b:
   the contactpunt. #}
lid[verzoek] Betrokkenen kunnen bij Partijen een verzoek indienen om:
ond[verzoek-inzage] inzage te krijgen in de Persoonsgegevens die door Partijen over hem of haar
  worden Verwerkt;
ond[verzoek-correctie] correctie of verwijdering van de hem of haar betreffende Persoonsgegevens,
  dan wel beperking van de Verwerking;
ond bezwaar te maken tegen de Verwerking;
ond zijn of haar Persoonsgegevens over te dragen.
{% if wgs %}
{% set cp = v.party(lk.contact_point) %}
lid[contactpunt] Het contactpunt voor Betrokkenen die hun rechten willen uitoefenen, bedoeld in
  {{ art('wgs', '1.4', lid=4, onder='b') }}, is
  {{ v.full_name(cp) if cp else open('contactpunt voor betrokkenen (wettelijk_kader: contactpunt)') }}.
  Een verzoek dat bij het contactpunt of bij een van de Partijen binnenkomt, wordt behandeld
  volgens [[ref:coordinatie]].
{% endif %}
lid[coordinatie] Verzoeken door Betrokkene ten aanzien van Persoonsgegevens die worden Verwerkt op
  locatie of in het informatiesysteem van het zorg- en veiligheidshuis worden gecoördineerd door
  {{ coord }}. {{ Coord }} legt het verzoek voor aan de Partijen van wie de betreffende
  Persoonsgegevens afkomstig zijn en stemt met hen de beantwoording af; betreft het verzoek een
  Casus, dan betrekt {{ coord }} via de Procesregisseur de Partijen die aan dat Casusoverleg
  deelnemen. Een verzoek en de Persoonsgegevens waarop het betrekking heeft, worden niet in het
  Partneroverleg of de Stuurgroep besproken.
lid[rechtstreeks] Indien het verzoek als bedoeld in [[ref:verzoek]] rechtstreeks is gericht aan een
  van de Partijen, wordt {{ coord }} hierover zo spoedig mogelijk door die Partij in kennis
  gesteld, opdat deze de beantwoording van het verzoek conform [[ref:coordinatie]] kan
  coördineren.
lid Het bepaalde in [[ref:coordinatie]] en [[ref:rechtstreeks]] ontslaat Partijen niet van hun
  verantwoordelijkheid als Verwerkingsverantwoordelijke ten aanzien van een verzoek van
  Betrokkene.
{% if has_om %}
lid[rechten-om] [[Ref:verzoek]] tot en met [[nr:rechtstreeks]], [[ref:inzage]], [[ref:correctie]]
  en [[ref:verzet]] van dit Protocol zijn niet van toepassing op
  gegevens die verstrekt zijn door het College van procureurs-generaal. Op deze gegevens is de
  {{ wet('wjsg') }} van toepassing.{% if not wgs %} Verstrekkingen van gegevens door het College van
  procureurs-generaal worden ingevolge [[ref:documentatie]] van dit Protocol en
  {{ art('wjsg', '39j') }} schriftelijk vastgelegd en ten minste vier jaar bewaard.{% endif %}
  Inzage- en rectificatieverzoeken worden beoordeeld door de privacyfunctionaris van het
  verstrekkende parket van het Openbaar Ministerie (arrondissementsparket {{ v.om.parket }}).
  Verzetschriften tegen Verwerking van gegevens worden beoordeeld door de afdeling Bestuurlijke en
  Juridische Zaken van het Parket-Generaal.
{% endif %}
{% if has_police %}
lid[rechten-politie] Op gegevens die eerder verstrekt zijn door de politie is de
  geheimhoudingsplicht van {{ art('wpg', 7) }} van toepassing. Derhalve zijn
  [[ref:inzage]], [[ref:correctie]] en [[ref:verzet]] van dit Protocol op die gegevens niet van
  toepassing. Inzage- en correctieverzoeken worden beoordeeld door het Wpg-loket van de
  verstrekkende eenheid van de politie (eenheid {{ v.police.police_unit }}); de politie kan een
  verzoek afwijzen op de gronden van {{ art('wpg', 27) }} of {{ art('uavg', 41) }}. Een beslissing
  op een verzoek om inzage of correctie geldt als een besluit in de zin van de
  {{ wet('awb') }} ({{ art('wpg', 29) }}); bezwaar daartegen wordt behandeld door de
  verstrekkende eenheid van de politie.
{% endif %}

@artikel inzage | Recht op inzage
{# 004:12770-12822 #}
lid In het geval het verzoek ziet op inzage in de Verwerking van Persoonsgegevens in het zorg- en
  veiligheidshuis door Partijen zoals bedoeld in [[ref:verzoek-inzage]], bevat de beantwoording
  van dat verzoek een volledig overzicht in begrijpelijke vorm met ten minste de volgende
  informatie:
ond de verwerkingsdoeleinden;
ond de betrokken categorieën van Persoonsgegevens;
ond de ontvangers of categorieën van ontvangers aan wie de Persoonsgegevens zijn of zullen worden
  verstrekt, met name ontvangers in derde landen of internationale organisaties;
ond indien mogelijk, de periode gedurende welke de Persoonsgegevens naar verwachting zullen worden
  opgeslagen, of indien dat niet mogelijk is, de criteria om die termijn te bepalen;
ond dat Betrokkene het recht heeft de Verwerkingsverantwoordelijke(n) te verzoeken dat
  Persoonsgegevens worden gerectificeerd of gewist, of dat de Verwerking van hem betreffende
  Persoonsgegevens wordt beperkt, alsmede het recht tegen die Verwerking bezwaar te maken;
ond dat Betrokkene het recht heeft een klacht in te dienen bij een toezichthoudende autoriteit;
ond wanneer de Persoonsgegevens niet bij Betrokkene worden verzameld, alle beschikbare informatie
  over de bron van die gegevens;
ond het bestaan van geautomatiseerde besluitvorming, met inbegrip van de in {{ art('avg', 22) }}
  bedoelde profilering, en, ten minste in die gevallen, nuttige informatie over de onderliggende
  logica, alsmede het belang en de verwachte gevolgen van die Verwerking voor Betrokkene.
lid[inzage-termijn] Het verzoek wordt binnen {{ t.access_weeks }} weken door {{ coord }}
  beantwoord. Een verzoek tot inzage wordt enkel geweigerd indien en voor zover dit noodzakelijk
  is met het oog op in de wet gespecificeerde weigeringsgronden.
lid Een eventuele (gedeeltelijke) afwijzing is schriftelijk en gemotiveerd.
lid Alvorens aan een verzoek als bedoeld in [[ref:verzoek]] wordt voldaan, verifiëren Partijen de
  identiteit van Betrokkene die het verzoek indient. Betrokkene komt hiervoor persoonlijk langs
  bij het zorg- en veiligheidshuis.
lid Bij het voldoen aan een verzoek als bedoeld in [[ref:verzoek-inzage]], verstrekt {{ coord }}
  namens de Verwerkingsverantwoordelijke aan Betrokkene een kopie van de Persoonsgegevens die
  worden Verwerkt.

@artikel correctie | Recht op correctie en verwijdering
{# 004:12824-12842; need-to-know (issue 9.3) #}
lid Indien Betrokkene een verzoek tot correctie of verwijdering van bepaalde hem of haar
  betreffende Persoonsgegevens zoals bedoeld in [[ref:verzoek-correctie]], doet bij het zorg- en
  veiligheidshuis, legt {{ coord }} dit verzoek ter beoordeling voor aan de Partij of Partijen van
  wie de betreffende Persoonsgegevens afkomstig zijn, en betreft het een Casus, via de
  Procesregisseur aan de Partijen die aan dat Casusoverleg deelnemen.
lid Onjuiste Persoonsgegevens betreffende Betrokkene worden op diens verzoek onverwijld
  gecorrigeerd.
lid Persoonsgegevens betreffende Betrokkene worden zonder onredelijke vertraging op diens verzoek
  verwijderd wanneer deze:
ond voor het doel van de Verwerking onvolledig of niet ter zake dienend zijn; of
ond anderszins in strijd met een wettelijk voorschrift worden Verwerkt.
lid[correctie-termijn] {{ Coord }} informeert Betrokkene over de beslissing omtrent zijn of haar
  verzoek tot correctie of verwijdering schriftelijk en gemotiveerd zo spoedig mogelijk, maar
  uiterlijk binnen {{ t.correction_weeks }} weken na ontvangst van het verzoek.

@artikel verzet | Recht op verzet
{# 004:12843-12861; F22; need-to-know (issue 9.3) #}
lid Indien de Verwerking van Persoonsgegevens door Partijen is gebaseerd op
  {{ art('avg', 6, lid=1, onder='e of f') }}, kan Betrokkene daartegen te allen tijde verzet
  aantekenen in verband met zijn of haar specifieke situatie.
lid Indien een verzoek tot verzet door Betrokkene bij een van de Partijen wordt ingediend,
  informeert die Partij onverwijld {{ coord }} over het ingediende verzoek.
lid[verzet-beoordeling] {{ Coord }} legt het door Betrokkene ingeroepen recht van verzet ter
  beoordeling of het verzoek gerechtvaardigd is voor aan de Partij of Partijen van wie de
  betreffende Persoonsgegevens afkomstig zijn, en betreft het een Casus, via de Procesregisseur
  aan de Partijen die aan dat Casusoverleg deelnemen, en coördineert de afhandeling daarvan.
lid[verzet-termijn] {{ Coord }} informeert Betrokkene over de beslissing zoals bedoeld in
  [[ref:verzet-beoordeling]] binnen {{ t.objection_weeks }} weken en draagt er zorg voor dat de
  beslissing binnen deze {{ t.objection_weeks }} weken wordt uitgevoerd. Een beslissing om niet,
  of niet geheel, te voldoen wordt altijd gemotiveerd en kan met het oog op {{ art('avg', 21) }}
  enkel worden gebaseerd op dwingende gerechtvaardigde gronden.

@artikel overdraagbaarheid | Recht op overdraagbaarheid van Persoonsgegevens
{# 004:12864-12878 #}
lid Het recht op overdraagbaarheid van Persoonsgegevens is niet van toepassing op de Verwerking
  onder dit Protocol, die plaatsvindt in het kader van een wettelijke verplichting, een taak van
  algemeen belang of de uitoefening van openbaar gezag ({{ art('avg', 20, lid=3) }}).

@artikel verwerkers | Verwerkers
{# 004:12882-12900; F31 Bewerker → Verwerker; F32 "aan te gaan" #}
{% set approver = {'stuurgroep': 'de Stuurgroep', 'partneroverleg': 'het Partneroverleg', 'manager': 'de Manager'}[pv.processors_approved_by] if pv.processors_approved_by else open('de Stuurgroep, het Partneroverleg of de Manager (privacy: verwerkers_goedkeuring_door)') %}
lid Partijen besteden de Verwerking van Persoonsgegevens onder dit Protocol niet uit zonder dat
  {{ approver }} tevoren schriftelijk toestemming heeft gegeven voor de inzet van Verwerkers die ten
  behoeve van het zorg- en veiligheidshuis Persoonsgegevens Verwerken. Een overeenkomst tussen
  Partijen en een door {{ approver }} goedgekeurde Verwerker inzake Verwerking van
  Persoonsgegevens biedt ten minste hetzelfde beschermingsniveau aan de belangen van Betrokkene
  als dit Protocol en voldoet aan {{ art('avg', 28) }}. Meer in het bijzonder garandeert de
  Verwerker voor de Verwerkingen van Persoonsgegevens in het kader van dit Protocol een
  vergelijkbaar niveau van beveiliging als in [[ref:beveiligingsbeleid]].
lid Partijen leggen de afspraken tussen hen en Verwerkers omtrent de omgang met Persoonsgegevens
  die een Verwerker ten behoeve van Partijen Verwerkt, vast in een schriftelijke overeenkomst.
  {{ approver|ucfirst }} is bevoegd deze overeenkomst namens Partijen aan te gaan.
lid {{ Coord }} houdt een lijst bij van de overeenkomsten die met schriftelijke toestemming van
  {{ approver }} zijn aangegaan, welke lijst minimaal eenmaal per jaar wordt bijgewerkt. Deze
  lijst wordt beschikbaar gehouden ten behoeve van Partijen en de toezichthouder.

@artikel derden | Verstrekking aan derden
{# 004:12902-12911; F23: the exception is the casus-related provision of 5.9 #}
lid Persoonsgegevens die in het kader van dit Protocol worden Verwerkt, worden niet verstrekt aan
  anderen dan deelnemers aan het Casusoverleg, behoudens het bepaalde in [[ref:uitvoering]] en
  tenzij Partijen hiertoe wettelijk verplicht zijn. Deze verstrekking wordt schriftelijk
  vastgelegd door {{ coord }}.
lid Indien een verstrekking van Persoonsgegevens aan derden plaatsvindt, is dat een individuele
  afweging van elke Partij op grond van haar eigen wet- en regelgeving.{% if wgs %} Bijzondere
  Persoonsgegevens en Strafrechtelijke persoonsgegevens worden alleen aan derden verstrekt nadat
  de Partijen die ze hebben verstrekt, daarmee hebben ingestemd ({{ art('wgs', '1.7', lid=3) }}).{% endif %}

@artikel register | Verwerkingsregister en Functionaris Gegevensbescherming
{# 004:12914-12949; AVG 30 lid 1 a-g (docs § 7.3); WGS 1.4 lid 2 (coördinerend FG) #}
lid Partijen registreren hun Verwerkingen van Persoonsgegevens onder dit Protocol in een eigen
  register van verwerkingsactiviteiten.
lid Aanvullend neemt {{ coord }} de Verwerkingen van Persoonsgegevens op locatie en in de
  informatiesystemen van het zorg- en veiligheidshuis op in een gezamenlijk register van
  verwerkingsactiviteiten onder dit Protocol ten behoeve van Partijen.
lid[register-inhoud] Het register van verwerkingsactiviteiten bevat ten minste de gegevens,
  bedoeld in {{ art('avg', 30, lid=1) }}:
ond de naam en de contactgegevens van de Verwerkingsverantwoordelijke en eventuele Gezamenlijke
  Verwerkingsverantwoordelijken en van de functionaris voor gegevensbescherming;
ond de verwerkingsdoeleinden;
ond een beschrijving van de categorieën Betrokkenen en van de categorieën Persoonsgegevens;
ond de categorieën van ontvangers aan wie de Persoonsgegevens zijn of zullen worden verstrekt;
ond indien van toepassing, doorgiften van Persoonsgegevens aan een derde land of een
  internationale organisatie;
ond indien mogelijk, de beoogde termijnen waarbinnen de verschillende categorieën van gegevens
  moeten worden gewist;
ond indien mogelijk, een algemene beschrijving van de technische en organisatorische
  beveiligingsmaatregelen.
lid De Functionarissen Gegevensbescherming van de afzonderlijke Partijen hebben, zonder
  aankondiging van bezoek vooraf, recht op toegang tot de gebouwen en overlegruimtes van het zorg-
  en veiligheidshuis en tot de Verwerkingen en het register van Verwerkingen, alsook toegang tot
  enige andere informatie, voor zover dit noodzakelijk is voor hun toezichthoudende
  werkzaamheden.
lid De Privacyadviseur van het zorg- en veiligheidshuis dient als eerste aanspreekpunt voor de
  betrokken Functionarissen Gegevensbescherming.{% if wgs %}
  {% set fg = v.party(lk.coordinating_dpo) %}De functionaris voor gegevensbescherming van
  {{ v.full_name(fg) if fg else open('partij van de coördinerend functionaris voor gegevensbescherming (wettelijk_kader: coordinerend_fg)') }}
  treedt op als coördinerend functionaris voor gegevensbescherming
  ({{ art('wgs', '1.4', lid=2) }}).{% endif %}
lid De Functionarissen Gegevensbescherming van de Verwerkingsverantwoordelijken houden toezicht op
  de naleving van de verplichtingen in dit Protocol en zijn bevoegd aanwijzingen te geven aan de
  Manager en de Procesregisseur.

@artikel aansprakelijkheid | Aansprakelijkheid
{# 004:12952-13003 #}
lid Partijen zetten zich in voor een goede uitvoering van het bepaalde in dit Protocol en zullen
  zich houden aan de dienaangaande in dit Protocol gemaakte afspraken.
lid Partijen zijn ieder voor zich aansprakelijk voor aanspraken van Betrokkenen of Derden op
  schadevergoeding op grond van directe of indirecte schade, administratieve boetes of andere
  aanspraken van derden in geval van toerekenbare tekortkoming door de aangesproken Partij in de
  nakoming van het bepaalde in dit Protocol en de bijbehorende Bijvoegsels.
lid Wanneer meerdere Verwerkingsverantwoordelijken of Verwerkers bij dezelfde Verwerking
  betrokken zijn, en verantwoordelijk zijn voor schade die door die Verwerking is veroorzaakt,
  wordt elke Verwerkingsverantwoordelijke of Verwerker voor de gehele schade aansprakelijk
  gehouden teneinde te garanderen dat Betrokkene daadwerkelijk wordt vergoed.
lid[verwerker-aansprakelijk] Een Verwerker is slechts aansprakelijk voor de schade die door
  Verwerking is veroorzaakt wanneer bij de Verwerking niet is voldaan aan de specifiek tot
  Verwerkers gerichte verplichtingen van de {{ wet('avg') }} of buiten dan wel in strijd met de rechtmatige
  instructies van de Verwerkingsverantwoordelijke is gehandeld.
lid Onverminderd het bepaalde in [[ref:verwerker-aansprakelijk]] kan iedere
  Verwerkingsverantwoordelijke of Verwerker die de volledige vergoeding heeft betaald vervolgens
  bij de andere Verwerkingsverantwoordelijken of Verwerkers die bij dezelfde Verwerking betrokken
  zijn, het deel van de schadevergoeding verhalen dat overeenkomt met hun deel van de
  aansprakelijkheid voor de schade. Een Verwerkingsverantwoordelijke of Verwerker kan door andere
  Verwerkingsverantwoordelijken of Verwerkers worden vrijgesteld van onderlinge betaling van
  schadevergoeding indien hij bewijst dat hij op geen enkele wijze verantwoordelijk is voor het
  schadeveroorzakende feit.

@artikel toezicht | Toezicht en handhaving
{# 004:13006-13013; WGS 1.8 lid 6, 1.10, 1.12 #}
lid Onverminderd de verantwoordelijkheden van de Functionarissen Gegevensbescherming van de
  Verwerkingsverantwoordelijken houden de Manager en de Procesregisseur toezicht op de naleving
  van de verplichtingen in dit Protocol en zijn zij bevoegd aanwijzingen te geven aan medewerkers
  in het zorg- en veiligheidshuis omtrent de uitvoering van het bepaalde in dit Protocol.
{% if wgs %}
lid[wgs-waarborgen] Partijen dragen voor de Verwerking onder
  {{ wet('wgs') }} er voorts zorg voor dat:
ond een rechtmatigheidsadviescommissie is ingesteld ({{ art('wgs', '1.8', lid=6) }});
ond de uitvoering periodiek wordt gecontroleerd door middel van privacy-audits, waarvan een
  afschrift aan de Autoriteit Persoonsgegevens wordt gezonden ({{ art('wgs', '1.10') }});
ond jaarlijks een verslag wordt opgesteld en op internet bekend wordt gemaakt
  ({{ art('wgs', '1.12') }}).
{% endif %}

@artikel wijzigingen | Wijzigingen
{# 004:13016-13033 #}
{% set amender = {'stuurgroep': 'de Stuurgroep', 'partneroverleg': 'het Partneroverleg'}[pv.amendments_by] if pv.amendments_by else open('de Stuurgroep of het Partneroverleg (privacy: wijzigingen_door)') %}
lid De bepalingen in dit Protocol kunnen door Partijen in gezamenlijk overleg worden gewijzigd.
  Wijzigingen in dit Protocol worden door {{ amender }} besloten. Mondelinge mededelingen,
  toezeggingen of afspraken die betrekking hebben op de inhoud van dit Protocol hebben geen
  rechtskracht, tenzij deze uitdrukkelijk schriftelijk zijn bevestigd door {{ amender }}.
lid Wijziging van het Protocol vergt het opnieuw ondertekenen door Partijen van het gewijzigde
  Protocol.
lid In geval van wijzigingen, waaronder begrepen toetreding van een nieuwe organisatie tot dit
  Protocol, die door een Partij als onaanvaardbaar worden ervaren, kan deze Partij deelname aan
  het zorg- en veiligheidshuis schriftelijk opzeggen met ingang van het tijdstip waarop het
  gewijzigde Protocol van kracht wordt. Na opzegging van deelname aan het Convenant en dit
  Protocol verkrijgt die Partij niet langer toegang tot de Persoonsgegevens die op locatie of in
  de informatiesystemen van het zorg- en veiligheidshuis worden Verwerkt onder dit Protocol.

@artikel toetreding | Toetreding
{# 004:13036-13050; F25: the analysis follows chapter 3 of the Handvat #}
lid Toetreding door andere organisaties tot dit Protocol kan enkel wanneer die organisatie is
  toegetreden tot het Convenant conform [[ref:convenant#toetreding]].
lid[toetreding-analyse] Partijen worden vooraf door de secretaris van de Stuurgroep op de hoogte
  gebracht van de voorgenomen toetreding. Indien de toetredende partij niet is benoemd in het
  Handvat, wordt voorafgaand aan de uitwisseling van Persoonsgegevens met de toetredende partij
  een juridische analyse opgesteld naar het voorbeeld van de analyses per organisatie in
  hoofdstuk 3 van het Handvat. De toetredende partij voert waar nodig de aanbevelingen uit die
  analyse uit, alvorens uitwisseling van Persoonsgegevens in het zorg- en veiligheidshuis met die
  partij plaatsvindt.{% if parties|selectattr('kind', 'equalto', 'overig')|list %} Dit geldt
  eveneens voor {{ v.names(parties|selectattr('kind', 'equalto', 'overig')|list) }}.{% endif %}
lid In geval van toetreding tot het Convenant vindt toetreding tot het Protocol plaats door middel
  van ondertekening van [[ref:toetredingsformulier]] door die andere organisatie en de voorzitter
  van de Stuurgroep.

@artikel duur | Duur, opzegging, beëindiging
{# 004:13053-13068; duration = the Convenant's (digest E23) #}
lid[protocol-looptijd] Dit Protocol treedt in werking op de dag van ondertekening door Partijen en
  geldt voor dezelfde duur als het Convenant, zoals bepaald in [[ref:convenant#looptijd]]. In geval
  van verlenging van het Convenant wordt dit Protocol met een gelijke termijn verlengd.
lid De Stuurgroep kan, zonder rechterlijke tussenkomst en met meerderheid van stemmen, na
  ingebrekestelling, een Partij met onmiddellijke ingang uitsluiten van de samenwerking in het
  zorg- en veiligheidshuis, indien de afspraken zoals neergelegd in dit Protocol niet door de
  desbetreffende Partij worden nagekomen.
lid Verplichtingen die naar hun aard zijn bestemd om ook na beëindiging van dit Protocol of
  uitsluiting van de samenwerking voort te duren, blijven na beëindiging van dit Protocol
  bestaan. Tot deze verplichtingen behoren onder meer die ter zake van geheimhouding en de
  beveiliging van Persoonsgegevens.

@artikel opvolging | Opvolging
{# 004:13071-13076 #}
lid Dit Protocol vervangt alle eerdere door Partijen gesloten protocollen met betrekking tot de
  Verwerking van Persoonsgegevens in het zorg- en veiligheidshuis voor de doelen zoals beschreven
  in [[ref:doel]].

@artikel evaluatie | Monitoring, toezicht, audit, wetenschappelijk onderzoek en evaluatie
{# 004:13079-13091; F29 numbering #}
lid In het kader van een opdracht tot uitvoering van een wetenschappelijk onderzoek zijn Partijen
  gezamenlijk opdrachtgever en worden de specifieke bepalingen uit wet- en regelgeving alsmede de
  interne voor Partijen geldende voorschriften voor wetenschappelijk onderzoek in acht genomen.
lid Partijen evalueren dit Protocol twee jaar na inwerkingtreding landelijk en regionaal, waarbij
  bij voorkeur een audit plaatsvindt door een externe onafhankelijke partij.

@artikel toepasselijk-recht | Toepasselijk recht
lid Op dit Protocol is Nederlands recht van toepassing.

@slot
closing Aldus overeengekomen en ondertekend:
{% include "gedeeld/ondertekening.pm" %}

@bijvoegsel toetredingsformulier | Toetredingsformulier nieuwe partner tot het Protocol
{# 004:13169-13219 #}
{% include "privacyprotocol/toetreding.pm" %}

@bijvoegsel doeleinden-fasen | Doeleinden Verwerking van Persoonsgegevens per processtap
{# 004:13222-13275; 9820-9957 (B2.6); F30: no placeholder, no "Opschaling"; phases as in the
   definitions (digest E28); only the phases this werkproces has #}
p Partijen Verwerken in het werkproces ‘{{ proto.name }}’ voor ieder van onderstaande fasen enkel
  de Persoonsgegevens die voor die afzonderlijke fase noodzakelijk zijn voor de uitvoering van
  ieder van de daarbij geformuleerde processtappen, zoals nader uitgewerkt in het Werkproces.
{% if 'aanmelding' in proto.phases %}
heading Aanmelding en Intake
bullet beoordelen of een Casus die door een Partij wordt aangedragen voldoet aan de criteria voor
  behandeling in het zorg- en veiligheidshuis, zoals opgenomen in
  {% if proto.criteria %}[[ref:criteria-werkproces]]{% else %}[[ref:convenant#criteria]]{% endif %};
bullet adviseren van de aanmelder over de aanpak.
{% endif %}
{% if 'triage' in proto.phases %}
heading Triage
bullet bepalen van een eerste beeld en verrijken van informatie uit de Intake;
bullet op basis van informatie van Partijen komen tot een nadere afweging ten aanzien van de
  routering van de Casus, tot een bepaling van doel en thema’s van een eventueel Casusoverleg, en
  tot een afweging welke Partijen relevant zijn om te betrekken bij een Casusoverleg;
bullet voorbereiding van het Casusoverleg.
{% endif %}
{% if 'casusoverleg' in proto.phases %}
heading Casusoverleg
bullet opstellen van een gezamenlijk toestandsbeeld door de bij het Casusoverleg betrokken
  Partijen;
bullet opstellen van een integraal plan van aanpak;
bullet monitoren van de uitvoering en resultaten van het plan van aanpak;
bullet bepalen of verdere verstrekking van Persoonsgegevens aan andere samenwerkingsverbanden
  noodzakelijk en mogelijk is;
bullet besluiten tot Afschaling van de Casus.
{% endif %}
{% if 'afschaling' in proto.phases %}
heading Afschaling
bullet bepalen van de noodzakelijk te verstrekken Persoonsgegevens in het kader van Afschaling en
  de verstrekking daarvan aan bijvoorbeeld de Casusregisseur;
bullet schonen van het dossier en bewaren en vernietigen conform [[ref:bewaren]].
{% endif %}

@bijvoegsel beveiligingsbeleid | Beveiligingsbeleid Persoonsgegevens
{# 004:13276-13406; F31: AVG terms, no Cbp, current norms #}
p Partijen stellen een beleid op dat ziet op de bescherming van Persoonsgegevens. Hiervoor wordt
  aangesloten bij het informatiebeveiligingsbeleid van het zorg- en veiligheidshuis
  ([[ref:convenant#informatiebeveiliging]]), dat expliciet aandacht besteedt aan de technische en
  organisatorische maatregelen ten behoeve van de bescherming van Persoonsgegevens. Deze
  maatregelen zijn passend met het oog op het risico voor Betrokkenen ({{ art('avg', 32) }}) en
  bevatten ten minste het volgende:
bullet Beleidsdocument voor informatiebeveiliging. Het beleidsdocument gaat expliciet in op de
  maatregelen die de Verwerkingsverantwoordelijke treft om de Verwerkte Persoonsgegevens te
  beveiligen. Het document is goedgekeurd op bestuurlijk niveau en kenbaar gemaakt aan alle
  medewerkers en relevante externe partijen.
bullet Toewijzen van verantwoordelijkheden voor informatiebeveiliging. Alle
  verantwoordelijkheden, zowel op sturend als op uitvoerend niveau, zijn duidelijk gedefinieerd en
  belegd.
bullet Beveiligingsbewustzijn. Alle medewerkers en, voor zover van toepassing, ingehuurd personeel
  en externe gebruikers krijgen geschikte training en regelmatige bijscholing over het
  informatiebeveiligingsbeleid en de informatiebeveiligingsprocedures, met expliciete aandacht
  voor de omgang met Persoonsgegevens.
bullet Fysieke beveiliging en beveiliging van apparatuur. IT-voorzieningen en apparatuur zijn
  fysiek beschermd tegen toegang door onbevoegden en tegen schade en storingen, in
  overeenstemming met de vastgestelde risico’s.
bullet Toegangsbeveiliging. Er zijn procedures om bevoegde gebruikers toegang te geven tot de
  informatiesystemen die ze voor de uitvoering van hun taken nodig hebben en om onbevoegde
  toegang te voorkomen, over de hele levenscyclus van de gebruikerstoegang, met bijzondere
  aandacht voor gebruikers met ruime bevoegdheden, zoals systeembeheerders.
bullet Logging en controle. Activiteiten die gebruikers uitvoeren met Persoonsgegevens, pogingen
  tot ongeautoriseerde toegang en verstoringen worden vastgelegd in logbestanden, die periodiek
  worden gecontroleerd op onrechtmatige toegang of onrechtmatig gebruik. Logbestanden die tot
  personen herleidbaar zijn, zijn zelf Persoonsgegevens; voor een systeem om de aanwezigheid,
  het gedrag of de prestaties van personeel te volgen is instemming van de ondernemingsraad
  nodig ({{ art('wor', 27) }}).
bullet Correcte Verwerking in toepassingssystemen. In alle toepassingssystemen zijn
  beveiligingsmaatregelen ingebouwd, waaronder validatie van invoer, interne verwerking en
  uitvoer; voor systemen met Bijzondere of Strafrechtelijke persoonsgegevens kunnen aanvullende
  maatregelen nodig zijn.
bullet Beheer van technische kwetsbaarheden. Software wordt actueel gehouden en oplossingen voor
  beveiligingslekken worden tijdig geïnstalleerd; de blootstelling aan kwetsbaarheden wordt
  geëvalueerd en de risico’s worden behandeld.
bullet Incidentenbeheer. Er zijn procedures voor het tijdig en doeltreffend behandelen van
  beveiligingsincidenten, inclusief het beoordelen van risico’s voor Betrokkenen en het
  informeren van Betrokkenen en de toezichthouder ([[ref:datalekken]]).
bullet Continuïteitsbeheer. Door preventieve en herstelmaatregelen worden de gevolgen van verlies
  van Persoonsgegevens tot een aanvaardbaar niveau beperkt. De maatregelen zijn gedocumenteerd in
  functionele en technische beschrijvingen, werkinstructies en contracten en daadwerkelijk
  geïmplementeerd.
p Voor de invulling van deze maatregelen wordt aangesloten bij de Baseline Informatiebeveiliging
  Overheid en NEN-EN-ISO/IEC 27002; voor de Verwerking van gegevens betreffende gezondheid
  bovendien bij NEN 7510.

@bijvoegsel categorieen-betrokkenen | Categorieën Persoonsgegevens en Betrokkenen
{# 004:13409-13557; special and criminal data come from the kinds of this werkproces's Partijen
   (issue 9.1; catalogus/partijsoorten.yaml `gegevens`); police categories follow the Artikel 20
   decision (digest E15) #}
p Partijen Verwerken ten behoeve van de doelstellingen en onder de voorwaarden zoals beschreven in
  dit Protocol enkel de volgende categorieën Persoonsgegevens van de volgende categorieën
  Betrokkenen.
{% for c in v.subject_categories(parties) %}
heading Categorie {{ loop.index }}: {{ c.omschrijving }}
p Persoonsgegevens:
{% for item in c.persoonsgegevens %}
bullet {{ item }}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% if c.strafrechtelijke_gegevens %}
p Strafrechtelijke persoonsgegevens, te weten:
{% for item in c.strafrechtelijke_gegevens %}
bullet {{ item|raw }}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% endif %}
{% if c.bijzondere_gegevens %}
p Bijzondere Persoonsgegevens, te weten:
{% for item in c.bijzondere_gegevens %}
bullet {{ item|raw }}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% endif %}
{% endfor %}
note Voor de Verwerking van Bijzondere Persoonsgegevens kent de {{ wet('avg') }} in beginsel een
  verwerkingsverbod, behoudens voor zover het verwerkingsverbod is opgeheven in
  {{ art('avg', [9, 10]) }} en {{ art('uavg', '22', tot='33') }}.
{% if proto.criteria %}

@bijvoegsel criteria-werkproces | Doelgroep en criteria van het werkproces
{# issue 10: each werkproces its own criteria; the Convenant's Bijvoegsel 2 is for complexe
   casuïstiek #}
{% if proto.target_group %}
p Het werkproces ‘{{ proto.name }}’ richt zich op {{ proto.target_group }}.
{% endif %}
p Een Casus komt in aanmerking voor behandeling in dit werkproces wanneer:
{% for c in proto.criteria %}
num {{ c }}
{% endfor %}
{% endif %}
