"""LibreOffice as a test instrument: open DOCX files the way a user's word processor does.

`libreoffice(files)` runs tests/lo_uno.py under the system python3 (which has LibreOffice's UNO
bridge, Debian package python3-uno; scripts/install.sh --test installs it) and returns, per file,
the paragraphs (list label, text, style) and reference fields LibreOffice computes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("lo_uno.py")


@dataclass(frozen=True)
class Job:
    path: Path
    refresh: bool = False
    """Update every field first (Tools > Update > Fields)."""
    pdf: Path | None = None
    changes: str | None = None
    """‘accept’ or ‘reject’ every tracked change first."""


def libreoffice(jobs: list[Job]) -> list[dict]:  # type: ignore[type-arg]
    assert shutil.which("soffice"), "LibreOffice ontbreekt: scripts/install.sh --test"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, check=False)
    assert check.returncode == 0, "python3-uno ontbreekt: scripts/install.sh --test"
    with tempfile.TemporaryDirectory() as tmp:
        job = Path(tmp) / "job.json"
        out = Path(tmp) / "out.json"
        job.write_text(json.dumps({"files": [
            {"path": str(j.path), "refresh": j.refresh, "pdf": str(j.pdf) if j.pdf else None,
             "changes": j.changes}
            for j in jobs]}), encoding="utf-8")
        proc = subprocess.run([SYSTEM_PYTHON, str(SCRIPT), str(job), str(out)],
                              capture_output=True, text=True, timeout=600, check=False)
        assert proc.returncode == 0 and out.exists(), proc.stdout + proc.stderr
        return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
