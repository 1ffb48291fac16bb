{#-
  Samenwerkingsconvenant — Handvat Bijlage 3, seed 004:9958-11376.

  Clause markup (see src/protocolmaker/model/markup.py): elements start at column 0, a line
  that starts with spaces continues the element above. [[ref:key]] is a symbolic reference,
  numbered at render time; [[def:Term]] marks where a term is defined; open('…') is an open point.

  Deliberate departures from the model text, each a mistake listed in shared/domain-digest.md F:
  F1  "in dit Protocol" → "in dit Convenant" (004:10150)
  F2  def. Werkproces points to the Partneroverleg task that sets it (004:10297 vs 10595)
  F3  15.3 points to the functions in art. 2, not to a non-existent 3.2 (004:10855-10861)
  F4  every annex is a "Bijvoegsel", numbered and referenced symbolically (004:10254 ff.)
  F5  art. 22 speaks of "dit Convenant"; Verwerking c.s. are defined in art. 1 (004:10975-11016)
  F6  "het project" in 23.3 → "de samenwerking" (004:11039)
  F7  the Manager prepares, the Partneroverleg sets the Werkproces (004:10691 vs 10595)
  F8  the annual meeting discusses, the Stuurgroep adopts the jaarrekening (004:10548 vs 10440)
  F9  4.3 lists members, not "vertegenwoordigers van een aantal Partijen" (004:10401)
  F10 every Partij has an afgevaardigde in the Partneroverleg (004:10543 vs 11738-11746)
  F13 Bijvoegsel 2 follows the Landelijk Kader logic (004:11211-11224 vs 7997-8017)
  F15 responsibility passed from the Rijksoverheid to the gemeenten (004:10160 vs 7959-7965)
  F16 typos: "zorg- en zorg- en", "zorg- veiligheidshuis", "Veiligheidshuis", "Aanmeldt"

  Departures for the lawyer's review of issue 9 (each tested in tests/test_substance.py):
  12.1 employment (werkgever: a rechtspersoon, ‘de gemeente X’) is kept apart from on whose behalf
       the Procesregisseur works (12.3: the Partij that registers the casus; 004:2583-2597; 10773)
  14.2 staff are employed by the gemeente (rechtspersoon), never by ‘het college’
  15.2 names, per Privacy Protocol, exactly the function of art. 2 it covers (004:10345-10363)
  Bijvoegsel 2: the criteria are a numbered list, no bullet before a typed number
  Bijvoegsel 3: the four-phase Werkproces of the Handvat (Bijlage 2, 004:8089-9957) with the
       region's choices, so that def. Werkproces and 6.8 c point at a content, not a shell
  Bijvoegsel 4: the information security policy itself (BIO-based measures, who is responsible,
       review cycle), or a reference to the separately adopted policy with date and kenmerk
  Bijvoegsel 5: every mandate, volmacht and machtiging of the config; the signature blocks say
       ‘namens deze … krachtens …’ (004:11277-11309; 10424-10430)
  Laws are cited through templates/catalogus/wetgeving.yaml (`art`, `wet`), never typed.
-#}
{% set sg = cfg.gremia.steering_group %}
{% set po = cfg.gremia.partner_meeting %}
{% set zvh = cfg.zvh %}
@titel Convenant samenwerking tussen ketenpartners {{ zvh.name }}

@sectie aanhef | De ondergetekenden
{# 004:10030-10130: parties; gemeenten as college and burgemeester (004:1925-1943) #}
note Voor de aanwijzing van partijen wordt in eerste instantie verwezen naar het Landelijk Kader
  Veiligheidshuizen. Het betreft in ieder geval de sleutelpartners in de aanpak van Complexe
  Multi-problematiek: de Gemeente(n), het Openbaar Ministerie, de lokale eenheid van de Nationale
  Politie, het 3RO, de Raad voor de Kinderbescherming, Jeugdzorg, de GGZ, Gehandicaptenzorg en DJI,
  en Veilig Thuis.
{% set parties = cfg.partners %}
{% include "gedeeld/aanhef.pm" %}

@sectie overwegingen | Overwegingen
{# 004:10132-10222 #}
p de volgende overwegingen in aanmerking nemende:
note De overwegingen beschrijven wat de bedoelingen van partijen zijn met het aangaan van de
  overeenkomst. Dit is van belang voor de uitleg van de overeenkomst. Partijen kunnen overwegingen
  weghalen of toevoegen indien die (niet) van belang zijn voor hun specifieke vorm(en) van
  samenwerking.
p Woorden met een hoofdletter hebben altijd de betekenis die aan dat woord in dit Convenant is
  toegekend.
bullet Partijen hebben in het kader van samenwerking op het gebied van integrale veiligheid en
  complexe casuïstiek het {{ zvh.name }} (hierna: ‘het zorg- en veiligheidshuis’) opgezet;
bullet de Rijksoverheid heeft per 1 januari 2013 de verantwoordelijkheid voor de
  veiligheidshuizen overgedragen aan de gemeenten, waardoor de gemeentelijke strategische regierol
  verder is versterkt;
bullet er zijn bestuurlijke afspraken gemaakt tussen het toenmalige Ministerie van Veiligheid en
  Justitie en de Vereniging van Nederlandse Gemeenten, namens alle Nederlandse gemeenten, rondom
  de financiële bijdrage van de Rijksoverheid aan de veiligheidshuizen, die zijn opgenomen als
  bijlage bij de brief van de Staatssecretaris van Veiligheid en Justitie van 2 augustus 2012,
  kenmerk 287830;
bullet van belang is dat Partijen personele bijdragen blijven leveren in de vorm van
  partnerbijdragen aan triage- en/of casusoverleggen en/of structurele deelname aan het zorg- en
  veiligheidshuis;
bullet Partijen houden hun eigen bevoegdheden met betrekking tot de in het zorg- en
  veiligheidshuis besproken casuïstiek; het zorg- en veiligheidshuis neemt de uitoefening van deze
  bevoegdheden niet over, maar stuurt op een integrale en gezamenlijke inzet van Partijen;
{% if cfg.under_wgs %}
bullet de zorg- en veiligheidshuizen zijn bij {{ art('wgs', '2.24') }} aangewezen als
  samenwerkingsverband in de zin van die wet; die wet en de daarop berustende regels regelen de
  gezamenlijke verwerking van gegevens bij de behandeling van complexe casuïstiek, en dit Convenant
  regelt de samenwerking voor zover die regels daarvoor ruimte laten;
{% endif %}
bullet Partijen onderschrijven nadrukkelijk het belang en de noodzaak dat alleen door
  domeinoverstijgende en gezamenlijke inzet de complexe probleemsituaties die in het zorg- en
  veiligheidshuis worden voorgelegd, kunnen worden opgelost of verbeterd;
bullet hiervoor zijn enkele belangrijke voorwaarden geformuleerd, waaronder de bestendiging van
  de goede aansluiting met en de herkenbaarheid voor alle Partijen van het zorg- en
  veiligheidshuis en de bestuurlijke borging van de domeinoverstijgende aanpak binnen het
  zorgdomein, het justitieel domein en het gemeentelijk domein;
bullet Partijen hebben te kennen gegeven de huidige samenwerking bestuurlijk-juridisch,
  beheersmatig, organisatorisch en financieel te willen versterken;
bullet Partijen hebben aangegeven alle onderlinge samenwerkingsafspraken rondom Complexe
  Multi-Problematiek schriftelijk te willen vastleggen in een samenwerkingsconvenant;
{# OPTIE 1 / OPTIE 2, 004:10195-10204 #}
{% if v.several_protocols %}
bullet de afspraken rondom de verwerking van persoonsgegevens zijn per werkproces van de
  samenwerking vastgelegd in afzonderlijke Privacy Protocollen, die onderdeel zijn van dit
  samenwerkingsconvenant, te weten {{ v.quoted_protocol_titles|raw }};
{% else %}
bullet de afspraken rondom de verwerking van persoonsgegevens zijn vastgelegd in het
  ‘{{ v.protocols[0].title }}’, dat integraal onderdeel is van dit samenwerkingsconvenant;
{% endif %}
bullet in de Landelijke Stuurgroep Zorg en Veiligheid vindt met landelijke vertegenwoordigers
  overleg plaats. In dit landelijke overleg worden de koers en landelijke prioriteiten van de
  zorg- en veiligheidshuizen bepaald. Het landelijke overleg biedt hierbij kaders die op
  regionaal niveau nader worden ingevuld. Het landelijke niveau biedt een opschalingsmogelijkheid
  voor regionale ontwikkelpunten. Op landelijk niveau worden landelijke trends en ontwikkelpunten
  gesignaleerd en waar nodig oplossingen bedacht. Elke partner is verantwoordelijk voor
  afstemming en uitvoering van afspraken binnen de eigen organisatie op zowel landelijk als
  regionaal niveau;
bullet de managers van de zorg- en veiligheidshuizen zijn verenigd in de Vereniging van managers
  zorg- en veiligheidshuizen;
bullet dit samenwerkingsconvenant wordt verder aangehaald als ‘het Convenant’;
p verklaren te zijn overeengekomen:

@artikel definities | Definities
{# 004:10225-10300 #}
note De definities zijn afkomstig uit het Landelijk Kader Veiligheidshuizen en uit het
  vertaaldocument “Van handvat naar praktijk”.
intro In dit Convenant en de daarbij behorende Bijvoegsels wordt verstaan onder:
lid[def-strategische-regie] [[def:Strategische Regie]]: de coördinatie van regionale samenwerking
  in het zorg- en veiligheidshuis, verbinding van verschillende ketens en afstemming met andere
  lokale en regionale samenwerkingsverbanden, organisaties en overlegtafels;
lid[def-procesregie] [[def:Procesregie]]: het uitvoeren van werkzaamheden gericht op de
  totstandkoming van samenwerking tussen Partijen bij het behandelen van één specifieke Casus en
  de ondersteuning van de Casusregisseur bij de uitvoering van het plan van aanpak;
lid[def-casusregie] [[def:Casusregie]]: het uitvoeren van werkzaamheden gericht op het bewaren van
  de onderlinge samenhang bij het uitvoeren van het plan van aanpak bij het behandelen van één
  specifieke Casus;
lid[def-casus] [[def:Casus]]: een geval of situatie dat of die voldoet aan de criteria voor
  complexe casuïstiek zoals geformuleerd in [[ref:criteria]], en die is aangemeld bij het zorg-
  en veiligheidshuis ter beoordeling en eventuele bespreking in het Casusoverleg;
lid[def-betrokkene] [[def:Betrokkene]]: de natuurlijke persoon op wie informatie, waaronder
  Persoonsgegevens zoals beschreven in het Privacy Protocol, betrekking heeft;
lid[def-derde] [[def:Derde]]: de natuurlijke persoon of rechtspersoon, niet zijnde de Betrokkene,
  noch een van de Partijen;
lid[def-aanmelding] [[def:Aanmelding en Intake]]: het voordragen van een Casus door een van de
  Partijen en het uitwisselen van informatie, waaronder Persoonsgegevens, tussen de
  Procesregisseur van het zorg- en veiligheidshuis en de aanmeldende Partij ter toetsing of de
  Casus in aanmerking komt voor behandeling in het zorg- en veiligheidshuis;
lid[def-triage] [[def:Triage]]: het proces waarbij relevante Partijen worden bevraagd om te komen
  tot een nadere afweging ten aanzien van de routering van de Casus, tot een bepaling van het doel
  en de thema’s van een eventueel Casusoverleg, en tot een afweging welke Partijen relevant zijn
  om te betrekken bij een Casusoverleg;
lid[def-casusoverleg] [[def:Casusoverleg]]: fase waarin overleg plaatsvindt door Partijen gericht
  op de totstandkoming van een plan van aanpak, afstemming tijdens de uitvoering daarvan, en het
  beoordelen of de Casus kan worden afgeschaald;
lid[def-afschaling] [[def:Afschaling]]: fase die volgt op het besluit in het Casusoverleg dat de
  betrokkenheid van het zorg- en veiligheidshuis niet langer nodig is, waarin het dossier dat in
  het systeem van het zorg- en veiligheidshuis is aangelegd ten behoeve van Procesregie, wordt
  geschoond van alle niet langer noodzakelijke informatie, en uiteindelijk verdwijnt uit het
  systeem van het zorg- en veiligheidshuis;
lid[def-procesregisseur] [[def:Procesregisseur]]: de medewerker van het zorg- en
  veiligheidshuis die namens een van de Partijen is belast met de werkzaamheden in
  [[ref:procesregisseur]];
lid[def-casusregisseur] [[def:Casusregisseur]]: de medewerker van een van de Partijen die is
  belast met de taken in [[ref:casusregisseur]];
lid[def-manager] [[def:Manager]]: de persoon die is belast met de taken zoals geformuleerd in
  [[ref:manager]];
lid[def-stuurgroep] [[def:Stuurgroep]]: het verband van afgevaardigden van Partijen zoals
  geformuleerd in [[ref:stuurgroep]];
lid[def-partneroverleg] [[def:Partneroverleg]]: het verband van afgevaardigden van Partijen zoals
  geformuleerd in [[ref:partneroverleg]];
lid[def-landelijk-kader] [[def:Landelijk Kader]]: het ‘Landelijk Kader Veiligheidshuizen – vóór
  en dóór partners’, opgesteld door het Ministerie van Veiligheid en Justitie, januari 2013;
lid[def-jaarplan] [[def:Jaarplan]]: het door de Stuurgroep op grond van [[ref:jaarplan]]
  vastgestelde plan betreffende de operationele en inhoudelijke kaders en het financieel en
  inhoudelijk beleid van het zorg- en veiligheidshuis;
lid[def-werkproces] [[def:Werkproces]]: het door het Partneroverleg op grond van
  [[ref:po-werkproces]], vastgestelde proces voor samenwerking in het zorg- en veiligheidshuis,
  waaronder het proces omtrent en het delen van informatie en het op- en afschalen van een Casus,
  zoals beschreven in [[ref:werkproces]];
{% if v.several_protocols %}
lid[def-privacy-protocol] [[def:Privacy Protocol]]: elk van de Privacy Protocollen die onderdeel
  zijn van dit Convenant, zoals genoemd in [[ref:uitwisseling-protocol]];
{% else %}
lid[def-privacy-protocol] [[def:Privacy Protocol]]: het ‘{{ v.protocols[0].title }}’, dat
  integraal onderdeel is van dit Convenant;
{% endif %}
lid[def-persoonsgegevens] [[def:Persoonsgegevens]], [[def:Verwerking]],
  [[def:Verwerkingsverantwoordelijke]] en [[def:Verwerker]]: de begrippen persoonsgegevens,
  verwerking, verwerkingsverantwoordelijke en verwerker zoals bedoeld in {{ art('avg', 4) }}.

@artikel doel | Doel en functie zorg- en veiligheidshuis
{# 004:10302-10363 #}
lid[doelstelling] Het zorg- en veiligheidshuis is een samenwerkingsverband waarin zorg- en
  strafpartners en gemeenten, onder eenduidige regie, werken aan complexe zorg- en
  veiligheidsproblemen. De doelstelling van de samenwerking is bijdragen aan de algemene
  veiligheid, het verbeteren van de persoonlijke situatie, het voorkomen en verminderen van
  recidive, (ernstige) overlast, criminaliteit en/of maatschappelijke uitval. Dit gebeurt door een
  combinatie van repressie, bestuurlijke interventies en zorg, hetgeen moet worden gezien als een
  zwaarwegend algemeen belang.
lid[functies] Om het in [[ref:doelstelling]] geformuleerde doel te bereiken heeft het zorg- en
  veiligheidshuis drie functies:
ond[fn-casusoverleg] het faciliteren en regisseren van Casusoverleggen waar complexe casuïstiek
  wordt besproken;
ond[fn-expertise] het functioneren als expertisecentrum voor multidisciplinaire zorg- en
  veiligheidsproblematiek en vraagbaak voor ketenpartners en professionals;
ond[fn-signaleren] het signaleren van relevante trends en ontwikkelingen en (strategisch)
  adviseren van bestuurders en sleutelpartners.
{% if cfg.choices.extra_functions %}
lid[extra-functies] Daarnaast heeft het zorg- en veiligheidshuis tot functie het behandelen van
  casuïstiek op de volgende gebieden:
{% for fn in cfg.choices.extra_functions %}
ond[functie-{{ fn.id }}] {{ fn.description }}{{ ';' if not loop.last else '.' }}
{% endfor %}
note Voor iedere vorm van samenwerking dient een apart Privacy Protocol te worden opgesteld, dan
  wel het Privacy Protocol te worden uitgebreid. Ook dient te worden getoetst of het Werkproces
  aanpassingen behoeft voor deze nieuwe vormen van samenwerking.
{% endif %}

@artikel structuur | Structuur zorg- en veiligheidshuis
{# 004:10365-10391 #}
lid Het zorg- en veiligheidshuis kent de volgende structuur:
ond de Stuurgroep;
ond het Partneroverleg;
ond het Casusoverleg;
ond de Manager;
ond de Procesregisseur;
ond de Casusregisseur;
ond ondersteunend personeel.

@artikel stuurgroep | Stuurgroep
{# 004:10394-10481 #}
lid Het zorg- en veiligheidshuis heeft een Stuurgroep die fungeert als het bestuur van het zorg-
  en veiligheidshuis. De Stuurgroep is verantwoordelijk voor de Strategische Regie van het zorg-
  en veiligheidshuis.
lid De Stuurgroep komt ten minste iedere
  {{ sg.meeting_interval_weeks or open('aantal weken vergaderinterval Stuurgroep') }} weken bijeen.
  De vergaderingen van de Stuurgroep vinden in beginsel plaats op de locatie van het zorg- en
  veiligheidshuis.
{% set chair = v.chair %}
lid[samenstelling-stuurgroep] De Stuurgroep bestaat uit:
ond de burgemeester van de beheersgemeente {{ chair.name }}, die tevens optreedt als voorzitter
  van de Stuurgroep;
{% for m in sg.members %}
{% if m.appointed_by == m.party %}
ond één {{ m.role }}, aangewezen door en namens {{ v.name(m.party) }};
{% else %}
ond één {{ m.role }} namens {{ v.name(m.party) }}, aangewezen door
  {{ v.name(m.appointed_by) if m.appointed_by else open('wie ' ~ m.role ~ ' aanwijst') }};
{% endif %}
{% endfor %}
ond de Manager van het zorg- en veiligheidshuis;
ond één secretaris, aangewezen door
  {{ v.name(sg.secretary_appointed_by) if sg.secretary_appointed_by else open('partij die de secretaris van de Stuurgroep aanwijst') }}.
{# 4.4 (audit 2026-12): only the members who sit ‘namens’ a Partij act under its mandate — the
   model wants a mandate from the own organisation to take binding decisions (004:10424-10430;
   ‘voor het overige … door de bevoegde gezagen gemandateerd’, 10502-10503). The chair is the
   burgemeester of the beheersgemeente, himself an organ of a Partij (004:10403-10404;
   004:1925-1943); the Manager and the secretaris (004:10414-10415) represent no Partij. #}
lid[stuurgroep-mandaat] {% if sg.members %}Ieder lid van de Stuurgroep dat daarin namens een Partij
  zitting heeft, neemt deel en besluit krachtens een mandaat of volmacht van die Partij, zoals
  vermeld in [[ref:mandaat]]. {% endif %}De voorzitter neemt deel in zijn hoedanigheid van
  burgemeester van {{ chair.name }}. De Manager en de secretaris vertegenwoordigen in de
  Stuurgroep geen Partij.
note Ieder zorg- en veiligheidshuis kan zelf de samenstelling van de Stuurgroep bepalen. Ieder
  lid van de Stuurgroep moet mandaat hebben vanuit de bevoegde persoon in de eigen organisatie om
  deel te nemen en bindende besluiten te nemen in de Stuurgroep.
lid[jaarplan] De Stuurgroep is verantwoordelijk voor het in het kader van de Strategische Regie
  opstellen van operationele en beleidsmatige kaders voor de opdracht van het zorg- en
  veiligheidshuis in de vorm van een Jaarplan, en beslist over eventueel bijstellen of afwijken
  van deze kaders. Jaarlijks stelt de Stuurgroep in een Jaarplan een inhoudelijk en financieel
  beleid vast als opdracht voor het zorg- en veiligheidshuis. Dit Jaarplan bevat ten minste de
  volgende onderdelen:
ond langetermijnvisie;
ond prioriteiten voor het betreffende kalenderjaar;
ond begroting en jaarrekening, inclusief jaarverslag;
ond het borgen van de kwaliteit van de samenwerking, de plannen van aanpak en de
  informatiebeveiliging, en de evaluatie daarvan{{ ';' if sg.annual_plan_items else '.' }}
{% for item in sg.annual_plan_items %}
ond {{ item }}{{ ';' if not loop.last else '.' }}
{% endfor %}
lid[taken-stuurgroep] De Stuurgroep heeft daarnaast de volgende taken en bevoegdheden:
ond het Werkproces indien nodig op hoofdlijnen aanpassen, na overleg met het Partneroverleg;
ond besluiten met betrekking tot personeel nemen die het zorg- en veiligheidshuis aangaan;
ond[sg-toetreding] besluiten omtrent toetreding van nieuwe organisaties tot dit Convenant.
note Denk hier ook aan de bevoegdheid tot het namens Partijen aangaan van overeenkomsten. De
  afgevaardigden in de Stuurgroep, het Partneroverleg en de Manager moeten tekenbevoegd zijn
  namens alle Partijen; hiertoe moet het juiste mandaat worden verleend.
lid {{ 'De Gemeenten' if v.several_municipalities else 'De Gemeente' }} en het Partneroverleg
  ontvangen het Jaarplan ter informatie uiterlijk
  {{ sg.annual_plan_notice_weeks or open('aantal weken') }} weken na vaststelling daarvan door de
  Stuurgroep.
lid De secretaris van de Stuurgroep is verantwoordelijk voor het organiseren van de
  vergaderingen, het samenstellen van de agenda op basis van inbreng vanuit het Partneroverleg en
  de leden van de Stuurgroep en het opstellen en verspreiden van het verslag van de betreffende
  vergadering.

@artikel besluitvorming-stuurgroep | Besluitvorming Stuurgroep
{# 004:10483-10526 #}
lid De Stuurgroep neemt besluiten over de Strategische Regie in het zorg- en veiligheidshuis.
  Incidentele strategische besluiten komen toe aan het Partneroverleg.
lid Voorafgaand aan het nemen van besluiten vraagt de Stuurgroep om inbreng van Partijen.
lid De Stuurgroep houdt bij het nemen van besluiten rekening met de uitkomsten van de overleggen
  van de Landelijke Stuurgroep Zorg en Veiligheid.
lid Besluiten worden genomen met een meerderheid van stemmen en zijn bindend voor alle Partijen
  die aan dit Convenant deelnemen, voor zover niet strijdig met de wettelijke taken, bevoegdheden
  en beroepsnormen van Partijen. Er wordt gestreefd naar consensus.
lid Bij afwezigheid van een lid van de Stuurgroep wordt die Partij verzocht schriftelijk inbreng
  te leveren rondom de geagendeerde besluiten. Zonder schriftelijke inbreng worden besluiten die
  deze Partij in belangrijke mate kunnen treffen niet genomen, tot die Partij gehoord is.
lid[escalatie] Indien de Stuurgroep niet tot een besluit kan komen, wordt de aangelegenheid ter
  beslissing voorgelegd aan {{ sg.escalation or open('orgaan voor escalatie (art. 5.6)') }}. Dat
  geldt ook voor gevallen waarin een verhoging van de financiële of personele bijdrage van
  Partijen of beperking van de dienstverlening van het zorg- en veiligheidshuis aan de orde is. De
  voorzitter van de Stuurgroep kan besluiten
  {{ 'de colleges van burgemeester en wethouders' if v.several_municipalities else 'het college van burgemeester en wethouders' }}
  en andere Partijen hiervoor te benaderen. Voor het overige wordt de Stuurgroep door de bevoegde
  gezagen gemandateerd om besluiten te nemen.
note Hier is ruimte om een overkoepelend orgaan een rol te geven in bepaalde besluitvorming.
lid[informeren] De Stuurgroep informeert
  {% if sg.informs %}{{ sg.informs|nl_list }}{% else %}{{ open('wie de Stuurgroep informeert (art. 5.7)') }}{% endif %}
  over de besluitvorming in de Stuurgroep. De secretaris van de Stuurgroep informeert het
  Partneroverleg schriftelijk over de in de Stuurgroep genomen besluiten.
lid De vergaderingen van de Stuurgroep zijn niet openbaar.

@artikel partneroverleg | Partneroverleg
{# 004:10528-10609 #}
note Ieder zorg- en veiligheidshuis dient een overlegstructuur in te richten die op tactisch
  niveau sturing geeft aan het zorg- en veiligheidshuis; in dit Convenant heet die het
  Partneroverleg.
lid Partijen in het zorg- en veiligheidshuis voeren ter uitvoering van de in [[ref:doel]]
  bepaalde doeleinden onderling overleg op tactisch niveau: het ‘Partneroverleg’.
lid Het Partneroverleg vindt iedere
  {{ po.meeting_interval_weeks or open('aantal weken vergaderinterval Partneroverleg') }} weken
  plaats, of wanneer een Partij hier een verzoek toe indient.
lid[po-samenstelling] Het Partneroverleg bestaat uit:
{% if po.joint_representation and v.several_municipalities %}
ond één afgevaardigde van iedere Partij, met dien verstande dat de Gemeenten worden
  vertegenwoordigd zoals bepaald in [[ref:gezamenlijke-vertegenwoordiging]];
{% else %}
ond één afgevaardigde van iedere Partij;
{% endif %}
ond de Procesregisseur;
ond de Manager van het zorg- en veiligheidshuis; en
ond een secretaris.
{% if po.annual_meeting %}
lid Eenmaal per jaar vindt een overleg plaats waarvoor alle Partijen worden uitgenodigd. Daar
  worden het jaarverslag en de jaarrekening besproken en wordt het Jaarplan besproken.
{% endif %}
lid De secretaris is aangewezen door
  {{ v.name(po.secretary_party) if po.secretary_party else open('partij die de secretaris van het Partneroverleg aanwijst') }}
  en valt onder de verantwoordelijkheid van
  {{ v.name(po.secretary_party) if po.secretary_party else open('partij die de secretaris van het Partneroverleg aanwijst') }}.
lid De afgevaardigden van Partijen hebben het mandaat of de machtiging om op tactisch niveau
  sturing te geven aan de operationele processen van het zorg- en veiligheidshuis en besluiten te
  nemen met betrekking tot de uitvoering van de in [[ref:po-taken]] geformuleerde taken.
note In het Partneroverleg en de Stuurgroep wordt geen casuïstiek besproken maar
  beleidsaangelegenheden.
{% if po.joint_representation and v.several_municipalities %}
{% set rep = v.party(po.joint_representation.representative_municipality) %}
lid[gezamenlijke-vertegenwoordiging] De Gemeenten laten zich gezamenlijk vertegenwoordigen door
  één gemeentelijke afgevaardigde van de gemeente {{ rep.name }}, die door de afzonderlijke
  gemeenten is gemandateerd om namens hen inbreng te leveren en gemachtigd om besluiten te nemen
  in het Partneroverleg. Bestaande taken en verantwoordelijkheden van de vertegenwoordigde
  Gemeenten blijven onverlet. Op grond van de {{ wet('avg') }} kan de
  verwerkingsverantwoordelijkheid voor de Verwerking van Persoonsgegevens niet worden
  gemandateerd of gedelegeerd.
note Zie voor een toelichting op de mogelijkheden tot mandaatverlening [[ref:mandaat]].
{% endif %}
lid[po-taken] Het Partneroverleg heeft de volgende taken:
ond op tactisch niveau sturing geven aan de operationele processen van het zorg- en
  veiligheidshuis;
ond formuleren van voorstellen en vragen ten behoeve van of ter besluitvorming in de Stuurgroep;
ond[po-werkproces] in samenwerking met de Manager opstellen en vaststellen van het operationele
  Werkproces. Een kopie van het door het Partneroverleg vastgestelde Werkproces wordt aan alle
  Partijen verstrekt;
ond het afstemmen van externe communicatie{{ ';' if po.extra_tasks else '.' }}
{% for t in po.extra_tasks %}
ond {{ t }}{{ ';' if not loop.last else '.' }}
{% endfor %}
lid De secretaris van het Partneroverleg is verantwoordelijk voor het organiseren van de
  vergaderingen, het samenstellen van de agenda op basis van inbreng vanuit de Stuurgroep en de
  leden van het Partneroverleg en het opstellen en verspreiden van het verslag van de
  betreffende vergadering, alsook het informeren van de Stuurgroep over de in het Partneroverleg
  genomen relevante besluiten.

@artikel besluitvorming-partneroverleg | Besluitvorming Partneroverleg
{# 004:10611-10628 #}
lid Besluiten in het Partneroverleg worden genomen met een meerderheid van stemmen en zijn
  bindend voor alle Partijen die deelnemen aan dit Convenant, voor zover niet strijdig met de
  wettelijke taken, bevoegdheden en beroepsnormen van Partijen. Er wordt gestreefd naar
  consensus.
lid Bij afwezigheid van een lid van het Partneroverleg wordt die Partij verzocht schriftelijk
  inbreng te leveren rondom de geagendeerde besluiten. Zonder schriftelijke inbreng worden
  besluiten die deze Partij in belangrijke mate kunnen treffen niet genomen, tot die Partij
  gehoord is.
lid Indien het Partneroverleg niet tot een besluit kan komen, wordt de aangelegenheid ter
  beslissing voorgelegd aan de Stuurgroep.
lid De secretaris van het Partneroverleg informeert de Stuurgroep schriftelijk over de in het
  Partneroverleg genomen relevante besluiten.
lid De vergaderingen van het Partneroverleg zijn niet openbaar.

@artikel casusoverleg | Het Casusoverleg
{# 004:10630-10660 #}
lid Partijen in het zorg- en veiligheidshuis voeren ter uitvoering van de in [[ref:doel]]
  bepaalde doeleinden onderling overleg op operationeel niveau in het ‘Casusoverleg’. Het
  Casusoverleg vindt plaats wanneer op basis van Triage wordt besloten een Casus in het
  Casusoverleg te bespreken.
lid Het Casusoverleg bestaat uit afgevaardigden van Partijen, aangewezen door de
  Procesregisseur conform [[ref:procesregisseur]].
lid De afgevaardigden van Partijen hebben het mandaat om op operationeel niveau besluiten te
  nemen over de behandeling van een Casus.
lid[co-taken] Het Casusoverleg heeft de volgende taken:
ond[co-casusregisseur] het aanwijzen van een Casusregisseur;
ond[co-plan-van-aanpak] het opstellen van een integraal plan van aanpak;
ond het komen tot inhoudelijke afspraken in onderlinge samenhang voor de behandeling van de
  Casus, waaronder in ieder geval het bepalen van de rol en informatiebehoefte van iedere
  betrokken Partij om uitvoering te kunnen geven aan het plan van aanpak;
ond het bepalen van de criteria voor Afschaling, alsook het nemen van besluiten
  hieromtrent{{ ';' if cfg.gremia.case_meeting.extra_tasks else '.' }}
{% for t in cfg.gremia.case_meeting.extra_tasks %}
ond {{ t }}{{ ';' if not loop.last else '.' }}
{% endfor %}
lid Partijen geven ieder met het oog op hun eigen wettelijke taken en bevoegdheden uitvoering aan
  de uitkomsten van het Casusoverleg, in het bijzonder voor wat betreft de uitwisseling van
  informatie en de uitvoering van het plan van aanpak zoals vastgesteld op grond van
  [[ref:co-plan-van-aanpak]].
lid De Casusregisseur stemt waar nodig af met de Procesregisseur voor wat betreft de uitvoering
  van de in [[ref:co-taken]] genoemde taken.

@artikel afspraken-casusoverleg | Afspraken Casusoverleg
{# 004:10662-10670 #}
lid In het Casusoverleg worden in gezamenlijkheid afspraken gemaakt.
lid[vertrouwelijkheid-casusoverleg] De vergaderingen van het Casusoverleg zijn niet openbaar.
  Informatieverstrekking aan Derden omtrent hetgeen wordt besproken in het Casusoverleg vindt
  slechts plaats conform het Convenant,
  {{ 'de Privacy Protocollen' if v.several_protocols else 'het Privacy Protocol' }}, binnen de
  voor Partijen geldende wettelijke kaders en slechts na voorafgaande schriftelijke toestemming
  van de Verwerkingsverantwoordelijke die de betreffende informatie oorspronkelijk aan het
  samenwerkingsverband heeft verstrekt.

@artikel contactpersonen | Contactpersonen
{# 004:10672-10678 #}
lid De afgevaardigden in het Partneroverleg, de Stuurgroep en het Casusoverleg fungeren tevens
  als contactpersoon voor de secretarissen van de Stuurgroep en het Partneroverleg, de Manager
  van het zorg- en veiligheidshuis, de Procesregisseur en, indien van toepassing, de
  Casusregisseur.

@artikel manager | Manager
{# 004:10680-10733 #}
lid Het dagelijks bestuur van het zorg- en veiligheidshuis is belegd bij de Manager van het zorg-
  en veiligheidshuis (‘de Manager’).
lid[manager-organisatie] De Manager wordt aangewezen door de Stuurgroep en valt onder de
  verantwoordelijkheid van
  {{ v.name(cfg.gremia.manager.organisation) if cfg.gremia.manager.organisation else open('partij waaronder de Manager valt') }}.
lid[manager-taken] De Manager heeft de volgende taken en bevoegdheden:
ond het voorbereiden en uitvoeren van het Werkproces in afstemming met het Partneroverleg, dat
  het Werkproces vaststelt op grond van [[ref:po-werkproces]];
ond het toezicht op de naleving en uitvoering van het Jaarplan;
ond het toezicht op de financiële huishouding van het zorg- en veiligheidshuis, zoals bepaald in
  [[ref:financiering]];
ond het coördineren van de communicatie naar Derden, zoals bepaald in [[ref:communicatie]]{{ ';' if cfg.gremia.manager.extra_tasks else '.' }}
{% for t in cfg.gremia.manager.extra_tasks %}
ond {{ t }}{{ ';' if not loop.last else '.' }}
{% endfor %}
note Vul hier aanvullende taken en bevoegdheden van de Manager in, liefst zo uitputtend mogelijk,
  bijvoorbeeld het inkopen van producten of diensten tot een maximumbedrag of het ondertekenen van
  detacheringsovereenkomsten.
lid Geschillen omtrent de uitvoering van zijn taken door de Manager worden voorgelegd aan de
  Stuurgroep.

@artikel procesregisseur | Procesregisseur
{# 004:10736-10779 #}
{% set pr_employer = cfg.gremia.process_director.employer %}
lid De Procesregisseur is bevoegd en verantwoordelijk voor de Procesregie binnen het zorg- en
  veiligheidshuis. De Procesregisseur is in dienst van
  {{ v.employer(pr_employer, 'werkgever van de Procesregisseur (gremia: procesregisseur: werkgever)') }}
  en werkt bij de uitvoering van zijn taken namens de Partij zoals bepaald in
  [[ref:pr-namens]].
lid[pr-taken] De Procesregisseur is belast met de volgende taken:
ond[pr-beoordelen] het beoordelen van een Casus op geschiktheid voor behandeling in het
  Casusoverleg na Aanmelding en Intake. Deze beoordeling geschiedt in overleg met de Partij die de
  Casus bij de Procesregisseur heeft aangedragen;
ond het faciliteren van de Triage ten behoeve van de Partij die een Casus aanmeldt in het zorg- en
  veiligheidshuis;
ond het voorbereiden van het Casusoverleg, waaronder in ieder geval het zo concreet mogelijk
  bepalen van het doel van het Casusoverleg, het bepalen van het type besluiten dat in het
  Casusoverleg dient te worden genomen en het bepalen van de relevante gespreksthema’s voor het
  Casusoverleg;
ond het op basis van de in [[ref:pr-beoordelen]], genoemde beoordeling agenderen van een Casus in
  het Casusoverleg;
ond het organiseren van de Casusoverleggen, waaronder het aanwijzen van Partijen die worden
  uitgenodigd deel te nemen aan een Casusoverleg en het bepalen van de van hen gevraagde
  inhoudelijke bijdrage aan dat Casusoverleg. Alleen die Partijen worden uitgenodigd die
  rechtmatig bij het overleg aanwezig mogen zijn;
ond het beoordelen of, en zo ja welke informatie voorafgaand aan het Casusoverleg door
  deelnemers aan het Casusoverleg kan worden ingezien. Deze beoordeling geschiedt in overleg met
  de Partij die de Casus bij het zorg- en veiligheidshuis heeft aangemeld of de Casusregie heeft,
  en uitsluitend als de Partij die de gegevens heeft verstrekt dat accordeert;
ond[pr-ondersteunen] het ondersteunen van de Casusregisseur, waaronder het toezien op de
  naleving van de uitvoering van het in het Casusoverleg vastgestelde plan van aanpak door
  Partijen;
ond[pr-werkproces] het toezien op de naleving van het vastgestelde Werkproces door Partijen
  tijdens het Casusoverleg.
lid[pr-namens] De Procesregisseur werkt voor wat betreft de taken genoemd in [[ref:pr-beoordelen]]
  tot en met [[nr:pr-ondersteunen]], namens de Partij die een Casus aanmeldt of de Casusregie
  voert, en verwerkt de Persoonsgegevens daarbij onder het gezag van die Partij. De
  Procesregisseur werkt voor wat betreft de taak genoemd in [[ref:pr-werkproces]], onder de
  gezamenlijke verantwoordelijkheid van Partijen.
lid Geschillen omtrent de uitvoering van zijn taken door de Procesregisseur worden voorgelegd aan
  de Manager. De Manager kan het geschil waar nodig voorleggen aan de Stuurgroep.

@artikel casusregisseur | Casusregisseur
{# 004:10782-10798 #}
lid Conform [[ref:co-casusregisseur]], kan in het Casusoverleg een Casusregisseur worden
  aangewezen. De Casusregisseur werkt onder de verantwoordelijkheid van de Partij tot wie deze
  behoort. De Casusregisseur is doorgaans afkomstig uit de organisatie waar het zwaartepunt van de
  zorgverlening aan de betreffende Betrokkene ligt.
lid De Casusregisseur is belast met het toezicht op de naleving van de afspraken zoals die zijn
  vastgelegd in het plan van aanpak.
lid De Casusregisseur stemt af met de Procesregisseur voor wat betreft de voortgang van het plan
  van aanpak.
lid Geschillen omtrent de uitvoering van taken door een Casusregisseur worden voorgelegd aan de
  Procesregisseur. Deze kan, indien noodzakelijk, het geschil ter beslechting voorleggen aan het
  Partneroverleg.

@artikel ondersteunend-personeel | Ondersteunend personeel
{# 004:10800-10821; issue 9.2: staff are employed by, and work under, a legal person (the
   gemeente), not an administrative body (the college) #}
{% set st = cfg.gremia.support_staff %}
lid Het zorg- en veiligheidshuis wordt ondersteund door één of meer administratieve medewerkers
  ({{ st.functions or open('soort ondersteunend personeel') }}).
  {{ v.employer(st.provided_by, 'partij die ondersteunend personeel levert')|ucfirst }} draagt zorg
  voor voldoende personele ondersteuning in het zorg- en veiligheidshuis. Dit personeel werkt
  onder de verantwoordelijkheid van
  {{ v.employer(st.provided_by, 'partij die ondersteunend personeel levert') }}.
lid De {{ st.hiring_decided_by|ucfirst if st.hiring_decided_by else open('Stuurgroep of Manager') }}
  kan, buiten het inzetten van personeel dat in dienst is van
  {{ v.employer(st.provided_by, 'partij die ondersteunend personeel levert') }},
  besluiten personeel op grond van een dienstverleningsovereenkomst in te zetten. Dit personeel
  werkt onder de verantwoordelijkheid van
  {{ v.employer(st.hired_staff_responsible, 'partij verantwoordelijk voor ingehuurd personeel') }}.
lid De dagelijkse aansturing van het personeel gebeurt door de Manager.

@artikel uitwisseling | Uitwisseling van informatie
{# 004:10823-10861; OPTIE 1/2 #}
lid Partijen voorzien elkaar van alle noodzakelijke informatie voor het behalen van de
  doelstellingen van het zorg- en veiligheidshuis zoals beschreven in [[ref:doel]] en het
  uitvoeren van hun respectievelijke taken zoals beschreven in dit Convenant, voor zover wettelijk
  mogelijk. Partijen zijn ieder zelf verantwoordelijk voor het verstrekken van informatie in het
  zorg- en veiligheidshuis. Verder gebruik van die informatie geschiedt onder de
  verantwoordelijkheid zoals geregeld in
  {{ 'het betreffende Privacy Protocol' if v.several_protocols else 'het Privacy Protocol' }},
  slechts voor zover volgens geldende wet- en regelgeving is geoorloofd en met inachtneming van
  [[ref:gebruik]].
{% if v.several_protocols %}
lid[uitwisseling-protocol] Voor zover het de Verwerking van Persoonsgegevens betreft, waaronder
  bijzondere persoonsgegevens in de zin van de {{ wet('avg') }}, en gegevens in de zin van de
  {{ wet('wjsg') }} of de {{ wet('wpg') }}, handelen de Partijen die aan een werkproces deelnemen
  overeenkomstig het Privacy Protocol van dat werkproces, te weten:
{% for pr in v.protocols %}
{# each function is an onderdeel (‘artikel 2.2, onder a’), closed by a comma before ‘en’ #}
ond[protocol-{{ pr.id }}] voor het werkproces ‘{{ pr.name }}’, ter uitvoering van
  {% for fid in pr.functions %}{{ ref(v.function_key(fid)) }}{{ ', en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}{% if not pr.functions %}{{ open('functie van het werkproces ' ~ pr.name) }}{% endif %}:
  het ‘{{ pr.title }}’{{ ';' if not loop.last else '.' }}
{% endfor %}
{% else %}
lid[uitwisseling-protocol] Voor zover het de Verwerking van Persoonsgegevens betreft, waaronder
  bijzondere persoonsgegevens in de zin van de {{ wet('avg') }}, en gegevens in de zin van de
  {{ wet('wjsg') }} of de {{ wet('wpg') }}, handelen Partijen overeenkomstig het
  ‘{{ v.protocols[0].title }}’, in het bijzonder voor wat betreft de daarin vastgelegde doeleinden
  en grondslagen voor die Verwerking.
{% endif %}

@artikel interventie | Interventie en het gebruik van informatie
{# 004:10863-10880 #}
lid Partijen behouden hun eigen bevoegdheden met betrekking tot de in het zorg- en
  veiligheidshuis besproken Casussen. Afzonderlijk optreden op basis van eigen informatie blijft
  door samenwerking in het zorg- en veiligheidshuis onverlet. Desalniettemin streven Partijen naar
  een zo gezamenlijk mogelijke behandeling van een Casus waar noodzakelijk voor het
  bewerkstelligen van de in [[ref:doel]] geformuleerde doeleinden.
lid[gebruik] De Partij die de informatie verstrekt bepaalt op welke wijze de informatie door de
  overige Partijen mag worden gebruikt, behoudens hetgeen hierover omtrent de Verwerking van
  Persoonsgegevens is bepaald in
  {{ 'de Privacy Protocollen' if v.several_protocols else 'het Privacy Protocol' }}. Partijen
  verklaren {{ 'die Privacy Protocollen' if v.several_protocols else 'dat Privacy Protocol' }}
  te onderschrijven en daarnaar in het kader van samenwerking in het zorg- en veiligheidshuis te
  zullen handelen.

@artikel geheimhouding | Geheimhouding en beveiliging
{# 004:10882-10905 #}
lid Partijen nemen conform de toepasselijke wettelijke bepalingen en ongeacht de duur van dit
  Convenant strikte geheimhouding in acht over elkaars organisatie, over informatie die ten
  behoeve van de uitvoering van dit Convenant bij en/of tussen Partijen bekend wordt en
  vertrouwelijk is, dan wel waarvan mag worden aangenomen dat deze vertrouwelijk is, dan wel
  Persoonsgegevens die worden uitgewisseld, alsmede over al hetgeen waarvan redelijkerwijs is aan
  te nemen dat bekendmaking daarvan de belangen van de andere Partijen, het privacybelang van de
  betreffende burger(s) of het algemene maatschappelijk belang zou schaden, voor zover deze
  informatie niet al openbare informatie betreft als gevolg van openbaarmaking door een of meer
  van de Partijen, dan wel anderszins bekend is geworden bij het publiek, behoudens wettelijke
  verplichtingen, waaronder die op grond van de {{ wet('woo') }}, en hetgeen is bepaald in
  [[ref:vertrouwelijkheid-casusoverleg]] en [[ref:uitwisseling]].
lid Partijen staan ervoor in dat hun personeel bekend is met de in dit artikel vastgestelde
  verplichting en deze naleeft.
{% set ib = cfg.gremia.info_security.party %}
lid[beveiliging] Partijen nemen ieder voor zich adequate technische en organisatorische
  maatregelen om informatie te beschermen tegen verlies of onrechtmatige Verwerking, waaronder ten
  minste het bewaren, verstrekken, verzenden en archiveren van informatie. Voor
  informatiebeveiliging in het zorg- en veiligheidshuis wordt zorg gedragen door
  {{ v.name(ib) if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}, conform
  het informatiebeveiligingsbeleid van het {{ zvh.name }}{% if cfg.gremia.info_security.policy %},
  ‘{{ cfg.gremia.info_security.policy.title }}’, zoals samengevat in{% else %}, opgenomen in{% endif %}
  [[ref:informatiebeveiliging]].
  {{ v.name(ib)|ucfirst if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}
  stelt de benodigde middelen ter beschikking voor de uitvoering van dat
  informatiebeveiligingsbeleid door het zorg- en veiligheidshuis.

@artikel financiering | Financiering en overige bijdragen
{# 004:10907-10918 #}
lid Partijen zijn ieder voor zich verantwoordelijk voor het dragen van financiële lasten voor
  deelname in het zorg- en veiligheidshuis in het kader van dit Convenant die niet worden gedekt
  door de Rijksbijdragen of de bijdrage van
  {{ 'de Gemeenten' if v.several_municipalities else 'de Gemeente' }}, waaronder in ieder geval
  het leveren van een afgevaardigde voor het Partneroverleg, de Stuurgroep en de Casusregisseur en
  eventuele reis- en verblijfkosten voor die afgevaardigden.
lid De Manager houdt toezicht op de financiële huishouding van het zorg- en veiligheidshuis en
  rapporteert hierover aan de Stuurgroep.

@artikel communicatie | Communicatie
{# 004:10920-10930 #}
lid Partijen communiceren niet afzonderlijk naar Derden over de samenwerking in het zorg- en
  veiligheidshuis in het kader van de uitvoering van dit Convenant, zonder voorafgaande
  instemming van de andere Partijen en met inachtneming van het bepaalde in
  [[ref:vertrouwelijkheid-casusoverleg]] en [[ref:uitwisseling]].
lid De Manager ziet toe op het coördineren van communicatie naar Derden en treedt op als
  woordvoerder voor het zorg- en veiligheidshuis.

@artikel toetreding | Toetreding
{# 004:10932-10948 #}
lid Dit Convenant staat open voor toetreding door andere organisaties die binnen de kaders van
  hun publieke en/of maatschappelijke taak een bijdrage kunnen leveren aan de in [[ref:doel]]
  geformuleerde doeleinden.
lid Een organisatie die tot dit Convenant wil toetreden kan daartoe een aanvraag doen bij een van
  de leden van de Stuurgroep of van het Partneroverleg, of bij een van de Partijen.
lid Partijen worden vooraf door de secretaris van de Stuurgroep op de hoogte gebracht van de
  voorgenomen toetreding.
lid De Stuurgroep beslist op het verzoek tot toetreding na akkoord te hebben verkregen van alle
  Partijen. In geval van goedkeuring vindt toetreding tot het Convenant plaats door ondertekening
  van [[ref:toetredingsformulier]] door die organisatie en de voorzitter van de Stuurgroep.
  Toetreding tot het Convenant omvat toetreding tot
  {% if v.several_protocols %}het Privacy Protocol van ieder werkproces waaraan de organisatie gaat
  deelnemen; de Stuurgroep stelt in haar besluit vast aan welke werkprocessen dat is{% else %}het
  Privacy Protocol{% endif %}.

@artikel wijzigingen | Wijzigingen
{# 004:10950-10967 #}
lid De bepalingen in dit Convenant kunnen door de Partijen in gezamenlijk overleg worden
  gewijzigd. Wijzigingen in dit Convenant worden door de Stuurgroep besloten. Mondelinge
  mededelingen, toezeggingen of afspraken welke betrekking hebben op de inhoud van dit Convenant,
  hebben geen rechtskracht, tenzij deze uitdrukkelijk schriftelijk zijn bevestigd door de
  Stuurgroep.
lid Wijziging van het Convenant vergt het opnieuw ondertekenen door Partijen van het gewijzigde
  Convenant.
lid In geval van wijzigingen, waaronder begrepen toetreding van een nieuwe organisatie tot het
  Convenant, die door een Partij onaanvaardbaar worden geacht, kan deze Partij deelname aan het
  zorg- en veiligheidshuis schriftelijk opzeggen met ingang van het tijdstip waarop het gewijzigde
  Convenant van kracht wordt.

@artikel aansprakelijkheid | Aansprakelijkheid
{# 004:10969-11016; F5: "dit Convenant", defined terms from art. 1 #}
note Bepaal gezamenlijk hoe wordt omgegaan met aansprakelijkheid op grond van de uitvoering van
  dit Convenant, bijvoorbeeld bij een boete van de Autoriteit Persoonsgegevens of een claim van een
  Betrokkene op schadevergoeding.
lid Partijen zetten zich in voor een goede uitvoering van het bepaalde in dit Convenant en zullen
  zich houden aan de dienaangaande in dit Convenant gemaakte afspraken.
lid Partijen zijn ieder voor zich aansprakelijk voor aanspraken van Derden op schadevergoeding
  op grond van directe of indirecte schade, administratieve boetes of andere aanspraken van
  Derden in geval van toerekenbare tekortkoming door de aangesproken Partij in de nakoming van het
  bepaalde in dit Convenant en de bijbehorende Bijvoegsels.
lid Wanneer meerdere Verwerkingsverantwoordelijken of Verwerkers bij dezelfde Verwerking
  betrokken zijn, en verantwoordelijk zijn voor schade die door die Verwerking is veroorzaakt,
  wordt elke Verwerkingsverantwoordelijke of Verwerker voor de gehele schade aansprakelijk
  gehouden teneinde te garanderen dat de Betrokkene daadwerkelijk wordt vergoed.
lid[verwerker-aansprakelijk] Een Verwerker is slechts aansprakelijk voor de schade die door
  Verwerking is veroorzaakt wanneer bij de Verwerking niet is voldaan aan de specifiek tot
  Verwerkers gerichte verplichtingen van de {{ wet('avg') }} of buiten dan
  wel in strijd met de rechtmatige instructies van de Verwerkingsverantwoordelijke is gehandeld.
lid Onverminderd het bepaalde in [[ref:verwerker-aansprakelijk]] kan iedere
  Verwerkingsverantwoordelijke of Verwerker die de volledige vergoeding heeft betaald vervolgens
  bij de andere Verwerkingsverantwoordelijken of Verwerkers die bij dezelfde Verwerking betrokken
  zijn, het deel van de schadevergoeding verhalen dat overeenkomt met hun deel van de
  aansprakelijkheid voor de schade. Een Verwerkingsverantwoordelijke of Verwerker kan door andere
  Verwerkingsverantwoordelijken of Verwerkers worden vrijgesteld van onderlinge betaling van
  schadevergoeding indien hij bewijst dat hij op geen enkele wijze verantwoordelijk is voor het
  schadeveroorzakende feit.

@artikel duur | Duur, opzegging, beëindiging
{# 004:11018-11041; art. 23.1 alternatives from keuzes.looptijd #}
{% set d = cfg.choices.duration %}
{% if d.until %}
lid[looptijd] Dit Convenant treedt in werking op de dag van ondertekening door Partijen en wordt
  ten minste aangegaan tot {{ d.until|datum }}. Verlenging van het Convenant geschiedt in onderling
  overleg.
{% elif d.years %}
lid[looptijd] Dit Convenant treedt in werking op de dag van ondertekening door Partijen en wordt
  ten minste aangegaan voor een periode van {{ d.years }} jaar, waarna het Convenant automatisch
  telkens met een periode van één jaar wordt verlengd, behoudens schriftelijke opzegging door
  Partijen.
{% else %}
lid[looptijd] Dit Convenant treedt in werking op de dag van ondertekening door Partijen en wordt
  ten minste aangegaan {{ open('looptijd: tot een datum, of een aantal jaren met jaarlijkse verlenging') }}.
{% endif %}
lid De Stuurgroep kan, zonder rechterlijke tussenkomst en met meerderheid van stemmen, na
  ingebrekestelling, een Partij met onmiddellijke ingang uitsluiten van de samenwerking in het
  zorg- en veiligheidshuis, indien de afspraken zoals neergelegd in dit Convenant niet door de
  desbetreffende Partij worden nagekomen.
lid Verplichtingen die naar hun aard zijn bestemd om ook na beëindiging van dit Convenant of
  uitsluiting van de samenwerking voort te duren, blijven na beëindiging van dit Convenant
  bestaan. Tot deze verplichtingen behoren onder meer die ter zake van geheimhouding.

@artikel opvolging | Opvolging
{# 004:11043-11046 #}
lid Dit Convenant vervangt alle eerdere door Partijen gesloten convenanten met betrekking tot
  samenwerking in het zorg- en veiligheidshuis.

@artikel toepasselijk-recht | Toepasselijk recht
{# 004:11048-11050 #}
lid Op dit Convenant is Nederlands recht van toepassing.

@slot
closing Aldus overeengekomen en ondertekend:
{% include "gedeeld/ondertekening.pm" %}

@bijvoegsel toetredingsformulier | Toetredingsformulier nieuwe partner tot het Convenant
{# 004:11138-11189; the blanks are for the new partner, not open points of this Convenant #}
{% include "convenant/toetreding.pm" %}

@bijvoegsel criteria | Criteria complexe casuïstiek
{# 004:11191-11224, in the Landelijk Kader's logic (004:7997-8017; 8172-8194; digest F13): a
   numbered list, without a bullet before the number (issue 9) #}
p Volgens het Landelijk Kader dient samenwerking in de zorg- en veiligheidshuizen zich te richten
  op het oplossen van vraagstukken met een complexe, meervoudige problematiek. Zorg- en
  veiligheidshuizen beperken zich daarom tot juist die zaken waarin de verbinding tussen de zorg-
  en strafrechtketen en interventies vanuit de gemeente en haar partners voorwaarde is voor een
  succesvolle, duurzame aanpak van (potentieel) crimineel en overlastgevend gedrag.
p Een casus voldoet aan de notie ‘complexe casuïstiek’ wanneer deze voldoet aan de eerste drie
  van de volgende criteria samen, of aan het vierde:
num er is sprake van meerdere problemen (multiproblem) die op meer dan één leefgebied spelen en
  (naar verwachting) leiden tot crimineel en/of overlastgevend gedrag of verder afglijden;
num samenwerking tussen meerdere ketens (minimaal dwang en drang) is nodig om tot een effectieve
  aanpak te komen; het is in de reguliere samenwerking tussen partners binnen één keten niet
  mogelijk om deze problematiek effectief aan te pakken;
num de problematiek wordt beïnvloed door en heeft impact op het (gezins)systeem en/of de directe
  sociale leefomgeving (of wordt verwacht dat te gaan hebben);
num er is sprake van ernstige lokale of gebiedsgebonden veiligheidsproblematiek, die vraagt om een
  ketenoverstijgende aanpak.

@bijvoegsel werkproces | Werkproces
{# The four-phase werkproces of the Handvat, Bijlage 2 (004:8089-8111 B2.2; 8115-8480 fase 1;
   8485-9060 fase 2; 9061-9560 fase 3; 9561-9818 fase 4; 9820-9957 doelen per fase), with the
   region's choices (werkwijze). The Partneroverleg sets the detailed Werkproces under 6.8 c; this
   Bijvoegsel is what the Convenant itself agrees on (issue 9.4). #}
{% set wm = cfg.working_method %}
{% set informer = 'de aanmeldende Partij' if wm.informs_subject == 'aanmelder' else ('de Procesregisseur namens de aanmeldende Partij' if wm.informs_subject == 'procesregisseur' else open('wie de betrokkene informeert (werkwijze: informeren_betrokkene)')) %}
p Het Werkproces beschrijft hoe een Casus in het zorg- en veiligheidshuis wordt behandeld. Het
  Partneroverleg stelt het Werkproces in samenwerking met de Manager vast op grond van
  [[ref:po-werkproces]], met inachtneming van wat in dit Bijvoegsel is bepaald, en verstrekt het
  aan alle Partijen. Het Werkproces kent vier fasen, elk met een eigen doel: Aanmelding en Intake,
  Triage, Casusoverleg en Afschaling.
heading Uitgangspunten
bullet De Procesregisseur werkt in iedere fase namens de Partij die de Casus heeft aangemeld of de
  Casusregie voert, en Verwerkt Persoonsgegevens onder het gezag van die Partij
  ([[ref:pr-namens]]).
bullet Alleen een Partij kan een Casus aanmelden; zij doet dat voor de uitvoering van een eigen
  wettelijke taak en vermeldt welke taak dat is.
bullet Per Casus worden alleen de Partijen bevraagd en uitgenodigd die voor die Casus relevant zijn.
  Een Triage waarbij standaard alle Partijen worden bevraagd (een ‘weegtafel’) maakt geen deel uit
  van het Werkproces.
bullet Iedere Partij behoudt de zeggenschap over de informatie die zij inbrengt: zij bepaalt of
  die informatie in een volgende fase of door een andere Partij mag worden gebruikt.
bullet {{ informer|ucfirst }} informeert de Betrokkene dat de Casus in het zorg- en
  veiligheidshuis wordt behandeld, bij voorkeur vóór de Aanmelding en uiterlijk wanneer de Casus
  naar de Triage gaat. Wordt daarvan om inhoudelijke redenen afgezien of wordt het uitgesteld,
  dan worden de reden en het moment waarop de Betrokkene alsnog wordt geïnformeerd vastgelegd.
heading Fase 1 — Aanmelding en Intake
bullet Doel: voor de aanmeldende Partij bepalen of de Casus voldoet aan de criteria van
  [[ref:criteria]] en in het zorg- en veiligheidshuis thuishoort, en de aanmelder zo nodig
  adviseren.
bullet De gegevensverwerking vindt alleen plaats tussen de aanmeldende Partij en de
  Procesregisseur; er wordt nog niets aan andere Partijen verstrekt. De Procesregisseur kan
  nagaan of de Betrokkene al in behandeling is, uitsluitend voor actieve Casussen en uitsluitend
  of dat zo is.
bullet Hoort de Casus niet in het zorg- en veiligheidshuis thuis, dan wordt zij niet in het systeem
  van het zorg- en veiligheidshuis geregistreerd en wordt een eventuele registratie vernietigd.
heading Fase 2 — Triage
bullet Doel: een eerste beeld van de Casus vormen, bepalen welke Partijen betrokken zijn of moeten
  worden en welke bijdrage zij kunnen leveren, en het Casusoverleg voorbereiden: het doel, de
  gespreksthema’s, de deelnemers en de wijze waarop de Betrokkene wordt betrokken.
bullet De Procesregisseur bevraagt namens de aanmeldende Partij alleen de Partijen die voor de
  Casus relevant zijn. Wat de bevraagde Partijen verstrekken, is alleen toegankelijk voor de
  Procesregisseur en de aanmeldende Partij, wordt alleen in het systeem van het zorg- en
  veiligheidshuis vastgelegd en wordt alleen gebruikt voor de Triage en de voorbereiding van het
  Casusoverleg.
{% if wm.prior_inspection %}
bullet Deelnemers aan het Casusoverleg kunnen vooraf de informatie inzien die voor het overleg
  noodzakelijk is, voor zover de Partij die de informatie heeft ingebracht daarmee instemt.
  Casusbeschrijvingen worden niet rondgestuurd.
{% else %}
bullet Deelnemers aan het Casusoverleg krijgen vooraf geen inzage in de casusinformatie; zij
  bepalen in het overleg welke informatie zij inbrengen. Casusbeschrijvingen worden niet
  rondgestuurd.
{% endif %}
heading Fase 3 — Casusoverleg
bullet Doel: met de deelnemers een gezamenlijk beeld van de Casus vormen en een plan van aanpak
  opstellen, de uitvoering daarvan volgen en zo nodig bijstellen, en afspreken wie welke
  informatie voor zijn aandeel in het plan van aanpak mag gebruiken.
bullet Alleen de deelnemers aan het Casusoverleg krijgen inzage in de informatie die voor het
  overleg noodzakelijk is; zij nemen geen informatie van andere Partijen mee naar de eigen
  organisatie zonder instemming van de Partij die haar heeft ingebracht.
bullet Het Casusoverleg wijst een Casusregisseur aan. Wordt de Casus overgedragen aan een andere
  overlegtafel, dan gebeurt dat door een van de betrokken Partijen, en gaat informatie van andere
  Partijen alleen mee met hun instemming.
heading Fase 4 — Afschaling
bullet Doel: de betrokkenheid van het zorg- en veiligheidshuis afbouwen, het dossier schonen van
  alle niet langer noodzakelijke informatie, en de informatie die Partijen voor het vervolg nodig
  hebben aan hen overdragen met instemming van de Partij die haar heeft ingebracht.
bullet Het dossier wordt in stappen afgebouwd, met de termijnen en de toegang zoals bepaald in het
  Privacy Protocol: eerst beperkt toegankelijk, dan gearchiveerd (alleen vindbaar dát iemand is
  besproken), daarna vernietigd. Van die termijnen wordt alleen gemotiveerd en met een
  herbeoordelingstermijn afgeweken, door de Partij die bij Afschaling de regie heeft.
bullet De Partij die bij Afschaling de Casusregie heeft, informeert de Betrokkene over de
  Afschaling, de gegevens die nog worden bewaard en waar hij zijn rechten kan uitoefenen.

@bijvoegsel informatiebeveiliging | Informatiebeveiligingsbeleid
{# 004:11240-11268 (the model's outline); the content of a policy (issue 9.4): scope, norms (BIO),
   who is responsible, measures, review cycle; or the separately adopted policy with its date and
   kenmerk. #}
{% set isec = cfg.gremia.info_security %}
{% if isec.policy %}
p Het informatiebeveiligingsbeleid van het zorg- en veiligheidshuis is vastgesteld door
  {{ 'de Stuurgroep' if isec.policy.adopted_by == 'stuurgroep' else 'het Partneroverleg' }} op
  {{ isec.policy.date|datum }} als ‘{{ isec.policy.title }}’ (kenmerk {{ isec.policy.reference }}).
  Dat beleid is voor iedere Partij beschikbaar bij de Manager; dit Bijvoegsel geeft de hoofdlijnen
  weer waaraan het ten minste voldoet. Bij strijd tussen dit Bijvoegsel en dat beleid gaat dit
  Bijvoegsel voor.
{% endif %}
heading Reikwijdte
p Het beleid geldt voor alle informatie die in het zorg- en veiligheidshuis wordt Verwerkt, op
  locatie en in de informatiesystemen van het zorg- en veiligheidshuis. Informatiebeveiliging is
  breder dan de bescherming van Persoonsgegevens: ook andere vertrouwelijke informatie, zoals
  informatie over een Partij, wordt zorgvuldig en veilig behandeld.
heading Normenkader
p Het beleid sluit aan bij de Baseline Informatiebeveiliging Overheid (BIO); voor de Verwerking van
  gegevens over gezondheid bovendien bij NEN 7510.
heading Verantwoordelijkheden
bullet {{ v.name(ib)|ucfirst if ib else open('partij verantwoordelijk voor informatiebeveiliging') }}
  draagt zorg voor de informatiebeveiliging in het zorg- en veiligheidshuis en stelt daarvoor de
  middelen beschikbaar ([[ref:beveiliging]]).
bullet De Manager is verantwoordelijk voor de uitvoering van het beleid in het zorg- en
  veiligheidshuis en rapporteert daarover aan de Stuurgroep.
bullet Iedere Partij blijft verantwoordelijk voor de beveiliging van de informatie in haar eigen
  systemen.
heading Maatregelen
bullet Toegang tot informatie wordt alleen verleend aan medewerkers die haar voor hun rol in een
  Casus nodig hebben; autorisaties worden per medewerker toegekend en periodiek herzien.
bullet Het gebruik van de informatiesystemen wordt vastgelegd in logbestanden, die periodiek worden
  gecontroleerd op onrechtmatige toegang of onrechtmatig gebruik.
bullet Informatie wordt alleen over beveiligde verbindingen uitgewisseld; e-mail wordt voor
  Persoonsgegevens zo veel mogelijk vermeden en anders versleuteld.
bullet Medewerkers tekenen een geheimhoudingsverklaring en worden jaarlijks getraind in
  informatiebeveiliging en de omgang met Persoonsgegevens.
bullet Beveiligingsincidenten en datalekken worden gemeld en afgehandeld volgens de procedure in het
  Privacy Protocol.
bullet Systeembeheerders en andere Verwerkers werken op grond van een verwerkersovereenkomst.
bullet Continuïteit: van de informatie worden beveiligde reservekopieën gemaakt en de
  herstelprocedure wordt periodiek beproefd.
heading Herziening
p Het beleid wordt ten minste iedere {{ isec.review_months }} maanden geëvalueerd en zo nodig
  herzien. De Stuurgroep stelt het informatiebeveiligingsplan vast en ontvangt periodiek een
  rapportage over informatiebeveiliging, incidenten en maatregelen.

@bijvoegsel mandaat | Nadere toelichting op mandaat, machtiging en vertegenwoordiging
{# 004:11270-11376 #}
{% include "convenant/mandaat.pm" %}
