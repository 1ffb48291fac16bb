"""The redline PDF and HTML (issue 13, point 3): the summary first, insertions underlined,
deletions struck, a change bar beside every changed block, user text literal.

Each test compares ’s-Hertogenbosch with a copy of its config edited as a user would edit it:
the retention term 12 → 9 months (privacy protocol art. 11.2, 11.2 onder c and 11.5), a person's
function full of HTML and Typst syntax, or nothing at all.
"""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pypdf import PdfReader
from tests.conftest import CONFIGS, ROOT
from tests.docs import norm, pdf_page_texts, pdf_structure, pdf_text

from protocolmaker.config.loader import load_chain, shown_name, validate
from protocolmaker.revision.compare import SetDiff, Version, compare
from protocolmaker.revision.doc_diff import DocumentDiff, diff_documents
from protocolmaker.revision.redline_html import to_redline_html
from protocolmaker.revision.redline_pdf import redline_data, to_redline_pdf, typeset_redline
from protocolmaker.revision.redline_view import DEL_LABEL, INS_LABEL
from protocolmaker.revision.summary import report

BASE = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
NINE_MONTHS = BASE + "\nbewaartermijnen:\n  vernietiging_uiterlijk_maanden: 9\n"
HOSTILE = "directeur <script>alert(1)</script> #set page(fill: red) $x^2$ \\ einde"
HOSTILE_CONFIG = BASE.replace("    functie: directeur-bestuurder\n",
                              f"    functie: '{HOSTILE}'\n")
assert HOSTILE_CONFIG != BASE


def version(path: Path) -> Version:
    data, smap, sources = load_chain(path)
    return Version(validate(data, smap, path, shown_name(path), sources), data, smap,
                   shown_name(path))


