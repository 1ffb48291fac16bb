"""Compiled clause templates kept between runs, in the user's cache folder (issue 12).

Compiling the clause templates is most of composing a set (about 0.17 s CPU of 0.22 for the
Fryslân set), and every process did it anew. Jinja can keep the compiled code: this is its
`FileSystemBytecodeCache`, made safe to leave on by default:

- Nothing a build produces depends on it. Jinja uses stored code only when the checksum of the
  template's text, its name and file, the Jinja version and the Python version all match; and
  the key here adds everything of the environment that changes what a compiler makes of the
  text (delimiters, white-space options, `finalize`, extensions). Otherwise the template is
  compiled as without a cache. A file that cannot be read or does not unpickle is a miss.
- It writes only inside its own folder: `$PROTOCOLMAKER_CACHE_DIR`, else
  `$XDG_CACHE_HOME/protocolmaker` or the platform's user cache folder; never in the output
  folder or next to the templates. A folder that cannot be made, is not the user's own, or is
  writable by others is not used, and a failed write is ignored: the build then compiles, as it
  always did. `PROTOCOLMAKER_CACHE_DIR=` (empty) turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

ENV_VAR = "PROTOCOLMAKER_CACHE_DIR"


def cache_root() -> Path | None:
    """The user's cache folder for protocolmaker, or None when the user turned it off."""
    chosen = os.environ.get(ENV_VAR)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "protocolmaker" / "Cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "protocolmaker"
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "protocolmaker"
    return Path.home() / ".cache" / "protocolmaker"


def fingerprint(env: jinja2.Environment) -> str:
    """What of the environment the compiled code depends on, besides the template's text."""
    finalize = env.finalize
    parts = (
        jinja2.__version__, sys.version, env.block_start_string, env.block_end_string,
        env.variable_start_string, env.variable_end_string, env.comment_start_string,
        env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
        env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
        env.optimized, env.is_async, repr(env.autoescape) if isinstance(env.autoescape, bool)
        else getattr(env.autoescape, "__qualname__", "?"),
        None if finalize is None else (getattr(finalize, "__module__", "?"),
                                       getattr(finalize, "__qualname__", "?"),
                                       getattr(finalize, "jinja_pass_arg", None)),
        tuple(sorted(env.extensions)),
    )
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's file cache, keyed also by the environment, and never an error."""

    def __init__(self, directory: Path, env_key: str) -> None:
        super().__init__(str(directory), "%s.jinja")
        self.env_key = env_key

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return super().get_cache_key(f"{self.env_key}|{name}", filename)

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged or foreign file: compile instead
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):  # full, read-only, gone: the next run compiles
            super().dump_bytecode(bucket)


def _own_folder(path: Path) -> bool:
    """Made if missing (only for this user); usable only when it is this user's and nobody
    else may write in it: code is loaded from it."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = path.lstat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode) or not os.access(path, os.W_OK | os.X_OK):
        return False
    return not hasattr(os, "getuid") or (
        info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def bytecode_cache(env: jinja2.Environment) -> CompiledTemplates | None:
    """The cache for `env`'s compiled templates, or None (then Jinja compiles every time)."""
    root = cache_root()
    if root is None:
        return None
    folder = root / "sjablonen"
    if not _own_folder(root) or not _own_folder(folder):
        return None
    return CompiledTemplates(folder, fingerprint(env))


def from_string(env: jinja2.Environment, text: str) -> jinja2.Template:
    """`env.from_string(text)` through the cache: the same code, compiled once per text."""
    cache = env.bytecode_cache
    if cache is None:
        return env.from_string(text)
    name = "<tekst " + hashlib.sha256(text.encode("utf-8")).hexdigest() + ">"
    bucket = cache.get_bucket(env, name, None, text)
    code: Any = bucket.code
    if code is None:
        code = env.compile(text)  # as from_string does: no name, no file
        bucket.code = code
        cache.set_bucket(bucket)
    return env.template_class.from_code(env, code, env.make_globals(None), None)
