"""Compiled templates kept between runs (`model.template_cache`, issue 12): the bytes of a build
do not depend on the cache — off, empty, filled, damaged or stale — and it writes nowhere but
its own folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
from tests.conftest import CONFIGS, ROOT

from protocolmaker.model import template_cache
from protocolmaker.model.compose import environment


def build(out: Path, cache: str, home: Path) -> dict[str, bytes]:
    """`protocolmaker build configs/fryslan.yaml` in a fresh process: file name → bytes."""
    env = {k: v for k, v in os.environ.items() if k != "XDG_CACHE_HOME"}
    env.update({"PROTOCOLMAKER_CACHE_DIR": cache, "HOME": str(home), "NO_COLOR": "1"})
    proc = subprocess.run([sys.executable, "-m", "protocolmaker", "build",
                           str(CONFIGS / "fryslan.yaml"), "--out", str(out), "--force"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
                          check=False)
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def every_file(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_output_bytes_are_the_same_without_an_empty_a_filled_and_a_damaged_cache(
        tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    cache = tmp_path / "cache"
    without = build(tmp_path / "zonder", "", home)
    assert not cache.exists() and every_file(home) == set()  # off means off
    cold = build(tmp_path / "leeg", str(cache), home)
    stored = sorted((cache / "sjablonen").glob("*.jinja"))
    assert stored, "the templates were compiled into the cache"
    warm = build(tmp_path / "gevuld", str(cache), home)
    code = [path.read_bytes() for path in stored]
    for i, path in enumerate(stored):  # damaged: cut short, garbage, another template's code
        path.write_bytes(code[i][:len(code[i]) // 2] if i % 3 == 0 else b"rommel" if i % 3 == 1
                         else code[i - 1])
    damaged = build(tmp_path / "beschadigd", str(cache), home)
    assert without == cold == warm == damaged
    # nothing outside the output folders and the cache: not in HOME, not beside the templates
    assert every_file(home) == set()
    assert not any((ROOT / "templates").rglob("*.jinja"))
    assert {p.name for p in tmp_path.iterdir()} == {"home", "cache", "zonder", "leeg", "gevuld",
                                                    "beschadigd"}


def test_a_stale_entry_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path))
    env = jinja2.Environment(loader=jinja2.DictLoader({"t": "oud {{ x }}"}),
                             keep_trailing_newline=True)
    env.bytecode_cache = template_cache.bytecode_cache(env)
    assert env.get_template("t").render(x=1) == "oud 1"
    env2 = jinja2.Environment(loader=jinja2.DictLoader({"t": "nieuw {{ x }}"}),
                              keep_trailing_newline=True)
    env2.bytecode_cache = template_cache.bytecode_cache(env2)
    assert env2.get_template("t").render(x=1) == "nieuw 1"  # same name, other text
    # another environment setting is another key: code compiled for one is not used by another
    env3 = jinja2.Environment(loader=jinja2.DictLoader({"t": "nieuw {{ x }}"}),
                              keep_trailing_newline=True, finalize=lambda v: f"<{v}>")
    env3.bytecode_cache = template_cache.bytecode_cache(env3)
    assert env3.get_template("t").render(x=1) == "nieuw <1>"


def test_catalog_texts_compile_as_from_string(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(template_cache.ENV_VAR, str(tmp_path))
    env = environment()
    text = "{{ wet('avg') }} en {{ 'a[b]' }}"
    expected = env.from_string(text).render()
    cached = env.overlay(bytecode_cache=template_cache.bytecode_cache(env))
    assert template_cache.from_string(cached, text).render() == expected  # compiled, stored
    assert template_cache.from_string(cached, text).render() == expected  # loaded


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() == 0,
                    reason="root may write anywhere")
def test_a_folder_others_may_write_in_or_that_cannot_be_made_is_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = jinja2.Environment()
    shared = tmp_path / "gedeeld"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv(template_cache.ENV_VAR, str(shared))
    assert template_cache.bytecode_cache(env) is None
    locked = tmp_path / "dicht"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        monkeypatch.setenv(template_cache.ENV_VAR, str(locked / "cache"))
        assert template_cache.bytecode_cache(env) is None
    finally:
        locked.chmod(0o700)


def test_a_group_writable_folder_is_not_used(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "gedeeld"
    shared.mkdir()
    shared.chmod(0o775)
    monkeypatch.setenv(template_cache.ENV_VAR, str(shared))
    assert template_cache.bytecode_cache(jinja2.Environment()) is None
    monkeypatch.setenv(template_cache.ENV_VAR, "")
    assert template_cache.bytecode_cache(jinja2.Environment()) is None
