"""Load a region config: read safely, merge `extends` bases, validate, check references.

`extends:` names either a base that ships with protocolmaker (`extends: landelijk`, the national
defaults) or a `.yaml` file of the region's own, relative to the config and inside its folder.
Nothing else is ever opened: no absolute path, no `..`, no link leading elsewhere, no device or
pipe; the chain is at most `MAX_EXTENDS_DEPTH` deep and may not loop.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from protocolmaker.config.inputs import MAX_NAME_BYTES, confined_file
from protocolmaker.config.integrity import check_integrity
from protocolmaker.config.messages import translate
from protocolmaker.config.models import RegionConfig
from protocolmaker.config.yamlio import MAX_BYTES, PathKey, SourceMap, parse_file
from protocolmaker.errors import ConfigError, Location, Problem
from protocolmaker.resources import named_bases

MAX_EXTENDS_DEPTH = 5
BASE_SUFFIXES = (".yaml", ".yml")
BUILTIN_PREFIX = "ingebouwd/"
"""How messages name a packaged base: `ingebouwd/landelijk.yaml:12:3`."""

BUILTIN_OVERRIDE: ContextVar[dict[str, Path] | None] = ContextVar("builtin_bases", default=None)
"""Built-in bases to use instead of the packaged ones: a comparison with an earlier build loads
that build's own copy of `landelijk` (from its manifest)."""

FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2107, 12, 31)
"""Word and Excel files are ZIP archives, whose timestamps end in 2107; Excel starts in 1900."""


@dataclass(frozen=True)
class Source:
    """One file a config is made of: the config itself or a base it extends."""

    role: str  # "configuratie" or "basis"
    name: str  # the config's file name, or the base as written after `extends:`
    path: Path
    shown: str
    sha256: str
    size: int


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config plus where each of its values came from."""

    config: RegionConfig
    source: SourceMap
    path: Path
    shown: str
    sources: tuple[Source, ...] = ()

    def locate(self, *path: str | int) -> Location:
        return self.source.locate(path) or Location(self.shown)


def shown_name(path: Path) -> str:
    """How a file is named in messages: relative to the working directory when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load_raw(path: Path) -> tuple[dict[str, Any], SourceMap]:
    """The file's data with all `extends` bases merged in (region values win)."""
    data, smap, _ = load_chain(path)
    return data, smap


def load_chain(path: Path) -> tuple[dict[str, Any], SourceMap, tuple[Source, ...]]:
    """Merged data, where each value came from, and every file of the chain (config first)."""
    return _load(path, shown_name(path), "configuratie", path.name, ())


def _load(path: Path, shown: str, role: str, name: str, chain: tuple[Path, ...]
          ) -> tuple[dict[str, Any], SourceMap, tuple[Source, ...]]:
    parsed = parse_file(path, shown)
    data, smap = dict(parsed.data), parsed.source
    real = path.resolve()
    sources = (Source(role, name, real, shown, parsed.sha256, parsed.size),)
    if role == "basis":
        _check_is_base(data, smap, shown)
    if "extends" not in data:
        return data, smap, sources
    ref = data.pop("extends")
    loc = smap.locate(("extends",)) or Location(shown)
    base_path, base_shown = _resolve_base(ref, real.parent, loc)
    if base_path in chain or base_path == real:
        raise ConfigError([Problem(loc, f"‘extends: {ref}’ verwijst in een kringetje terug "
                                        "naar een bestand dat al geladen wordt.")])
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise ConfigError([Problem(loc, f"te veel lagen ‘extends’ (meer dan "
                                        f"{MAX_EXTENDS_DEPTH}).",
                                   "Laat de regio voortbouwen op één basisbestand, dat zelf op "
                                   "‘landelijk’ voortbouwt.")])
    base, base_map, base_sources = _load(base_path, base_shown, "basis", ref, (*chain, real))
    merged_map = SourceMap()
    merged = _merge(base, base_map, data, smap, (), merged_map)
    return merged, merged_map, sources + base_sources


