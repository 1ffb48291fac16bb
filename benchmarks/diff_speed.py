"""CPU time of `protocolmaker diff` on two versions of the Fryslân region (issue 13).

Run on demand: `.venv/bin/python benchmarks/diff_speed.py`. Prints figures; asserts nothing. The
new version is the Fryslân example with a retention term changed (12 → 9 months) and one word of
a party's name changed (Woonkracht Fryslân → Friesland), written into a temporary folder beside
a copy of the example's files. Three figures, each the median of three runs in this process
after one warm-up: the comparison with its trace to config fields (`compare`), the summary
(`report`), and all files `diff --out` writes (redlines in DOCX, PDF and HTML,
wijzigingsconvenant, consolidated texts). Then the whole command once in a fresh process (CPU of
the child).
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from protocolmaker.revision.compare import compare  # noqa: E402
from protocolmaker.revision.outputs import DiffOptions, diff_files  # noqa: E402
from protocolmaker.revision.sources import load_version  # noqa: E402
from protocolmaker.revision.summary import report  # noqa: E402


def cpu(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    fn()
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "configs"
        shutil.copytree(ROOT / "configs", folder)
        old = folder / "fryslan.yaml"
        text = old.read_text(encoding="utf-8")
        new = folder / "fryslan-nieuw.yaml"
        new.write_text(text.replace("Stichting Woonkracht Fryslân & Omstreken",
                                    "Stichting Woonkracht Friesland & Omstreken", 1)
                       + "\nbewaartermijnen:\n  vernietiging_uiterlijk_maanden: 9\n",
                       encoding="utf-8")
        before, after = load_version(old), load_version(new)
        result = compare(before, after)
        print(f"{len(result.config)} config changes, "
              f"{sum(1 for d in result.documents if d.changed)} documents changed")
        print(f"compare (diff + trace)   {cpu(lambda: compare(before, after)):.2f} s CPU")
        print(f"report (summary)         {cpu(lambda: report(result)):.3f} s CPU")
        print(f"all files of diff --out  {cpu(lambda: diff_files(result, DiffOptions())):.2f} "
              "s CPU")
        child = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "protocolmaker", "diff", str(old), str(new),
                        "--out", str(Path(tmp) / "uit")], check=True, capture_output=True)
        done = resource.getrusage(resource.RUSAGE_CHILDREN)
        total = (done.ru_utime + done.ru_stime) - (child.ru_utime + child.ru_stime)
        print(f"protocolmaker diff --out (whole process)  {total:.2f} s CPU")


if __name__ == "__main__":
    main()
