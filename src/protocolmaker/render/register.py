"""The Verwerkingsregister entry for the joint processing, protocol art. 24.3 a–f
(seed 004:12918-12934), as CSV and XLSX. Computed from the same config and the same catalog as
the protocol, so its retention periods and parties cannot differ from art. 11 and the preamble.
"""

from __future__ import annotations

import csv
import io

from protocolmaker.config.models import RegionConfig
from protocolmaker.model.compose import ROLE_NAMES, View, enumerate_nl
from protocolmaker.model.typography import smarten
from protocolmaker.render.package import normalise_zip

HEADER = ("onderdeel", "veld", "waarde")


def register_rows(cfg: RegionConfig) -> list[tuple[str, str, str]]:
    """(art. 24.3 onderdeel, veld, waarde) rows, in the order of the article."""
    v = View(cfg)
    r = cfg.retention
    zvh = cfg.zvh
    parties = "; ".join(v.full_name(p) + (f", eenheid {p.police_unit}" if p.police_unit else "")
                        + (f", arrondissementsparket {p.parket}" if p.parket else "")
                        for p in cfg.partners)
    purposes = [
        "bijdragen aan de veiligheid als onderdeel van het integrale zorg- en veiligheidsbeleid: "
        "voorkomen en verminderen van recidive, (ernstige) overlast, criminaliteit en "
        "maatschappelijke uitval bij complexe problemen",
        "oplossen van complexe multi-problematiek",
        "voorkomen van (verder) crimineel en/of overlastgevend gedrag",
        "oplossen van ernstige lokale of gebiedsgebonden veiligheidsproblematiek",
        *(f.description for f in cfg.choices.extra_functions),
    ]
    categories: list[str] = []
    subjects: list[str] = []
    for i, c in enumerate(v.subject_categories, 1):
        subjects.append(f"categorie {i}: {c['omschrijving']}")
        data = list(c["persoonsgegevens"])
        if v.police and i <= 2:
            data.append(f"politiegegevens (artikel {v.police_articles} Wpg)")
        data += list(c["strafrechtelijke_gegevens"]) + list(c["bijzondere_gegevens"])
        categories.append(f"categorie {i}: " + "; ".join(data))
    protocols = "; ".join(str(p["title"]) for p in v.protocols)
    contact = zvh.privacy_contact or "(nog in te vullen)"
    role = cfg.privacy.coordinator
    coordinator = f"de {ROLE_NAMES[role]}" if role else "(nog in te vullen)"
    rows = [
        ("", "naam verwerking", f"Samenwerking in het {zvh.name}"),
        ("", "grondslag van de afspraken", f"Convenant en {protocols}"),
        ("a", "gezamenlijke verwerkingsverantwoordelijken", parties),
        ("a", "contactgegevens", f"{coordinator}, {contact}"),
        ("a", "privacyadviseur", zvh.privacy_adviser.name if zvh.privacy_adviser else ""),
        ("b", "verwerkingsdoeleinden", "; ".join(purposes)),
        ("c", "categorieën persoonsgegevens", " | ".join(categories)),
        ("d", "categorieën betrokkenen", " | ".join(subjects)),
        ("e", "categorieën ontvangers",
         "deelnemers aan het Casusoverleg namens de partijen: "
         + enumerate_nl(sorted({v.full_name(p) for p in cfg.partners}))),
        ("f", "doorgifte aan derde landen of internationale organisaties", "geen"),
        ("", "bewaartermijn beperkte toegang (maanden na afschaling)",
         str(r.restricted_access_months)),
        ("", "bewaartermijn archief (tot maanden na afschaling)", str(r.archive_until_months)),
        ("", "vernietiging uiterlijk (maanden na afschaling)", str(r.destruction_months)),
        ("", "beveiligingsmaatregelen", "volgens Bijvoegsel 3 van het Privacy Protocol"),
    ]
    return [(a, b, smarten(c)) for a, b, c in rows]


def to_csv(cfg: RegionConfig) -> bytes:
    """Semicolon-separated with a BOM: opens correctly in Dutch Excel and LibreOffice."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(register_rows(cfg))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(cfg: RegionConfig) -> bytes:
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Verwerkingsregister"
    ws.append(list(HEADER))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in register_rows(cfg):
        ws.append(list(row))
    ws.column_dimensions["A"].width = 11
    ws.column_dimensions["B"].width = 45
    ws.column_dimensions["C"].width = 110
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    stamp = dt.datetime.combine(cfg.document.date, dt.time())
    wb.properties.creator = cfg.zvh.name
    wb.properties.title = f"Verwerkingsregister {cfg.zvh.name}"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.lastModifiedBy = "protocolmaker"
    # `Workbook.save` stamps `modified` with the current time; the writer itself does not, so
    # the register keeps the document date and the same input gives the same bytes.
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    buf = io.BytesIO()
    with ZipFile(buf, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    return normalise_zip(buf.getvalue(), stamp)
