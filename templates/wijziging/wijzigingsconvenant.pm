{#-
  Wijzigingsconvenant: the instrument Partijen sign to amend the Convenant and the Privacy
  Protocol(s) of their zorg- en veiligheidshuis (issue 13). No model text exists in the seeds; the
  form follows the Aanwijzingen voor de regelgeving, hoofdstuk 6 (kcbr.nl):
  - Aanwijzing 6.15: one article per amended document, the changes within it listed in order;
  - amendment instructions in the standard phrasing: ‘Artikel 11.2 komt te luiden: …’, ‘In
    artikel 11.2 wordt “12” vervangen door “9”’, ‘Na artikel 14 wordt een artikel ingevoegd,
    luidende: …’, ‘Artikel 6.7 vervalt.’, ‘In artikel 6.5 wordt na onderdeel i een onderdeel
    ingevoegd, luidende: …’;
  - Aanwijzing 6.16: inserted articles are numbered with a letter added to the number before
    (14a), so no later number and no reference to it changes; the same for leden (11.2a) and
    onderdelen (ia). The numbers are computed by `revision.stable` against the amended version.
  Departures: the articles of this instrument are numbered 1, 2, … and the changes within an
  article a, b, c … (Word's list numbering of every document of the set), where a wijzigingsregeling
  of the State numbers them I, II and A, B. Quoted new text stands between “ and ”, since the
  documents themselves use ‘…’.
  The Convenant (art. ‘Wijzigingen’, 004:10950-10967) and each Protocol (art. ‘Wijzigingen’,
  004:13016-13033) require that Partijen sign the amended text anew: the last articles say that
  the consolidated texts are signed with this instrument.
  Data (revision.amendment): `amended` — per amended document: title, short title, version, date,
  the article on amendments (`change_clause`), `instructions` (op, target, anchor, what, quote,
  old, new, annex), `annexes` — per replaced or inserted Bijvoegsel: key, title, blocks.
-#}
{% set zvh = cfg.zvh %}
{% macro t(target) %}{{ target }}{{ ',' if ', onder ' in target else '' }}{% endmacro %}
@titel Wijzigingsconvenant {{ zvh.name }}

@sectie aanhef | De ondergetekenden
{# `parties`: every party of the Convenant when it is amended, else the parties of the amended
   Privacy Protocols (a werkproces may have only some of them; revision.amendment) #}
{% include "gedeeld/aanhef.pm" %}

@sectie overwegingen | Overwegingen
p de volgende overwegingen in aanmerking nemende:
{% for a in amended %}
bullet Partijen hebben op {{ a.date }} {{ a.title }}, versie {{ a.version }} (hierna:
  {{ a.short }}), ondertekend;
{% endfor %}
{% for a in amended %}
bullet wijziging van {{ a.short }} geschiedt in gezamenlijk overleg en vergt het opnieuw
  ondertekenen door Partijen van de gewijzigde tekst ({{ a.change_clause }});
{% endfor %}
{% for p in added %}
bullet Partijen wensen de Verwerking van Persoonsgegevens in een nieuw werkproces vast te leggen
  in het {{ p.title }};
{% endfor %}
{% if amended %}
bullet Partijen wensen {{ 'deze documenten' if amended|length > 1 else amended[0].short }} te
  wijzigen zoals hierna bepaald{% if reason %}: {{ reason }}{% endif %};
{% endif %}
p komen het volgende overeen:

{% for a in amended %}
@artikel wijziging-{{ loop.index }} | Wijziging van {{ a.short }}
lid {{ a.short|ucfirst }} wordt als volgt gewijzigd:
{% for i in a.instructions %}
{% if i.op == 'vervangen' %}
ond In {{ t(i.target)|raw }} wordt “{{ i.old }}” vervangen door “{{ i.new }}”.
{% elif i.op == 'schrappen' %}
ond In {{ t(i.target)|raw }} vervalt “{{ i.old }}”.
{% elif i.op == 'luiden' %}
ond {{ t(i.target)|raw|ucfirst }} komt te luiden: “{{ i.quote }}”.
{% elif i.op == 'aanhef' %}
ond De aanhef van {{ i.target }} komt te luiden: “{{ i.quote }}”.
{% elif i.op == 'opschrift' %}
ond Het opschrift van {{ i.target }} komt te luiden: “{{ i.quote }}”.
{% elif i.op == 'invoegen' %}
ond Na {{ i.anchor }} wordt een {{ i.what }} ingevoegd, luidende: “{{ i.quote }}”.
{% elif i.op == 'invoegen-begin' %}
ond In {{ i.anchor }} wordt vóór {{ i.first }} een {{ i.what }} ingevoegd, luidende:
  “{{ i.quote }}”.
{% elif i.op == 'invoegen-in' %}
ond In {{ i.anchor }} wordt na {{ i.first }} een {{ i.what }} ingevoegd, luidende:
  “{{ i.quote }}”.
{% elif i.op == 'luiden-in' %}
ond In {{ i.anchor }} komt {{ i.target }} te luiden: “{{ i.quote }}”.
{% elif i.op == 'vervalt-in' %}
ond In {{ i.anchor }} vervalt {{ i.target }}.
{% elif i.op == 'toevoegen' %}
ond Aan {{ i.anchor }} wordt een {{ i.what }} toegevoegd, luidende: “{{ i.quote }}”.
{% elif i.op == 'vervalt' %}
ond {{ t(i.target)|raw|ucfirst }} vervalt.
{% elif i.op == 'bijvoegsel' %}
ond {{ i.target|ucfirst }} komt te luiden zoals opgenomen in {{ ref(i.annex) }} bij dit
  wijzigingsconvenant.
{% elif i.op == 'bijvoegsel-invoegen' %}
ond Na {{ i.anchor }} wordt een bijvoegsel ingevoegd, luidende zoals opgenomen in
  {{ ref(i.annex) }} bij dit wijzigingsconvenant; het krijgt het nummer {{ i.first }}.
{% endif %}
{% endfor %}
{% endfor %}

{% for p in added %}
@artikel vaststelling-{{ loop.index }} | Vaststelling van het {{ p.title }}
lid Partijen stellen het {{ p.title }} vast, voor het werkproces waarop het ziet. Het maakt
  deel uit van het Convenant als Privacy Protocol en wordt tegelijk met dit wijzigingsconvenant
  ondertekend.
{% endfor %}
{% for p in dropped %}
@artikel verval-{{ loop.index }} | Verval van het {{ p.title }}
lid Het {{ p.title }} vervalt met ingang van de dag waarop dit wijzigingsconvenant in werking
  treedt.
{% endfor %}

{% if amended %}
@artikel geconsolideerd | Ondertekening van de gewijzigde teksten
lid Partijen ondertekenen tegelijk met dit wijzigingsconvenant de tekst van
  {{ amended|map(attribute='short')|list|nl_list }} zoals die luidt na de wijzigingen in
  {% for a in amended %}{{ ref('wijziging-' ~ loop.index) }}{{ ', ' if loop.revindex > 2 else (' en ' if loop.revindex == 2 else '') }}{% endfor %}.
lid Elke geconsolideerde tekst vermeldt dat zij laatstelijk is gewijzigd bij dit
  wijzigingsconvenant.
{% endif %}

@artikel inwerkingtreding | Inwerkingtreding
lid Dit wijzigingsconvenant treedt in werking met ingang van de dag na die waarop het door alle
  Partijen is ondertekend.
{% if amended %}
lid Bepalingen van {{ amended|map(attribute='short')|list|nl_list }} die door dit
  wijzigingsconvenant niet worden gewijzigd, blijven onverminderd van kracht.
{% endif %}

@artikel citeertitel | Citeertitel
lid Dit convenant wordt aangehaald als: Wijzigingsconvenant {{ zvh.name }} {{ cfg.document.date|datum }}.

@slot
closing Aldus overeengekomen en ondertekend:
{% include "gedeeld/ondertekening.pm" %}
{% for a in amended %}
{% for x in a.annexes %}

@bijvoegsel {{ x.key }} | {{ x.title }}
{% for b in x.blocks %}
{% if b.kind == 'bullet' %}
bullet {{ b.text }}
{% elif b.kind == 'num' %}
num {{ b.text }}
{% elif b.kind == 'heading' %}
heading {{ b.text }}
{% else %}
p {{ b.text }}
{% endif %}
{% endfor %}
{% endfor %}
{% endfor %}
