{#-
  Verantwoording bij de documentenset: the companion note the Stuurgroep reads beside the signed
  instruments (issue 9). Rule codes, accepted deviations, findings, open points and the decisions
  about the legal framework belong here, not in a legal instrument, which carries version, status
  and date only. Context: `documents` (title, file), `findings` (dicts), `open_points`.
-#}
{% set zvh = cfg.zvh %}
{% set lk = cfg.legal_framework %}
@titel Verantwoording bij de documentenset van het {{ zvh.name }}

@sectie over | Over deze notitie
p Deze notitie hoort bij versie {{ cfg.document.version }} ({{ cfg.document.status }}) van
  {{ cfg.document.date|datum }} van de documenten van het {{ zvh.name }}. Zij is bestemd voor
  de Stuurgroep en de juristen die de documenten beoordelen, en maakt geen deel uit van de
  documenten die worden ondertekend. Zij legt vast welke keuzes en afwijkingen aan de documenten
  ten grondslag liggen en wat de geautomatiseerde controle op samenhang en wettelijke eisen
  heeft gevonden.
p De documenten beschrijven het wettelijk kader zoals dat geldt op
  {{ cfg.reference_date|datum }} (de peildatum). De set bestaat uit:
{% for d in documents %}
bullet {{ d.title }} ({{ d.file }})
{% endfor %}

@sectie kader | Keuzes over het wettelijk kader
{% if v.wgs_protocols %}
p Het zorg- en veiligheidshuis verwerkt de complexe casuïstiek onder de
  {{ wet('wgs') }}. Waar die wet naar het daarop berustende Besluit verwijst, is de tekst van
  dat Besluit bij het opstellen niet geraadpleegd; de regio heeft daarom de volgende keuzes
  zelf vastgelegd, na toetsing door de privacyfunctionarissen:
bullet contactpunt voor betrokkenen: {{ v.full_name(v.party(lk.contact_point)) if lk.contact_point else open('contactpunt') }};
bullet coördinerend functionaris voor gegevensbescherming: die van
  {{ v.full_name(v.party(lk.coordinating_dpo)) if lk.coordinating_dpo else open('coördinerend FG') }};
{% if v.police %}
bullet Artikel 20 Wpg Beslissing naast de verstrekking op grond van de WGS:
  {{ 'ja' if lk.article20_alongside else ('nee' if lk.article20_alongside is false else open('keuze artikel20_naast_wgs')) }}.
{% endif %}
{% else %}
p Het zorg- en veiligheidshuis verwerkt de casuïstiek op grond van de afspraken in het convenant
  en de privacyprotocollen.
{% endif %}
{% for pr in v.protocols %}
bullet Werkproces ‘{{ pr.name }}’: {% if pr.framework == 'wgs' %}onder de {{ wet('wgs') }}{% elif pr.framework == 'radicalisering' %}onder de {{ wet('wet_radicalisering') }}{% else %}op grond van het convenant en het privacyprotocol{% endif %}{% if pr.third_parties %}; per casus als derde: {{ v.full_names(pr.third_parties) }}{% endif %}.
{% endfor %}

@sectie wetgeving | Aangehaalde wet- en regelgeving
{# From the law catalog (templates/catalogus/wetgeving.yaml) via protocolmaker.citations: what the
   set cites, whether it holds on the peildatum, and which cited articles were not read in the
   official text when the catalog was compiled (docs/wetgeving-onderzoek.md). #}
p De documenten halen de volgende regelingen aan. Artikelen waarvan het onderwerp bij het
  samenstellen van de catalogus niet in de officiële tekst is nagelezen, zijn als zodanig
  vermeld; de jurist die de documenten beoordeelt, controleert die in het bijzonder.
{% for c in cited %}
bullet {{ c.law.title }}{% if c.law.source %} ({{ c.law.source }}){% endif %}{% if not c.in_force %}, geldt niet op de peildatum{% endif %}{% if c.articles %}: {{ c.cited_text }}{% if c.unchecked %}; niet nagelezen: {{ c.unchecked_text }}{% endif %}{% endif %}{{ ';' if not loop.last else '.' }}
{% endfor %}
{% if v.wgs_protocols %}
p Niet vastgesteld bij het opstellen: de tekst van het besluit bij de {{ wet('wgs') }}
  (Stb. 2024, 380), waar de wet daarnaar verwijst (het contactpunt), en
  of de politie naast de verstrekking op grond van {{ art('wpg', 20, lid=3) }} nog een beslissing
  op grond van {{ art('wpg', 20, lid=1) }} neemt. De keuzes die de regio daarover heeft gemaakt,
  staan hierboven.
{# The rest of what the law research could not establish and the documents rely on
   (docs/wetgeving-onderzoek.md:30-92, § 0 points 1, 2, 5, 6 and 9, and :497-503, § 5), so the
   lawyer who reviews the set sees it beside the choices (issue 10: ‘list it in your closing
   note’; audit 2026-12-06) #}
p Evenmin vastgesteld, en door de jurist te toetsen:
bullet de tekst van de Staatsbladen zelf (Stb. 2024, 198 en Stb. 2024, 380); de datum van
  inwerkingtreding (1 maart 2025) berust op de geconsolideerde tekst en op berichtgeving van de
  rijksoverheid;
bullet of het Besluit andere partijen als deelnemer aanwijst ({{ art('wgs', '2.27', lid=5) }}),
  zoals Halt, Slachtofferhulp Nederland of een woningcorporatie; de documenten betrekken die per
  casus als derde;
bullet welke rol de private deelnemers hebben bij de gezamenlijke verwerking: de wet sluit hen
  uit als gezamenlijke verwerkingsverantwoordelijke ({{ art('wgs', '2.27', lid=3) }}), maar zegt
  niet wat zij dan zijn;
bullet of naast het Besluit nog een regeling in de zin van {{ art('avg', 26) }} tussen de
  deelnemers nodig is, die {{ 'de privacyprotocollen geven' if v.several_protocols else 'het privacyprotocol geeft' }};
bullet de bewaartermijnen, aanvullende gegevenscategorieën en werkwijze die het Besluit kan
  regelen; de protocollen volgen de termijnen van het Handvat binnen de grens van
  {{ art('wgs', '1.8', lid=7) }}.
{% endif %}
{% if v.protocols|selectattr('framework', 'equalto', 'radicalisering')|list %}
p Voor het werkproces radicalisering is niet vastgesteld: het Staatsbladnummer van de
  {{ wet('wet_radicalisering') }}, en wat {{ art('wgs', '2.31', lid=13) }} betekent voor een
  eigen werkproces radicalisering in het zorg- en veiligheidshuis: neemt het casusoverleg van de
  burgemeester een casus in behandeling, dan vindt dat artikel daarop geen verdere toepassing.
  Die verhouding is niet juridisch beoordeeld.
{% endif %}

@sectie afwijkingen | Bewust aanvaarde afwijkingen
{% set accepted = findings|selectattr('afwijking')|list %}
{% if accepted %}
p De regio heeft de volgende bevindingen van de controle bewust aanvaard:
{% for f in accepted %}
bullet {{ f.regel }} {{ f.titel }}: {{ f.melding }} Reden: {{ f.afwijking }}
{% endfor %}
{% else %}
p Er zijn geen bevindingen bewust aanvaard.
{% endif %}

@sectie bevindingen | Bevindingen van de controle
{% set open_findings = findings|rejectattr('afwijking')|list %}
{% if open_findings %}
p De geautomatiseerde controle van de documenten op samenhang en wettelijke eisen geeft de
  volgende bevindingen (de code voor elke bevinding is die van de controleregel; de lijst van
  regels met hun bron hoort bij het hulpmiddel waarmee de documenten zijn opgesteld):
{% for f in open_findings %}
bullet {{ f.regel }} ({{ f.ernst }}) {{ f.titel }}: {{ f.melding }}{% if f.document %} [{{ f.document }}{% if f.plaats %}, {{ f.plaats }}{% endif %}]{% endif %}
{% endfor %}
{% else %}
p De geautomatiseerde controle van de documenten op samenhang en wettelijke eisen geeft geen
  bevindingen.
{% endif %}
{% if open_points %}

@sectie open | Open punten
p De volgende punten zijn nog niet ingevuld; een definitieve versie wordt pas gemaakt als ze zijn
  ingevuld:
{% for where, what in open_points %}
bullet {{ where }}: {{ what }}
{% endfor %}
{% endif %}

{% set analysed = cfg.partners|selectattr('legal_analysis')|list %}
{% if analysed %}
@sectie analyses | Juridische analyses
p Voor de volgende partijen, die het model van het privacyprotocol niet noemt of die geen taak
  van algemeen belang hebben, is vóór de uitwisseling van persoonsgegevens een juridische analyse
  vastgesteld:
{% for p in analysed %}
bullet {{ v.full_name(p) }}: kenmerk {{ p.legal_analysis.reference }}, {{ p.legal_analysis.date|datum }}{{ ';' if not loop.last else '.' }}
{% endfor %}

{% endif %}
@sectie contact | Contactpersonen
{% set adviser = v.person(zvh.privacy_adviser) %}
p Privacyadviseur van het zorg- en veiligheidshuis:
  {% if adviser %}{{ adviser.name }}, {{ adviser.function }}{% if adviser.organisation %}, in dienst van {{ v.employer(adviser.organisation) }}{% endif %}{% else %}{{ open('privacyadviseur (zvh: privacyadviseur)') }}{% endif %}.
{% if zvh.privacy_contact %}
p Privacyvragen en verzoeken van betrokkenen: {{ zvh.privacy_contact }}.
{% endif %}
