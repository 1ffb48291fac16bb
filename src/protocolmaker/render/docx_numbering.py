"""Word's own list numbering for articles, leden, onderdelen, annexes and bullets.

Each document gets three lists in `numbering.xml`, appended after whatever the house style
already defines (ids above the highest there):

- **Artikelen** (multilevel): level 0 ‘Artikel %1.’ bound to style Kop Artikel, level 1 ‘%1.%2’
  bound to Lid, level 2 ‘%3.’ (a, b … z, aa, bb …) bound to Onderdeel. A level restarts after
  every higher level (Word's default), so leden restart at each article and onderdelen at each
  lid; unnumbered paragraphs between them (an article's aanloop, a toelichting) do not break
  the count.
- **Bijvoegsels**: ‘Bijvoegsel %1.’ bound to Kop Bijvoegsel.
- **Opsomming**: a bullet bound to Opsomming.
- **Genummerd 1, 2, …**: one decimal list ‘1.’ per group of numbered paragraphs (the model's
  `num` kind, e.g. the criteria in convenant Bijvoegsel 2), each its own list so every group
  starts at 1; its paragraphs have the Opsomming style and carry the list in `w:numPr`.

The styles carry the numbering (`w:numPr` in the style), so a paragraph a user gives the Lid style
in Word is numbered, and renumbers the leden after it; our own paragraphs carry `w:numPr` too.
The texts are exactly the model's: ‘Artikel 6.’, ‘6.3’, ‘b.’, ‘Bijvoegsel 2.’. The space after
‘Artikel’ is a plain one (the layout has a no-break space there): a label never breaks, and
LibreOffice 7.4 loses the number of a REF field whose computed result contains a no-break space
when it breaks the line there (‘in Artikel geformuleerde’, seen in its PDF export).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from docx.oxml.parser import parse_xml
from lxml import etree

from protocolmaker.render.docx_xml import W_NS, esc

W = f"{{{W_NS}}}"

ARTICLE = "Artikel %1."
LID = "%1.%2"
ITEM = "%3."
ANNEX = "Bijvoegsel %1."
BULLET = "•"


@dataclass(frozen=True)
class Lists:
    """numIds of this document's lists."""

    articles: int
    annexes: int
    bullets: int
    numbered: tuple[int, ...] = ()
    """One numId per group of numbered (`num`) paragraphs, in document order."""

    def of(self, style: str) -> tuple[int, int] | None:
        """(numId, ilvl) of a block style, or None for an unnumbered one."""
        return {"article": (self.articles, 0), "lid": (self.articles, 1),
                "item": (self.articles, 2), "annex": (self.annexes, 0),
                "bullet": (self.bullets, 0)}.get(style)


