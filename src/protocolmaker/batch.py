"""Build many regions at once: one worker process per region, at most `jobs` at a time.

Each region builds in a process of its own, so a region that fails in any way, a hard crash of
its process included, is reported by name while the others go on. A region whose inputs did not
change is recognised here, without starting a process.

Ctrl-C: no new region starts; a region in the middle of its build stops before it writes
anything, and one that is swapping its folder finishes. The summary lists what was built, and
the exit code is 130. A second Ctrl-C stops the worker processes at once; the next build of a
region they were writing puts its previous folder back.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Protocol

from protocolmaker import build
from protocolmaker.build import (
    BuildOptions,
    Interrupted,
    RegionResult,
    build_one,
)
from protocolmaker.config.loader import LoadedConfig, load_config, shown_name
from protocolmaker.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_UNUSABLE, UserError
from protocolmaker.terminal import visible

PRELOAD = ["protocolmaker.build", "protocolmaker.checks", "protocolmaker.render.docx",
           "protocolmaker.render.pdf", "protocolmaker.render.register"]
"""Imported once by the fork server, so each worker starts without importing them again."""


class View(Protocol):
    """What the user sees while a batch runs (a live display, or plain lines)."""

    def start(self, index: int, label: str) -> None: ...
    def step(self, index: int, done: int, total: int, what: str) -> None: ...
    def finish(self, index: int, result: RegionResult) -> None: ...
    def note(self, text: str) -> None: ...


@dataclass
class _Stop:
    """Ctrl-C was pressed: once → finish or roll back; twice → stop at once."""

    requested: bool = False
    hard: bool = False
    in_process: bool = False  # the region builds here: a second Ctrl-C interrupts at once


def run(paths: list[Path], out: Path, options: BuildOptions, *, jobs: int, force: bool,
        view: View, worker: Callable[..., None] | None = None
        ) -> tuple[list[RegionResult], bool]:
    """Build every region; returns the results in the order of `paths` and whether the user
    interrupted the batch. `worker` is what a worker process runs (default `build_worker`)."""
    results: list[RegionResult | None] = [None] * len(paths)
    stop = _Stop()
    owners: dict[str, Path] = {}
    read: dict[int, LoadedConfig] = {}
    """Configs the precheck read, for a build in this process (one read instead of two)."""

    def next_task(queue: list[int]) -> int | None:
        """The next region that needs building; what needs no build is recorded on the way."""
        while queue and not stop.requested:
            i = queue.pop(0)
            known = precheck(paths[i], out, options, force, owners,
                             on_read=lambda loaded, i=i: read.__setitem__(i, loaded))
            if known is None:
                return i
            view.start(i, known.region or known.config)
            results[i] = known
            view.finish(i, known)
        return None

    queue = list(range(len(paths)))
    with _sigint(stop, view):
        if jobs <= 1 or len(paths) == 1:
            _run_here(paths, queue, next_task, out, options, force, view, results, stop, read)
        else:
            _run_workers(paths, queue, next_task, out, options, force, jobs, view, results,
                         stop, worker or build_worker)
    final = [r if r is not None else RegionResult(shown_name(paths[i]), "afgebroken",
                                                  EXIT_INTERRUPTED, message="niet gestart.")
             for i, r in enumerate(results)]
    return final, stop.requested


def precheck(path: Path, out: Path, options: BuildOptions, force: bool,
             owners: dict[str, Path], on_read: Callable[[LoadedConfig], None] | None = None
             ) -> RegionResult | None:
    """What is known about a region without starting a process: its folder already holds the set
    of exactly these inputs and options (skipped), or another config of this batch builds into
    the same folder (refused). None: it must be built. Errors in the config are left to the
    build, which reports them. `on_read` gets the config as read, when it could be read."""
    start = time.monotonic()
    try:
        loaded = load_config(path)
    except (UserError, OSError, ValueError):
        return None
    if on_read is not None:
        on_read(loaded)
    region = loaded.config.zvh.id
    first = owners.setdefault(region, path)
    if first != path:
        return RegionResult(shown_name(path), "onbruikbaar", EXIT_UNUSABLE, region,
                            loaded.config.zvh.name,
                            message=f"{loaded.locate('zvh', 'id')}: zvh.id ‘{region}’ is ook de "
                                    f"id van {shown_name(first)}; beide zouden in "
                                    f"{shown_name(out / region)} bouwen. Elke regio heeft een "
                                    "eigen id.")
    try:
        result = None if force else build.unchanged(loaded, out, options)
    except (UserError, OSError, ValueError):
        return None
    if result is not None:
        result.config = shown_name(path)
        result.seconds = time.monotonic() - start
    return result


@contextlib.contextmanager
def _sigint(stop: _Stop, view: View) -> Iterator[None]:
    """While the batch runs, Ctrl-C asks for a stop instead of raising anywhere at all."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        if stop.requested:
            stop.hard = True
            view.note("Tweede Ctrl-C: direct gestopt.")
            if stop.in_process:
                raise KeyboardInterrupt
            return
        stop.requested = True
        view.note("Afbreken: er start geen nieuwe regio; lopende regio’s stoppen vóór het "
                  "wegschrijven of maken het vervangen van hun map af. Nogmaals Ctrl-C stopt "
                  "direct.")

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _run_here(paths: list[Path], queue: list[int], next_task: Callable[[list[int]], int | None],
              out: Path, options: BuildOptions, force: bool, view: View,
              results: list[RegionResult | None], stop: _Stop,
              read: dict[int, LoadedConfig] | None = None) -> None:
    """One region after another in this process (`--jobs 1`, or a single region); a config the
    precheck read is built as read (its inputs are what the manifest records)."""
    stop.in_process = True
    while (i := next_task(queue)) is not None:
        view.start(i, shown_name(paths[i]))

        def progress(done: int, total: int, what: str, i: int = i) -> None:
            if stop.requested:
                raise Interrupted
            view.step(i, done, total, what)

        result = build_one(paths[i], out, options, force=force, progress=progress,
                           loaded=(read or {}).pop(i, None))
        results[i] = result
        view.finish(i, result)


