"""PDF through Typst: tagged and declared PDF/UA-1, optionally PDF/A-3a, fonts embedded.

The document goes to Typst as JSON data (`render.typst_data`), typeset by the one house style
`templates/stijl/document.typ`. Same input, same bytes on any machine: only the fonts bundled
in `templates/stijl/fonts/` are used (never the system's), and the timestamp is the document's
date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from protocolmaker.errors import BuildError
from protocolmaker.model.document import Document
from protocolmaker.render.typst_data import document_data
from protocolmaker.resources import templates_dir

if TYPE_CHECKING:
    import typst

STANDARDS = ["ua-1"]
"""Every PDF: tagged, with title, language and structure a screen reader can use."""
ARCHIVAL = ["ua-1", "a-3a"]
"""`--pdfa`: archival as well (PDF/A-3a is the tagged, ‘accessible’ level of PDF/A-3)."""


def _style_dir() -> Path:
    return templates_dir() / "stijl"


@cache
def _fonts() -> typst.Fonts:
    """The bundled fonts only: system fonts would make the bytes depend on the machine."""
    import typst  # loaded on first use: a build without PDF does not pay for it

    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=False,
                       font_paths=[str(_style_dir() / "fonts")])


def _timestamp(doc: Document) -> dt.datetime:
    day = dt.date.fromisoformat(doc.meta.iso_date) if doc.meta.iso_date else dt.date(1980, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


_MISSING_GLYPH = re.compile(r"the text `\"(?P<text>.*?)\"` could not be displayed", re.S)


def _unprintable(message: str) -> BuildError | None:
    """A Dutch message for text no bundled font can show (PDF/UA forbids empty boxes)."""
    m = _MISSING_GLYPH.search(message)
    if not m:
        return None
    text = m.group("text")
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(text))
    return BuildError(
        f"de PDF kan ‘{text}’ ({codes}) niet weergeven: geen van de meegeleverde lettertypen "
        "(Liberation Sans, DejaVu Sans, Noto Color Emoji) heeft dit teken. Vervang het in de "
        "configuratie door een ander teken, of bouw alleen DOCX (--format docx).")


def to_pdf(doc: Document, *, pdfa: bool = False, logo: bytes | None = None) -> bytes:
    """The document as PDF. `logo`: PNG or SVG bytes for the title page (alt text: ‘Logo …’)."""
    import typst

    data = json.dumps(document_data(doc, logo=logo), ensure_ascii=False,
                      separators=(",", ":"))
    try:
        return typst.compile(  # type: ignore[no-any-return]
            str(_style_dir() / "document.typ"),
            root=str(_style_dir()),  # an SVG logo can reach no file outside our own style
            font_paths=_fonts(),
            ignore_system_fonts=True,
            format="pdf",
            sys_inputs={"data": data},
            pdf_standards=ARCHIVAL if pdfa else STANDARDS,
            timestamp=_timestamp(doc),
        )
    except typst.TypstError as exc:
        problem = _unprintable(exc.message)
        if problem is not None:
            raise problem from None
        if logo is not None and logo_problem(logo) is not None:
            raise BuildError(f"het logo kan niet in de PDF: {logo_problem(logo)}") from None
        raise


_LOGO_CHECK = """#set document(title: "logo")
#set text(lang: "nl")
#image(bytes(json(bytes(sys.inputs.logo))), alt: "logo", height: 1cm)
"""


def logo_problem(logo: bytes) -> str | None:
    """Why these bytes cannot be the logo (not a PNG or SVG Typst can draw), or None."""
    import typst

    if not (logo.startswith(b"\x89PNG\r\n\x1a\n") or b"<svg" in logo):
        return "het bestand is geen PNG- of SVG-afbeelding."
    try:
        typst.compile(_LOGO_CHECK.encode(), root=str(_style_dir()), font_paths=_fonts(),
                      ignore_system_fonts=True, format="pdf",
                      sys_inputs={"logo": json.dumps(list(logo))}, pdf_standards=STANDARDS)
    except typst.TypstError as exc:
        return f"de afbeelding kan niet worden gelezen ({exc.message})."
    return None
