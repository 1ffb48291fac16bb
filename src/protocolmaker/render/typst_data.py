"""The document as data for the Typst house style (templates/stijl/document.typ).

Typst receives this as JSON and draws every string as text, so nothing a user types can
become markup or code.
"""

from __future__ import annotations

from typing import Any

from protocolmaker.model.document import Document
from protocolmaker.render.html import SIGN_LINES
from protocolmaker.render.layout import running_header, running_title
from protocolmaker.render.tree import status_text, tree


def document_data(doc: Document, *, logo: bytes | None = None) -> dict[str, Any]:
    """Everything `document.typ` draws, JSON-ready."""
    return {
        "title": doc.title,
        "author": doc.meta.zvh_name,
        "description": running_header(doc),
        "header": running_title(doc),
        "status": status_text(doc),
        "concept": doc.is_concept,
        "sign_lines": list(SIGN_LINES),
        # JSON has no bytes: a list of integers, which Typst turns back into bytes.
        "logo": list(logo) if logo else None,
        "logo_alt": f"Logo {doc.meta.zvh_name}",
        "body": tree(doc),
    }
