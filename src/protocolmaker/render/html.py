"""The document model as HTML for paged media; WeasyPrint turns it into the PDF."""

from __future__ import annotations

from html import escape

from protocolmaker.model.document import Document
from protocolmaker.render.layout import (
    Block,
    Run,
    layout,
    running_header,
    running_title,
    toc_entries,
)
from protocolmaker.resources import templates_dir

SIGN_LINES = ("Plaats: ……………………………………", "Datum: ……………………………………",
              "Handtekening: ……………………………………")
"""The lines under each signature block, in both formats."""


def _runs(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = escape(r.text, quote=False)
        if r.bold:
            text = f"<strong>{text}</strong>"
        if r.open_point:
            text = f'<mark class="open">{text}</mark>'
        if r.link:
            text = f'<a class="ref" href="#{r.link}">{text}</a>'
        out.append(text)
    return "".join(out)


def _block(b: Block, doc: Document) -> str:
    ident = f' id="{b.anchor}"' if b.anchor else ""
    body = _runs(b.runs)
    match b.style:
        case "title":
            return f'<h1 class="title">{body}</h1>'
        case "subtitle":
            status = "CONCEPT" if doc.is_concept else "definitief"
            body = body.replace(doc.meta.status, f'<span class="concept">{status}</span>'
                                if doc.is_concept else status, 1)
            return f'<p class="subtitle">{body}</p>'
        case "toc":
            items = "".join(f'<li><a href="#{a}">{escape(t, quote=False)}</a></li>'
                            for a, t in toc_entries(doc))
            return f'<nav class="toc"><h2>Inhoud</h2><ol>{items}</ol></nav>'
        case "section" | "article" | "annex":
            return f'<h2 class="{b.style}"{ident}>{body}</h2>'
        case "heading":
            return f"<h3>{body}</h3>"
        case "lid" | "item" | "num":
            return (f'<p class="{b.style}"><span class="num">{escape(b.label)}</span> '
                    f"{body}</p>")
        case "note":
            return f'<aside class="note">{body}</aside>'
        case "signature":
            lines = "".join(f'<p class="sig-line">{SIGN_LINES[0]}</p>' if i == 0 else
                            f"<p>{line}</p>" for i, line in enumerate(SIGN_LINES))
            return (f'<div class="signature"><p><strong>{body}</strong></p>'
                    f"<p>{_runs(b.signer)}</p>{lines}</div>")
        case _:
            return f'<p class="{b.style}">{body}</p>'


WEB_CSS = "@media screen { body { max-width: 46em; margin: 2em auto; padding: 0 1em; } }"
"""Extra style for a document published as a web page (the privacyverklaring)."""


def to_html(doc: Document, *, web: bool = False) -> str:
    css = (templates_dir() / "stijl" / "document.css").read_text(encoding="utf-8")
    if web:
        css += "\n" + WEB_CSS
    status = "CONCEPT" if doc.is_concept else "definitief"
    head = (
        f"<title>{escape(doc.title)}</title>"
        f'<meta name="author" content="{escape(doc.meta.zvh_name)}">'
        f'<meta name="description" content="{escape(running_header(doc))}">'
        f'<meta name="generator" content="protocolmaker">'
        f'<meta name="dcterms.created" content="{doc.meta.iso_date}T00:00:00Z">'
        f'<meta name="dcterms.modified" content="{doc.meta.iso_date}T00:00:00Z">'
        f"<style>{css}</style>"
    )
    body = "\n".join(_block(b, doc) for b in layout(doc))
    return (
        f'<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="runhead">{escape(running_title(doc))}</div>'
        f'<div class="status">{status}</div>\n{body}\n</body></html>\n'
    )
