"""The document model as a Word-native DOCX, rendered into a house style.

- The house style (`house_style.py`) gives styles, page setup, header, footer and cover page;
  its placeholders are filled by docxtpl. The body comes from the layout, after the cover.
- Numbers are Word's: articles, leden, onderdelen, annexes and bullets are list numbering bound
  to their styles (`docx_numbering.py`); no paragraph starts with a typed number.
- References are REF fields to bookmarks on their targets, with the model's text as cached
  result (`docx_fields.py`).
- The table of contents is a TOC field whose cached result lists the articles and annexes
  (without page numbers: Word fills those in on F9).
- The versietabel is a Word table (`w:tbl`) with a repeated header row, its cells in the house
  style's Normal paragraph style; drawn with the house style's optional table style
  ‘Versietabel’ if it has one, else with direct formatting (thin borders, shaded header).
- Style ids are resolved by name once per document and the body is written as XML in one go.
- The package is written with fixed ZIP time stamps: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml

from protocolmaker.errors import ConfigError
from protocolmaker.model.document import Document
from protocolmaker.render import docx_numbering
from protocolmaker.render.docx_fields import bookmark_names, reference
from protocolmaker.render.docx_numbering import Lists
from protocolmaker.render.docx_xml import (
    BODY_CLOSE,
    BODY_OPEN,
    bookmark,
    esc,
    field_begin,
    field_end,
    hyperlink,
    paragraph,
    rpr,
    run,
)
from protocolmaker.render.house_style import HouseStyle, default_house_style, render
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import VERSION_COLUMNS, Block, Run, layout, running_header

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

STYLE_OF = {
    "title": "Title",
    "subtitle": "Subtitle",
    "section": "Kop Sectie",
    "article": "Kop Artikel",
    "annex": "Kop Bijvoegsel",
    "heading": "heading 2",
    "p": "Normal",
    "intro": "Aanloop",
    "closing": "Normal",
    "party": "Partij",
    "bullet": "Opsomming",
    "num": "Opsomming",
    "lid": "Lid",
    "item": "Onderdeel",
    "note": "Toelichting",
    "signature": "Ondertekening",
}
"""Block style → paragraph style name in the house style (`house_style.REQUIRED_STYLES`)."""

VERSIONS_TABLE_STYLE = "Versietabel"
"""Table style a house style may define for the versietabel (optional)."""
VERSIONS_CAPTION = "Versietabel"
"""The table's title for assistive technology (`w:tblCaption`)."""
VERSION_WIDTHS = (12, 22, 14, 52)
"""Column widths of the versietabel in percent of the text width."""
TEXT_WIDTH = 9242
"""Text width in twips when the house style's page setup cannot be read (A4, default margins)."""

TOC_TITLE = "Inhoud"
TOC_INSTRUCTION = 'TOC \\o "1-1" \\h \\z \\u'
"""Level-1 outline paragraphs: Kop Artikel and Kop Bijvoegsel (Kop Sectie is level 2)."""


@dataclass
class BodyContext:
    """What writing the body needs to know about this document's package."""

    ids: dict[str, str]
    """Style name → style id in this document."""
    lists: Lists
    names: dict[str, str]
    """Bookmark key → bookmark name."""
    next_bookmark: int
    numbered_group: int = -1
    """Index of the current group of numbered paragraphs in `lists.numbered`."""
    own: dict[int, tuple[int, int]] = field(default_factory=dict)
    """id() of a block whose number is not the next of its list (stable numbering) → its own
    (numId, ilvl) (`docx_numbering.plan`)."""
    table_style: str | None = None
    """Style id of the house style's table style ‘Versietabel’, if it has one."""
    text_width: int = TEXT_WIDTH
    """Width between the page margins, in twips."""

    def style(self, block_style: str) -> str | None:
        style_id = self.ids[STYLE_OF[block_style]]
        return None if block_style in ("p", "closing") else style_id

    def bookmark_id(self) -> int:
        self.next_bookmark += 1
        return self.next_bookmark


def _runs(runs: list[Run], ctx: BodyContext, *, skip_numbering: bool = False) -> str:
    out = []
    for r in runs:
        if skip_numbering and r.numbering:
            continue
        props = rpr(bold=r.bold, highlight=r.open_point)
        xml = reference(r, ctx.names, props) if r.ref else None
        out.append(xml if xml is not None else run(r.text, props))
    return "".join(out)


def _with_bookmarks(b: Block, ctx: BodyContext, content: str) -> str:
    for key in reversed(b.bookmarks):
        content = bookmark(ctx.bookmark_id(), ctx.names[key], content)
    return content


