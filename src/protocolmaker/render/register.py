"""The Verwerkingsregister of the joint processing: one row per processing (werkproces), with
every field of AVG art. 30 lid 1 a–g (protocol art. 24.3; seed 004:12918-12934; the fields as
read in docs/wetgeving-onderzoek.md § 7.3), as CSV and XLSX.

Computed from the same config and the same catalog as the protocols, so its parties, purposes,
categories and retention periods cannot differ from theirs. Numbers are numbers and dates are
dates in the XLSX, so a register can be sorted and filtered.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from protocolmaker.config.models import RegionConfig
from protocolmaker.model.document import Cite, Text
from protocolmaker.model.markup import parse_inline
from protocolmaker.model.typography import smarten
from protocolmaker.model.view import ROLE_NAMES, View, enumerate_nl
from protocolmaker.render.package import normalise_zip

Value = str | int | dt.date

COLUMNS: tuple[tuple[str, str], ...] = (
    ("", "werkproces"),
    ("", "privacyprotocol"),
    ("", "wettelijk kader"),
    ("a", "verwerkingsverantwoordelijke(n)"),
    ("a", "contactgegevens"),
    ("a", "functionaris voor gegevensbescherming"),
    ("b", "verwerkingsdoeleinden"),
    ("c", "categorieën betrokkenen"),
    ("c", "categorieën persoonsgegevens"),
    ("d", "categorieën ontvangers"),
    ("e", "doorgifte aan derde landen of internationale organisaties"),
    ("f", "beperkte toegang tot (maanden na afschaling)"),
    ("f", "archief tot (maanden na afschaling)"),
    ("f", "vernietiging uiterlijk (maanden na afschaling)"),
    ("f", "wettelijke maximale bewaartermijn (jaren)"),
    ("g", "beveiligingsmaatregelen"),
    ("", "versie"),
    ("", "datum"),
)
"""(AVG art. 30 lid 1 onderdeel, column name) — the header row of the register."""

FRAMEWORK_NAMES = {
    "wgs": "Wet gegevensverwerking door samenwerkingsverbanden",
    "radicalisering": "Wet gegevensverwerking persoonsgerichte aanpak radicalisering en "
                      "terroristische activiteiten",
    "convenant": "convenant en privacyprotocol (artikel 26 AVG)",
}


def _text(markup: str) -> str:
    """Clause markup from a catalog as plain text (citations in full)."""
    out = []
    for span in parse_inline(markup):
        if isinstance(span, Text):
            out.append(span.text)
        elif isinstance(span, Cite):
            out.append(span.citation.text())
    return "".join(out)


def register_rows(cfg: RegionConfig) -> list[list[Value]]:
    """One row per werkproces, in the order of COLUMNS."""
    v = View(cfg)
    zvh = cfg.zvh
    role = cfg.privacy.coordinator
    coordinator = f"de {ROLE_NAMES[role]}" if role else "(nog in te vullen)"
    contact = f"{coordinator} van het {zvh.name}, {zvh.privacy_contact or '(nog in te vullen)'}"
    dpo_party = v.party(cfg.legal_framework.coordinating_dpo)
    rows: list[list[Value]] = []
    for pr in v.protocols:
        controllers = "; ".join(v.recipient_names(pr.joint_controllers))
        dpo = (f"de functionaris voor gegevensbescherming van {v.full_name(dpo_party)} "
               "(coördinerend)" if pr.wgs and dpo_party else
               "de functionarissen voor gegevensbescherming van de verwerkingsverantwoordelijken")
        purposes = [v.plain_purpose(pr), *pr.subpurposes]
        subjects, data = [], []
        for i, c in enumerate(v.subject_categories(pr.partners), 1):
            subjects.append(f"categorie {i}: {c['omschrijving']}")
            items = [*c["persoonsgegevens"],
                     *(f"strafrechtelijk: {_text(x)}" for x in c["strafrechtelijke_gegevens"]),
                     *(f"bijzonder: {_text(x)}" for x in c["bijzondere_gegevens"])]
            data.append(f"categorie {i}: " + "; ".join(items))
        recipients = ("deelnemers aan het casusoverleg namens de partijen: "
                      + enumerate_nl([v.full_name(p) for p in pr.partners]))
        if pr.third_parties:
            recipients += "; per casus als derde: " + enumerate_nl(
                [v.full_name(p) for p in pr.third_parties])
        r = pr.retention
        rows.append([
            pr.name, pr.title, FRAMEWORK_NAMES[pr.framework], controllers, contact, dpo,
            "; ".join(purposes), " | ".join(subjects), " | ".join(data), recipients, "geen",
            r.restricted_access_months, r.archive_until_months, r.destruction_months,
            5 if pr.framework in ("wgs", "radicalisering") else "",
            "volgens het beveiligingsbeleid in Bijvoegsel 3 van het privacyprotocol en het "
            "informatiebeveiligingsbeleid in Bijvoegsel 4 van het convenant",
            cfg.document.version, cfg.document.date,
        ])
    return [[smarten(c) if isinstance(c, str) else c for c in row] for row in rows]


def header() -> list[str]:
    return [f"{part}. {name}" if part else name for part, name in COLUMNS]


def to_csv(cfg: RegionConfig) -> bytes:
    """Semicolon-separated with a BOM: opens correctly in Dutch Excel and LibreOffice."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(header())
    for row in register_rows(cfg):
        writer.writerow([c.isoformat() if isinstance(c, dt.date) else c for c in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(cfg: RegionConfig) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Verwerkingsregister"
    ws.append(header())
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in register_rows(cfg):
        ws.append(row)
    widths = [22, 30, 24, 40, 30, 30, 60, 40, 70, 50, 16, 12, 12, 12, 12, 40, 8, 12]
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
    ws.freeze_panes = "B2"
    stamp = dt.datetime.combine(cfg.document.date, dt.time())
    wb.properties.creator = cfg.zvh.name
    wb.properties.title = f"Verwerkingsregister {cfg.zvh.name}"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.lastModifiedBy = cfg.zvh.name
    # `Workbook.save` stamps `modified` with the current time; the writer itself does not, so
    # the register keeps the document date and the same input gives the same bytes.
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    buf = io.BytesIO()
    with ZipFile(buf, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return normalise_zip(buf.getvalue(), stamp)
