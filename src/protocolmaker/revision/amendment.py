"""The wijzigingsconvenant and the consolidated texts: what Partijen sign to amend their set.

The amendment instructions are computed from the comparison of the old and the new version
(`doc_diff`), with the new version numbered against the old one (`revision.stable`: an inserted
article becomes 14a, a removed one ‘vervallen’), so every instruction names the element by the
number it has in the signed text, and no number or reference of an untouched element changes.
The wording of each kind of instruction lives in `templates/wijziging/wijzigingsconvenant.pm`;
this module only decides which instruction, where, and with which quoted text.

Documents amended: the Convenant and each Privacy Protocol present in both versions (both are
signed by Partijen). A Privacy Protocol that is new, or no longer part of the set, and the
Artikel 20 Wpg Beslissing (a decision of the police and the bevoegd gezag, not of Partijen) are
listed in the change summary, not amended here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from protocolmaker.model.document import Document, Paragraph, Signature, plain
from protocolmaker.model.typography import long_date
from protocolmaker.render.house_style import HouseStyle
from protocolmaker.render.layout import Block
from protocolmaker.revision.compare import SetDiff, diff_sets
from protocolmaker.revision.doc_diff import DocumentDiff, Unit, UnitDiff, block_text, word_diff

AMENDED_KINDS = ("convenant", "privacyprotocol")
TEMPLATE = "wijziging/wijzigingsconvenant.pm"
QUOTE_WORDS = 8
"""Words quoted to name a paragraph of a section (‘de overweging die begint met …’)."""


@dataclass
class Instruction:
    op: str
    target: str = ""
    anchor: str = ""
    what: str = ""
    quote: str = ""
    old: str = ""
    new: str = ""
    first: str = ""
    annex: str = ""

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)


@dataclass
class AnnexText:
    key: str
    title: str
    blocks: list[dict[str, str]]


@dataclass
class Amended:
    name: str
    title: str
    short: str
    version: str
    date: str
    change_clause: str
    instructions: list[Instruction] = field(default_factory=list)
    annexes: list[AnnexText] = field(default_factory=list)


# --- instructions -------------------------------------------------------------------------------

def _text(b: Block) -> str:
    return " ".join(block_text(b).split())


def _with_label(b: Block) -> str:
    text = _text(b)
    if b.style == "article":
        number = b.runs[0].text.replace("\u00a0", " ").strip() if b.runs else ""
        return f"{number} {text}".strip()
    return f"{b.label} {text}".strip() if b.label else text


def _unit_quote(unit: Unit) -> str:
    """An article with its leden and onderdelen as one quotation."""
    parts = [_with_label(unit.head)] if unit.head is not None else []
    parts += [_with_label(b) for b in unit.blocks if b.style != "note"]
    return " ".join(parts)


def _lid_quote(blocks: list[Block], start: int) -> tuple[str, int]:
    """A lid with the onderdelen that follow it; returns the quote and the index after them."""
    parts = [_with_label(blocks[start])]
    end = start + 1
    while end < len(blocks) and blocks[end].style in ("item", "note"):
        if blocks[end].style == "item":
            parts.append(_with_label(blocks[end]))
        end += 1
    return " ".join(parts), end


def _words(text: str, n: int = QUOTE_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _replacement(old: Block, new: Block) -> tuple[str, str] | None:
    """The one stretch that changed, when a lid or onderdeel differs in a single place and the
    old phrase occurs once, so ‘“old” vervangen door “new”’ is unambiguous."""
    ops = [(op, "".join(a.text for a in atoms)) for op, atoms in word_diff(old.runs, new.runs)]
    changed = [i for i, (op, _) in enumerate(ops) if op != "gelijk"]
    if not changed or changed[-1] - changed[0] > 1:
        return None
    deleted = "".join(t for op, t in ops if op == "vervallen").strip()
    inserted = "".join(t for op, t in ops if op == "ingevoegd").strip()
    old_text = " ".join(block_text(old).split())
    if not deleted or old_text.count(" ".join(deleted.split())) != 1:
        return None
    return " ".join(deleted.split()), " ".join(inserted.split())


def _article(u: UnitDiff, out: list[Instruction]) -> None:
    """The instructions for one article present in both versions, in reading order. Elements
    are named by their number in the old version (which the new one keeps: `revision.stable`);
    an insertion is placed after the last element of the old version before it."""
    old, new = u.old, u.new
    assert old is not None and new is not None
    number = old.number
    if u.head is not None and u.head.status != "gelijk":
        out.append(Instruction("opschrift", target=f"artikel {number}", quote=new.title))
    new_blocks, old_blocks = new.blocks, old.blocks
    last_lid: Block | None = None  # the last lid of the old version passed so far
    last_item: Block | None = None  # … and its last onderdeel passed so far
    inserted_lid = False  # onderdelen of an inserted lid are quoted with it
    for p in u.blocks:
        b_old, b_new = p.old, p.new
        status = p.status
        if status == "verplaatst":
            status = "ingevoegd" if b_new is not None else "vervallen"
        if b_new is not None and _lapsed(b_new):  # the stable numbering's placeholder
            if b_old is None or _lapsed(b_old):
                continue
            b_new, status = None, "vervallen"
        block = b_new or b_old
        assert block is not None
        if block.style == "note":
            continue
        if block.style == "lid":
            inserted_lid = False
        elif block.style == "item" and inserted_lid:
            continue
        if block.style == "intro":
            if status == "gewijzigd":
                out.append(Instruction("aanhef", target=f"artikel {number}",
                                       quote=_text(b_new)))  # type: ignore[arg-type]
            continue
        if block.style == "lid":
            if status == "ingevoegd":
                assert b_new is not None
                quote, _ = _lid_quote(new_blocks, new_blocks.index(b_new))
                if last_lid is not None:
                    out.append(Instruction("invoegen", anchor=f"artikel {last_lid.label}",
                                           what="lid", quote=quote))
                else:
                    first = next((b.label for b in old_blocks if b.style == "lid"), "")
                    out.append(Instruction("invoegen-begin", anchor=f"artikel {number}",
                                           first=f"lid {first}" if first else "de tekst",
                                           what="lid", quote=quote))
                inserted_lid = True
                last_lid, last_item = b_new, None  # the next insertion comes after this one
                continue
            assert b_old is not None
            last_lid, last_item = b_old, None
            if status == "vervallen":
                out.append(Instruction("vervalt", target=f"artikel {b_old.label}"))
                inserted_lid = True  # its onderdelen go with it
            elif status == "gewijzigd":
                assert b_new is not None
                i = new_blocks.index(b_new)
                has_items = i + 1 < len(new_blocks) and new_blocks[i + 1].style == "item"
                swap = _replacement(b_old, b_new)
                if swap:
                    out.append(Instruction("vervangen" if swap[1] else "schrappen",
                                           target=f"artikel {b_old.label}",
                                           old=swap[0], new=swap[1]))
                elif has_items:
                    out.append(Instruction("aanhef", target=f"artikel {b_old.label}",
                                           quote=_text(b_new)))
                else:
                    out.append(Instruction("luiden", target=f"artikel {b_old.label}",
                                           quote=_with_label(b_new)))
            continue
        if block.style != "item":
            continue
        lid_name = f"artikel {last_lid.label}" if last_lid is not None else \
            f"artikel {number}"
        if status == "ingevoegd":
            assert b_new is not None
            if last_item is not None:
                out.append(Instruction("invoegen-in", anchor=lid_name,
                                       first=f"onderdeel {last_item.label.rstrip('.')}",
                                       what="onderdeel", quote=_with_label(b_new)))
            else:
                first = _first_item_after(old_blocks, last_lid)
                if first:
                    out.append(Instruction("invoegen-begin", anchor=lid_name,
                                           first=f"onderdeel {first}", what="onderdeel",
                                           quote=_with_label(b_new)))
                else:  # the lid had no onderdelen
                    out.append(Instruction("toevoegen", anchor=lid_name, what="onderdeel",
                                           quote=_with_label(b_new)))
            last_item = b_new  # the next insertion comes after this one
            continue
        assert b_old is not None
        last_item = b_old
        where = f"{lid_name}, onder {b_old.label.rstrip('.')}"
        if status == "vervallen":
            out.append(Instruction("vervalt", target=where))
        elif status == "gewijzigd":
            assert b_new is not None
            swap = _replacement(b_old, b_new)
            if swap:
                out.append(Instruction("vervangen" if swap[1] else "schrappen",
                                       target=where, old=swap[0], new=swap[1]))
            else:
                out.append(Instruction("luiden", target=where, quote=_with_label(b_new)))


def _first_item_after(blocks: list[Block], last: Block | None) -> str:
    start = blocks.index(last) + 1 if last is not None and last in blocks else 0
    for b in blocks[start:]:
        if b.style == "item":
            return b.label.rstrip(".")
        if b.style == "lid":
            return ""
    return ""


def _section(u: UnitDiff, out: list[Instruction]) -> None:
    """Paragraphs of the aanhef or the overwegingen, named by their first words. An insertion
    is placed after the last paragraph that stays (one that lapses is no anchor)."""
    unit = u.new or u.old
    assert unit is not None
    where = "de aanhef" if unit.key == "sectie:aanhef" else f"de {unit.label.lower()}"
    what = "overweging" if unit.key == "sectie:overwegingen" else "passage"
    last_old: Block | None = None
    for p in u.blocks:
        b_old, b_new = p.old, p.new
        if p.status == "gelijk":
            last_old = b_old
            continue
        if p.status == "gewijzigd" and b_old is not None and b_new is not None:
            out.append(Instruction("luiden-in", anchor=where,
                                   target=f"de {what} die begint met “{_words(_text(b_old))}”",
                                   quote=_text(b_new)))
            last_old = b_old
        elif b_new is not None:
            if last_old is not None:
                out.append(Instruction("invoegen", anchor=f"de {what} in {where} die begint "
                                                          f"met “{_words(_text(last_old))}”",
                                       what=what, quote=_text(b_new)))
            else:
                out.append(Instruction("invoegen-begin", anchor=where,
                                       first=f"de eerste {what}", what=what,
                                       quote=_text(b_new)))
        elif b_old is not None:
            out.append(Instruction("vervalt-in", anchor=where,
                                   target=f"de {what} die begint met “{_words(_text(b_old))}”"))


def _annex_blocks(new_doc: Document, key: str) -> tuple[str, list[dict[str, str]]]:
    annex = next(a for a in new_doc.annexes if a.key == key)
    blocks = []
    for b in annex.blocks:
        if isinstance(b, Signature):
            blocks.append({"kind": "p", "text": f"{plain(b.party, new_doc)} — "
                                                f"{plain(b.signer, new_doc)}"})
        elif isinstance(b, Paragraph):
            kind = b.kind if b.kind in ("bullet", "num", "heading") else "p"
            blocks.append({"kind": kind, "text": plain(b.content, new_doc)})
    return annex.title, blocks


def instructions(diff: DocumentDiff, amended: Amended) -> None:
    """Fill `amended` with the instructions (and replaced annexes) of one document."""
    assert diff.old is not None and diff.new is not None
    out = amended.instructions
    previous_article: str | None = None
    previous_annex: str | None = None
    for u in diff.units:
        unit = u.new or u.old
        assert unit is not None
        if unit.kind in ("voorblad", "slot"):
            continue
        if unit.kind == "sectie":
            if u.changed:
                _section(u, out)
            continue
        if unit.kind == "artikel":
            if u.old is None and u.new is not None and _is_vervallen(u.new):
                continue  # the placeholder of an article that lapsed: its own instruction
            placeholder = u.new is not None and u.old is not None and _is_vervallen(u.new) \
                and not _is_vervallen(u.old)
            if placeholder or (u.new is None or (u.moved and u.old is not None)):
                if u.old is not None:
                    out.append(Instruction("vervalt", target=f"artikel {u.old.number}"))
                    previous_article = u.old.number
                continue
            if u.old is None or (u.moved and u.new is not None):
                assert u.new is not None
                quote = _unit_quote(u.new)
                if previous_article is not None:
                    out.append(Instruction("invoegen", anchor=f"artikel {previous_article}",
                                           what="artikel", quote=quote))
                else:
                    out.append(Instruction("invoegen-begin", anchor="het " + (
                        "Convenant" if diff.new.kind == "convenant" else "Protocol"),
                        first="artikel 1", what="artikel", quote=quote))
                continue
            if u.changed:
                _article(u, out)
            previous_article = u.old.number
            continue
        if unit.kind == "bijvoegsel":
            key = unit.key.split(":", 1)[1]
            if u.old is None and u.new is not None and _is_vervallen(u.new):
                continue
            if u.new is None or (u.moved and u.old is not None):
                assert u.old is not None
                out.append(Instruction("vervalt", target=f"Bijvoegsel {u.old.number}"))
                previous_annex = u.old.number
                continue
            if not u.changed:
                previous_annex = u.old.number if u.old else previous_annex
                continue
            title, blocks = _annex_blocks(diff.new, key)
            annex_key = f"bijlage-{amended.name}-{key}"[:60]
            amended.annexes.append(AnnexText(
                annex_key, f"Tekst van Bijvoegsel {u.new.number} van {amended.short} "
                           f"({title})", blocks))
            if u.old is None:
                out.append(Instruction("bijvoegsel-invoegen",
                                       anchor=f"Bijvoegsel {previous_annex}" if previous_annex
                                       else "de artikelen", annex=annex_key,
                                       first=u.new.number))
            else:
                out.append(Instruction("bijvoegsel", target=f"Bijvoegsel {u.old.number}",
                                       annex=annex_key))
                previous_annex = u.old.number


def _is_vervallen(unit: Unit) -> bool:
    """The stable numbering's placeholder for an article or annex that lapsed."""
    from protocolmaker.revision.stable import LAPSED_KEY

    return unit.key.endswith(LAPSED_KEY)


