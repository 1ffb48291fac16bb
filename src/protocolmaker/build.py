"""Build a region's document set into `DIR/<zvh-id>/`, all or nothing.

Everything is rendered in memory first; only when every file of the set exists as bytes is
anything written, into a hidden temporary folder beside the target, whose files are then moved
into place. A failure at any point leaves the output folder as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from protocolmaker.checks.engine import Finding
from protocolmaker.config.loader import LoadedConfig
from protocolmaker.documents import DocumentSet, DocumentSpec, compose_set
from protocolmaker.errors import BuildError, ConfigLookupError, FindingsError, OpenPointsError
from protocolmaker.model.document import Document

FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class BuildOptions:
    formats: tuple[str, ...] = FORMATS
    pdfa: bool = False
    show_notes: bool = False


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


def compose_all(loaded: LoadedConfig, *, show_notes: bool = False) -> ComposedSet:
    from protocolmaker.checks import run_checks
    from protocolmaker.documents import compose_report

    documents = compose_set(loaded.config, show_notes=show_notes)
    findings = run_checks(loaded, documents)
    report = compose_report(loaded.config, documents, [f.as_dict() for f in findings])
    return ComposedSet(documents, findings, report)


def render_set(loaded: LoadedConfig, options: BuildOptions) -> RenderedSet:
    """file name → bytes for the whole set, with the findings. Raises before anything is
    written."""
    from protocolmaker.documents import REPORT
    from protocolmaker.render.docx import to_docx
    from protocolmaker.render.house_style import load_house_style
    from protocolmaker.render.html import to_html
    from protocolmaker.render.pdf import to_pdf
    from protocolmaker.render.register import to_csv, to_xlsx

    cfg = loaded.config
    house = load_house_style(loaded) if "docx" in options.formats else None
    composed = compose_all(loaded, show_notes=options.show_notes)
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
    files: dict[str, bytes] = {}
    for spec, doc in documents:
        if "html" in spec.formats:
            files[f"{spec.filename}.html"] = to_html(doc).encode("utf-8")
        if "docx" in spec.formats and "docx" in options.formats:
            files[f"{spec.filename}.docx"] = to_docx(doc, house)
        if "pdf" in spec.formats and "pdf" in options.formats:
            files[f"{spec.filename}.pdf"] = to_pdf(doc, pdfa=options.pdfa, logo=logo)
    files["verwerkingsregister.csv"] = to_csv(cfg)
    files["verwerkingsregister.xlsx"] = to_xlsx(cfg)
    if "docx" in options.formats:
        files[f"{REPORT.filename}.docx"] = to_docx(report)
    if "pdf" in options.formats:
        files[f"{REPORT.filename}.pdf"] = to_pdf(report, pdfa=options.pdfa, logo=logo)
    return RenderedSet(files, findings)


LOGO_BYTES = 2_000_000
"""A logo for a title page needs far less; the PDF carries it once per document."""


def read_logo(loaded: LoadedConfig) -> bytes | None:
    """The logo the config names (`zvh.logo`), read confined and checked, or None."""
    value = loaded.config.zvh.logo
    if value is None:
        return None
    from protocolmaker.config.inputs import resolve_input
    from protocolmaker.errors import ConfigError, Problem
    from protocolmaker.render.pdf import logo_problem

    logo = resolve_input(loaded, ("zvh", "logo"), value, (".png", ".svg"), max_bytes=LOGO_BYTES)
    problem = logo_problem(logo.data)
    if problem:
        raise ConfigError([Problem(loaded.locate("zvh", "logo"), f"‘{value}’: {problem}",
                                   "Gebruik een PNG- of SVG-bestand dat een tekenprogramma "
                                   "kan openen.")])
    return logo.data


def write_set(files: dict[str, bytes], target: Path) -> list[Path]:
    """Write all files into `target` atomically (per file) after staging them together."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise BuildError(f"uitvoermap {target.parent} kan niet worden aangemaakt "
                         f"({exc.strerror}).") from None
    try:
        for name, data in files.items():
            (staging / name).write_bytes(data)
        target.mkdir(exist_ok=True)
        written = []
        for name in files:
            os.replace(staging / name, target / name)
            written.append(target / name)
        return written
    except OSError as exc:
        raise BuildError(f"schrijven naar {target} mislukt ({exc.strerror}).") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


@dataclass
class BuildResult:
    written: list[Path]
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.counts]


def build(loaded: LoadedConfig, out_dir: Path, options: BuildOptions) -> BuildResult:
    rendered = render_set(loaded, options)
    return BuildResult(write_set(rendered.files, out_dir / loaded.config.zvh.id),
                       rendered.findings)


def build_joining(loaded: LoadedConfig, partner_id: str, out_dir: Path,
                  formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """`toetreding-<id>.{docx,pdf}` for one organisation from `toetreders` (or `partijen`)."""
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
    files: dict[str, bytes] = {}
    if "docx" in formats:
        files[f"{name}.docx"] = to_docx(doc, load_house_style(loaded))
    if "pdf" in formats:
        files[f"{name}.pdf"] = to_pdf(doc, logo=read_logo(loaded))
    return write_set(files, out_dir / cfg.zvh.id)
