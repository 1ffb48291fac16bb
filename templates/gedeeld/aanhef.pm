{#- The parties, shared by the Convenant and every Privacy Protocol so the lists cannot differ
    (digest E1-E3; 004:10030-10130; 004:11450-11530). `parties` is the list to name: every
    party in the Convenant, the werkproces's parties in its Protocol. -#}
{% set gemeenten = parties|selectattr('kind', 'equalto', 'gemeente')|list %}
{% set anderen = parties|rejectattr('kind', 'equalto', 'gemeente')|list %}
{% if gemeenten|length > 1 %}
p De colleges van burgemeester en wethouders en de burgemeesters, ieder voor zover het zijn
  bevoegdheid betreft, van de gemeenten:
{% for g in gemeenten %}
party {{ g.name }}, kantoorhoudend te {{ g.address or open('adres gemeente ' ~ g.name) }},
  hierbij rechtsgeldig vertegenwoordigd door {{ v.representation(g) }}{{ ';' if not loop.last else ',' }}
{% endfor %}
p verder afzonderlijk aangeduid als ‘Partij’ of ‘Gemeente’ en gezamenlijk als ‘Gemeenten’,
{% elif gemeenten %}
{% set g = gemeenten[0] %}
party Het college van burgemeester en wethouders en de burgemeester, ieder voor zover het zijn
  bevoegdheid betreft, van de gemeente {{ g.name }},
  kantoorhoudend te {{ g.address or open('adres gemeente ' ~ g.name) }}, hierbij rechtsgeldig
  vertegenwoordigd door {{ v.representation(g) }}, verder aangeduid als ‘Partij’ of ‘Gemeente’,
{% endif %}
{% if gemeenten and anderen %}
p en
{% endif %}
{% for p in anderen %}
{% if p.kind == 'politie' %}
party de Korpschef van politie, ten behoeve van de eenheid {{ p.police_unit }}, hierbij
  rechtsgeldig vertegenwoordigd door {{ v.representation(p) }}{{ ';' if not loop.last else ',' }}
{% elif p.kind == 'om' %}
party het College van procureurs-generaal, ten behoeve van het arrondissementsparket
  {{ p.parket }}, hierbij rechtsgeldig vertegenwoordigd door {{ v.representation(p) }}{{ ';' if not loop.last else ',' }}
{% else %}
party {{ v.full_name(p) }}, {{ 'gevestigd' if v.is_public(p) else 'statutair gevestigd' }} te
  {{ p.seat or open('vestigingsplaats ' ~ p.name) }} en kantoorhoudend te
  {{ p.address or open('adres ' ~ p.name) }}, hierbij rechtsgeldig vertegenwoordigd door
  {{ v.representation(p) }}{% if p.abbreviation %} (verder aangeduid als ‘{{ p.abbreviation }}’){% endif %}{{ ';' if not loop.last else ',' }}
{% endif %}
{% endfor %}
{% if gemeenten|length > 1 %}
p hierna afzonderlijk te noemen ‘Partij’ en gezamenlijk, inclusief de Gemeenten, te noemen
  ‘Partijen’,
{% elif gemeenten %}
p hierna afzonderlijk te noemen ‘Partij’ en gezamenlijk, inclusief de Gemeente, te noemen
  ‘Partijen’,
{% else %}
p hierna afzonderlijk te noemen ‘Partij’ en gezamenlijk te noemen ‘Partijen’,
{% endif %}
