"""The laid-out blocks as a tree: lists hold their items, for the web page and the PDF.

`render.layout.layout` gives the flat block sequence the DOCX renderer draws. HTML and PDF
tag real lists, so here consecutive bullets become one list and leden one numbered list, each
item holding its onderdelen and notes. The text is exactly the layout's text: runs are only cut
where an e-mail or web address can become a link. Nodes are plain dicts and lists of str,
bool and None, ready for JSON.
"""

from __future__ import annotations

import re
from typing import Any

from protocolmaker.model.document import Document
from protocolmaker.render.layout import VERSION_COLUMNS, Block, Run, layout
from protocolmaker.render.links import split_links

Node = dict[str, Any]

HEADING_LEVEL = {"section": 1, "article": 1, "annex": 1, "heading": 2}
LISTS = ("bullets", "leden", "items", "numbered")

_CODES = re.compile(r"\s+\([a-z](?:,\s*[a-z])*\)$")


def public_heading(text: str) -> str:
    """A heading of the published privacy statement without the drafting codes that tie it to
    protocol article 16.5 (‘Uw rechten (d)’ → ‘Uw rechten’)."""
    return _CODES.sub("", text)


def status_text(doc: Document) -> str:
    return "CONCEPT" if doc.is_concept else "definitief"


def _runs(runs: list[Run], anchors: set[str]) -> list[Node]:
    """Runs as {t: text, b: bold, o: open point, l: internal anchor, u: external URL}."""
    out: list[Node] = []
    for r in runs:
        for piece, target in split_links(r.text) if not r.link else [(r.text, None)]:
            node: Node = {"t": piece}
            if r.bold:
                node["b"] = True
            if r.open_point:
                node["o"] = True
            if r.link and r.link in anchors:
                node["l"] = r.link
            elif target:
                node["u"] = target
            out.append(node)
    return out


def _subtitle(b: Block, doc: Document) -> list[Node]:
    """The subtitle with the status word marked (`s`), so a concept can show it in red."""
    before, found, after = b.text.partition(doc.meta.status) if doc.meta.status else \
        (b.text, "", "")
    if not found:
        return [{"t": b.text}]
    return [p for p in ({"t": before}, {"t": found, "s": doc.is_concept}, {"t": after})
            if p["t"]]


class _Tree:
    def __init__(self, doc: Document, anchors: set[str]) -> None:
        self.doc = doc
        self.anchors = anchors
        self.body: list[Node] = []

    def runs(self, runs: list[Run]) -> list[Node]:
        return _runs(runs, self.anchors)

    def _list(self, kind: str) -> Node:
        if not self.body or self.body[-1]["k"] != kind:
            self.body.append({"k": kind, "items": []})
        return self.body[-1]

    def _open_item(self) -> Node | None:
        """The innermost list item still open at the end of the body (a note goes there)."""
        if not self.body or self.body[-1]["k"] not in LISTS:
            return None
        item: Node = self.body[-1]["items"][-1]
        inner = item["body"][-1] if item["body"] else None
        return inner["items"][-1] if inner and inner["k"] == "items" else item

    def add(self, b: Block) -> None:
        doc = self.doc
        if b.style in HEADING_LEVEL:
            text = public_heading(b.text) if doc.kind == "privacyverklaring" else b.text
            self.body.append({
                "k": "heading", "level": HEADING_LEVEL[b.style], "runs": [{"t": text}],
                "anchor": b.anchor, "outlined": b.style in ("article", "annex"),
                "page_break": b.page_break})
        elif b.style == "bullet":
            self._list("bullets")["items"].append({"runs": self.runs(b.runs), "body": []})
        elif b.style == "num":  # a numbered list outside the articles (criteria 1., 2., …)
            if b.label == "1.":
                self.body.append({"k": "numbered", "items": []})
            self._list("numbered")["items"].append(
                {"label": b.label, "runs": self.runs(b.runs), "body": []})
        elif b.style == "lid":
            self._list("leden")["items"].append(
                {"label": b.label, "runs": self.runs(b.runs), "body": []})
        elif b.style == "item":
            last = self.body[-1] if self.body else None
            target = last["items"][-1]["body"] if last and last["k"] == "leden" else self.body
            if not target or target[-1]["k"] != "items":
                target.append({"k": "items", "items": []})
            target[-1]["items"].append({"label": b.label, "runs": self.runs(b.runs),
                                        "body": []})
        elif b.style == "note":
            item = self._open_item()
            (item["body"] if item is not None else self.body).append(
                {"k": "note", "runs": self.runs(b.runs)})
        elif b.style == "signature":
            self.body.append({"k": "signature", "party": self.runs(b.runs),
                              "signer": self.runs(b.signer)})
        elif b.style == "versions":  # a table: header cells, then one row per version
            self.body.append({"k": "versions", "head": list(VERSION_COLUMNS),
                              "rows": [[self.runs(cell) for cell in row] for row in b.rows]})
        elif b.style == "subtitle":
            self.body.append({"k": "subtitle", "runs": _subtitle(b, doc)})
        elif b.style in ("title", "toc"):
            self.body.append({"k": b.style, "runs": self.runs(b.runs)})
        else:  # p, party, intro, closing
            self.body.append({"k": "p", "style": b.style, "runs": self.runs(b.runs)})

    def finish(self) -> list[Node]:
        """Mark each lead-in sticky (a paragraph right before a list or ending in a colon, a
        closing formula) so it never stands alone at the foot of a page."""
        for node, nxt in zip(self.body, self.body[1:], strict=False):
            if node["k"] == "p" and (nxt["k"] in LISTS or node["style"] == "closing"
                                     or plain(node["runs"]).rstrip().endswith(":")):
                node["sticky"] = True
        return self.body


def plain(runs: list[Node]) -> str:
    return "".join(r["t"] for r in runs)


def tree(doc: Document) -> list[Node]:
    blocks = layout(doc)
    t = _Tree(doc, {b.anchor for b in blocks if b.anchor})
    for b in blocks:
        t.add(b)
    return t.finish()
