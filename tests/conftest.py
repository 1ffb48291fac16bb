"""Shared fixtures: the CLI as a subprocess, example configs, and one build of both regions."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ROOT / "configs"
NATIONAL_BASE = ROOT / "templates" / "basis" / "landelijk.yaml"
REGIONS = ("den-bosch", "fryslan", "walcheren")


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_cli(*args: str | Path, cwd: Path | None = None) -> Result:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-m", "protocolmaker", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd or ROOT, env=env,
                          timeout=300, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both example regions built once, as a user would: `protocolmaker build configs/`."""
    out = tmp_path_factory.mktemp("out")
    res = run_cli("build", CONFIGS, "--out", out)
    assert res.code == 0, res.text
    return out


def write_region(tmp: Path, text: str, name: str = "regio.yaml") -> Path:
    """A region file beside `_basis.yaml`, a region's own copy of the national base."""
    (tmp / "_basis.yaml").write_text(NATIONAL_BASE.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path
