"""WordprocessingML written as text: runs, paragraphs, bookmarks and complex fields.

The body of a document is built as one XML string and parsed once (python-docx looks a style up
by name on every `add_paragraph`; building the XML directly, with style ids resolved once per
document, is several times faster and gives the same markup). Every function returns a fragment
of `w:body` content in the `w` namespace; `BODY_OPEN` … `BODY_CLOSE` wrap them for parsing.
"""

from __future__ import annotations

import re

from protocolmaker.model.typography import WORD_JOINER

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
BODY_OPEN = f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
BODY_CLOSE = "</w:body>"

_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPECIAL = re.compile("(-" + WORD_JOINER + r"|\t|\n)")


def esc(text: str) -> str:
    """Text for an XML text node or attribute value (quotes included)."""
    text = _INVALID.sub("", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def rpr(*, bold: bool = False, highlight: bool = False) -> str:
    """Run properties for a run of the model: a defined term is bold, an open point marked."""
    props = ("<w:b/><w:bCs/>" if bold else "") + (
        '<w:highlight w:val="yellow"/>' if highlight else "")
    return f"<w:rPr>{props}</w:rPr>" if props else ""


def run(text: str, props: str = "") -> str:
    """One run. ‘-’ followed by a word joiner (after ‘’s-’) becomes Word's non-breaking hyphen,
    a tab a tab, a newline a line break; every other character is kept as it is (no-break
    spaces are U+00A0 in Word too)."""
    if not text:
        return ""
    parts = []
    for piece in _SPECIAL.split(text):
        if not piece:
            continue
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece == "\n":
            parts.append("<w:br/>")
        elif piece.startswith("-") and piece.endswith(WORD_JOINER) and len(piece) == 2:
            parts.append("<w:noBreakHyphen/>")
        else:
            parts.append(f'<w:t xml:space="preserve">{esc(piece)}</w:t>')
    return f"<w:r>{props}{''.join(parts)}</w:r>"


def paragraph(content: str, style: str | None = None, *, num: tuple[int, int] | None = None,
              keep_next: bool = False, keep_lines: bool = False, page_break: bool = False,
              space_before: int | None = None, jc: str | None = None,
              no_keep_next: bool = False, space_after: int | None = None) -> str:
    """A paragraph. `num` is (numId, ilvl); properties are written in schema order."""
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{esc(style)}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    elif no_keep_next:
        ppr.append('<w:keepNext w:val="0"/>')
    if keep_lines:
        ppr.append("<w:keepLines/>")
    if page_break:
        ppr.append("<w:pageBreakBefore/>")
    if num:
        ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
    if space_before is not None or space_after is not None:
        before = f' w:before="{space_before}"' if space_before is not None else ""
        after = f' w:after="{space_after}"' if space_after is not None else ""
        ppr.append(f"<w:spacing{before}{after}/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    head = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{head}{content}</w:p>"


def bookmark(ident: int, name: str, content: str) -> str:
    """`content` between the start and end of a bookmark."""
    return (f'<w:bookmarkStart w:id="{ident}" w:name="{esc(name)}"/>{content}'
            f'<w:bookmarkEnd w:id="{ident}"/>')


def field_begin(instr: str, props: str = "") -> str:
    """Begin, instruction and separator of a complex field; its result and `field_end` follow
    (possibly in a later paragraph, as for a table of contents)."""
    return (f'<w:r>{props}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{props}<w:instrText xml:space="preserve"> {esc(instr)} </w:instrText></w:r>'
            f'<w:r>{props}<w:fldChar w:fldCharType="separate"/></w:r>')


def field_end(props: str = "") -> str:
    return f'<w:r>{props}<w:fldChar w:fldCharType="end"/></w:r>'


def field(instr: str, result: str, props: str = "") -> str:
    """A complex field; `result` is the cached result as run XML: what a reader sees before
    any update."""
    return field_begin(instr, props) + result + field_end(props)


def hyperlink(anchor: str, content: str) -> str:
    return f'<w:hyperlink w:anchor="{esc(anchor)}" w:history="1">{content}</w:hyperlink>'
