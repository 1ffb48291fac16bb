"""`protocolmaker init`: a starter config beside the JSON Schema an editor needs to help.

The schema is written into `.protocolmaker/` next to the starter and the starter's first line
points at it by relative path, so completion and checks in the editor work offline, on any
machine, for exactly the installed version of protocolmaker.
"""

from __future__ import annotations

from pathlib import Path

from protocolmaker.config.schema import SCHEMA_FILES, schema_text
from protocolmaker.errors import UserError, describe_os_error
from protocolmaker.resources import templates_dir

SCHEMA_DIR = ".protocolmaker"
MODELINE = "# yaml-language-server: $schema="


def write_starter(target: Path, *, base: bool = False, force: bool = False) -> list[Path]:
    """Write the starter (a region, or a base with `base`) and its schema; return both paths."""
    if target.exists() and not force:
        raise UserError(f"{target} bestaat al; kies een andere naam of gebruik --force.")
    kind = "basis" if base else "regio"
    schema_path = target.parent / SCHEMA_DIR / SCHEMA_FILES[kind]
    template = templates_dir() / ("starter-basis.yaml" if base else "starter.yaml")
    lines = template.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].startswith(MODELINE), template
    lines[0] = f"{MODELINE}{SCHEMA_DIR}/{SCHEMA_FILES[kind]}\n"
    try:
        schema_path.parent.mkdir(parents=True, exist_ok=True)
        schema_path.write_text(schema_text(kind), encoding="utf-8")
        target.write_text("".join(lines), encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{target} kan niet worden geschreven ({describe_os_error(exc)})."
                        ) from None
    return [target, schema_path]
