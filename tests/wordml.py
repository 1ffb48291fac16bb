"""A DOCX read the way Word computes it: list numbers from numbering.xml, fields and bookmarks.

This follows the OOXML rules the renderer relies on (ECMA-376 17.9 numbering, 17.16 fields with
[MS-OI29500] for REF \\n): a level's counter increments at every paragraph of that level and
restarts after any higher level of the same list; a label is the level's text with every %N
replaced by level N's counter in that level's format; REF \\n gives the bookmarked paragraph's
label without trailing period, `\\* Lower` lowers it. The LibreOffice tests check this reading
against a real word processor, so tests can use it to read numbers that are not typed.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx.styles import BabelFish
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"


def _val(el: etree._Element | None, attr: str = "val") -> str | None:
    return None if el is None else el.get(f"{W}{attr}")


def letters(n: int, upper: bool = False) -> str:
    text = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1)
    return text.upper() if upper else text


def roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                       (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                       (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def fmt(n: int, kind: str) -> str:
    return {"decimal": str(n), "lowerLetter": letters(n), "upperLetter": letters(n, True),
            "lowerRoman": roman(n), "upperRoman": roman(n).upper(), "bullet": ""}.get(kind,
                                                                                   str(n))


@dataclass
class Level:
    start: int
    kind: str
    text: str


@dataclass
class Field:
    instr: str
    result: str
    paragraph: int


@dataclass
class Para:
    style: str
    """Style name as python-docx shows it (‘Heading 2’ for the built-in ‘heading 2’)."""
    label: str
    text: str
    element: etree._Element
    num: tuple[str, int] | None = None
    direct_num: bool = False
    bookmarks: list[str] = field(default_factory=list)
    segments: list[str | Field] = field(default_factory=list)
    """The text in pieces: literal text, and each outermost field (its cached result)."""

    @property
    def in_table(self) -> bool:
        """A paragraph of a table cell (the versietabel)."""
        return any(a.tag == f"{W}tc" for a in self.element.iterancestors())

    @property
    def shown(self) -> str:
        """What a reader sees: the label, then the text."""
        return f"{self.label} {self.text}" if self.label else self.text


def _label(levels: dict[int, Level], count: dict[int, int], ilvl: int) -> str:
    """The level's text with %N replaced by level N-1's counter in that level's format."""
    def number(m: re.Match[str]) -> str:
        k = int(m.group(1)) - 1
        return fmt(count.get(k, levels[k].start), levels[k].kind)

    return re.sub(r"%(\d)", number, levels[ilvl].text)


