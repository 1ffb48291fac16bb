"""Read one YAML file safely and remember where every value came from.

Safe means: a regular file of bounded size (never a device, pipe or folder), UTF-8 text without
NUL bytes; no tags (so no Python objects), no anchors, aliases or merge keys (`<<`), no
duplicate keys, bounded nesting and bounded numbers; and no text that no document can hold
(control characters, lone surrogates, non-characters such as U+FFFF). Dates stay text here:
the schema parses them, so an impossible date such as 2026-02-30 gets a located message.

The values are built straight from the parser's events, without recursion, so a hostile file
cannot exhaust the stack. Every value's position is kept in a `SourceMap` keyed by its path, so
later errors can name file, line and column.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
)
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.reader import ReaderError

from protocolmaker.errors import ConfigError, Location, Problem, describe_os_error

MAX_BYTES = 2_000_000
"""A region config is a few dozen kilobytes; anything near this is not a config."""
MAX_DEPTH = 32
"""Nesting levels of lists and blocks; a region config needs six."""
MAX_NUMBER_CHARS = 40
"""Digits of a number; Python refuses to print integers of more than 4,300 digits."""

PathKey = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_STANDARD_TAGS = {None, "!", _STR, "tag:yaml.org,2002:int", "tag:yaml.org,2002:map",
                  "tag:yaml.org,2002:seq"}


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


@dataclass(frozen=True)
class YamlFile:
    """One parsed file: its plain data, where each value stands, and the hash of its bytes."""

    data: dict[str, Any]
    source: SourceMap
    sha256: str
    size: int


def format_path(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problem(file: str, message: str, line: int | None = None, column: int | None = None,
             hint: str = "", path: str = "") -> ConfigError:
    return ConfigError([Problem(Location(file, line, column, path), message, hint)])


def read_regular(path: Path, shown: str, max_bytes: int = MAX_BYTES) -> bytes:
    """At most `max_bytes` of a regular file; a ConfigError in Dutch for anything else.

    Opened without blocking, so a named pipe is refused instead of waiting forever, and never
    read past the limit, so a device such as /dev/zero cannot fill memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if path.is_dir():
            raise _problem(shown, "dit is een map, geen configuratiebestand.",
                           hint="Geef een .yaml-bestand op, of gebruik een map bij ‘build’.")
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _problem(shown, "bestand niet gevonden.",
                       hint="Controleer de naam en de map; ‘protocolmaker init’ maakt een "
                            "startbestand.") from None
    except PermissionError:
        raise _problem(shown, "geen leesrechten voor dit bestand.") from None
    except (OSError, ValueError) as exc:
        raise _problem(shown, f"bestand kan niet worden geopend ({describe_os_error(exc)})."
                       ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _problem(shown, "dit is een map, geen configuratiebestand.")
        if not stat.S_ISREG(info.st_mode):
            raise _problem(shown, "dit is geen gewoon bestand (maar een apparaat, pijp of "
                                  "socket); het wordt niet gelezen.",
                           hint="Geef een .yaml-bestand op.")
        if info.st_size > max_bytes:
            raise _problem(shown, f"bestand is te groot ({info.st_size} bytes; maximaal "
                                  f"{max_bytes}).")
        chunks: list[bytes] = []
        size = 0
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 16, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _problem(shown, f"bestand kan niet worden gelezen ({describe_os_error(exc)})."
                       ) from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise _problem(shown, f"bestand is te groot (meer dan {max_bytes} bytes).")
    return b"".join(chunks)


def decode_text(data: bytes, shown: str) -> str:
    """The file's text, or a ConfigError saying in Dutch why it is not a YAML text."""
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


def read_text(path: Path, shown: str) -> str:
    """The file's text, or a ConfigError saying in Dutch why it cannot be read."""
    return decode_text(read_regular(path, shown), shown)


def load_yaml(path: Path, shown: str) -> tuple[Any, SourceMap]:
    """Parse one file into plain dicts/lists and a SourceMap. Raises ConfigError."""
    parsed = parse_file(path, shown)
    return parsed.data, parsed.source


def parse_file(path: Path, shown: str) -> YamlFile:
    """Read and parse one file. Raises ConfigError with a located Dutch message."""
    data = read_regular(path, shown)
    return parse_bytes(data, shown)


def parse_bytes(data: bytes, shown: str) -> YamlFile:
    text = decode_text(data, shown)
    doc, smap = _Builder(shown).build(text)
    return YamlFile(doc, smap, hashlib.sha256(data).hexdigest(), len(data))


# --- YAML errors in Dutch ----------------------------------------------------------------------

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
    "found unknown escape character": "onbekende code na een backslash (\\) tussen dubbele "
                                      "aanhalingstekens",
    "expected escape sequence of": "onvolledige code na een backslash (\\) tussen dubbele "
                                   "aanhalingstekens",
    "found character that cannot start any token": "teken dat hier niet mag staan",
    "found undefined tag handle": "onbekende YAML-tag",
    "expected alphabetic or numeric character": "onvolledige naam na ‘&’, ‘*’ of ‘!’",
    "found a tab character": "tab-teken gevonden; gebruik spaties",
    "expected a comment or a line break": "na de waarde mag op deze regel alleen commentaar "
                                          "(#) staan",
    "found duplicate anchor": "anker komt twee keer voor",
}

