"""Reading generated documents back the way a reader sees them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.wordml import WordDoc

HEADING = re.compile(r"^(Artikel \d+\.|Bijvoegsel \d+\.) ")
HEADS = ("Kop Artikel", "Kop Bijvoegsel", "Kop Sectie")


def plain(text: str) -> str:
    """Typography the renderers add, as plain characters: no-break space → space, no-break
    hyphen → hyphen, word joiner removed. Everything else is left as it is."""
    return text.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2060", "")


def norm(text: str) -> str:
    """Text as a reader sees it, whatever the line breaks: a soft hyphen (U+00AD) marks where
    Typst hyphenated a word at a line end, so it goes together with the break; a word joiner
    (U+2060) is invisible; any run of white space (non-breaking included) is one space."""
    text = re.sub(r"\u00ad\s*", "", plain(text)).replace("\u2060", "")
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def docx_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph as a reader sees it: Word's list number (read
    from numbering.xml, see tests/wordml.py), then the text, with plain spaces and hyphens."""
    return [(p.style, plain(p.shown)) for p in WordDoc(path).paragraphs]


def docx_sections(path: Path) -> dict[str, str]:
    """Article/annex heading → normalised text of everything up to the next heading."""
    out: dict[str, list[str]] = {}
    current = None
    for style, text in docx_paragraphs(path):
        if style in HEADS and HEADING.match(text):
            current = text.strip()
            out[current] = []
        elif style in HEADS:
            current = None
        elif current:
            out[current].append(text)
    return {k: norm(" ".join(v)) for k, v in out.items()}


def pdf_text(path: Path, page: int | None = None) -> str:
    """The text of the whole PDF (or of one page, counted from 1), header and footer included."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", *pages, str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


BODY_TOP, BODY_BOTTOM = 60, 782
"""The body area of an A4 page in points from the top (72 dpi): the running header sits above
(25 mm margin, header baseline at about 50 pt), the footer below (from about 792 pt)."""


def pdf_body_text(path: Path) -> str:
    """The text of every page without running header and footer."""
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-r", "72", "-x", "0",
                           "-y", str(BODY_TOP), "-W", "595", "-H", str(BODY_BOTTOM - BODY_TOP),
                           str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_outline(path: Path) -> list[str]:
    """Titles of the PDF's bookmarks, in order."""
    from pypdf import PdfReader

    def walk(items: list) -> list[str]:
        out: list[str] = []
        for it in items:
            out.extend(walk(it) if isinstance(it, list) else [plain(it.title)])
        return out

    return walk(PdfReader(str(path)).outline)


def pdf_sections(path: Path) -> dict[str, str]:
    """The same split for the PDF, at its bookmarked headings, without header and footer.

    Headings may wrap over several lines, so the split happens on the normalised text of the
    body (which starts after the table of contents, at the first section heading).
    """
    outline = pdf_outline(path)
    titles = [t for t in outline if HEADING.match(t)]
    sections = [t for t in outline if not HEADING.match(t)]
    text = norm(pdf_body_text(path).replace("\f", " "))
    pos = text.find(f" {norm(sections[0])} ") if sections else 0
    starts = []
    for t in titles:
        pos = text.find(norm(t), pos)
        assert pos >= 0, f"kop {t!r} niet gevonden in de PDF-tekst"
        starts.append((pos, t))
        pos += len(norm(t))
    out = {}
    for i, (start, t) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        out[t] = text[start + len(norm(t)):end].strip()
    return out


def docx_leden(path: Path) -> dict[str, str]:
    """Lid number ('6.7') → its text with its onderdelen, as in the DOCX."""
    out: dict[str, list[str]] = {}
    current = None
    for style, text in docx_paragraphs(path):
        if style == "Lid":
            current = text.split()[0]
            out[current] = [re.split(r"\s", text, maxsplit=1)[-1]]
        elif style == "Onderdeel" and current:
            out[current].append(text)
        else:
            current = None
    return {k: norm(" ".join(v)) for k, v in out.items()}


def pdf_page_texts(path: Path, *, body: bool = False) -> list[str]:
    """The text of each page (body only: without running header and footer)."""
    text = pdf_body_text(path) if body else pdf_text(path)
    return text.split("\f")[:-1]  # pdftotext ends every page with a form feed


def pdf_margin_texts(path: Path, top: bool) -> list[str]:
    """Per page, the text above the body (the running header) or below it (the footer)."""
    y, height = (0, BODY_TOP) if top else (BODY_BOTTOM, 842 - BODY_BOTTOM)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", "-r", "72", "-x", "0",
                          "-y", str(y), "-W", "595", "-H", str(height), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [norm(page) for page in out.split("\f")[:-1]]


def pdf_structure(path: Path) -> list[tuple[str, str | None, str | None]]:
    """(structure type, its parent's type, alt text) of every element of the PDF's tag tree."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    found: list[tuple[str, str | None, str | None]] = []

    def walk(node: object, parent: str | None) -> None:
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if isinstance(node, ArrayObject):
            for kid in node:
                walk(kid, parent)
        elif isinstance(node, DictionaryObject):
            kind = node.get("/S")
            if kind is not None:
                alt = node.get("/Alt")
                found.append((str(kind), parent, str(alt) if alt is not None else None))
            if "/K" in node:
                walk(node["/K"], str(kind) if kind is not None else parent)

    walk(PdfReader(str(path)).trailer["/Root"]["/StructTreeRoot"], None)
    return found
