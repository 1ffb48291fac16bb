"""Build a region's document set into `DIR/<zvh-id>/`, all or nothing.

Everything is rendered in memory first; only when every file of the set exists as bytes is
anything written: into a staging folder beside the target, which then replaces the old folder
whole (see `outdir`). The folder always holds exactly one complete set and its `manifest.json`.
A region whose inputs and options are unchanged since its last build is skipped.
"""

from __future__ import annotations

import contextlib
import os
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from protocolmaker import manifest, outdir
from protocolmaker.config.loader import LoadedConfig, load_config, shown_name
from protocolmaker.documents import DocumentSet, DocumentSpec, compose_set
from protocolmaker.errors import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    BuildError,
    ConfigError,
    ConfigLookupError,
    FindingsError,
    OpenPointsError,
    UserError,
)
from protocolmaker.model.document import Document

if TYPE_CHECKING:
    from protocolmaker.checks.engine import Finding

FORMATS = ("docx", "pdf")

Progress = Callable[[int, int, str], None]
"""progress(done, total, what) as a region's build advances: first (0, 1, the first step), then
after each file of the set, with the file's name. It may raise `Interrupted` to stop the build."""


@dataclass(frozen=True)
class Earlier:
    """An earlier version of the set to number against (`--stabiele-nummering-tegen`)."""

    path: str
    name: str
    """As the user named it."""
    sha256: str
    """Of its config and every base it extends, in order: another file is another build."""

    @classmethod
    def load(cls, path: Path) -> Earlier:
        """Read and validate the config now; raises `ConfigError` (located) if it is unusable."""
        import hashlib

        loaded = load_config(path)
        digest = hashlib.sha256("\n".join(s.sha256 for s in loaded.sources).encode())
        return cls(str(path), loaded.shown, digest.hexdigest())


@dataclass(frozen=True)
class BuildOptions:
    formats: tuple[str, ...] = FORMATS
    pdfa: bool = False
    show_notes: bool = False
    stable_against: tuple[Earlier, ...] = ()
    """Earlier versions, oldest first: the set is numbered against the last, which is numbered
    against the one before it, and so on (`revision.stable`)."""

    def as_dict(self) -> dict[str, Any]:
        """As recorded in the manifest: a different option is a different build."""
        out: dict[str, Any] = {"formaten": list(self.formats), "pdfa": self.pdfa,
                               "toelichting": self.show_notes}
        if self.stable_against:
            out["stabiele_nummering_tegen"] = [{"naam": e.name, "sha256": e.sha256}
                                               for e in self.stable_against]
        return out


@dataclass
class RenderedSet:
    """The files of a region's set, and what the check found (a concept may build with fouten,
    and then says so)."""

    files: dict[str, bytes]
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.counts]


@dataclass
class ComposedSet:
    """The numbered models of a region's set, what the check found, and the verantwoording
    (which reports those findings)."""

    documents: DocumentSet
    findings: list[Finding]
    report: Document

    def all(self) -> list[tuple[DocumentSpec, Document]]:
        """Every document that gets a file, the verantwoording last."""
        from protocolmaker.documents import REPORT

        return [*self.documents, (REPORT, self.report)]


def compose_all(loaded: LoadedConfig, *, show_notes: bool = False,
                earlier: tuple[Earlier, ...] = ()) -> ComposedSet:
    """With `earlier`, the set is numbered against those versions (after the checks, which
    read the set numbered 1…n)."""
    from protocolmaker.checks import run_checks
    from protocolmaker.documents import compose_report

    documents = compose_set(loaded.config, show_notes=show_notes)
    findings = run_checks(loaded, documents)
    if earlier:
        from protocolmaker.revision.stable import renumber_set

        renumber_set(earlier_set(earlier), documents)
    report = compose_report(loaded.config, documents, [f.as_dict() for f in findings])
    return ComposedSet(documents, findings, report)


