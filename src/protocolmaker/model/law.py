"""The law as data: the catalog of every provision the documents cite, and how a citation reads.

Templates never type a law's name or an article of law; they call `art(…)` or `wet(…)`, which
produce a `Cite` span. Its text is set when the document is numbered: the short form (‘artikel 20
Wpg’) only where the document defines the abbreviation as a term, otherwise the full title
(‘artikel 20 van de Wet politiegegevens’). A change in the catalog therefore changes every
document, `protocolmaker wetgeving` can list what a set cites, and a rule can warn when a cited
provision is not in force on the peildatum.

The catalog lives in `templates/catalogus/wetgeving.yaml`; each law lists the articles the
documents cite, each with the date it was checked against the official text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from protocolmaker.errors import BuildError
from protocolmaker.resources import load_data

ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
            "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende",
            "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste")
"""Ordinal of a lid; WGS art. 2.31 has thirteen leden (a lid beyond the twelfth crashed)."""


@dataclass(frozen=True)
class Provision:
    number: str
    subject: str
    checked: bool
    note: str = ""


@dataclass(frozen=True)
class Law:
    key: str
    title: str
    short: str | None
    article_word: str
    """‘de’ or ‘het’: ‘van de Wet politiegegevens’, ‘van het Burgerlijk Wetboek’."""
    source: str
    url: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    checked: dt.date | None
    provisions: dict[str, Provision]

    def in_force(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and \
            (self.valid_until is None or on < self.valid_until)


@cache
def laws() -> dict[str, Law]:
    raw = load_data("catalogus/wetgeving.yaml")
    out: dict[str, Law] = {}
    for key, e in raw.items():
        provisions = {
            str(num): Provision(str(num), p.get("onderwerp", ""), bool(p.get("gecontroleerd")),
                                p.get("opmerking", ""))
            for num, p in (e.get("artikelen") or {}).items()}
        out[key] = Law(key, e["titel"], e.get("kort"), e.get("lidwoord", "de"),
                       str(e.get("bron") or ""), e.get("url", ""), e.get("geldig_vanaf"),
                       e.get("geldig_tot"), e.get("gecontroleerd"), provisions)
    return out


def law(key: str) -> Law:
    try:
        return laws()[key]
    except KeyError:
        raise BuildError(f"sjabloonfout: ‘{key}’ staat niet in de wetgevingscatalogus "
                         "(templates/catalogus/wetgeving.yaml).") from None


@dataclass(frozen=True)
class Citation:
    """What a template cites: a law, optionally articles with lid/onder, or a range."""

    law: str
    articles: tuple[str, ...] = ()
    lid: int | None = None
    onder: str | None = None
    until: str | None = None
    form: str = "auto"
    """‘auto’: short name where the document defines it; ‘titel’: always the full title;
    ‘kort’: always the short name."""
    detail: str | None = None
    """A pinpoint the simple form cannot express (‘de artikelen 30, derde lid, onder a, en 33,
    eerste lid, onder a’); the law's name is still added from the catalog."""

    def check(self) -> None:
        """Every cited article is in the catalog: the catalog is the list of what we verified."""
        entry = law(self.law)
        for number in (*self.articles, *([self.until] if self.until else [])):
            if number not in entry.provisions:
                raise BuildError(f"sjabloonfout: {entry.title} artikel {number} staat niet in "
                                 "de wetgevingscatalogus; voeg het toe met de datum van "
                                 "controle.")

    def encode(self) -> str:
        parts = [self.law, "+".join(self.articles), str(self.lid or ""), self.onder or "",
                 self.until or "", self.form, self.detail or ""]
        return ";".join(parts)

    @classmethod
    def decode(cls, text: str) -> Citation:
        key, arts, lid, onder, until, form, detail = (text.split(";") + [""] * 7)[:7]
        return cls(key, tuple(a for a in arts.split("+") if a), int(lid) if lid else None,
                   onder or None, until or None, form or "auto", detail or None)

    def text(self, defined: frozenset[str] = frozenset()) -> str:
        entry = law(self.law)
        short = entry.short if entry.short and (
            self.form == "kort" or (self.form == "auto" and entry.short in defined)) else None
        name = short or entry.title
        if not self.articles:
            return name
        suffix = f" {short}" if short else f" van {entry.article_word} {entry.title}"
        if self.detail:
            return f"{self.detail},{suffix}" if "lid" in self.detail or "onder" in self.detail \
                else f"{self.detail}{suffix}"
        if self.until:
            return f"de artikelen {self.articles[0]} tot en met {self.until}{suffix}"
        if len(self.articles) > 1:
            listed = ", ".join(self.articles[:-1]) + " en " + self.articles[-1]
            return f"de artikelen {listed}{suffix}"
        first = self.articles[0]
        head = first if first[:1].isalpha() else f"artikel {first}"  # ‘titel 3A’, ‘Boek 1’
        if self.lid:
            head += f", {ORDINALS[self.lid - 1]} lid"
        if self.onder:
            head += f", onder {self.onder}"
        if (self.lid or self.onder) and short:
            return f"{head}, {short}"
        if self.lid or self.onder:
            return f"{head}, van {entry.article_word} {entry.title}"
        return head + suffix
