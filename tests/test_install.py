"""Outside the repository: the built wheel, installed into a fresh virtualenv in a folder far from
the checkout, as a director's laptop would have it (pipx does the same). `init`, `check` and
`build` in an empty folder; the starter and the examples validate against the schema `init`
wrote, with a standard validator."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import jsonschema
import pytest
from ruamel.yaml import YAML
from tests.conftest import CONFIGS, NATIONAL_BASE, ROOT


def sh(*args: str | Path, cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["COLUMNS"] = "200"
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout, check=False)


def yaml_as_json(path: Path) -> object:
    """A YAML file as an editor hands it to a JSON Schema validator (dates as text)."""
    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return json.loads(json.dumps(data, default=str))


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from this checkout, installed into a new virtualenv; its bin folder."""
    work = tmp_path_factory.mktemp("buiten")
    res = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "dist", ROOT,
             cwd=work)
    assert res.returncode == 0, res.stderr
    [wheel] = (work / "dist").glob("protocolmaker-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names), names
    assert "protocolmaker/templates/basis/landelijk.yaml" in names
    assert "protocolmaker/schemas/checkrapport.schema.json" in names
    license_text = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith("licenses/LICENSE"))).decode()
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in license_text
    assert sh(sys.executable, "-m", "venv", work / "venv", cwd=work).returncode == 0
    bin_dir = work / "venv" / "bin"
    # the locked versions (without their hashes) as constraints; the wheel's own metadata
    # decides what is installed, as pipx would
    pins = [line.split(" ")[0] for line in
            (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
            if re.match(r"^[A-Za-z0-9]", line)]
    (work / "constraints.txt").write_text("\n".join(pins) + "\n", encoding="utf-8")
    res = sh(bin_dir / "python", "-m", "pip", "install", "-q", wheel, "-c",
             work / "constraints.txt", cwd=work)
    assert res.returncode == 0, res.stderr[-3000:]
    return bin_dir


def test_installed_wheel_runs_init_check_build_in_an_empty_folder(installed: Path,
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "leeg"
    folder.mkdir()
    pm = installed / "protocolmaker"
    where = sh(installed / "python", "-c", "import protocolmaker; print(protocolmaker.__file__)",
               cwd=folder)
    assert str(installed.parent) in where.stdout and str(ROOT) not in where.stdout
    assert sh(pm, "--version", cwd=folder).stdout.startswith("protocolmaker ")
    res = sh(pm, "init", cwd=folder)
    assert res.returncode == 0, res.stdout + res.stderr
    starter = folder / "mijn-regio.yaml"
    schema_file = folder / ".protocolmaker" / "regioconfig.schema.json"
    assert starter.read_text(encoding="utf-8").splitlines()[0] == \
        "# yaml-language-server: $schema=.protocolmaker/regioconfig.schema.json"
    res = sh(pm, "check", "mijn-regio.yaml", cwd=folder)
    assert res.returncode == 0, res.stdout + res.stderr
    res = sh(pm, "build", "mijn-regio.yaml", "--formaten", "docx", cwd=folder)
    assert res.returncode == 0, res.stdout + res.stderr
    built = folder / "out" / "mijn-regio"
    assert {"convenant.docx", "privacyprotocol.docx", "manifest.json"} <= \
        {p.name for p in built.iterdir()}
    document = zipfile.ZipFile(built / "convenant.docx").read("word/document.xml").decode()
    assert 'w:highlight w:val="yellow"' in document  # the open points of the starter
    assert sh(pm, "verify", "out", "--config", "mijn-regio.yaml", cwd=folder).returncode == 0

    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml_as_json(starter), schema)
    for example in sorted(CONFIGS.glob("*.yaml")):
        jsonschema.validate(yaml_as_json(example), schema)
    wrong = yaml_as_json(starter)
    wrong["zvh"]["privacycontact"] = "geen e-mailadres"  # type: ignore[index]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(wrong, schema)


def test_the_installed_national_base_points_its_editor_at_a_schema_it_ships_with(
        installed: Path, tmp_path: Path) -> None:
    """The modeline of `landelijk.yaml` names a path relative to the file; in the installed
    package that path exists and holds the base schema (issue 15: it pointed at ../../schema/,
    which the wheel does not contain)."""
    where = sh(installed / "python", "-c", "from protocolmaker.resources import named_bases; "
               "print(named_bases()['landelijk'])", cwd=tmp_path)
    base = Path(where.stdout.strip())
    assert where.returncode == 0 and base.is_file() and ROOT not in base.parents, where
    m = re.match(r"# yaml-language-server: \$schema=(\S+)$",
                 base.read_text(encoding="utf-8").splitlines()[0])
    assert m, base
    target = base.parent / m.group(1)
    assert target.is_file(), target
    schema = json.loads(target.read_text(encoding="utf-8"))
    assert schema["$id"] == "urn:protocolmaker:schema:basisconfig"
    jsonschema.validate(yaml_as_json(base), schema)


def test_installed_wheel_starts_a_base_file_of_ones_own(installed: Path, tmp_path: Path) -> None:
    pm = installed / "protocolmaker"
    res = sh(pm, "init", "--basis", cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
    base = tmp_path / "_basis.yaml"
    base_schema = json.loads((tmp_path / ".protocolmaker" / "basisconfig.schema.json")
                             .read_text(encoding="utf-8"))
    assert base.read_text(encoding="utf-8").splitlines()[0].endswith(
        "$schema=.protocolmaker/basisconfig.schema.json")
    jsonschema.validate(yaml_as_json(base), base_schema)
    jsonschema.validate(yaml_as_json(NATIONAL_BASE), base_schema)  # no false "required"
    assert sh(pm, "init", cwd=tmp_path).returncode == 0
    region = tmp_path / "mijn-regio.yaml"
    region.write_text(region.read_text(encoding="utf-8").replace(
        "\nextends: landelijk\n", "\nextends: _basis.yaml\n"), encoding="utf-8")
    res = sh(pm, "check", "mijn-regio.yaml", cwd=tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr
