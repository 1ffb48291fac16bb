"""How long `protocolmaker check` takes on a 30-party region (issue 5: under 2 seconds).

Run on demand: `.venv/bin/python benchmarks/check_speed.py`. Prints figures; asserts nothing.
The region is the Fryslân example (27 parties) plus three more, written as one merged file.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from protocolmaker.checks import run_checks  # noqa: E402
from protocolmaker.config import load_config  # noqa: E402
from protocolmaker.config.loader import load_raw  # noqa: E402


def thirty_party_region(folder: Path) -> Path:
    data, _ = load_raw(ROOT / "configs" / "fryslan.yaml")
    data = json.loads(json.dumps(data, default=str))
    data.pop("extends", None)
    for n in (1, 2, 3):
        data["partijen"].append({"id": f"wmo-{n}", "soort": "wmo_aanbieder",
                                 "naam": f"Zorgstichting Noord {n}", "vestigingsplaats": "Sneek",
                                 "adres": f"Marktstraat {n}, 8601 CV Sneek",
                                 "vertegenwoordiger": {"naam": f"A. Visser {n}",
                                                       "functie": "bestuurder"}})
    path = folder / "dertig.yaml"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = thirty_party_region(Path(tmp))
        loaded = load_config(path)
        print(f"partijen: {len(loaded.config.partners)}")
        times = []
        for _ in range(5):
            t = time.perf_counter()
            findings = run_checks(loaded)
            times.append(time.perf_counter() - t)
        print(f"run_checks (load excluded), 5 runs: median {statistics.median(times):.3f} s, "
              f"max {max(times):.3f} s, {len(findings)} bevindingen")
        cli = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "protocolmaker", "check", str(path)],
                           capture_output=True, check=False)
            cli.append(time.perf_counter() - t)
        print(f"`protocolmaker check` end to end, 3 runs: median {statistics.median(cli):.3f} s, "
              f"max {max(cli):.3f} s (limit 2 s)")


if __name__ == "__main__":
    main()