_FLOW_CONTEXTS = {
    "while parsing a flow sequence": ("de lijst die hier met ‘[’ begint, wordt niet afgesloten "
                                      "met ‘]’"),
    "while parsing a flow mapping": ("het blok dat hier met ‘{’ begint, wordt niet afgesloten "
                                     "met ‘}’"),
}


def _dutch_yaml_problem(problem: str) -> str:
    """The parser's problem in Dutch; never the file's own text."""
    for en, nl in _YAML_PROBLEMS.items():
        if problem.startswith(en) or en in problem:
            return nl
    return "de structuur klopt niet"


def _mark(mark: Any) -> tuple[int | None, int | None]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def _yaml_error(exc: MarkedYAMLError, shown: str) -> ConfigError:
    context = exc.context or ""
    problem_at = _mark(exc.problem_mark)
    if "quoted scalar" in context and exc.context_mark:
        line, col = _mark(exc.context_mark)
        return _problem(shown, "geen geldige YAML: aanhalingsteken wordt niet afgesloten", line,
                        col, "Begint een waarde met een apostrof, zoals 's-Hertogenbosch, zet "
                             "haar dan tussen dubbele aanhalingstekens: \"'s-Hertogenbosch\".")
    if context in _FLOW_CONTEXTS and exc.context_mark:
        line, col = _mark(exc.context_mark)
        hint = "Sluit de lijst af, of zet een waarde met ‘[’ of ‘{’ tussen aanhalingstekens."
        if problem_at[0] is not None:
            hint += f" (De lezer liep vast op regel {problem_at[0]}, kolom {problem_at[1]}.)"
        return _problem(shown, f"geen geldige YAML: {_FLOW_CONTEXTS[context]}", line, col, hint)
    line, col = problem_at if problem_at[0] is not None else _mark(exc.context_mark)
    return _problem(shown, f"geen geldige YAML: {_dutch_yaml_problem(exc.problem or '')}", line,
                    col, "Controleer inspringing (spaties, geen tabs), dubbele punten en "
                         "aanhalingstekens op of vlak vóór deze regel.")


def _reader_error(exc: ReaderError, text: str, shown: str) -> ConfigError:
    pos = exc.position if isinstance(exc.position, int) else 0
    line = text.count("\n", 0, pos) + 1
    column = pos - (text.rfind("\n", 0, pos) + 1) + 1
    char = exc.character
    code = f"U+{char:04X}" if isinstance(char, int) else "onbekend"
    return _problem(shown, f"teken {code} mag niet in een YAML-bestand staan.", line, column,
                    "Verwijder het teken; het is onzichtbaar of een stuurteken.")


# --- text no document can hold --------------------------------------------------------------

