{#- Toetredingsformulier for one named organisation (`protocolmaker toetreding`): Convenant
    Bijvoegsel 1 (004:11138-11189) and Protocol Bijvoegsel 1 (004:13169-13219), filled in. The
    references point into the Convenant and the (first) Privacy Protocol of the set. -#}
@titel Toetreding van {{ nieuw.name }} tot het {{ cfg.zvh.name }}

@sectie convenant | Toetreding tot het Convenant (Bijvoegsel 1 bij het Convenant)
{% set cvp = "convenant#" %}
{% include "convenant/toetreding.pm" %}

@sectie protocol | Toetreding tot het Privacy Protocol (Bijvoegsel 1 bij het Protocol)
{% set ppp = "privacyprotocol#" %}
{% include "privacyprotocol/toetreding.pm" %}
