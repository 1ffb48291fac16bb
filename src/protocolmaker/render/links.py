"""E-mail addresses and web addresses in running text, as link targets for HTML and PDF.

The text a reader sees does not change: a run is only cut into pieces, some of which carry a
target (`mailto:…` or `https://…`). Both the web page and the PDF use the same cut.
"""

from __future__ import annotations

import re

_TRAIL = r"[^\s<>()\[\]{}\"“”‘’.,;:!?]"
_LINK = re.compile(
    r"(?P<mail>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)"
    rf"|(?P<url>\b(?:https?://|www\.)[^\s<>\"“”‘’]*{_TRAIL})"
    rf"|(?P<domain>\b[a-z][a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|eu|frl|com|org|net|info)\b"
    rf"(?:/[^\s<>\"“”‘’]*{_TRAIL})?)",
    re.IGNORECASE,
)


def split_links(text: str) -> list[tuple[str, str | None]]:
    """(piece, target or None) in order; the pieces joined give `text` back unchanged."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in _LINK.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], None))
        piece = m.group(0)
        if m.group("mail"):
            target = f"mailto:{piece}"
        elif piece.lower().startswith(("http://", "https://")):
            target = piece
        else:
            target = f"https://{piece}"
        out.append((piece, target))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], None))
    return out
