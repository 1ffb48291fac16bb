"""Flatten a numbered Document into the block sequence both renderers draw.

DOCX and PDF read the same `Block`s with the same `Run`s, so the text a reader sees cannot
differ between the two formats; each renderer only decides how a style looks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from protocolmaker.model.document import (
    Cite,
    Document,
    Inline,
    Open,
    Paragraph,
    Ref,
    Signature,
    Term,
    Text,
)

Style = Literal[
    "title", "subtitle", "section", "p", "party", "bullet", "num", "closing", "heading",
    "article", "intro", "lid", "item", "note", "annex", "signature", "toc",
]


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    open_point: bool = False
    link: str | None = None


@dataclass
class Block:
    style: Style
    runs: list[Run] = field(default_factory=list)
    label: str = ""
    """Number in the margin: ‘4.3’ for a lid, ‘a.’ for an onderdeel."""
    anchor: str | None = None
    page_break: bool = False
    signer: list[Run] = field(default_factory=list)
    """For a signature block: who signs."""

    @property
    def text(self) -> str:
        body = "".join(r.text for r in self.runs)
        return f"{self.label} {body}" if self.label else body


def runs(inline: Inline, doc: Document) -> list[Run]:
    out: list[Run] = []
    for span in inline:
        if isinstance(span, Text):
            out.append(Run(span.text))
        elif isinstance(span, Term):
            out.append(Run(span.term, bold=True))
        elif isinstance(span, Ref):
            out.append(Run(doc.ref_text(span), link=doc.ref_anchor(span)))
        elif isinstance(span, Open):
            out.append(Run(f"[{span.description}]", open_point=True))
        elif isinstance(span, Cite):
            out.append(Run(doc.cite_text(span)))
    return out


NOTE_PREFIX = "Toelichting: "


def _notes(notes: list[Inline], doc: Document) -> Iterator[Block]:
    if doc.show_notes:
        for note in notes:
            yield Block("note", [Run(NOTE_PREFIX, bold=True), *runs(note, doc)])


def _paragraph(block: Paragraph | Signature, doc: Document, label: str = "") -> Iterator[Block]:
    if isinstance(block, Signature):
        yield Block("signature", runs(block.party, doc), signer=runs(block.signer, doc))
        return
    yield Block(block.kind, runs(block.content, doc), label=label)
    yield from _notes(block.notes, doc)


def _paragraphs(blocks: list[Paragraph | Signature], doc: Document) -> Iterator[Block]:
    """A container's blocks; consecutive `num` paragraphs are numbered 1., 2., … ."""
    n = 0
    for b in blocks:
        n = n + 1 if isinstance(b, Paragraph) and b.kind == "num" else 0
        yield from _paragraph(b, doc, f"{n}." if n else "")


def toc_entries(doc: Document) -> list[tuple[str, str]]:
    """(anchor, text) for the table of contents."""
    return [(f"artikel-{a.number}", a.heading) for a in doc.articles] + [
        (f"bijvoegsel-{b.number}", b.heading) for b in doc.annexes]


def layout(doc: Document) -> list[Block]:
    blocks: list[Block] = [Block("title", [Run(doc.title)])]
    meta = doc.meta
    blocks.append(Block("subtitle", [Run(f"Versie {meta.version} — {meta.status} — {meta.date}")]))
    if doc.articles:
        blocks.append(Block("toc"))
    for section in doc.sections:
        blocks.append(Block("section", [Run(section.title)], anchor=f"sectie-{section.key}"))
        yield_notes = list(_notes(section.notes, doc))
        blocks.extend(yield_notes)
        blocks.extend(_paragraphs(section.blocks, doc))
    for art in doc.articles:
        blocks.append(Block("article", [Run(art.heading)], anchor=f"artikel-{art.number}"))
        blocks.extend(_notes(art.notes, doc))
        if art.intro:
            blocks.append(Block("intro", runs(art.intro, doc)))
        for lid in art.leden:
            blocks.append(Block("lid", runs(lid.content, doc), label=lid.number))
            blocks.extend(_notes(lid.notes, doc))
            for item in lid.items:
                blocks.append(Block("item", runs(item.content, doc), label=f"{item.number}."))
                blocks.extend(_notes(item.notes, doc))
    blocks.extend(_paragraphs(doc.closing, doc))
    for annex in doc.annexes:
        blocks.append(Block("annex", [Run(annex.heading)], anchor=f"bijvoegsel-{annex.number}",
                            page_break=True))
        blocks.extend(_notes(annex.notes, doc))
        blocks.extend(_paragraphs(annex.blocks, doc))
    return blocks


def running_title(doc: Document) -> str:
    """The running header without the status (which each renderer sets apart)."""
    return f"{doc.meta.label} {doc.meta.zvh_name} — versie {doc.meta.version}"


def running_header(doc: Document) -> str:
    status = "CONCEPT" if doc.is_concept else "definitief"
    return f"{running_title(doc)} — {status}"