def render_set(loaded: LoadedConfig, options: BuildOptions, progress: Progress | None = None
               ) -> RenderedSet:
    """file name → bytes for the whole set, with the findings. Raises before anything is
    written."""
    from protocolmaker.documents import REPORT
    from protocolmaker.render.docx import to_docx
    from protocolmaker.render.house_style import load_house_style
    from protocolmaker.render.html import to_html
    from protocolmaker.render.pdf import to_pdf
    from protocolmaker.render.register import to_csv, to_xlsx

    step = progress or (lambda done, total, what: None)
    step(0, 1, "samenstellen en controleren")
    cfg = loaded.config
    house = load_house_style(loaded) if "docx" in options.formats else None
    composed = compose_all(loaded, show_notes=options.show_notes,
                           earlier=options.stable_against)
    documents, findings, report = composed.documents, composed.findings, composed.report
    blocking = [f for f in findings if f.counts]
    if blocking and cfg.document.status == "definitief":
        raise FindingsError(str(loaded.shown), [
            f"{f.rule.code} {f.rule.title}: {f.message}"
            + (f" ({f.location})" if f.location else "")
            + (f" [{f.document}{', ' + f.where if f.where else ''}]" if f.document else "")
            for f in blocking])
    points = [f"{spec.label}, {where}: {what}" for spec, doc in documents
              if not doc.is_concept for where, what in doc.open_points()]
    if points:
        raise OpenPointsError(str(loaded.shown), points)
    logo = read_logo(loaded) if "pdf" in options.formats else None
    total = 2 + sum(len({"html", *options.formats} & set(spec.formats)) for spec, _ in documents) \
        + len(options.formats)
    files: dict[str, bytes] = _Reporting(step, total)
    pdfs = [(f"{spec.filename}.pdf", doc) for spec, doc in [*documents, (REPORT, report)]
            if "pdf" in spec.formats and "pdf" in options.formats]
    with _typesetting(pdfs, lambda doc: to_pdf(doc, pdfa=options.pdfa, logo=logo)) as pdf:
        for spec, doc in documents:
            if "html" in spec.formats:
                files[f"{spec.filename}.html"] = to_html(doc).encode("utf-8")
            if "docx" in spec.formats and "docx" in options.formats:
                files[f"{spec.filename}.docx"] = to_docx(doc, house)
            if "pdf" in spec.formats and "pdf" in options.formats:
                files[f"{spec.filename}.pdf"] = pdf(f"{spec.filename}.pdf")
        files["verwerkingsregister.csv"] = to_csv(cfg)
        files["verwerkingsregister.xlsx"] = to_xlsx(cfg)
        if "docx" in options.formats:
            files[f"{REPORT.filename}.docx"] = to_docx(report)
        if "pdf" in options.formats:
            files[f"{REPORT.filename}.pdf"] = pdf(f"{REPORT.filename}.pdf")
    return RenderedSet(dict(files), findings)


PDF_THREADS: int | None = None
"""Threads that typeset a region's PDFs while the rest of the set is written (Typst releases
the interpreter while it works): by default one per core when a region is built in this
process; a batch worker sets 1, since the batch already gives every core a region."""


@contextlib.contextmanager
def _typesetting(jobs: list[tuple[str, Document]],
                 typeset: Callable[[Document], bytes]) -> Iterator[Callable[[str], bytes]]:
    """`pdf(name)`: the PDF of that job, typeset in the background where that pays. The bytes
    are those of typesetting one after another (Typst is deterministic per document)."""
    threads = PDF_THREADS if PDF_THREADS is not None else min(os.cpu_count() or 1, 4)
    if threads <= 1 or len(jobs) <= 1:
        yield lambda name: typeset(dict(jobs)[name])
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(threads, thread_name_prefix="pdf") as pool:
        futures = {name: pool.submit(typeset, doc) for name, doc in jobs}
        try:
            yield lambda name: futures[name].result()
        finally:
            for future in futures.values():
                future.cancel()


