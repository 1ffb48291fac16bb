"""CPU time of DOCX rendering for the Fryslân set (issue 11: target ≤ 0.3 s for five documents).

Run on demand: `.venv/bin/python benchmarks/docx_speed.py [BASELINE_REV]`. Prints figures;
asserts nothing. The five documents are the four DOCX of the set (convenant, Artikel 20 Wpg
beslissing, two privacy protocols) and one toetredingsformulier. Composing the models is not
timed, only `to_docx`; every run starts without memoised results (as a fresh build). The same
measurement runs twice: on the code at BASELINE_REV (default:
the commit before the Word-native renderer, extracted with `git archive` into a temporary
folder, with that commit's own Fryslân config, since the config model has changed since) and on
the working tree.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "b2c74a9"  # the untouched renderer: typed numbers, python-docx style look-ups

MEASURE = r"""
import statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from protocolmaker.config import load_config
from protocolmaker.documents import compose_joining, compose_set
from protocolmaker.render.docx import to_docx

cfg = load_config(Path(sys.argv[2]) / "configs" / "fryslan.yaml").config
docs = [d for s, d in compose_set(cfg) if "docx" in s.formats]
docs.append(compose_joining(cfg, next(p for p in cfg.joining)))
to_docx(docs[0])  # warm-up: imports, template parsing


def cold() -> None:
    # forget what an earlier run memoised, as a fresh `protocolmaker build` would
    import protocolmaker.model.typography as typography
    for name in ("tie",):
        getattr(getattr(typography, name, None), "cache_clear", lambda: None)()
    try:
        from protocolmaker.render import house_style
        house_style._environment.cache_clear()
    except ImportError:
        pass


runs = []
for _ in range(5):
    cold()
    t = time.process_time()
    sizes = [len(to_docx(d)) for d in docs]
    runs.append(time.process_time() - t)
print(f"{len(docs)} DOCX, {sum(sizes) // 1024} KiB: CPU median {statistics.median(runs):.3f} s, "
      f"min {min(runs):.3f} s (5 runs)")
"""


def run(src: Path, label: str) -> None:
    """Measure the code in `src` on the Fryslân config in `src/../configs`."""
    proc = subprocess.run([sys.executable, "-c", MEASURE, str(src), str(src.parent)],
                          capture_output=True, text=True, check=False)
    out = proc.stdout.strip() or proc.stderr.strip().splitlines()[-1]
    print(f"{label:<28} {out}")


def main() -> None:
    rev = sys.argv[1] if len(sys.argv) > 1 else BASELINE
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src", "templates",
                                  "configs"],
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        run(Path(tmp) / "src", f"before ({rev})")
    run(ROOT / "src", "after (working tree)")


if __name__ == "__main__":
    main()
