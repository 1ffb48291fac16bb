{#- One signature block per party, shared by Convenant and Privacy Protocol (digest E1). -#}
{% for p in cfg.partners %}
sign {{ v.signing_name(p) }} |
  {% if p.representative %}{{ p.representative.name }}, {{ p.representative.function }}{% else %}{{ open('ondertekenaar ' ~ v.full_name(p)) }}{% endif %}
{% endfor %}
