"""What the redline PDF and HTML show, as data both draw from: the summary page and the body.

The body is the plan of the redline DOCX (`redline_docx.emitted`): the new version, with what
the old one had and the new one lacks where it stood, a changed block as its word-level
difference. It is laid out as the block tree of the web page and the PDF (`render.tree`), so
lists are real lists, with two additions:

- a run node may carry `c`: ‘ins’ (inserted) or ‘del’ (deleted);
- a node or list item whose block changed carries `m`: ‘ins’, ‘del’ or ‘change’ (the change
  bar in the margin).

Numbers are those of the new version; a deleted block keeps its old number (struck with it).
The versietabel is drawn from the new version without marks; the table of contents is left
out. The summary is the part of `summary.report` about this document, grouped per article,
with the config fields (and their places in the old and new file) that caused each change.
Everything is plain JSON-ready data: the PDF gets it as Typst data, never as markup.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from protocolmaker.model.typography import long_date
from protocolmaker.render.layout import Block, Run
from protocolmaker.render.tree import HEADING_LEVEL, Node, _runs, _Tree, public_heading
from protocolmaker.revision.doc_diff import DocumentDiff, word_diff
from protocolmaker.revision.redline_docx import _runs_of, emitted

MARK = {"ins": "ins", "del": "del", "change": "change"}
INS_LABEL = "ingevoegd: "
DEL_LABEL = "verwijderd: "
LEGEND = ("Ingevoegde tekst is onderstreept, verwijderde tekst doorgehaald; een streep in de "
          "kantlijn staat naast elke gewijzigde alinea. Nummers zijn die van de nieuwe versie.")
NO_CHANGES = "Geen wijzigingen"
MAX_CAUSES = 6
"""Config fields named per change on the summary page; more are counted (the JSON report has
all of them: a change traced to no single field names every changed field)."""
MAX_PLACES = 12


# --- the body -----------------------------------------------------------------------------------

Marked = list[tuple[Run, str | None]]


def _marked(mode: str, block: Block, old: Block | None) -> tuple[Marked, Marked]:
    """The block's runs and signer runs, each with its mark (None, ‘ins’ or ‘del’)."""
    if mode == "change" and old is not None:
        out: Marked = [(r, None) for r in block.runs if r.numbering]  # the new number
        for op, atoms in word_diff(old.runs, block.runs):
            c = None if op == "gelijk" else "ins" if op == "ingevoegd" else "del"
            out.extend((r, c) for r in _runs_of(atoms))
        return out, [(r, None) for r in block.signer]
    c = mode if mode in ("ins", "del") else None
    return [(r, c) for r in block.runs], [(r, c) for r in block.signer]


class _RedlineTree(_Tree):
    """The tree of `render.tree`, fed with marked blocks: runs the plan marked become run
    nodes with `c`, and the node holding them gets the block's mode as `m`."""

    def __init__(self, diff: DocumentDiff, anchors: set[str]) -> None:
        assert diff.new is not None
        super().__init__(diff.new, anchors)
        self.marks: dict[int, tuple[list[str | None], str]] = {}
        self.modes: dict[int, str] = {}
        self.keep: list[object] = []  # the lists whose ids are keys above stay alive

    def runs(self, runs: list[Run]) -> list[Node]:
        found = self.marks.get(id(runs))
        if found is None:
            return super().runs(runs)
        marks, mode = found
        out: list[Node] = []
        for r, c in zip(runs, marks, strict=True):
            for node in _runs([r], self.anchors):
                if c is not None:
                    node["c"] = c
                out.append(node)
        if mode != "plain":
            self.modes[id(out)] = mode
            self.keep.append(out)
        return out

    def add_marked(self, mode: str, block: Block, old: Block | None) -> None:
        runs, signer = _marked(mode, block, old)
        shown = replace(block, runs=[r for r, _ in runs], signer=[r for r, _ in signer],
                        anchor=None if mode == "del" else block.anchor)
        self.keep.append(shown)
        self.marks[id(shown.runs)] = ([c for _, c in runs], mode)
        self.marks[id(shown.signer)] = ([c for _, c in signer], mode)
        if mode != "plain" and (shown.style in HEADING_LEVEL or shown.style == "subtitle"):
            # headings and the subtitle are drawn from their runs here (the tree takes the
            # plain text), so a changed article title shows its change
            self.add(shown)
            node = self.body[-1]
            node["runs"] = self.runs(shown.runs)
            if self.doc.kind == "privacyverklaring" and node["runs"]:
                node["runs"][-1]["t"] = public_heading(node["runs"][-1]["t"])
            if mode == "del" and shown.style in HEADING_LEVEL:
                node["outlined"] = False  # a deleted article is no entry of the outline
        else:
            self.add(shown)


