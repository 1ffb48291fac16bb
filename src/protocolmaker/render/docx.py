"""The document model as a Word-native DOCX, rendered into a house style.

- The house style (`house_style.py`) gives styles, page setup, header, footer and cover page;
  its placeholders are filled by docxtpl. The body comes from the layout, after the cover.
- Numbers are Word's: articles, leden, onderdelen, annexes and bullets are list numbering bound
  to their styles (`docx_numbering.py`); no paragraph starts with a typed number.
- References are REF fields to bookmarks on their targets, with the model's text as cached
  result (`docx_fields.py`).
- The table of contents is a TOC field whose cached result lists the articles and annexes
  (without page numbers: Word fills those in on F9).
- Style ids are resolved by name once per document and the body is written as XML in one go.
- The package is written with fixed ZIP time stamps: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

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
    field_begin,
    field_end,
    hyperlink,
    paragraph,
    rpr,
    run,
)
from protocolmaker.render.house_style import HouseStyle, default_house_style, render
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import Block, Run, layout, running_header

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


def block_xml(b: Block, ctx: BodyContext, *, page_break: bool = False) -> str:
    """The paragraph(s) of one block other than the table of contents: style, list numbering
    (`w:numPr`), keep-with-next, page break, bookmarks, runs and REF fields."""
    if b.style == "signature":
        return _signature(b, ctx)
    num = ctx.lists.of(b.style)
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


def to_docx(doc: Document, house: HouseStyle | None = None) -> bytes:
    """The document as DOCX bytes in `house` (default: the standard house style)."""
    house = house or default_house_style()
    if house.where is None:
        return _to_docx(doc, house)
    try:
        return _to_docx(doc, house)
    except ConfigError:
        raise
    except Exception:  # a region's file we could open but not build on: its problem, exit 2
        raise house.error("het bestand kan niet als basis voor de documenten dienen (de "
                          "stijlen, nummering of hoofdtekst zijn onbruikbaar).") from None


def _to_docx(doc: Document, house: HouseStyle) -> bytes:
    from protocolmaker.render.package import normalise_zip

    d = render(house, doc)
    styles_root = d.styles.element
    ids = _style_ids(styles_root)
    blocks = layout(doc)
    groups = sum(1 for b in blocks if b.style == "num" and b.label == "1.")
    lists = docx_numbering.install(_numbering_root(d), styles_root, ids, groups)
    body = d.element.body
    ctx = BodyContext(ids, lists, bookmark_names(blocks), _drop_cover_tail(body))
    parsed = parse_xml((BODY_OPEN + body_xml(blocks, ctx) + BODY_CLOSE).encode("utf-8"))
    sect = body[-1] if len(body) and body[-1].tag == f"{W}sectPr" else None
    for el in list(parsed):
        if sect is not None:
            sect.addprevious(el)
        else:
            body.append(el)
    stamp = _properties(d, doc)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), stamp)
