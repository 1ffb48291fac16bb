"""The `protocolmaker` command. Each command is a thin layer over a library function.

Exit codes: 0 everything fine; 1 findings (or a refused `definitief` build); 2 unusable input;
3 internal error (a bug: no input may cause it); 130 interrupted with Ctrl-C.
"""

from __future__ import annotations

import glob
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from protocolmaker import __version__, helpframe
from protocolmaker.build import (
    FORMATS,
    BuildOptions,
    Earlier,
    RegionResult,
    internal_error_message,
)
from protocolmaker.config import load_config
from protocolmaker.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_UNUSABLE,
    ConfigError,
    UserError,
)
from protocolmaker.report import CheckResult, print_json, print_text
from protocolmaker.terminal import closed_pipe_is_fine, console, visible

EXIT_CODES = ("Exitcodes: 0 = in orde; 1 = bevindingen (een concept met fouten wordt wel "
              "gebouwd), of een definitieve set geweigerd; "
              "2 = onbruikbare invoer; 3 = interne fout in protocolmaker (meld die); "
              "130 = afgebroken met Ctrl-C.")

app = typer.Typer(
    cls=helpframe.DutchGroup,
    help="Genereert convenant, privacyprotocol en Artikel 20 Wpg-beslissing van een zorg- en "
         "veiligheidshuis uit één regioconfiguratie.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"
    pwsh = "pwsh"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"protocolmaker {__version__}")
        raise typer.Exit()


def _show_completion(value: Shell | None) -> None:
    if value is None:
        return
    from typer._completion_shared import get_completion_script

    typer.echo(get_completion_script(prog_name="protocolmaker",
                                     complete_var="_PROTOCOLMAKER_COMPLETE", shell=value.value))
    raise typer.Exit()


def _install_completion(value: Shell | None) -> None:
    if value is None:
        return
    from typer._completion_shared import install

    shell, path = install(shell=value.value, prog_name="protocolmaker",
                          complete_var="_PROTOCOLMAKER_COMPLETE")
    typer.echo(f"Aanvulling met Tab voor {shell} geïnstalleerd in {path}. Open een nieuw "
               "terminalvenster om haar te gebruiken.")
    raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option(
        "--version", help="Toon het versienummer en stop.", is_eager=True,
        callback=_version)] = False,
    completion: Annotated[Shell | None, typer.Option(
        "--aanvulling", help="Toon het script voor aanvulling met Tab in deze shell.",
        is_eager=True, callback=_show_completion, case_sensitive=False)] = None,
    install_completion: Annotated[Shell | None, typer.Option(
        "--installeer-aanvulling", help="Installeer aanvulling met Tab voor deze shell.",
        is_eager=True, callback=_install_completion, case_sensitive=False)] = None,
) -> None:
    """Genereert convenant, privacyprotocol en Artikel 20 Wpg-beslissing van een zorg- en
    veiligheidshuis uit één regioconfiguratie."""


# --- which files --------------------------------------------------------------------------------

