"""Read one YAML file safely and remember where every value came from.

Safe means: UTF-8 text only, no NUL bytes, no tags (so no Python objects), no anchors or
aliases (so no alias bombs), no duplicate keys. Every value's position is kept in a
`SourceMap` keyed by its path, so later errors can name file, line and column.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

from protocolmaker.errors import ConfigError, Location, Problem

MAX_BYTES = 2_000_000
_STANDARD_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
                  "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}

PathKey = tuple[str | int, ...]


@dataclass
class SourceMap:
    """Where each value of a (merged) config came from: path → Location."""

    where: dict[PathKey, Location] = field(default_factory=dict)

    def locate(self, path: PathKey) -> Location | None:
        """The location of `path`, or of its nearest located ancestor."""
        for n in range(len(path), -1, -1):
            loc = self.where.get(tuple(path[:n]))
            if loc is not None:
                return Location(loc.file, loc.line, loc.column, format_path(path))
        return None


def format_path(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(file: str, message: str, line: int | None = None, column: int | None = None,
             hint: str = "") -> ConfigError:
    return ConfigError([Problem(Location(file, line, column), message, hint)])


def read_text(path: Path, shown: str) -> str:
    """The file's text, or a ConfigError saying in Dutch why it cannot be read."""
    try:
        if path.is_dir():
            raise _problem(shown, "dit is een map, geen configuratiebestand.",
                           hint="Geef een .yaml-bestand op, of gebruik een map bij ‘build’.")
        data = path.read_bytes()
    except FileNotFoundError:
        raise _problem(shown, "bestand niet gevonden.",
                       hint="Controleer de naam en de map; ‘protocolmaker init’ maakt een "
                            "startbestand.") from None
    except PermissionError:
        raise _problem(shown, "geen leesrechten voor dit bestand.") from None
    except OSError as exc:
        raise _problem(shown, f"bestand kan niet worden gelezen ({exc.strerror}).") from None
    if len(data) > MAX_BYTES:
        raise _problem(shown, f"bestand is te groot ({len(data)} bytes; maximaal {MAX_BYTES}).")
    if b"\x00" in data:
        raise _problem(shown, "dit is een binair bestand, geen YAML-tekst.",
                       hint="Een configuratie is platte tekst in UTF-8.")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _problem(shown, "het bestand is niet in UTF-8 gecodeerd.", line,
                       hint="Sla het bestand op als UTF-8 (in de meeste editors: "
                            "‘Opslaan als’ → codering UTF-8).") from None
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        raise _problem(shown, "het bestand is leeg.",
                       hint="‘protocolmaker init’ schrijft een startconfiguratie met uitleg.")
    return text


def _scan_events(yaml: YAML, text: str, shown: str) -> None:
    """Reject tags, anchors and aliases before anything is constructed."""
    for event in yaml.parse(io.StringIO(text)):
        mark = event.start_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if isinstance(event, AliasEvent):
            raise _problem(shown, f"verwijzing ‘*{event.anchor}’ (YAML-alias) is niet toegestaan.",
                           line, col, "Schrijf de waarde uit, of zet gedeelde waarden in een "
                                      "basisbestand en gebruik ‘extends’.")
        if isinstance(event, ScalarEvent | CollectionStartEvent):
            if event.anchor:
                raise _problem(shown, f"anker ‘&{event.anchor}’ is niet toegestaan.", line, col,
                               "Gedeelde waarden horen in een basisbestand (‘extends’).")
            if event.tag not in _STANDARD_TAGS:
                raise _problem(shown, f"YAML-tag ‘{event.tag}’ is niet toegestaan.", line, col,
                               "Een configuratie bevat alleen gewone waarden: tekst, getallen, "
                               "datums, lijsten en sleutels.")


