"""PDF through WeasyPrint: tagged, bookmarked, fonts embedded, optionally PDF/A-3u."""

from __future__ import annotations

import logging
import os

from protocolmaker.model.document import Document
from protocolmaker.render.html import to_html
from protocolmaker.resources import templates_dir


def to_pdf(doc: Document, *, pdfa: bool = False) -> bytes:
    import weasyprint  # slow import: only when a PDF is actually made

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    # Dates come from the document (dcterms.* in the HTML); the epoch keeps any other
    # time stamp fixed, so the same input gives the same bytes.
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    html = weasyprint.HTML(string=to_html(doc), base_url=str(templates_dir()))
    options: dict[str, object] = {"pdf_tags": True, "pdf_identifier": doc.title.encode()}
    if pdfa:
        options["pdf_variant"] = "pdf/a-3u"
    return html.write_pdf(**options)  # type: ignore[no-any-return]
