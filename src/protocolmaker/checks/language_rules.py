"""Level 3: sentences a lawyer would strike out, found in the rendered text (issue 9).

Every defect here is one a template and a config value produce together at a seam: a word doubled
where a template article meets a config phrase, a reference tail said twice, two identical
onderdelen, an article that says an annex holds something the annex lacks, a reference that reads
as another law's article, a law named outside the catalog. Each rule has a test that plants the
defect (tests/test_language.py).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from protocolmaker.checks.engine import Context, Hit, rule
from protocolmaker.checks.text import places
from protocolmaker.model.document import Cite, Document, Paragraph, Ref, Text, plain
from protocolmaker.model.law import laws
from protocolmaker.model.numbering import inlines

_DOUBLED = re.compile(r"\b(de|het|een|van|in|op|aan|artikel|artikelen|lid|onder|en|of|te|"
                      r"[a-zà-ÿ]{4,})\s+\1\b", re.IGNORECASE)
"""The same word twice (‘van van’, ‘Convenant Convenant’)."""
_ARTICLE_PAIR = re.compile(r"\b(de|een)\s+(de|het|een)\b|\bhet\s+het\b|"
                           r"\bartikel(en)?\s+artikel\b", re.IGNORECASE)
"""Two articles in a row (‘de het college’); ‘het de’ and ‘het een’ are left alone, because
‘het’ is also a pronoun (‘betreft het een Casus’)."""
_TAIL_TWICE = re.compile(r"\b(van (?:het|dit|de) (?:Convenant|Protocol|Artikel 20 Wpg "
                         r"Beslissing))\s+(?:van (?:het|dit|de) (?:Convenant|Protocol))\b")
_CLAIMS = re.compile(r"(beschreven|opgenomen|vastgelegd|samengevat|uitgewerkt|gespecificeerd)"
                     r"\s+in\s+$")
MIN_ANNEX_WORDS = 120
DOCUMENT_NAMES = ("Artikel 20 Wpg Beslissing", "Artikel 20 Wpg-beslissing")
"""Names of documents of the set that contain a law's abbreviation: a name, not a citation."""


def _docs(ctx: Context) -> Iterator[tuple[str, Document]]:
    assert ctx.documents is not None
    for spec, doc in ctx.documents:
        yield spec.filename, doc


@rule("DOC-13", "Geen verdubbeld woord", "fout", "issue 9 (‘de het college’, ‘artikel artikel’)",
      3)
def doubled_words(ctx: Context) -> Iterator[Hit]:
    """Waar een sjabloon en een waarde uit de configuratie elkaar raken, staat geen woord twee
    keer (‘de het college’, ‘artikelen artikel 18’, ‘van van’)."""
    found: dict[str, str | None] = {}  # the protocols share most of their text
    for name, doc in _docs(ctx):
        for where, text in places(doc):
            if text not in found:
                found[text] = _doubled(text)
            if (message := found[text]) is not None:
                yield Hit(message, document=name, where=where)


def _doubled(text: str) -> str | None:
    for pattern in (_DOUBLED, _ARTICLE_PAIR):
        m = pattern.search(text)
        if m and m.group(0).lower() not in ("dat dat", "die die"):
            return f"‘{m.group(0)}’ in ‘…{text[max(0, m.start() - 30):m.end() + 30]}…’."
    return None


@rule("DOC-14", "Een verwijzing noemt haar document één keer", "fout",
      "issue 9 (‘artikel 2 van het Convenant van het Convenant’)", 3)
def reference_tail(ctx: Context) -> Iterator[Hit]:
    """Een verwijzing naar een ander document zegt zelf al ‘van het Convenant’; de tekst
    herhaalt dat niet."""
    for name, doc in _docs(ctx):
        for where, text in places(doc):
            m = _TAIL_TWICE.search(text)
            if m:
                yield Hit(f"‘{m.group(0)}’.", document=name, where=where)


@rule("DOC-15", "Geen twee gelijke onderdelen", "fout",
      "issue 9 (drie gelijke reclasseringsonderdelen in 6.4)", 3)
def identical_items(ctx: Context) -> Iterator[Hit]:
    """Twee onderdelen van één lid (of twee opsommingstekens op een rij) met dezelfde tekst
    zeggen niet wie wat doet."""
    for name, doc in _docs(ctx):
        for art in doc.articles:
            for lid in art.leden:
                texts = [plain(i.content, doc).rstrip(";.,: ") for i in lid.items]
                for text, n in Counter(texts).items():
                    if n > 1 and text:
                        yield Hit(f"{n} onderdelen luiden ‘{text[:60]}…’.", document=name,
                                  where=f"artikel {lid.number}")
        for annex in doc.annexes:
            prev = None
            for b in annex.blocks:
                text = plain(b.content, doc).rstrip(";.") if isinstance(b, Paragraph) else None
                if text and text == prev:
                    yield Hit(f"twee keer ‘{text[:60]}…’.", document=name, where=annex.label)
                prev = text


@rule("DOC-16", "Een bijvoegsel bevat wat de tekst ervan zegt", "fout",
      "issue 9.4 (Bijvoegsel 3 en 4 van het convenant waren lege hulzen)", 3)
