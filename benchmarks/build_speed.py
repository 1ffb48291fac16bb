"""CPU time of a whole build and of PDF rendering alone (issue 12: whole set ≤ 1.2 s CPU).

Run on demand: `.venv/bin/python benchmarks/build_speed.py [config]` (default: the Fryslân
example). Prints figures; asserts nothing. Measured as CPU seconds (user + system) of child
processes, so a busy machine does not inflate the figures the way wall-clock time would:

- the bare import `python -c "import docx, pydantic, typer"`, the yardstick of this machine;
- `protocolmaker build CONFIG` with every format, whole process;
- in one process: every document of the set rendered to PDF (first pass, which pays the
  renderer's import and font loading, then a warm pass), and to DOCX for comparison.
"""

from __future__ import annotations

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


def child_cpu(args: list[str]) -> float:
    """CPU seconds (user + system) a child process used."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, capture_output=True, check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def median_cpu(args: list[str]) -> float:
    return statistics.median(child_cpu(args) for _ in range(RUNS))


def page_count(pdfs: list[bytes]) -> int:
    try:
        import io

        from pypdf import PdfReader
    except ImportError:  # pypdf is a test dependency
        return 0
    return sum(len(PdfReader(io.BytesIO(data)).pages) for data in pdfs)


def in_process(config: Path) -> None:
    from protocolmaker.config import load_config
    from protocolmaker.documents import compose_set

    loaded = load_config(config)
    documents = list(compose_set(loaded.config))
    pdf_docs = [doc for spec, doc in documents if "pdf" in spec.formats]
    docx_docs = [doc for spec, doc in documents if "docx" in spec.formats]

    t = time.process_time()
    from protocolmaker.render.pdf import to_pdf
    first = [to_pdf(doc) for doc in pdf_docs]
    cold = time.process_time() - t
    warm = []
    for _ in range(RUNS):
        t = time.process_time()
        for doc in pdf_docs:
            to_pdf(doc)
        warm.append(time.process_time() - t)
    pages = page_count(first)
    size = sum(len(d) for d in first)
    print(f"PDF rendering, {len(pdf_docs)} documents ({size // 1024} KiB"
          + (f", ~{pages} pages" if pages else "") + "):")
    print(f"  first pass (with renderer import and font loading): {cold:.2f} s CPU")
    print(f"  warm pass, median of {RUNS}: {statistics.median(warm):.2f} s CPU")

    from protocolmaker.render.docx import to_docx
    docx_times = []
    for _ in range(RUNS):
        t = time.process_time()
        for doc in docx_docs:
            to_docx(doc)
        docx_times.append(time.process_time() - t)
    print(f"DOCX rendering, {len(docx_docs)} documents, median of {RUNS}: "
          f"{statistics.median(docx_times):.2f} s CPU (for comparison)")


def main() -> None:
    config = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "configs" / "fryslan.yaml"
    bare = median_cpu([sys.executable, "-c", "import docx, pydantic, typer"])
    print(f"bare import `python -c \"import docx, pydantic, typer\"`, median of {RUNS}: "
          f"{bare:.2f} s CPU")
    with tempfile.TemporaryDirectory() as tmp:
        build = median_cpu([sys.executable, "-m", "protocolmaker", "build", str(config),
                            "--out", tmp])
    print(f"`protocolmaker build {config.name}` (every format), whole process, median of {RUNS}: "
          f"{build:.2f} s CPU = {build / bare:.1f}× the bare import (target ≤ 1.2 s, ≤ 9×)")
    in_process(config)


if __name__ == "__main__":
    main()
