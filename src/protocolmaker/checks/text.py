"""Reading a composed Document the way the rules need it: plain text per place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from protocolmaker.model.document import (
    Document,
    Inline,
    Paragraph,
    Signature,
    Term,
    _block_inlines,
    plain,
)


def located_inlines(doc: Document) -> Iterator[tuple[str, Inline]]:
    """(where, inline run) for every block of the document, in reading order (notes left out:
    they are not part of the signed text)."""
    for s in doc.sections:
        for b in s.blocks:
            for inline in _block_inlines(b):
                yield s.title, inline
    for a in doc.articles:
        if a.intro:
            yield a.heading, a.intro
        for lid in a.leden:
            yield f"artikel {lid.number}", lid.content
            for item in lid.items:
                yield f"artikel {lid.number}, onder {item.number}", item.content
    for b in doc.closing:
        for inline in _block_inlines(b):
            yield "ondertekening", inline
    for x in doc.annexes:
        for b in x.blocks:
            for inline in _block_inlines(b):
                yield x.label, inline


_REMEMBERED: ContextVar[dict[int, tuple[Document, tuple[tuple[str, str], ...]]] | None] = \
    ContextVar("places", default=None)


@contextmanager
def remembered() -> Iterator[None]:
    """While the rules run, `places` reads each document once (the rules read ~20,000 times);
    the rules only read the documents, so what was read stays true until this ends."""
    token = _REMEMBERED.set(_REMEMBERED.get() or {})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def places(doc: Document) -> Iterator[tuple[str, str]]:
    """(where, plain text) for every block of the document, in reading order."""
    memo = _REMEMBERED.get()
    if memo is None:
        return _places(doc)
    entry = memo.get(id(doc))
    if entry is None or entry[0] is not doc:  # the document is kept: its id is not reused
        entry = memo[id(doc)] = (doc, tuple(_places(doc)))
    return iter(entry[1])


def _places(doc: Document) -> Iterator[tuple[str, str]]:
    for s in doc.sections:
        for b in s.blocks:
            yield s.title, _block_text(b, doc)
    for a in doc.articles:
        if a.intro:
            yield a.heading, plain(a.intro, doc)
        for lid in a.leden:
            yield f"artikel {lid.number}", plain(lid.content, doc)
            for item in lid.items:
                yield f"artikel {lid.number}, onder {item.number}", plain(item.content, doc)
    for b in doc.closing:
        yield "ondertekening", _block_text(b, doc)
    for x in doc.annexes:
        for b in x.blocks:
            yield x.label, _block_text(b, doc)


def _block_text(b: Paragraph | Signature, doc: Document) -> str:
    if isinstance(b, Signature):
        return plain(b.party, doc) + " — " + plain(b.signer, doc)
    return plain(b.content, doc)


def full_text(doc: Document) -> str:
    return " ".join(t for _, t in places(doc))


def article_text(doc: Document, key: str) -> str:
    art = next(a for a in doc.articles if a.key == key)
    prefix = f"artikel {art.number}."
    return " ".join(t for w, t in places(doc)
                    if w == art.heading or (w.startswith(prefix) and w[len(prefix):][:1].isdigit()))


def party_lines(doc: Document) -> list[str]:
    return [plain(b.content, doc) for s in doc.sections for b in s.blocks
            if isinstance(b, Paragraph) and b.kind == "party"]


def signatures(doc: Document) -> list[tuple[str, str]]:
    return [(plain(s.party, doc), plain(s.signer, doc)) for s in doc.signatures()]


def defined_terms(doc: Document) -> list[tuple[str, str]]:
    """(term, where) for every [[def:…]] in the document."""
    out = [(s.term, sec.title) for sec in doc.sections for b in sec.blocks
           if isinstance(b, Paragraph) for s in b.content if isinstance(s, Term)]
    for a in doc.articles:
        for lid in a.leden:
            out += [(s.term, f"artikel {lid.number}") for s in lid.content
                    if isinstance(s, Term)]
    return out
