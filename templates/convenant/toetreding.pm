{#- Toetredingsformulier, convenant Bijvoegsel 1 (004:11138-11189).
    Rendered blank inside the Convenant; `protocolmaker toetreding` fills it for one partner
    by passing `nieuw` (a Partner). -#}
{% set cvp = cvp|default("") %}
{% include "gedeeld/toetreder-aanhef.pm" %}
p overwegende dat:
bullet deelname aan het Convenant, gelet op de publieke en/of maatschappelijke taak die
  ondergetekende zich in het kader van integrale veiligheid en complexe casuïstiek toedicht en
  gelet op de verantwoordelijkheid en/of bevoegdheid van ondergetekende, een bijdrage levert aan
  de doelstelling zoals geformuleerd in {{ ref(cvp ~ 'doel') }}{{ '' if cvp else ' van het Convenant' }};
bullet de Stuurgroep positief heeft besloten op toetreding van ondergetekende tot het Convenant;
p verklaart daartoe het volgende:
bullet ondergetekende onderschrijft de in het Convenant geformuleerde doelstellingen, verplicht
  zich de bepalingen in het Convenant en
  {{ 'het Privacy Protocol van ieder werkproces waaraan ondergetekende deelneemt' if v.several_protocols else 'het Privacy Protocol' }}
  te zullen naleven en verklaart zich in dit kader gerechtigd tot het uitwisselen van informatie met
  Partijen.
{% include "gedeeld/toetreder-ondertekening.pm" %}
