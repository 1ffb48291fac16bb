"""Align two sequences of elements by identity, then by content.

Elements with a key found in both versions are the same element, wherever they stand: those in
the longest common order stay in place, the others have moved. Between two elements that stay,
elements without a shared key are aligned by their content (a difflib alignment of their
signatures), and an old and a new element that differ but resemble each other are one changed
element rather than a deletion and an insertion.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Status = Literal["gelijk", "gewijzigd", "ingevoegd", "vervallen", "verplaatst"]

SIMILAR = 0.5
"""Two unkeyed elements at the same place whose texts are at least this similar (difflib
ratio) are one changed element."""


@dataclass
class Pair(Generic[T]):
    old: T | None
    new: T | None
    status: Status
    moved: bool = False
    """For `verplaatst`: the old place (only `old` set) or the new place (only `new` set); the
    key of the element links the two."""


def align(old: Sequence[T], new: Sequence[T], *, key: Callable[[T], str | None],
          signature: Callable[[T], Hashable], text: Callable[[T], str],
          threshold: Callable[[T], float] | None = None) -> list[Pair[T]]:
    """`threshold(element)`: how similar an unkeyed element must be to its counterpart to be
    one changed element (default `SIMILAR`)."""
    limit = threshold or (lambda _: SIMILAR)
    old_keys = {key(o) for o in old} - {None}
    new_keys = {key(n) for n in new} - {None}
    shared = old_keys & new_keys
    old_order = [key(o) for o in old if key(o) in shared]
    new_order = [key(n) for n in new if key(n) in shared]
    matcher = SequenceMatcher(None, old_order, new_order, autojunk=False)
    in_place: set[str] = set()
    for block in matcher.get_matching_blocks():
        in_place.update(k for k in old_order[block.a:block.a + block.size] if k is not None)
    moved = shared - in_place

    out: list[Pair[T]] = []
    i = j = 0
    while i < len(old) or j < len(new):
        # the next element that stays in place on each side
        ni = next((x for x in range(i, len(old)) if key(old[x]) in in_place), len(old))
        nj = next((x for x in range(j, len(new)) if key(new[x]) in in_place), len(new))
        out.extend(_gap(old[i:ni], new[j:nj], key, signature, text, moved, limit))
        if ni < len(old) and nj < len(new):
            a, b = old[ni], new[nj]
            out.append(Pair(a, b, "gelijk" if signature(a) == signature(b) else "gewijzigd"))
        i, j = ni + 1, nj + 1
    # a moved element: at its old place it leaves, at its new place it arrives (and may differ)
    return [Pair(p.old, None, "verplaatst", True)
            if p.status == "vervallen" and p.old is not None and key(p.old) in moved else p
            for p in out]


def _gap(old: Sequence[T], new: Sequence[T], key: Callable[[T], str | None],
         signature: Callable[[T], Hashable], text: Callable[[T], str],
         moved: set[str], limit: Callable[[T], float]) -> list[Pair[T]]:
    out: list[Pair[T]] = []
    arriving = [n for n in new if key(n) in moved]
    new_rest = [n for n in new if key(n) not in moved]
    # elements that moved away are marked where they stood; those that moved here where they go
    sig_old = [signature(o) if key(o) not in moved else object() for o in old]
    sig_new = [signature(n) for n in new_rest]
    matcher = SequenceMatcher(None, sig_old, sig_new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.extend(Pair(old[a], new_rest[b], "gelijk")
                       for a, b in zip(range(a1, a2), range(b1, b2), strict=True))
            continue
        olds, news = list(old[a1:a2]), list(new_rest[b1:b2])
        out.extend(_pair_similar(olds, news, key, text, moved, limit))
    # place arriving elements where they stand in the new order
    if arriving:
        placed: list[Pair[T]] = []
        order = {id(n): x for x, n in enumerate(new)}
        pending = sorted(arriving, key=lambda n: order[id(n)])
        for p in out:
            while pending and p.new is not None and order[id(pending[0])] < order[id(p.new)]:
                placed.append(Pair(None, pending.pop(0), "verplaatst", True))
            placed.append(p)
        placed.extend(Pair(None, n, "verplaatst", True) for n in pending)
        out = placed
    return out


def _pair_similar(olds: list[T], news: list[T], key: Callable[[T], str | None],
                  text: Callable[[T], str], moved: set[str],
                  limit: Callable[[T], float]) -> list[Pair[T]]:
    """A replaced run: pair old and new elements in order where they resemble each other and
    neither carries a key of its own; the rest is deleted or inserted."""
    out: list[Pair[T]] = []
    j = 0
    for o in olds:
        if key(o) in moved:
            out.append(Pair(o, None, "vervallen"))
            continue
        match = None
        for x in range(j, len(news)):
            n = news[x]
            if key(o) is None and key(n) is None and \
                    SequenceMatcher(None, text(o), text(n), autojunk=False).ratio() >= limit(o):
                match = x
                break
        if match is None:
            out.append(Pair(o, None, "vervallen"))
            continue
        out.extend(Pair(None, n, "ingevoegd") for n in news[j:match])
        out.append(Pair(o, news[match], "gewijzigd"))
        j = match + 1
    out.extend(Pair(None, n, "ingevoegd") for n in news[j:])
    return out