def _resolve_base(ref: Any, folder: Path, loc: Location) -> tuple[Path, str]:
    """The file `extends: ref` names, checked before anything of it is read."""
    builtin = BUILTIN_OVERRIDE.get() or named_bases()
    names = ", ".join(builtin)
    if not isinstance(ref, str) or not ref.strip():
        raise ConfigError([Problem(loc, "‘extends’ moet de naam van een basis zijn.",
                                   f"Bijvoorbeeld: extends: landelijk (ingebouwd: {names}), of "
                                   "de naam van een eigen .yaml-bestand naast dit bestand.")])
    if len(ref.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise ConfigError([Problem(loc, f"de naam na ‘extends’ is te lang (meer dan "
                                        f"{MAX_NAME_BYTES} bytes).")])
    if ref in builtin:
        return builtin[ref].resolve(), f"{BUILTIN_PREFIX}{builtin[ref].name}"
    if not ref.lower().endswith(BASE_SUFFIXES):
        close = difflib.get_close_matches(ref, list(builtin), n=1, cutoff=0.6)
        raise ConfigError([Problem(
            loc, f"‘{ref}’ is geen ingebouwde basis en geen .yaml-bestand.",
            (f"Bedoelde u ‘{close[0]}’? " if close else "")
            + f"Ingebouwd: {names}; of noem een eigen .yaml-bestand naast dit bestand.")])
    real = confined_file(folder, ref, loc, BASE_SUFFIXES, MAX_BYTES, "_basis.yaml")
    return real, shown_name(real)


def _check_is_base(data: dict[str, Any], smap: SourceMap, shown: str) -> None:
    """A base shares keys with a region config; a file that shares none is not read further,
    and its own content is never repeated in a message."""
    known = {fi.alias for fi in RegionConfig.model_fields.values()}
    if not known & set(data):
        raise ConfigError([Problem(Location(shown, 1, 1),
                                   "dit bestand is geen basisbestand voor protocolmaker: geen "
                                   "van zijn sleutels hoort bij een regioconfiguratie.",
                                   "Een basisbestand bevat sleutels als ‘bewaartermijnen:’, "
                                   "‘termijnen:’ of ‘privacy:’.")])


def _merge(base: Any, bmap: SourceMap, over: Any, omap: SourceMap, path: PathKey,
           out: SourceMap) -> Any:
    """Deep-merge mappings; anything else in `over` replaces `base` whole (lists included)."""
    if isinstance(base, dict) and isinstance(over, dict):
        if path in omap.where or path in bmap.where:
            out.where[path] = omap.where.get(path) or bmap.where[path]
        result: dict[str, Any] = {}
        for key in {**base, **over}:
            child = (*path, key)
            if key in over and key in base:
                result[key] = _merge(base[key], bmap, over[key], omap, child, out)
            elif key in over:
                result[key] = over[key]
                _copy_locations(omap, child, out)
            else:
                result[key] = base[key]
                _copy_locations(bmap, child, out)
        return result
    _copy_locations(omap, path, out)
    return over


def _copy_locations(src: SourceMap, prefix: PathKey, out: SourceMap) -> None:
    n = len(prefix)
    for key, loc in src.where.items():
        if key[:n] == prefix:
            out.where[key] = loc


def load_config(path: Path) -> LoadedConfig:
    """Load, merge and validate one region config. Raises ConfigError with located problems."""
    shown = shown_name(path)
    data, smap, sources = load_chain(path)
    return validate(data, smap, path, shown, sources)


def validate(data: dict[str, Any], smap: SourceMap, path: Path, shown: str,
             sources: tuple[Source, ...] = ()) -> LoadedConfig:
    """Validate merged config data (as `load_chain` gives it) into a LoadedConfig."""
    try:
        config = RegionConfig.model_validate(data)
    except ValidationError as exc:
        problems = [translate(err, smap, shown) for err in exc.errors()]
        raise ConfigError(_dedupe(problems)) from None
    loaded = LoadedConfig(config, smap, path, shown, sources)
    problems = _unrepresentable(loaded) + check_integrity(loaded)
    if problems:
        raise ConfigError(problems)
    return loaded


def _leaves(value: Any, path: PathKey) -> Iterator[tuple[PathKey, Any]]:
    """Every value of a validated config with its YAML path (aliases, list indices)."""
    if isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            yield from _leaves(getattr(value, name), (*path, info.alias or name))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    else:
        yield path, value


def _unrepresentable(loaded: LoadedConfig) -> list[Problem]:
    """Valid values that no document can hold: dates outside what Word and Excel store."""
    return [Problem(loaded.locate(*path),
                    f"de datum {value.isoformat()} valt buiten wat Word- en Excel-bestanden "
                    f"kunnen bevatten ({FIRST_DATE.year} tot en met {LAST_DATE.year}).",
                    "Controleer het jaartal.")
            for path, value in _leaves(loaded.config, ())
            if isinstance(value, dt.date) and not FIRST_DATE <= value <= LAST_DATE]


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.location.path, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return sorted(out, key=lambda p: (p.location.file, p.location.line or 0))
