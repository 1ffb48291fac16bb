"""Load a region config: read safely, merge `extends` bases, validate, check references."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from protocolmaker.config.integrity import check_integrity
from protocolmaker.config.messages import translate
from protocolmaker.config.models import RegionConfig
from protocolmaker.config.yamlio import PathKey, SourceMap, load_yaml
from protocolmaker.errors import ConfigError, Location, Problem

MAX_EXTENDS_DEPTH = 5


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config plus where each of its values came from."""

    config: RegionConfig
    source: SourceMap
    path: Path
    shown: str

    def locate(self, *path: str | int) -> Location:
        return self.source.locate(path) or Location(self.shown)


def shown_name(path: Path) -> str:
    """How a file is named in messages: relative to the working directory when possible."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load_raw(path: Path, chain: tuple[Path, ...] = ()) -> tuple[dict[str, Any], SourceMap]:
    """The file's data with all `extends` bases merged in (region values win)."""
    shown = shown_name(path)
    data, smap = load_yaml(path, shown)
    base_ref = data.pop("extends", None)
    if base_ref is None:
        return data, smap
    loc = smap.locate(("extends",)) or Location(shown)
    if not isinstance(base_ref, str) or not base_ref.strip():
        raise ConfigError([Problem(loc, "‘extends’ moet de naam van een basisbestand zijn.",
                                   "Bijvoorbeeld: extends: _basis.yaml")])
    base_path = (path.parent / base_ref).resolve()
    if base_path in chain or base_path == path.resolve():
        raise ConfigError([Problem(loc, f"‘extends: {base_ref}’ verwijst in een kringetje "
                                        "terug naar een bestand dat al geladen wordt.")])
    if len(chain) >= MAX_EXTENDS_DEPTH:
        raise ConfigError([Problem(loc, f"te veel lagen ‘extends’ (meer dan "
                                        f"{MAX_EXTENDS_DEPTH}).")])
    if not base_path.exists():
        raise ConfigError([Problem(loc, f"basisbestand ‘{base_ref}’ niet gevonden "
                                        f"(gezocht als {shown_name(base_path)}).",
                                   "De naam is relatief aan de map van dit bestand.")])
    base, base_map = load_raw(base_path, (*chain, path.resolve()))
    merged_map = SourceMap()
    merged = _merge(base, base_map, data, smap, (), merged_map)
    return merged, merged_map


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
    data, smap = load_raw(path)
    try:
        config = RegionConfig.model_validate(data)
    except ValidationError as exc:
        problems = [translate(err, smap, shown) for err in exc.errors()]
        raise ConfigError(_dedupe(problems)) from None
    loaded = LoadedConfig(config, smap, path, shown)
    problems = check_integrity(loaded)
    if problems:
        raise ConfigError(problems)
    return loaded


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.location.path, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return sorted(out, key=lambda p: (p.location.file, p.location.line or 0))
