{#-
  Privacyverklaring for the ZVH website: protocol art. 16.3 and 16.5 a-j (004:12646-12687).
  Everything comes from the same config as the protocols (digest E41): the parties, the purposes
  of art. 3.2, the periods of art. 11 and the rights of art. 17-21 — per werkproces, because each
  werkproces has its own purpose, parties and retention (issue 10). Written for the person whose
  data are processed: plain Dutch, no article numbers of our own documents, no internal codes.
  Counts and periods up to twenty are in words (filters `telwoord`, `aantal`: ‘drie gemeenten’,
  ‘zes maanden’, ‘vier weken’), larger ones in digits, as Dutch style and the model itself do in
  running text (‘tot zes maanden na besluit tot Afschaling’, 004:12407; ‘binnen vier weken’,
  004:12810).
-#}
{% set zvh = cfg.zvh %}
{% set t = cfg.deadlines %}
{% set lk = cfg.legal_framework %}
@titel Privacyverklaring {{ zvh.name }}

@sectie wie | Wie zijn wij
p Het {{ zvh.name }} is een samenwerkingsverband van {{ v.statement_members }}{% if zvh.address %},
  gevestigd aan {{ zvh.address }}{% endif %}. Het zorg- en veiligheidshuis is geen zelfstandige
  organisatie: de partijen hieronder zijn verantwoordelijk voor de verwerking van uw
  persoonsgegevens in het zorg- en veiligheidshuis. Hun afspraken staan in het
  ‘{{ convenant.title }}’ en in
  {% if v.several_protocols %}de privacyprotocollen {{ v.quoted_protocol_titles|raw }}{% else %}het ‘{{ v.protocols[0].title }}’{% endif %}.
heading Deelnemende partijen
{% for p in cfg.partners %}
bullet {{ v.full_name(p) }}{% if p.kind == 'om' %}, arrondissementsparket {{ p.parket }}{% elif p.kind == 'politie' %}, eenheid {{ p.police_unit }}{% elif p.kind == 'gemeente' %} en de burgemeester van {{ p.name }}{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}

{% for pr in v.protocols %}
@sectie werkproces-{{ loop.index }} | {% if v.several_protocols %}{{ pr.name }}: waarom en hoe lang wij uw gegevens verwerken{% else %}Waarom en hoe lang wij uw gegevens verwerken{% endif %}
{% if pr.target_group %}
p Dit werkproces richt zich op {{ pr.target_group }}.
{% endif %}
p Wij verwerken persoonsgegevens
  {% if pr.purpose %}{{ pr.purpose }}{% elif pr.framework == 'wgs' %}om de inzet van de partijen op het gebied van
  handhaving, begeleiding, zorg en hulpverlening op elkaar af te stemmen, om criminaliteit en
  ernstige overlast te voorkomen, te verminderen en te bestrijden en om onveilige situaties voor
  personen of in een gebied te voorkomen{% else %}{{ v.base_purpose }}{% endif %}. Meer specifiek gaat het om:
{% for item in pr.subpurposes %}
bullet {{ item }};
{% endfor %}
bullet het mogelijk maken van samenwerking met het oog op deze doelen.
p Wij gebruiken uw gegevens alleen voor deze doelen, en per fase ({{ pr.phase_names|nl_list|lower }})
  alleen de gegevens die in die fase nodig zijn.
{% if v.several_protocols %}
p Aan dit werkproces nemen deel: {{ v.full_names(pr.partners) }}.
{% endif %}
p Nadat is besloten dat het zorg- en veiligheidshuis niet langer bij uw situatie betrokken is
  (afschaling), gelden de volgende termijnen:
bullet tot {{ pr.retention.restricted_access_months|aantal('maand', 'maanden') }} na dat besluit zijn uw gegevens
  alleen toegankelijk voor een beperkt aantal medewerkers;
bullet daarna worden zij gearchiveerd tot {{ pr.retention.archive_until_months|aantal('maand', 'maanden') }} na dat
  besluit; dan is alleen vindbaar dat u in het zorg- en veiligheidshuis bent besproken;
bullet uiterlijk {{ pr.retention.destruction_months|aantal('maand', 'maanden') }} na dat besluit worden al uw
  persoonsgegevens vernietigd{% if pr.framework == 'wgs' %}, en in ieder geval uiterlijk vijf jaar
  nadat zij voor het eerst in het zorg- en veiligheidshuis zijn verwerkt{% elif pr.framework == 'radicalisering' %},
  en in ieder geval uiterlijk vijf jaar na de laatste verwerking{% endif %}.
{% endfor %}

@sectie grondslag | Op welke grond wij uw gegevens verwerken
p De partijen verwerken uw gegevens omdat dat nodig is voor de uitvoering van hun wettelijke
  taken van algemeen belang ({{ art('avg', 6, lid=1, onder='e') }}).{% if v.wgs_protocols %} Voor
  de behandeling van complexe casuïstiek is dat geregeld in de {{ wet('wgs') }}.{% endif %}{% if v.police %}
  De politie verstrekt gegevens op grond van {{ art('wpg', 20) }}.{% endif %}{% if v.om %}
  Het Openbaar Ministerie verstrekt justitiële en strafvorderlijke gegevens op grond van de
  {{ wet('wjsg') }}.{% endif %}{% if v.without_public_task %}
  {{ v.full_names(v.without_public_task)|ucfirst }} {{ 'verwerkt' if v.without_public_task|length == 1 else 'verwerken' }}
  uw gegevens alleen met uw toestemming, als dat nodig is om een wettelijke verplichting na te
  komen, of als dat nodig is voor een gerechtvaardigd belang dat zwaarder weegt dan uw belang.{% endif %}
  U bent niet verplicht om gegevens aan het zorg- en veiligheidshuis te verstrekken; de partijen
  delen de gegevens die zij voor hun taak al hebben.

@sectie toestemming | Toestemming intrekken
p Als een verwerking op uw toestemming berust, kunt u die toestemming altijd intrekken. Dat
  heeft geen gevolgen voor de verwerking van vóór de intrekking.{% if v.of_kind('slachtofferhulp') %}
  Slachtofferhulp Nederland deelt uw gegevens alleen met uw uitdrukkelijke toestemming.{% endif %}

@sectie rechten | Uw rechten
{% set cp = v.party(lk.contact_point) if v.wgs_protocols else none %}
p U hebt het recht om:
bullet uw gegevens in te zien (u krijgt binnen {{ t.access_weeks|aantal('week', 'weken') }} antwoord);
bullet onjuiste gegevens te laten corrigeren of gegevens te laten verwijderen (u krijgt binnen
  {{ t.correction_weeks|aantal('week', 'weken') }} een besluit);
bullet bezwaar te maken tegen de verwerking (u krijgt binnen {{ t.objection_weeks|aantal('week', 'weken') }} een
  besluit).
p Het recht op overdraagbaarheid van gegevens geldt niet, omdat de verwerking plaatsvindt voor
  taken van algemeen belang.{% if cp %} U kunt uw rechten uitoefenen bij het contactpunt,
  {{ v.full_name(cp) }}, of bij een van de partijen; uw verzoek wordt dan binnen het zorg- en
  veiligheidshuis afgehandeld.{% endif %}{% if v.police %} Verzoeken over politiegegevens worden
  beoordeeld door het Wpg-loket van de politie-eenheid {{ v.police.police_unit }}.{% endif %}{% if v.om %}
  Verzoeken over gegevens van het Openbaar Ministerie worden beoordeeld door de
  privacyfunctionaris van het arrondissementsparket {{ v.om.parket }}.{% endif %}

@sectie klacht | Een klacht indienen
p Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, dan kunt u een klacht
  indienen bij het zorg- en veiligheidshuis. U kunt ook een klacht indienen bij de Autoriteit
  Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).

@sectie besluitvorming | Geautomatiseerde besluitvorming
p Het zorg- en veiligheidshuis neemt geen besluiten die uitsluitend op geautomatiseerde
  verwerking berusten en maakt geen profielen.

@sectie contact | Contact
p Voor vragen over de verwerking van uw persoonsgegevens of om uw rechten uit te oefenen, kunt u
  terecht bij {{ v.coordinator() }} van het zorg- en veiligheidshuis:
  {{ zvh.privacy_contact or open('e-mailadres voor privacyvragen (zvh: privacycontact)') }}{% if zvh.website %}
  ({{ zvh.website }}){% endif %}.