def _int(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 10 else 0


def _indent(styles: dict[str, etree._Element], style_id: str) -> str:
    """The indentation of a style (following basedOn), for the list level: Word and LibreOffice
    then place the number and the text where the house style's paragraph style says."""
    seen = set()
    while style_id and style_id not in seen:
        seen.add(style_id)
        el = styles.get(style_id)
        if el is None:
            return ""
        ind = el.find(f"{W}pPr/{W}ind")
        if ind is not None:
            left = ind.get(f"{W}left") or ind.get(f"{W}start") or "0"
            hanging = ind.get(f"{W}hanging") or "0"
            tab = f'<w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>' if hanging != "0" \
                else ""
            return f'<w:pPr>{tab}<w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>'
        based = el.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else ""
    return ""


def _level(ilvl: int, fmt: str, text: str, style_id: str | None, suffix: str, ppr: str,
           rpr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{esc(style_id)}"/>' if style_id else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'{pstyle}<w:suff w:val="{suffix}"/>'
            f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>{ppr}{rpr}</w:lvl>')


def _abstract(ident: int, name: str, kind: str, levels: str) -> str:
    nsid = f"{zlib.crc32(f'protocolmaker {name}'.encode()):08X}"
    return (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{ident}"><w:nsid w:val="{nsid}"/>'
            f'<w:multiLevelType w:val="{kind}"/><w:name w:val="{name}"/>{levels}'
            "</w:abstractNum>")


def install(numbering: etree._Element, styles_root: etree._Element,
            style_ids: dict[str, str], numbered_groups: int = 0) -> Lists:
    """Add the three lists, and one per group of numbered paragraphs, to `numbering` and bind
    the three to the styles (by id)."""
    styles = {el.get(f"{W}styleId"): el for el in styles_root.iter(f"{W}style")}
    abstract_ids = [_int(el.get(f"{W}abstractNumId")) for el in numbering.iter(f"{W}abstractNum")]
    num_ids = [_int(el.get(f"{W}numId")) for el in numbering.iter(f"{W}num")]
    a0 = max(abstract_ids, default=-1) + 1
    n0 = max(num_ids, default=0) + 1
    art, lid, item = (style_ids["Kop Artikel"], style_ids["Lid"], style_ids["Onderdeel"])
    annex, bullet = style_ids["Kop Bijvoegsel"], style_ids["Opsomming"]
    definitions = [
        _abstract(a0, "Artikelen", "multilevel",
                  _level(0, "decimal", ARTICLE, art, "space", "")
                  + _level(1, "decimal", LID, lid, "tab", _indent(styles, lid))
                  + _level(2, "lowerLetter", ITEM, item, "tab", _indent(styles, item))),
        _abstract(a0 + 1, "Bijvoegsels", "singleLevel",
                  _level(0, "decimal", ANNEX, annex, "space", "")),
        _abstract(a0 + 2, "Opsomming", "singleLevel",
                  _level(0, "bullet", BULLET, bullet, "tab", _indent(styles, bullet))),
    ] + [_abstract(a0 + 3 + g, f"Genummerd {g + 1}", "singleLevel",
                   _level(0, "decimal", "%1.", None, "tab", _indent(styles, bullet)))
         for g in range(numbered_groups)]
    last_abstract = None
    for el in numbering:
        if el.tag == f"{W}abstractNum":
            last_abstract = el
    position = numbering.index(last_abstract) + 1 if last_abstract is not None else 0
    for offset, xml in enumerate(definitions):
        numbering.insert(position + offset, parse_xml(xml))
    for i in range(len(definitions)):
        num = etree.SubElement(numbering, f"{W}num")
        num.set(f"{W}numId", str(n0 + i))
        etree.SubElement(num, f"{W}abstractNumId").set(f"{W}val", str(a0 + i))
    lists = Lists(n0, n0 + 1, n0 + 2, tuple(n0 + 3 + g for g in range(numbered_groups)))
    for style_id, (num_id, ilvl) in ((art, (lists.articles, 0)), (lid, (lists.articles, 1)),
                                     (item, (lists.articles, 2)), (annex, (lists.annexes, 0)),
                                     (bullet, (lists.bullets, 0))):
        _bind(styles[style_id], num_id, ilvl)
    return lists


_PPR_BEFORE_NUMPR = ("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr",
                     "widowControl")


def _bind(style: etree._Element, num_id: int, ilvl: int) -> None:
    """Set the style's `w:numPr` (replacing any the house style had), in schema order."""
    ppr = style.find(f"{W}pPr")
    if ppr is None:
        ppr = etree.Element(f"{W}pPr")
        rpr = style.find(f"{W}rPr")
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            style.append(ppr)
    for old in ppr.findall(f"{W}numPr"):
        ppr.remove(old)
    num_pr = etree.Element(f"{W}numPr")
    etree.SubElement(num_pr, f"{W}ilvl").set(f"{W}val", str(ilvl))
    etree.SubElement(num_pr, f"{W}numId").set(f"{W}val", str(num_id))
    index = 0
    for i, child in enumerate(ppr):
        if etree.QName(child).localname in _PPR_BEFORE_NUMPR:
            index = i + 1
    ppr.insert(index, num_pr)
