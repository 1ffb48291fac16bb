"""Zip packages (DOCX, XLSX) with fixed entry times: the same input gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile


def normalise_zip(data: bytes, stamp: dt.datetime | dt.date) -> bytes:
    """Rewrite the package with every entry dated `stamp` (00:00) and fixed permissions."""
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
