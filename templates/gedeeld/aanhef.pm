{#- The parties, shared by the Convenant and every Privacy Protocol so the lists cannot differ
    (digest E1-E3; 004:10030-10130; 004:11450-11530). -#}
{% if v.several_municipalities %}
p De colleges van burgemeester en wethouders en de burgemeesters, ieder voor zover het zijn
  bevoegdheid betreft, van de gemeenten:
{% for g in v.municipalities %}
party {{ g.name }}, kantoorhoudend te {{ g.address or open('adres gemeente ' ~ g.name) }},
  hierbij rechtsgeldig vertegenwoordigd door
  {% if g.representative %}{{ g.representative.name }}, {{ g.representative.function }}{% else %}{{ open('vertegenwoordiger gemeente ' ~ g.name) }}{% endif %}{{ ';' if not loop.last else ',' }}
{% endfor %}
p verder afzonderlijk aangeduid als ‘Partij’ of ‘Gemeente’ en gezamenlijk als ‘Gemeenten’,
{% else %}
{% set g = v.municipalities[0] %}
party Het college van burgemeester en wethouders en de burgemeester, ieder voor zover het zijn
  bevoegdheid betreft, van de gemeente {{ g.name }},
  {% if g.address %}kantoorhoudend te {{ g.address }}, {% endif %}hierbij rechtsgeldig
  vertegenwoordigd door
  {% if g.representative %}{{ g.representative.name }}, {{ g.representative.function }}{% else %}{{ open('vertegenwoordiger gemeente ' ~ g.name) }}{% endif %},
  verder aangeduid als ‘Partij’ of ‘Gemeente’,
{% endif %}
p en
{% for p in v.others %}
{% set rep %}{% if p.representative %}{{ p.representative.name }}, {{ p.representative.function }}{% else %}{{ open('vertegenwoordiger ' ~ v.full_name(p)) }}{% endif %}{% endset %}
{% if p.kind == 'politie' %}
party de Korpschef van politie, ten behoeve van de eenheid {{ p.police_unit }}, hierbij
  rechtsgeldig vertegenwoordigd door {{ rep|raw }}{{ ';' if not loop.last else ',' }}
{% elif p.kind == 'om' %}
party het College van procureurs-generaal, ten behoeve van het arrondissementsparket
  {{ p.parket }}, hierbij rechtsgeldig vertegenwoordigd door {{ rep|raw }}{{ ';' if not loop.last else ',' }}
{% else %}
party {{ p.name }}, {{ 'gevestigd' if v.is_public(p) else 'statutair gevestigd' }} te
  {{ p.seat or open('vestigingsplaats ' ~ p.name) }} en kantoorhoudend te
  {{ p.address or open('adres ' ~ p.name) }}, hierbij rechtsgeldig vertegenwoordigd door
  {{ rep|raw }}{% if p.abbreviation %} (verder aangeduid als ‘{{ p.abbreviation }}’){% endif %}{{ ';' if not loop.last else ',' }}
{% endif %}
{% endfor %}
p hierna afzonderlijk te noemen ‘Partij’ en gezamenlijk, inclusief
  {{ 'de Gemeenten' if v.several_municipalities else 'de Gemeente' }}, te noemen ‘Partijen’,
