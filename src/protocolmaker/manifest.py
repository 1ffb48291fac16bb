"""`manifest.json`: what a region's set was built from and what it holds, by sha256.

Every region folder carries one. It lets a lawyer show that a signed PDF came from a given
config (`protocolmaker verify`), lets `build` skip a region whose inputs did not change, and
lets a later `protocolmaker diff` compare two build folders file by file. The schema is
`schemas/manifest.schema.json`; `manifest_versie` changes with every incompatible change.

The manifest holds nothing that depends on the machine, the working directory or the clock:
the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from protocolmaker import __version__
from protocolmaker.resources import template_files

if TYPE_CHECKING:
    from protocolmaker.checks.engine import Finding
    from protocolmaker.config.loader import LoadedConfig

MANIFEST = "manifest.json"
MANIFEST_VERSION = 1
SET = "set"
JOINING = "toetreding"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


@cache
def tool() -> dict[str, Any]:
    """protocolmaker's version and that of every library it runs on (they shape the bytes)."""
    deps: dict[str, str] = {}
    try:
        requirements = metadata.requires("protocolmaker") or []
    except metadata.PackageNotFoundError:
        requirements = []
    for req in requirements:
        if "extra ==" in req:
            continue
        m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req)
        if not m:
            continue
        try:
            deps[m.group(0).lower()] = metadata.version(m.group(0))
        except metadata.PackageNotFoundError:
            deps[m.group(0).lower()] = "ontbreekt"
    return {"naam": "protocolmaker", "versie": __version__,
            "afhankelijkheden": dict(sorted(deps.items()))}


@cache
def _template_entries() -> tuple[tuple[str, str, int], ...]:
    return tuple((name, file_sha256(path), path.stat().st_size)
                 for name, path in template_files())


def inputs(loaded: LoadedConfig) -> list[dict[str, Any]]:
    """Every input of a build: the config, each base it extends, the templates, and the house
    style and logo the config names (read through the same confined reader as the renderer)."""
    from protocolmaker.config.inputs import resolve_input

    entries = [{"rol": s.role, "naam": s.name, "sha256": s.sha256, "bytes": s.size,
                "inhoud": _text(s.path, s.sha256)} for s in loaded.sources]
    entries += [{"rol": "sjabloon", "naam": name, "sha256": digest, "bytes": size}
                for name, digest, size in _template_entries()]
    zvh = loaded.config.zvh
    for role, field, value, suffixes in (("huisstijl", "huisstijl", zvh.house_style, (".docx",)),
                                         ("logo", "logo", zvh.logo, (".png", ".svg"))):
        if value:
            got = resolve_input(loaded, ("zvh", field), value, suffixes)
            entries.append({"rol": role, "naam": value, "sha256": sha256(got.data),
                            "bytes": len(got.data)})
    return entries


def _text(path: Path, digest: str) -> str | None:
    """The text of a config or base file, kept in the manifest so that `protocolmaker diff`
    can compare two build folders by their configs; None when the file changed since it was
    read (then the manifest does not claim a content it cannot vouch for)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if sha256(data) != digest:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class Output:
    name: str
    data: bytes
    kind: str = SET


def _finding(f: Finding, names: dict[str, str]) -> dict[str, Any]:
    entry = f.as_dict()
    if entry.get("bestand"):
        entry["bestand"] = names.get(str(entry["bestand"]), Path(str(entry["bestand"])).name)
    return entry


def make(loaded: LoadedConfig, options: dict[str, Any] | None, outputs: list[Output],
         findings: Sequence[Finding | dict[str, Any]],
         input_entries: list[dict[str, Any]] | None = None) -> bytes:
    """The manifest's bytes. `options` is None for a folder that holds no full set; findings
    already in manifest form (from an earlier manifest) are kept as they are."""
    cfg = loaded.config
    names = {s.shown: s.name for s in loaded.sources}
    doc = {
        "manifest_versie": MANIFEST_VERSION,
        "gereedschap": tool(),
        "regio": {"id": cfg.zvh.id, "naam": cfg.zvh.name, "versie": cfg.document.version,
                  "status": cfg.document.status},
        "builddatum": cfg.document.date.isoformat(),
        "opties": options,
        "invoer": input_entries if input_entries is not None else inputs(loaded),
        "uitvoer": [{"naam": o.name, "soort": o.kind, "sha256": sha256(o.data),
                     "bytes": len(o.data)} for o in sorted(outputs, key=lambda o: o.name)],
        "bevindingen": [f if isinstance(f, dict) else _finding(f, names) for f in findings],
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode()


def read(folder: Path) -> dict[str, Any] | None:
    """The manifest of a region folder, or None when there is none or it cannot be used."""
    path = folder / MANIFEST
    try:
        if not path.is_file() or path.stat().st_size > 5_000_000:
            return None
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("manifest_versie") != MANIFEST_VERSION:
        return None
    if not isinstance(doc.get("uitvoer"), list) or not isinstance(doc.get("invoer"), list):
        return None
    return doc


def output_problems(folder: Path, doc: dict[str, Any]) -> list[str]:
    """What in `folder` differs from its manifest: missing, changed or extra files."""
    problems = []
    listed = set()
    for entry in doc["uitvoer"]:
        name = str(entry.get("naam", ""))
        listed.add(name)
        path = folder / name
        if "/" in name or "\\" in name or name in ("", ".", "..") or not path.is_file():
            problems.append(f"{name}: ontbreekt")
        elif file_sha256(path) != entry.get("sha256"):
            problems.append(f"{name}: gewijzigd na de build (sha256 wijkt af)")
    for path in sorted(folder.iterdir()):
        if path.name != MANIFEST and path.name not in listed:
            problems.append(f"{path.name}: staat niet in het manifest")
    return problems


def same_build(doc: dict[str, Any], input_entries: list[dict[str, Any]],
               options: dict[str, Any] | None) -> bool:
    """Whether `doc` was made by this tool, with these libraries, from exactly these inputs
    (and, when `options` is given, with these options)."""
    return (doc.get("gereedschap") == tool() and doc.get("invoer") == input_entries
            and (options is None or doc.get("opties") == options))


def outputs_of(folder: Path, doc: dict[str, Any], kind: str) -> list[Output]:
    """The files of one kind a manifest lists, read back and checked against their hash."""
    found = []
    for entry in doc["uitvoer"]:
        if entry.get("soort") != kind:
            continue
        data = (folder / str(entry["naam"])).read_bytes()
        if sha256(data) == entry.get("sha256"):
            found.append(Output(str(entry["naam"]), data, kind))
    return found


def input_differences(recorded: list[dict[str, Any]], current: list[dict[str, Any]]
                      ) -> list[str]:
    """Which inputs differ between two manifests' `invoer` lists, by (rol, naam)."""
    def keyed(entries: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
        return {(str(e.get("rol")), str(e.get("naam"))): str(e.get("sha256")) for e in entries}

    before, now = keyed(recorded), keyed(current)
    out = []
    for key in sorted(before.keys() | now.keys()):
        role, name = key
        if key not in now:
            out.append(f"{role} {name}: staat in het manifest, maar hoort nu niet bij de invoer")
        elif key not in before:
            out.append(f"{role} {name}: hoort nu bij de invoer, maar staat niet in het manifest")
        elif before[key] != now[key]:
            out.append(f"{role} {name}: gewijzigd sinds de build (sha256 wijkt af)")
    return out
