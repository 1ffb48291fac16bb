{#- Signatures of both toetredingsformulieren: the organisation and, for the Stuurgroep, its
    voorzitter (004:11180-11189; 13210-13219; digest E24). -#}
p Aldus ondertekend te ……………………………, op ……………………………
{% if nieuw is defined and nieuw %}
sign {{ nieuw.name }} | {{ v.signer(nieuw) }}
{% else %}
sign Naam organisatie: ……………………………… | naam en functie bevoegde functionaris: ………………………………
{% endif %}
{% set chair = v.chair %}
{% set mayor = v.person(chair.mayor) %}
sign Namens de Stuurgroep |
  {% if mayor %}{{ mayor.name }}, burgemeester van {{ chair.name }}, voorzitter van de Stuurgroep{% else %}{{ open('burgemeester van ' ~ chair.name ~ ', voorzitter van de Stuurgroep') }}{% endif %}