def compared(tmp: Path, new_text: str) -> tuple[SetDiff, dict[str, Any]]:
    old, new = tmp / "oud.yaml", tmp / "nieuw.yaml"
    old.write_text(BASE, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    result = compare(version(old), version(new))
    return result, report(result)


def document(result: SetDiff, name: str) -> DocumentDiff:
    return next(d for d in result.documents if d.name == name)


def entries(summary: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """The report's changes of one document."""
    return next(d for d in summary["documenten"] if d["document"] == name)["wijzigingen"]


@pytest.fixture(scope="module")
def nine(tmp_path_factory: pytest.TempPathFactory) -> tuple[SetDiff, dict[str, Any]]:
    return compared(tmp_path_factory.mktemp("negen"), NINE_MONTHS)


@pytest.fixture(scope="module")
def same(tmp_path_factory: pytest.TempPathFactory) -> tuple[SetDiff, dict[str, Any]]:
    return compared(tmp_path_factory.mktemp("gelijk"), BASE)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[SetDiff, dict[str, Any]]:
    return compared(tmp_path_factory.mktemp("vijandig"), HOSTILE_CONFIG)


# --- reading the outputs back -------------------------------------------------------------------

class Page(HTMLParser):
    """Every element with its attributes and the text inside it (nested text included)."""

    VOID: ClassVar[set[str]] = {"meta", "link", "br", "img", "hr", "input"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.open: list[tuple[str, list[str]]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()
        assert not self.open, [t for t, _ in self.open]  # every element closed

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        text: list[str] = []
        self.elements.append((tag, dict(attrs), text))
        if tag not in self.VOID:
            self.open.append((tag, text))

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1][0] == tag, (tag, [t for t, _ in self.open])
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        for _, text in self.open:
            text.append(data)

    def all(self, tag: str) -> list[tuple[dict[str, str | None], str]]:
        return [(a, "".join(t)) for name, a, t in self.elements if name == tag]

    def marked(self) -> list[tuple[str, str]]:
        """(ins|del, text without the hidden label) of every <ins> and <del>, in order."""
        out = []
        for tag, _, text in self.elements:
            if tag in ("ins", "del"):
                label = INS_LABEL if tag == "ins" else DEL_LABEL
                whole = "".join(text)
                assert whole.startswith(label), whole  # what a screen reader hears first
                out.append((tag, whole[len(label):]))
        return out

    def bars(self) -> list[tuple[str, str]]:
        """(tag, class) of every element with a change bar."""
        return [(tag, str(a["class"])) for tag, a, _ in self.elements
                if re.search(r"\bm-(ins|del|change)\b", a.get("class") or "")]


def check_structure(html: str, page: Page) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert page.all("html")[0][0]["lang"] == "nl-NL"
    assert len(page.all("main")) == 1 and len(page.all("h1")) == 1
    viewport = [a for a, _ in page.all("meta") if a.get("name") == "viewport"]
    assert viewport and "width=device-width" in str(viewport[0]["content"])
    assert page.all("title") and page.all("title")[0][1].startswith("Wijzigingen in ")
    assert page.all("script") == []
    # the visually hidden labels are hidden by CSS, not removed from the accessibility tree
    assert ".vh {" in html and "display: none" not in html
    levels = [int(tag[1]) for tag, _, _ in page.elements if re.fullmatch(r"h[1-6]", tag)]
    assert all(b <= a + 1 for a, b in pairwise(levels))  # no level skipped


def runs_of(nodes: Any) -> list[dict[str, Any]]:
    """Every run node in the Typst data, in reading order."""
    out: list[dict[str, Any]] = []
    if isinstance(nodes, list):
        for n in nodes:
            out.extend(runs_of(n))
    elif isinstance(nodes, dict):
        if "t" in nodes:
            return [nodes]
        for key in ("runs", "party", "signer", "items", "body", "rows"):
            out.extend(runs_of(nodes.get(key)))
    return out


def marked_nodes(nodes: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if isinstance(nodes, list):
        for n in nodes:
            out.extend(marked_nodes(n))
    elif isinstance(nodes, dict):
        if nodes.get("m"):
            out.append(nodes)
        for key in ("items", "body"):
            out.extend(marked_nodes(nodes.get(key)))
    return out


def rgb(hex_colour: str) -> tuple[float, ...]:
    return tuple(round(int(hex_colour[i:i + 2], 16) / 255, 3) for i in (1, 3, 5))


def colours(pdf: Path, page: int) -> set[tuple[float, ...]]:
    """The RGB colours a page strokes (underlines, strikes) in its content stream."""
    content = PdfReader(str(pdf)).pages[page - 1].get_contents().get_data().decode("latin-1")
    return {tuple(round(float(x), 3) for x in m.groups())
            for m in re.finditer(r"([\d.]+) ([\d.]+) ([\d.]+) SCN", content)}


TYPST = (ROOT / "templates" / "stijl" / "redline.typ").read_text(encoding="utf-8")
INS_RGB = rgb(re.search(r'ins-colour = rgb\("(#\w+)"\)', TYPST).group(1))  # type: ignore[union-attr]
DEL_RGB = rgb(re.search(r'del-colour = rgb\("(#\w+)"\)', TYPST).group(1))  # type: ignore[union-attr]
assert INS_RGB != DEL_RGB


# --- HTML ---------------------------------------------------------------------------------------

def test_html_marks_exactly_the_changed_words(nine: tuple[SetDiff, dict[str, Any]]) -> None:
    result, summary = nine
    html = to_redline_html(document(result, "privacyprotocol"), summary)
    page = Page(html)
    check_structure(html, page)
    # art. 11.2, 11.2 onder c and 11.5: 12 struck, 9 inserted; nothing else
    assert page.marked() == [("del", "12"), ("ins", "9")] * 3
    # the bar beside 11.2's own text (not beside its onderdelen), 11.2 onder c, and 11.5
    assert page.bars() == [("p", "lead m-change"), ("li", "m-change"), ("li", "m-change")]
    # numbers as the new version shows them, beside the changed text
    lid = re.search(r'<span class="num">11\.2</span><div><p class="lead m-change">(.*?)</p>',
                    html)
    assert lid and "<del>" in lid.group(1) and "<ins>" in lid.group(1)
    # the summary first: per article, with the config field and where it is in both files
    summary_part = norm(page.all("section")[0][1])
    assert "Artikel 11" in summary_part
    changes = entries(summary, "privacyprotocol")
    assert [c["plaats"] for c in changes] == ["art. 11.2", "art. 11.2, onder c", "art. 11.5"]
    assert all(norm(c["omschrijving"]) in summary_part for c in changes)
    assert all("12 → 9" in c["omschrijving"] for c in changes)
    assert "door: bewaartermijnen.vernietiging_uiterlijk_maanden (oud: ingebouwd/landelijk.yaml:" \
        in summary_part and "nieuw.yaml:" in summary_part
    assert html.index('<section class="summary"') < html.index('<article class="redline"')


def test_html_of_an_unchanged_document_has_no_marks(
        nine: tuple[SetDiff, dict[str, Any]], same: tuple[SetDiff, dict[str, Any]]) -> None:
    # the convenant does not mention the retention term
    result, summary = nine
    for res, rep in ((result, summary), same):
        html = to_redline_html(document(res, "convenant"), rep)
        page = Page(html)
        check_structure(html, page)
        assert page.marked() == [] and page.bars() == []
        assert "Geen wijzigingen" in norm("".join(page.text))
        assert page.all("article")  # the text itself, unmarked


def test_html_keeps_user_text_literal(hostile: tuple[SetDiff, dict[str, Any]]) -> None:
    result, summary = hostile
    for name in ("convenant", "privacyprotocol"):
        html = to_redline_html(document(result, name), summary)
        page = Page(html)
        check_structure(html, page)
        inserted = [text for tag, text in page.marked() if tag == "ins"]
        assert any(HOSTILE in norm(t) for t in inserted), inserted
        assert any("directeur-bestuurder" in norm(t) for tag, t in page.marked()
                   if tag == "del")
        assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert page.all("script") == []


# --- PDF ----------------------------------------------------------------------------------------

def test_pdf_summary_first_then_struck_and_underlined_text(
        nine: tuple[SetDiff, dict[str, Any]], tmp_path: Path) -> None:
    result, summary = nine
    diff = document(result, "privacyprotocol")
    data = redline_data(diff, summary)
    # what Typst gets: 12 deleted and 9 inserted in art. 11.2, 11.2 onder c and 11.5
    marked = [(r["c"], r["t"]) for r in runs_of(data["body"]) if "c" in r]
    assert marked == [("del", "12"), ("ins", "9")] * 3
    bars = marked_nodes(data["body"])
    assert [(n.get("label"), n["m"]) for n in bars] == [
        ("11.2", "change"), ("c.", "change"), ("11.5", "change")]
    json.dumps(data)  # plain JSON

    pdf_bytes, warnings = typeset_redline(diff, summary)
    assert warnings == []
    pdf = tmp_path / "redline.pdf"
    pdf.write_bytes(pdf_bytes)
    first = norm(pdf_text(pdf, 1))
    assert "Wijzigingen in Privacy Protocol" in first
    assert "Artikel 11" in first
    assert all(norm(c["omschrijving"]) in first for c in entries(summary, "privacyprotocol"))
    assert "door: bewaartermijnen.vernietiging_uiterlijk_maanden" in first
    assert "Oorzaken in de configuratie" in first
    pages = [norm(p) for p in pdf_page_texts(pdf)]
    lid = next(i for i, p in enumerate(pages) if "11.2 Persoonsgegevens worden vernietigd" in p)
    text = pages[lid][pages[lid].index("11.2 Persoonsgegevens worden vernietigd"):]
    text = text[:text.index(" a. ")]
    assert "uiterlijk binnen 129 maanden na het besluit" in text  # 12 struck, then 9
    # struck in the deletion colour, underlined in the insertion colour, on that page only
    assert {INS_RGB, DEL_RGB} <= colours(pdf, lid + 1)
    assert not colours(pdf, 2) & {INS_RGB, DEL_RGB}
    reader = PdfReader(str(pdf))
    assert reader.metadata is not None and reader.metadata.title.startswith("Wijzigingen in ")
    assert "pdfuaid:part" in reader.trailer["/Root"]["/Metadata"].get_object() \
        .get_data().decode("utf-8")
    kinds = {kind for kind, _, _ in pdf_structure(pdf)}
    assert {"/H1", "/H2", "/L", "/LI", "/P"} <= kinds


def test_pdf_of_an_unchanged_set_says_so(same: tuple[SetDiff, dict[str, Any]],
                                         tmp_path: Path) -> None:
    result, summary = same
    for diff in result.documents:
        data = redline_data(diff, summary)
        assert [r for r in runs_of(data["body"]) if "c" in r] == []
        assert marked_nodes(data["body"]) == []
        pdf = tmp_path / f"{diff.name}.pdf"
        pdf.write_bytes(to_redline_pdf(diff, summary))
        first = norm(pdf_text(pdf, 1))
        assert "Geen wijzigingen" in first, diff.name
        assert {INS_RGB, DEL_RGB}.isdisjoint(
            c for page in range(1, len(PdfReader(str(pdf)).pages) + 1)
            for c in colours(pdf, page))


def test_pdf_keeps_user_text_literal(hostile: tuple[SetDiff, dict[str, Any]],
                                     tmp_path: Path) -> None:
    result, summary = hostile
    diff = document(result, "convenant")
    data = redline_data(diff, summary)
    inserted = "".join(r["t"] for r in runs_of(data["body"]) if r.get("c") == "ins")
    assert HOSTILE in norm(inserted)
    pdf = tmp_path / "vijandig.pdf"
    pdf_bytes, warnings = typeset_redline(diff, summary)
    assert warnings == []
    pdf.write_bytes(pdf_bytes)
    assert HOSTILE in norm(pdf_text(pdf))  # drawn as text: no page fill, no formula


# --- documents on one side only, signatures, the versietabel ------------------------------------

def test_document_on_one_side_only_gives_the_summary_alone(
        nine: tuple[SetDiff, dict[str, Any]], tmp_path: Path) -> None:
    result, summary = nine
    doc = document(result, "convenant")
    for diff, words in ((diff_documents("convenant", doc.label, None, doc.new), "nieuw"),
                        (diff_documents("convenant", doc.label, doc.new, None), "vervalt")):
        html = to_redline_html(diff, summary)
        page = Page(html)
        check_structure(html, page)
        assert page.all("article") == [] and page.marked() == []
        assert words in norm("".join(page.text))
        pdf = tmp_path / "een-kant.pdf"
        pdf.write_bytes(to_redline_pdf(diff, summary))
        assert len(PdfReader(str(pdf)).pages) == 1
        assert words in norm(pdf_text(pdf, 1))


def test_signatures_and_versietabel(hostile: tuple[SetDiff, dict[str, Any]]) -> None:
    """A changed signer is a deleted and an inserted signature block (as in the DOCX); the
    versietabel is drawn from the new version without marks; no table of contents."""
    result, summary = hostile
    diff = document(result, "convenant")
    body = redline_data(diff, summary)["body"]
    signatures = [n for n in body if n["k"] == "signature" and n.get("m")]
    assert [n["m"] for n in signatures] == ["del", "ins"]
    assert all(r.get("c") == n["m"] for n in signatures for r in n["party"] + n["signer"])
    assert "toc" not in {n["k"] for n in body}
    tables = [n for n in body if n["k"] == "versions"]
    assert len(tables) <= 1 and all(not n.get("m") and "c" not in r
                                    for n in tables for r in runs_of(n["rows"]))


def test_html_has_no_axe_violations_in_chromium(nine: tuple[SetDiff, dict[str, Any]],
                                                 tmp_path: Path) -> None:
    from tests.test_web import WEB, _axe_tools

    chromium, node = _axe_tools()
    result, summary = nine
    page = tmp_path / "redline.html"
    page.write_text(to_redline_html(document(result, "privacyprotocol"), summary),
                    encoding="utf-8")
    proc = subprocess.run([node, str(WEB / "axe.mjs"), chromium, str(page)], cwd=WEB,
                          capture_output=True, text=True, timeout=180, check=False)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["passes"] > 20
    assert found["violations"] == [], json.dumps(found["violations"], indent=1,
                                                 ensure_ascii=False)
