"""What a document set cites, per law: the articles, where each is cited, whether the law holds
on the peildatum, and whether the cited article was checked against the official text.

This is the lawyer's checklist behind `protocolmaker wetgeving` and the section ‘Aangehaalde
wet- en regelgeving’ of the verantwoording. The facts come from the law catalog
(`templates/catalogus/wetgeving.yaml`); nothing here is stated that the catalog does not record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from protocolmaker.checks.text import located_inlines
from protocolmaker.model.document import Cite, Document
from protocolmaker.model.law import Law, law


@dataclass
class CitedArticle:
    number: str
    subject: str
    checked: bool
    """The catalog records that the subject was read in a primary text."""
    places: list[str] = field(default_factory=list)
    """‘convenant, artikel 15.2’: where the set cites it."""


@dataclass
class CitedLaw:
    law: Law
    in_force: bool
    """On the peildatum."""
    articles: dict[str, CitedArticle] = field(default_factory=dict)
    places: list[str] = field(default_factory=list)
    """Where the law is cited as a whole (without an article)."""

    @property
    def unchecked(self) -> list[CitedArticle]:
        return [a for a in self.articles.values() if not a.checked]

    @property
    def cited_text(self) -> str:
        """‘de artikelen 7, 8 en 20’, ‘artikel 41’, ‘hoofdstuk XI titel III’."""
        return describe([a.number for a in self.articles.values()])

    @property
    def unchecked_text(self) -> str:
        return describe([a.number for a in self.unchecked])

    def as_dict(self) -> dict[str, object]:
        return {
            "sleutel": self.law.key, "titel": self.law.title, "afkorting": self.law.short,
            "bron": self.law.source, "url": self.law.url,
            "geldig_vanaf": self.law.valid_from.isoformat() if self.law.valid_from else None,
            "geldig_tot": self.law.valid_until.isoformat() if self.law.valid_until else None,
            "geldt_op_peildatum": self.in_force,
            "artikelen": [{"artikel": a.number, "onderwerp": a.subject,
                           "gecontroleerd": a.checked, "plaatsen": a.places}
                          for a in self.articles.values()],
            "als_geheel_aangehaald": self.places,
        }


def describe(numbers: list[str]) -> str:
    """Article numbers in running text; a part named by its own word (‘titel 3A’) as such."""
    from protocolmaker.model.view import enumerate_nl

    articles = [n for n in numbers if not n[:1].isalpha()]
    named = [n for n in numbers if n[:1].isalpha()]
    parts = []
    if articles:
        parts.append(("artikel " if len(articles) == 1 else "de artikelen ")
                     + enumerate_nl(articles))
    parts += named
    return enumerate_nl(parts)


def _numbers(cite: Cite) -> list[str]:
    c = cite.citation
    numbers = list(c.articles)
    if c.until:
        numbers.append(c.until)
    return numbers


def cited_laws(documents: Iterable[tuple[str, Document]], on: dt.date) -> list[CitedLaw]:
    """Every law the documents cite, in catalog order, with its articles and their places.
    `documents` are (label, document) pairs; `on` is the peildatum."""
    found: dict[str, CitedLaw] = {}
    for label, doc in documents:
        for where, inline in located_inlines(doc):
            place = f"{label}, {where}"
            for span in inline:
                if not isinstance(span, Cite):
                    continue
                entry = law(span.citation.law)
                cited = found.setdefault(entry.key, CitedLaw(entry, entry.in_force(on)))
                numbers = _numbers(span)
                if not numbers and place not in cited.places:
                    cited.places.append(place)
                for n in numbers:
                    p = entry.provisions[n]
                    art = cited.articles.setdefault(n, CitedArticle(n, p.subject, p.checked))
                    if place not in art.places:
                        art.places.append(place)
    from protocolmaker.model.law import laws

    order = list(laws())
    for cited in found.values():  # articles in the catalog's (the law's) order
        numbers = list(cited.law.provisions)
        cited.articles = dict(sorted(cited.articles.items(), key=lambda a: numbers.index(a[0])))
    return sorted(found.values(), key=lambda c: order.index(c.law.key))


def as_text(cited: list[CitedLaw], on: dt.date) -> list[str]:
    """The list `protocolmaker wetgeving` prints: per law its source and validity, per article
    its subject, whether it was read in the official text, and where the set cites it."""
    from protocolmaker.model.typography import long_date

    lines = [f"Aangehaalde wet- en regelgeving (peildatum {long_date(on)}):"]
    for c in cited:
        validity = "geldt op de peildatum" if c.in_force else "GELDT NIET op de peildatum"
        source = f"{c.law.source}; " if c.law.source else ""
        lines.append(f"{c.law.title} ({source}{validity})")
        if c.law.url:
            lines.append(f"  {c.law.url}")
        for a in c.articles.values():
            mark = "nagelezen" if a.checked else "NIET nagelezen"
            lines.append(f"  {describe([a.number])}: {a.subject} [{mark}]")
            lines += [f"    {p}" for p in a.places]
        if c.places:
            lines.append("  als geheel aangehaald:")
            lines += [f"    {p}" for p in c.places]
    return lines
