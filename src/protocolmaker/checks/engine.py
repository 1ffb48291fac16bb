"""The rule engine: a catalog of named rules, run over a config and its rendered documents.

A rule is a function registered with `@rule(...)`; its docstring is the one-line explanation a
lawyer reads in `protocolmaker regels`, its `source` the seed passage it enforces. It yields
`Hit`s; the engine turns them into `Finding`s and applies the region's `afwijkingen`.

Levels: 1 config semantics, 2 between documents, 3 inside each rendered document.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from protocolmaker.checks.text import remembered
from protocolmaker.errors import BuildError, Location

if TYPE_CHECKING:
    from protocolmaker.config.loader import LoadedConfig
    from protocolmaker.config.models import RegionConfig
    from protocolmaker.documents import DocumentSet

Severity = Literal["fout", "waarschuwing"]
LEVELS = {1: "configuratie", 2: "tussen documenten", 3: "binnen een document"}
RULE_MODULES = ("config_rules", "people_rules", "wgs_rules", "set_rules", "document_rules",
                "language_rules")


@dataclass(frozen=True)
class Hit:
    """What a rule found: a message, and where (config path and/or document and article)."""

    message: str
    path: tuple[str | int, ...] = ()
    document: str | None = None
    where: str | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    title: str
    severity: Severity
    source: str
    level: int
    check: Callable[[Context], Iterator[Hit]]

    @property
    def explanation(self) -> str:
        doc = (self.check.__doc__ or "").strip()
        return " ".join(doc.split("\n\n")[0].split())


_CATALOG: dict[str, Rule] = {}


def rule(code: str, title: str, severity: Severity, source: str, level: int
         ) -> Callable[[Callable[[Context], Iterator[Hit]]], Callable[[Context], Iterator[Hit]]]:
    def register(fn: Callable[[Context], Iterator[Hit]]) -> Callable[[Context], Iterator[Hit]]:
        if code in _CATALOG:
            raise RuntimeError(f"regelcode {code} dubbel")
        _CATALOG[code] = Rule(code, title, severity, source, level, fn)
        return fn
    return register


def catalog() -> list[Rule]:
    for module in RULE_MODULES:
        importlib.import_module(f"protocolmaker.checks.{module}")
    return sorted(_CATALOG.values(), key=lambda r: (r.level, r.code))


@dataclass
class Finding:
    rule: Rule
    message: str
    location: Location | None = None
    document: str | None = None
    where: str | None = None
    accepted: str | None = None
    """The reason from `afwijkingen` when the region deliberately accepts this finding."""

    @property
    def counts(self) -> bool:
        """A `fout` that is not deliberately accepted: blocks `definitief` and sets exit 1."""
        return self.rule.severity == "fout" and self.accepted is None

    def render(self) -> str:
        mark = "✗" if self.counts else ("≈" if self.accepted else "!")
        head = f"{mark} {self.rule.code} {self.rule.severity}: {self.rule.title}"
        lines = [head, f"  {self.message}"]
        if self.location:
            at = str(self.location) + (f" [{self.location.path}]" if self.location.path else "")
            lines.append(f"  configuratie: {at}")
        if self.where:
            lines.append(f"  plaats: {self.where}")
        if self.accepted:
            lines.append(f"  bewust afgeweken: {self.accepted}")
        lines.append(f"  bron: {self.rule.source}")
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        loc = self.location
        return {
            "regel": self.rule.code,
            "titel": self.rule.title,
            "ernst": self.rule.severity,
            "niveau": LEVELS[self.rule.level],
            "melding": self.message,
            "bestand": loc.file if loc else None,
            "regelnummer": loc.line if loc else None,
            "kolom": loc.column if loc else None,
            "veld": loc.path if loc else None,
            "document": self.document,
            "plaats": self.where,
            "afwijking": self.accepted,
            "bron": self.rule.source,
        }


@dataclass
class Context:
    """What rules look at: the loaded config, and the rendered set (composed on first use)."""

    loaded: LoadedConfig
    _documents: DocumentSet | None = None
    build_error: str | None = field(default=None)
    """Why the set could not be rendered (then only level 1 runs)."""

    @property
    def cfg(self) -> RegionConfig:
        return self.loaded.config

    @cached_property
    def documents(self) -> DocumentSet | None:
        if self._documents is not None:
            return self._documents
        from protocolmaker.documents import compose_set
        try:
            return compose_set(self.cfg)
        except BuildError as exc:
            self.build_error = exc.message
            return None

    def locate(self, path: tuple[str | int, ...]) -> Location | None:
        """The config location of `path`, or of its nearest parent that is in the file."""
        for n in range(len(path), 0, -1):
            loc = self.loaded.source.locate(path[:n])
            if loc is not None:
                full = ".".join(str(p) for p in path)
                return Location(loc.file, loc.line, loc.column, full)
        return Location(self.loaded.shown, None, None, ".".join(str(p) for p in path))


def run_checks(loaded: LoadedConfig, documents: DocumentSet | None = None,
               levels: tuple[int, ...] = (1, 2, 3)) -> list[Finding]:
    """Every finding of every rule, with the region's deliberate deviations applied."""
    ctx = Context(loaded, documents)
    accepted = {d.rule: d.reason for d in loaded.config.deviations}
    findings: list[Finding] = []
    with remembered():  # each document's text is read once, not once per rule and term
        for r in catalog():
            if r.level not in levels:
                continue
            if r.level > 1 and ctx.documents is None:
                continue
            for hit in r.check(ctx):
                findings.append(Finding(r, hit.message,
                                        ctx.locate(hit.path) if hit.path else None,
                                        hit.document, hit.where, accepted.get(r.code)))
    if ctx.documents is None and not any(f.counts for f in findings):
        # No level-1 fout explains why the documents cannot be rendered: say so, never pass.
        raise BuildError(ctx.build_error or "de documenten konden niet worden opgesteld.")
    known = {r.code for r in catalog()}
    for i, d in enumerate(loaded.config.deviations):
        if d.rule not in known:
            findings.append(Finding(_CATALOG["AFW-01"], f"‘{d.rule}’ is geen regel uit de "
                                    "catalogus; zie ‘protocolmaker regels’.",
                                    ctx.locate(("afwijkingen", i, "regel"))))
    return findings


@rule("AFW-01", "Afwijking verwijst naar een bestaande regel", "fout",
      "protocolmaker: afwijkingen", 1)
def _unknown_deviation(ctx: Context) -> Iterator[Hit]:
    """Een afwijking noemt een regelcode uit de catalogus; anders wordt er niets aanvaard."""
    return iter(())
