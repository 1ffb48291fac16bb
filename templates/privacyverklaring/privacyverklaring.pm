{#-
  Privacyverklaring for the ZVH website: protocol art. 16.3 and 16.5 a-j (004:12646-12687).
  Everything comes from the same config as the protocol (digest E41): the parties, the purposes
  of art. 3.2, the periods of art. 11 and the rights of art. 17-21. Sections marked (a)-(j)
  follow 16.5.
-#}
{% set zvh = cfg.zvh %}
{% set r = cfg.retention %}
{% set t = cfg.deadlines %}
@titel Privacyverklaring {{ zvh.name }}

@sectie wie | Wie zijn wij
p Het {{ zvh.name }} is een samenwerkingsverband van gemeenten, justitiële partners, zorg- en
  hulpverleningsorganisaties{% if zvh.address %}, gevestigd aan {{ zvh.address }}{% endif %}. Het
  zorg- en veiligheidshuis is geen zelfstandige organisatie: de partijen hieronder zijn samen
  verantwoordelijk voor de verwerking van uw persoonsgegevens in het zorg- en veiligheidshuis.
  Hun afspraken staan in het ‘{{ convenant.title }}’ en in
  {% if v.several_protocols %}de privacyprotocollen {{ v.quoted_protocol_titles }}{% else %}het ‘{{ v.protocols[0].title }}’{% endif %}.
heading Deelnemende partijen (b)
{% for p in cfg.partners %}
bullet {{ v.full_name(p) }}{% if p.kind == 'om' %}, arrondissementsparket {{ p.parket }}{% elif p.kind == 'politie' %}, eenheid {{ p.police_unit }}{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}

@sectie doel | Waarom wij uw gegevens verwerken (a)
p Wij verwerken persoonsgegevens om samen bij te dragen aan de veiligheid als onderdeel van het
  integrale zorg- en veiligheidsbeleid van {{ 'de gemeenten' if v.several_municipalities else 'de gemeente' }}:
  het voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en
  maatschappelijke uitval bij complexe problemen, door een combinatie van straf, bestuurlijke
  maatregelen en zorg. Meer specifiek gaat het om:
bullet het oplossen van complexe problemen van personen op meer dan één leefgebied;
bullet het voorkomen van (verder) crimineel en/of overlastgevend gedrag of verder afglijden;
bullet het oplossen van ernstige lokale of gebiedsgebonden veiligheidsproblemen;
{% for fn in cfg.choices.extra_functions %}
bullet {{ fn.description }};
{% endfor %}
bullet het mogelijk maken van samenwerking met het oog op deze doelen.
p Wij gebruiken uw gegevens alleen voor deze doelen, per fase (aanmelding, triage, casusoverleg,
  afschaling) alleen de gegevens die in die fase nodig zijn.

@sectie grondslag | Op welke grond wij uw gegevens verwerken (g, h)
p De partijen verwerken uw gegevens omdat dat nodig is voor de uitvoering van hun wettelijke
  taken van algemeen belang (artikel 6, eerste lid, onder e, AVG).{% if v.police %} Politiegegevens
  worden verstrekt op grond van artikel 20 van de Wet politiegegevens en de Artikel 20
  Wpg-beslissing van het zorg- en veiligheidshuis.{% endif %}{% if v.om %} Justitiële en
  strafvorderlijke gegevens worden verstrekt op grond van de artikelen 8a, 39f en 51c van de Wet
  justitiële en strafvorderlijke gegevens.{% endif %}{% if v.without_public_task %}
  {{ v.names(v.without_public_task)|ucfirst }} {{ 'verwerkt' if v.without_public_task|length == 1 else 'verwerken' }}
  uw gegevens alleen met uw toestemming of als dat nodig is voor een gerechtvaardigd belang dat
  zwaarder weegt dan uw belang.{% endif %} U bent niet verplicht om gegevens aan het zorg- en
  veiligheidshuis te verstrekken; de partijen delen de gegevens die zij voor hun taak al hebben.

@sectie toestemming | Toestemming intrekken (e)
p Als een verwerking op uw toestemming berust, kunt u die toestemming altijd intrekken. Dat
  heeft geen gevolgen voor de verwerking van vóór de intrekking.{% if v.of_kind('slachtofferhulp') %}
  Slachtofferhulp Nederland deelt uw gegevens alleen met uw uitdrukkelijke toestemming.{% endif %}

@sectie bewaren | Hoe lang wij uw gegevens bewaren (c)
p Nadat is besloten dat het zorg- en veiligheidshuis niet langer bij uw situatie betrokken is
  (afschaling), gelden de volgende termijnen:
bullet tot {{ r.restricted_access_months }} maanden na dat besluit zijn uw gegevens alleen
  toegankelijk voor een beperkt aantal medewerkers;
bullet daarna worden zij gearchiveerd tot {{ r.archive_until_months }} maanden na dat besluit;
  dan is alleen vindbaar dat u in het zorg- en veiligheidshuis bent besproken;
bullet uiterlijk {{ r.destruction_months }} maanden na dat besluit worden al uw
  persoonsgegevens vernietigd.

@sectie rechten | Uw rechten (d)
p U hebt het recht om:
bullet uw gegevens in te zien; u krijgt binnen {{ t.access_weeks }} weken antwoord;
bullet onjuiste gegevens te laten corrigeren of gegevens te laten verwijderen; u krijgt binnen
  {{ t.correction_weeks }} weken een besluit;
bullet bezwaar te maken tegen de verwerking (verzet); u krijgt binnen {{ t.objection_weeks }}
  weken een besluit.
p Het recht op overdraagbaarheid van gegevens geldt niet, omdat de verwerking plaatsvindt voor
  taken van algemeen belang.{% if v.police %} Verzoeken over politiegegevens worden beoordeeld
  door het Wpg-loket van de politie-eenheid {{ v.police.police_unit }}.{% endif %}{% if v.om %}
  Verzoeken over gegevens van het Openbaar Ministerie worden beoordeeld door de
  privacyfunctionaris van het arrondissementsparket {{ v.om.parket }}.{% endif %}

@sectie klacht | Een klacht indienen (f)
p Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, dan kunt u een klacht
  indienen bij het zorg- en veiligheidshuis. U kunt ook een klacht indienen bij de Autoriteit
  Persoonsgegevens (autoriteitpersoonsgegevens.nl).

@sectie besluitvorming | Geautomatiseerde besluitvorming (i)
p Het zorg- en veiligheidshuis neemt geen besluiten die uitsluitend op geautomatiseerde
  verwerking berusten en maakt geen profielen.

@sectie contact | Contact (j)
p Voor vragen over de verwerking van uw persoonsgegevens of om uw rechten uit te oefenen, kunt u
  terecht bij {{ v.coordinator() }} van het zorg- en veiligheidshuis:
  {{ zvh.privacy_contact or open('e-mailadres voor privacyvragen (zvh: privacycontact)') }}{% if zvh.website %}
  ({{ zvh.website }}){% endif %}.
