{#- The joining organisation at the head of both toetredingsformulieren (convenant Bijvoegsel 1,
    004:11138-11150; protocol Bijvoegsel 1, 004:13169-13182): filled for `nieuw`, or blank. -#}
{% if nieuw is defined and nieuw %}
p {{ nieuw.name }}, {{ 'gevestigd' if v.is_public(nieuw) else 'statutair gevestigd' }} te
  {{ nieuw.seat or open('vestigingsplaats') }} en kantoorhoudend te
  {{ nieuw.address or open('adres') }}, hierbij rechtsgeldig vertegenwoordigd door
  {{ v.representation(nieuw) }},
{% else %}
p ……………………………… (naam organisatie), statutair gevestigd te ……………………… en kantoorhoudend aan
  ………………………, hierbij rechtsgeldig vertegenwoordigd door ……………………… (naam, functie),
{% endif %}
