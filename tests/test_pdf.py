"""The PDFs as a reader, a screen reader and an archive get them (Typst, issue 12).

Read back with poppler (pdftotext, pdffonts, pdfimages) and pypdf: what is on each page, the tag
tree, the XMP metadata, the bookmarks, the fonts. The DOCX ↔ PDF text equality of every
document, word for word, is below; per article it is also in test_convenant.py and test_set.py.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.conftest import CONFIGS, REGIONS, ROOT, run_cli, write_region
from tests.docs import (
    docx_paragraphs,
    norm,
    pdf_body_text,
    pdf_margin_texts,
    pdf_outline,
    pdf_page_texts,
    pdf_structure,
    pdf_text,
    plain,
)

from protocolmaker.build import compose_all
from protocolmaker.config import load_config
from protocolmaker.model.document import Meta
from protocolmaker.model.markup import parse
from protocolmaker.model.numbering import number
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import layout, running_title
from protocolmaker.render.pdf import to_pdf, typeset

HASHES = ROOT / "tests" / "pdf_hashes.json"
REFRESH = ".venv/bin/python scripts/refresh_pdf_hashes.py"


def example_pdfs(built: Path) -> list[Path]:
    found = sorted(built.glob("*/*.pdf"))
    assert len(found) >= 9
    return found


def xmp(path: Path) -> str:
    meta = PdfReader(str(path)).trailer["/Root"]["/Metadata"].get_object()
    return meta.get_data().decode("utf-8")


def documents(region: str):  # type: ignore[no-untyped-def]
    return {spec.filename: doc for spec, doc in
            compose_all(load_config(CONFIGS / f"{region}.yaml")).all()}


# --- the same text as the DOCX -------------------------------------------------------------------

def test_every_pdf_reads_word_for_word_as_its_docx(built: Path) -> None:
    """Issue 12: DOCX text equals PDF text for every document of every example set, from the
    end of the table of contents to the last signature line (preamble, articles, annexes, the
    whole verantwoording); before it, every paragraph of the title page and every entry of the
    table of contents is in the PDF (whose entries add page numbers; Word adds them on F9)."""
    docx_files = sorted(built.glob("*/*.docx"))
    assert len(docx_files) >= 15
    for docx in docx_files:
        paragraphs = docx_paragraphs(docx)
        toc = [i for i, (style, _) in enumerate(paragraphs) if style in ("TOC Heading", "toc 1")]
        after_toc = paragraphs[toc[-1] + 1:] if toc else paragraphs
        body = norm(" ".join(text for _, text in after_toc))
        assert len(body) > 5000, docx
        pdf = norm(pdf_body_text(docx.with_suffix(".pdf")).replace("\f", " "))
        assert pdf.endswith(body), docx
        front = pdf[:len(pdf) - len(body)]
        for _, text in paragraphs[:toc[-1] + 1] if toc else []:
            assert norm(text) in front, (docx, text)


# --- accessible by default ----------------------------------------------------------------------

def test_every_pdf_is_tagged_pdf_ua_dutch_and_titled(built: Path) -> None:
    titles = {f"{region}/{name}.pdf": doc.title for region in REGIONS
              for name, doc in documents(region).items()}
    for pdf in example_pdfs(built):
        root = PdfReader(str(pdf)).trailer["/Root"]
        assert root["/MarkInfo"]["/Marked"], pdf
        assert "/StructTreeRoot" in root, pdf
        assert root["/Lang"] == "nl-NL", pdf
        assert root["/ViewerPreferences"]["/DisplayDocTitle"], pdf  # the title, not the file
        meta = xmp(pdf)
        assert re.search(r"pdfuaid:part(>|=\")1", meta), pdf
        assert "pdfaid" not in meta, pdf  # archival only on request (--pdfa)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                              check=True).stdout
        assert re.search(r"^Tagged:\s+yes$", info, re.M), pdf
        title = titles[pdf.relative_to(built).as_posix()]
        assert re.search(rf"^Title:\s+{re.escape(title)}$", info, re.M), pdf


@pytest.mark.parametrize("region", REGIONS)
def test_headings_lists_and_toc_are_tagged_as_such(built: Path, region: str) -> None:
    structure = pdf_structure(built / region / "convenant.pdf")
    kinds = [kind for kind, _, _ in structure]
    doc = documents(region)["convenant"]
    blocks = layout(doc)
    assert kinds.count("/Title") == 1
    toc_title = 1  # "Inhoud" is a heading too
    assert kinds.count("/H1") == sum(b.style in ("section", "article", "annex")
                                     for b in blocks) + toc_title
    assert kinds.count("/H2") == sum(b.style == "heading" for b in blocks)
    # every lid, onderdeel and bullet is a list item with its label, not a paragraph
    items = sum(b.style in ("lid", "item", "bullet", "num") for b in blocks)
    assert kinds.count("/LI") == kinds.count("/Lbl") == items
    assert {parent for kind, parent, _ in structure if kind == "/LI"} == {"/L"}
    assert kinds.count("/TOCI") == len(doc.articles) + len(doc.annexes)
    assert "/Span" not in kinds  # running text is in paragraphs (P), not loose spans
    assert kinds.count("/P") >= sum(b.style in ("p", "party", "intro", "closing")
                                    for b in blocks)


@pytest.mark.parametrize("region", REGIONS)
def test_typst_has_nothing_to_warn_about(region: str) -> None:
    """No warning: the layout converged (page numbers in the TOC are final), no font missing."""
    for name, doc in documents(region).items():
        _, warnings = typeset(doc)
        assert warnings == [], (name, warnings)


# --- header, footer, page numbers ---------------------------------------------------------------

def test_concept_status_and_page_number_on_every_page(built: Path) -> None:
    docs = documents("fryslan")
    for name, doc in docs.items():
        pdf = built / "fryslan" / f"{name}.pdf"
        if not pdf.exists():
            continue
        headers = pdf_margin_texts(pdf, top=True)
        footers = pdf_margin_texts(pdf, top=False)
        n = len(headers)
        assert n == len(PdfReader(str(pdf)).pages)
        assert n > 1 or name == "verantwoording"  # the only document that may fit one page
        assert headers == [norm(f"{running_title(doc)} CONCEPT")] * n, name
        assert footers == [f"pagina {i} van {n}" for i in range(1, n + 1)], name


def test_definitief_says_so_on_every_page(tmp_path: Path) -> None:
    final = write_region(tmp_path, (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
                         .replace("status: concept", "status: definitief"), "den-bosch.yaml")
    res = run_cli("build", final, "--out", tmp_path / "out", "--format", "pdf")
    assert res.code == 0, res.text
    pdf = tmp_path / "out/den-bosch/convenant.pdf"
    headers = pdf_margin_texts(pdf, top=True)
    assert len(headers) > 1
    assert all(h.endswith("— versie 0.9 definitief") for h in headers), headers
    assert "CONCEPT" not in pdf_text(pdf)
    assert "Versie 0.9 — definitief — 20 november 2026" in pdf_text(pdf, 1)


@pytest.mark.parametrize("name", ["convenant", "privacyprotocol-radicalisering"])
def test_toc_page_numbers_are_the_pages_the_headings_are_on(built: Path, name: str) -> None:
    pdf = built / "fryslan" / f"{name}.pdf"
    doc = documents("fryslan")[name]
    pages = [norm(p) for p in pdf_page_texts(pdf, body=True)]
    first_body = next(i for i, p in enumerate(pages) if norm(doc.sections[0].title) in p)
    toc = " ".join(pages[:first_body])
    headings = [a.heading for a in doc.articles] + [b.heading for b in doc.annexes]
    for heading in headings:
        listed = re.search(re.escape(norm(heading)) + r"[ .]*?(\d+)(?= |$)", toc)
        assert listed, f"{heading!r} staat niet met een paginanummer in de inhoudsopgave"
        actual = next(i for i, p in enumerate(pages) if i >= first_body and norm(heading) in p)
        assert int(listed.group(1)) == actual + 1, heading


# --- bookmarks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["convenant", "artikel20-beslissing",
                                  "privacyprotocol-complexe-casuistiek"])
def test_a_bookmark_per_section_article_annex_and_subheading(built: Path, name: str) -> None:
    pdf = built / "fryslan" / f"{name}.pdf"
    blocks = layout(documents("fryslan")[name])
    expected = [plain(b.text) for b in blocks
                if b.style in ("section", "article", "annex", "heading")]
    assert [plain(t) for t in pdf_outline(pdf)] == expected
    top = [plain(item.title) for item in PdfReader(str(pdf)).outline
           if not isinstance(item, list)]
    assert top == [plain(b.text) for b in blocks if b.style in ("section", "article", "annex")]


def test_no_page_ends_with_a_heading_or_a_lead_in(built: Path) -> None:
    """Headings stay with what follows; so does a paragraph that leads into a list."""
    for pdf in example_pdfs(built):
        headings = [norm(t) for t in pdf_outline(pdf)]
        for i, page in enumerate(pdf_page_texts(pdf, body=True)[:-1], 1):
            text = norm(page)
            assert not any(text.endswith(h) for h in headings), (pdf.name, i)
            assert not text.endswith(":"), (pdf.name, i, text[-80:])


# --- signatures -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["convenant", "artikel20-beslissing"])
def test_a_signature_block_never_splits_over_two_pages(built: Path, name: str) -> None:
    pdf = built / "fryslan" / f"{name}.pdf"
    blocks = [b for b in layout(documents("fryslan")[name]) if b.style == "signature"]
    pages = [norm(p) for p in pdf_page_texts(pdf, body=True)]
    used = set()
    for b in blocks:
        whole = norm(" ".join([b.text, "".join(r.text for r in b.signer), *SIGN_LINES]))
        on = [i for i, p in enumerate(pages) if whole in p]
        assert on, f"ondertekening van {b.text!r} staat niet in zijn geheel op één pagina"
        used.update(on)
    assert len(used) > 2  # the blocks do run over several pages: page breaks were tested


# --- user text is text -------------------------------------------------------------------------

SPECIAL = """extends: _basis.yaml
document: {versie: "1", status: concept, datum: 2026-01-01}
zvh: {id: typst, naam: "ZVH #let x = 1 $x^2$ *vet* _schuin_ @artikel-1 <lbl> [a] // geen \\\\ 😀",
      beheersgemeente: g}
