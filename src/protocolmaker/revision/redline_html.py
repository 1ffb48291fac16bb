"""The redline as an accessible web page, for readers without Word.

The page shows the change summary first, then the new version's text with what changed:
insertions as `<ins>` (underlined, in colour), deletions as `<del>` (struck, in another colour),
each starting with a visually hidden ‘ingevoegd:’ / ‘verwijderd:’ for screen readers, and a
change bar (a left border) beside every changed paragraph. It draws what the PDF and the DOCX
redline draw: the same plan (`redline_docx.emitted`) laid out by `redline_view`. Every text is
escaped as in `render.html`.
"""

from __future__ import annotations

from html import escape
from itertools import groupby
from typing import Any

from protocolmaker.render.html import SIGN_LINES, _attr, _versions
from protocolmaker.render.html import _runs as _plain_runs
from protocolmaker.render.tree import Node
from protocolmaker.resources import templates_dir
from protocolmaker.revision.doc_diff import DocumentDiff
from protocolmaker.revision.redline_view import DEL_LABEL, INS_LABEL, body_view, summary_view

INS_COLOUR = "#1b5e20"
DEL_COLOUR = "#b00020"
BAR_COLOUR = "#6a1b9a"

REDLINE_CSS = f"""
ins {{ color: {INS_COLOUR}; text-decoration: underline; text-decoration-thickness: 2px;
      text-underline-offset: 2px; }}
del {{ color: {DEL_COLOUR}; text-decoration: line-through; text-decoration-thickness: 2px; }}
.vh {{ position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
      overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }}
.m-ins, .m-del, .m-change {{ border-left: 4px solid {BAR_COLOUR};
      margin-left: calc(-0.6rem - 4px); padding-left: 0.6rem; }}
div.note.m-ins, div.note.m-del, div.note.m-change {{ border-left-color: {BAR_COLOUR};
      border-left-width: 4px; margin-left: 0; }}
.m-del p, .m-del .num {{ text-decoration: line-through; color: {DEL_COLOUR}; }}
p.lead {{ margin: 0 0 0.3rem; }}
ol.leden > li > div > p.lead {{ margin-left: calc(-3rem - 0.6rem - 4px);
      padding-left: calc(3rem + 0.6rem); }}
ol.items > li > div > p.lead, ol.numbered > li > div > p.lead {{
      margin-left: calc(-2rem - 0.6rem - 4px); padding-left: calc(2rem + 0.6rem); }}
section.summary {{ border-bottom: 2px solid #999; margin-bottom: 2rem; padding-bottom: 1rem; }}
section.summary ul {{ padding-left: 1.25rem; }}
.cause {{ display: block; color: #444; font-size: 0.9rem; }}
p.notice {{ font-weight: bold; }}
p.legend {{ color: #444; font-size: 0.9rem; }}
dl.sources {{ display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }}
dl.sources dd {{ margin: 0; overflow-wrap: anywhere; }}
"""


# --- runs ---------------------------------------------------------------------------------------

def _runs(runs: list[Node]) -> str:
    """Runs as `render.html` writes them; consecutive marked runs in one `<ins>`/`<del>`."""
    out = []
    for mark, group in groupby(runs, key=lambda r: r.get("c")):
        text = _plain_runs(list(group))
        if mark == "ins":
            text = f'<ins><span class="vh">{INS_LABEL}</span>{text}</ins>'
        elif mark == "del":
            text = f'<del><span class="vh">{DEL_LABEL}</span>{text}</del>'
        out.append(text)
    return "".join(out)


def _cls(n: Node, *names: str) -> str:
    names = tuple(x for x in (*names, f"m-{n['m']}" if n.get("m") else "") if x)
    return f' class="{" ".join(names)}"' if names else ""


# --- blocks -------------------------------------------------------------------------------------

def _item(it: Node, numbered: bool) -> str:
    nested = _nodes(it["body"])
    if nested and it.get("m"):
        # the bar beside the item's own text only, not beside its onderdelen
        body = f"<p{_cls(it, 'lead')}>{_runs(it['runs'])}</p>{nested}"
        cls = ""
    else:
        body = _runs(it["runs"]) + nested
        cls = _cls(it)
    if not numbered:
        return f"<li{cls}>{body}</li>"
    return f'<li{cls}><span class="num">{escape(it["label"])}</span><div>{body}</div></li>'


