"""Text on the terminal: what a user wrote (names, file names) is shown, never obeyed.

A value can contain rich markup (`[bold]`, `[/]`), emoji codes (`:smile:`) or terminal escape
codes (ESC [31m). Everything printed goes through `visible()` and a `Console` that interprets no
markup, no emoji and no highlighting, so the user sees the characters they wrote.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import TextIO

from rich.console import Console

_BIDI = {0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def visible(text: str) -> str:
    """`text` with control, bidirectional-override and unpaired surrogate characters written
    as escapes (`\\x1b`, `\\u202e`); line breaks and tabs stay."""
    out = []
    for ch in text:
        o = ord(ch)
        if ch in "\n\t":
            out.append(ch)
        elif o < 0x20 or 0x7F <= o <= 0x9F:
            out.append(f"\\x{o:02x}")
        elif o in _BIDI or 0xD800 <= o <= 0xDFFF:
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)


class _Console(Console):
    def on_broken_pipe(self) -> None:
        """The reader went away (`| head`): print nothing more, and carry on to the exit code
        of what the command did (rich would exit with 1 here)."""
        self.quiet = True
        _silence_stdout()


def console(stderr: bool = False, file: TextIO | None = None) -> Console:
    """A console that prints text as text: no markup, emoji or highlighting of user values."""
    return _Console(file=file or (sys.stderr if stderr else sys.stdout), highlight=False,
                    markup=False, emoji=False, soft_wrap=True)


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def closed_pipe_is_fine() -> Iterator[None]:
    """`protocolmaker check … | head`: when the reader stops reading, stop writing quietly.

    The rest of the output goes nowhere and the command still ends with the exit code of what
    it did, not with an error about the pipe.
    """
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
