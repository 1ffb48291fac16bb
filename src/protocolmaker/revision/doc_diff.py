"""Compare two versions of a document as the reader sees them, element by element.

Both versions are laid out (`render.layout`), the same block list every renderer draws, and cut
into units: the title page, each section (aanhef, overwegingen), each article, the closing and
each annex. Units are matched by their model key; blocks within a unit by the key of their element
(a lid or onderdeel that has one) or by their content (`align`). A block's content is compared
without its number and with each reference as the key it points at: an article that only got
another number, or a reference that follows it, is not a change — Word renumbers both itself.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from protocolmaker.model.document import Document
from protocolmaker.render.layout import Block, Run, layout
from protocolmaker.revision.align import SIMILAR, Pair, Status, align

UnitKind = Literal["voorblad", "sectie", "artikel", "slot", "bijvoegsel"]
_ARTICLE_BODY = {"note", "intro", "lid", "item"}


@dataclass
class Unit:
    key: str
    kind: UnitKind
    head: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def number(self) -> str:
        """‘6’ of ‘Artikel 6. ’, ‘2’ of ‘Bijvoegsel 2. ’; empty for other units."""
        if self.head is None or not self.head.runs or not self.head.runs[0].numbering:
            return ""
        return self.head.runs[0].text.replace("\u00a0", " ").rstrip(". ").split(" ")[-1]

    @property
    def title(self) -> str:
        if self.head is None:
            return {"voorblad": "titelblad", "slot": "ondertekening"}.get(self.kind, self.key)
        return "".join(r.text for r in self.head.runs if not r.numbering)

    @property
    def label(self) -> str:
        """How a summary names the unit: ‘artikel 6’, ‘Bijvoegsel 2’, ‘aanhef’."""
        if self.kind == "artikel":
            return f"artikel {self.number}"
        if self.kind == "bijvoegsel":
            return f"Bijvoegsel {self.number}"
        if self.kind == "sectie":
            key = self.key.split(":", 1)[1]
            return key if key in ("aanhef", "overwegingen") else self.title
        return self.title


def units(blocks: list[Block]) -> list[Unit]:
    out: list[Unit] = [Unit("voorblad", "voorblad", None)]
    for b in blocks:
        current = out[-1]
        if b.style == "section":
            out.append(Unit(f"sectie:{b.key}", "sectie", b))
        elif b.style == "article":
            out.append(Unit(f"artikel:{b.key}", "artikel", b))
        elif b.style == "annex":
            out.append(Unit(f"bijvoegsel:{b.key}", "bijvoegsel", b))
        elif current.kind == "artikel" and b.style not in _ARTICLE_BODY:
            out.append(Unit("slot", "slot", None, [b]))
        else:
            current.blocks.append(b)
    return out


# --- what a block says --------------------------------------------------------------------------

def run_signature(r: Run) -> Hashable:
    if r.ref is not None:
        return ("ref", r.ref.key, r.ref.capital, r.bold, r.open_point)
    return (r.text, r.bold, r.open_point)


def signature(b: Block) -> Hashable:
    """What a block says, independent of its number and of the numbers it refers to."""
    return (b.style, tuple(run_signature(r) for r in b.runs if not r.numbering),
            tuple(run_signature(r) for r in b.signer))


def block_text(b: Block) -> str:
    """The text as read, without the block's own number."""
    text = "".join(r.text for r in b.runs if not r.numbering)
    if b.signer:
        text += " — " + "".join(r.text for r in b.signer)
    return text.replace("\u00a0", " ").replace("\u2060", "")


def _block_key(b: Block) -> str | None:
    return b.key


# --- word-level difference ----------------------------------------------------------------------

_WORD = re.compile(r"\s+|\w+(?:[-’'\u2060]\w+)*|[^\w\s]")
"""White space, a word (with its inner hyphens and apostrophes: ‘’s-Hertogenbosch’), or one
mark of punctuation: ‘Maasoever,’ → ‘Maasland,’ changes the word, not the comma."""


@dataclass(frozen=True)
class Atom:
    """A word, a stretch of white space, or a whole reference: the unit of a word-level diff."""

    text: str
    run: Run
    """The run it comes from (its formatting and reference)."""

    @property
    def signature(self) -> Hashable:
        if self.run.ref is not None:
            return ("ref", self.run.ref.key, self.run.ref.capital)
        return (self.text, self.run.bold, self.run.open_point)


def atoms(runs: list[Run]) -> list[Atom]:
    out: list[Atom] = []
    for r in runs:
        if r.numbering:
            continue
        if r.ref is not None:
            out.append(Atom(r.text, r))
        else:
            out.extend(Atom(m.group(0), r) for m in _WORD.finditer(r.text))
    return out


Op = Literal["gelijk", "ingevoegd", "vervallen"]


def word_diff(old: list[Run], new: list[Run]) -> list[tuple[Op, list[Atom]]]:
    """The runs of a changed block as equal, deleted and inserted stretches, in reading order
    (a deletion before the insertion that replaces it)."""
    a, b = atoms(old), atoms(new)
    matcher = SequenceMatcher(None, [x.signature for x in a], [x.signature for x in b],
                              autojunk=False)
    out: list[tuple[Op, list[Atom]]] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("gelijk", b[b1:b2]))
            continue
        if a2 > a1:
            out.append(("vervallen", a[a1:a2]))
        if b2 > b1:
            out.append(("ingevoegd", b[b1:b2]))
    return _absorb_spaces(out)


