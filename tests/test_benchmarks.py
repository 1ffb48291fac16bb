"""The benchmark scripts measure what they say: the configs they generate are usable regions of
the size asked for (a generator left behind by a change of the config model measures an
error message, not a build)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import ROOT

from protocolmaker.config import load_config


def benchmark(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("n", [10, 30, 100])
def test_party_scaling_generates_a_valid_region_with_that_many_parties(tmp_path: Path,
                                                                       n: int) -> None:
    path = benchmark("batch_speed").with_parties(tmp_path, n)
    cfg = load_config(path).config
    assert len(cfg.partners) == n
    for party in cfg.partners:
        assert cfg.person(party.representative) is not None, party.id


def test_batch_regions_are_valid_and_each_has_its_own_id(tmp_path: Path) -> None:
    folder = benchmark("batch_speed").regions(tmp_path, 4)
    ids = [load_config(p).config.zvh.id for p in sorted(folder.glob("*.yaml"))]
    assert ids == ["regio-01", "regio-02", "regio-03", "regio-04"]
