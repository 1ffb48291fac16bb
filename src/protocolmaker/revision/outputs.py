"""Every file `protocolmaker diff --out` writes, as bytes, before anything is written.

    wijzigingen.txt / .json              the change summary (schemas/wijzigingsrapport.schema.json)
    <document>.wijzigingen.docx          redline with Word's own tracked changes
    <document>.wijzigingen.pdf / .html   redline for readers without Word
    wijzigingsconvenant.docx / .pdf      the instrument the parties sign to amend
    <document>.geconsolideerd.docx/.pdf  the amended text, ‘laatstelijk gewijzigd bij …’

Only documents that exist in both versions and differ get a redline; the change summary names
documents that are new or no longer part of the set.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from protocolmaker.render.house_style import HouseStyle
from protocolmaker.revision.compare import SetDiff
from protocolmaker.revision.summary import as_text, report

FORMATS = ("docx", "pdf", "html")


@dataclass(frozen=True)
class DiffOptions:
    formats: tuple[str, ...] = FORMATS
    author: str = "protocolmaker"
    date: dt.date | None = None
    """Date of the tracked changes; default the new version's date."""
    amendment: bool = True
    """Write the wijzigingsconvenant and the consolidated documents."""


def report_json(data: dict[str, object]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def house_style(result: SetDiff) -> HouseStyle | None:
    """The new version's house style, as its build uses it; the default one when the file is
    not at hand (a build folder keeps the config, not the region's Word file)."""
    from protocolmaker.errors import UserError
    from protocolmaker.render.house_style import load_house_style

    try:
        return load_house_style(result.new.loaded)
    except UserError:
        return None


def diff_files(result: SetDiff, options: DiffOptions,
               data: dict[str, Any] | None = None) -> dict[str, bytes]:
    """`data`: the report of `result`, when the caller has made it already."""
    from protocolmaker.revision.redline_docx import to_redline_docx

    house = house_style(result) if "docx" in options.formats else None
    data = data if data is not None else report(result)
    files: dict[str, bytes] = {
        "wijzigingen.txt": as_text(data).encode("utf-8"),
        "wijzigingen.json": report_json(data).encode("utf-8"),
    }
    new_cfg = result.new.loaded.config
    day = options.date or new_cfg.document.date
    stamp = dt.datetime(day.year, day.month, day.day)
    for d in result.documents:
        if d.old is None or d.new is None or not d.changed:
            continue
        if "docx" in options.formats and d.name != "privacyverklaring":
            files[f"{d.name}.wijzigingen.docx"] = to_redline_docx(
                d, author=options.author, date=stamp, house=house)
        if "pdf" in options.formats:
            from protocolmaker.revision.redline_pdf import to_redline_pdf

            files[f"{d.name}.wijzigingen.pdf"] = to_redline_pdf(d, data)
        if "html" in options.formats:
            from protocolmaker.revision.redline_html import to_redline_html

            files[f"{d.name}.wijzigingen.html"] = to_redline_html(d, data).encode("utf-8")
    if options.amendment and result.changed:
        from protocolmaker.revision.amendment import amendment_files

        files.update(amendment_files(result, options.formats, house))
    return files
