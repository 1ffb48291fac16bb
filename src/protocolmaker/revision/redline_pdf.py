"""The redline as PDF through Typst, for readers without Word.

Page 1 is the change summary; then the new version's text with insertions underlined in colour,
deletions struck in another colour, and a change bar in the margin beside every changed block:
what the HTML and the DOCX redline show (`redline_view`, from `redline_docx.emitted`). As for
every PDF (`render.pdf`): the data goes to Typst as JSON (`templates/stijl/redline.typ` draws
every string as text), only the bundled fonts, the timestamp is the new version's date, tagged
and declared PDF/UA-1.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from protocolmaker.model.document import Document
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.pdf import STANDARDS, _fonts, _style_dir, _unprintable
from protocolmaker.render.tree import status_text
from protocolmaker.revision.doc_diff import DocumentDiff
from protocolmaker.revision.redline_view import body_view, summary_view

LAYOUT = "redline.typ"


def _header(diff: DocumentDiff, summary: dict[str, Any]) -> str:
    """‘Privacy Protocol — wijzigingen versie 0.9 → 1.0’ (the region is on page 1)."""
    doc = diff.new or diff.old
    assert doc is not None
    old = (summary.get("oud") or {}).get("versie")
    new = diff.new.meta.version if diff.new is not None else None
    if old and new and old != new:
        return f"{doc.meta.label} — wijzigingen versie {old} → {new}"
    return f"{doc.meta.label} — wijzigingen"


def redline_data(diff: DocumentDiff, summary: dict[str, Any]) -> dict[str, Any]:
    """Everything `redline.typ` draws, JSON-ready."""
    doc = diff.new or diff.old
    assert doc is not None
    view = summary_view(diff, summary)
    return {
        "title": view["kop"],
        "author": doc.meta.zvh_name,
        "description": view["versies"],
        "header": _header(diff, summary),
        "status": status_text(doc),
        "concept": doc.is_concept,
        "sign_lines": list(SIGN_LINES),
        "summary": view,
        "body": body_view(diff),
    }


def _timestamp(diff: DocumentDiff, summary: dict[str, Any]) -> dt.datetime:
    """The new version's date (from the report, else from the document), never the clock."""
    candidates: list[str] = [str((summary.get("nieuw") or {}).get("datum") or "")]
    candidates += [d.meta.iso_date for d in (diff.new, diff.old) if isinstance(d, Document)]
    for value in candidates:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    return dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def typeset_redline(diff: DocumentDiff, summary: dict[str, Any]) -> tuple[bytes, list[str]]:
    """The redline PDF and Typst's warnings (none expected; the tests check that)."""
    import typst

    data = json.dumps(redline_data(diff, summary), ensure_ascii=False, separators=(",", ":"))
    try:
        pdf, warnings = typst.compile_with_warnings(
            str(_style_dir() / LAYOUT),
            root=str(_style_dir()),
            font_paths=_fonts(),
            ignore_system_fonts=True,
            format="pdf",
            sys_inputs={"data": data},
            pdf_standards=STANDARDS,
            timestamp=_timestamp(diff, summary),
        )
    except typst.TypstError as exc:
        problem = _unprintable(exc.message)
        if problem is not None:
            raise problem from None
        raise
    return pdf, [w.message for w in warnings]


def to_redline_pdf(diff: DocumentDiff, summary: dict[str, Any]) -> bytes:
    """The redline of one document as PDF bytes: the summary (`summary.report(...)`) on the
    first page, then the marked text (the summary alone for a document in one version only)."""
    return typeset_redline(diff, summary)[0]
