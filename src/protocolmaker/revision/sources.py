"""Where the two versions of a comparison come from: a config file, a config at a git revision,
or an earlier build folder (through the config text its manifest keeps).

Each is loaded exactly as `build` loads a config (the same confined reader, bases and
validation) and named in messages the way the user named it: `configs/fryslan.yaml`,
`configs/fryslan.yaml@v1.0`, `out/fryslan (build)`.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from protocolmaker import manifest
from protocolmaker.config.loader import (
    BUILTIN_OVERRIDE,
    load_chain,
    shown_name,
    validate,
)
from protocolmaker.config.yamlio import SourceMap
from protocolmaker.errors import BuildError, ConfigError, Problem
from protocolmaker.revision.compare import Version

GIT_TIMEOUT = 60
MAX_ARCHIVE = 50_000_000


def _relabel(smap: SourceMap, prefix: str, label: str) -> SourceMap:
    """Locations in files below a temporary folder, named as the user knows them."""
    out = SourceMap()
    for path, loc in smap.where.items():
        name = loc.file
        if name.startswith(prefix):
            name = label + name[len(prefix):]
        out.where[path] = replace(loc, file=name)
    return out


def _relabel_error(exc: ConfigError, prefix: str, label: str) -> ConfigError:
    problems = []
    for p in exc.problems:
        loc = p.location
        if loc.file.startswith(prefix):
            loc = replace(loc, file=label + loc.file[len(prefix):])
        problems.append(Problem(loc, p.message, p.hint))
    return ConfigError(problems)


def load_version(path: Path, *, shown: str | None = None, tmp_prefix: str | None = None,
                 label: str | None = None) -> Version:
    """A config file as one side of a comparison."""
    try:
        data, smap, sources = load_chain(path)
        if tmp_prefix is not None and label is not None:
            smap = _relabel(smap, tmp_prefix, label)
        name = shown or shown_name(path)
        loaded = validate(data, smap, path, name, sources)
    except ConfigError as exc:
        if tmp_prefix is not None and label is not None:
            raise _relabel_error(exc, tmp_prefix, label) from None
        raise
    return Version(loaded, data, smap, name)


# --- git revisions ------------------------------------------------------------------------------

def _git(args: list[str], cwd: Path) -> bytes:
    if shutil.which("git") is None:
        raise BuildError("git is niet geïnstalleerd; --rev vergelijkt versies uit een "
                         "git-repository.")
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True,
                              timeout=GIT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise BuildError(f"git {' '.join(args[:2])} duurde te lang.") from None
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise BuildError(f"git kon {' '.join(args)} niet uitvoeren"
                         + (f": {reason[-1]}" if reason else "") + ".")
    return proc.stdout


@contextmanager
def at_revision(config: Path, rev: str) -> Iterator[Version]:
    """The config as it was at git revision `rev` (with the bases beside it at that revision)."""
    if rev.startswith("-") or not rev.strip():
        raise BuildError(f"‘{rev}’ is geen git-revisie (bijv. v1.0, HEAD of een commit).")
    folder = config.resolve().parent
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).decode().strip())
    rel = config.resolve().relative_to(top)
    commit = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], top).decode().strip()
    archive = _git(["archive", "--format=tar", commit, "--", rel.parent.as_posix() or "."], top)
    if len(archive) > MAX_ARCHIVE:
        raise BuildError(f"de map van {config} is bij {rev} te groot om te vergelijken.")
    with tempfile.TemporaryDirectory(prefix="pm-rev-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and _plain_name(m.name) and
                       m.name.lower().endswith((".yaml", ".yml", ".docx", ".png", ".svg"))]
            for m in members:  # regular files under relative, plain names only
                target = Path(tmp) / m.name
                target.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(m)
                if source is not None:
                    target.write_bytes(source.read())
        path = Path(tmp) / rel
        if not path.is_file():
            raise BuildError(f"{rel} bestaat niet in revisie {rev}.")
        prefix = shown_name(Path(tmp) / rel.parent)
        label = f"{shown_name(config.parent)}@{rev}"
        yield load_version(path, shown=f"{shown_name(config)}@{rev}",
                           tmp_prefix=prefix, label=label)


def _plain_name(name: str) -> bool:
    parts = name.split("/")
    return not name.startswith("/") and all(p not in ("", ".", "..") for p in parts)


# --- build folders ------------------------------------------------------------------------------

@contextmanager
def from_build(folder: Path) -> Iterator[Version]:
    """The config an earlier build was made from, rebuilt from the text in its manifest."""
    doc = manifest.read(folder)
    if doc is None:
        raise BuildError(f"{folder} heeft geen bruikbaar {manifest.MANIFEST}; bouw de set "
                         "opnieuw met deze versie van protocolmaker.")
    entries = [e for e in doc["invoer"] if e.get("rol") in ("configuratie", "basis")]
    if not entries or entries[0].get("rol") != "configuratie" or \
            any(not isinstance(e.get("inhoud"), str) for e in entries):
        raise BuildError(f"het manifest van {folder} bewaart de tekst van de configuratie niet "
                         "(gebouwd met een oudere versie van protocolmaker); vergelijk de "
                         "configuratiebestanden zelf, of bouw de set opnieuw.")
    with tempfile.TemporaryDirectory(prefix="pm-build-") as tmp:
        root = Path(tmp)
        builtin = {}
        config_path = root / _safe(str(entries[0]["naam"]))
        for e in entries:
            name = str(e["naam"])
            if e["rol"] == "basis" and not name.lower().endswith((".yaml", ".yml")):
                target = root / "ingebouwd" / f"{_safe(name)}.yaml"
                builtin[name] = target
            else:
                target = root / _safe(name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(str(e["inhoud"]), encoding="utf-8")
        token = BUILTIN_OVERRIDE.set(builtin or None)
        try:
            yield load_version(config_path, shown=f"{shown_name(folder)} (build)",
                               tmp_prefix=shown_name(root), label=f"{shown_name(folder)}")
        finally:
            BUILTIN_OVERRIDE.reset(token)


def _safe(name: str) -> str:
    """A file name from a manifest as a plain name inside the temporary folder."""
    parts = [p for p in Path(name).parts if p not in ("", ".", "..", "/", "\\")]
    return "/".join(parts) or "config.yaml"


def is_build_folder(path: Path) -> bool:
    return path.is_dir() and (path / manifest.MANIFEST).is_file()



@contextmanager
def versions(old: Path, new: Path | None, revs: list[str]) -> Iterator[tuple[Version, Version]]:
    """The two sides the user named: two configs, two build folders, or one config at one or
    two git revisions (one revision: that revision against the file as it is now)."""
    if revs:
        if new is not None:
            raise BuildError("met --rev noemt u één configuratie: protocolmaker diff CONFIG "
                             "--rev v1.0 --rev HEAD.")
        if len(revs) > 2:
            raise BuildError("geef --rev hoogstens twee keer: de oude en de nieuwe revisie.")
        _must_be_file(old)
        with at_revision(old, revs[0]) as before:
            if len(revs) == 2:
                with at_revision(old, revs[1]) as after:
                    yield before, after
            else:
                yield before, load_version(old)
        return
    if new is None:
        raise BuildError("noem twee versies: protocolmaker diff OUD NIEUW (twee configuraties "
                         "of twee bouwmappen), of één configuratie met --rev.")
    with _one(old) as before, _one(new) as after:
        yield before, after


@contextmanager
def _one(path: Path) -> Iterator[Version]:
    if is_build_folder(path):
        with from_build(path) as version:
            yield version
        return
    if path.is_dir():
        raise BuildError(f"{path} is een map zonder {manifest.MANIFEST}: noem een "
                         "configuratiebestand of een regiomap die ‘build’ heeft gemaakt.")
    _must_be_file(path)
    yield load_version(path)


def _must_be_file(path: Path) -> None:
    if not path.exists():
        raise BuildError(f"{path} bestaat niet.")
