"""Where the bundled `templates/` folder lives (repo checkout or installed wheel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


@cache
def templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "templates", here.parent.parent / "templates"):
        if (candidate / "catalogus").is_dir():
            return candidate
    raise RuntimeError("templates/ not found next to the package or in the checkout")


@cache
def load_data(relative: str) -> Any:
    """A bundled YAML data file (catalogs): trusted input, anchors allowed."""
    return YAML(typ="safe").load((templates_dir() / relative).read_text(encoding="utf-8"))
