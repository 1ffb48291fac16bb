{#- Toetredingsformulier, convenant Bijvoegsel 1 (004:11138-11189).
    Rendered blank inside the Convenant; `protocolmaker toetreding` fills it for one partner
    by passing `nieuw` (a Partner). -#}
{% set cvp = cvp|default("") %}
{% if nieuw is defined and nieuw %}
p {{ nieuw.name }}, {{ 'gevestigd' if v.is_public(nieuw) else 'statutair gevestigd' }} te
  {{ nieuw.seat or open('vestigingsplaats') }} en kantoorhoudend te
  {{ nieuw.address or open('adres') }}, hierbij rechtsgeldig vertegenwoordigd door
  {% if nieuw.representative %}{{ nieuw.representative.name }}, {{ nieuw.representative.function }}{% else %}{{ open('vertegenwoordiger') }}{% endif %},
{% else %}
p ……………………………… (naam organisatie), statutair gevestigd te ……………………… en kantoorhoudend aan
  ………………………, hierbij rechtsgeldig vertegenwoordigd door ……………………… (naam, functie),
{% endif %}
p overwegende dat:
bullet deelname aan het Convenant, gelet op de publieke en/of maatschappelijke taak die
  ondergetekende zich in het kader van integrale veiligheid en complexe casuïstiek toedicht en
  gelet op de verantwoordelijkheid en/of bevoegdheid van ondergetekende, een bijdrage levert aan
  de doelstelling zoals geformuleerd in [[ref:{{ cvp|raw }}doel]] van het Convenant;
bullet de Stuurgroep positief heeft besloten op toetreding van ondergetekende tot het Convenant;
p verklaart daartoe het volgende:
bullet ondergetekende onderschrijft de in het Convenant geformuleerde doelstellingen, verplicht
  zich de bepalingen in het Convenant en
  {{ 'de Privacy Protocollen' if v.several_protocols else 'het Privacy Protocol' }} te zullen
  naleven en verklaart zich in dit kader gerechtigd tot het uitwisselen van informatie met
  Partijen.
p Aldus ondertekend te ……………………………, op ……………………………
{% if nieuw is defined and nieuw %}
sign {{ nieuw.name }} |
  {% if nieuw.representative %}{{ nieuw.representative.name }}, {{ nieuw.representative.function }}{% else %}{{ open('vertegenwoordiger') }}{% endif %}
{% else %}
sign Naam organisatie: ……………………………… | naam en functie bevoegde functionaris: ………………………………
{% endif %}
{% set chair = v.party(cfg.zvh.managing_municipality) %}
sign Namens de Stuurgroep |
  {% if chair.mayor %}{{ chair.mayor.name }}, burgemeester van {{ chair.name }}, voorzitter van de Stuurgroep{% else %}{{ open('burgemeester van ' ~ chair.name ~ ', voorzitter van de Stuurgroep') }}{% endif %}