personen:
  - {id: b, naam: B, functie: burgemeester, organisatie: g}
  - {id: v, naam: "/* c */ x_1", functie: "#panic()", organisatie: ggz}
partijen:
  - {id: g, soort: gemeente, naam: "= Kop ~ `raw` -- #emph[x] \\\\n", burgemeester: b}
  - {id: ggz, soort: ggz, naam: "== Stichting #{1+1} ]) <x> @y 🧑‍⚕️ 🥰", afkorting: "GGZ",
     vertegenwoordiger: v}
"""
LITERALS = ["ZVH #let x = 1 $x^2$ *vet* _schuin_ @artikel-1 <lbl> [a] // geen \\ 😀",
            "= Kop ~ `raw` -- #emph[x] \\n", "== Stichting #{1+1} ]) <x> @y 🧑‍⚕️ 🥰",
            "/* c */ x_1", "#panic()"]


def test_typst_syntax_and_emoji_in_user_values_appear_literally(tmp_path: Path) -> None:
    path = write_region(tmp_path, SPECIAL)
    res = run_cli("build", path, "--out", tmp_path / "out")
    assert res.code == 1 and "concept met" in res.out, res.text  # a bare config: fouten
    docx = " ".join(t for _, t in docx_paragraphs(tmp_path / "out/typst/convenant.docx"))
    pdf = tmp_path / "out/typst/convenant.pdf"
    text = norm(pdf_text(pdf))
    for literal in LITERALS:
        assert literal in docx, literal
        assert norm(literal) in text, literal  # (norm: "-- x" reads as a line-end hyphen)
    assert pdf_outline(pdf)[0] == "De ondergetekenden"  # "= Kop" made no heading
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    # 😀 has a glyph in DejaVu Sans, 🥰 only in the bundled Noto Color Emoji (a Type 3 font)
    assert "DejaVuSans" in fonts and "Type 3" in fonts


@pytest.mark.parametrize("text,code,advice", [
    ("中文", "U+4E2D", "Vervang of verwijder het in de configuratie"),  # no bundled font has it
    # control characters no document can hold: refused already when the config is read, at
    # the value's line and column
    ("\\0", "U+0000", "Verwijder het teken"),
    ("\\a", "U+0007", "Verwijder het teken"),
])
def test_text_the_pdf_cannot_hold_is_a_clear_error(tmp_path: Path, text: str, code: str,
                                                   advice: str) -> None:
    path = write_region(tmp_path, SPECIAL.replace("*vet*", f"*v{text}et*"))
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "pdf")
    assert res.code == 2, res.text
    assert code in res.err and advice in res.err
    assert "Traceback" not in res.text
    assert not (tmp_path / "out" / "typst").exists()


# --- typography: the bundled font covers the layout, non-breaking spaces hold --------------------

def _pdf_of(text: str, tmp_path: Path) -> Path:
    meta = Meta("ZVH", "1", "concept", "1 januari 2026", "het Convenant", "Convenant",
                "2026-01-01")
    doc = number(parse(f"@titel T\n@artikel a | A\nlid {text}\n", "t.pm", "convenant", meta))
    pdf = tmp_path / f"t{len(list(tmp_path.iterdir()))}.pdf"
    pdf.write_bytes(to_pdf(doc))
    return pdf


def _line_ends(pdf: Path) -> list[str]:
    return [line.strip() for line in pdf_text(pdf).splitlines() if line.strip()]


def test_non_breaking_space_and_hyphen_never_break(tmp_path: Path) -> None:
    # (‘art.’ + a letter code: the layout's own typography would tie ‘art. 6’ in the control)
    # (chosen so the control breaks at both places several times: 5 and 7 times)
    words = " ".join(f"zie art.{{sp}}nr{i} bij Noord{{hy}}Nederland{'x' * (i % 7)}"
                     for i in range(1, 80))
    kept = _line_ends(_pdf_of(words.format(sp="\u00a0", hy="\u2011"), tmp_path))
    control = _line_ends(_pdf_of(words.format(sp=" ", hy="-"), tmp_path))
    # with ordinary characters the lines do break there, so the test can see a difference
    assert any(line.endswith("art.") for line in control)
    assert any(line.endswith("Noord-") for line in control)
    assert " ".join(kept).count("Noord\u2011") == 79  # the character itself, as text
    assert not any(line.endswith(("art.", "Noord\u2011")) for line in kept)


def test_the_bundled_font_has_every_character_the_layout_uses(built: Path,
                                                                tmp_path: Path) -> None:
    typographic = "’s-Hertogenbosch “citaat” ‘term’ – — … € 5 ° § ½ art.\u00a06 Noord\u2011Oost"
    for pdf in [*example_pdfs(built), _pdf_of(typographic, tmp_path)]:
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        names = {line.split()[0].split("+")[-1] for line in out}
        # no fallback font was needed: every glyph came from Liberation Sans
        assert names <= {"LiberationSans", "LiberationSans-Bold"}, (pdf.name, names)
        assert all(line.split()[-5] == "yes" for line in out)  # embedded


def test_words_are_hyphenated_and_read_back_whole(built: Path) -> None:
    """Typst hyphenates (with the Dutch patterns: the text language is nl-NL, which /Lang shows)
    and marks each break with a soft hyphen, so every word it broke reads back as a whole word
    of the DOCX text; headings are never hyphenated."""
    pdf = built / "fryslan" / "convenant.pdf"
    raw = pdf_body_text(pdf)  # a word may be broken over two pages, around the footer
    broken = re.findall(r"(\w+)\u00ad\s*\n\s*(\w+)", raw)
    assert len(broken) > 20
    docx = " ".join(t for _, t in docx_paragraphs(pdf.with_suffix(".docx")))
    words = set(re.findall(r"\w+", docx))
    assert [a + b for a, b in broken if a + b not in words] == []
    assert not [t for t in pdf_outline(pdf) if "\u00ad" in t]


# --- logo ---------------------------------------------------------------------------------------

def png(width: int, height: int) -> bytes:
    """A small red PNG, written by hand (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xb0\x00\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


LOGO_REGION = """extends: _basis.yaml
document: {versie: "1", status: concept, datum: 2026-01-01}
zvh: {id: logo, naam: ZVH Logoland, beheersgemeente: g, logo: LOGO}
personen:
  - {id: b, naam: B, functie: burgemeester, organisatie: g}
partijen:
  - {id: g, soort: gemeente, naam: Logostad, burgemeester: b}
"""


def _images(pdf: Path) -> list[str]:
    return subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]