def forbidden_char(text: str) -> str | None:
    """The first character of `text` that no document (DOCX/XML, PDF) or terminal can hold.

    C0 control characters except tab, line feed and carriage return; DEL and the C1 controls
    (escape sequences for a terminal, never text); lone surrogates; non-characters (U+FFFE,
    U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane).
    """
    for ch in text:
        o = ord(ch)
        if (o < 0x20 and ch not in "\t\n\r") or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF \
                or 0xFDD0 <= o <= 0xFDEF or (o & 0xFFFE) == 0xFFFE:
            return ch
    return None


def describe_char(ch: str) -> str:
    return f"U+{ord(ch):04X}"


# --- the builder ---------------------------------------------------------------------------------

@dataclass
class _Frame:
    value: dict[str, Any] | list[Any]
    path: PathKey
    key: str | None = None


class _Builder:
    """Plain Python values from the parser's events, iteratively, with their positions."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.yaml = YAML(typ="safe", pure=True)
        self.smap = SourceMap()
        self.stack: list[_Frame] = []
        self.root: Any = None
        self.done = False

    def fail(self, message: str, mark: Any, hint: str = "", path: PathKey = ()) -> ConfigError:
        line, col = _mark(mark)
        return _problem(self.shown, message, line, col, hint, format_path(path))

    def build(self, text: str) -> tuple[dict[str, Any], SourceMap]:
        try:
            for event in self.yaml.parse(io.StringIO(text)):
                self.event(event)
        except ReaderError as exc:
            raise _reader_error(exc, text, self.shown) from None
        except MarkedYAMLError as exc:
            raise _yaml_error(exc, self.shown) from None
        except YAMLError:
            raise _problem(self.shown, "geen geldige YAML: de structuur klopt niet.") from None
        except RecursionError:
            raise _problem(self.shown, f"te diep genest (meer dan {MAX_DEPTH} niveaus).") \
                from None
        if not isinstance(self.root, dict):
            raise _problem(self.shown, "het bestand moet uit sleutels met waarden bestaan "
                                       "(zoals ‘zvh:’, ‘partijen:’), niet uit een losse lijst of "
                                       "waarde.", 1)
        self.smap.where[()] = Location(self.shown, 1, 1)
        return self.root, self.smap

    def event(self, event: Any) -> None:
        mark = event.start_mark
        if isinstance(event, DocumentStartEvent):
            if self.done:
                raise self.fail("het bestand bevat meer dan één YAML-document (‘---’).", mark,
                                "Een configuratie is één document; verwijder de tweede ‘---’ "
                                "en wat erna komt, of zet het in een eigen bestand.")
            self.done = True
            return
        if isinstance(event, AliasEvent):
            raise self.fail(f"verwijzing ‘*{event.anchor}’ (YAML-alias) is niet toegestaan.",
                            mark, "Schrijf de waarde uit, of zet gedeelde waarden in een "
                                  "basisbestand en gebruik ‘extends’.")
        if isinstance(event, ScalarEvent | CollectionStartEvent):
            if event.anchor:
                raise self.fail(f"anker ‘&{event.anchor}’ is niet toegestaan.", mark,
                                "Gedeelde waarden horen in een basisbestand (‘extends’).")
            if event.tag not in _STANDARD_TAGS:
                raise self.fail(f"YAML-tag ‘{_clip(str(event.tag))}’ is niet toegestaan.", mark,
                                "Een configuratie bevat alleen gewone waarden: tekst, getallen, "
                                "datums, lijsten en sleutels.")
        if isinstance(event, MappingStartEvent):
            self.open({}, mark)
        elif isinstance(event, CollectionStartEvent):
            self.open([], mark)
        elif isinstance(event, MappingEndEvent | SequenceEndEvent):
            self.stack.pop()
            if self.stack:
                self.stack[-1].key = None
        elif isinstance(event, ScalarEvent):
            self.scalar(event)

    def child_path(self, mark: Any) -> PathKey:
        """The path of the value that starts now, recording its location."""
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.value, list):
            path = (*top.path, len(top.value))
            line, col = _mark(mark)
            self.smap.where[path] = Location(self.shown, line, col)
            return path
        assert top.key is not None
        return (*top.path, top.key)

    def open(self, container: dict[str, Any] | list[Any], mark: Any) -> None:
        if self.stack and isinstance(self.stack[-1].value, dict) and self.stack[-1].key is None:
            raise self.fail("een sleutel moet tekst zijn, geen lijst of blok.", mark,
                            path=self.stack[-1].path)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(f"te diep genest (meer dan {MAX_DEPTH} niveaus lijsten en blokken).",
                            mark, "Een regioconfiguratie heeft er hooguit zes nodig.")
        path = self.child_path(mark)
        self.attach(container)
        self.stack.append(_Frame(container, path))

    def attach(self, value: Any) -> None:
        if not self.stack:
            self.root = value
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            assert top.key is not None
            top.value[top.key] = value

    def scalar(self, event: ScalarEvent) -> None:
        mark = event.start_mark
        top = self.stack[-1] if self.stack else None
        is_key = top is not None and isinstance(top.value, dict) and top.key is None
        tag = self.resolve(event)
        where = top.path if top is not None else ()
        if is_key:
            assert top is not None and isinstance(top.value, dict)
            if tag == "tag:yaml.org,2002:merge":
                raise self.fail("samenvoegsleutel ‘<<’ (YAML-merge) is niet toegestaan.", mark,
                                "Schrijf de waarden uit, of zet gedeelde waarden in een "
                                "basisbestand en gebruik ‘extends’.", where)
            key = event.value
            if tag != _STR or not key:
                raise self.fail(f"sleutel ‘{_clip(key)}’ moet tekst zijn.", mark, path=where)
            self.check_text(key, mark, where)
            if key in top.value:
                raise self.fail(f"sleutel ‘{_clip(key)}’ komt twee keer voor.", mark,
                                "Elke sleutel mag per niveau maar één keer voorkomen; voeg de "
                                "twee waarden samen.", where)
            top.key = key
            line, col = _mark(mark)
            self.smap.where[(*top.path, key)] = Location(self.shown, line, col)
            top.value[key] = None  # placeholder keeps duplicate detection and order
            return
        path = self.child_path(mark)
        value = self.construct(event, tag, path)
        self.attach(value)
        if top is not None and isinstance(top.value, dict):
            top.key = None

    def resolve(self, event: ScalarEvent) -> str:
        if event.tag not in (None, "!"):
            return str(event.tag)
        if event.style is not None or event.tag == "!":
            return _STR
        return str(self.yaml.resolver.resolve(ScalarNode, event.value, (True, False)))

    def construct(self, event: ScalarEvent, tag: str, path: PathKey) -> Any:
        value: str = event.value
        mark = event.start_mark
        if tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float"):
            digits = sum(ch.isalnum() for ch in value)
            if digits > MAX_NUMBER_CHARS:
                raise self.fail(f"getal van {digits} tekens is te lang (maximaal "
                                f"{MAX_NUMBER_CHARS}).", mark,
                                "Is het tekst, zoals een kenmerk? Zet het dan tussen "
                                "aanhalingstekens.", path)
            try:
                number = self.yaml.constructor.construct_object(ScalarNode(tag, value))
            except (ValueError, YAMLError):
                raise self.fail("dit getal kan niet worden gelezen.", mark,
                                "Zet het tussen aanhalingstekens als het tekst is.", path
                                ) from None
            return number
        if tag in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"):
            return self.yaml.constructor.construct_object(ScalarNode(tag, value))
        # strings, and dates/times, which the schema parses (so 2026-02-30 gets a message)
        self.check_text(value, mark, path)
        return value

    def check_text(self, text: str, mark: Any, path: PathKey) -> None:
        bad = forbidden_char(text)
        if bad is not None:
            raise self.fail(f"de tekst bevat het teken {describe_char(bad)} (een stuurteken of "
                            "niet-bestaand teken); dat kan geen document bevatten.", mark,
                            "Verwijder het teken. In YAML ontstaat het meestal door een code "
                            "als \\x01, \\uFFFF of \\ud800 tussen dubbele aanhalingstekens.",
                            path)


def _clip(text: str, limit: int = 60) -> str:
    """A bounded, printable excerpt of a key or tag for a message."""
    shown = "".join(ch if forbidden_char(ch) is None else describe_char(ch) for ch in text)
    return shown if len(shown) <= limit else shown[:limit] + "…"