def earlier_set(earlier: tuple[Earlier, ...]) -> DocumentSet:
    """The set of the last earlier version, numbered against the ones before it."""
    from protocolmaker.revision.stable import renumber_set

    base: DocumentSet | None = None
    for e in earlier:
        documents = compose_set(load_config(Path(e.path)).config)
        if base is not None:
            renumber_set(base, documents)
        base = documents
    assert base is not None
    return base


LOGO_BYTES = 2_000_000
"""A logo for a title page needs far less; the PDF carries it once per document."""


def read_logo(loaded: LoadedConfig) -> bytes | None:
    """The logo the config names (`zvh.logo`), read confined and checked, or None."""
    value = loaded.config.zvh.logo
    if value is None:
        return None
    from protocolmaker.config.inputs import resolve_input
    from protocolmaker.errors import Problem
    from protocolmaker.render.pdf import logo_problem

    logo = resolve_input(loaded, ("zvh", "logo"), value, (".png", ".svg"), max_bytes=LOGO_BYTES)
    problem = logo_problem(logo.data)
    if problem:
        raise ConfigError([Problem(loaded.locate("zvh", "logo"), f"‘{value}’: {problem}",
                                   "Gebruik een PNG- of SVG-bestand dat een tekenprogramma "
                                   "kan openen.")])
    return logo.data


class _Reporting(dict[str, bytes]):
    """The files of a set; each one added is reported as a step of the build."""

    def __init__(self, step: Progress, total: int) -> None:
        super().__init__()
        self.step, self.total = step, total

    def __setitem__(self, name: str, data: bytes) -> None:
        super().__setitem__(name, data)
        self.step(len(self), self.total, name)


# --- one region, all or nothing -----------------------------------------------------------------

class Interrupted(BaseException):  # a BaseException, like KeyboardInterrupt
    """Raised between two steps of a build when the user pressed Ctrl-C: nothing is written."""


@dataclass
class RegionResult:
    """What happened to one region; small and picklable, so a worker process can return it."""

    config: str
    status: str  # gebouwd | ongewijzigd | onbruikbaar | geweigerd | interne fout | afgebroken
    exit_code: int
    region: str = ""
    name: str = ""
    errors: int = 0
    warnings: int = 0
    files: list[str] = field(default_factory=list)
    folder: str = ""
    seconds: float = 0.0
    message: str = ""
    notes: list[str] = field(default_factory=list)
    fouten: list[str] = field(default_factory=list)
    """The fouten a concept was built with, one line each (issue 9: a concept says so)."""

    @property
    def built(self) -> bool:
        """The folder holds this region's set (possibly a concept with fouten: exit code 1)."""
        return self.status in ("gebouwd", "ongewijzigd")


def build_region(loaded: LoadedConfig, out: Path, options: BuildOptions, *, force: bool = False,
                 progress: Progress | None = None) -> RegionResult:
    """Build (or skip, when nothing changed) one region into `out/<id>/`.

    Rendering needs no lock; only writing does. So a build that is refused writes nothing at
    all, and two builds of one region render side by side but replace the folder one by one.
    """
    cfg = loaded.config
    outdir.prepare_out(out)
    target = outdir.check_region_folder(out, cfg.zvh.id)
    inputs = manifest.inputs(loaded)
    if not force and (same := unchanged(loaded, out, options, inputs)):
        return same
    rendered = render_set(loaded, options, progress)
    outputs = [manifest.Output(name, data) for name, data in rendered.files.items()]
    result = RegionResult(loaded.shown, "gebouwd", EXIT_OK, cfg.zvh.id, cfg.zvh.name,
                          folder=shown_name(target))
    wanted = options.as_dict()
    with outdir.region_lock(out, cfg.zvh.id):
        if not force and (same := unchanged(loaded, out, options, inputs)):
            return same  # another build of the same inputs finished meanwhile
        old = manifest.read(target) if target.is_dir() else None
        carried = _carry_joining_forms(target, old, inputs, set(rendered.files), result)
        files = {o.name: o.data for o in [*outputs, *carried]}
        files[manifest.MANIFEST] = manifest.make(loaded, wanted, [*outputs, *carried],
                                                 rendered.findings, inputs)
        outdir.swap(outdir.stage(out, cfg.zvh.id, files), target)
    _count(result, [f.as_dict() for f in rendered.findings])
    result.files = sorted(files)
    return result