@pytest.mark.parametrize("name,data", [
    ("beeld/logo.png", png(60, 24)),
    ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="60" height="24">'
                 b'<rect width="60" height="24" fill="#b00020"/></svg>'),
])
def test_logo_on_the_title_page_with_alt_text(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).parent.mkdir(exist_ok=True)
    (tmp_path / name).write_bytes(data)
    path = write_region(tmp_path, LOGO_REGION.replace("LOGO", name))
    res = run_cli("build", path, "--out", tmp_path / "out", "--format", "pdf")
    assert res.code == 1 and "concept met" in res.out, res.text  # a bare config: fouten
    for pdf in sorted((tmp_path / "out/logo").glob("*.pdf")):
        figures = [alt for kind, _, alt in pdf_structure(pdf) if kind == "/Figure"]
        assert figures == ["Logo ZVH Logoland"], pdf.name
        if name.endswith(".png"):
            pages = [int(line.split()[0]) for line in _images(pdf)]
            assert pages == [1], pdf.name  # once, on the title page


def test_no_logo_no_image(built: Path) -> None:
    for pdf in example_pdfs(built):
        assert _images(pdf) == [], pdf.name
        assert "/Figure" not in [kind for kind, _, _ in pdf_structure(pdf)]


SVG_LINK = (b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9">'
            b'<image href="HREF" width="9" height="9"/></svg>')


