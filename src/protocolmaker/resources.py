"""Where the bundled `templates/` folder lives (repo checkout or installed wheel), and what in it
a build depends on: the named bases a region can extend and every template file."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

BASES_DIR = "basis"
"""Named bases (`extends: landelijk`) ship in `templates/basis/<name>.yaml`."""


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


@cache
def named_bases() -> dict[str, Path]:
    """Every base that ships with the package, by the name a region writes after `extends:`."""
    folder = templates_dir() / BASES_DIR
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def template_files() -> list[tuple[str, Path]]:
    """Every file of the templates folder as (relative POSIX name, path), in a fixed order.

    These are inputs of every build: clause text, catalogs, styles, bases (not the starters
    `init` writes, nor the schema beside the national base that its modeline names for an
    editor: no build reads them).
    """
    root = templates_dir()
    files = [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and not p.name.startswith("starter") and not p.name.endswith(".schema.json")]
    return sorted((p.relative_to(root).as_posix(), p) for p in files)