class WordDoc:
    def __init__(self, source: Path | bytes) -> None:
        import io

        z = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
        names = set(z.namelist())
        self.document = etree.fromstring(z.read("word/document.xml"))
        styles = etree.fromstring(z.read("word/styles.xml"))
        numbering = etree.fromstring(z.read("word/numbering.xml")) \
            if "word/numbering.xml" in names else None
        self.style_names: dict[str, str] = {}
        self.style_num: dict[str, tuple[str, int] | None] = {}
        based: dict[str, str | None] = {}
        for st in styles.iter(f"{W}style"):
            sid = st.get(f"{W}styleId")
            self.style_names[sid] = _val(st.find(f"{W}name")) or sid
            based[sid] = _val(st.find(f"{W}basedOn"))
            num = st.find(f"{W}pPr/{W}numPr")
            self.style_num[sid] = None if num is None else (
                _val(num.find(f"{W}numId")) or "0", int(_val(num.find(f"{W}ilvl")) or 0))
        for sid in list(self.style_num):  # inherit numbering through basedOn
            seen, cur = set(), sid
            while self.style_num.get(cur) is None and based.get(cur) and cur not in seen:
                seen.add(cur)
                cur = based[cur]  # type: ignore[assignment]
            self.style_num[sid] = self.style_num.get(cur)
        self.default_style = next((st.get(f"{W}styleId") for st in styles.iter(f"{W}style")
                                   if st.get(f"{W}type") == "paragraph"
                                   and st.get(f"{W}default") == "1"), "Normal")
        self.abstract: dict[str, dict[int, Level]] = {}
        self.num_abstract: dict[str, str] = {}
        if numbering is not None:
            for an in numbering.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in an.iter(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl"))] = Level(
                        int(_val(lvl.find(f"{W}start")) or 0),
                        _val(lvl.find(f"{W}numFmt")) or "decimal",
                        _val(lvl.find(f"{W}lvlText")) or "")
                self.abstract[an.get(f"{W}abstractNumId")] = levels
            for num in numbering.iter(f"{W}num"):
                self.num_abstract[num.get(f"{W}numId")] = _val(num.find(f"{W}abstractNumId"))
        self.paragraphs: list[Para] = []
        self.fields: list[Field] = []
        self.bookmarks: dict[str, int] = {}
        self._read()

    # --- reading ---

    def _read(self) -> None:
        counters: dict[str, dict[int, int]] = {}
        body = self.document.find(f"{W}body")
        stack: list[list[str]] = []  # open fields: [instr, result, state]
        for p in body.iter(f"{W}p"):
            index = len(self.paragraphs)
            ppr = p.find(f"{W}pPr")
            sid = _val(ppr.find(f"{W}pStyle")) if ppr is not None else None
            sid = sid or self.default_style
            direct = ppr.find(f"{W}numPr") if ppr is not None else None
            num = self.style_num.get(sid)
            if direct is not None:
                num = (_val(direct.find(f"{W}numId")) or "0",
                       int(_val(direct.find(f"{W}ilvl")) or 0))
            label = ""
            if num and num[0] != "0" and num[0] in self.num_abstract:
                abstract = self.num_abstract[num[0]]
                levels = self.abstract.get(abstract, {})
                count = counters.setdefault(abstract, {})
                ilvl = num[1]
                count[ilvl] = count.get(ilvl, levels[ilvl].start - 1) + 1
                for deeper in [k for k in count if k > ilvl]:
                    del count[deeper]
                label = _label(levels, count, ilvl)
            text = []
            marks = []
            segments: list[str | Field] = []
            for el in p.iter():
                tag = el.tag
                if tag == f"{W}bookmarkStart":
                    name = el.get(f"{W}name")
                    self.bookmarks.setdefault(name, index)
                    marks.append(name)
                elif tag == f"{W}fldChar":
                    kind = el.get(f"{W}fldCharType")
                    if kind == "begin":
                        stack.append(["", "", "instr"])
                    elif kind == "separate" and stack:
                        stack[-1][2] = "result"
                    elif kind == "end" and stack:
                        instr, result, _ = stack.pop()
                        found = Field(instr.strip(), result, index)
                        self.fields.append(found)
                        if not stack:
                            segments.append(found)
                elif tag == f"{W}instrText" and stack:
                    stack[-1][0] += el.text or ""
                elif tag in (f"{W}t", f"{W}noBreakHyphen", f"{W}tab", f"{W}br"):
                    piece = {f"{W}noBreakHyphen": "-", f"{W}tab": "\t",
                             f"{W}br": "\n"}.get(tag, el.text or "")
                    if stack and stack[-1][2] == "result":
                        for f in stack:
                            if f[2] == "result":
                                f[1] += piece
                    text.append(piece)
                    if not stack:
                        segments.append(piece)
            name = self.style_names.get(sid, sid)
            self.paragraphs.append(Para(BabelFish.internal2ui(name), label, "".join(text), p,
                                        num, direct is not None, marks, segments))

    # --- fields as Word computes them ---

    def ref_result(self, instr: str) -> str:
        """What Word shows for a REF field after an update."""
        parts = instr.split()
        assert parts[0] == "REF", instr
        target = self.paragraphs[self.bookmarks[parts[1]]]
        assert "\\n" in parts, instr
        out = target.label.rstrip(".")
        if "\\*" in parts:
            case = parts[parts.index("\\*") + 1]
            out = {"Lower": out.lower(), "Upper": out.upper(),
                   "FirstCap": out[:1].upper() + out[1:], "Caps": out.title()}[case]
        return out

    def updated_text(self, p: Para) -> str:
        """The paragraph's text after Word updates its REF fields (F9)."""
        return "".join(s.result if isinstance(s, Field) and not s.instr.startswith("REF ")
                       else self.ref_result(s.instr) if isinstance(s, Field) else s
                       for s in p.segments)

    def refs(self) -> list[Field]:
        return [f for f in self.fields if f.instr.startswith("REF ")]
