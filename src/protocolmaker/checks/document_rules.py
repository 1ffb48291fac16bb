"""Level 3: each rendered document on its own — numbering, references, terms, open points."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import islice

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.checks.text import defined_terms, full_text, party_lines, places, signatures
from protocolmaker.model.document import Document, Ref, Text
from protocolmaker.model.numbering import inlines, references

MODEL_DOCUMENTS = ("convenant", "privacyprotocol")
"""The documents whose definitions are the model's defined terms (004:10225-10300;
11620-11786)."""

MODEL_MISTAKES = {
    "Bijlage": "F4/F26: bijlagen heten ‘Bijvoegsel’",
    "Bewerker": "F31: ‘Verwerker’ (AVG), niet ‘Bewerker’ (Wbp)",
    "Wet bopz": "F31: de Wet bopz is per 1-1-2020 vervangen",
    "zorg- en zorg-": "F16: verdubbeling",
    "strafvordelijke": "F32: typefout",
    "Hoofdstuk 5 van het Handvat": "F25: het Handvat heeft geen hoofdstuk 5",
    "Cbp": "F31: het Cbp heet sinds 2016 Autoriteit Persoonsgegevens",
}
PLACEHOLDERS = ("[…]", "[naam", "[Naam", "Manager/Procesregisseur", "[De ", "[de ", "dd-mm-jjjj")


def _docs(ctx: Context) -> Iterator[tuple[str, str, Document]]:
    assert ctx.documents is not None
    for spec, doc in ctx.documents:
        yield spec.filename, spec.kind, doc


@rule("DOC-01", "Nummering doorlopend", "fout", "004:13083-13090; digest F29", 3)
def numbering(ctx: Context) -> Iterator[Hit]:
    """Artikelen, leden, onderdelen en bijvoegsels zijn zonder gaten genummerd (1, 2, 3 …)."""
    for name, _, doc in _docs(ctx):
        for i, art in enumerate(doc.articles, 1):
            if art.number != str(i):
                yield Hit(f"artikel {art.number} staat op plaats {i}.", document=name)
            for j, lid in enumerate(art.leden, 1):
                if lid.number != f"{i}.{j}":
                    yield Hit(f"lid {lid.number} staat op plaats {i}.{j}.", document=name)
        for i, x in enumerate(doc.annexes, 1):
            if x.number != str(i):
                yield Hit(f"{x.label} staat op plaats {i}.", document=name)


@rule("DOC-02", "Elke verwijzing wijst naar een bestaand artikel of bijvoegsel", "fout",
      "004:11728; 12345; 12500; 12581; 12856; digest E26, E27", 3)
def references_exist(ctx: Context) -> Iterator[Hit]:
    """Ook verwijzingen die als tekst in de bepalingen staan (‘artikel 12’, ‘Bijvoegsel 4’,
    ‘artikel 11 van het Convenant’) wijzen naar iets dat bestaat."""
    assert ctx.documents is not None
    sizes = {s.kind: (len(d.articles), len(d.annexes)) for s, d in ctx.documents}
    for name, kind, doc in _docs(ctx):
        for where, text in places(doc):
            for m in re.finditer(r"\b[Aa]rtikel (\d+)(?:\.(\d+))?( van het Convenant)?", text):
                target = "convenant" if m.group(3) else kind
                n_art = sizes.get(target, (0, 0))[0]
                if n_art and int(m.group(1)) > n_art and not _is_law(text, m.end()):
                    yield Hit(f"‘{m.group(0)}’ bestaat niet.", document=name, where=where)
            for m in re.finditer(r"\bBijvoegsel (\d+)( van het Convenant)?", text):
                target = "convenant" if m.group(2) else kind
                if int(m.group(1)) > sizes.get(target, (0, 0))[1]:
                    yield Hit(f"‘{m.group(0)}’ bestaat niet.", document=name, where=where)


def _is_law(text: str, end: int) -> bool:
    """‘artikel 26 AVG’, ‘artikel 172 van de Gemeentewet’: a statute, not this document."""
    tail = text[end:end + 60]
    return bool(re.match(r"[\w\s,.:()-]{0,60}?\b(AVG|Wpg|Wjsg|Bpg|Bjsg|UAVG|van de |van het "
                         r"(?!Convenant)|Politiewet|Jeugdwet|Wmo|BW|Sr|Sv|Wet|wet|Besluit)",
                         tail))


@rule("DOC-03", "Elk bijvoegsel wordt in de tekst genoemd", "waarschuwing",
      "004:10254; 10903; 10947; 11828; digest E26", 3)
def annexes_referenced(ctx: Context) -> Iterator[Hit]:
    """Een bijvoegsel waar geen bepaling naar verwijst, hoort er niet bij of mist een verwijzing."""
    for name, _, doc in _docs(ctx):
        targets = {r.target for r in references(doc) if not r.doc}
        for x in doc.annexes:
            if x.key not in targets:
                yield Hit(f"{x.heading} wordt nergens genoemd.", document=name, where=x.label)


@rule("DOC-04", "Elk begrip wordt één keer gedefinieerd", "fout", "004:10225-10300; 11620-11786",
      3)
def defined_once(ctx: Context) -> Iterator[Hit]:
    """Een begrip met twee definities in hetzelfde document is dubbelzinnig."""
    for name, _, doc in _docs(ctx):
        terms = defined_terms(doc)
        for term, n in Counter(t for t, _ in terms).items():
            if n > 1:
                yield Hit(f"‘{term}’ wordt {n} keer gedefinieerd.", document=name,
                          where=next(w for t, w in terms if t == term))


@rule("DOC-05", "Elk gedefinieerd begrip wordt gebruikt", "waarschuwing",
      "004:10225-10300; 11620-11786", 3)
def defined_used(ctx: Context) -> Iterator[Hit]:
    """Een definitie die de tekst niet gebruikt, kan weg (of de tekst gebruikt een ander woord)."""
    for name, _, doc in _docs(ctx):
        text = full_text(doc) + " " + doc.title
        for term, where in defined_terms(doc):
            if _uses(term, text, enough=2) < 2:
                yield Hit(f"‘{term}’ wordt gedefinieerd maar niet gebruikt.", document=name,
                          where=where)


def _uses(term: str, text: str, enough: int) -> int:
    """How often `\bterm` occurs in `text`, counted as `re.findall` counts, up to `enough`:
    `str.find` scans the long text, the regex only tests the word boundary where it can match."""
    pattern = re.compile(rf"\b{re.escape(term)}")
    if not term:
        return len(list(islice(pattern.finditer(text), enough)))
    n, i = 0, text.find(term)
    while i >= 0 and n < enough:
        if pattern.match(text, i):  # `\b` sees the character before i
            n += 1
            i = text.find(term, i + len(term))
        else:
            i = text.find(term, i + 1)
    return n


@rule("DOC-06", "Gebruikte begrippen met hoofdletter zijn gedefinieerd", "waarschuwing",
      "004:10132-10135; 10225-10300; 11620-11786", 3)
def capitalised_defined(ctx: Context) -> Iterator[Hit]:
    """Een begrip uit de definities van de modellen dat met hoofdletter midden in een zin staat,
    moet in dát document gedefinieerd zijn (‘woorden met een hoofdletter hebben de betekenis …’)."""
    model_terms = {t for _, kind, doc in _docs(ctx) if kind in MODEL_DOCUMENTS
                   for t, _ in defined_terms(doc)}
    for name, kind, doc in _docs(ctx):
        if kind not in ("convenant", "privacyprotocol", "artikel20"):
            continue
        own = {t for t, _ in defined_terms(doc)}
        texts = [(where, re.sub(r"‘[^’]*’", "", text)) for where, text in places(doc)
                 if where not in ("De ondergetekenden", "Aanhef", "ondertekening")]
        for term in sorted(t for t in model_terms - own if len(t) > 4):
            pattern = re.compile(rf"(?<![.:;•] )(?<!^)\b{re.escape(term)}\b")
            for where, text in texts:
                if term in text and pattern.search(text):  # the regex only where it can match
                    yield Hit(f"‘{term}’ staat met hoofdletter maar wordt hier niet "
                              "gedefinieerd.", document=name, where=where)
                    break


@rule("DOC-07", "Geen open punten in een definitief document", "fout",
      "004:12370-12373; 12526; digest E35", 3)
def no_open_points(ctx: Context) -> Iterator[Hit]:
    """Elk ‘[…]’ van het model is ingevuld voordat een document definitief wordt."""
    for name, _, doc in _docs(ctx):
        if doc.is_concept:
            continue
        for where, what in doc.open_points():
            yield Hit(f"open punt: {what}", document=name, where=where)


@rule("DOC-08", "Geen toelichting in een definitief document", "fout", "004:9958-10030", 3)
def no_notes(ctx: Context) -> Iterator[Hit]:
    """De toelichtingen van het model zijn schrijfaanwijzingen, geen tekst van de afspraken."""
    for name, _, doc in _docs(ctx):
        if doc.show_notes and not doc.is_concept:
            yield Hit("het document toont toelichtingen.", document=name)


@rule("DOC-09", "Partijen in de aanhef zijn de ondertekenaars", "fout",
      "004:10030-10130; 11450-11530; digest E1", 3)
def preamble_equals_signatures(ctx: Context) -> Iterator[Hit]:
    """Iedere partij in de aanhef heeft een ondertekeningsblok, en omgekeerd."""
    from protocolmaker.model.view import View

    protocols = {p.filename: p for p in View(ctx.cfg).protocols}
    for name, kind, doc in _docs(ctx):
        if kind not in ("convenant", "privacyprotocol"):
            continue
        wanted = len(protocols[name].partners if kind == "privacyprotocol" else ctx.cfg.partners)
        n_party, n_sign = len(party_lines(doc)), len(signatures(doc))
        if n_party != n_sign or n_sign != wanted:
            yield Hit(f"{n_party} partijen in de aanhef, {n_sign} ondertekeningsblokken, "
                      f"{wanted} partijen volgens de configuratie.", document=name,
                      where="ondertekening")


@rule("DOC-10", "De fouten van de modeltekst staan niet in het document", "fout",
      "shared/domain-digest.md F1-F34", 3)
def model_mistakes(ctx: Context) -> Iterator[Hit]:
    """Verwijzingen en termen die het model verkeerd heeft, zijn gecorrigeerd."""
    for name, kind, doc in _docs(ctx):
        for where, text in places(doc):
            for wrong, why in MODEL_MISTAKES.items():
                if wrong in text:
                    yield Hit(f"‘{wrong}’ — {why}.", document=name, where=where)
        if kind == "convenant":
            liability = next((a for a in doc.articles if a.key == "aansprakelijkheid"), None)
            if liability and any("dit Protocol" in t for w, t in places(doc)
                                 if w.startswith(f"artikel {liability.number}.")):
                yield Hit("het aansprakelijkheidsartikel spreekt van ‘dit Protocol’ (F1/F5).",
                          document=name, where=liability.heading)


@rule("DOC-11", "Geen invulplekken van het model in de tekst", "fout",
      "004:12370; 12436; 12526; 12739; digest E35", 3)
def placeholders(ctx: Context) -> Iterator[Hit]:
    """‘[Naam Partij]’, ‘[De Manager/Procesregisseur]’, ‘[…]’ zijn vervangen door de keuze uit de
    configuratie of een gemarkeerd open punt."""
    for name, _, doc in _docs(ctx):
        for inline in inlines(doc):
            text = "".join(s.text for s in inline if isinstance(s, Text))
            found = [p for p in PLACEHOLDERS if p in text]
            if found and "……" not in text:
                yield Hit(f"invulplek van het model in de tekst: ‘{found[0]}’ in "
                          f"‘{text[:60]}…’.", document=name)


@rule("DOC-12", "Verwijzingen naar een ander document gaan naar een document van de set",
      "fout", "004:12090-12092; digest F27", 3)
def external_refs(ctx: Context) -> Iterator[Hit]:
    """Een verwijzing naar ‘artikel … van het Convenant’ of ‘… van de Artikel 20 Wpg Beslissing’
    wijst naar een document dat in de set zit."""
    assert ctx.documents is not None
    kinds = {s.kind for s, _ in ctx.documents}
    for name, _, doc in _docs(ctx):
        for r in references(doc):
            if isinstance(r, Ref) and r.doc and r.doc not in kinds:
                yield Hit(f"verwijzing naar ‘{r.doc}’, dat niet in de set zit.", document=name)
