"""The JSON Schema of a region config, for editors (VS Code YAML) and for machines."""

from __future__ import annotations

from typing import Any

from protocolmaker.config.models import RegionConfig

SCHEMA_ID = "https://protocolmaker.example.nl/schema/regioconfig.schema.json"


def json_schema() -> dict[str, Any]:
    schema = RegionConfig.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "protocolmaker regioconfiguratie",
        **schema,
    }
