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


_TEXT_PROBLEM = re.compile(
    r"the text `\"(?P<glyph>(?:[^\"\\]|\\.)*)\"` could not be displayed"
    r"|disallowed codepoint `\"(?P<banned>(?:[^\"\\]|\\.)*)\"`")
_ESCAPE = re.compile(r"\\u\{([0-9a-fA-F]+)\}|\\(.)")


def _typst_string(literal: str) -> str:
    """The text of a string as Typst quotes it in a message (`\\u{7}`, `\\"` …)."""
    simple = {"n": "\n", "t": "\t", "r": "\r"}
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1)
                       else simple.get(m.group(2), m.group(2)), literal)


def _unprintable(message: str) -> BuildError | None:
    """A Dutch message for text the PDF cannot hold: no bundled font has the character, or
    PDF/UA and PDF/A forbid it (a control character, a byte order mark)."""
    m = _TEXT_PROBLEM.search(message)
    if not m:
        return None
    text = _typst_string(m.group("glyph") if m.group("glyph") is not None else m.group("banned"))
    chars = "".join(dict.fromkeys(text))
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in chars)
    shown = f"‘{chars}’ ({codes})" if chars.isprintable() else codes
    why = ("geen van de meegeleverde lettertypen (Liberation Sans, DejaVu Sans, Noto Color "
           "Emoji) heeft dit teken" if m.group("glyph") is not None else
           "een toegankelijke of archiveerbare PDF mag dit teken niet bevatten")
    return BuildError(f"de PDF kan {shown} niet weergeven: {why}. Vervang of verwijder het in "
                      "de configuratie, of bouw alleen DOCX (--format docx).")


def typeset(doc: Document, *, pdfa: bool = False,
            logo: bytes | None = None) -> tuple[bytes, list[str]]:
    """The PDF and Typst's warnings (none for a sound house style; the tests check that)."""
    import typst

    data = json.dumps(document_data(doc, logo=logo), ensure_ascii=False,
                      separators=(",", ":"))
    try:
        pdf, warnings = typst.compile_with_warnings(
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
        if logo is not None and (why := logo_problem(logo)) is not None:
            raise BuildError(f"het logo kan niet in de PDF: {why}") from None
        raise
    return pdf, [w.message for w in warnings]


def to_pdf(doc: Document, *, pdfa: bool = False, logo: bytes | None = None) -> bytes:
    """The document as PDF. `logo`: PNG or SVG bytes for the title page (alt text: ‘Logo …’)."""
    return typeset(doc, pdfa=pdfa, logo=logo)[0]


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
