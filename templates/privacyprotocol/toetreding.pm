{#- Toetredingsformulier, protocol Bijvoegsel 1 (004:13169-13219). Blank inside the Protocol;
    `protocolmaker toetreding` fills it for one organisation by passing `nieuw`. -#}
{% set ppp = ppp|default("") %}
{% include "gedeeld/toetreder-aanhef.pm" %}
p overwegende dat:
bullet deelname aan het Protocol, gelet op de publieke en/of maatschappelijke taak die
  ondergetekende zich in het kader van integrale veiligheid en complexe casuïstiek toedicht en
  gelet op de verantwoordelijkheid en/of bevoegdheid van ondergetekende, een bijdrage levert aan
  de doelstelling zoals geformuleerd in [[ref:convenant#doel]] en
  {{ ref(ppp ~ 'doeleinden') }}{{ '' if ppp else ' van het Protocol' }};
bullet ondergetekende tot het Convenant is toegetreden en de Stuurgroep positief heeft besloten op
  toetreding van ondergetekende tot dit Protocol;
{% if nieuw is defined and nieuw and nieuw.kind in ('overig', 'woningcorporatie') %}
bullet voorafgaand aan de uitwisseling van Persoonsgegevens een juridische analyse is opgesteld
  zoals bedoeld in [[ref:{{ ppp|raw }}toetreding-analyse]];
{% endif %}
p verklaart daartoe het volgende:
bullet ondergetekende onderschrijft de in het Protocol geformuleerde doelstellingen, verplicht
  zich de bepalingen in het Protocol te zullen naleven en verklaart zich in dit kader gerechtigd
  tot het uitwisselen van Persoonsgegevens met Partijen.
{% include "gedeeld/toetreder-ondertekening.pm" %}