def _lapsed(b: Block) -> bool:
    """The stable numbering's placeholder for a lid or onderdeel that lapsed."""
    from protocolmaker.revision.stable import LAPSED, LAPSED_ITEM

    return _text(b) in (LAPSED, LAPSED_ITEM)


# --- the documents ------------------------------------------------------------------------------

def _short(diff: DocumentDiff, protocols: int) -> str:
    assert diff.new is not None
    if diff.new.kind == "convenant":
        return "het Convenant"
    title = diff.new.meta.label
    if protocols > 1 and title.startswith("Privacy Protocol "):
        return "het Protocol " + title[len("Privacy Protocol "):]
    return "het Protocol"


def _change_clause(doc: Document, short: str) -> str:
    target = doc.targets.get("wijzigingen")
    return f"{target} van {short}" if target else f"de wijzigingsbepaling van {short}"


@dataclass
class Adopted:
    """A Privacy Protocol that the new version adds (a new werkproces) or drops."""

    name: str
    title: str


def added_and_dropped(documents: list[DocumentDiff]) -> tuple[list[Adopted], list[Adopted]]:
    added = [Adopted(d.name, d.new.title) for d in documents
             if d.old is None and d.new is not None and d.new.kind == "privacyprotocol"]
    dropped = [Adopted(d.name, d.old.title) for d in documents
               if d.new is None and d.old is not None and d.old.kind == "privacyprotocol"]
    return added, dropped