def _nodes(nodes: list[Node]) -> str:
    """The body as `render.html` draws it, one heading level lower (the page's h1 is the
    summary's), with the marks of `redline_view`."""
    out = []
    for n in nodes:
        match n["k"]:
            case "title":
                out.append(f"<h2{_cls(n)}>{_runs(n['runs'])}</h2>")
            case "subtitle":
                out.append(f"<p{_cls(n, 'subtitle')}>{_runs(n['runs'])}</p>")
            case "versions":
                out.append(_versions(n))
            case "heading":
                ident = f' id="{_attr(n["anchor"])}"' if n.get("anchor") else ""
                level = n["level"] + 2
                out.append(f"<h{level}{ident}{_cls(n)}>{_runs(n['runs'])}</h{level}>")
            case "p":
                style = n["style"] if n["style"] != "p" else ""
                out.append(f"<p{_cls(n, style)}>{_runs(n['runs'])}</p>")
            case "note":
                out.append(f'<div{_cls(n, "note")} role="note">{_runs(n["runs"])}</div>')
            case "bullets":
                out.append("<ul>" + "".join(_item(it, False) for it in n["items"]) + "</ul>")
            case "leden" | "items" | "numbered":
                out.append(f'<ol class="{n["k"]}">'
                           + "".join(_item(it, True) for it in n["items"]) + "</ol>")
            case "signature":
                lines = "".join(f"<p>{escape(line)}</p>" for line in SIGN_LINES)
                out.append(f"<div{_cls(n, 'signature')}><p><strong>{_runs(n['party'])}"
                           f"</strong></p><p>{_runs(n['signer'])}</p>{lines}</div>")
    return "\n".join(out)


# --- the summary --------------------------------------------------------------------------------

def _summary(s: dict[str, Any]) -> str:
    out = [f'<h1 id="wijzigingen">{escape(s["kop"])}</h1>']
    if s["zvh"]:
        out.append(f'<p class="subtitle">{escape(s["zvh"])}</p>')
    out.append(f"<p>{escape(s['versies'])}</p>")
    out.append('<dl class="sources">' + "".join(
        f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in s["bronnen"]) + "</dl>")
    if s["melding"]:
        out.append(f'<p class="notice">{escape(s["melding"])}</p>')
    if s["groepen"] or s["vernummerd"]:
        out.append("<h2>Wijzigingen per artikel</h2>")
    for g in s["groepen"]:
        out.append(f"<h3>{escape(g['kop'])}</h3><ul>")
        for ch in g["wijzigingen"]:
            cause = (f'<span class="cause">door: {escape("; ".join(ch["door"]))}</span>'
                     if ch["door"] else "")
            out.append(f"<li>{escape(ch['tekst'])}{cause}</li>")
        out.append("</ul>")
    if s["vernummerd"]:
        out.append("<h3>Vernummerd</h3><ul>"
                   + "".join(f"<li>{escape(r)}</li>" for r in s["vernummerd"]) + "</ul>")
    if s["configuratie"]:
        out.append("<h2>Oorzaken in de configuratie</h2><ul>")
        for c in s["configuratie"]:
            where = f'<span class="cause">{escape(c["waar"])}</span>' if c["waar"] else ""
            out.append(f"<li>{escape(c['tekst'])} ({escape(c['plaatsen'])}){where}</li>")
        out.append("</ul>")
    if s["legenda"]:
        out.append(f'<p class="legend">{escape(s["legenda"])}</p>')
    return '<section class="summary" aria-labelledby="wijzigingen">\n' + "\n".join(out) + \
        "\n</section>"


def to_redline_html(diff: DocumentDiff, summary: dict[str, Any]) -> str:
    """The redline of one document as a standalone web page: the summary, then the marked text
    (the summary alone for a document in one version only)."""
    css = (templates_dir() / "stijl" / "document.css").read_text(encoding="utf-8")
    view = summary_view(diff, summary)
    body = _nodes(body_view(diff))
    text = (f'\n<article class="redline" aria-label="Tekst met wijzigingen">\n{body}\n'
            "</article>") if body else ""
    return (
        '<!DOCTYPE html>\n<html lang="nl-NL">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(view['kop'])}</title>\n"
        f'<meta name="description" content="{_attr(view["versies"])}">\n'
        '<meta name="generator" content="protocolmaker">\n'
        f"<style>\n{css}{REDLINE_CSS}</style>\n</head>\n<body>\n<main>\n"
        f"{_summary(view)}{text}\n</main>\n</body>\n</html>\n"
    )
