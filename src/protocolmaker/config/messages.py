"""Pydantic validation errors, told in Dutch with file, line, field and what would be valid."""

from __future__ import annotations

import calendar
import difflib
import re
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from protocolmaker.config.models import RegionConfig
from protocolmaker.config.yamlio import PathKey, SourceMap, format_path
from protocolmaker.errors import Location, Problem


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types inside Optional / Union / list / Annotated."""
    origin = get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if origin in (Union, types.UnionType, list):
        return [t for a in get_args(annotation) for t in _unwrap(a)]
    return [annotation]


def model_at(path: PathKey) -> type[BaseModel] | None:
    """The pydantic model that validates the mapping at `path` (list indices skipped)."""
    model: type[BaseModel] = RegionConfig
    for part in path:
        if isinstance(part, int):
            continue
        field = next((fi for fi in model.model_fields.values() if fi.alias == part), None)
        if field is None:
            return None
        nested = [t for t in _unwrap(field.annotation)
                  if isinstance(t, type) and issubclass(t, BaseModel)]
        if not nested:
            return None
        model = nested[0]
    return model


def allowed_keys(path: PathKey) -> list[str]:
    model = model_at(path)
    if model is None:
        return []
    return [fi.alias or name for name, fi in model.model_fields.items()]


def _expected_literals(path: PathKey) -> list[str]:
    """The values a choice field allows; for an item of a list, those of the list's field."""
    while path and isinstance(path[-1], int):
        path = path[:-1]
    if not path:
        return []
    model = model_at(path[:-1])
    if model is None:
        return []
    field = next((fi for fi in model.model_fields.values() if fi.alias == path[-1]), None)
    if field is None:
        return []
    for t in _unwrap(field.annotation):
        if get_origin(t) is Literal:
            return [str(v) for v in get_args(t)]
    return []


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"Bedoelde u ‘{close[0]}’? " if close else ""


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "een blok met sleutels"
    if isinstance(value, list):
        return "een lijst"
    if value is None:
        return "niets (leeg)"
    text = str(value)
    return f"‘{text[:60]}…’" if len(text) > 60 else f"‘{text}’"


_TYPES = {
    "string_type": "tekst",
    "int_type": "een heel getal",
    "int_parsing": "een heel getal",
    "int_from_float": "een heel getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "date_type": "een datum (JJJJ-MM-DD)",
    "date_parsing": "een datum (JJJJ-MM-DD)",
    "date_from_datetime_parsing": "een datum (JJJJ-MM-DD)",
    "date_from_datetime_inexact": "een datum zonder tijd (JJJJ-MM-DD)",
    "list_type": "een lijst (regels die met ‘- ’ beginnen)",
    "dict_type": "een blok met sleutels",
    "model_type": "een blok met sleutels",
    "model_attributes_type": "een blok met sleutels",
}


def translate(err: ErrorDetails, smap: SourceMap, shown: str) -> Problem:
    path: PathKey = tuple(err["loc"])
    loc = smap.locate(path) or Location(shown, path=format_path(path))
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    field = next((str(p) for p in reversed(path) if isinstance(p, str)), "")

    if kind == "missing":
        return Problem(loc, f"verplicht veld ‘{field}’ ontbreekt.",
                       "Voeg het toe; ‘protocolmaker init’ laat een volledig voorbeeld zien.")
    if kind == "extra_forbidden":
        options = allowed_keys(path[:-1])
        hint = _did_you_mean(field, options)
        if options:
            hint += "Toegestaan hier: " + ", ".join(options) + "."
        return Problem(loc, f"onbekend veld ‘{field}’.", hint)
    if kind == "literal_error":
        options = _expected_literals(path) or [str(ctx.get("expected", "")).strip("'")]
        hint = _did_you_mean(str(value), options)
        return Problem(loc, f"{_show(value)} is geen geldige waarde voor ‘{field}’.",
                       hint + "Geldig: " + ", ".join(f"‘{o}’" for o in options) + ".")
    if kind.startswith("date") and isinstance(value, str) and _date_reason(value):
        return Problem(loc, f"‘{field}’ moet een bestaande datum zijn, maar is {_show(value)}"
                            f"{_date_reason(value)}.", "Schrijf de datum als JJJJ-MM-DD, "
                                                       "zonder tijd, bijv. 2027-01-15.")
    if kind in _TYPES:
        return Problem(loc, f"‘{field}’ moet {_TYPES[kind]} zijn, maar is {_show(value)}.")
    if kind == "string_pattern_mismatch":
        return Problem(loc, f"{_show(value)} heeft niet de juiste vorm voor ‘{field}’.",
                       _pattern_hint(str(ctx.get("pattern", ""))))
    if kind == "string_too_short":
        return Problem(loc, f"‘{field}’ mag niet leeg zijn.")
    if kind == "string_too_long":
        return Problem(loc, f"‘{field}’ is te lang (maximaal {ctx.get('max_length')} tekens).")
    if kind == "too_short":
        return Problem(loc, f"‘{field}’ moet ten minste {ctx.get('min_length')} "
                            f"element(en) bevatten.")
    if kind in ("greater_than_equal", "greater_than"):
        bound = ctx.get("ge", ctx.get("gt"))
        return Problem(loc, f"‘{field}’ is {_show(value)}, maar moet minstens {bound} zijn.")
    if kind in ("less_than_equal", "less_than"):
        bound = ctx.get("le", ctx.get("lt"))
        return Problem(loc, f"‘{field}’ is {_show(value)}, maar mag hoogstens {bound} zijn.")
    return Problem(loc, f"ongeldige waarde voor ‘{field}’: {_show(value)}.",
                   "‘protocolmaker schema’ beschrijft wat hier mag.")


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def _date_reason(value: str) -> str:
    """Why a date-like text is no date, in words: ': februari 2026 heeft 28 dagen'."""
    m = re.match(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(.*)$", value)
    if not m:
        return ""
    year, month, day = (int(g) for g in m.groups()[:3])
    if year == 0:
        return ": het jaar 0 bestaat niet"
    if not 1 <= month <= 12:
        return f": maand {month} bestaat niet"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f": {_MONTHS[month - 1]} {year} heeft {days} dagen"
    if m.group(4).strip():
        return ": een tijd hoort er niet bij"
    return ""


def _pattern_hint(pattern: str) -> str:
    if "@" in pattern:
        return "Verwacht een e-mailadres, bijv. privacy@zvh-voorbeeld.nl."
    if "https?" in pattern:
        return "Verwacht een webadres dat begint met https://."
    if "a-z0-9" in pattern:
        return ("Alleen kleine letters, cijfers en streepjes, beginnend met een letter of "
                "cijfer, bijv. ‘ggz-noord’.")
    return f"Verwacht patroon: {pattern}"
