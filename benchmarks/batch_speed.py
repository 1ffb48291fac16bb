"""Batch builds (issue 14): 25 regions with `--jobs 1` and `--jobs 2`, an unchanged rebuild, and
one region with 10, 30, 100 and 250 parties.

Run on demand: `.venv/bin/python benchmarks/batch_speed.py [--pdf]`. Prints figures; asserts
nothing. The batch is built as DOCX only unless `--pdf` is given (the parallel speed-up is the
same; the PDF renderer only makes each region slower). The party scaling builds DOCX and PDF.
Targets: speed-up ≥ 1.8× with two jobs on two cores; an unchanged rebuild ≤ 0.1 s per region;
time near-linear in the number of parties.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PM = [sys.executable, "-m", "protocolmaker"]
REGIONS = 25
ROUNDS = 2


def regions(folder: Path, n: int) -> Path:
    """`n` regions: the two examples in turn, each with its own id."""
    src = folder / "regios"
    src.mkdir()
    examples = [(ROOT / "configs" / f"{r}.yaml").read_text(encoding="utf-8")
                for r in ("den-bosch", "fryslan")]
    for i in range(n):
        text = examples[i % 2]
        old = "id: den-bosch" if i % 2 == 0 else "id: fryslan"
        (src / f"regio-{i + 1:02d}.yaml").write_text(
            text.replace(old, f"id: regio-{i + 1:02d}", 1), encoding="utf-8")
    return src


def with_parties(folder: Path, n: int) -> Path:
    """The Den Bosch example with `n` parties in all (extra care providers, each signed for by
    a person of its own: people are listed once under `personen` and named by id)."""
    text = (ROOT / "configs" / "den-bosch.yaml").read_text(encoding="utf-8")
    existing = text.count("\n  - id: ", text.index("\npartijen:"), text.index("\ngremia:"))
    added = range(1, n - existing + 1)
    people = "".join(
        f"  - id: de-vries-{k}\n    naam: A. de Vries {k}\n    functie: bestuurder\n"
        f"    organisatie: zorg-{k}\n" for k in added)
    parties = "".join(
        f"  - id: zorg-{k}\n    soort: wmo_aanbieder\n    naam: Zorgstichting {k}\n"
        f"    vestigingsplaats: Oss\n    adres: Kerkstraat {k}, 5341 AA Oss\n"
        f"    vertegenwoordiger: de-vries-{k}\n" for k in added)
    text = text.replace("\npartijen:", "\n" + people + "\npartijen:", 1)
    text = text.replace("\ngremia:", "\n" + parties + "\ngremia:", 1)
    path = folder / f"partijen-{n}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def timed(*args: str | Path) -> tuple[float, float]:
    """Wall and CPU seconds (this process's children) of one command; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([*PM, *map(str, args)], capture_output=True, text=True, check=False,
                          env={**os.environ, "COLUMNS": "120"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"{args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _spin() -> None:
    x = 0
    for i in range(20_000_000):
        x += i


def raw_parallelism() -> float:
    """How much faster two CPU-bound processes finish together than one after the other, now:
    2.0 on two idle cores; less when other work shares the machine."""
    import multiprocessing as mp

    start = time.perf_counter()
    _spin()
    _spin()
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    procs = [mp.Process(target=_spin) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return one_by_one / (time.perf_counter() - start)


def machine() -> str:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{date.today().isoformat()}, {os.cpu_count()} cores ({model or platform.machine()}), "
            f"Python {platform.python_version()}, {platform.system()}")


def main() -> None:
    formats = "docx,pdf" if "--pdf" in sys.argv else "docx"
    print(f"machine: {machine()}")
    print(f"two CPU-bound processes at once vs one after the other, before: "
          f"{raw_parallelism():.2f}x (2.0 = two idle cores)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = regions(folder, REGIONS)
        walls: dict[str, list[float]] = {"1": [], "2": []}
        for round_ in range(ROUNDS):  # alternate, so both see the same machine
            for jobs in ("1", "2"):
                wall, cpu = timed("build", src, "--out", folder / f"uit{jobs}-{round_}",
                                  "--formaten", formats, "--jobs", jobs)
                walls[jobs].append(wall)
                print(f"  round {round_ + 1}, --jobs {jobs}: {wall:.1f} s wall, {cpu:.1f} s CPU")
        one, two = min(walls["1"]), min(walls["2"])
        again, _ = timed("build", src, "--out", folder / "uit2-0", "--formaten", formats,
                         "--jobs", "2")
        print(f"{REGIONS} regions ({formats}), best of {ROUNDS}: --jobs 1 {one:.1f} s, "
              f"--jobs 2 {two:.1f} s, "
              f"speed-up {one / two:.2f}x (two CPU-bound processes, after: "
              f"{raw_parallelism():.2f}x)")
        print(f"unchanged rebuild: {again:.2f} s in all, {again / REGIONS:.3f} s per region "
              f"(including the start of the command, {timed('--version')[0]:.2f} s)")
        rows = []
        for n in (10, 30, 100, 250):
            path = with_parties(folder, n)
            wall, cpu = timed("build", path, "--out", folder / f"p{n}", "--formaten",
                              "docx,pdf", "--force")
            rows.append((n, wall, cpu))
            print(f"one region, {n:>3} parties (docx,pdf): {wall:6.1f} s wall, {cpu:6.1f} s CPU")
        base_n, _, base_cpu = rows[0]
        print("CPU per party relative to 10 parties: "
              + ", ".join(f"{n}: {(cpu / base_cpu) / (n / base_n):.2f}" for n, _, cpu in rows))
        print(json.dumps({"jobs1": one, "jobs2": two, "rebuild_per_region": again / REGIONS,
                          "parties": {n: cpu for n, _, cpu in rows}}))


if __name__ == "__main__":
    main()