def annex_has_content(ctx: Context) -> Iterator[Hit]:
    """Zegt een artikel dat iets ‘beschreven in’ of ‘opgenomen in’ een bijvoegsel is, dan staat
    het daar ook: het bijvoegsel is geen lege huls."""
    for name, doc in _docs(ctx):
        words = {a.key: sum(len(plain(b.content, doc).split()) for b in a.blocks
                            if isinstance(b, Paragraph)) for a in doc.annexes}
        for art in doc.articles:
            for lid in art.leden:
                for inline in (lid.content, *(i.content for i in lid.items)):
                    for before, span in pairwise(inline):
                        if isinstance(span, Ref) and not span.doc and span.target in words \
                                and isinstance(before, Text) and _CLAIMS.search(before.text) \
                                and words[span.target] < MIN_ANNEX_WORDS:
                            yield Hit(f"{doc.ref_text(span)} zou een inhoud bevatten maar telt "
                                      f"{words[span.target]} woorden.", document=name,
                                      where=f"artikel {lid.number}")


@rule("DOC-17", "Een verwijzing leest niet als een artikel van een andere wet", "fout",
      "issue 9 (‘ingevolge artikel 8 en artikel 39j Wjsg’ leest als Wjsg art. 8)", 3)
def ambiguous_reference(ctx: Context) -> Iterator[Hit]:
    """‘artikel 8 en artikel 39j Wjsg’ laat de lezer denken dat beide artikelen uit de Wjsg
    komen; een verwijzing naar het eigen document vlak vóór een wetsartikel zegt ‘van dit
    Protocol’."""
    for name, doc in _docs(ctx):
        for inline in inlines(doc):
            for a, b, c in zip(inline, inline[1:], inline[2:], strict=False):
                if isinstance(a, Ref) and not a.doc and isinstance(b, Text) \
                        and b.text.strip() in ("en", "of", ",") and isinstance(c, Cite) \
                        and c.citation.articles:
                    yield Hit(f"‘{doc.ref_text(a)}{b.text}{doc.cite_text(c)}’.",
                              document=name)


@rule("DOC-18", "Wetten worden aangehaald via de catalogus", "waarschuwing",
      "issue 10 (templates/catalogus/wetgeving.yaml)", 3)
def law_outside_catalog(ctx: Context) -> Iterator[Hit]:
    """Een wet die in de tekst staat zonder via de catalogus te zijn aangehaald, wordt niet op
    geldigheid gecontroleerd en verandert niet mee als de wet verandert (bijvoorbeeld een wet
    die in een zelfgeschreven doel of afspraak wordt genoemd)."""
    titles = sorted({e.title for e in laws().values()}, key=len, reverse=True)
    shorts = sorted({e.short for e in laws().values() if e.short}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:(?i:" + "|".join(re.escape(n) for n in titles) + r")|"
                         + "|".join(re.escape(n) for n in shorts) + r")(?![\w-])")
    found: dict[str, str | None] = {}  # the protocols share most of their text
    for name, doc in _docs(ctx):
        for inline in inlines(doc):
            for span in inline:
                if not isinstance(span, Text):
                    continue
                if span.text not in found:
                    found[span.text] = _uncatalogued(pattern, span.text)
                if (message := found[span.text]) is not None:
                    yield Hit(message, document=name)
                    break


def _uncatalogued(pattern: re.Pattern[str], text: str) -> str | None:
    for doc_name in DOCUMENT_NAMES:
        text = text.replace(doc_name, "")
    m = pattern.search(text)
    if not m:
        return None
    return (f"‘{m.group(0)}’ staat in de tekst zonder verwijzing naar de catalogus: "
            f"‘…{text[max(0, m.start() - 40):m.end() + 20]}…’.")


@rule("DOC-19", "Een verwijzing naar een onderdeel wordt met een komma afgesloten", "fout",
      "Aanwijzingen voor de regelgeving 3.29 (schrijfwijze van verwijzingen)", 3)
def comma_after_item(ctx: Context) -> Iterator[Hit]:
    """‘artikel 6.7, onder c, vastgestelde proces’: loopt de zin na een verwijzing naar een
    onderdeel door, dan sluit een komma de verwijzing af; zonder komma leest ‘onder c
    vastgestelde’ als één geheel."""
    allowed = (" en ", " of ", " tot en met ", " juncto ")
    for name, doc in _docs(ctx):
        for inline in inlines(doc):
            for ref, nxt in pairwise(inline):
                if isinstance(ref, Ref) and not ref.doc and isinstance(nxt, Text) \
                        and ", onder " in doc.ref_text(Ref(ref.target, doc=ref.doc)) \
                        and re.match(r" [a-zà-ÿ]", nxt.text) \
                        and not nxt.text.startswith(allowed) \
                        and not re.match(r" van (het|de|dit) ", nxt.text):
                    yield Hit(f"‘{doc.ref_text(ref)}{nxt.text[:30]}…’ mist een komma na de "
                              "verwijzing.", document=name)
