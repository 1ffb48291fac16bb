"""What a reader of a DOCX should see, computed from our own document model, and the edits a user
makes in Word (inserting a lid or an article) applied both to a DOCX and to the model."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree
from tests.wordml import W, WordDoc

from protocolmaker.model.document import Article, Document, Lid, Text
from protocolmaker.model.numbering import number
from protocolmaker.render.docx import TOC_TITLE
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import VERSION_COLUMNS, Block, Run, cell_text, layout


def _text(runs: list[Run], *, numbering: bool = False) -> str:
    return "".join(r.text for r in runs if r.numbering == numbering)


def expected_paragraphs(doc: Document, *, toc: bool = True) -> list[tuple[str, str]]:
    """(label, text) of every paragraph our DOCX body has, from the model's layout (without the
    entries of the table of contents if not `toc`: those change only when its field is
    updated)."""
    blocks = layout(doc)
    out: list[tuple[str, str]] = []
    for b in blocks:
        if b.style == "toc":
            out.append(("", TOC_TITLE))
            out += [("", "".join(r.text for r in a.runs)) for a in blocks
                    if toc and a.style in ("article", "annex")]
        elif b.style == "versions":  # a table: one paragraph per cell, row by row
            out += [("", h) for h in VERSION_COLUMNS]
            out += [("", cell_text(cell)) for row in b.rows for cell in row]
        elif b.style == "signature":
            out += [("", _text(b.runs)), ("", _text(b.signer))]
            out += [("", line) for line in SIGN_LINES]
        elif b.style in ("article", "annex"):
            out.append((_text(b.runs, numbering=True).strip(), _text(b.runs)))
        elif b.style in ("lid", "item", "num"):
            out.append((b.label, _text(b.runs)))
        elif b.style == "bullet":
            out.append(("•", _text(b.runs)))
        else:
            out.append(("", _text(b.runs)))
    return out


@dataclass(frozen=True)
class Field:
    """A REF field as the model expects it: its target block's key and its result."""

    key: str
    result: str
    lower: bool


def expected_refs(doc: Document) -> list[Field]:
    """Every REF field of our DOCX in document order, with the text Word computes for it."""
    out: list[Field] = []

    def visit(runs: list[Run]) -> None:
        for r in runs:
            t = r.ref
            if t is None:
                continue
            if t.kind in ("article", "annex"):
                out.append(Field(t.key, r.text, t.kind == "article" and not t.capital))
            elif t.kind == "lid" or r.text == t.number:  # a bare number: ‘tot en met g’
                out.append(Field(t.key, t.number, False))
            else:
                assert t.lid_key and t.lid_number
                out.append(Field(t.lid_key, t.lid_number, False))
                out.append(Field(t.key, t.number, False))

    for b in layout(doc):
        visit(b.runs)
        visit(b.signer)
    return out


def block_of(doc: Document, style: str, label: str) -> Block:
    return next(b for b in layout(doc) if b.style == style and (
        b.label == label or _text(b.runs, numbering=True).strip() == label))


# --- a user's edits in Word ------------------------------------------------------------------

INSERTED_LID = "Ingevoegd lid, zoals een jurist het in Word toevoegt."
INSERTED_ARTICLE = "Ingevoegd artikel"
INSERTED_ARTICLE_LID = "Eerste lid van het ingevoegde artikel."


def _style_id(styles: etree._Element, name: str) -> str:
    return next(st.get(f"{W}styleId") for st in styles.iter(f"{W}style")
                if st.find(f"{W}name").get(f"{W}val") == name)


def _paragraph(style_id: str, text: str) -> etree._Element:
    """A paragraph as Word writes one a user typed and gave a style: no numPr of its own."""
    xml = (f'<w:p xmlns:w="{W[1:-1]}"><w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
           f'<w:r><w:t>{text}</w:t></w:r></w:p>')
    return etree.fromstring(xml)


def edit_docx(data: bytes, lid_after: str, article_before: str) -> bytes:
    """Insert a Lid paragraph after lid `lid_after` (‘6.1’) and an article (heading + lid)
    before the heading labelled `article_before` (‘Artikel 4.’)."""
    word = WordDoc(data)
    z = zipfile.ZipFile(io.BytesIO(data))
    document = etree.fromstring(z.read("word/document.xml"))
    styles = etree.fromstring(z.read("word/styles.xml"))
    body = document.find(f"{W}body")
    paragraphs = list(body.iter(f"{W}p"))
    labels = [p.label.replace("\u00a0", " ") for p in word.paragraphs]
    lid = paragraphs[labels.index(lid_after)]
    lid.addnext(_paragraph(_style_id(styles, "Lid"), INSERTED_LID))
    heading = paragraphs[labels.index(article_before)]
    heading.addprevious(_paragraph(_style_id(styles, "Kop Artikel"), INSERTED_ARTICLE))
    heading.addprevious(_paragraph(_style_id(styles, "Lid"), INSERTED_ARTICLE_LID))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in z.infolist():
            content = z.read(info.filename)
            if info.filename == "word/document.xml":
                content = etree.tostring(document, xml_declaration=True, encoding="UTF-8",
                                         standalone=True)
            dst.writestr(info.filename, content)
    return out.getvalue()


def edit_model(doc: Document, lid_after: str, article_before: str) -> Document:
    """The same edits in the model, renumbered: what Word and LibreOffice should then show."""
    art_no, lid_no = (int(x) for x in lid_after.split("."))
    article = doc.articles[art_no - 1]
    article.leden.insert(lid_no, Lid([Text(INSERTED_LID)]))
    before = int(article_before.split()[1].rstrip(".")) - 1
    doc.articles.insert(before, Article("ingevoegd-door-gebruiker", INSERTED_ARTICLE,
                                        [Lid([Text(INSERTED_ARTICLE_LID)])]))
    return number(doc)
