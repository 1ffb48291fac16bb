"""Cross-references as Word fields: a bookmark on each target, REF fields at each reference.

The construction, per kind of target (the model's texts: numbering.py):

| reference               | DOCX                                                               |
|-------------------------|--------------------------------------------------------------------|
| artikel 6 / Artikel 6   | REF art \\n \\* Lower \\h  /  REF art \\n \\h                        |
| artikel 6.3             | ‘artikel ’ + REF lid \\n \\h                                         |
| artikel 6.3, onder b    | ‘artikel ’ + REF lid \\n \\h + ‘, onder ’ + REF onderdeel \\n \\h      |
| Bijvoegsel 2            | REF bijvoegsel \\n \\h                                               |
| (bare) g / 6.4          | REF onderdeel \\n \\h  /  REF lid \\n \\h                              |

`\\n` is the paragraph number of the bookmarked paragraph without trailing period and without
the numbers of higher levels unless its own level text contains them ([MS-OI29500] 2.1.495): the
lid level's text is ‘%1.%2’, so a lid gives ‘6.3’, an onderdeel (‘%3.’) ‘b’, an article heading
(‘Artikel %1.’) ‘Artikel 6’ and an annex heading ‘Bijvoegsel 2’. Word lowers ‘Artikel 6’ with
`\\* Lower`. LibreOffice (7.4, verified headless) computes `\\n` the same way for every kind but
ignores `\\* Lower` and `\\t`, so after a field update there an article reference reads
‘Artikel 7’ where Word reads ‘artikel 7’: the number is right in both. That is why an article
reference is one field rather than ‘artikel ’ + REF \\n \\t (which LibreOffice would show as
‘artikel Artikel 7’). `\\h` makes the reference a link to its target.

The cached result of every field is the model's text, so the document reads correctly before any
update; LibreOffice keeps cached results until fields are updated, Word until F9 or printing.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

from protocolmaker.render.docx_xml import field, run
from protocolmaker.render.layout import Block, Run

BOOKMARK_PREFIX = "_Ref_"
"""Word hides bookmarks whose name starts with ‘_’ (as its own cross-reference bookmarks)."""
MAX_BOOKMARK = 40


def bookmark_names(blocks: Iterable[Block]) -> dict[str, str]:
    """Bookmark key → a Word bookmark name: letters, digits and ‘_’, at most 40 characters,
    unique in the document, the same for the same key in every version of a document."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for b in blocks:
        for key in b.bookmarks:
            if key in names:
                continue
            name = BOOKMARK_PREFIX + re.sub(r"[^A-Za-z0-9]", "_", key)
            if len(name) > MAX_BOOKMARK or name.lower() in used:
                name = f"{name[:MAX_BOOKMARK - 9]}_{zlib.crc32(key.encode()):08x}"
            used.add(name.lower())
            names[key] = name
    return names


def ref_instruction(bookmark: str, *, lower: bool = False) -> str:
    return f"REF {bookmark} \\n" + (" \\* Lower" if lower else "") + " \\h"


def reference(r: Run, names: dict[str, str], props: str) -> str | None:
    """The run as literal text and REF fields, or None when its text does not have the shape of
    its kind (then the caller writes plain text: never a wrong text)."""
    target = r.ref
    if target is None or target.key not in names:
        return None
    text = r.text
    mark = names[target.key]
    if target.kind in ("article", "annex"):
        lower = target.kind == "article" and not target.capital and text[:1].islower()
        return field(ref_instruction(mark, lower=lower), run(text, props), props)
    if not text.endswith(target.number):
        return None
    head = text[:len(text) - len(target.number)]
    own = field(ref_instruction(mark), run(target.number, props), props)
    if not head:  # a bare number (‘tot en met g’): the target's own number only
        return own
    if target.kind == "lid":
        return run(head, props) + own if head else None
    if target.lid_key not in names or not target.lid_number:
        return None
    prefix, found, middle = head.partition(target.lid_number)
    if not found or not prefix:
        return None
    lid = field(ref_instruction(names[target.lid_key]), run(target.lid_number, props), props)
    return run(prefix, props) + lid + run(middle, props) + own
