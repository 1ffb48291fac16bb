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

from protocolmaker.config.loader import LoadedConfig
from protocolmaker.documents import compose_set
from protocolmaker.errors import BuildError, OpenPointsError

FORMATS = ("docx", "pdf")


@dataclass(frozen=True)
class BuildOptions:
    formats: tuple[str, ...] = FORMATS
    pdfa: bool = False
    show_notes: bool = False


def render_set(loaded: LoadedConfig, options: BuildOptions) -> dict[str, bytes]:
    """file name → bytes for the whole set. Raises before anything is written."""
    from protocolmaker.render.docx import to_docx
    from protocolmaker.render.pdf import to_pdf

    cfg = loaded.config
    files: dict[str, bytes] = {}
    for spec, doc in compose_set(cfg, show_notes=options.show_notes):
        if not doc.is_concept:
            points = [f"{where}: {what}" for where, what in doc.open_points()]
            if points:
                raise OpenPointsError(f"{loaded.shown} ({spec.label})", points)
        if "docx" in options.formats:
            files[f"{spec.filename}.docx"] = to_docx(doc)
        if "pdf" in options.formats:
            files[f"{spec.filename}.pdf"] = to_pdf(doc, pdfa=options.pdfa)
    return files


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


def build(loaded: LoadedConfig, out_dir: Path, options: BuildOptions) -> list[Path]:
    files = render_set(loaded, options)
    return write_set(files, out_dir / loaded.config.zvh.id)
