"""The legal text cites the law only through the catalog (issue 10): a template never types a
law's name or an article of law, so a change in the law is made once, in
`templates/catalogus/wetgeving.yaml`, and `protocolmaker wetgeving` lists everything a set cites."""

from __future__ import annotations

import re
from pathlib import Path

from protocolmaker.model.law import laws
from protocolmaker.resources import templates_dir

EXEMPT = (
    "Artikel 20 Wpg Beslissing", "Artikel 20 Wpg-beslissing",  # the name of a document
)


def _statements(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each markup statement with its continuation lines, without Jinja
    expressions, statements and comments (what a template computes comes from the catalog or
    the config), and without toelichtingen (notes for the drafter, not signed text)."""
    src = path.read_text(encoding="utf-8")
    src = re.sub(r"\{#.*?#\}", lambda m: "\n" * m.group(0).count("\n"), src, flags=re.S)
    src = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", lambda m: "\n" * m.group(0).count("\n"), src,
                 flags=re.S)
    out: list[tuple[int, str]] = []
    for i, line in enumerate(src.splitlines(), 1):
        if line.startswith("  ") and out:
            out[-1] = (out[-1][0], out[-1][1] + " " + line.strip())
        else:
            out.append((i, line))
    return [(i, t) for i, t in out if not t.startswith(("note ", "@titel"))]


def typed_law(path: Path) -> list[str]:
    """Every law name or article of law typed in the template's signed text."""
    titles = sorted({e.title for e in laws().values()}, key=len, reverse=True)
    shorts = sorted({e.short for e in laws().values() if e.short}, key=len, reverse=True)
    law_name = re.compile(r"(?<![\w-])(?:(?i:" + "|".join(map(re.escape, titles)) + ")|"
                          + "|".join(map(re.escape, shorts)) + r")(?![\w-])")
    article = re.compile(r"\bartikel(en)?\s+\d+(?:[:.]\d+)*[a-z]*\b", re.IGNORECASE)
    found = []
    for line, text in _statements(path):
        for name in EXEMPT:
            text = text.replace(name, "")
        text = re.sub(r"\[\[[^\]]*\]\]", "", text)  # references and defined terms
        if "beroepscode" in text:  # codes of conduct are not law: cited as they are
            text = re.sub(r"\(artikel(en)? [^)]*\)", "", text)
        found += [f"{path.name}:{line}: ‘{m.group(0)}’"
                  for m in (*law_name.finditer(text), *article.finditer(text))]
    return found


def test_no_template_types_a_law_or_an_article_of_law() -> None:
    templates = sorted(templates_dir().rglob("*.pm"))
    assert len(templates) > 10
    assert [hit for path in templates for hit in typed_law(path)] == []


def test_the_lint_finds_a_typed_law_but_not_a_cited_one(tmp_path: Path) -> None:
    bad = tmp_path / "t.pm"
    bad.write_text("lid De politie verstrekt op grond van artikel 20,\n"
                   "  derde lid, Wet politiegegevens.\n"
                   "lid Zie {{ art('wpg', 20) }} en de Artikel 20 Wpg Beslissing.\n"
                   "note Toelichting over artikel 7 Wpg.\n", encoding="utf-8")
    assert typed_law(bad) == ["t.pm:1: ‘Wet politiegegevens’", "t.pm:1: ‘artikel 20’"]
