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

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

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
    own: tuple[int, ...] = ()
    """One numId per numbering of its own (`Own`), in the order of `Plan.owns`."""

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
            style_ids: dict[str, str], numbered_groups: int = 0,
            owns: Sequence[Own] = ()) -> Lists:
    """Add the three lists, one per group of numbered paragraphs and one per numbering of its
    own (`plan`), to `numbering` and bind the three to the styles (by id)."""
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
    first_own = len(definitions)
    definitions += [own.abstract(a0 + first_own + k, styles, style_ids)
                    for k, own in enumerate(owns)]
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
    lists = Lists(n0, n0 + 1, n0 + 2, tuple(n0 + 3 + g for g in range(numbered_groups)),
                  tuple(n0 + first_own + k for k in range(len(owns))))
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


# --- numbers of their own (stable numbering, `revision.stable`) -------------------------------

LEVEL = {"article": 0, "lid": 1, "item": 2, "annex": 0}
_HEADING = re.compile(r"(?:Artikel|Bijvoegsel)\s+(\S+?)\.?\s*$")


@dataclass(frozen=True)
class Own:
    """A numbering of one paragraph's own, for a number that is not the next of its list (an
    inserted article 14a, lid 11.2a or onderdeel ba of a set numbered against an earlier
    version): its level text is the literal number, and the levels below it count as usual
    (‘14a.%2’, ‘%3.’), so the leden of article 14a read 14a.1, 14a.2 and REF \\n gives
    ‘Artikel 14a’, ‘11.2a’, ‘ba’. A paragraph in this list does not advance the main list, so
    the next article, lid or onderdeel there continues from the one before."""

    style: str
    """‘article’, ‘lid’, ‘item’ or ‘annex’."""
    number: str

    def text(self, level: int) -> str:
        own = LEVEL[self.style]
        if level == own:
            return {"article": f"Artikel {self.number}.", "annex": f"Bijvoegsel {self.number}.",
                    "lid": self.number, "item": f"{self.number}."}[self.style]
        if level == 1 and own == 0:
            return f"{self.number}.%2"
        return (ARTICLE, LID, ITEM)[level]

    def abstract(self, ident: int, styles: dict[str, etree._Element],
                 style_ids: dict[str, str]) -> str:
        if self.style == "annex":
            return _abstract(ident, f"Bijvoegsel {self.number}", "singleLevel",
                             _level(0, "decimal", self.text(0), None, "space", ""))
        lid, item = style_ids["Lid"], style_ids["Onderdeel"]
        return _abstract(ident, f"{self.style} {self.number}", "multilevel",
                         _level(0, "decimal", self.text(0), None, "space", "")
                         + _level(1, "decimal", self.text(1), None, "tab", _indent(styles, lid))
                         + _level(2, "lowerLetter", self.text(2), None, "tab",
                                  _indent(styles, item)))

    def label(self, level: int, counters: list[int]) -> str:
        """What Word shows for a paragraph of this list at `level` with these counters."""
        if level == LEVEL[self.style]:
            return self.number
        return f"{self.number}.{counters[1]}" if level == 1 else letter(counters[2] - 1)


@dataclass
class Plan:
    """Which numbered paragraphs need a numbering of their own."""

    owns: list[Own] = field(default_factory=list)
    paragraphs: dict[int, tuple[int, int]] = field(default_factory=dict)
    """id() of a block in one of `owns` (the one it starts, or the one of the article or lid
    it belongs to) → (index in `owns`, ilvl)."""

    def num_pr(self, lists: Lists) -> dict[int, tuple[int, int]]:
        """id() of a block → (numId, ilvl) of its own numbering."""
        return {block: (lists.own[k], level) for block, (k, level) in self.paragraphs.items()}


def shown_number(block: object) -> str:
    """The model's number of a numbered block: ‘14a’ of ‘Artikel 14a. ’, ‘11.2a’, ‘ba’."""
    style = block.style  # type: ignore[attr-defined]
    if style in ("article", "annex"):
        head = "".join(r.text for r in block.runs if r.numbering)  # type: ignore[attr-defined]
        m = _HEADING.match(head.replace("\u00a0", " ").strip())
        return m.group(1) if m else ""
    return str(block.label).removesuffix(".")  # type: ignore[attr-defined]


def plan(blocks: Sequence[object]) -> Plan:
    """Follow Word's counters through the blocks: a numbered block whose number the list it
    belongs in would not give gets a numbering of its own. With numbers 1…n (every normal
    build) the plan is empty and the DOCX is exactly as without it."""
    out = Plan()
    main, annexes = "main", "annexes"
    counters: dict[object, list[int]] = {main: [0, 0, 0], annexes: [0, 0, 0]}
    current: list[object] = [main, main, main]

    def label(lst: object, level: int, c: list[int]) -> str:
        if isinstance(lst, Own):
            return lst.label(level, c)
        return (str(c[0]), f"{c[0]}.{c[1]}", letter(c[2] - 1))[level]

    for b in blocks:
        style = b.style  # type: ignore[attr-defined]
        if style not in LEVEL:
            continue
        level = LEVEL[style]
        number = shown_number(b)
        lst = annexes if style == "annex" else main if level == 0 else current[level - 1]
        c = list(counters[lst])
        c[level] += 1
        c[level + 1:] = [0] * (2 - level)
        if label(lst, level, c) != number:
            lst = Own(style, number)
            out.owns.append(lst)
            c = [0, 0, 0]
            c[level] = 1
        if isinstance(lst, Own):  # its own, or the list of the article or lid it is in
            out.paragraphs[id(b)] = (out.owns.index(lst), level)
        counters[lst] = c
        if style != "annex":
            current[level:] = [lst] * (3 - level)
    return out


def letter(i: int) -> str:
    from protocolmaker.model.numbering import letter as model_letter

    return model_letter(i) if i >= 0 else ""
