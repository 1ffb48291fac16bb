"""Flatten a numbered Document into the block sequence every renderer draws.

DOCX, PDF and HTML read the same `Block`s with the same `Run`s, so the text a reader sees cannot
differ between formats; each renderer only decides how a style looks. Run texts carry Dutch
line-breaking typography (`typography.tie`: no-break spaces, no break after ‘’s-’).

What a word processor computes itself is marked as such, so the DOCX can hand it to Word:
- a block's number (`Block.label` of a lid or onderdeel, the `Run(numbering=True)` that starts an
  article or annex heading) is drawn by Word's list numbering, never typed;
- a reference (`Run.ref`) becomes a REF field to the bookmark its target block carries
  (`Block.bookmarks`), with the run's text as the field's cached result.
`Block.key` is the model's identity of the element (article, lid, onderdeel, annex or section
key), for matching two versions of a document element by element.

The versietabel (style "versions", key "versietabel", right after the subtitle) is the one
block that is a table: its `runs` are empty and `rows` holds one row per version, oldest first,
each row the cells of `VERSION_COLUMNS` (Versie, Datum, Status, Wijziging) as lists of runs.
A row is identified by its version (the first cell's text; versions are unique).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import pairwise
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
from protocolmaker.model.typography import tie

Style = Literal[
    "title", "subtitle", "versions", "section", "p", "party", "bullet", "num", "closing",
    "heading", "article", "intro", "lid", "item", "note", "annex", "signature", "toc",
]

VERSION_COLUMNS = ("Versie", "Datum", "Status", "Wijziging")
"""The header row of the versietabel, in every format."""
VERSIONS_KEY = "versietabel"


RefKind = Literal["article", "lid", "item", "annex"]


@dataclass(frozen=True)
class RefTarget:
    """What a reference run points at, for renderers that make it a live cross-reference.

    The run's text is the model's reference text (‘artikel 6.3, onder b’). It ends with
    `number` (‘b’), and for an onderdeel contains `lid_number` (‘6.3’) before that.
    """

    key: str
    """Bookmark key of the target block (in its `Block.bookmarks`)."""
    kind: RefKind
    number: str
    """The target's own number as the reference shows it: ‘6’, ‘6.3’, ‘b’, ‘2’."""
    capital: bool = False
    lid_key: str | None = None
    """For an onderdeel: bookmark key of the lid it belongs to."""
    lid_number: str | None = None


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    open_point: bool = False
    link: str | None = None
    ref: RefTarget | None = None
    """Set for a reference within this document; references to another document stay text."""
    numbering: bool = False
    """The element's own number (‘Artikel 6. ’ of a heading): list numbering in Word."""


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
    key: str | None = None
    """The model key of the element this block draws, if it has one."""
    bookmarks: list[str] = field(default_factory=list)
    """Bookmark keys on this block: what `RefTarget.key`/`lid_key` of a reference names."""
    keep_with_next: bool = False
    """Lead-in of a list (a lid with onderdelen, an article's intro): keep with what follows."""
    rows: list[list[list[Run]]] = field(default_factory=list)
    """For the versietabel: per row, per column of `VERSION_COLUMNS`, the cell's runs."""

    @property
    def text(self) -> str:
        body = "".join(r.text for r in self.runs)
        return f"{self.label} {body}" if self.label else body


def cell_text(cell: list[Run]) -> str:
    return "".join(r.text for r in cell)


Targets = dict[str, RefTarget]
"""Model key → what a reference to it points at (without capitalisation)."""


def targets(doc: Document) -> Targets:
    """Every numbered element a reference can name, with the bookmark key it carries."""
    out: Targets = {}
    for art in doc.articles:
        out[art.key] = RefTarget(art.key, "article", art.number)
        for n, lid in enumerate(art.leden, 1):
            lid_key = lid_bookmark(art.key, n, lid.key)
            if lid.key:
                out[lid.key] = RefTarget(lid.key, "lid", lid.number)
            for item in lid.items:
                if item.key:
                    out[item.key] = RefTarget(item.key, "item", item.number,
                                              lid_key=lid_key, lid_number=lid.number)
    for annex in doc.annexes:
        out[annex.key] = RefTarget(annex.key, "annex", annex.number)
    return out


def lid_bookmark(article_key: str, n: int, key: str | None) -> str:
    """The bookmark key of a lid: its own key, or (for a lid whose onderdelen are referred
    to but that has none) its place in its article."""
    return key or f"{article_key}.{n}"


def runs(inline: Inline, doc: Document, found: Targets | None = None) -> list[Run]:
    out: list[Run] = []
    for span in inline:
        if isinstance(span, Text):
            out.append(Run(tie(span.text)))
        elif isinstance(span, Term):
            out.append(Run(tie(span.term), bold=True))
        elif isinstance(span, Ref):
            target = None
            if found is not None and not span.doc:
                target = found.get(span.target)
                if target is not None and span.capital:
                    target = replace(target, capital=True)
            out.append(Run(tie(doc.ref_text(span)), link=doc.ref_anchor(span), ref=target))
        elif isinstance(span, Open):
            out.append(Run(f"[{tie(span.description)}]", open_point=True))
        elif isinstance(span, Cite):
            out.append(Run(tie(doc.cite_text(span))))
    return out


