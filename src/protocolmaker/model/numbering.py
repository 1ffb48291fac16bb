"""Assign numbers at render time and resolve every symbolic reference.

Articles 1…n, leden n.1…, onderdelen a, b, c …, annexes Bijvoegsel 1…n. A reference to a key
that no element carries fails the build: a document with a dangling reference is never written.
"""

from __future__ import annotations

from string import ascii_lowercase

from protocolmaker.errors import BuildError
from protocolmaker.model.document import Cite, Document, Inline, Ref, Term


def letter(i: int) -> str:
    """a … z, then aa, bb … zz, aaa …: the letters Word's own list numbering gives (lowerLetter),
    so the DOCX, whose onderdelen Word numbers, shows the same letters as every other format."""
    return ascii_lowercase[i % 26] * (i // 26 + 1)


def number(doc: Document) -> Document:
    for a, art in enumerate(doc.articles, 1):
        art.number = str(a)
        for n, lid in enumerate(art.leden, 1):
            lid.number = f"{a}.{n}"
            for i, item in enumerate(lid.items):
                item.number = letter(i)
    for b, annex in enumerate(doc.annexes, 1):
        annex.number = str(b)
    return index(doc)


def index(doc: Document) -> Document:
    """From the numbers the elements carry: how a reference to each key reads (`targets`), its
    anchor, the defined terms; then every reference is checked. `number` calls it after
    numbering 1…n; `revision.stable` after numbering against an earlier version."""
    targets: dict[str, str] = {}
    anchors: dict[str, str] = {}

    def claim(key: str | None, text: str, anchor: str) -> None:
        if key is None:
            return
        if key in targets:
            raise BuildError(f"{doc.kind}: sleutel ‘{key}’ wordt door twee elementen gebruikt.")
        targets[key] = text
        anchors[key] = anchor

    for art in doc.articles:
        anchor = f"artikel-{art.number}"
        claim(art.key, f"artikel {art.number}", anchor)
        for lid in art.leden:
            claim(lid.key, f"artikel {lid.number}", anchor)
            for item in lid.items:
                claim(item.key, f"artikel {lid.number}, onder {item.number}", anchor)
    for annex in doc.annexes:
        claim(annex.key, f"Bijvoegsel {annex.number}", f"bijvoegsel-{annex.number}")
    doc.targets, doc.anchors = targets, anchors
    spans = [s for inline in inlines(doc) for s in inline]
    doc.defined = frozenset(s.term for s in spans if isinstance(s, Term))
    for cite in (s for s in spans if isinstance(s, Cite)):
        cite.citation.check()
    for ref in references(doc):
        if ref.doc:
            other = doc.external.get(ref.doc)
            if other is None or ref.target not in other.targets:
                raise BuildError(f"{doc.kind}: verwijzing naar ‘{ref.doc}#{ref.target}’ "
                                 "bestaat niet in dat document.")
        elif ref.target not in targets:
            raise BuildError(f"{doc.kind}: verwijzing naar ‘{ref.target}’, maar geen artikel, "
                             "lid, onderdeel of bijvoegsel draagt die sleutel.")
        elif ref.bare and not (" onder " in targets[ref.target] or "." in targets[ref.target]):
            # Word's REF \n to an article heading reads ‘Artikel 21’: a bare ‘21’ cannot be a
            # live field, so the template must name it in full (‘artikel 21 tot en met artikel
            # 23’).
            raise BuildError(f"{doc.kind}: [[nr:{ref.target}]] verwijst naar een heel artikel of "
                             "bijvoegsel; schrijf [[ref:…]].")
    return doc


def inlines(doc: Document) -> list[Inline]:
    """Every inline run of the document, notes included."""
    from protocolmaker.model.document import _block_inlines

    out: list[Inline] = []
    for section in doc.sections:
        out.extend(section.notes)
        for block in section.blocks:
            out.extend(_block_inlines(block))
    for art in doc.articles:
        out.append(art.intro)
        out.extend(art.notes)
        for lid in art.leden:
            out.append(lid.content)
            out.extend(lid.notes)
            for item in lid.items:
                out.append(item.content)
                out.extend(item.notes)
    for block in doc.closing:
        out.extend(_block_inlines(block))
    for annex in doc.annexes:
        out.extend(annex.notes)
        for block in annex.blocks:
            out.extend(_block_inlines(block))
    return out


def references(doc: Document) -> list[Ref]:
    return [s for inline in inlines(doc) for s in inline if isinstance(s, Ref)]
