{#-
  Artikel 20 Wpg Beslissing. The seeds have no model text; written from the Handvat § 3.7.3
  (004:4536-4863), protocol art. 6.4 d and 7.1 (004:12086-12100; 12234-12264) and digest B,
  in the register of a Dutch besluit: aanhef, overwegingen, besluit in articles, ondertekening.

  Required content (004:4706-4714): the zwaarwegend algemeen belang; the samenwerkingsverband;
  its purpose; which data; the conditions; the recipients. Signed by the politiechef for the
  korpschef and by the bevoegd gezag: every burgemeester and the officier van justitie
  (004:4696-4702; 12093-12095).
-#}
{% set zvh = cfg.zvh %}
{% set a20 = cfg.article20 %}
{% set pol = v.police %}
{% set om = v.om %}
@titel Besluit verstrekking politiegegevens aan het {{ zvh.name }} (artikel 20 Wet politiegegevens)

@sectie aanhef | Aanhef
p De Korpschef van politie, namens deze de politiechef van de eenheid {{ pol.police_unit }},
  in overeenstemming met het bevoegd gezag, te weten
  {{ 'de burgemeesters van de gemeenten ' if v.several_municipalities else 'de burgemeester van ' }}{{ v.municipality_names }}
  en de officier van justitie van het arrondissementsparket
  {{ om.parket if om else open('arrondissementsparket van de officier van justitie') }},

@sectie overwegingen | Overwegingen
p overwegende dat:
bullet Partijen in het {{ zvh.name }} samenwerken op het gebied van integrale veiligheid en
  complexe multi-problematiek en hun afspraken daarover hebben vastgelegd in het
  ‘{{ convenant.title }}’ (verder: het Convenant);
bullet het doel van deze samenwerking, zoals omschreven in [[ref:convenant#doelstelling]], is het
  voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en maatschappelijke
  uitval bij complexe problemen, door een combinatie van repressie, bestuurlijke interventies en
  zorg;
bullet de verwerking van persoonsgegevens binnen deze samenwerking is geregeld in
  {% if v.several_protocols %}de Privacy Protocollen {{ v.quoted_protocol_titles }}{% else %}het ‘{{ v.protocols[0].title }}’{% endif %},
  die onderdeel {{ 'zijn' if v.several_protocols else 'is' }} van het Convenant;
bullet de politie op grond van artikel 20, eerste lid, Wpg, in overeenstemming met het bevoegd
  gezag, kan besluiten tot het verstrekken van politiegegevens aan personen of instanties die
  deelnemen aan een samenwerkingsverband, voor zover een zwaarwegend algemeen belang dit
  noodzakelijk maakt, ten behoeve van het voorkomen en opsporen van strafbare feiten, het
  handhaven van de openbare orde, het verlenen van hulp aan hen die deze behoeven of het
  uitoefenen van toezicht op de naleving van regelgeving;
bullet een zwaarwegend algemeen belang van meer dan gewone betekenis moet zijn, en de verstrekking
  moet voldoen aan de eisen van proportionaliteit en subsidiariteit;
bullet op grond van artikel 4:5 van het Besluit politiegegevens alleen politiegegevens worden
  verstrekt die worden verwerkt op grond van de artikelen 8 en 13 Wpg, tenzij verstrekking van
  gegevens die worden verwerkt op grond van artikel 9 of artikel 10, eerste lid, onder a en c,
  Wpg strikt noodzakelijk is;
bullet de samenwerking in het zorg- en veiligheidshuis zonder de inbreng van actuele
  politiegegevens haar doel niet kan bereiken, en het Convenant op zichzelf geen grondslag voor
  de verstrekking van politiegegevens biedt;
bullet de burgemeester{{ 's' if v.several_municipalities else '' }} en de officier van justitie
  met deze verstrekking instemmen;
p besluit:

@artikel begrippen | Begripsbepalingen
intro In dit besluit wordt verstaan onder:
lid [[def:Wpg]]: Wet politiegegevens;
lid [[def:Bpg]]: Besluit politiegegevens;
lid [[def:Convenant]]: het ‘{{ convenant.title }}’;
lid [[def:Samenwerkingsverband]]: de samenwerking van de partijen bij het Convenant in het
  {{ zvh.name }};
lid [[def:Procesregisseur]]: de Procesregisseur, bedoeld in [[ref:convenant#procesregisseur]].

@artikel samenwerkingsverband | Samenwerkingsverband en doel
{# 004:4706-4712: the samenwerkingsverband and its purpose #}
lid Politiegegevens worden verstrekt aan het Samenwerkingsverband {{ zvh.name }}, ingesteld bij het
  Convenant.
lid[doelen] De verstrekking geschiedt uitsluitend ten behoeve van de doelstelling van het
  Samenwerkingsverband zoals omschreven in [[ref:convenant#doelstelling]], en binnen die
  doelstelling ten behoeve van:
ond het voorkomen en opsporen van strafbare feiten;
ond het handhaven van de openbare orde;
ond het verlenen van hulp aan hen die deze behoeven;
ond het uitoefenen van toezicht op de naleving van regelgeving.

@artikel belang | Zwaarwegend algemeen belang
{# 004:4718-4738 #}
lid Het zwaarwegend algemeen belang dat de verstrekking noodzakelijk maakt, is
  {% if a20.overriding_interest %}{{ a20.overriding_interest }}{% else %}het voorkomen en
  verminderen van recidive, (ernstige) overlast, criminaliteit en maatschappelijke uitval bij
  personen met complexe problemen op meerdere leefgebieden, die alleen door een gezamenlijke
  aanpak van straf, bestuurlijke interventie en zorg kan worden bereikt, zoals beschreven in
  [[ref:convenant#doelstelling]]{% endif %}.
lid Politiegegevens worden slechts verstrekt voor zover dat in de concrete casus noodzakelijk is
  voor dit belang en het doel niet met minder ingrijpende middelen kan worden bereikt.

@artikel categorieen | Te verstrekken politiegegevens
{# Bpg art. 4:5 (004:4757-4773) #}
lid Verstrekt worden uitsluitend politiegegevens die worden verwerkt op grond van
  {{ 'de artikelen ' if v.police_categories|length > 1 else 'artikel ' }}{{ v.police_articles }} Wpg.
{% if 9 in v.police_categories or 10 in v.police_categories %}
lid Politiegegevens die worden verwerkt op grond van
  {% if 9 in v.police_categories and 10 in v.police_categories %}de artikelen 9 en 10, eerste lid, onder a en c,{% elif 9 in v.police_categories %}artikel 9{% else %}artikel 10, eerste lid, onder a en c,{% endif %}
  Wpg worden alleen verstrekt voor zover dat strikt noodzakelijk is (artikel 4:5 Bpg), om de
  volgende reden:
  {{ a20.necessity or open('motivering strikte noodzaak (artikel20: noodzaak_motivering)') }}
{% endif %}
lid De politie verstrekt de gegevens aan de Procesregisseur ten behoeve van de aanmelding en intake,
  de triage en het casusoverleg, en bij voorkeur als actuele gegevens per casus.

@artikel ontvangers | Ontvangers
{# 004:4712-4714: the persons or bodies that receive the data; a subset of the parties #}
lid Politiegegevens kunnen op grond van dit besluit worden verstrekt aan de volgende partijen bij
  het Convenant, voor zover zij in een casus deelnemen:
{% for p in v.a20_recipients %}
ond[ontvanger-{{ p.id }}] {{ v.full_name(p) }}{% if p.kind == 'om' %}, arrondissementsparket {{ p.parket }}{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}
lid Verstrekking aan anderen dan de in het vorige lid genoemde ontvangers op grond van dit besluit
  is niet toegestaan.

@artikel voorwaarden | Voorwaarden
{# 004:4777-4829; protocol art. 7, 8, 13.5, 17.6 #}
lid De ontvangers zijn verplicht tot geheimhouding van de verstrekte politiegegevens (artikel 7
  Wpg). Deze geheimhoudingsplicht gaat over op iedere volgende ontvanger.
lid De ontvangers verwerken de politiegegevens uitsluitend voor het doel waarvoor zij zijn
  verstrekt en niet voor een daarmee onverenigbaar doel, ook niet binnen de eigen organisatie.
lid De ontvangers vermelden bij de gegevens dat zij afkomstig zijn van de politie. Verdere
  verstrekking is alleen toegestaan voor zover een wettelijk voorschrift daartoe verplicht of dit
  noodzakelijk is voor de uitvoering van de taak van de ontvanger (artikel 7, tweede lid, Wpg).
lid[documentatie] De politie legt iedere verstrekking vast conform artikel 6:4, vijfde lid, Bpg: de
  identiteit van de verzoeker, de datum, een omschrijving van de verstrekte gegevens en het doel
  van de verstrekking.
lid Verzoeken van betrokkenen om inzage, correctie of verwijdering van politiegegevens worden
  doorgeleid naar en beoordeeld door het Wpg-loket van de eenheid {{ pol.police_unit }}; de
  politie kan weigeren op grond van artikel 27 Wpg.
lid De ontvangers beveiligen de gegevens overeenkomstig de afspraken in het privacyprotocol en
  vernietigen deze overeenkomstig de bewaartermijnen daarin.
{% for c in a20.conditions %}
lid {{ c }}
{% endfor %}

@artikel duur | Duur
{# the decision never outlives the Convenant (digest E23; 004:4739-4753) #}
lid Dit besluit treedt in werking met ingang van de dag na ondertekening door de politiechef, de
  burgemeester{{ 's' if v.several_municipalities else '' }} en de officier van justitie.
lid Dit besluit geldt zolang het Convenant van kracht is, zoals bepaald in
  [[ref:convenant#looptijd]], en vervalt van rechtswege op het moment dat het Convenant eindigt
  of de politie geen partij meer is bij het Convenant.
lid Dit besluit wordt ten minste eenmaal per twee jaar geëvalueerd, gelijktijdig met de evaluatie
  van het privacyprotocol.

@artikel citeertitel | Citeertitel
lid Dit besluit wordt aangehaald als: Artikel 20 Wpg-beslissing {{ zvh.name }}.

@slot
closing Aldus besloten{% if a20.date %} op {{ a20.date|datum }}{% endif %}:
{% set pc = a20.police_chief %}
sign De Korpschef van politie, namens deze: de politiechef van de eenheid {{ pol.police_unit }}{% if v.a20_mandate %}, krachtens {{ v.a20_mandate }}{% endif %} |
  {% if pc %}{{ pc.name }}, {{ pc.function }}{% else %}{{ open('politiechef (artikel20: politiechef)') }}{% endif %}
{% for g in v.municipalities %}
sign De burgemeester van {{ g.name }} |
  {% if g.mayor %}{{ g.mayor.name }}{% else %}{{ open('burgemeester van ' ~ g.name) }}{% endif %}
{% endfor %}
{% set ovj = a20.public_prosecutor %}
sign De officier van justitie{% if om %}, arrondissementsparket {{ om.parket }}{% endif %} |
  {% if ovj %}{{ ovj.name }}, {{ ovj.function }}{% else %}{{ open('officier van justitie (artikel20: officier_van_justitie)') }}{% endif %}
