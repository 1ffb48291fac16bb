"""The `protocolmaker` command. Each command is a thin layer over a library function.

Exit codes: 0 everything fine; 1 findings (or a refused `definitief` build); 2 unusable input.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from protocolmaker.build import FORMATS, BuildOptions
from protocolmaker.build import build as build_region
from protocolmaker.config import load_config
from protocolmaker.config.schema import json_schema
from protocolmaker.errors import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, ConfigError, UserError
from protocolmaker.report import CheckResult, print_json, print_text
from protocolmaker.resources import templates_dir

app = typer.Typer(
    help="Genereert convenant, privacyprotocol en Artikel 20 Wpg-beslissing van een zorg- en "
         "veiligheidshuis uit één regioconfiguratie.\n\nExitcodes: 0 = in orde, 1 = "
         "bevindingen, 2 = onbruikbare invoer.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def expand_configs(paths: list[Path]) -> list[Path]:
    """Files as given; folders expand to their *.yaml/*.yml files, skipping `_base` files."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(f for f in [*p.glob("*.yaml"), *p.glob("*.yml")]
                              if not f.name.startswith("_")))
        else:
            out.append(p)
    return out


@app.command()
def check(
    configs: Annotated[list[Path], typer.Argument(help="Regioconfiguratie(s) of map(pen).")],
    output: Annotated[OutputFormat, typer.Option("--format", help="Uitvoer: text of json.")] =
        OutputFormat.text,
) -> None:
    """Controleer één of meer regioconfiguraties en toon een rapport."""
    files = expand_configs(configs)
    if not files:
        _fail("geen configuratiebestanden gevonden in de opgegeven map(pen).")
    results: list[CheckResult] = []
    for path in files:
        try:
            loaded = load_config(path)
        except ConfigError as exc:
            results.append(CheckResult.unusable(path, exc.problems))
            continue
        except UserError as exc:
            results.append(CheckResult.failed(path, exc.message))
            continue
        from protocolmaker.checks import run_checks
        try:
            findings = run_checks(loaded)
        except UserError as exc:
            results.append(CheckResult.failed(path, exc.message))
            continue
        results.append(CheckResult.valid(loaded, findings))
    if output is OutputFormat.json:
        print_json(results)
    else:
        print_text(results)
    raise typer.Exit(max((r.exit_code for r in results), default=EXIT_OK))


def _formats(value: str) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        _fail(f"onbekend formaat {', '.join(bad) or '(leeg)'}; kies uit "
              f"{', '.join(FORMATS)}, gescheiden door komma’s (bijv. --format docx,pdf).")
    return wanted


@app.command()
def build(
    configs: Annotated[list[Path], typer.Argument(help="Regioconfiguratie(s) of map(pen).")],
    out: Annotated[Path, typer.Option("--out", help="Uitvoermap; per regio een submap.")] =
        Path("out"),
    formats: Annotated[str, typer.Option("--format", help="Formaten, bijv. docx,pdf.")] =
        "docx,pdf",
    pdfa: Annotated[bool, typer.Option("--pdfa", help="PDF als PDF/A-3a (archiveerbaar).")] =
        False,
    toelichting: Annotated[bool, typer.Option(
        "--toelichting", help="Toon de toelichtingen van het model als kanttekening "
                              "(alleen bij status concept).")] = False,
) -> None:
    """Bouw de documenten van één of meer regio’s als DOCX en PDF."""
    options = BuildOptions(_formats(formats), pdfa, toelichting)
    files = expand_configs(configs)
    if not files:
        _fail("geen configuratiebestanden gevonden in de opgegeven map(pen).")
    failed: list[tuple[Path, str]] = []
    worst = EXIT_OK
    for path in files:
        try:
            loaded = load_config(path)
            result = build_region(loaded, out, options)
            written = result.written
        except ConfigError as exc:
            failed.append((path, "\n".join(p.render() for p in exc.problems)))
            worst = max(worst, exc.exit_code)
            continue
        except UserError as exc:
            failed.append((path, exc.message))
            worst = max(worst, exc.exit_code)
            continue
        if result.errors:
            worst = max(worst, EXIT_FINDINGS)  # built, but the exit code says: findings
            n = len(result.errors)
            typer.echo(f"! {path}: concept met {n} {'fout' if n == 1 else 'fouten'}, "
                       f"{len(written)} bestanden in {written[0].parent}")
            for f in result.errors:
                place = f" [{f.document}{', ' + f.where if f.where else ''}]" if f.document else ""
                typer.echo(f"    ✗ {f.rule.code} {f.rule.title}: {f.message}{place}")
        else:
            typer.echo(f"✓ {path}: {len(written)} bestanden in {written[0].parent}")
        for w in written:
            typer.echo(f"    {w.name}")
    for path, message in failed:
        typer.echo(f"✗ {path}: niet gebouwd\n  " + message.replace("\n", "\n  "), err=True)
    if len(files) > 1 or failed:
        typer.echo(f"{len(files) - len(failed)} van {len(files)} regio’s gebouwd"
                   + (f"; mislukt: {', '.join(str(p) for p, _ in failed)}" if failed else "."),
                   err=bool(failed))
    raise typer.Exit(worst)


@app.command()
def toetreding(
    config: Annotated[Path, typer.Argument(help="Regioconfiguratie.")],
    partner: Annotated[str, typer.Option("--partner", help="Id van de toetredende organisatie "
                                                           "(uit ‘toetreders’).")],
    out: Annotated[Path, typer.Option("--out", help="Uitvoermap; per regio een submap.")] =
        Path("out"),
    formats: Annotated[str, typer.Option("--format", help="Formaten, bijv. docx,pdf.")] =
        "docx,pdf",
) -> None:
    """Maak het toetredingsformulier (Convenant en Privacy Protocol) voor één organisatie."""
    from protocolmaker.build import build_joining

    wanted = _formats(formats)
    try:
        loaded = load_config(config)
    except ConfigError as exc:
        _fail("\n".join(p.render() for p in exc.problems), exc.exit_code)
        return
    written = build_joining(loaded, partner, out, wanted)
    typer.echo(f"✓ toetredingsformulier voor ‘{partner}’ in {written[0].parent}")
    for w in written:
        typer.echo(f"    {w.name}")


@app.command()
def regels(
    output: Annotated[OutputFormat, typer.Option("--format", help="Uitvoer: text of json.")] =
        OutputFormat.text,
) -> None:
    """Toon de catalogus van controleregels: code, titel, ernst en bron."""
    from protocolmaker.checks import catalog
    from protocolmaker.checks.engine import LEVELS

    rules = catalog()
    if output is OutputFormat.json:
        sys.stdout.write(json.dumps([{"code": r.code, "titel": r.title, "ernst": r.severity,
                                      "niveau": LEVELS[r.level], "bron": r.source,
                                      "uitleg": r.explanation} for r in rules],
                                    indent=2, ensure_ascii=False) + "\n")
        return
    level = 0
    for r in rules:
        if r.level != level:
            level = r.level
            typer.echo(f"\n{LEVELS[level].capitalize()}")
        typer.echo(f"  {r.code:<7} {r.severity:<12} {r.title}\n"
                   f"          {r.explanation}\n          bron: {r.source}")
    typer.echo(f"\n{len(rules)} regels.")


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--out", help="Schrijf naar dit bestand.")] = None,
) -> None:
    """Print het JSON Schema van een regioconfiguratie (voor editors zoals VS Code)."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Schema geschreven naar {out}")
    else:
        sys.stdout.write(text)


@app.command()
def init(
    target: Annotated[Path, typer.Argument(help="Nieuw configuratiebestand.")] =
        Path("mijn-regio.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overschrijf een bestaand bestand.")] =
        False,
) -> None:
    """Schrijf een startconfiguratie met uitleg bij elk veld."""
    if target.exists() and not force:
        _fail(f"{target} bestaat al; kies een andere naam of gebruik --force.")
    text = (templates_dir() / "starter.yaml").read_text(encoding="utf-8")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"{target} kan niet worden geschreven ({exc.strerror}).")
    typer.echo(f"Startconfiguratie geschreven naar {target}. Vul de velden in en controleer "
               f"met: protocolmaker check {target}")


def _fail(message: str, code: int = EXIT_UNUSABLE) -> None:
    typer.echo(f"Fout: {message}", err=True)
    raise typer.Exit(code)


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        app()
    except UserError as exc:
        typer.echo(f"Fout: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("Afgebroken.", err=True)
        sys.exit(130)
    except Exception as exc:
        typer.echo(f"Interne fout in protocolmaker: {type(exc).__name__}: {exc}\n"
                   "Dit is een fout in het programma, niet in uw invoer. Meld het met de "
                   "configuratie die u gebruikte.", err=True)
        sys.exit(3)


__all__ = ["EXIT_FINDINGS", "app", "main"]
