{#- Toetredingsformulier for one named organisation (`protocolmaker toetreding`): Convenant
    Bijvoegsel 1 (004:11138-11189) and Protocol Bijvoegsel 1 (004:13169-13219), filled in. The
    references point into the Convenant and each Privacy Protocol of the set (joining the
    Convenant includes joining the Privacy Protocols of the werkprocessen the organisation takes
    part in, convenant art. 20.4; a werkproces that names its parties admits only those). -#}
@titel Toetreding van {{ nieuw.name }} tot het {{ cfg.zvh.name }}

@sectie convenant | Toetreding tot het Convenant (Bijvoegsel 1 bij het Convenant)
{% set cvp = "convenant#" %}
{% include "convenant/toetreding.pm" %}

{% for proto in v.protocols if proto.admits(nieuw) %}

@sectie protocol-{{ proto.filename }} | Toetreding tot het ‘{{ proto.title }}’ (Bijvoegsel 1 bij dat Protocol)
{% set ppp = proto.filename ~ "#" %}
{% include "privacyprotocol/toetreding.pm" %}
{% endfor %}