@pytest.mark.parametrize("name,data,says", [
    ("logo.png", b"geen afbeelding", "geen PNG- of SVG-afbeelding"),
    ("logo.png", b"\x89PNG\r\n\x1a\nkapot", "kan niet worden gelezen"),
    # an SVG may not pull in other files: not ours (absolute) and not the house style's own
    ("logo.svg", SVG_LINK.replace(b"HREF", b"/etc/passwd"), "kan niet worden gelezen"),
    ("logo.svg", SVG_LINK.replace(b"HREF", b"document.typ"), "kan niet worden gelezen"),
])
def test_a_bad_logo_is_refused_with_its_location(tmp_path: Path, name: str, data: bytes,
                                                 says: str) -> None:
    (tmp_path / name).write_bytes(data)
    path = write_region(tmp_path, LOGO_REGION.replace("LOGO", name))
    res = run_cli("build", path, "--out", tmp_path / "out")
    assert res.code == 2, res.text
    assert f"{path.name}:3" in res.err and "zvh.logo" in res.err and says in res.err, res.err
    assert "Traceback" not in res.text
    assert not (tmp_path / "out" / "logo").exists()


# --- same bytes everywhere ------------------------------------------------------------------------

def test_pdfs_match_the_committed_hashes(built: Path) -> None:
    """The PDFs are the same bytes on every machine; after an intended change run REFRESH."""
    expected = json.loads(HASHES.read_text(encoding="utf-8"))
    actual = {p.relative_to(built).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
              for p in example_pdfs(built)}
    changed = sorted(k for k in expected.keys() | actual.keys()
                     if expected.get(k) != actual.get(k))
    assert not changed, f"andere PDF-bytes dan {HASHES.name}: {changed}; bedoeld? {REFRESH}"


def test_same_document_same_bytes_and_the_date_is_the_documents(built: Path) -> None:
    doc = documents("den-bosch")["convenant"]
    first, second = to_pdf(doc), to_pdf(doc)
    assert first == second == (built / "den-bosch" / "convenant.pdf").read_bytes()
    reader = PdfReader(str(built / "den-bosch" / "convenant.pdf"))
    assert reader.metadata["/CreationDate"].startswith(f"D:{doc.meta.iso_date.replace('-', '')}")