def _toc(blocks: list[Block], ctx: BodyContext) -> str:
    """The TOC field, its cached result one hyperlinked entry per article and annex."""
    entries = [b for b in blocks if b.style in ("article", "annex")]
    toc_style = ctx.ids["toc 1"]
    out = [paragraph(run(TOC_TITLE), ctx.ids["TOC Heading"])]
    for i, b in enumerate(entries):
        text = "".join(r.text for r in b.runs)
        entry = hyperlink(ctx.names[b.bookmarks[0]], run(text))
        if i == 0:
            entry = field_begin(TOC_INSTRUCTION) + entry
        if i == len(entries) - 1:
            entry += field_end()
        out.append(paragraph(entry, toc_style))
    return "".join(out)


def _signature(b: Block, ctx: BodyContext) -> str:
    style = ctx.ids["Ondertekening"]
    out = [paragraph(_runs([Run(r.text, bold=True) for r in b.runs], ctx), style,
                     space_before=280),
           paragraph(_runs(b.signer, ctx), style)]
    for i, line in enumerate(SIGN_LINES):
        out.append(paragraph(run(line), style, space_before=480 if i == 0 else None,
                             no_keep_next=i == len(SIGN_LINES) - 1))
    return "".join(out)


_BORDER = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
_BORDERS = "<w:tblBorders>" + "".join(_BORDER.format(side=side) for side in (
    "top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
_HEADER_FILL = '<w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>'


def _versions(b: Block, ctx: BodyContext) -> str:
    """The versietabel as a Word table: a header row Word repeats on every page the table
    runs over, then one row per version; rows never split, and the table keeps together."""
    cols = [ctx.text_width * pct // 100 for pct in VERSION_WIDTHS]
    cols[-1] = ctx.text_width - sum(cols[:-1])
    own = ctx.table_style is not None
    props = (f'<w:tblStyle w:val="{esc(ctx.table_style)}"/>' if own else "") + (
        f'<w:tblW w:w="{ctx.text_width}" w:type="dxa"/>' + ("" if own else _BORDERS)
        + '<w:tblLayout w:type="fixed"/>'
        + ("" if own else '<w:tblCellMar><w:left w:w="85" w:type="dxa"/>'
                          '<w:right w:w="85" w:type="dxa"/></w:tblCellMar>')
        + '<w:tblLook w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
          'w:noHBand="1" w:noVBand="1"/>'
        + f'<w:tblCaption w:val="{esc(VERSIONS_CAPTION)}"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in cols)
    rows = [[[Run(h, bold=True)] for h in VERSION_COLUMNS], *b.rows]
    out = [f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]
    for i, row in enumerate(rows):
        header = i == 0
        out.append("<w:tr><w:trPr><w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
                   + "</w:trPr>")
        for width, cell in zip(cols, row, strict=True):
            shade = _HEADER_FILL if header and not own else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>'
                       + paragraph(_runs(cell, ctx), None, keep_next=i < len(rows) - 1,
                                   space_before=40, space_after=40)
                       + "</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def block_xml(b: Block, ctx: BodyContext, *, page_break: bool = False) -> str:
    """The paragraph(s) of one block other than the table of contents: style, list numbering
    (`w:numPr`), keep-with-next, page break, bookmarks, runs and REF fields; the versietabel
    as a table."""
    if b.style == "signature":
        return _signature(b, ctx)
    if b.style == "versions":
        return _versions(b, ctx)
    num = ctx.own.get(id(b)) or ctx.lists.of(b.style)
    if b.style == "num":
        if b.label == "1.":
            ctx.numbered_group += 1
        num = (ctx.lists.numbered[ctx.numbered_group], 0)
    content = _with_bookmarks(b, ctx, _runs(b.runs, ctx, skip_numbering=num is not None))
    return paragraph(content, ctx.style(b.style), num=num, keep_next=b.keep_with_next,
                     page_break=b.page_break or page_break)


def body_xml(blocks: list[Block], ctx: BodyContext) -> str:
    out = []
    after_toc = False
    for b in blocks:
        if b.style == "toc":
            out.append(_toc(blocks, ctx))
            after_toc = True
            continue
        out.append(block_xml(b, ctx, page_break=after_toc))
        after_toc = False
    return "".join(out)


def _style_ids(styles_root: object) -> dict[str, str]:
    ids: dict[str, str] = {}
    for st in styles_root.iter(f"{W}style"):  # type: ignore[attr-defined]
        name = st.find(f"{W}name")
        if name is not None and st.get(f"{W}type") == "paragraph":
            ids.setdefault(name.get(f"{W}val"), st.get(f"{W}styleId"))
    return ids


def _table_style_id(styles_root: object, name: str) -> str | None:
    for st in styles_root.iter(f"{W}style"):  # type: ignore[attr-defined]
        found = st.find(f"{W}name")
        if st.get(f"{W}type") == "table" and found is not None and \
                found.get(f"{W}val") == name:
            return st.get(f"{W}styleId")
    return None


def _text_width(sect: object) -> int:
    """Page width minus left and right margin of the house style's last section, in twips."""
    try:
        size = sect.find(f"{W}pgSz")  # type: ignore[attr-defined]
        margins = sect.find(f"{W}pgMar")  # type: ignore[attr-defined]
        width = int(size.get(f"{W}w")) - int(margins.get(f"{W}left")) - \
            int(margins.get(f"{W}right"))
    except (AttributeError, TypeError, ValueError):
        return TEXT_WIDTH
    return width if 2000 <= width <= 30000 else TEXT_WIDTH


def _numbering_root(d: object) -> object:
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart

    part = d.part  # type: ignore[attr-defined]
    try:
        return part.numbering_part.element
    except (KeyError, NotImplementedError):
        xml = f'<w:numbering xmlns:w="{W[1:-1]}"/>'.encode()
        numbering = NumberingPart(PackURI("/word/numbering.xml"),
                                  "application/vnd.openxmlformats-officedocument."
                                  "wordprocessingml.numbering+xml", parse_xml(xml), part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return numbering.element


def _drop_cover_tail(body: object) -> int:
    """Remove empty trailing paragraphs of the house style's body (a Word file always has one);
    return the highest bookmark id in what stays."""
    children = list(body)  # type: ignore[call-overload]
    for el in reversed(children[:-1]):
        if el.tag != f"{W}p" or el.find(f".//{W}t") is not None or \
                el.find(f".//{W}br") is not None or el.find(f".//{W}drawing") is not None:
            break
        body.remove(el)  # type: ignore[attr-defined]
    ids = [int(x) for x in body.xpath(".//w:bookmarkStart/@w:id")  # type: ignore[attr-defined]
           if x.isdigit()]
    return max(ids, default=0)


def _properties(d: object, doc: Document) -> dt.datetime:
    props = d.core_properties  # type: ignore[attr-defined]
    props.title = doc.title
    props.subject = running_header(doc)
    props.author = props.last_modified_by = doc.meta.zvh_name
    props.language = "nl-NL"
    props.version = doc.meta.version
    props.content_status = doc.meta.status
    props.keywords = doc.meta.label
    props.comments = ""
    stamp = dt.datetime.fromisoformat(doc.meta.iso_date)
    props.created = props.modified = stamp
    props.revision = 1
    rels = d.part.package.rels  # type: ignore[attr-defined]
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # a picture of the house style, not of this document
            del rels[rid]
    return stamp


BodyWriter = Callable[[list[Block], BodyContext], str]
"""Writes the body XML of a document from its blocks (default: `body_xml`)."""


def to_docx(doc: Document, house: HouseStyle | None = None, *,
            blocks: list[Block] | None = None, writer: BodyWriter | None = None) -> bytes:
    """The document as DOCX bytes in `house` (default: the standard house style).

    `blocks` and `writer` replace the document's own layout and body writer: the redline
    (`revision.redline_docx`) writes the blocks of two versions with tracked changes."""
    house = house or default_house_style()
    if house.where is None:
        return _to_docx(doc, house, blocks, writer)
    try:
        return _to_docx(doc, house, blocks, writer)
    except ConfigError:
        raise
    except Exception:  # a region's file we could open but not build on: its problem, exit 2
        raise house.error("het bestand kan niet als basis voor de documenten dienen (de "
                          "stijlen, nummering of hoofdtekst zijn onbruikbaar).") from None


def _to_docx(doc: Document, house: HouseStyle, blocks: list[Block] | None,
             writer: BodyWriter | None) -> bytes:
    from protocolmaker.render.package import normalise_zip

    d = render(house, doc)
    styles_root = d.styles.element
    ids = _style_ids(styles_root)
    blocks = layout(doc) if blocks is None else blocks
    groups = sum(1 for b in blocks if b.style == "num" and b.label == "1.")
    # numbers of their own (stable numbering) for our own body; a writer of its own (the
    # redline: deleted blocks among the new ones) numbers through the main lists
    plan = docx_numbering.plan(blocks) if writer is None else docx_numbering.Plan()
    lists = docx_numbering.install(_numbering_root(d), styles_root, ids, groups, plan.owns)
    body = d.element.body
    sect = body[-1] if len(body) and body[-1].tag == f"{W}sectPr" else None
    ctx = BodyContext(ids, lists, bookmark_names(blocks), _drop_cover_tail(body),
                      own=plan.num_pr(lists),
                      table_style=_table_style_id(styles_root, VERSIONS_TABLE_STYLE),
                      text_width=_text_width(sect))
    xml = (writer or body_xml)(blocks, ctx)
    parsed = parse_xml((BODY_OPEN + xml + BODY_CLOSE).encode("utf-8"))
    for el in list(parsed):
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    stamp = _properties(d, doc)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), stamp)
