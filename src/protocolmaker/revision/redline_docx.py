"""The redline DOCX: the new version with Word's own tracked changes against the old one.

Built from the comparison of the two document models (`doc_diff`), never from a comparison of
two Word files: an inserted article is one insertion (`w:ins` on its runs and on its paragraph
marks, its list numbering with it), a removed lid one deletion (`w:del`, `w:delText`,
`w:delInstrText` inside its fields), a changed lid a word-level deletion and insertion. Numbers
and references are Word's list numbering and REF fields, so the numbers of later articles and the
references to them follow by themselves and carry **no** revision mark. Accepting every change
gives the new version's text, rejecting every change the old version's (tests/test_revision.py
checks both in LibreOffice).

What is not tracked: the cover page of the house style, the versietabel and the table of contents
show the new version (the versietabel lists the old one; the contents are a field).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from protocolmaker.render.docx import BodyContext, BodyWriter, _runs, _toc, block_xml, to_docx
from protocolmaker.render.house_style import HouseStyle
from protocolmaker.render.layout import Block, Run
from protocolmaker.revision.align import Pair
from protocolmaker.revision.doc_diff import DocumentDiff, word_diff

DATE = "%Y-%m-%dT%H:%M:%SZ"
"""`w:date` of a revision (ISO 8601, UTC, as Word writes it)."""
FIRST_REVISION_ID = 100_000
"""Revision ids after every bookmark id a house style or the body may use."""


@dataclass
class Tracking:
    author: str
    date: dt.datetime
    next_id: int = FIRST_REVISION_ID

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def attrs(self) -> str:
        """Id, author and date of a new revision (or of a move's named range)."""
        return (f'w:id="{self.new_id()}" w:author="{_attr(self.author)}" '
                f'w:date="{self.date.strftime(DATE)}"')


def _attr(text: str) -> str:
    """An attribute value: escaped, without the characters XML cannot hold (an author name
    given on the command line may contain anything)."""
    from protocolmaker.render.docx_xml import esc

    return esc(text)


# --- marking XML that `block_xml` wrote ---------------------------------------------------------

_RUNS = re.compile(r"(?:<w:r>.*?</w:r>)+", re.S)
_PPR_END = re.compile(r"</w:pPr>")
_P_OPEN = re.compile(r"<w:p>|<w:p\s[^>]*>")


def _deleted_runs(xml: str) -> str:
    return (xml.replace("<w:t ", "<w:delText ").replace("<w:t>", "<w:delText>")
            .replace("</w:t>", "</w:delText>")
            .replace("<w:instrText ", "<w:delInstrText ")
            .replace("</w:instrText>", "</w:delInstrText>"))


def wrap_runs(xml: str, kind: str, track: Tracking) -> str:
    """Every stretch of consecutive runs in `xml` inside one `w:ins` or `w:del`."""
    def one(m: re.Match[str]) -> str:
        runs = m.group(0)
        if kind == "del":
            runs = _deleted_runs(runs)
        return f"<w:{kind} {track.attrs()}>{runs}</w:{kind}>"
    return _RUNS.sub(one, xml)


def mark_end(paragraph: str, kind: str, track: Tracking) -> str:
    """The paragraph with its paragraph mark inserted, deleted or moved (`w:rPr` last in
    `w:pPr`)."""
    mark = f"<w:rPr><w:{kind} {track.attrs()}/></w:rPr>"
    if "</w:pPr>" in paragraph:
        return _PPR_END.sub(mark + "</w:pPr>", paragraph, count=1)
    return _P_OPEN.sub(lambda m: m.group(0) + f"<w:pPr>{mark}</w:pPr>", paragraph, count=1)


def mark_paragraphs(xml: str, kind: str, track: Tracking) -> str:
    """Every paragraph in `xml` (one or more, as `block_xml` wrote them) inserted or deleted:
    its runs and its paragraph mark."""
    out = []
    for part in re.split(r"(?=<w:p[ >])", xml):
        if not part.startswith("<w:p"):
            out.append(part)
            continue
        out.append(wrap_runs(mark_end(part, kind, track), kind, track))
    return "".join(out)


# --- a changed block: word-level --------------------------------------------------------------

def _runs_of(atoms: list) -> list[Run]:  # type: ignore[type-arg]
    """Atoms back into runs: consecutive words of one run become one run again."""
    out: list[Run] = []
    last = None
    for a in atoms:
        if a.run.ref is None and last is a.run and out:
            prev = out[-1]
            out[-1] = Run(prev.text + a.text, prev.bold, prev.open_point, prev.link)
        elif a.run.ref is None:
            out.append(Run(a.text, a.run.bold, a.run.open_point, a.run.link))
        else:
            out.append(a.run)
        last = a.run
    return out


def _text_refs(runs: list[Run]) -> list[Run]:
    """References as text. Inserted text carries its references as text, not as REF fields:
    LibreOffice (7.4, 24.2) rejecting a tracked insertion that holds a REF field to a bookmark
    outside it also removes the paragraph after it (tests/test_revision.py). The number reads
    the same; it is the new version's own DOCX that carries the live field."""
    return [replace(r, ref=None) if r.ref is not None else r for r in runs]


def _inserted(b: Block) -> Block:
    return replace(b, runs=_text_refs(b.runs), signer=_text_refs(b.signer))


def _diff_xml(old: list[Run], new: list[Run], ctx: BodyContext, track: Tracking, *,
              bold: bool = False) -> str:
    """The runs of `new` as the word-level difference from `old`."""
    pieces = []
    for op, atoms in word_diff(old, new):
        runs = _runs_of(atoms)
        if op == "ingevoegd":
            runs = _text_refs(runs)
        if bold:
            runs = [replace(r, bold=True) for r in runs]
        xml = _runs(runs, ctx)
        if op == "gelijk":
            pieces.append(xml)
        else:
            pieces.append(wrap_runs(xml, "ins" if op == "ingevoegd" else "del", track))
    return "".join(pieces)


_EMPTY_RUN = '<w:r><w:t xml:space="preserve"></w:t></w:r>'
_EMPTY_BOLD_RUN = '<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve"></w:t></w:r>'


def _changed_signature(old: Block, new: Block, ctx: BodyContext, track: Tracking) -> str:
    """A signature block whose party or signer changed: the lines word by word."""
    from protocolmaker.render.docx import _signature

    shell = _signature(replace(new, runs=[Run("\u0000")], signer=[Run("\u0000")]), ctx)
    if shell.count(_EMPTY_BOLD_RUN) != 1 or shell.count(_EMPTY_RUN) != 1:
        return mark_paragraphs(_signature(old, ctx), "del", track) + \
            mark_paragraphs(_signature(_inserted(new), ctx), "ins", track)
    shell = shell.replace(_EMPTY_BOLD_RUN, _diff_xml(old.runs, new.runs, ctx, track, bold=True))
    return shell.replace(_EMPTY_RUN, _diff_xml(old.signer, new.signer, ctx, track))


def _changed(old: Block, new: Block, ctx: BodyContext, track: Tracking, *,
             page_break: bool = False) -> str:
    """`new`'s paragraph whose content is the word-level difference from `old`."""
    if new.style == "signature":
        return _changed_signature(old, new, ctx, track)
    content = _diff_xml(old.runs, new.runs, ctx, track)
    # the paragraph of `new` (style, numbering, bookmarks) around that content
    shell = block_xml(Block(new.style, [Run("\u0000")], new.label, new.anchor, new.page_break,
                            key=new.key, bookmarks=new.bookmarks,
                            keep_with_next=new.keep_with_next), ctx, page_break=page_break)
    if _EMPTY_RUN not in shell:  # esc() drops U+0000: what is left is an empty text run
        return mark_paragraphs(block_xml(replace(old, bookmarks=[]), ctx), "del", track) + \
            mark_paragraphs(block_xml(_inserted(new), ctx, page_break=page_break), "ins", track)
    return shell.replace(_EMPTY_RUN, content, 1)


# --- the body -----------------------------------------------------------------------------------

UNMARKED = {"toc", "versions"}
"""Blocks drawn as in the new version, without revision marks."""

Mode = str
"""How a block is written: ‘plain’, ‘ins’, ‘del’, or ‘change’ (word-level against an old one)."""


def emitted(diff: DocumentDiff) -> list[tuple[Mode, Block, Block | None]]:
    """(mode, block, old block) in the order the redline shows them: the new version, with what
    the old one had and the new one lacks where it stood. The third is the old block of a
    ‘change’, and for a ‘del’ the block as the old version had it (before its bookmarks were
    taken off), by which `moved_blocks` knows it. A deleted block
    keeps its bookmarks only where the new version has no element of that key (two bookmarks
    of one name would be one too many)."""
    new_marks = {k for b in diff.new_blocks for k in b.bookmarks}

    def gone(b: Block) -> Block:
        if any(k in new_marks for k in b.bookmarks):
            b = replace(b, bookmarks=[k for k in b.bookmarks if k not in new_marks])
        return b

    out: list[tuple[Mode, Block, Block | None]] = []
    for status, old, new in _entries(diff):
        block = new or old
        assert block is not None
        if block.style in UNMARKED:
            if new is not None:
                out.append(("plain", new, None))
        elif status == "gelijk":
            out.append(("plain", new, None))  # type: ignore[arg-type]
        elif status == "ingevoegd":
            out.append(("ins", new, None))  # type: ignore[arg-type]
        elif status == "vervallen":  # (the original beside it, for `moved_blocks`)
            out.append(("del", gone(old), old))  # type: ignore[arg-type]
        elif old is not None and new is not None and old.style == new.style:
            out.append(("change", new, old))
        else:
            out.append(("del", gone(old), None))  # type: ignore[arg-type]
            out.append(("ins", new, None))  # type: ignore[arg-type]
    return out


def _entries(diff: DocumentDiff) -> list[tuple[str, Block | None, Block | None]]:
    out: list[tuple[str, Block | None, Block | None]] = []
    for u in diff.units:
        if u.head is not None:
            out.append((u.head.status, u.head.old, u.head.new))
        elif u.new is not None and u.new.head is not None:
            out.append(("ingevoegd", None, u.new.head))
        elif u.old is not None and u.old.head is not None:
            out.append(("vervallen", u.old.head, None))
        for p in u.blocks:
            out.append(_pair_entry(p))
    return out


def _pair_entry(p: Pair[Block]) -> tuple[str, Block | None, Block | None]:
    if p.status == "verplaatst":
        return ("vervallen", p.old, None) if p.old is not None else ("ingevoegd", None, p.new)
    return (p.status, p.old, p.new)


def moved_blocks(diff: DocumentDiff) -> dict[int, tuple[str, str]]:
    """id(block) → (‘moveFrom’ or ‘moveTo’, name of the move) for every block of an article,
    annex or section that moved: Word shows it as moved, not as deleted and inserted."""
    out: dict[int, tuple[str, str]] = {}
    for u in diff.units:
        if not u.moved:
            continue
        unit = u.old if u.old is not None else u.new
        assert unit is not None
        kind = "moveFrom" if u.old is not None else "moveTo"
        name = f"move_{unit.key.split(':', 1)[-1]}"[:40]
        for b in ([unit.head] if unit.head is not None else []) + unit.blocks:
            out[id(b)] = (kind, name)
    return out


def _moved(xml: str, kind: str, name: str, range_id: int, track: Tracking, first: bool,
           last: bool) -> str:
    """Paragraphs of a move: their runs and marks as `w:moveFrom`/`w:moveTo`, the named range
    opening in the first paragraph and closing in the last."""
    xml = mark_paragraphs(xml, kind, track)
    if last:
        end = list(_P.finditer(xml))[-1]
        body = end.group(0)
        closing = f'<w:{kind}RangeEnd w:id="{range_id}"/>'
        xml = xml[:end.start()] + body[:-len("</w:p>")] + closing + "</w:p>" + xml[end.end():]
    if first:
        start = next(_P.finditer(xml))
        body = start.group(0)
        opening = (f'<w:{kind}RangeStart w:id="{range_id}" w:author="{_attr(track.author)}" '
                   f'w:date="{track.date.strftime(DATE)}" w:name="{_attr(name)}"/>')
        head = body.index("</w:pPr>") + len("</w:pPr>") if "</w:pPr>" in body else len("<w:p>")
        xml = xml[:start.start()] + body[:head] + opening + body[head:] + xml[start.end():]
    return xml


def redline_body(diff: DocumentDiff, plan: list[tuple[Mode, Block, Block | None]],
                 track: Tracking) -> BodyWriter:
    moves = moved_blocks(diff)
    # per move: its range id and the first and last block of it in the redline's order
    bounds: dict[tuple[str, str], tuple[int, int, int]] = {}
    for mode, block, old in plan:
        origin = old if mode == "del" and old is not None else block
        if id(origin) in moves:
            move = moves[id(origin)]
            first = bounds[move][1] if move in bounds else id(origin)
            bounds[move] = (bounds[move][0] if move in bounds else track.new_id(), first,
                            id(origin))

    def write(blocks: list[Block], ctx: BodyContext) -> str:
        chunks: list[tuple[Mode, str]] = []
        after_toc = False
        for mode, block, old in plan:
            if block.style == "toc":
                chunks.append(("plain", _toc(diff.new_blocks, ctx)))
                after_toc = True
                continue
            brk, after_toc = after_toc, False
            if mode == "plain":
                chunks.append((mode, block_xml(block, ctx, page_break=brk)))
            elif mode == "change":
                assert old is not None
                chunks.append((mode, _changed(old, block, ctx, track, page_break=brk)))
            elif id(origin := old if mode == "del" and old is not None else block) in moves:
                kind, name = moves[id(origin)]
                range_id, first, last = bounds[(kind, name)]
                shown = _inserted(block) if mode == "ins" else block
                chunks.append((kind, _moved(block_xml(shown, ctx, page_break=brk), kind, name,
                                            range_id, track, id(origin) == first,
                                            id(origin) == last)))
            else:
                shown = _inserted(block) if mode == "ins" else block
                chunks.append((mode, mark_paragraphs(block_xml(shown, ctx, page_break=brk),
                                                     mode, track)))
        return "".join(_inserted_after(chunks, track))

    return write


_P = re.compile(r"<w:p>.*?</w:p>", re.S)
_PPR = re.compile(r"<w:pPr>(.*?)</w:pPr>", re.S)
_MARK = re.compile(r"<w:rPr><w:ins [^>]*/></w:rPr>")


def _inserted_after(chunks: list[tuple[Mode, str]], track: Tracking) -> list[str]:
    """Paragraphs inserted after a paragraph that stays, written as Word records typing Enter at
    the end of that paragraph: its paragraph mark is the new one, the inserted paragraphs' marks
    are new except the last, which is the old mark of the paragraph before (`w:pPrChange` keeps
    that paragraph's properties for a rejection). Rejecting the insertion so joins nothing that
    stays: LibreOffice otherwise also removed the paragraph after an insertion that followed a
    paragraph ending in inserted words (tests/test_revision.py)."""
    out = [xml for _, xml in chunks]
    i = 0
    while i < len(chunks):
        if chunks[i][0] != "ins" or i == 0 or chunks[i - 1][0] not in ("plain", "change"):
            i += 1
            continue
        j = i
        while j < len(chunks) and chunks[j][0] == "ins":
            j += 1
        before = list(_P.finditer(out[i - 1]))
        last = list(_P.finditer(out[j - 1]))
        if not before or not last or "<w:tbl" in out[i - 1][before[-1].end():]:
            i = j
            continue
        anchor = before[-1].group(0)
        props = _PPR.search(anchor)
        inner = props.group(1) if props else ""
        marked = mark_end(anchor, "ins", track)
        out[i - 1] = out[i - 1][:before[-1].start()] + marked + out[i - 1][before[-1].end():]
        final = last[-1].group(0)
        change = f"<w:pPrChange {track.attrs()}><w:pPr>{inner}</w:pPr></w:pPrChange>"
        final = _MARK.sub(change, final, count=1)
        out[j - 1] = out[j - 1][:last[-1].start()] + final + out[j - 1][last[-1].end():]
        i = j
    return out


def to_redline_docx(diff: DocumentDiff, *, author: str, date: dt.datetime,
                    house: HouseStyle | None = None) -> bytes:
    """The redline of one document as DOCX bytes (the new version in its house style)."""
    assert diff.new is not None and diff.old is not None
    track = Tracking(author, date)
    plan = emitted(diff)
    return to_docx(diff.new, house, blocks=[b for _, b, _ in plan],
                   writer=redline_body(diff, plan, track))
