"""JSON Schemas: of a region config and of a base file (for editors such as VS Code with the
YAML extension), and of what protocolmaker writes for machines (the `check` report, the
manifest, the `diff` report).

The config schemas are generated from the model. What an editor shows while a director types
is the description of each field; the model classes' docstrings are developer notes and stay
out. A base file is merged under a region, so in its schema every field is optional.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from protocolmaker.config.models import RegionConfig
from protocolmaker.resources import named_bases

SCHEMA_FILES = {
    "regio": "regioconfig.schema.json",
    "basis": "basisconfig.schema.json",
    "rapport": "checkrapport.schema.json",
    "manifest": "manifest.schema.json",
    "wijzigingen": "wijzigingsrapport.schema.json",
}
"""The file name of each schema (in `schema/`, in `.protocolmaker/` beside a starter)."""

STATIC = Path(__file__).resolve().parent.parent / "schemas"
"""The hand-written schemas of protocolmaker's own output."""


def json_schema() -> dict[str, Any]:
    """The schema of a region config."""
    schema = RegionConfig.model_json_schema(by_alias=True, mode="validation")
    for definition in schema.get("$defs", {}).values():
        definition.pop("description", None)  # class docstrings: developer notes, in English
    schema.pop("description", None)
    extends = schema["properties"]["extends"]
    extends["examples"] = [*named_bases(), "_basis.yaml"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:protocolmaker:schema:regioconfig",
        **schema,
        "title": "protocolmaker: regioconfiguratie",
        "description": "Eén zorg- en veiligheidshuis: partijen, gremia, mandaten, termijnen en "
                       "keuzes. ‘protocolmaker check’ controleert het bestand.",
    }


def base_schema() -> dict[str, Any]:
    """The schema of a base file: the region schema with every field optional."""
    schema = copy.deepcopy(json_schema())
    _drop_required(schema)
    schema["$id"] = "urn:protocolmaker:schema:basisconfig"
    schema["title"] = "protocolmaker: basisbestand"
    schema["description"] = ("Gedeelde waarden waarop regio’s voortbouwen met ‘extends’. Elk "
                             "veld is optioneel; wat een regio zelf invult, gaat vóór.")
    return schema


def _drop_required(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("required", None)
        for value in node.values():
            _drop_required(value)
    elif isinstance(node, list):
        for value in node:
            _drop_required(value)


def schema_of(kind: str) -> dict[str, Any]:
    if kind == "regio":
        return json_schema()
    if kind == "basis":
        return base_schema()
    return json.loads((STATIC / SCHEMA_FILES[kind]).read_text(encoding="utf-8"))


def schema_text(kind: str) -> str:
    return json.dumps(schema_of(kind), indent=2, ensure_ascii=False) + "\n"