def expand_configs(paths: list[Path]) -> list[Path]:
    """Files as given; folders expand to their *.yaml/*.yml files (skipping `_base` files and
    hidden files); an argument that is no path but a pattern (`regios/*.yaml`) is expanded."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(f for f in [*p.glob("*.yaml"), *p.glob("*.yml")]
                           if not f.name.startswith(("_", ".")))
            if not found:
                _fail(f"in map {visible(str(p))} staan geen regioconfiguraties (gezocht naar "
                      "*.yaml en *.yml; bestanden waarvan de naam met _ begint zijn "
                      "basisbestanden en worden overgeslagen).")
            out.extend(found)
        elif not p.exists() and glob.has_magic(str(p)):
            found = sorted(Path(f) for f in glob.glob(str(p))
                           if f.endswith((".yaml", ".yml")) and not Path(f).name.startswith("_"))
            if not found:
                _fail(f"geen regioconfiguraties gevonden met het patroon {visible(str(p))}.")
            out.extend(found)
        else:
            out.append(p)
    return list(dict.fromkeys(out))


CONFIGS_ARG = typer.Argument(
    help="Regioconfiguratie(s): bestanden, mappen (alle *.yaml) of patronen als regios/*.yaml.",
    show_default=False, metavar="CONFIG")


# --- check ---------------------------------------------------------------------------------------

@app.command(cls=helpframe.DutchCommand)
def check(
    configs: Annotated[list[Path], CONFIGS_ARG],
    output: Annotated[OutputFormat, typer.Option(
        "--uitvoer", help="Rapport als tekst of als JSON (schema: protocolmaker schema --soort "
                          "rapport).", case_sensitive=False)] = OutputFormat.text,
    output_old: Annotated[OutputFormat | None, typer.Option(
        "--format", hidden=True, help="Verouderd: gebruik --uitvoer.",
        case_sensitive=False)] = None,
) -> None:
    """Controleer één of meer regioconfiguraties en toon een rapport."""
    output = output_old or output
    results: list[CheckResult] = []
    for path in expand_configs(configs):
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
    with closed_pipe_is_fine():
        if output is OutputFormat.json:
            print_json(results)
        else:
            print_text(results)
    raise typer.Exit(max((r.exit_code for r in results), default=EXIT_OK))


# --- build ---------------------------------------------------------------------------------------

def _formats(value: str, allowed: tuple[str, ...] = FORMATS) -> tuple[str, ...]:
    wanted = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    bad = [f for f in wanted if f not in allowed]
    if bad or not wanted:
        _fail(f"onbekend formaat {visible(', '.join(bad)) or '(leeg)'}; kies uit "
              f"{', '.join(allowed)}, gescheiden door komma’s (bijv. --formaten docx,pdf).")
    return wanted


def _jobs(value: int | None) -> int:
    from protocolmaker.batch import default_jobs

    if value is None:
        return default_jobs()
    if value < 1:
        _fail("--jobs moet minstens 1 zijn.")
    return value


@app.command(cls=helpframe.DutchCommand)
def build(
    configs: Annotated[list[Path], CONFIGS_ARG],
    out: Annotated[Path, typer.Option("--out", help="Uitvoermap; per regio een submap.")] =
        Path("out"),
    formats: Annotated[str, typer.Option(
        "--formaten", help="Bestandsformaten, gescheiden door komma’s: docx, pdf of docx,pdf.")
    ] = "docx,pdf",
    formats_old: Annotated[str | None, typer.Option(
        "--format", hidden=True, help="Verouderd: gebruik --formaten.")] = None,
    pdfa: Annotated[bool, typer.Option("--pdfa", help="PDF als PDF/A-3a (archiveerbaar).")] =
        False,
    toelichting: Annotated[bool, typer.Option(
        "--toelichting", help="Toon de toelichtingen van het model als kanttekening "
                              "(alleen bij status concept).")] = False,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Aantal regio’s tegelijk; standaard het aantal processorkernen.",
        show_default=False)] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Bouw ook regio’s waarvan de invoer niet veranderd is.")] = False,
    stable: Annotated[list[Path] | None, typer.Option(
        "--stabiele-nummering-tegen", metavar="OUD",
        help="Nummer tegen de set van deze eerdere configuratie: wat blijft houdt zijn nummer, "
             "een ingevoegd artikel wordt 14a, een geschrapt artikel ‘[Vervallen]’. Meer keren "
             "te geven, oudste eerst.", show_default=False)] = None,
) -> None:
    """Bouw de documenten van één of meer regio’s als DOCX en PDF, per regio alles of niets."""
    from protocolmaker import batch, outdir

    options = BuildOptions(_formats(formats_old or formats), pdfa, toelichting,
                           _earlier(stable or []))
    files = expand_configs(configs)
    n_jobs = _jobs(jobs)
    outdir.prepare_out(out)
    err = console(stderr=True)
    view = (batch.LiveView(len(files), err) if batch.is_terminal(sys.stderr)
            else batch.PlainView(len(files), lambda line: err.print(visible(line))))
    with view:
        results, interrupted = batch.run(files, out, options, jobs=n_jobs, force=force,
                                         view=view)
    with closed_pipe_is_fine():
        _summary(results, interrupted)
    code = EXIT_INTERRUPTED if interrupted else max((r.exit_code for r in results),
                                                    default=EXIT_OK)
    raise typer.Exit(code)


def _earlier(paths: list[Path]) -> tuple[Earlier, ...]:
    """The earlier versions for stable numbering, each read and validated now (exit 2)."""
    earlier = []
    for path in paths:
        try:
            earlier.append(Earlier.load(path))
        except ConfigError as exc:
            _fail("--stabiele-nummering-tegen: "
                  + "\n".join(p.render() for p in exc.problems), exc.exit_code)
        except UserError as exc:
            _fail(f"--stabiele-nummering-tegen: {exc.message}", exc.exit_code)
    return tuple(earlier)


def _summary(results: list[RegionResult], interrupted: bool) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    for name, justify in (("regio", "left"), ("status", "left"), ("bevindingen", "right"),
                          ("bestanden", "right"), ("seconden", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for r in results:
        findings = f"{r.errors} fout, {r.warnings} waarsch." if r.files else "–"
        table.add_row(Text(visible(r.region or r.config)), Text(r.status),
                      Text(findings), Text(str(len(r.files)) if r.files else "–"),
                      Text(f"{r.seconds:.1f}"))
    out_console = console()
    out_console.print(table)
    for r in results:
        if r.built:
            mark = "!" if r.errors else ("✓" if r.status == "gebouwd" else "=")
            concept = (f", concept met {r.errors} {'fout' if r.errors == 1 else 'fouten'}"
                       if r.errors else "")
            out_console.print(visible(f"{mark} {r.config}: {r.status}{concept}, "
                                      f"{len(r.files)} bestanden in {r.folder}"))
            for line in r.fouten:
                out_console.print(visible(f"    ✗ {line}"))
        for note in r.notes:
            out_console.print(visible(f"  let op: {note}"))
    err = console(stderr=True)
    failed = [r for r in results if not r.built]
    for r in failed:
        err.print(visible(f"✗ {r.config}: {r.status}\n  " + r.message.replace("\n", "\n  ")))
    built = sum(r.status == "gebouwd" for r in results)
    same = sum(r.status == "ongewijzigd" for r in results)
    stopped = [r.config for r in failed if r.status == "afgebroken"]
    broken = [r.config for r in failed if r.status != "afgebroken"]
    line = (f"{built + same} van {len(results)} regio’s gebouwd"
            + (f" ({same} ongewijzigd overgeslagen)" if same else "")
            + (f"; mislukt: {', '.join(broken)}" if broken else "")
            + (f"; afgebroken met Ctrl-C: {', '.join(stopped)}" if stopped else "")
            + ".")
    (err if failed or interrupted else out_console).print(visible(line))


# --- verify --------------------------------------------------------------------------------------

@app.command(cls=helpframe.DutchCommand)
def verify(
    folders: Annotated[list[Path], typer.Argument(
        help="Regiomap(pen) met een manifest.json, of een uitvoermap met regiomappen.",
        show_default=False, metavar="MAP")],
    config: Annotated[Path | None, typer.Option(
        "--config", help="Controleer ook dat de set uit deze configuratie (met haar "
                         "basisbestanden) en deze versie van protocolmaker komt.",
        show_default=False)] = None,
) -> None:
    """Controleer een gebouwde set tegen haar manifest: elk bestand ongewijzigd, niets extra."""
    from protocolmaker.verify import verify_folders

    with closed_pipe_is_fine():
        code = verify_folders(folders, config, console())
    raise typer.Exit(code)


# --- diff ----------------------------------------------------------------------------------------

@app.command(cls=helpframe.DutchCommand)
def diff(
    old: Annotated[Path, typer.Argument(
        help="De oude versie: een regioconfiguratie of een regiomap van een eerdere build "
             "(met manifest.json). Met --rev: de configuratie.", show_default=False,
        metavar="OUD")],
    new: Annotated[Path | None, typer.Argument(
        help="De nieuwe versie: een regioconfiguratie of een regiomap van een build.",
        show_default=False, metavar="NIEUW")] = None,
    revs: Annotated[list[str] | None, typer.Option(
        "--rev", help="Vergelijk OUD zoals het was in deze git-revisie (twee keer: oud en "
                      "nieuw; één keer: tegen het bestand zoals het nu is).",
        show_default=False)] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Schrijf samenvatting, redlines (DOCX met bijgehouden wijzigingen, PDF, "
                      "HTML), wijzigingsconvenant en geconsolideerde tekst in deze map.",
        show_default=False)] = None,
    output: Annotated[OutputFormat, typer.Option(
        "--uitvoer", help="Samenvatting als tekst of als JSON (schema: protocolmaker schema "
                          "--soort wijzigingen).", case_sensitive=False)] = OutputFormat.text,
    formats: Annotated[str, typer.Option(
        "--formaten", help="Formaten van de redlines, gescheiden door komma’s: docx, pdf, "
                           "html.")] = "docx,pdf,html",
    author: Annotated[str, typer.Option(
        "--auteur", help="Naam bij de bijgehouden wijzigingen in Word.")] = "protocolmaker",
    date: Annotated[str | None, typer.Option(
        "--datum", help="Datum bij de bijgehouden wijzigingen (JJJJ-MM-DD); standaard de "
                        "datum van de nieuwe versie.", show_default=False)] = None,
) -> None:
    """Vergelijk twee versies van een regio: wat er in de configuratie en in elke tekst
    veranderde, per artikel, met de redline en het wijzigingsconvenant."""
    import datetime as dt

    from protocolmaker.revision import outputs
    from protocolmaker.revision.compare import compare
    from protocolmaker.revision.sources import versions
    from protocolmaker.revision.summary import as_text, report

    wanted = _formats(formats, outputs.FORMATS)
    day = None
    if date is not None:
        try:
            day = dt.date.fromisoformat(date)
        except ValueError:
            _fail(f"--datum {visible(date)} is geen datum; schrijf JJJJ-MM-DD, bijv. 2027-03-01.")
    options = outputs.DiffOptions(wanted, author, day)
    try:
        with versions(old, new, list(revs or [])) as (before, after):
            result = compare(before, after)
            data = report(result)
            files = outputs.diff_files(result, options, data) if out is not None else {}
    except ConfigError as exc:
        _fail("\n".join(p.render() for p in exc.problems), exc.exit_code)
        return
    written = _write_folder(out, files) if out is not None else None
    with closed_pipe_is_fine():
        if output is OutputFormat.json:
            sys.stdout.write(outputs.report_json(data))
        else:
            sys.stdout.write(visible(as_text(data)))
            if written is not None:
                sys.stdout.write(visible(f"\n{len(files)} bestanden in {written}\n"))


def _write_folder(out: Path, files: dict[str, bytes]) -> Path:
    """All files into `out` at once (staged beside it, then swapped in): never half a set."""
    from protocolmaker.outdir import check_region_folder, prepare_out, region_lock, stage, swap

    parent = prepare_out(out.absolute().parent)
    target = check_region_folder(parent, out.name)
    if target.is_dir() and any(target.iterdir()) and not (target / "wijzigingen.json").is_file():
        _fail(visible(f"{out} bestaat al en is geen map van een eerdere ‘protocolmaker diff’; "
                      "protocolmaker vervangt die niet. Kies met --out een nieuwe of lege map."))
    with region_lock(parent, out.name):
        swap(stage(parent, out.name, files), target)
    return out


# --- toetreding, regels, schema, init ---------------------------------------------------------

@app.command(cls=helpframe.DutchCommand)
def toetreding(
    config: Annotated[Path, typer.Argument(help="Regioconfiguratie.", show_default=False,
                                           metavar="CONFIG")],
    partner: Annotated[str, typer.Option("--partner", help="Id van de toetredende organisatie "
                                                           "(uit ‘toetreders’).",
                                         show_default=False)],
    out: Annotated[Path, typer.Option("--out", help="Uitvoermap; per regio een submap.")] =
        Path("out"),
    formats: Annotated[str, typer.Option(
        "--formaten", help="Bestandsformaten, gescheiden door komma’s: docx, pdf of docx,pdf.")
    ] = "docx,pdf",
    formats_old: Annotated[str | None, typer.Option(
        "--format", hidden=True, help="Verouderd: gebruik --formaten.")] = None,
) -> None:
    """Maak het toetredingsformulier (Convenant en Privacy Protocol) voor één organisatie."""
    from protocolmaker.build import build_joining

    wanted = _formats(formats_old or formats)
    try:
        loaded = load_config(config)
    except ConfigError as exc:
        _fail("\n".join(p.render() for p in exc.problems), exc.exit_code)
        return
    written = build_joining(loaded, partner, out, wanted)
    with closed_pipe_is_fine():
        out_console = console()
        out_console.print(visible(f"✓ toetredingsformulier voor ‘{partner}’ in "
                                  f"{written[0].parent}"))
        for w in written:
            out_console.print(visible(f"    {w.name}"))


@app.command(cls=helpframe.DutchCommand)
def regels(
    output: Annotated[OutputFormat, typer.Option(
        "--uitvoer", help="Als tekst of als JSON.", case_sensitive=False)] = OutputFormat.text,
    output_old: Annotated[OutputFormat | None, typer.Option(
        "--format", hidden=True, help="Verouderd: gebruik --uitvoer.",
        case_sensitive=False)] = None,
) -> None:
    """Toon de catalogus van controleregels: code, titel, ernst en bron."""
    from protocolmaker.checks import catalog
    from protocolmaker.checks.engine import LEVELS

    rules = catalog()
    with closed_pipe_is_fine():
        if (output_old or output) is OutputFormat.json:
            sys.stdout.write(json.dumps([{"code": r.code, "titel": r.title, "ernst": r.severity,
                                          "niveau": LEVELS[r.level], "bron": r.source,
                                          "uitleg": r.explanation} for r in rules],
                                        indent=2, ensure_ascii=False) + "\n")
            return
        level = 0
        lines = []
        for r in rules:
            if r.level != level:
                level = r.level
                lines.append(f"\n{LEVELS[level].capitalize()}")
            lines.append(f"  {r.code:<7} {r.severity:<12} {r.title}\n"
                         f"          {r.explanation}\n          bron: {r.source}")
        lines.append(f"\n{len(rules)} regels.")
        sys.stdout.write("\n".join(lines) + "\n")


@app.command(cls=helpframe.DutchCommand)
def wetgeving(
    config: Annotated[Path, typer.Argument(help="Regioconfiguratie.", show_default=False,
                                           metavar="CONFIG")],
    output: Annotated[OutputFormat, typer.Option(
        "--uitvoer", help="Als tekst of als JSON.", case_sensitive=False)] = OutputFormat.text,
) -> None:
    """Toon welke wet- en regelgeving de documenten van de set aanhalen, en waar.

    Per regeling de bron en of zij op de peildatum geldt; per artikel het onderwerp, of het in
    de officiële tekst is nagelezen en waar de set het aanhaalt."""
    from protocolmaker.citations import as_text, cited_laws
    from protocolmaker.documents import compose_set

    try:
        loaded = load_config(config)
    except ConfigError as exc:
        _fail("\n".join(p.render() for p in exc.problems), exc.exit_code)
        return
    cfg = loaded.config
    on = cfg.reference_date
    cited = cited_laws(((spec.label, doc) for spec, doc in compose_set(cfg)), on)
    with closed_pipe_is_fine():
        if output is OutputFormat.json:
            sys.stdout.write(json.dumps({"peildatum": on.isoformat(),
                                         "regelingen": [c.as_dict() for c in cited]},
                                        indent=2, ensure_ascii=False) + "\n")
            return
        console().print(visible("\n".join(as_text(cited, on))))


class SchemaKind(StrEnum):
    regio = "regio"
    basis = "basis"
    rapport = "rapport"
    manifest = "manifest"
    wijzigingen = "wijzigingen"


@app.command(cls=helpframe.DutchCommand)
def schema(
    out: Annotated[Path | None, typer.Option("--out", help="Schrijf naar dit bestand.",
                                             show_default=False)] = None,
    kind: Annotated[SchemaKind, typer.Option(
        "--soort", help="regio: een regioconfiguratie; basis: een basisbestand (alles "
                        "optioneel); rapport: de JSON van check; manifest: manifest.json; "
                        "wijzigingen: de JSON van diff.",
        case_sensitive=False)] = SchemaKind.regio,
) -> None:
    """Print een JSON Schema (voor editors zoals VS Code, of voor andere programma’s)."""
    from protocolmaker.config.schema import schema_text

    text = schema_text(kind.value)
    if out:
        _write(out, text)
        typer.echo(visible(f"Schema geschreven naar {out}"))
    else:
        with closed_pipe_is_fine():
            sys.stdout.write(text)


@app.command(cls=helpframe.DutchCommand)
def init(
    target: Annotated[Path | None, typer.Argument(
        help="Nieuw configuratiebestand; standaard mijn-regio.yaml (of _basis.yaml met "
             "--basis).", show_default=False, metavar="BESTAND")] = None,
    basis: Annotated[bool, typer.Option(
        "--basis", help="Begin een eigen basisbestand (gedeelde waarden voor meerdere "
                        "regio’s) in plaats van een regio.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overschrijf een bestaand bestand.")] =
        False,
) -> None:
    """Schrijf een startconfiguratie met uitleg bij elk veld, en het schema voor de editor."""
    from protocolmaker.starter import write_starter

    target = target or Path("_basis.yaml" if basis else "mijn-regio.yaml")
    written = write_starter(target, base=basis, force=force)
    for path in written:
        typer.echo(visible(f"Geschreven: {path}"))
    what = "het basisbestand" if basis else "de velden"
    typer.echo(visible(f"Vul {what} in en controleer met: protocolmaker check {target}"
                       if not basis else
                       f"Laat een regio erop voortbouwen met ‘extends: {target.name}’."))


def _write(path: Path, text: str) -> None:
    from protocolmaker.errors import describe_os_error

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(visible(f"{path} kan niet worden geschreven ({describe_os_error(exc)})."))


def _fail(message: str, code: int = EXIT_UNUSABLE) -> None:
    console(stderr=True).print(visible(f"Fout: {message}"))
    raise typer.Exit(code)


# --- entry points --------------------------------------------------------------------------------

def run(argv: list[str] | None = None) -> int:
    """Run the command line in this process and return its exit code; never raises."""
    helpframe.install()
    try:
        app(args=argv, prog_name="protocolmaker")
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else 1)
    except UserError as exc:
        console(stderr=True).print(visible(f"Fout: {exc.message}"))
        return exc.exit_code
    except KeyboardInterrupt:
        console(stderr=True).print("Afgebroken.")
        return EXIT_INTERRUPTED
    except Exception as exc:
        console(stderr=True).print(visible(internal_error_message(exc)))
        return EXIT_INTERNAL
    return EXIT_OK


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    sys.exit(run())


__all__ = ["app", "main", "run"]
