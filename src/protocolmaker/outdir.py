"""A region's output folder holds exactly one complete set, at every moment.

A build writes the whole new set into a hidden staging folder beside the target
(`out/.<id>.nieuw-…`), then swaps it in with two renames: the old folder aside
(`out/.<id>.oud-…`), the new one in its place; the old one is removed after. A lock file per
region (`out/.<id>.lock`) keeps two builds of one region from interleaving. If a build is killed
between the two renames, the next build of that region puts the old folder back before it starts.

Nothing is written outside `--out`: a region folder or `--out` that is a link pointing elsewhere
is refused.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from protocolmaker.errors import BuildError, describe_os_error

LOCK_TIMEOUT = 600.0
"""Seconds a build waits for another build of the same region to finish."""

NEW = "nieuw"
OLD = "oud"


def prepare_out(out: Path) -> Path:
    """Check and create `--out`; a link is only followed when it stays beside itself."""
    if out.is_symlink():
        target = out.resolve()
        if not target.is_relative_to(out.absolute().parent.resolve()):
            raise BuildError(f"uitvoermap {out} is een snelkoppeling naar {target}, buiten de "
                             "map waarin zij staat; protocolmaker schrijft daar niet. Geef de "
                             "echte map op met --out.")
    if out.exists() and not out.is_dir():
        raise BuildError(f"uitvoermap {out} is een bestand, geen map; kies met --out een map.")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError(f"uitvoermap {out} kan niet worden aangemaakt "
                         f"({describe_os_error(exc)}).") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise BuildError(f"in uitvoermap {out} mag niet worden geschreven "
                         "(geen schrijfrechten). Kies met --out een andere map.")
    return out


def check_region_folder(out: Path, region_id: str) -> Path:
    """The region's folder inside `out`, refused when it is a link that leads outside `out`."""
    target = out / region_id
    if target.is_symlink() and not target.resolve().is_relative_to(out.resolve()):
        raise BuildError(f"regiomap {target} is een snelkoppeling naar {target.resolve()}, "
                         f"buiten {out}; protocolmaker schrijft daar niet. Verwijder de "
                         "snelkoppeling.")
    if target.exists() and not target.is_dir():
        raise BuildError(f"{target} is een bestand, geen map; verwijder of hernoem het.")
    return target


@contextlib.contextmanager
def region_lock(out: Path, region_id: str, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the region's lock file; wait (up to `timeout` s) while another build holds it."""
    path = out / f".{region_id}.lock"
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise BuildError(f"vergrendeling {path} kan niet worden aangemaakt "
                         f"({describe_os_error(exc)}).") from None
    try:
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise BuildError(f"regio {region_id} wordt al {int(timeout)} seconden door een "
                                 f"ander proces gebouwd ({path}); probeer het later opnieuw.")
            time.sleep(0.1)
        try:
            recover(out, region_id)
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _leftovers(out: Path, region_id: str, kind: str) -> list[Path]:
    return sorted(out.glob(f".{region_id}.{kind}-*"), key=lambda p: p.stat().st_mtime)


def recover(out: Path, region_id: str) -> None:
    """Under the lock: undo what a killed build left behind. A missing region folder with an
    old one set aside gets that one back; staging and old folders are removed."""
    target = out / region_id
    olds = _leftovers(out, region_id, OLD)
    if olds and not target.exists() and not target.is_symlink():
        os.rename(olds.pop(), target)
    for leftover in [*olds, *_leftovers(out, region_id, NEW)]:
        _remove(leftover)


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def stage(out: Path, region_id: str, files: dict[str, bytes]) -> Path:
    """Write every file of the new set into a fresh hidden folder beside the target."""
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{region_id}.{NEW}-", dir=out))
    except OSError as exc:
        raise BuildError(f"in uitvoermap {out} kan niet worden geschreven "
                         f"({describe_os_error(exc)}).") from None
    try:
        for name, data in files.items():
            with open(staging / name, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        staging.chmod(0o755)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(exc, OSError):
            raise BuildError(f"schrijven in {out} mislukt ({describe_os_error(exc)}).") from None
        raise
    return staging


def swap(staging: Path, target: Path) -> None:
    """Put the staged set in place of the old one: two renames, then remove the old folder.

    An interrupt (Ctrl-C) arriving meanwhile is held until the swap is complete.
    """
    old: Path | None = None
    with _interrupt_held():
        try:
            if target.exists() or target.is_symlink():
                old = target.with_name(f".{target.name}.{OLD}-{secrets.token_hex(6)}")
                os.rename(target, old)
            try:
                os.rename(staging, target)
            except OSError:
                if old is not None:
                    os.rename(old, target)
                    old = None
                raise
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise BuildError(f"{target} kan niet worden vervangen "
                             f"({describe_os_error(exc)}).") from None
    if old is not None:
        _remove(old)


@contextlib.contextmanager
def _interrupt_held() -> Iterator[None]:
    """Hold SIGINT during a critical section (main thread only); deliver it afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[Any] = []
    previous = signal.signal(signal.SIGINT, lambda *args: received.append(args))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if received and callable(previous):
        previous(*received[0])