# --- worker processes ------------------------------------------------------------------------

def _context() -> Any:
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return mp.get_context("spawn")


def build_worker(out: Path, options: BuildOptions, force: bool, conn: Connection,
                 stop: Any) -> None:
    """A worker process: build the regions the parent sends, one at a time, reporting each step
    and each result, until it sends None. One process builds many regions, so what a build
    loads once (templates, catalogs) is loaded once per worker, not once per region."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides what Ctrl-C means
    from protocolmaker import build

    build.PDF_THREADS = 1  # the batch gives every core a region already

    def progress(done: int, total: int, what: str) -> None:
        if stop.is_set():
            raise Interrupted
        conn.send(("stap", done, total, what))

    try:
        while (path := conn.recv()) is not None:
            conn.send(("klaar", build_one(path, out, options, force=force, progress=progress)))
    finally:
        conn.close()


@dataclass
class _Worker:
    process: Any
    conn: Connection
    index: int | None = None  # the region it is building


def _run_workers(paths: list[Path], queue: list[int],
                 next_task: Callable[[list[int]], int | None], out: Path,
                 options: BuildOptions, force: bool, jobs: int, view: View,
                 results: list[RegionResult | None], stop: _Stop,
                 worker: Callable[..., None]) -> None:
    """At most `jobs` worker processes; each gets the next region as soon as it is free. A worker
    that dies takes only the region it was building with it; a new one takes its place."""
    ctx = _context()
    stop_event = ctx.Event()
    workers: list[_Worker] = []
    terminated = False

    def assign(w: _Worker | None) -> None:
        i = next_task(queue)
        if i is None:
            if w is not None:
                w.conn.send(None)
            return
        if w is None:
            here, there = ctx.Pipe()
            process = ctx.Process(target=worker, name="protocolmaker-bouw",
                                  args=(out, options, force, there, stop_event))
            try:
                process.start()
            except Exception:
                if not stop.requested:
                    raise
                # Ctrl-C reached the fork server while it was starting: start nothing more
                queue.insert(0, i)
                return
            there.close()  # only the worker holds its end: EOF means the worker has ended
            w = _Worker(process, here)
            workers.append(w)
        w.index = i
        w.conn.send(paths[i])
        view.start(i, shown_name(paths[i]))

    try:
        while True:
            if stop.requested:
                stop_event.set()
            if stop.hard and not terminated:
                terminated = True
                for w in workers:
                    w.process.terminate()
            while queue and not stop.requested and len(workers) < jobs:
                assign(None)
            if not workers:
                break
            for conn in wait([w.conn for w in workers], timeout=0.2):
                w = next(w for w in workers if w.conn is conn)
                try:
                    message = w.conn.recv()
                except (EOFError, OSError):
                    _ended(w, paths, view, results, stop)
                    workers.remove(w)
                    continue
                if message[0] == "stap" and w.index is not None:
                    view.step(w.index, *message[1:])
                elif message[0] == "klaar" and w.index is not None:
                    results[w.index] = message[1]
                    view.finish(w.index, message[1])
                    w.index = None
                    assign(w)
    finally:
        for w in workers:
            w.process.kill()
            w.process.join()


def _ended(w: _Worker, paths: list[Path], view: View, results: list[RegionResult | None],
           stop: _Stop) -> None:
    """A worker's pipe closed: it finished its last region, or it died while building one."""
    w.process.join()
    w.conn.close()
    if w.index is None:
        return
    if stop.requested:  # stopped by Ctrl-C before it could report
        result = RegionResult(shown_name(paths[w.index]), "afgebroken", EXIT_INTERRUPTED,
                              message="afgebroken; de regiomap is ongewijzigd gebleven of "
                                      "wordt bij de volgende build hersteld.")
    else:  # the worker died without a word: a crash
        code = w.process.exitcode
        how = f"signaal {-code}" if code is not None and code < 0 else f"exitcode {code}"
        result = RegionResult(shown_name(paths[w.index]), "interne fout", EXIT_INTERNAL,
                              message=f"het bouwproces van deze regio stopte onverwacht ({how})"
                                      "; de regiomap is ongewijzigd gebleven of wordt bij de "
                                      "volgende build hersteld.")
    results[w.index] = result
    view.finish(w.index, result)


