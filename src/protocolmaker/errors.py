"""Every error a user can see. The CLI catches `UserError` once and prints its message.

Messages are Dutch; each carries the exit code that tells what happened.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

_ERRNO_NL = {getattr(errno, name): text for name, text in (
    ("EACCES", "geen toegang: onvoldoende rechten"),
    ("EPERM", "niet toegestaan: onvoldoende rechten"),
    ("EROFS", "de schijf is alleen-lezen"),
    ("ENOSPC", "de schijf is vol"),
    ("EDQUOT", "de schijfruimte (quotum) is op"),
    ("ENOENT", "bestand of map bestaat niet"),
    ("ENOTDIR", "een deel van het pad is een bestand, geen map"),
    ("EISDIR", "dit is een map"),
    ("EEXIST", "bestaat al"),
    ("ENAMETOOLONG", "de naam is te lang"),
    ("ELOOP", "te veel snelkoppelingen achter elkaar"),
    ("EBUSY", "in gebruik door een ander programma"),
    ("ETXTBSY", "in gebruik door een ander programma"),
    ("EIO", "lees- of schrijffout van de schijf"),
    ("EINVAL", "ongeldige naam of bewerking"),
    ("EXDEV", "ligt op een andere schijf"),
    ("ENOTEMPTY", "de map is niet leeg"),
    ("EMFILE", "te veel geopende bestanden"),
) if hasattr(errno, name)}


def describe_os_error(exc: BaseException) -> str:
    """An operating-system error in Dutch words; the system's own text is English."""
    code = getattr(exc, "errno", None)
    if code in _ERRNO_NL:
        return _ERRNO_NL[code]
    if isinstance(exc, ValueError):  # e.g. an embedded NUL byte in a path
        return "ongeldige bestandsnaam"
    return f"systeemfout {code}" if code is not None else "onbekende systeemfout"


@dataclass(frozen=True)
class Location:
    """A place in a config file: file name, 1-based line and column, and the field path."""

    file: str
    line: int | None = None
    column: int | None = None
    path: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located and explained in Dutch."""

    location: Location
    message: str
    hint: str = ""

    def render(self) -> str:
        head = f"{self.location}"
        if self.location.path:
            head += f" [{self.location.path}]"
        text = f"{head}: {self.message}"
        if self.hint:
            text += f"\n    {self.hint}"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "bestand": self.location.file,
            "regel": self.location.line,
            "kolom": self.location.column,
            "veld": self.location.path,
            "melding": self.message,
            "hint": self.hint,
        }


class UserError(Exception):
    """An error meant for the user: printed without traceback, with an exit code."""

    exit_code = EXIT_UNUSABLE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class ConfigError(UserError):
    """The config cannot be used: unreadable, not YAML, or not matching the schema."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.problems)
        noun = "probleem" if n == 1 else "problemen"
        super().__init__(f"{n} {noun} in de configuratie")


class BuildError(UserError):
    """A document could not be built from a valid config (e.g. a dangling reference)."""


class OpenPointsError(UserError):
    """A `definitief` document still has open points; the list says which."""

    exit_code = 1

    def __init__(self, document: str, points: list[str]) -> None:
        lines = "\n".join(f"  - {p}" for p in points)
        super().__init__(
            f"{document}: status ‘definitief’ maar er staan nog {len(points)} open punten in "
            f"het document. Vul ze in de configuratie in, of zet de status op ‘concept’:\n{lines}"
        )
        self.points = points


class ConfigLookupError(UserError):
    """A command names something (a partner id) the config does not have."""

    exit_code = 2


class FindingsError(UserError):
    """A `definitief` build is refused because consistency rules report a `fout`."""

    exit_code = 1

    def __init__(self, document: str, findings: list[str]) -> None:
        lines = "\n".join(f"  - {f}" for f in findings)
        super().__init__(
            f"{document}: status ‘definitief’ maar de controle meldt {len(findings)} "
            f"fout(en). Los ze op, of leg een bewuste afwijking vast onder ‘afwijkingen’:\n"
            f"{lines}")
        self.findings = findings
