"""The clause markup: what a template produces after Jinja, parsed into the document model.

Each element starts at column 0 with a keyword; a line that starts with white space continues
the element above it. Blank lines are ignored.

    @titel <title>                         document title
    @sectie <key> | <title>                 a section before the articles (aanhef, overwegingen)
    @artikel <key> | <title>                an article
    @slot                                   the closing part (signatures)
    @bijvoegsel <key> | <title>             an annex
    intro text                              unnumbered lead-in of an article
    lid text  /  lid[key] text              a lid of the current article
    ond text  /  ond[key] text              an onderdeel of the current lid
    p | bullet | num | party | heading text a paragraph in a section, the closing or an annex
                                            (num: an item of a numbered list, 1., 2., …)
    note text                               a Toelichting on the element above
    sign <party> | <signer>                 a signature block

Inline: [[ref:key]] (or [[Ref:key]] capitalised, [[ref:doc#key]] another document, [[nr:key]]
only the number),
[[def:Term]] the place a term is defined, [[open:description]] an open point, [[wet:…]] a
citation of the law (written by the `art`/`wet` template helpers, see `model.law`).
Values from the config are escaped by the composer (\\ \\[ \\] \\| ), so they never make markup.
"""

from __future__ import annotations

import re

from protocolmaker.errors import BuildError
from protocolmaker.model.document import (
    Annex,
    Article,
    Cite,
    Document,
    Inline,
    Item,
    Lid,
    Meta,
    Open,
    Paragraph,
    Ref,
    Section,
    Signature,
    Span,
    Term,
    Text,
)
from protocolmaker.model.law import Citation

_LINE = re.compile(r"^(@\w+|intro|lid|ond|p|bullet|num|party|heading|closing|note|sign)"
                   r"(\[[a-z0-9-]+\])?(?: (.*))?$")
_INLINE = re.compile(r"\[\[(ref|Ref|nr|def|open|wet|Wet):((?:\\.|[^\]\\])+)\]\]")
_ESCAPE = re.compile(r"\\(.)")


def unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)


def parse_inline(text: str) -> Inline:
    spans: list[Span] = []
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            spans.append(Text(unescape(text[pos:m.start()])))
        kind, arg = m.group(1), unescape(m.group(2))
        if kind in ("ref", "Ref", "nr"):
            doc, _, key = arg.rpartition("#")
            spans.append(Ref(key, capital=kind == "Ref", doc=doc or None, bare=kind == "nr"))
        elif kind == "def":
            spans.append(Term(arg))
        elif kind in ("wet", "Wet"):
            spans.append(Cite(Citation.decode(arg), capital=kind == "Wet"))
        else:
            spans.append(Open(arg))
        pos = m.end()
    if pos < len(text):
        spans.append(Text(unescape(text[pos:])))
    return _merge_text(spans)


def _merge_text(spans: list[Span]) -> Inline:
    out: list[Span] = []
    for s in spans:
        if isinstance(s, Text) and out and isinstance(out[-1], Text):
            out[-1] = Text(out[-1].text + s.text)
        else:
            out.append(s)
    return out


def split_fields(text: str, n: int, where: str) -> list[str]:
    """Split on unescaped `|` into exactly n fields."""
    parts = [p.strip() for p in re.split(r"(?<!\\)\|", text)]
    if len(parts) != n:
        raise BuildError(f"sjabloonfout bij {where}: verwacht {n} velden gescheiden door ‘|’.")
    return parts


def _logical_lines(source: str, name: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    for no, raw in enumerate(source.splitlines(), 1):
        if not raw.strip():
            continue
        if raw[0] in " \t":
            if not lines:
                raise BuildError(f"sjabloonfout in {name}:{no}: vervolgregel zonder element.")
            lines[-1] = (lines[-1][0], lines[-1][1] + " " + raw.strip())
        else:
            lines.append((no, raw.rstrip()))
    return lines


def parse(source: str, name: str, kind: str, meta: Meta) -> Document:
    """Parse rendered markup into an (unnumbered) Document."""
    doc = Document(kind=kind, title="", meta=meta)
    section: Section | None = None
    article: Article | None = None
    annex: Annex | None = None
    lid: Lid | None = None
    last: object = None
    in_closing = False

    for no, line in _logical_lines(source, name):
        m = _LINE.match(line)
        where = f"{name}:{no}"
        if not m:
            raise BuildError(f"sjabloonfout in {where}: onbekend element: {line[:60]!r}")
        word, key, rest = m.group(1), (m.group(2) or "")[1:-1] or None, (m.group(3) or "")
        if word == "@titel":
            doc.title = unescape(rest)
        elif word == "@sectie":
            skey, title = split_fields(rest, 2, where)
            section, article, annex, lid, in_closing = Section(skey, unescape(title)), None, None, \
                None, False
            doc.sections.append(section)
            last = section
        elif word == "@artikel":
            akey, title = split_fields(rest, 2, where)
            article, section, annex, lid, in_closing = Article(akey, unescape(title)), None, \
                None, None, False
            doc.articles.append(article)
            last = article
        elif word == "@slot":
            section, article, annex, lid, in_closing = None, None, None, None, True
        elif word == "@bijvoegsel":
            bkey, title = split_fields(rest, 2, where)
            annex, section, article, lid, in_closing = Annex(bkey, unescape(title)), None, None, \
                None, False
            doc.annexes.append(annex)
            last = annex
        elif word == "intro":
            if article is None or article.leden:
                raise BuildError(f"sjabloonfout in {where}: ‘intro’ hoort vóór het eerste lid.")
            article.intro = parse_inline(rest)
        elif word == "lid":
            if article is None:
                raise BuildError(f"sjabloonfout in {where}: ‘lid’ buiten een artikel.")
            lid = Lid(parse_inline(rest), key)
            article.leden.append(lid)
            last = lid
        elif word == "ond":
            if lid is None:
                raise BuildError(f"sjabloonfout in {where}: ‘ond’ zonder lid.")
            item = Item(parse_inline(rest), key)
            lid.items.append(item)
            last = item
        elif word == "note":
            if last is None or not hasattr(last, "notes"):
                raise BuildError(f"sjabloonfout in {where}: ‘note’ zonder element.")
            last.notes.append(parse_inline(rest))  # type: ignore[attr-defined]
        elif word == "sign":
            party, signer = split_fields(rest, 2, where)
            _container(section, annex, in_closing, doc, where).append(
                Signature(parse_inline(party), parse_inline(signer)))
            last = None
        else:  # p, bullet, num, party, heading
            para = Paragraph(word, parse_inline(rest))  # type: ignore[arg-type]
            _container(section, annex, in_closing, doc, where).append(para)
            last = para
        if key and word not in ("lid", "ond"):
            raise BuildError(f"sjabloonfout in {where}: een sleutel [..] mag alleen bij lid/ond.")
    if not doc.title:
        raise BuildError(f"sjabloonfout in {name}: ‘@titel’ ontbreekt.")
    return doc


def _container(section: Section | None, annex: Annex | None, in_closing: bool, doc: Document,
               where: str) -> list:  # type: ignore[type-arg]
    if section is not None:
        return section.blocks
    if annex is not None:
        return annex.blocks
    if in_closing:
        return doc.closing
    raise BuildError(f"sjabloonfout in {where}: alinea buiten sectie, slot of bijvoegsel.")
