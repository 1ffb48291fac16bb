"""Write tests/pdf_hashes.json: the sha256 of every PDF the example configs build.

Run it after an intended change to the PDFs (house style, fonts, Typst, document text):

    .venv/bin/python scripts/refresh_pdf_hashes.py

`tests/test_pdf.py::test_pdfs_match_the_committed_hashes` builds the examples and compares.
The PDFs are the same bytes on every machine (bundled fonts, fixed timestamp), so a changed
hash means a changed PDF: review the change, then commit the new list with it.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HASHES = ROOT / "tests" / "pdf_hashes.json"


def pdf_hashes(out: Path) -> dict[str, str]:
    """'region/file.pdf' → sha256 for every PDF below `out`."""
    return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.glob("*/*.pdf"))}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "protocolmaker", "build",
                               str(ROOT / "configs"), "--out", tmp, "--format", "pdf"],
                              capture_output=True, text=True, cwd=ROOT, check=False)
        if proc.returncode != 0:
            sys.exit(f"bouwen mislukt (code {proc.returncode}):\n{proc.stdout}{proc.stderr}")
        hashes = pdf_hashes(Path(tmp))
    old = json.loads(HASHES.read_text(encoding="utf-8")) if HASHES.exists() else {}
    HASHES.write_text(json.dumps(hashes, indent=2) + "\n", encoding="utf-8")
    changed = sorted(k for k in hashes.keys() | old.keys() if hashes.get(k) != old.get(k))
    print(f"{HASHES.relative_to(ROOT)}: {len(hashes)} PDF's, gewijzigd: "
          + (", ".join(changed) or "geen"))


if __name__ == "__main__":
    main()