def load_yaml(path: Path, shown: str) -> tuple[Any, SourceMap]:
    """Parse one file into plain dicts/lists and a SourceMap. Raises ConfigError."""
    text = read_text(path, shown)
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        _scan_events(yaml, text, shown)
        doc = yaml.load(io.StringIO(text))
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        key = str(exc.problem).split('"')[1] if '"' in str(exc.problem) else ""
        raise _problem(shown, f"sleutel ‘{key}’ komt twee keer voor.",
                       mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                       "Elke sleutel mag per niveau maar één keer voorkomen; voeg de "
                       "twee waarden samen.") from None
    except MarkedYAMLError as exc:
        if "quoted scalar" in (exc.context or "") and exc.context_mark:
            mark = exc.context_mark
            message = "aanhalingsteken wordt niet afgesloten"
            hint = ("Begint een waarde met een apostrof, zoals 's-Hertogenbosch, zet haar dan "
                    "tussen dubbele aanhalingstekens: \"'s-Hertogenbosch\".")
        else:
            mark = exc.problem_mark or exc.context_mark
            message = _dutch_yaml_problem(exc.problem or "")
            hint = ("Controleer inspringing (spaties, geen tabs), dubbele punten en "
                    "aanhalingstekens op of vlak vóór deze regel.")
        raise _problem(shown, f"geen geldige YAML: {message}",
                       mark.line + 1 if mark else None, mark.column + 1 if mark else None,
                       hint) from None
    except YAMLError as exc:
        raise _problem(shown, f"geen geldige YAML ({exc}).") from None
    if not isinstance(doc, CommentedMap):
        raise _problem(shown, "het bestand moet uit sleutels met waarden bestaan "
                              "(zoals ‘zvh:’, ‘partijen:’), niet uit een losse lijst of waarde.", 1)
    smap = SourceMap()
    smap.where[()] = Location(shown, 1, 1)
    return _plain(doc, (), shown, smap), smap


_YAML_PROBLEMS = {
    "mapping values are not allowed here": "hier mag geen ‘sleutel: waarde’ staan",
    "could not find expected ':'": "dubbele punt na de sleutel ontbreekt",
    "found character '\\t' that cannot start any token": "tab-teken gevonden; gebruik spaties",
    "expected <block end>, but found": "inspringing klopt niet",
    "found unexpected end of stream": "het bestand houdt onverwacht op",
    "did not find expected key": "inspringing klopt niet of een sleutel ontbreekt",
    "found unexpected ':'": "onverwachte dubbele punt",
    "expected ',' or ']'": "lijst tussen [ ] is niet afgesloten",
    "expected ',' or '}'": "{ } is niet afgesloten",
    "did not find expected node content": "waarde ontbreekt",
    "while scanning a quoted scalar": "aanhalingsteken is niet afgesloten",
    "found unexpected end of stream while scanning": "aanhalingsteken is niet afgesloten",
}


def _dutch_yaml_problem(problem: str) -> str:
    for en, nl in _YAML_PROBLEMS.items():
        if problem.startswith(en) or en in problem:
            return nl
    return f"de structuur klopt niet ({problem})"


def _plain(node: Any, path: PathKey, shown: str, smap: SourceMap) -> Any:
    """Convert ruamel's round-trip nodes to plain Python, recording each value's position."""
    if isinstance(node, CommentedMap):
        out: dict[str, Any] = {}
        for key, value in node.items():
            kline, kcol = node.lc.key(key)
            if not isinstance(key, str):
                raise _problem(shown, f"sleutel ‘{key}’ moet tekst zijn.", kline + 1, kcol + 1)
            child = (*path, key)
            smap.where[child] = Location(shown, kline + 1, kcol + 1)
            out[key] = _plain(value, child, shown, smap)
        return out
    if isinstance(node, CommentedSeq):
        items = []
        for i, value in enumerate(node):
            line, col = node.lc.item(i)
            child = (*path, i)
            smap.where[child] = Location(shown, line + 1, col + 1)
            items.append(_plain(value, child, shown, smap))
        return items
    # ruamel's ScalarFloat, ScalarInt, ScalarBoolean and str subclasses → plain built-ins
    for base in (bool, int, float, str):
        if isinstance(node, base):
            return base(node)
    return node