def amended_documents(result: SetDiff, documents: list[DocumentDiff]) -> list[Amended]:
    old_cfg = result.old.loaded.config
    date = long_date(old_cfg.choices.signing_date or old_cfg.document.date)
    both = [d for d in documents if d.old is not None and d.new is not None
            and d.new.kind in AMENDED_KINDS]
    protocols = sum(1 for d in documents for doc in (d.old, d.new)
                    if doc is not None and doc.kind == "privacyprotocol") - sum(
        1 for d in both if d.new.kind == "privacyprotocol")  # type: ignore[union-attr]
    out = []
    for d in both:
        if not d.changed:
            continue
        assert d.old is not None
        short = _short(d, protocols)
        amended = Amended(d.name, "het " + d.old.title, short, d.old.meta.version, date,
                          _change_clause(d.old, short))
        instructions(d, amended)
        if amended.instructions:
            out.append(amended)
    return out


def compose_amendment(result: SetDiff, amended: list[Amended],
                      added: list[Adopted] | None = None,
                      dropped: list[Adopted] | None = None) -> Document:
    from protocolmaker.model.compose import compose

    cfg = result.new.loaded.config
    reason = next((e.change for e in getattr(cfg.document, "history", None) or []
                   if e.version == cfg.document.version), "")
    data: list[dict[str, Any]] = [
        {**{k: v for k, v in a.__dict__.items() if k not in ("instructions", "annexes")},
         "instructions": [i.as_dict() for i in a.instructions],
         "annexes": [x.__dict__ for x in a.annexes]} for a in amended]
    return compose(TEMPLATE, "wijzigingsconvenant", cfg, short_title="het wijzigingsconvenant",
                   label="Wijzigingsconvenant",
                   extra={"amended": data, "reason": reason,
                          "parties": signing_parties(cfg, [a.name for a in amended]
                                                     + [a.name for a in added or []]),
                          "added": [a.__dict__ for a in added or []],
                          "dropped": [a.__dict__ for a in dropped or []]})


