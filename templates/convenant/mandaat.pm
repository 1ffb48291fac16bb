{#- Convenant Bijvoegsel 5 (004:11270-11376), plus the region's own mandates from the config. -#}
p De verwerkingsverantwoordelijkheid voor de Verwerking van Persoonsgegevens kan niet worden
  gemandateerd. Andere verantwoordelijkheden kunnen onder omstandigheden worden gemandateerd.
p Onder mandaat wordt verstaan de bevoegdheid om in naam van een bestuursorgaan besluiten te nemen.
  In geval van mandatering wordt een bevoegdheid, bijvoorbeeld door een college van burgemeester
  en wethouders van een gemeente, toegekend aan een college van burgemeester en wethouders van een
  andere gemeente, dat deze op naam van de mandaatgever uitoefent. Bij mandatering blijft de
  bevoegdheid op grond van de {{ wet('awb') }} bij het oorspronkelijke bestuursorgaan
  bestaan en blijft dat bestuursorgaan aansprakelijk voor de eventuele gevolgen van de genomen
  beslissingen; de gemandateerde partij wordt dus niet aansprakelijk. Een voorwaarde voor mandaat
  is onder meer dat het gemandateerde bestuursorgaan schriftelijk bevestigt in te stemmen met de
  mandatering. Zie voor de overige vereisten {{ art('awb', '10:1', tot='10:12') }}.
p In het kader van het zorg- en veiligheidshuis is voor mandatering noodzakelijk dat alle
  gemeenten eerst toetreden tot de Stuurgroep en het Partneroverleg. Pas nadat zij zijn
  toegetreden kunnen zij formeel andere gemeenten mandateren om namens hen besluiten te nemen in
  de Stuurgroep en het Partneroverleg. De mandaatgever dient daarnaast akkoord te zijn met
  eventuele machtigingen aan bijvoorbeeld de Manager van het zorg- en veiligheidshuis.
p In de Stuurgroep en het Partneroverleg worden niet zozeer besluiten genomen in de zin van de
  {{ wet('awb') }} als wel besluiten die leiden tot privaatrechtelijke
  rechtshandelingen. Het gaat onder meer om:
bullet toetreding van nieuwe partijen;
bullet het jaarverslag en de jaarrekening;
bullet het jaarplan, de begroting en het meerjarenbeleidsplan;
bullet het vaststellen dan wel wijzigen van de tekst van het Convenant en het Privacy Protocol;
bullet het vaststellen dan wel wijzigen van de werkprocessen;
bullet de hoogte van de financiële bijdrage van partners dan wel bijdrage in natura door het
  detacheren van personeel;
bullet uitbreiding dan wel inkrimping van de formatie, functieomschrijvingen en salariëring;
bullet beleid omtrent verklaringen omtrent het gedrag en screening, voor zover daarvoor een
  wettelijke grondslag bestaat;
bullet het aannemen of ontslaan van individuele personeelsleden en het aangaan of beëindigen van
  aanstellings-, detacherings- en dienstverleningsovereenkomsten;
bullet huur van de kantoorlocatie, aanschaf van kantoorinventaris, ICT-middelen en telefonie;
bullet het afhandelen van klachten;
bullet het uitvoeren van audits en evaluaties en de implementatie van wijzigingen als gevolg
  daarvan;
bullet de gevolgen van beleidswijzigingen van landelijke partners, het departement en de VNG of
  van gewijzigde wet- en regelgeving.
p Besluiten over ambtenaren en personeel van zelfstandige bestuursorganen vallen onder de
  {{ wet('awb') }}, terwijl bijvoorbeeld het aangaan van een huurcontract voor een kantoorlocatie
  privaatrechtelijk is. De beantwoording van inzageverzoeken en klachten over de Verwerking van
  Persoonsgegevens valt onder de {{ wet('awb') }}; daarvoor blijven de
  Verwerkingsverantwoordelijken altijd zelfstandig verantwoordelijk.
heading Verleende mandaten, volmachten en machtigingen
{# Every mandate of the config (issue 9.7): who acts for whom, for what, under which decision.
   The signature blocks of the Convenant and the Privacy Protocol(s) refer to the same entries. #}
{% if cfg.partners|map(attribute='id')|select('in', cfg.mandates|map(attribute='mandator')|list)|list %}
p Voor de samenwerking in het zorg- en veiligheidshuis zijn de volgende mandaten, volmachten en
  machtigingen verleend:
{% set protocols = 'de Privacy Protocollen' if v.several_protocols else 'het Privacy Protocol' %}
{% set scopes = {'ondertekening': 'de ondertekening van het Convenant en ' ~ protocols, 'stuurgroep': 'deelname aan en besluitvorming in de Stuurgroep', 'partneroverleg': 'inbreng en besluitvorming in het Partneroverleg', 'casusoverleg': 'besluitvorming in het Casusoverleg', 'artikel20': 'het nemen en ondertekenen van de Artikel 20 Wpg Beslissing'} %}
{# a joining organisation's volmacht belongs on its toetredingsformulier, not here #}
{% set granted = cfg.mandates|selectattr('mandator', 'in', cfg.partners|map(attribute='id')|list)|list %}
{% for m in granted %}
{% set who = v.person(m.mandatary_person) %}
bullet {{ v.full_name(v.party(m.mandator)) }} heeft
  {% if m.decision %}bij besluit van {{ m.decision.date|datum }} (kenmerk {{ m.decision.reference }}){% else %}bij {{ open('besluit: kenmerk en datum') }}{% endif %}
  {{ m.kind }} verleend aan
  {% if who %}{{ who.name }}, {{ who.function }}{% elif m.mandatary_person %}{{ open('naam van de gemandateerde') }}{% else %}{{ v.name(m.mandatary_party) }}{% endif %},
  voor {% for sc in m.scope %}{{ scopes[sc] }}{{ ' en ' if loop.revindex == 2 else (', ' if not loop.last else '') }}{% endfor %}{% if m.description %}
  ({{ m.description }}){% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% else %}
p Er zijn geen mandaten, volmachten of machtigingen vastgelegd.
{% endif %}
