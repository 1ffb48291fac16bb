"""The privacy statement as a web page: structure read with html.parser, and axe-core in a real
headless Chromium (zero violations) as a screen-reader user's proxy."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, REGIONS, ROOT
from tests.docs import norm, pdf_body_text

from protocolmaker.config import load_config
from protocolmaker.documents import compose_set
from protocolmaker.render.layout import layout

WEB = ROOT / "tests" / "web"


class Page(HTMLParser):
    """Tags in order, with attributes and the text directly inside each."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs), list(self.stack)))
        if tag not in ("meta", "link", "br"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def all(self, tag: str) -> list[tuple[dict[str, str | None], list[str]]]:
        return [(attrs, parents) for t, attrs, parents in self.tags if t == tag]


def statement(built: Path, region: str) -> tuple[str, Page]:
    html = (built / region / "privacyverklaring.html").read_text(encoding="utf-8")
    return html, Page(html)


@pytest.mark.parametrize("region", REGIONS)
def test_statement_page_is_structured_for_phones_and_screen_readers(built: Path,
                                                                     region: str) -> None:
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    doc = next(d for s, d in compose_set(cfg) if s.kind == "privacyverklaring")
    html, page = statement(built, region)
    assert html.startswith("<!DOCTYPE html>")
    assert page.all("html")[0][0]["lang"] == "nl-NL"
    viewport = [a for a, _ in page.all("meta") if a.get("name") == "viewport"]
    assert viewport and "width=device-width" in str(viewport[0]["content"])
    assert "user-scalable=no" not in html and "maximum-scale" not in html  # zoom stays allowed
    assert len(page.all("main")) == 1
    assert [p for _, p in page.all("h1")] == [["html", "body", "main"]]
    # headings a reader understands: no internal codes such as ‘(a)…(j)’ or ‘PE-08’ (issue 12)
    headings = re.findall(r"<h([1-6])[^>]*>(.*?)</h\1>", html, re.S)
    assert len(headings) > 5
    assert [h for _, h in headings if re.search(r"\([a-z]\)|…|\b[A-Z]{1,4}-\d", h)] == []
    # every bullet of the model is an item of a real list
    bullets = sum(b.style == "bullet" for b in layout(doc))
    assert bullets > 5
    assert sum("ul" in parents for _, parents in page.all("li")) == bullets
    assert "•" not in html
    # contact details are links
    hrefs = [a["href"] for a, _ in page.all("a")]
    assert f"mailto:{cfg.zvh.privacy_contact}" in hrefs
    assert cfg.zvh.website in hrefs
    assert "https://autoriteitpersoonsgegevens.nl" in hrefs
    # the date it was last changed, machine-readable too
    footer = html[html.index("<footer>"):]
    assert "Laatst gewijzigd" in footer and f'<time datetime="{doc.meta.iso_date}">' in footer
    assert norm(doc.meta.date) in norm(footer)


def test_statement_text_is_the_pdfs(built: Path) -> None:
    """Same characters in the same order; line breaks (a URL may wrap) and the PDF's bullet
    markers aside."""
    _, page = statement(built, "fryslan")
    web = "".join(page.text)
    pdf = pdf_body_text(built / "fryslan" / "privacyverklaring.pdf").replace("•", "")

    def chars(text: str) -> str:
        text = norm(text)
        body = text[text.index("Wie zijn wij"):]
        return re.sub(r"\s+", "", body[:body.index("Laatst gewijzigd")] if "Laatst" in body
                      else body)

    assert chars(pdf) == chars(web)


def _axe_tools() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    node = shutil.which("node")
    if not chromium or not node:
        pytest.skip("Chromium of Node.js ontbreekt; `bash scripts/install.sh --test` installeert "
                    "ze (Debian: chromium, npm)")
    if not (WEB / "node_modules" / "axe-core").is_dir() or \
            not (WEB / "node_modules" / "puppeteer-core").is_dir():
        pytest.skip("axe-core/puppeteer-core ontbreken in tests/web: `npm ci` in tests/web "
                    "(scripts/install.sh --test doet dat)")
    return chromium, node


@pytest.mark.parametrize("region", REGIONS)
def test_statement_page_has_no_axe_violations_in_chromium(built: Path, region: str) -> None:
    chromium, node = _axe_tools()
    page = built / region / "privacyverklaring.html"
    proc = subprocess.run([node, str(WEB / "axe.mjs"), chromium, str(page)], cwd=WEB,
                          capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["passes"] > 20  # axe really ran its rules on the page
    assert result["violations"] == [], json.dumps(result["violations"], indent=1,
                                                  ensure_ascii=False)


@pytest.mark.parametrize("text,links", [
    ("mail privacy@zvh.example.nl (https://www.zvh.example.nl).",
     [("privacy@zvh.example.nl", "mailto:privacy@zvh.example.nl"),
      ("https://www.zvh.example.nl", "https://www.zvh.example.nl")]),
    ("bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).",
     [("autoriteitpersoonsgegevens.nl", "https://autoriteitpersoonsgegevens.nl")]),
    ("zie www.zvh.nl/privacy, of artikel 6.1, lid 4.nl, i.v.m. art. 2.3.", [
        ("www.zvh.nl/privacy", "https://www.zvh.nl/privacy")]),
    ("Stichting A.B.C. te ’s-Hertogenbosch, Noord-Nederland.", []),
])
def test_addresses_in_text_become_links_and_nothing_else(text: str,
                                                         links: list[tuple[str, str]]) -> None:
    from protocolmaker.render.links import split_links

    pieces = split_links(text)
    assert "".join(p for p, _ in pieces) == text  # the text itself never changes
    assert [(p, t) for p, t in pieces if t] == links
