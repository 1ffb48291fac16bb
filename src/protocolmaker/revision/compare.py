"""Compare two versions of a region's set, and trace each change in the text to its config field.

The sets are composed from both configs and compared document by document (`doc_diff`). Which
config change caused which change in the text is not guessed from the wording: every config
change is made on its own to the old config (or undone on its own from the new one), that set is
composed, and the elements it changes are that config change's effects. A change that is only
valid together with another (a new party and the person who signs for it) is traced to the group
of such changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from protocolmaker.config.loader import LoadedConfig, validate
from protocolmaker.config.yamlio import SourceMap
from protocolmaker.documents import DocumentSet, compose_set
from protocolmaker.errors import UserError
from protocolmaker.render.layout import Block
from protocolmaker.revision.align import Pair
from protocolmaker.revision.config_diff import (
    ConfigChange,
    apply_change,
    diff_configs,
    revert_change,
)
from protocolmaker.revision.doc_diff import (
    DocumentDiff,
    Layouts,
    UnitDiff,
    block_text,
    diff_documents,
)

MAX_TRACED = 60
"""Config changes traced one by one; beyond this, every text change names all of them."""


@dataclass
class Version:
    """One side of a comparison: the config as merged data, validated, and composed."""

    loaded: LoadedConfig
    data: dict[str, Any]
    source: SourceMap
    shown: str
    documents: DocumentSet = field(init=False)

    def __post_init__(self) -> None:
        self.documents = compose_set(self.loaded.config)


@dataclass
class SetDiff:
    old: Version
    new: Version
    config: list[ConfigChange]
    documents: list[DocumentDiff]
    causes: dict[int, list[int]]
    """id(pair or unit diff) → indices into `config` of the changes that caused it."""
    untraced: list[int] = field(default_factory=list)
    """Config changes that could not be made on their own (traced as a group)."""

    def causes_of(self, item: object) -> list[ConfigChange]:
        return [self.config[i] for i in self.causes.get(id(item), [])]

    @property
    def changed(self) -> bool:
        return bool(self.config) or any(d.changed for d in self.documents)


def diff_sets(old: DocumentSet, new: DocumentSet,
              known: Layouts | None = None) -> list[DocumentDiff]:
    """Documents matched by file name, in the order of the new set (removed ones after). A
    Privacy Protocol whose file name changed because the set went from one protocol to one per
    werkproces (`privacyprotocol` → `privacyprotocol-<werkproces>`) is the same protocol when
    its title is the same."""
    olds = {spec.filename: (spec, doc) for spec, doc in old}
    news = {spec.filename: (spec, doc) for spec, doc in new}
    unmatched_old = {name: v for name, v in olds.items() if name not in news}
    renamed: dict[str, str] = {}
    for name, (spec, doc) in news.items():
        if name in olds:
            continue
        same = [o for o, (s, d) in unmatched_old.items()
                if s.kind == spec.kind and d.title == doc.title and o not in renamed.values()]
        if len(same) == 1:
            renamed[name] = same[0]
    out = []
    for name, (spec, doc) in news.items():
        before = olds.get(renamed.get(name, name))
        out.append(diff_documents(name, spec.label, before[1] if before else None, doc, known))
    for name, (spec, doc) in olds.items():
        if name not in news and name not in renamed.values():
            out.append(diff_documents(name, spec.label, doc, None, known))
    return out


# --- identities of what changed -----------------------------------------------------------------

Mark = tuple[str, str, str, str, int, str]
"""(side, document, unit, element key or text, occurrence, what happened to it): an element of
one side, the same whichever composition of that side it comes from. What happened counts: a
party's paragraph that another change only re-punctuates is not the paragraph that is removed."""


def _ident(block: Block) -> str:
    """An element's key, or its text without the punctuation that closes it: the last party of
    an enumeration ends with ‘,’, the others with ‘;’, and which one is last depends on which
    other changes are made."""
    return block.key or re.sub(r"[\s;,.:]+$", "", block_text(block))


def _marks(diff: DocumentDiff, unit: UnitDiff, pair: Pair[Block]) -> set[Mark]:
    out: set[Mark] = set()
    for side, block, u in (("oud", pair.old, unit.old), ("nieuw", pair.new, unit.new)):
        if block is None or u is None:
            continue
        ident = _ident(block)
        siblings = [b for b in ([u.head] if u.head else []) + u.blocks if _ident(b) == ident]
        occurrence = next((n for n, b in enumerate(siblings) if b is block), 0)
        out.add((side, diff.name, u.key, ident, occurrence, pair.status))
    return out


def changed_pairs(docs: list[DocumentDiff]) -> Iterator[tuple[DocumentDiff, UnitDiff, Pair[Block]]]:
    for d in docs:
        for u in d.units:
            if u.head is not None and u.head.status != "gelijk":
                yield d, u, u.head
            for p in u.blocks:
                if p.status != "gelijk":
                    yield d, u, p


def _effects(docs: list[DocumentDiff]) -> set[Mark]:
    return {m for d, u, p in changed_pairs(docs) for m in _marks(d, u, p)}


# --- comparing ----------------------------------------------------------------------------------

def compare(old: Version, new: Version) -> SetDiff:
    config = diff_configs(old.data, old.source, new.data, new.source)
    documents = diff_sets(old.documents, new.documents)
    result = SetDiff(old, new, config, documents, {})
    _trace(result)
    return result


def _compose_variant(base: Version, data: dict[str, Any]) -> DocumentSet | None:
    try:
        loaded = validate(data, base.source, base.loaded.path, base.shown)
        return compose_set(loaded.config)
    except UserError:
        return None


def _trace(result: SetDiff) -> None:
    old, new = result.old, result.new
    # every variant is compared with the old or the new set: their layouts are made once
    known: Layouts = {}
    for d in result.documents:
        for doc, blocks in ((d.old, d.old_blocks), (d.new, d.new_blocks)):
            if doc is not None:
                known[id(doc)] = blocks
    effects: dict[int, set[Mark]] = {}
    untraced: list[int] = []
    for i, change in enumerate(result.config[:MAX_TRACED]):
        variant = _compose_variant(old, apply_change(old.data, change))
        if variant is not None:
            effects[i] = _effects(diff_sets(old.documents, variant, known))
            continue
        variant = _compose_variant(new, revert_change(new.data, change))
        if variant is not None:
            effects[i] = _effects(diff_sets(variant, new.documents, known))
            continue
        untraced.append(i)
    untraced.extend(range(MAX_TRACED, len(result.config)))
    result.untraced = untraced
    for d, u, p in changed_pairs(result.documents):
        marks = _marks(d, u, p)
        causes = [i for i, found in effects.items() if marks & found]
        if not causes:
            causes = list(untraced) or [i for i, found in effects.items() if not found]
        result.causes[id(p)] = causes
        previous = result.causes.setdefault(id(u), [])
        previous.extend(i for i in causes if i not in previous)


def effects_of(result: SetDiff, index: int) -> Iterator[tuple[DocumentDiff, UnitDiff, Pair[Block]]]:
    """The text changes traced to config change `index`."""
    for d, u, p in changed_pairs(result.documents):
        if index in result.causes.get(id(p), []):
            yield d, u, p

