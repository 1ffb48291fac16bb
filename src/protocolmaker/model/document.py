"""The document model every renderer reads: document → articles → leden → onderdelen.

Inline text is a list of spans. References are symbolic (`Ref("manager")`) until `number()`
assigns numbers; renderers then ask `Document.ref_text()` how a reference reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from protocolmaker.model.law import Citation

# --- inline spans -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Ref:
    """A reference to an element by key; `doc` names another document of the set."""

    target: str
    capital: bool = False
    doc: str | None = None
    bare: bool = False
    """Only the number (‘18’, ‘6.4’; an onderdeel's letter), for lists like ‘de artikelen 18, 19
    en 20’ and ranges like ‘artikel 5.9, onder a tot en met c’."""


@dataclass(frozen=True)
class Term:
    """The place where a defined term is defined (rendered bold)."""

    term: str


@dataclass(frozen=True)
class Open:
    """An open point: something the config leaves unfilled."""

    description: str


@dataclass(frozen=True)
class Cite:
    """A citation of the law through the catalog (`model.law`); its text is set by numbering."""

    citation: Citation
    capital: bool = False


Span = Text | Ref | Term | Open | Cite
Inline = list[Span]


# --- blocks -----------------------------------------------------------------------------------

@dataclass
class Item:
    """An onderdeel of a lid: a., b., c. (or a bullet)."""

    content: Inline
    key: str | None = None
    number: str = ""
    notes: list[Inline] = field(default_factory=list)


@dataclass
class Lid:
    content: Inline
    key: str | None = None
    items: list[Item] = field(default_factory=list)
    number: str = ""
    notes: list[Inline] = field(default_factory=list)


@dataclass
class Article:
    key: str
    title: str
    leden: list[Lid] = field(default_factory=list)
    number: str = ""
    notes: list[Inline] = field(default_factory=list)
    intro: Inline = field(default_factory=list)
    """Unnumbered lead-in before the first lid (‘In dit Convenant wordt verstaan onder:’)."""

    @property
    def heading(self) -> str:
        return f"Artikel {self.number}. {self.title}"


BlockKind = Literal["p", "bullet", "num", "party", "heading", "closing"]


@dataclass
class Paragraph:
    kind: BlockKind
    content: Inline
    notes: list[Inline] = field(default_factory=list)


@dataclass
class Signature:
    """One signature block: the party and who signs for it."""

    party: Inline
    signer: Inline


Block = Paragraph | Signature


@dataclass
class Annex:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    number: str = ""
    notes: list[Inline] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Bijvoegsel {self.number}"

    @property
    def heading(self) -> str:
        return f"{self.label}. {self.title}"


FIRST_VERSION = "Eerste versie"
"""What the versietabel says of the current version when the config has no `historie`."""
THIS_VERSION = "Deze versie"
"""… and of the current version when `historie` has earlier versions but not this one."""


@dataclass(frozen=True)
class Version:
    """One row of the versietabel on the cover: a version of the document set."""

    version: str
    date: str
    """As the documents write dates: ‘17 september 2026’."""
    status: str
    """‘concept’ or ‘definitief’."""
    change: str
    """What changed in this version, in the region's words."""
    adopted_by: str = ""
    """Who adopted it and when (‘Stuurgroep, 17 september 2026’), if given."""
    iso_date: str = ""


@dataclass
class Meta:
    zvh_name: str
    version: str
    status: str
    date: str
    short_title: str
    """How other documents cite this one: ‘het Convenant’."""
    label: str
    """Document type for the running header: ‘Samenwerkingsconvenant’."""
    iso_date: str = ""
    history: list[Version] = field(default_factory=list)
    """The versietabel, oldest first, ending with the current version (`versions()`)."""
    consolidation: str = ""
    """For a consolidated text: ‘Zoals laatstelijk gewijzigd bij …’ (under the subtitle)."""

    def versions(self) -> list[Version]:
        """The rows of the versietabel: the history, or only the current version."""
        return self.history or [Version(self.version, self.date, self.status, FIRST_VERSION,
                                        iso_date=self.iso_date)]


@dataclass
class Section:
    """A titled run of blocks before the articles (aanhef, overwegingen)."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    notes: list[Inline] = field(default_factory=list)


@dataclass
class Document:
    kind: str
    title: str
    meta: Meta
    sections: list[Section] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    closing: list[Block] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    show_notes: bool = False
    targets: dict[str, str] = field(default_factory=dict)
    """key → how a reference to it reads (filled by `number`)."""
    anchors: dict[str, str] = field(default_factory=dict)
    """key → anchor id of the element that holds it (article or annex), for links."""
    external: dict[str, Document] = field(default_factory=dict)
    """Other documents of the set this one refers to, by kind."""
    defined: frozenset[str] = frozenset()
    """The terms this document defines (filled by `number`): abbreviations it may use."""

    @property
    def is_concept(self) -> bool:
        return self.meta.status == "concept"

    def signatures(self) -> list[Signature]:
        return [b for b in self.closing if isinstance(b, Signature)]

    def ref_text(self, ref: Ref) -> str:
        if ref.doc:
            other = self.external.get(ref.doc)
            if other is None or ref.target not in other.targets:
                return f"[onbekende verwijzing {ref.doc}#{ref.target}]"
            target = other.targets[ref.target]
            # ‘artikel 2.2, onder a, van het Convenant’: an onderdeel is closed by a comma
            sep = ", " if ", onder " in target and not ref.bare else " "
            text = f"{target}{sep}van {other.meta.short_title}"
        else:
            text = self.targets[ref.target]
        if ref.bare:  # ‘18’, ‘6.3’, or for an onderdeel only its letter: ‘onder a tot en met c’
            return text.rsplit(", onder ", 1)[1] if ", onder " in text else text.split(" ", 1)[-1]
        return text[0].upper() + text[1:] if ref.capital else text

    def cite_text(self, cite: Cite) -> str:
        text = cite.citation.text(self.defined)
        return text[0].upper() + text[1:] if cite.capital else text

    def ref_anchor(self, ref: Ref) -> str | None:
        return None if ref.doc else self.anchors.get(ref.target)

    def open_points(self) -> list[tuple[str, str]]:
        """(where, description) of every open point, in document order."""
        found: list[tuple[str, str]] = []

        def scan(where: str, inline: Inline) -> None:
            found.extend((where, s.description) for s in inline if isinstance(s, Open))

        for section in self.sections:
            for block in section.blocks:
                for inline in _block_inlines(block):
                    scan(section.title, inline)
        for art in self.articles:
            for lid in art.leden:
                scan(f"artikel {lid.number}", lid.content)
                for item in lid.items:
                    scan(f"artikel {lid.number}, onder {item.number}", item.content)
        for block in self.closing:
            for inline in _block_inlines(block):
                scan("ondertekening", inline)
        for annex in self.annexes:
            for block in annex.blocks:
                for inline in _block_inlines(block):
                    scan(annex.label, inline)
        return found


def _block_inlines(block: Block) -> list[Inline]:
    if isinstance(block, Signature):
        return [block.party, block.signer]
    return [block.content]


def plain(inline: Inline, doc: Document) -> str:
    """The text of an inline run as a reader sees it (open points shown as ‘[…]’)."""
    out = []
    for span in inline:
        if isinstance(span, Text):
            out.append(span.text)
        elif isinstance(span, Term):
            out.append(span.term)
        elif isinstance(span, Ref):
            out.append(doc.ref_text(span))
        elif isinstance(span, Cite):
            out.append(doc.cite_text(span))
        else:
            out.append(f"[{span.description}]")
    return "".join(out)
