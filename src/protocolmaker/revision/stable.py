"""Stable numbering: number a new version against an earlier one, as Dutch drafting does.

`build --stabiele-nummering-tegen OLD` keeps every number a signed document gave, so a reference
to ‘artikel 15.2’ in a decision, a letter or another document keeps pointing at the same
provision (Aanwijzingen voor de regelgeving, Aanwijzing 6.16, nummering van ingevoegde
artikelen: an inserted article gets the number of the one before it with a letter, 14a, 14b;
a numbering once begun is continued):

- An element of NEW that OLD has too keeps OLD's number. Articles and annexes match by key;
  leden and onderdelen by key where they have one, else by content (`revision.align`).
- An inserted article after article 14 is 14a (then 14b …); an inserted lid after 11.2 is
  11.2a; an inserted onderdeel after b is ba (then bb …). After an element OLD numbered 14a the
  next is 14b if OLD has no 14b (and it still sorts before what follows), else 14aa. An inserted
  article's own leden are 14a.1, 14a.2 …, their onderdelen a, b, c; the same below an inserted
  lid.
- At the end of a sequence nothing shifts: an element added after the last one gets the next
  number (article 26 after 25, lid 2.3 after 2.2, onderdeel h after g).
- Before the first element of a sequence an inserted one gets 0a (article 0a, lid 11.0a,
  onderdeel 0a), then 0b …: the Aanwijzing's toelichting allows either renumbering article 1
  (which would break every reference to it, the one thing this exists to prevent) or inserting
  with a number that sorts before it; 0a is that number at every level, by the same rule as
  every other insertion (after a virtual element 0).
- An article or annex that OLD has and NEW lacks stays as a placeholder ‘Artikel 7.
  [Vervallen]’ (heading only); a lid ‘11.3 [Vervallen]’; an onderdeel ‘c. [vervallen]’. Their
  numbers are not reused. A moved article (same key, another place) counts as vervallen at its
  old place and inserted at its new one: its number changes, as a ‘vernummering’ would.

`renumber_against` works on composed, numbered documents and recomputes `targets` and
`anchors`, so every reference (within the document, and from other documents through
`external`, which hold the same objects) reads the stable number. The normal build numbers 1…n
(`model.numbering.number`) and never comes here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from protocolmaker.model.document import (
    Annex,
    Article,
    Document,
    Inline,
    Item,
    Lid,
    Ref,
    Text,
    plain,
)
from protocolmaker.model.numbering import index, letter
from protocolmaker.revision.align import Pair, align

T = TypeVar("T")

LAPSED = "[Vervallen]"
"""Title of a lapsed article or annex, text of a lapsed lid."""
LAPSED_ITEM = "[vervallen]"
"""Text of a lapsed onderdeel (it continues the sentence of its lid's lead-in)."""
LAPSED_KEY = "~vervallen"
"""Suffix of a lapsed article's or annex's key: the key itself may return later."""

_DIGITS = re.compile(r"(\d+)([a-z]*)")
_LETTERS = re.compile(r"([a-z0])([a-z]*)")


def renumber_against(old: Document, new: Document) -> Document:
    """Number `new` against `old` (both composed and numbered; `old` may itself have been
    renumbered against an earlier version) and return `new`, changed in place: the numbers of
    its elements, placeholders for what lapsed, and its `targets` and `anchors`."""
    texts = _Texts(old, new)
    pairs = align(old.articles, new.articles, key=lambda a: a.key,
                  signature=texts.article, text=texts.article)
    articles: list[Article] = []
    for pair, number in _numbered(pairs, lambda a: a.number, _DIGITS):
        if pair.new is None:
            assert pair.old is not None
            articles.append(Article(_lapsed_key(pair.old.key), LAPSED, number=number))
            continue
        art = pair.new
        art.number = number
        if pair.old is None:
            _number_fresh(art)
        else:
            _number_leden(pair.old, art, texts)
        articles.append(art)
    new.articles = articles

    pairs_b = align(old.annexes, new.annexes, key=lambda a: a.key,
                    signature=texts.annex, text=texts.annex)
    annexes: list[Annex] = []
    for pair_b, number in _numbered(pairs_b, lambda a: a.number, _DIGITS):
        if pair_b.new is None:
            assert pair_b.old is not None
            annexes.append(Annex(_lapsed_key(pair_b.old.key), LAPSED, number=number))
            continue
        pair_b.new.number = number
        annexes.append(pair_b.new)
    new.annexes = annexes
    return index(new)


def renumber_set(old_set: object, new_set: object) -> object:
    """Every document of `new_set` (a `documents.DocumentSet`) numbered against the document
    with the same file name in `old_set`; a document only NEW has keeps its numbers. Documents
    are renumbered in the set's order, each after the ones it may cite."""
    olds = {spec.filename: doc for spec, doc in old_set}  # type: ignore[attr-defined]
    for spec, doc in new_set:  # type: ignore[attr-defined]
        if spec.filename in olds:
            renumber_against(olds[spec.filename], doc)
    return new_set


def is_lapsed(element: Article | Annex | Lid | Item) -> bool:
    """Whether an element is a placeholder for one that lapsed."""
    if isinstance(element, Article | Annex):
        return element.key.endswith(LAPSED_KEY)
    return element.content in ([Text(LAPSED)], [Text(LAPSED_ITEM)])


# --- numbers ---------------------------------------------------------------------------------

def _lapsed_key(key: str) -> str:
    return key if key.endswith(LAPSED_KEY) else key + LAPSED_KEY


def _sort_key(number: str, pattern: re.Pattern[str]) -> tuple[int, str]:
    m = pattern.fullmatch(number)
    if m is None:
        return (-1, number)
    stem = m.group(1)
    rank = int(stem) if stem.isdigit() else ord(stem) - ord("a") + 1
    return (rank, m.group(2))


def _bump(number: str, pattern: re.Pattern[str]) -> str:
    """The next number in the same run: 14 → 14a, 14a → 14b, b → ba, ba → bb, 14z → 14za."""
    m = pattern.fullmatch(number)
    suffix = m.group(2) if m else ""
    if not suffix:
        return number + "a"
    last = suffix[-1]
    return number[:-1] + (chr(ord(last) + 1) if last != "z" else "za")


def _insert_after(prev: str, following: str | None, used: set[str],
                  pattern: re.Pattern[str]) -> str:
    """The number of an element inserted after `prev` and before `following` (None: at the
    end), not in `used`: the next of `prev`'s run (14a → 14b), else a deeper run (14aa)."""
    if following is None:  # at the end nothing shifts: the next whole number (or letter)
        m = pattern.fullmatch(prev)
        stem = m.group(1) if m else ""
        if pattern is _DIGITS and stem:
            n = int(stem) + 1
            while str(n) in used:
                n += 1
            return str(n)
        if pattern is _LETTERS and stem:
            c = "a" if stem == "0" else chr(ord(stem) + 1)
            while c in used and c < "z":
                c = chr(ord(c) + 1)
            if "a" <= c <= "z" and c not in used:
                return c
    low = _sort_key(prev, pattern)
    high = _sort_key(following, pattern) if following is not None else None
    if high is not None and following == prev + "a" * (len(following) - len(prev)):
        high = None  # nothing sorts between 14a and 14aa: keep the run, give up the order

    def fits(c: str) -> bool:
        key = _sort_key(c, pattern)
        return c not in used and key > low and (high is None or key < high)

    candidate = _bump(prev, pattern)
    if fits(candidate):
        return candidate
    candidate, steps = prev + "a", 0
    while not fits(candidate):
        steps += 1
        if steps > 1000:  # an OLD out of order: the next free number of the run
            high, candidate = None, prev + "a"
        bumped = _bump(candidate, pattern)
        below = high is None or _sort_key(bumped, pattern) < high
        candidate = bumped if candidate in used and below else candidate + "a"
    return candidate


def _numbered(pairs: Sequence[Pair[T]], local: Callable[[T], str],
              pattern: re.Pattern[str]) -> list[tuple[Pair[T], str]]:
    """Each aligned pair with its local number: OLD's where OLD has the element (kept or
    lapsed), a new one after the one before it where only NEW has it."""
    used = {local(p.old) for p in pairs if p.old is not None}
    olds = [local(p.old) if p.old is not None else None for p in pairs]
    out: list[tuple[Pair[T], str]] = []
    prev = "0"
    for i, pair in enumerate(pairs):
        if pair.old is not None:
            number = local(pair.old)
        else:
            following = next((n for n in olds[i + 1:] if n is not None), None)
            number = _insert_after(prev, following, used, pattern)
            used.add(number)
        out.append((pair, number))
        prev = number
    return out


def _number_fresh(art: Article) -> None:
    """An inserted article's leden 14a.1, 14a.2 … and their onderdelen a, b, c."""
    for n, lid in enumerate(art.leden, 1):
        lid.number = f"{art.number}.{n}"
        for i, item in enumerate(lid.items):
            item.number = letter(i)


def _number_leden(old: Article, art: Article, texts: _Texts) -> None:
    prefix = f"{art.number}."
    pairs = align(old.leden, art.leden, key=lambda lid: lid.key,
                  signature=texts.lid, text=texts.lid)
    leden: list[Lid] = []
    for pair, number in _numbered(pairs, lambda lid: lid.number.removeprefix(prefix),
                                  _DIGITS):
        if pair.new is None:
            leden.append(Lid([Text(LAPSED)], number=prefix + number))
            continue
        lid = pair.new
        lid.number = prefix + number
        if pair.old is None:
            for i, item in enumerate(lid.items):
                item.number = letter(i)
        else:
            _number_items(pair.old, lid, texts)
        leden.append(lid)
    art.leden = leden


def _number_items(old: Lid, lid: Lid, texts: _Texts) -> None:
    pairs = align(old.items, lid.items, key=lambda item: item.key,
                  signature=texts.item, text=texts.item)
    items: list[Item] = []
    for pair, number in _numbered(pairs, lambda item: item.number, _LETTERS):
        if pair.new is None:
            items.append(Item([Text(LAPSED_ITEM)], number=number))
            continue
        pair.new.number = number
        items.append(pair.new)
    lid.items = items


class _Texts:
    """The reader's text of an element of either version, for aligning by content (each
    version's references read in that version's numbers)."""

    def __init__(self, old: Document, new: Document) -> None:
        self.old, self.new = old, new
        self.owner: dict[int, Document] = {}
        for doc in (old, new):
            for art in doc.articles:
                self.owner[id(art)] = doc
                for lid in art.leden:
                    self.owner[id(lid)] = doc
                    for item in lid.items:
                        self.owner[id(item)] = doc
            for annex in doc.annexes:
                self.owner[id(annex)] = doc

    def _plain(self, element: object, inline: Inline) -> str:
        """References by their key, not their text: the text has the number the element had
        before this renumbering (1…n), which differs between the versions where the numbers
        shifted."""
        doc = self.owner.get(id(element), self.new)
        return "".join(f"[{s.doc or ''}#{s.target}]" if isinstance(s, Ref) else plain([s], doc)
                       for s in inline)

    def item(self, item: Item) -> str:
        return self._plain(item, item.content)

    def lid(self, lid: Lid) -> str:
        return "\n".join([self._plain(lid, lid.content), *map(self.item, lid.items)])

    def article(self, art: Article) -> str:
        return "\n".join([art.title, *map(self.lid, art.leden)])

    def annex(self, annex: Annex) -> str:
        return annex.title