def unchanged(loaded: LoadedConfig, out: Path, options: BuildOptions,
              inputs: list[dict[str, Any]] | None = None) -> RegionResult | None:
    """The result of skipping the region when its folder holds, untouched, the set of exactly
    these inputs and options; None when it must be built."""
    target = out / loaded.config.zvh.id
    if target.is_symlink() or not target.is_dir():
        return None
    old = manifest.read(target)
    if old is None or not manifest.same_build(old, inputs or manifest.inputs(loaded),
                                              options.as_dict()) \
            or manifest.output_problems(target, old):
        return None
    result = RegionResult(loaded.shown, "ongewijzigd", EXIT_OK, loaded.config.zvh.id,
                          loaded.config.zvh.name, folder=shown_name(target))
    _count(result, old.get("bevindingen", []))
    result.files = sorted([*(str(e["naam"]) for e in old["uitvoer"]), manifest.MANIFEST])
    return result


def _count(result: RegionResult, findings: list[dict[str, Any]]) -> None:
    """Findings as the manifest records them; a concept built with fouten has exit code 1."""
    fouten = [f for f in findings if f.get("ernst") == "fout" and not f.get("afwijking")]
    result.errors = len(fouten)
    result.warnings = len(findings) - result.errors
    result.exit_code = EXIT_FINDINGS if result.errors else EXIT_OK
    result.fouten = [
        f"{f['regel']} {f['titel']}: {f['melding']}"
        + (f" [{f['document']}{', ' + str(f['plaats']) if f.get('plaats') else ''}]"
           if f.get("document") else "")
        for f in fouten]


def _carry_joining_forms(target: Path, old: dict[str, Any] | None, inputs: list[dict[str, Any]],
                         taken: set[str], result: RegionResult) -> list[manifest.Output]:
    """Toetredingsformulieren made earlier stay when they were made from the same inputs;
    otherwise they are dropped (they would describe another version) and the result says so."""
    if old is None:
        return []
    forms = [e for e in old["uitvoer"] if e.get("soort") == manifest.JOINING]
    if not forms:
        return []
    if manifest.same_build(old, inputs, None):
        kept = [o for o in manifest.outputs_of(target, old, manifest.JOINING)
                if o.name not in taken]
        if len(kept) == len(forms):
            return kept
    result.notes.append(
        f"{len(forms)} eerder gemaakt(e) toetredingsformulier(en) vervallen, omdat de invoer is "
        "gewijzigd; maak ze opnieuw met ‘protocolmaker toetreding’.")
    return []


def build_one(path: Path, out: Path, options: BuildOptions, *, force: bool = False,
              progress: Progress | None = None, loaded: LoadedConfig | None = None
              ) -> RegionResult:
    """Load and build one region; every failure becomes a result, never an exception
    (except an interrupt, which the caller handles). `loaded`: `path` as already read."""
    start = time.monotonic()
    shown = shown_name(path)
    try:
        result = build_region(loaded or load_config(path), out, options, force=force,
                              progress=progress)
    except ConfigError as exc:
        result = RegionResult(shown, "onbruikbaar", exc.exit_code,
                              message="\n".join(p.render() for p in exc.problems))
    except Interrupted:
        result = RegionResult(shown, "afgebroken", EXIT_INTERRUPTED,
                              message="afgebroken vóór het wegschrijven; de map is ongewijzigd.")
    except (FindingsError, OpenPointsError) as exc:
        result = RegionResult(shown, "geweigerd", EXIT_FINDINGS, message=exc.message)
    except UserError as exc:
        result = RegionResult(shown, "onbruikbaar", exc.exit_code, message=exc.message)
    except Exception as exc:  # a crash of one region must not stop the others
        result = RegionResult(shown, "interne fout", EXIT_INTERNAL,
                              message=internal_error_message(exc))
    result.seconds = time.monotonic() - start
    return result