# --- what the user sees ------------------------------------------------------------------------

STATUS_MARK = {"gebouwd": "✓", "ongewijzigd": "=", "onbruikbaar": "✗", "geweigerd": "✗",
               "interne fout": "✗", "afgebroken": "–"}


def _label(result: RegionResult) -> str:
    """A region by its id when it was built; by its config file when something went wrong."""
    return visible(result.region if result.built and result.region else result.config)


class PlainView:
    """One line per region as it starts and ends (for logs and pipes), on stderr."""

    def __init__(self, total: int, write: Callable[[str], None]) -> None:
        self.total = total
        self.write = write
        self.labels: dict[int, str] = {}

    def __enter__(self) -> PlainView:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def start(self, index: int, label: str) -> None:
        self.labels[index] = visible(label)

    def step(self, index: int, done: int, total: int, what: str) -> None:
        if done == 0:
            self.write(f"[{index + 1}/{self.total}] {self.labels[index]}: bouwen…")

    def finish(self, index: int, result: RegionResult) -> None:
        self.write(f"{STATUS_MARK.get(result.status, '?')} [{index + 1}/{self.total}] "
                   f"{_label(result)}: {result.status}"
                   f" ({result.seconds:.1f} s)")

    def note(self, text: str) -> None:
        self.write(text)


class LiveView:
    """A rich progress display: one line per region with the document it is working on."""

    def __init__(self, total: int, console: Any) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(SpinnerColumn(), TextColumn("{task.description}", markup=False),
                                 BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                 console=console, transient=False)
        self.overall = self.progress.add_task(f"{total} regio’s", total=total)
        self.tasks: dict[int, Any] = {}
        self.labels: dict[int, str] = {}

    def __enter__(self) -> LiveView:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start(self, index: int, label: str) -> None:
        self.labels[index] = label = visible(label)
        self.tasks[index] = self.progress.add_task(label, total=None)

    def step(self, index: int, done: int, total: int, what: str) -> None:
        self.progress.update(self.tasks[index], completed=done, total=total,
                             description=f"{self.labels[index]}: {what}")

    def finish(self, index: int, result: RegionResult) -> None:
        task = self.tasks[index]
        mark = STATUS_MARK.get(result.status, "?")
        self.progress.update(task, description=f"{mark} {_label(result)}: {result.status}",
                             completed=self.progress.tasks[task].total or 1,
                             total=self.progress.tasks[task].total or 1)
        self.progress.stop_task(task)
        self.progress.advance(self.overall)

    def note(self, text: str) -> None:
        self.progress.console.print(text)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def is_terminal(stream: Any = None) -> bool:
    stream = stream or sys.stderr
    return bool(getattr(stream, "isatty", lambda: False)()) and os.environ.get("TERM") != "dumb"


__all__ = ["LiveView", "PlainView", "View", "default_jobs", "precheck", "run"]
