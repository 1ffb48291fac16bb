"""The command line as a user meets it: Dutch help and errors, exit codes, version, completion,
option names, and the versioned JSON report."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from tests.conftest import CONFIGS, REGIONS, ROOT, run_cli, write_region

from protocolmaker import __version__
from protocolmaker.config.schema import SCHEMA_FILES

COMMANDS = ("check", "build", "verify", "toetreding", "regels", "schema", "init")
ENGLISH_FRAME = ("Usage", "Options", "Arguments", "Commands", "Show this message", "required]",
                 "[default", "<bool>", "<path>", "<str>", "<int>", "Try '", "Error",
                 "Missing", "No such", "Invalid value", "Got unexpected", "Did you mean",
                 "Input should", "Value error")


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_is_dutch_from_frame_to_options(command: str) -> None:
    res = run_cli(*([command] if command else []), "--help")
    assert res.code == 0, res.text
    for english in ENGLISH_FRAME:
        assert english not in res.out, (english, res.out)
    assert "Gebruik: protocolmaker" in res.out
    assert "Opties" in res.out and "Toon deze hulp en stop." in res.out
    assert "[verplicht]" in res.out or command in ("", "regels", "schema", "init")


def test_exit_codes_are_documented_in_help_and_readme() -> None:
    res = run_cli("--help")
    text = " ".join(res.out.split())
    for code, meaning in (("0", "in orde"), ("1", "bevindingen"), ("2", "onbruikbare invoer"),
                          ("3", "interne fout"), ("130", "afgebroken met Ctrl-C")):
        assert f"{code} = {meaning}" in text, code
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in ("0", "1", "2", "3", "130"):
        assert re.search(rf"^\| {code} \| ", readme, re.M), code


USAGE_ERRORS = {
    ("build",): "Argument ‘CONFIG’ ontbreekt.",
    ("buidl",): "Onbekende opdracht ‘buidl’. Bedoelde u ‘build’?",
    ("check", "--bla", "x.yaml"): "Onbekende optie: --bla.",
    ("check", "--uitvoer", "xml", "x.yaml"): "Ongeldige waarde voor '--uitvoer': 'xml' is geen "
                                            "van 'text', 'json'.",
    ("build", "x.yaml", "--jobs", "veel"): "dit is geen geheel getal.",
    ("toetreding", "x.yaml"): "Optie ‘--partner’ ontbreekt.",
    ("build", "x.yaml", "--out"): "Optie ‘--out’ vraagt een waarde.",
}


@pytest.mark.parametrize("args", sorted(USAGE_ERRORS))
def test_usage_errors_are_dutch(args: tuple[str, ...]) -> None:
    res = run_cli(*args)
    assert res.code == 2, res.text
    assert USAGE_ERRORS[args] in " ".join(res.err.replace("│", " ").split()), res.err
    assert "Fout" in res.err
    for english in ENGLISH_FRAME:
        assert english not in res.err, (english, res.err)


def test_version() -> None:
    res = run_cli("--version")
    assert res.code == 0 and res.out.strip() == f"protocolmaker {__version__}"


def test_shell_completion_script_and_completions() -> None:
    res = run_cli("--aanvulling", "bash")
    assert res.code == 0 and "_PROTOCOLMAKER_COMPLETE" in res.out
    env = {**os.environ, "_PROTOCOLMAKER_COMPLETE": "complete_bash",
           "COMP_WORDS": "protocolmaker bu", "COMP_CWORD": "1"}
    proc = subprocess.run([sys.executable, "-m", "protocolmaker"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.stdout.split() == ["build"], proc.stdout + proc.stderr
    env.update(COMP_WORDS="protocolmaker build --for", COMP_CWORD="2")
    proc = subprocess.run([sys.executable, "-m", "protocolmaker"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert "--formaten" in proc.stdout.split()


def test_report_format_and_file_formats_have_their_own_option_names(tmp_path: Path) -> None:
    res = run_cli("check", "--uitvoer", "json", CONFIGS / "den-bosch.yaml")
    assert res.code == 0 and json.loads(res.out)["exitcode"] == 0
    old = run_cli("check", "--format", "json", CONFIGS / "den-bosch.yaml")  # old name, hidden
    assert json.loads(old.out) == json.loads(res.out)
    help_text = run_cli("build", "--help").out
    assert "--formaten" in help_text and "--format " not in help_text
    res = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path, "--formaten", "docx",
                  "--jobs", "1")
    assert res.code == 0, res.text
    assert sorted(p.suffix for p in (tmp_path / "den-bosch").iterdir()) == \
        [".csv", ".docx", ".docx", ".docx", ".docx", ".html", ".json", ".xlsx"]
    res = run_cli("build", CONFIGS / "den-bosch.yaml", "--out", tmp_path, "--formaten", "odt")
    assert res.code == 2 and "onbekend formaat odt" in res.err


def test_json_report_follows_its_published_schema(tmp_path: Path) -> None:
    schema = json.loads(run_cli("schema", "--soort", "rapport").out)
    jsonschema.Draft202012Validator.check_schema(schema)
    bad = write_region(tmp_path, (CONFIGS / "den-bosch.yaml").read_text("utf-8")
                       .replace("soort: ggz", "soort: gzz"))
    res = run_cli("check", "--uitvoer", "json", CONFIGS, bad, tmp_path / "weg.yaml")
    doc = json.loads(res.out)
    jsonschema.validate(doc, schema)
    assert doc["schema_versie"] == schema["properties"]["schema_versie"]["const"] == 1
    assert [r["status"] for r in doc["resultaten"]] == \
        ["geldig"] * len(REGIONS) + ["onbruikbaar", "onbruikbaar"]
    with pytest.raises(jsonschema.ValidationError):  # the schema is not a rubber stamp
        jsonschema.validate({**doc, "exitcode": 7}, schema)


@pytest.mark.parametrize("kind", sorted(SCHEMA_FILES))
def test_published_schemas_are_the_ones_the_tool_prints(kind: str) -> None:
    res = run_cli("schema", "--soort", kind)
    assert res.code == 0
    schema = json.loads(res.out)
    jsonschema.Draft202012Validator.check_schema(schema)
    committed = ROOT / "schema" / SCHEMA_FILES[kind]
    assert json.loads(committed.read_text(encoding="utf-8")) == schema, \
        f"regenerate: protocolmaker schema --soort {kind} --out schema/{SCHEMA_FILES[kind]}"