def signing_parties(cfg: Any, names: list[str]) -> list[Any]:
    """Who signs: every party of the Convenant when it is amended; otherwise the parties of the
    amended Privacy Protocols (a werkproces may have only some of the parties), in the order of
    the Convenant."""
    from protocolmaker.model.view import View

    if "convenant" in names or not names:
        return list(cfg.partners)
    ids = {p.id for proto in View(cfg).protocols if proto.filename in names
           for p in proto.partners}
    return [p for p in cfg.partners if p.id in ids] or list(cfg.partners)


def stable_documents(result: SetDiff) -> list[DocumentDiff]:
    """The comparison with the new set numbered against the old one (when `revision.stable`
    can do so), so instructions and consolidated texts carry the numbers that stay."""
    from protocolmaker.documents import compose_set

    try:
        from protocolmaker.revision.stable import renumber_set
    except ImportError:  # pragma: no cover - stable numbering not installed
        return result.documents
    new = compose_set(result.new.loaded.config)
    renumber_set(result.old.documents, new)
    return diff_sets(result.old.documents, new)


def consolidation_note(cfg: Any) -> str:
    return (f"Zoals laatstelijk gewijzigd bij het Wijzigingsconvenant {cfg.zvh.name} van "
            f"{long_date(cfg.document.date)}")