def _walk_modes(nodes: Any, modes: dict[int, str]) -> None:
    if isinstance(nodes, list):
        for n in nodes:
            _walk_modes(n, modes)
    elif isinstance(nodes, dict):
        for key in ("runs", "party"):
            mode = modes.get(id(nodes.get(key)))
            if mode is not None:
                nodes["m"] = MARK[mode]
        for key in ("items", "body"):
            if key in nodes:
                _walk_modes(nodes[key], modes)


def body_view(diff: DocumentDiff) -> list[Node]:
    """The redline's body as tree nodes with marks (empty for a document on one side only)."""
    if diff.old is None or diff.new is None:
        return []
    plan = [(mode, b, old) for mode, b, old in emitted(diff) if b.style != "toc"]
    anchors = {b.anchor for mode, b, _ in plan if b.anchor and mode != "del"}
    tree = _RedlineTree(diff, anchors)
    for mode, block, old in plan:
        tree.add_marked(mode, block, old)
    body = tree.finish()
    _walk_modes(body, tree.modes)
    return body


# --- the summary page ---------------------------------------------------------------------------

_ARTICLE = re.compile(r"^art\.\s*(\d+[a-z]?)", re.I)


def _day(value: str) -> str:
    try:
        return long_date(dt.date.fromisoformat(value))
    except (TypeError, ValueError):
        return value


def _side(side: dict[str, Any]) -> str:
    return (f"versie {side.get('versie', '?')} van {_day(str(side.get('datum', '')))} "
            f"({side.get('status', '?')})")


def _group(place: str) -> str:
    m = _ARTICLE.match(place)
    if m:
        return f"Artikel {m.group(1)}"
    return place[:1].upper() + place[1:]


def _cause(c: dict[str, Any]) -> str:
    where = ", ".join(x for x in (c.get("oud") and f"oud: {c['oud']}",
                                  c.get("nieuw") and f"nieuw: {c['nieuw']}") if x)
    return f"{c['veld']} ({where})" if where else str(c["veld"])


def _capped(items: list[str], limit: int, what: str) -> list[str]:
    if len(items) <= limit:
        return items
    return [*items[:limit - 1], f"en {len(items) - limit + 1} andere {what}"]


def summary_view(diff: DocumentDiff, summary: dict[str, Any]) -> dict[str, Any]:
    """The first page: this document's part of the change report, grouped per article."""
    old, new = summary.get("oud") or {}, summary.get("nieuw") or {}
    entry = next((d for d in summary.get("documenten", []) if d.get("document") == diff.name),
                 None)
    doc = diff.new or diff.old
    title = doc.title if doc is not None else diff.label
    label = entry.get("soort", diff.label) if entry else diff.label
    notice = None
    if diff.old is None:
        notice = (f"Dit document is nieuw in {_side(new)}: er is geen eerdere versie om mee te "
                  "vergelijken.")
    elif diff.new is None:
        notice = f"Dit document vervalt in {_side(new)}."
    elif not diff.changed:
        notice = f"{NO_CHANGES}: de tekst van dit document is in beide versies dezelfde."
    elif entry is None:
        notice = "Het wijzigingsrapport beschrijft dit document niet; zie de gemarkeerde tekst."
    groups: list[dict[str, Any]] = []
    for ch in (entry or {}).get("wijzigingen", []) if notice is None else []:
        head = _group(str(ch.get("plaats", "")))
        if not groups or groups[-1]["kop"] != head:
            groups.append({"kop": head, "wijzigingen": []})
        groups[-1]["wijzigingen"].append({
            "tekst": ch.get("omschrijving", ""), "soort": ch.get("soort", ""),
            "door": _capped([_cause(c) for c in ch.get("oorzaken", [])], MAX_CAUSES,
                            "velden")})
    config = []
    for c in summary.get("configuratie", []):
        here = [p for g in c.get("gevolgen", []) if g.get("document") == label
                for p in g.get("plaatsen", [])]
        if not here:
            continue
        where = " / ".join(x for x in (c.get("oude_plaats") and f"oud: {c['oude_plaats']}",
                                        c.get("nieuwe_plaats") and
                                        f"nieuw: {c['nieuwe_plaats']}") if x)
        config.append({"tekst": c.get("omschrijving", c.get("veld", "")),
                       "plaatsen": ", ".join(_capped(here, MAX_PLACES, "plaatsen")),
                       "waar": where})
    return {
        "kop": f"Wijzigingen in {title}",
        "zvh": str(new.get("zvh") or old.get("zvh") or ""),
        "versies": f"Van {_side(old)} naar {_side(new)}",
        "bronnen": [["Oude versie", str(old.get("bron", ""))],
                    ["Nieuwe versie", str(new.get("bron", ""))]],
        "melding": notice,
        "groepen": groups,
        "vernummerd": list((entry or {}).get("vernummerd", [])) if notice is None else [],
        "configuratie": config if notice is None else [],
        "legenda": LEGEND if notice is None else "",
    }
