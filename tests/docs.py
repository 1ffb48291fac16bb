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
    text = plain(text).replace("\u00ad", "")
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


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                          capture_output=True,
                          text=True, check=True).stdout


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
    kept = []
    for line in pdf_text(path).splitlines():
        line = line.strip().replace("\f", "")
        if re.fullmatch(r"pagina \d+ van \d+", line) or " — versie " in line or \
                line == "CONCEPT":
            continue
        kept.append(line)
    text = norm(" ".join(kept))
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
