"""CPU time of a whole build and of PDF rendering alone (issue 12: whole set ≤ 1.2 s CPU).

Run on demand: `.venv/bin/python benchmarks/build_speed.py [config]` (default: the Fryslân
example). Prints figures; asserts nothing. Measured as CPU seconds (user + system) of child
processes, so a busy machine does not inflate the figures the way wall-clock time would:

- the bare import `python -c "import docx, pydantic, typer"`, the yardstick of this machine;
- `protocolmaker build CONFIG` with every format, whole process: the first build with an empty
  cache of compiled templates (`model.template_cache`, a folder of its own here), then the
  median of the builds after it;
- every document of the set rendered to PDF alone, in a fresh process each time (a build
  renders each document once; Typst's in-process cache would flatter a repeat), with the
  renderer's import and font loading; DOCX the same way, for comparison.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

RUNS = 3


def child_cpu(args: list[str], env: dict[str, str] | None = None) -> float:
    """CPU seconds (user + system) a child process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, capture_output=True, check=True, cwd=ROOT, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(args: list[str], env: dict[str, str] | None = None) -> float:
    return statistics.median(child_cpu(args, env) for _ in range(RUNS))


def page_count(pdfs: list[bytes]) -> int:
    try:
        import io

        from pypdf import PdfReader
    except ImportError:  # pypdf is a test dependency
        return 0
    return sum(len(PdfReader(io.BytesIO(data)).pages) for data in pdfs)


def render_once(config: Path, fmt: str) -> None:
    """Child process: compose the set, then print the CPU seconds of rendering it as `fmt`
    (each document once, as a build does; the renderer's import and first use included)."""
    from protocolmaker.config import load_config
    from protocolmaker.documents import compose_set

    documents = [(s, d) for s, d in compose_set(load_config(config).config) if fmt in s.formats]
    t = time.process_time()
    if fmt == "pdf":
        from protocolmaker.render.pdf import to_pdf
        out = [to_pdf(doc) for _, doc in documents]
    else:
        from protocolmaker.render.docx import to_docx
        out = [to_docx(doc) for _, doc in documents]
    cpu = time.process_time() - t
    pages = page_count(out) if fmt == "pdf" else 0
    print(json.dumps({"cpu": cpu, "n": len(out), "kib": sum(map(len, out)) // 1024,
                      "pages": pages}))


def rendering(config: Path, fmt: str) -> None:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, __file__, "--render", fmt, str(config)],
                             capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out))
    last = runs[-1]
    extra = f", {last['pages']} pages" if last["pages"] else ""
    print(f"{fmt.upper()} rendering alone, {last['n']} documents ({last['kib']} KiB{extra}), "
          f"fresh process, median of {RUNS}: {statistics.median(r['cpu'] for r in runs):.2f} s CPU")


def main() -> None:
    if sys.argv[1:2] == ["--render"]:
        render_once(Path(sys.argv[3]), sys.argv[2])
        return
    config = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "configs" / "fryslan.yaml"
    bare = median_cpu([sys.executable, "-c", "import docx, pydantic, typer"])
    print(f"bare import `python -c \"import docx, pydantic, typer\"`, median of {RUNS}: "
          f"{bare:.2f} s CPU")
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as cache:
        # --force: every run builds (an unchanged region would be skipped after the first);
        # the CPU of the worker process is counted, it is a descendant that was waited for
        env = {**os.environ, "PROTOCOLMAKER_CACHE_DIR": cache}
        args = [sys.executable, "-m", "protocolmaker", "build", str(config), "--out", tmp,
                "--force"]
        cold = child_cpu(args, env)
        build = median_cpu(args, env)
    print(f"`protocolmaker build {config.name}` (every format), whole process, first build "
          f"(templates compiled, empty cache): {cold:.2f} s CPU = {cold / bare:.1f}×; "
          f"median of the {RUNS} after it: {build:.2f} s CPU = {build / bare:.1f}× the bare "
          "import (target ≤ 1.2 s, ≤ 9×)")
    rendering(config, "pdf")
    rendering(config, "docx")


if __name__ == "__main__":
    main()
