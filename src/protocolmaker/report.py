"""The `check` report, as readable text or as JSON with a stable, versioned schema."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from protocolmaker.errors import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, Problem
from protocolmaker.terminal import console, visible

if TYPE_CHECKING:
    from protocolmaker.checks.engine import Finding
    from protocolmaker.config.loader import LoadedConfig

JSON_SCHEMA_VERSION = 1


@dataclass
class CheckResult:
    path: Path
    status: str  # "geldig" | "bevindingen" | "onbruikbaar"
    problems: list[Problem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    zvh: str = ""

    @classmethod
    def unusable(cls, path: Path, problems: list[Problem]) -> CheckResult:
        return cls(path, "onbruikbaar", problems)

    @classmethod
    def failed(cls, path: Path, message: str) -> CheckResult:
        from protocolmaker.errors import Location
        return cls(path, "onbruikbaar", [Problem(Location(str(path)), message)])

    @classmethod
    def valid(cls, loaded: LoadedConfig, findings: list[Finding] | None = None) -> CheckResult:
        findings = findings or []
        errors = [f for f in findings if f.counts]
        return cls(loaded.path, "bevindingen" if errors else "geldig", findings=findings,
                   zvh=loaded.config.zvh.name)

    @property
    def exit_code(self) -> int:
        return {"geldig": EXIT_OK, "bevindingen": EXIT_FINDINGS}.get(self.status, EXIT_UNUSABLE)

    def as_dict(self) -> dict[str, object]:
        return {
            "bestand": str(self.path),
            "zvh": self.zvh,
            "status": self.status,
            "exitcode": self.exit_code,
            "problemen": [p.as_dict() for p in self.problems],
            "bevindingen": [f.as_dict() for f in self.findings],
        }


def report_dict(results: list[CheckResult]) -> dict[str, object]:
    """The JSON report; its schema is `schemas/checkrapport.schema.json` (`schema_versie`)."""
    return {
        "schema_versie": JSON_SCHEMA_VERSION,
        "exitcode": max((r.exit_code for r in results), default=EXIT_OK),
        "resultaten": [r.as_dict() for r in results],
    }


def print_json(results: list[CheckResult]) -> None:
    sys.stdout.write(json.dumps(report_dict(results), indent=2, ensure_ascii=False) + "\n")


def print_text(results: list[CheckResult]) -> None:
    """The report for a person. Names and file names are printed as written, never as markup."""
    out = console()
    for r in results:
        path = visible(str(r.path))
        if r.status == "onbruikbaar":
            n = len(r.problems)
            out.print(Text.assemble((f"✗ {path}", "bold red"),
                                    f": onbruikbaar — {n} {'probleem' if n == 1 else 'problemen'}"))
            for p in r.problems:
                out.print("  " + visible(p.render()).replace("\n", "\n  "))
            continue
        mark = ("✓", "bold green") if r.status == "geldig" else ("!", "bold yellow")
        head = Text.assemble(mark, f" {path}: {visible(r.zvh)}")
        if not r.findings:
            out.print(head + Text(" — geldig, geen bevindingen"))
            continue
        out.print(head)
        _print_findings(out, r.findings)
    n_bad = sum(r.status == "onbruikbaar" for r in results)
    n_find = sum(r.status == "bevindingen" for r in results)
    out.print(f"\n{len(results)} configuratie(s) gecontroleerd: "
              f"{len(results) - n_bad - n_find} in orde, {n_find} met bevindingen, "
              f"{n_bad} onbruikbaar.")


def _print_findings(out: Console, findings: list[Finding]) -> None:
    by_doc: dict[str, list[Finding]] = {}
    for f in findings:
        by_doc.setdefault(f.document or "configuratie", []).append(f)
    for doc, items in by_doc.items():
        out.print(Text(f"  {visible(doc)}", "bold"))
        for f in items:
            out.print("    " + visible(f.render()).replace("\n", "\n    "))
