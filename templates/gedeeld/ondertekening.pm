{#- One signature block per party of `parties`, shared by Convenant and Privacy Protocol (digest
    E1). Whoever does not represent the party by himself signs ‘namens deze’, under the mandate or
    volmacht recorded in the config and listed in convenant Bijvoegsel 5 (issue 9.7). -#}
{% for p in parties %}
sign {{ v.signing_name(p) }} | {{ v.signer(p) }}
{% endfor %}