def internal_error_message(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    at = f" (in {Path(where[0].filename).name}:{where[0].lineno})" if where else ""
    return (f"interne fout in protocolmaker: {type(exc).__name__}: {exc}{at}. Dit is een fout in "
            "het programma, niet in uw invoer; meld het met de configuratie die u gebruikte.")


# --- toetredingsformulier -------------------------------------------------------------------

def build_joining(loaded: LoadedConfig, partner_id: str, out_dir: Path,
                  formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """`toetreding-<id>.{docx,pdf}` for one organisation from `toetreders` (or `partijen`),
    added to the region's folder (with the set, when it was built from the same inputs)."""
    import difflib

    from protocolmaker.documents import compose_joining
    from protocolmaker.render.docx import to_docx
    from protocolmaker.render.house_style import load_house_style
    from protocolmaker.render.pdf import to_pdf

    cfg = loaded.config
    candidates = {p.id: p for p in [*cfg.joining, *cfg.partners]}
    partner = candidates.get(partner_id)
    if partner is None:
        close = difflib.get_close_matches(partner_id, list(candidates), n=1, cutoff=0.6)
        raise ConfigLookupError(
            f"{loaded.shown}: ‘{partner_id}’ is geen toetreder of partij. "
            + (f"Bedoelde u ‘{close[0]}’? " if close else "")
            + "Voeg de organisatie toe onder ‘toetreders:’ (met soort, naam, vestigingsplaats, "
              "adres en vertegenwoordiger). Bekend: "
            + (", ".join(candidates) or "(geen)") + ".")
    doc = compose_joining(cfg, partner)
    name = f"toetreding-{partner.id}"
    forms: list[manifest.Output] = []
    if "docx" in formats:
        forms.append(manifest.Output(f"{name}.docx", to_docx(doc, load_house_style(loaded)),
                                     manifest.JOINING))
    if "pdf" in formats:
        forms.append(manifest.Output(f"{name}.pdf", to_pdf(doc, logo=read_logo(loaded)),
                                     manifest.JOINING))
    outdir.prepare_out(out_dir)
    target = outdir.check_region_folder(out_dir, cfg.zvh.id)
    inputs = manifest.inputs(loaded)
    with outdir.region_lock(out_dir, cfg.zvh.id):
        old = manifest.read(target) if target.is_dir() else None
        kept: list[manifest.Output] = []
        options: dict[str, Any] | None = None
        findings: list[dict[str, Any]] = []
        if old is not None or (target.is_dir() and any(target.iterdir())):
            if old is None or not manifest.same_build(old, inputs, None) \
                    or manifest.output_problems(target, old):
                raise BuildError(
                    f"de set in {shown_name(target)} is niet gebouwd uit deze versie van de "
                    "configuratie (of is daarna gewijzigd). Bouw eerst de set opnieuw met "
                    f"‘protocolmaker build {loaded.shown}’ en maak daarna het "
                    "toetredingsformulier.")
            names = {f.name for f in forms}
            kept = [o for kind in (manifest.SET, manifest.JOINING)
                    for o in manifest.outputs_of(target, old, kind) if o.name not in names]
            options, findings = old.get("opties"), old.get("bevindingen", [])
        files = {o.name: o.data for o in [*kept, *forms]}
        files[manifest.MANIFEST] = manifest.make(loaded, options, [*kept, *forms], findings,
                                                 inputs)
        outdir.swap(outdir.stage(out_dir, cfg.zvh.id, files), target)
    return [target / f.name for f in forms]
