"""What changed between two region configs, field by field, with where each field stands.

Both configs are compared as their merged data (every base of `extends:` merged in), so a change
in a shared base file is found too and located in that file. Lists of entries that carry an `id`
(partijen, personen, werkprocessen, mandaten …) are matched by id, not by position: adding one
party is one change, not a shift of every later one. A path names such an entry by its id
(`partijen[ggd-fryslan].naam`); `Selector` paths can be resolved in either version of the data.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Literal

from protocolmaker.config.yamlio import PathKey, SourceMap
from protocolmaker.errors import Location


@dataclass(frozen=True)
class ById:
    """An entry of a list, named by its `id`."""

    id: str


Step = str | int | ById
Selector = tuple[Step, ...]
ChangeKind = Literal["toegevoegd", "verwijderd", "gewijzigd", "volgorde"]


@dataclass(frozen=True)
class ConfigChange:
    kind: ChangeKind
    selector: Selector
    old: Any
    new: Any
    old_at: Location | None
    new_at: Location | None
    after: str | None = None
    """For an entry added to a list with ids: the id of the entry before it in the new list."""

    @property
    def field(self) -> str:
        return show_selector(self.selector)


def show_selector(selector: Selector) -> str:
    out = ""
    for step in selector:
        if isinstance(step, ById):
            out += f"[{step.id}]"
        elif isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def _by_id(items: list[Any]) -> dict[str, int] | None:
    """id → index when every entry is a mapping with a distinct string id, else None."""
    if not items or not all(isinstance(x, dict) and isinstance(x.get("id"), str) for x in items):
        return None
    ids = {x["id"]: i for i, x in enumerate(items)}
    return ids if len(ids) == len(items) else None


def resolve(data: Any, selector: Selector) -> PathKey | None:
    """The positional path of `selector` in `data`, or None when it is not there."""
    path: list[str | int] = []
    here = data
    for step in selector:
        if isinstance(step, ById):
            ids = _by_id(here) if isinstance(here, list) else None
            if not ids or step.id not in ids:
                return None
            path.append(ids[step.id])
            here = here[ids[step.id]]
        elif isinstance(step, int):
            if not isinstance(here, list) or step >= len(here):
                return None
            path.append(step)
            here = here[step]
        else:
            if not isinstance(here, dict) or step not in here:
                return None
            path.append(step)
            here = here[step]
    return tuple(path)


def diff_configs(old: dict[str, Any], old_map: SourceMap, new: dict[str, Any],
                 new_map: SourceMap) -> list[ConfigChange]:
    """Every change from `old` to `new`, in the order of the new config's fields."""
    changes: list[ConfigChange] = []

    def at(smap: SourceMap, data: Any, selector: Selector) -> Location | None:
        path = resolve(data, selector)
        return smap.locate(path) if path is not None else None

    def add(kind: ChangeKind, selector: Selector, a: Any, b: Any,
            after: str | None = None) -> None:
        changes.append(ConfigChange(kind, selector, a, b,
                                    at(old_map, old, selector) if kind != "toegevoegd" else
                                    _parent_at(old_map, old, selector),
                                    at(new_map, new, selector) if kind != "verwijderd" else
                                    _parent_at(new_map, new, selector), after))

    def walk(a: Any, b: Any, selector: Selector) -> None:
        if isinstance(a, dict) and isinstance(b, dict):
            for key in [*b, *(k for k in a if k not in b)]:
                child = (*selector, key)
                if key not in a:
                    add("toegevoegd", child, None, b[key])
                elif key not in b:
                    add("verwijderd", child, a[key], None)
                else:
                    walk(a[key], b[key], child)
            return
        if isinstance(a, list) and isinstance(b, list):
            ids_a, ids_b = _by_id(a), _by_id(b)
            if ids_a is not None and ids_b is not None:
                for ident, j in ids_b.items():
                    child = (*selector, ById(ident))
                    if ident in ids_a:
                        walk(a[ids_a[ident]], b[j], child)
                    else:
                        add("toegevoegd", child, None, b[j], b[j - 1]["id"] if j else None)
                for ident, i in ids_a.items():
                    if ident not in ids_b:
                        add("verwijderd", (*selector, ById(ident)), a[i], None)
                common_a = [k for k in ids_a if k in ids_b]
                common_b = [k for k in ids_b if k in ids_a]
                if common_a != common_b:
                    add("volgorde", selector, common_a, common_b)
                return
        if a != b or type(a) is not type(b):
            add("gewijzigd", selector, a, b)

    walk(old, new, ())
    return changes


def _parent_at(smap: SourceMap, data: Any, selector: Selector) -> Location | None:
    """Where a value that is absent in this version would go: its nearest present parent."""
    for n in range(len(selector) - 1, -1, -1):
        path = resolve(data, selector[:n])
        if path is not None:
            loc = smap.locate(path)
            if loc is not None:
                return Location(loc.file, loc.line, loc.column, show_selector(selector))
    return None


def apply_change(data: dict[str, Any], change: ConfigChange) -> dict[str, Any]:
    """A copy of `data` (a version without `change`) with this one change made."""
    out = copy.deepcopy(data)
    _set(out, change.selector, change.kind, change.new, change.after)
    return out


def revert_change(data: dict[str, Any], change: ConfigChange) -> dict[str, Any]:
    """A copy of `data` (a version with `change`) with this one change undone."""
    out = copy.deepcopy(data)
    inverse: dict[ChangeKind, ChangeKind] = {"toegevoegd": "verwijderd",
                                             "verwijderd": "toegevoegd"}
    _set(out, change.selector, inverse.get(change.kind, change.kind), change.old)
    return out


def _set(data: dict[str, Any], selector: Selector, kind: ChangeKind, value: Any,
         after: str | None = None) -> None:
    parent_path = resolve(data, selector[:-1])
    if parent_path is None:
        raise KeyError(show_selector(selector))
    parent: Any = data
    for step in parent_path:
        parent = parent[step]
    last = selector[-1]
    if kind == "volgorde":  # `value` is the wanted order of ids
        target = parent[last] if not isinstance(last, ById) else None
        ids = _by_id(target) if isinstance(target, list) else None
        if ids is None:
            raise KeyError(show_selector(selector))
        ordered = [target[ids[k]] for k in value if k in ids]
        rest = [x for x in target if x["id"] not in value]
        target[:] = ordered + rest
        return
    if isinstance(last, ById):
        ids = _by_id(parent) if isinstance(parent, list) else None
        if kind == "verwijderd":
            if not ids or last.id not in ids:
                raise KeyError(show_selector(selector))
            del parent[ids[last.id]]
        elif kind == "toegevoegd":  # where it stands in the version that has it
            at = len(parent)
            if ids is not None and after is not None and after in ids:
                at = ids[after] + 1
            elif after is None:
                at = 0
            parent.insert(at, copy.deepcopy(value))
        else:
            if not ids or last.id not in ids:
                raise KeyError(show_selector(selector))
            parent[ids[last.id]] = copy.deepcopy(value)
        return
    if kind == "verwijderd":
        del parent[last]
    else:
        parent[last] = copy.deepcopy(value)
