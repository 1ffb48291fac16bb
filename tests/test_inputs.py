"""Files a config points at (house style, logo) stay inside the config's folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, write_region

from protocolmaker.config import load_config
from protocolmaker.config.inputs import resolve_input
from protocolmaker.errors import ConfigError

FIELD = ("zvh", "huisstijl")


@pytest.fixture
def loaded(tmp_path: Path):  # type: ignore[no-untyped-def]
    region = tmp_path / "regio"
    region.mkdir()
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
    return load_config(write_region(region, text))


def refused(loaded, value: str) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError) as exc:
        resolve_input(loaded, FIELD, value, (".docx",))
    problem = exc.value.problems[0]
    assert problem.location.file.endswith("regio.yaml")
    return problem.message


def test_a_file_beside_or_below_the_config_is_read(loaded) -> None:  # type: ignore[no-untyped-def]
    folder = loaded.path.parent
    (folder / "stijl").mkdir()
    (folder / "stijl" / "Regio.DOCX").write_bytes(b"PK data")
    got = resolve_input(loaded, FIELD, "stijl/Regio.DOCX", (".docx",))
    assert got.data == b"PK data" and got.path.name == "Regio.DOCX"


def test_hostile_paths_are_refused_without_reading(loaded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = loaded.path.parent
    (tmp_path / "geheim.docx").write_text("geheime inhoud", encoding="utf-8")
    assert "absoluut pad" in refused(loaded, str(tmp_path / "geheim.docx"))
    assert "boven die van" in refused(loaded, "../geheim.docx")
    os.symlink(tmp_path / "geheim.docx", folder / "link.docx")
    message = refused(loaded, "link.docx")
    assert "buiten de map" in message and "geheime inhoud" not in message
    os.mkfifo(folder / "pijp.docx")
    assert "geen gewoon bestand" in refused(loaded, "pijp.docx")
    (folder / "map.docx").mkdir()
    assert "geen gewoon bestand" in refused(loaded, "map.docx")
    assert "niet gevonden" in refused(loaded, "ontbreekt.docx")
    assert "geen .docx-bestand" in refused(loaded, "regio.yaml")
    assert "stuurtekens" in refused(loaded, "a\x00.docx")


def test_an_oversized_file_is_refused(loaded) -> None:  # type: ignore[no-untyped-def]
    (loaded.path.parent / "groot.docx").write_bytes(b"x" * 101)
    with pytest.raises(ConfigError) as exc:
        resolve_input(loaded, FIELD, "groot.docx", (".docx",), max_bytes=100)
    assert "te groot" in exc.value.problems[0].message
