"""The document model as DOCX through python-docx: real styles, TOC field, header and footer.

Styles mirror templates/stijl/document.css. Headings use Word's built-in ‘Heading 1/2’ so the
table of contents and the navigation pane work; leden and onderdelen have their own styles with
hanging indents. The file is written with fixed ZIP time stamps, so the same input gives the
same bytes.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document as new_docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from protocolmaker.model.document import Document
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import (
    Block,
    Run,
    layout,
    running_header,
    running_title,
    toc_entries,
)
from protocolmaker.render.package import normalise_zip

FONT = "Arial"  # metric-compatible with Liberation Sans, the PDF font
RED = RGBColor(0xB0, 0x00, 0x20)

STYLE_OF = {
    "section": "Heading 1",
    "article": "Heading 1",
    "annex": "Heading 1",
    "heading": "Heading 2",
    "p": "Normal",
    "intro": "Normal",
    "closing": "Normal",
    "party": "Partij",
    "bullet": "Opsomming",
    "num": "Opsomming",
    "lid": "Lid",
    "item": "Onderdeel",
    "note": "Toelichting",
}


def _styles(d: object) -> None:
    styles = d.styles  # type: ignore[attr-defined]
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.15
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "nl-NL")
    rpr.append(lang)
    for name, size in (("Title", 18), ("Heading 1", 12), ("Heading 2", 10.5)):
        st = styles[name]
        st.font.name = FONT
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        st.paragraph_format.keep_with_next = True
        st.paragraph_format.space_before = Pt(14 if name == "Heading 1" else 8)
    styles["Title"].paragraph_format.space_after = Pt(6)

    def para(name: str, left: float, hanging: float, **kw: object) -> None:
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal
        st.quick_style = True
        pf = st.paragraph_format
        pf.left_indent = Cm(left)
        pf.first_line_indent = Cm(-hanging)
        if hanging:
            pf.tab_stops.add_tab_stop(Cm(left))
        for k, v in kw.items():
            setattr(pf, k, v)

    para("Lid", 1.2, 1.2)
    para("Onderdeel", 2.0, 0.8)
    para("Partij", 0.8, 0)
    para("Opsomming", 0.8, 0.4)
    para("Toelichting", 1.2, 0)
    para("Ondertekening", 0, 0, keep_with_next=True, keep_together=True)
    note = styles["Toelichting"]
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor(0x33, 0x44, 0x44)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "EEF4F4")
    note.element.get_or_add_pPr().append(shd)


def _field(paragraph: Paragraph, instr: str, cached: str = "") -> None:
    """A complex field (PAGE, NUMPAGES, TOC …) with an optional cached result."""
    def fld(kind: str) -> None:
        r = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            el.set(qn("w:dirty"), "true")
        r._r.append(el)

    fld("begin")
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    paragraph.add_run(cached)
    fld("end")


def _bookmark(paragraph: Paragraph, name: str, ident: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _add_runs(paragraph: Paragraph, runs: list[Run]) -> None:
    for r in runs:
        if r.link:
            link = OxmlElement("w:hyperlink")
            link.set(qn("w:anchor"), _bm(r.link))
            run = paragraph.add_run(r.text)
            link.append(run._r)
            paragraph._p.append(link)
        else:
            run = paragraph.add_run(r.text)
        run.bold = r.bold or None
        if r.open_point:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _bm(anchor: str) -> str:
    return "_" + anchor.replace("-", "_")  # Word bookmark names: letters, digits, underscore


def _header_footer(d: object, doc: Document) -> None:
    section = d.sections[0]  # type: ignore[attr-defined]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.top_margin = section.bottom_margin = Cm(2.5)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.2)
    head = section.header.paragraphs[0]
    run = head.add_run(running_title(doc) + " — ")
    run.font.size = Pt(8)
    status = head.add_run("CONCEPT" if doc.is_concept else "definitief")
    status.font.size = Pt(9 if doc.is_concept else 8)
    status.bold = doc.is_concept or None
    if doc.is_concept:
        status.font.color.rgb = RED
    foot = section.footer.paragraphs[0]
    foot.alignment = 1  # centre
    for text, instr in (("pagina ", "PAGE"), (" van ", "NUMPAGES")):
        foot.add_run(text).font.size = Pt(8)
        _field(foot, instr, "1")
    for r in foot.runs:
        r.font.size = Pt(8)


def _toc(d: object, doc: Document) -> None:
    d.add_paragraph("Inhoud", style="Heading 2")  # type: ignore[attr-defined]
    p = d.add_paragraph()  # type: ignore[attr-defined]
    # Cached entries so the list shows before Word updates the field (page numbers then too).
    _field(p, 'TOC \\o "1-1" \\h \\z \\u')
    sep = p.runs[-2]  # the run holding the (empty) cached result
    for i, (_anchor, text) in enumerate(toc_entries(doc)):
        if i:
            sep.add_break()
        sep.add_text(text)
    p.add_run().add_break(WD_BREAK.PAGE)


def _signature(d: object, b: Block) -> None:
    p = d.add_paragraph(style="Ondertekening")  # type: ignore[attr-defined]
    p.paragraph_format.space_before = Pt(14)
    for r in b.runs:
        p.add_run(r.text).bold = True
    p = d.add_paragraph(style="Ondertekening")  # type: ignore[attr-defined]
    _add_runs(p, b.signer)
    for i, line in enumerate(SIGN_LINES):
        p = d.add_paragraph(line, style="Ondertekening")  # type: ignore[attr-defined]
        if i == 0:
            p.paragraph_format.space_before = Pt(24)
        if i == len(SIGN_LINES) - 1:
            p.paragraph_format.keep_with_next = False


def to_docx(doc: Document) -> bytes:
    d = new_docx()
    _styles(d)
    _header_footer(d, doc)
    props = d.core_properties
    props.title = doc.title
    props.subject = running_header(doc)
    props.author = props.last_modified_by = doc.meta.zvh_name
    props.language = "nl-NL"
    props.version = doc.meta.version
    props.content_status = doc.meta.status
    stamp = dt.datetime.fromisoformat(doc.meta.iso_date)
    props.created = props.modified = stamp
    props.revision = 1
    settings = d.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)

    bookmark_id = 0
    for b in layout(doc):
        if b.style == "title":
            d.add_paragraph(b.text, style="Title")
        elif b.style == "subtitle":
            p = d.add_paragraph()
            _add_runs(p, b.runs)
        elif b.style == "toc":
            _toc(d, doc)
        elif b.style == "signature":
            _signature(d, b)
        else:
            p = d.add_paragraph(style=STYLE_OF[b.style])
            if b.label:
                p.add_run(b.label + "\t")
            elif b.style == "bullet":
                p.add_run("•\t")
            _add_runs(p, b.runs)
            if b.page_break:
                p.paragraph_format.page_break_before = True
            if b.anchor:
                bookmark_id += 1
                _bookmark(p, _bm(b.anchor), bookmark_id)
    _ = WD_SECTION  # (single section document)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), stamp)