def amendment_files(result: SetDiff, formats: tuple[str, ...],
                    house: HouseStyle | None = None) -> dict[str, bytes]:
    from protocolmaker.render.docx import to_docx
    from protocolmaker.render.pdf import to_pdf

    documents = stable_documents(result)
    amended = amended_documents(result, documents)
    added, dropped = added_and_dropped(documents)
    files: dict[str, bytes] = {}
    if not amended and not added and not dropped:
        return files
    doc = compose_amendment(result, amended, added, dropped)
    if "docx" in formats:
        files["wijzigingsconvenant.docx"] = to_docx(doc, house)
    if "pdf" in formats:
        files["wijzigingsconvenant.pdf"] = to_pdf(doc)
    note = consolidation_note(result.new.loaded.config)
    names = {a.name for a in amended} | {a.name for a in added}
    for d in documents:
        if d.name not in names or d.new is None:
            continue
        consolidated = d.new
        consolidated.meta = replace(consolidated.meta, consolidation=note)
        if "docx" in formats:
            files[f"{d.name}.geconsolideerd.docx"] = to_docx(consolidated, house)
        if "pdf" in formats:
            files[f"{d.name}.geconsolideerd.pdf"] = to_pdf(consolidated)
    return files


__all__ = [
    "Amended",
    "Instruction",
    "amended_documents",
    "amendment_files",
    "compose_amendment",
    "instructions",
    "stable_documents",
]