def _absorb_spaces(ops: list[tuple[Op, list[Atom]]]) -> list[tuple[Op, list[Atom]]]:
    """A lone space kept equal between two changes is shown as part of them, so ‘12 maanden’ →
    ‘9 weken’ reads as one replacement rather than two."""
    out: list[tuple[Op, list[Atom]]] = []
    for i, (op, stretch) in enumerate(ops):
        lone_space = (op == "gelijk" and len(stretch) == 1 and not stretch[0].text.strip()
                      and 0 < i < len(ops) - 1 and ops[i - 1][0] != "gelijk"
                      and ops[i + 1][0] != "gelijk")
        if lone_space:
            out.append(("vervallen", stretch))
            out.append(("ingevoegd", stretch))
        else:
            out.append((op, stretch))
    merged: list[tuple[Op, list[Atom]]] = []
    for op, stretch in out:
        # gather consecutive changes: all deletions first, then all insertions
        if op != "gelijk" and merged and merged[-1][0] != "gelijk":
            run_start = len(merged)
            while run_start > 0 and merged[run_start - 1][0] != "gelijk":
                run_start -= 1
            group = [*merged[run_start:], (op, stretch)]
            dels = [x for o, s in group if o == "vervallen" for x in s]
            ins = [x for o, s in group if o == "ingevoegd" for x in s]
            merged[run_start:] = ([("vervallen", dels)] if dels else []) + (
                [("ingevoegd", ins)] if ins else [])
        else:
            merged.append((op, stretch))
    return merged


# --- documents ----------------------------------------------------------------------------------

@dataclass
class UnitDiff:
    status: Status
    old: Unit | None
    new: Unit | None
    moved: bool = False
    head: Pair[Block] | None = None
    blocks: list[Pair[Block]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.status != "gelijk"


@dataclass
class DocumentDiff:
    name: str
    """The document's file name (without extension): how documents of two sets are matched."""
    label: str
    old: Document | None
    new: Document | None
    old_blocks: list[Block]
    new_blocks: list[Block]
    units: list[UnitDiff]

    @property
    def changed(self) -> bool:
        return self.old is None or self.new is None or any(u.changed for u in self.units)


def _unit_key(u: Unit) -> str:
    return u.key


def _unit_signature(u: Unit) -> Hashable:
    return (signature(u.head) if u.head else None, tuple(signature(b) for b in u.blocks))


def _unit_text(u: Unit) -> str:
    return " ".join(block_text(b) for b in u.blocks)


NAMED = {"party", "signature"}
"""Blocks that stand for one party: a block of another party at the same place is a party
removed and one added, not one party changed, unless nearly all of it is the same."""


def _threshold(b: Block) -> float:
    return 0.85 if b.style in NAMED else SIMILAR


def _block_pairs(old: list[Block], new: list[Block]) -> list[Pair[Block]]:
    return align(old, new, key=_block_key, signature=signature, text=block_text,
                 threshold=_threshold)


Layouts = dict[int, list[Block]]
"""id(document) → its layout, for documents compared more than once."""


def _layout(doc: Document | None, known: Layouts | None) -> list[Block]:
    if doc is None:
        return []
    if known is not None and id(doc) in known:
        return known[id(doc)]
    return layout(doc)


def diff_documents(name: str, label: str, old: Document | None, new: Document | None,
                   known: Layouts | None = None) -> DocumentDiff:
    """`known`: layouts already made of these very documents (the blocks are reused)."""
    old_blocks, new_blocks = _layout(old, known), _layout(new, known)
    old_units, new_units = units(old_blocks), units(new_blocks)
    if old is None:
        old_units = []
    if new is None:
        new_units = []
    result: list[UnitDiff] = []
    for p in align(old_units, new_units, key=_unit_key, signature=_unit_signature,
                   text=_unit_text):
        result.append(_unit_diff(p))
    return DocumentDiff(name, label, old, new, old_blocks, new_blocks, result)


def _unit_diff(p: Pair[Unit]) -> UnitDiff:
    old, new = p.old, p.new
    head = None
    if old is not None and new is not None and old.head is not None and new.head is not None:
        head = Pair(old.head, new.head,
                    "gelijk" if signature(old.head) == signature(new.head) else "gewijzigd")
    blocks: list[Pair[Block]]
    if old is not None and new is not None:
        blocks = _block_pairs(old.blocks, new.blocks)
    elif new is not None:
        blocks = [Pair(None, b, "ingevoegd") for b in new.blocks]
    else:
        assert old is not None
        blocks = [Pair(b, None, "vervallen") for b in old.blocks]
    status: Status = p.status
    if p.status in ("gelijk", "gewijzigd"):
        changed = any(b.status != "gelijk" for b in blocks) or (
            head is not None and head.status != "gelijk")
        status = "gewijzigd" if changed else "gelijk"
    return UnitDiff(status, old, new, p.moved, head, blocks)
