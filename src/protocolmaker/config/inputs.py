"""Files a config points at (a house style, a logo): confined, regular, bounded.

A config may name other files, but only plain files next to it or in a folder below it: never an
absolute path, never `..`, never a symlink that leads elsewhere, never a device or a pipe, never
more than a fixed number of bytes. What is refused gets a located Dutch message (exit code 2),
and the content of a refused file is never read, let alone echoed.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from protocolmaker.config.yamlio import read_regular
from protocolmaker.errors import ConfigError, Location, Problem, describe_os_error

if TYPE_CHECKING:
    from protocolmaker.config.loader import LoadedConfig

MAX_INPUT_BYTES = 10_000_000
MAX_NAME_BYTES = 255


@dataclass(frozen=True)
class InputFile:
    """A file named by the config, read once: where it is and what it holds."""

    path: Path
    data: bytes


def resolve_input(loaded: LoadedConfig, field: tuple[str | int, ...], value: str,
                  suffixes: tuple[str, ...], max_bytes: int = MAX_INPUT_BYTES) -> InputFile:
    """Read the file `value` names (relative to the config) for the config field `field`."""
    where = loaded.locate(*field)
    real = confined_file(loaded.path.resolve().parent, value, where, suffixes, max_bytes)
    try:  # the file could have been replaced since it was checked: read it just as safely
        data = read_regular(real, value, max_bytes)
    except ConfigError as exc:
        problem = exc.problems[0]
        raise _refusal(where, suffixes, "huisstijl/regio.docx")(
            f"‘{value}’: {problem.message}") from None
    return InputFile(real, data)


def _refusal(where: Location, suffixes: tuple[str, ...], example: str
             ) -> Callable[[str], ConfigError]:
    allowed = " of ".join(suffixes)

    def refuse(message: str) -> ConfigError:
        return ConfigError([Problem(where, message, (
            f"Noem een {allowed}-bestand in de map van het configuratiebestand of een submap "
            f"daarvan, bijv. ‘{example}’."))])
    return refuse


def confined_file(folder: Path, value: str, where: Location, suffixes: tuple[str, ...],
                  max_bytes: int = MAX_INPUT_BYTES, example: str = "huisstijl/regio.docx"
                  ) -> Path:
    """The real path of the regular file `value` names inside `folder`, or a located refusal.

    Checks the name before touching the disk and the file before anything reads it: relative,
    no `..`, one of `suffixes`, inside `folder` after following links, a regular file (not a
    device, pipe or folder) of at most `max_bytes`. Nothing of a refused file is read.
    """
    allowed = " of ".join(suffixes)
    refuse = _refusal(where, suffixes, example)
    if any(ord(ch) < 32 for ch in value):
        raise refuse("de bestandsnaam bevat stuurtekens.")
    if len(value.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise refuse(f"de bestandsnaam is te lang (meer dan {MAX_NAME_BYTES} bytes).")
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute() or \
            PureWindowsPath(value).drive:
        raise refuse(f"‘{value}’ is een absoluut pad; alleen een pad relatief aan het "
                     "configuratiebestand is toegestaan.")
    parts = PureWindowsPath(value).parts
    if ".." in parts:
        raise refuse(f"‘{value}’ verwijst naar een map boven die van het configuratiebestand.")
    if not value.lower().endswith(suffixes):
        raise refuse(f"‘{value}’ is geen {allowed}-bestand.")
    candidate = folder.joinpath(*parts)
    try:
        real = candidate.resolve(strict=True)
    except (FileNotFoundError, NotADirectoryError):
        raise refuse(f"bestand ‘{value}’ niet gevonden (gezocht als {candidate}).") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise refuse(f"bestand ‘{value}’ kan niet worden gelezen "
                     f"({describe_os_error(exc)}).") from None
    if not real.is_relative_to(folder):
        raise refuse(f"‘{value}’ leidt (via een snelkoppeling) buiten de map van het "
                     "configuratiebestand.")
    try:
        info = os.stat(real)
    except OSError as exc:
        raise refuse(f"‘{value}’ kan niet worden gelezen ({describe_os_error(exc)}).") from None
    if not stat.S_ISREG(info.st_mode):
        raise refuse(f"‘{value}’ is geen gewoon bestand.")
    if info.st_size > max_bytes:
        raise refuse(f"‘{value}’ is te groot ({info.st_size} bytes; maximaal {max_bytes}).")
    return real
