"""Issue 15 inside the checkout: the national base ships with the package, `init` writes a
starter that builds and its schema beside it, bases have their own schema, and what an editor
shows is Dutch, written for a director."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML
from tests.conftest import CONFIGS, NATIONAL_BASE, ROOT, run_cli

from protocolmaker.config.schema import base_schema, json_schema
from protocolmaker.resources import named_bases

MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def as_json(path: Path) -> object:
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))


def test_the_national_base_ships_inside_the_package() -> None:
    assert named_bases() == {"landelijk": NATIONAL_BASE.resolve()}
    for example in sorted(CONFIGS.glob("*.yaml")):
        assert re.search(r"(?m)^extends: landelijk\b", example.read_text("utf-8")), example
    assert not (CONFIGS / "_basis.yaml").exists()


def test_every_yaml_file_points_its_editor_at_the_right_schema() -> None:
    # the national base ships in the wheel: its schema lies beside it, inside the package
    # (issue 15), and is the one published in schema/
    expected = {**{p: ROOT / "schema" / "regioconfig.schema.json" for p in CONFIGS.glob("*.yaml")},
                NATIONAL_BASE: NATIONAL_BASE.parent / "basisconfig.schema.json"}
    for path, schema_path in expected.items():
        first = path.read_text(encoding="utf-8").splitlines()[0]
        m = MODELINE.match(first)
        assert m, path
        target = (path.parent / m.group(1)).resolve()
        assert target == schema_path.resolve(), path
        assert json.loads(target.read_text(encoding="utf-8")) == json.loads(
            (ROOT / "schema" / target.name).read_text(encoding="utf-8")), target
        jsonschema.validate(as_json(path), json.loads(target.read_text(encoding="utf-8")))


def test_a_base_file_is_not_validated_as_a_region() -> None:
    base = as_json(NATIONAL_BASE)
    with pytest.raises(jsonschema.ValidationError, match="required"):
        jsonschema.validate(base, json_schema())  # what the editor did before
    jsonschema.validate(base, base_schema())
    assert "required" not in json.dumps(base_schema())
    bad = {**base, "termijnen": {"inzage_weken": "vier"}}  # type: ignore[dict-item]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, base_schema())


def test_init_writes_a_starter_that_builds_and_its_schema_beside_it(tmp_path: Path) -> None:
    res = run_cli("init", cwd=tmp_path)
    assert res.code == 0, res.text
    starter = tmp_path / "mijn-regio.yaml"
    modeline = MODELINE.match(starter.read_text(encoding="utf-8").splitlines()[0])
    assert modeline and modeline.group(1) == ".protocolmaker/regioconfig.schema.json"
    written = json.loads((tmp_path / modeline.group(1)).read_text(encoding="utf-8"))
    assert written == json_schema()
    assert "extends: landelijk" in starter.read_text(encoding="utf-8")
    assert run_cli("check", starter, cwd=tmp_path).code == 0
    res = run_cli("build", starter, "--out", tmp_path / "out", "--formaten", "docx", cwd=tmp_path)
    assert res.code == 0, res.text
    xml = zipfile.ZipFile(tmp_path / "out/mijn-regio/convenant.docx").read("word/document.xml")
    assert b'w:highlight w:val="yellow"' in xml  # open points are marked, the set builds
    again = run_cli("init", cwd=tmp_path)
    assert again.code == 2 and "bestaat al" in again.err


def test_init_basis_starts_a_base_with_the_base_schema(tmp_path: Path) -> None:
    res = run_cli("init", "--basis", "regio/_eigen.yaml", cwd=tmp_path)
    assert res.code == 0, res.text
    base = tmp_path / "regio" / "_eigen.yaml"
    modeline = MODELINE.match(base.read_text(encoding="utf-8").splitlines()[0])
    assert modeline and modeline.group(1) == ".protocolmaker/basisconfig.schema.json"
    schema = json.loads((base.parent / modeline.group(1)).read_text(encoding="utf-8"))
    assert schema == base_schema()
    jsonschema.validate(as_json(base), schema)


# --- what a director reads ---------------------------------------------------------------------

SEED_REFERENCE = re.compile(r"\b\d{3}:\d{2,}|\bseed\b|digest", re.I)
ENGLISH = {"the", "and", "with", "which", "when", "this", "these", "those", "from", "until",
           "after", "before", "itself", "must", "should", "would", "could", "only", "also",
           "into", "their", "there", "where", "while", "without", "within", "between", "about",
           "because", "party", "parties", "decision", "deadlines", "mandate", "police", "or"}


def descriptions(node: object, path: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        found = [(path, node["description"])] if isinstance(node.get("description"), str) \
            else []
        for key, value in node.items():
            found += descriptions(value, f"{path}/{key}")
        return found
    if isinstance(node, list):
        return [d for i, v in enumerate(node) for d in descriptions(v, f"{path}/{i}")]
    return []


def test_every_description_an_editor_shows_is_dutch_and_free_of_seed_references() -> None:
    texts = descriptions(json_schema()) + descriptions(base_schema())
    assert len(texts) > 150
    wrong = [(path, text) for path, text in texts
             if SEED_REFERENCE.search(text)
             or set(re.findall(r"[a-z]+", text.lower())) & ENGLISH]
    assert wrong == []


def test_help_texts_are_dutch_and_free_of_seed_references() -> None:
    for command in ("", "check", "build", "verify", "toetreding", "regels", "schema", "init"):
        text = run_cli(*([command] if command else []), "--help").out
        assert not SEED_REFERENCE.search(text), command
        assert not set(re.findall(r"\b[a-z]+\b", text.lower())) & (ENGLISH - {"or"}), command