NOTE_PREFIX = "Toelichting: "


def _notes(notes: list[Inline], doc: Document, found: Targets) -> Iterator[Block]:
    if doc.show_notes:
        for note in notes:
            yield Block("note", [Run(NOTE_PREFIX, bold=True), *runs(note, doc, found)])


def _paragraph(block: Paragraph | Signature, doc: Document, found: Targets,
               label: str = "") -> Iterator[Block]:
    if isinstance(block, Signature):
        yield Block("signature", runs(block.party, doc, found),
                    signer=runs(block.signer, doc, found))
        return
    yield Block(block.kind, runs(block.content, doc, found), label=label)
    yield from _notes(block.notes, doc, found)


def _paragraphs(blocks: list[Paragraph | Signature], doc: Document,
                found: Targets) -> Iterator[Block]:
    """A container's blocks; consecutive `num` paragraphs are numbered 1., 2., … ."""
    n = 0
    for b in blocks:
        n = n + 1 if isinstance(b, Paragraph) and b.kind == "num" else 0
        yield from _paragraph(b, doc, found, f"{n}." if n else "")


def toc_entries(doc: Document) -> list[tuple[str, str]]:
    """(anchor, text) for the table of contents."""
    return [(f"artikel-{a.number}", a.heading) for a in doc.articles] + [
        (f"bijvoegsel-{b.number}", b.heading) for b in doc.annexes]


def _heading(label: str, title: str) -> list[Run]:
    """‘Artikel 6. ’ (the number, list numbering in Word) and the title."""
    return [Run(tie(f"{label}. "), numbering=True), Run(tie(title))]


def version_rows(doc: Document) -> list[list[list[Run]]]:
    """The versietabel's rows: version, date, status, and what changed (with who adopted it)."""
    rows = []
    for v in doc.meta.versions():
        change = v.change + (f" (vastgesteld door {v.adopted_by})" if v.adopted_by else "")
        rows.append([[Run(tie(v.version))], [Run(tie(v.date))], [Run(v.status)],
                     [Run(tie(change))]])
    return rows


def layout(doc: Document) -> list[Block]:
    found = targets(doc)
    referred = {r.lid_key for r in found.values() if r.lid_key}
    blocks: list[Block] = [Block("title", [Run(tie(doc.title))])]
    meta = doc.meta
    blocks.append(Block("subtitle", [Run(tie(f"Versie {meta.version} — {meta.status} — "
                                             f"{meta.date}"))]))
    if meta.consolidation:
        blocks.append(Block("subtitle", [Run(tie(meta.consolidation))]))
    blocks.append(Block("versions", rows=version_rows(doc), key=VERSIONS_KEY))
    if doc.articles:
        blocks.append(Block("toc"))
    for section in doc.sections:
        blocks.append(Block("section", [Run(tie(section.title))],
                            anchor=f"sectie-{section.key}", key=section.key))
        blocks.extend(_notes(section.notes, doc, found))
        blocks.extend(_paragraphs(section.blocks, doc, found))
    for art in doc.articles:
        blocks.append(Block("article", _heading(f"Artikel {art.number}", art.title),
                            anchor=f"artikel-{art.number}", key=art.key, bookmarks=[art.key]))
        blocks.extend(_notes(art.notes, doc, found))
        if art.intro:
            blocks.append(Block("intro", runs(art.intro, doc, found),
                                keep_with_next=bool(art.leden)))
        for n, lid in enumerate(art.leden, 1):
            marks = [k for k in (lid.key,) if k]
            derived = lid_bookmark(art.key, n, None)
            if not lid.key and derived in referred:
                marks.append(derived)
            blocks.append(Block("lid", runs(lid.content, doc, found), label=lid.number,
                                key=lid.key, bookmarks=marks, keep_with_next=bool(lid.items)))
            blocks.extend(_notes(lid.notes, doc, found))
            for item in lid.items:
                blocks.append(Block("item", runs(item.content, doc, found),
                                    label=f"{item.number}.", key=item.key,
                                    bookmarks=[item.key] if item.key else []))
                blocks.extend(_notes(item.notes, doc, found))
    blocks.extend(_paragraphs(doc.closing, doc, found))
    for annex in doc.annexes:
        blocks.append(Block("annex", _heading(annex.label, annex.title),
                            anchor=f"bijvoegsel-{annex.number}", page_break=True,
                            key=annex.key, bookmarks=[annex.key]))
        blocks.extend(_notes(annex.notes, doc, found))
        blocks.extend(_paragraphs(annex.blocks, doc, found))
    for here, after in pairwise(blocks):
        if after.style in ("bullet", "num") and here.style in ("p", "intro", "closing", "lid",
                                                               "item"):
            here.keep_with_next = True  # the lead-in of a list
    return blocks


def running_title(doc: Document) -> str:
    """The running header without the status (which each renderer sets apart)."""
    return f"{doc.meta.label} {doc.meta.zvh_name} — versie {doc.meta.version}"


def running_header(doc: Document) -> str:
    status = "CONCEPT" if doc.is_concept else "definitief"
    return f"{running_title(doc)} — {status}"
