"""A document as an accessible web page (the privacy statement on the ZVH's website).

Written from the same block tree as the PDF (`render.tree`): real lists, one `<main>`, a
viewport for phones, e-mail and web addresses as links, the date it was last changed. The
PDF is typeset by Typst (`render.pdf`), not from this HTML.
"""

from __future__ import annotations

from html import escape

from protocolmaker.model.document import Document
from protocolmaker.render.layout import running_header
from protocolmaker.render.tree import Node, tree
from protocolmaker.resources import templates_dir

SIGN_LINES = ("Plaats: ……………………………………", "Datum: ……………………………………",
              "Handtekening: ……………………………………")
"""The lines under each signature block, in every format."""


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _runs(runs: list[Node]) -> str:
    out = []
    for r in runs:
        text = escape(r["t"], quote=False)
        if r.get("b"):
            text = f"<strong>{text}</strong>"
        if r.get("s"):
            text = f'<strong class="status">{text}</strong>'
        if r.get("o"):
            text = f'<mark class="open">{text}</mark>'
        if r.get("l"):
            text = f'<a href="#{_attr(r["l"])}">{text}</a>'
        elif r.get("u"):
            text = f'<a href="{_attr(r["u"])}">{text}</a>'
        out.append(text)
    return "".join(out)


def _item(it: Node, numbered: bool) -> str:
    body = _runs(it["runs"]) + _nodes(it["body"], "")
    if not numbered:
        return f"<li>{body}</li>"
    return f'<li><span class="num">{escape(it["label"])}</span><div>{body}</div></li>'


def _versions(n: Node) -> str:
    """The versietabel: column headers, then one row per version, oldest first."""
    head = "".join(f'<th scope="col">{escape(h)}</th>' for h in n["head"])
    rows = "".join("<tr>" + "".join(f"<td>{_runs(cell)}</td>" for cell in row) + "</tr>"
                   for row in n["rows"])
    return (f'<table class="versions" aria-label="Versietabel"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")


def _nodes(nodes: list[Node], toc: str) -> str:
    out = []
    for n in nodes:
        match n["k"]:
            case "title":
                out.append(f"<h1>{_runs(n['runs'])}</h1>")
            case "subtitle":
                out.append(f'<p class="subtitle">{_runs(n["runs"])}</p>')
            case "versions":
                out.append(_versions(n))
            case "toc":
                out.append(toc)
            case "heading":
                ident = f' id="{_attr(n["anchor"])}"' if n["anchor"] else ""
                level = n["level"] + 1  # h1 is the document title
                out.append(f"<h{level}{ident}>{_runs(n['runs'])}</h{level}>")
            case "p":
                cls = f' class="{n["style"]}"' if n["style"] != "p" else ""
                out.append(f"<p{cls}>{_runs(n['runs'])}</p>")
            case "note":
                out.append(f'<div class="note" role="note">{_runs(n["runs"])}</div>')
            case "bullets":
                out.append("<ul>" + "".join(_item(it, False) for it in n["items"]) + "</ul>")
            case "leden" | "items" | "numbered":
                out.append(f'<ol class="{n["k"]}">'
                           + "".join(_item(it, True) for it in n["items"]) + "</ol>")
            case "signature":
                lines = "".join(f"<p>{escape(line)}</p>" for line in SIGN_LINES)
                out.append(f'<div class="signature"><p><strong>{_runs(n["party"])}</strong>'
                           f"</p><p>{_runs(n['signer'])}</p>{lines}</div>")
    return "\n".join(out)


def _toc(nodes: list[Node]) -> str:
    entries = [n for n in nodes if n["k"] == "heading" and n["outlined"] and n["anchor"]]
    if not entries:
        return ""
    items = "".join(f'<li><a href="#{_attr(n["anchor"])}">{_runs(n["runs"])}</a></li>'
                    for n in entries)
    return f'<nav aria-labelledby="inhoud"><h2 id="inhoud">Inhoud</h2><ol>{items}</ol></nav>'


def to_html(doc: Document) -> str:
    css = (templates_dir() / "stijl" / "document.css").read_text(encoding="utf-8")
    meta = doc.meta
    nodes = tree(doc)
    body = _nodes(nodes, _toc(nodes))
    stamp = f"{meta.iso_date}T00:00:00Z" if meta.iso_date else ""
    changed = (f'<time datetime="{meta.iso_date}">{escape(meta.date)}</time>'
               if meta.iso_date else escape(meta.date))
    return (
        '<!DOCTYPE html>\n<html lang="nl-NL">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(doc.title)}</title>\n"
        f'<meta name="author" content="{_attr(meta.zvh_name)}">\n'
        f'<meta name="description" content="{_attr(running_header(doc))}">\n'
        '<meta name="generator" content="protocolmaker">\n'
        + (f'<meta name="dcterms.modified" content="{stamp}">\n' if stamp else "")
        + f"<style>\n{css}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
        f"<footer><p>Laatst gewijzigd: {changed} (versie {escape(meta.version)})</p></footer>\n"
        "</body>\n</html>\n"
    )
