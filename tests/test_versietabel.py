"""The versietabel on the cover of every document (issue 13, point 6): `document.historie` in the
config, one row per version, oldest first, ending with the current version; drawn as a real
table in the DOCX (Word table, repeated header row), the PDF (tagged header cells) and the web
page (`<th scope="col">`); its config checked with located Dutch messages."""

from __future__ import annotations

import io
import re
import zipfile
from functools import cache
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from lxml import etree
from tests.conftest import CONFIGS, run_cli, write_region
from tests.docs import norm, pdf_structure, pdf_text
from tests.wordml import W

from protocolmaker.config import load_config
from protocolmaker.documents import compose_set
from protocolmaker.model.document import FIRST_VERSION, THIS_VERSION, Document
from protocolmaker.render.docx import to_docx
from protocolmaker.render.house_style import HouseStyle, check, default_house_style
from protocolmaker.render.html import to_html
from protocolmaker.render.layout import VERSION_COLUMNS, VERSIONS_KEY, cell_text, layout
from protocolmaker.render.pdf import typeset

FRYSLAN_ROWS = [
    ["0.8", "14 april 2026", "concept", "Eerste concept, besproken in het Partneroverleg"],
    ["0.9", "18 juni 2026", "definitief",
     "Eerste vastgestelde versie (vastgesteld door Stuurgroep, 18 juni 2026)"],
    ["1.0", "24 november 2026", "concept",
     "Eigen privacyprotocol voor Radicalisering; Woonkracht als derde per casus; getoetst aan "
     "de WGS"],
]
DEN_BOSCH = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
CURRENT = '  versie: "0.9"\n  status: concept\n  datum: 2026-11-20\n'


def with_history(history: str) -> str:
    """The den-bosch example (0.9, concept, 20 november 2026) with a `historie` block."""
    assert CURRENT in DEN_BOSCH
    return DEN_BOSCH.replace(CURRENT, CURRENT + "  historie:\n" + history, 1)


def compose(tmp: Path, text: str) -> list[tuple[str, Document]]:
    path = write_region(tmp, text, "den-bosch.yaml")
    return [(s.filename, d) for s, d in compose_set(load_config(path).config)]


@cache
def fryslan() -> dict[str, Document]:
    return {s.filename: d for s, d in compose_set(load_config(CONFIGS / "fryslan.yaml").config)}


def rows_of(doc: Document) -> list[list[str]]:
    [block] = [b for b in layout(doc) if b.style == "versions"]
    return [[norm(cell_text(c)) for c in row] for row in block.rows]


# --- the model and the layout ---------------------------------------------------------------------

def test_every_document_of_the_set_has_the_table_right_after_the_subtitle() -> None:
    for name, doc in fryslan().items():
        blocks = layout(doc)
        assert [b.style for b in blocks[:3]] == ["title", "subtitle", "versions"], name
        assert blocks[2].key == VERSIONS_KEY and blocks[2].runs == []
        assert rows_of(doc) == FRYSLAN_ROWS, name


def test_without_history_one_row_first_version() -> None:
    for name, doc in compose_set(load_config(CONFIGS / "den-bosch.yaml").config):
        assert rows_of(doc) == [["0.9", "20 november 2026", "concept", FIRST_VERSION]], name


def test_history_is_sorted_oldest_first_and_the_current_version_follows(
        tmp_path: Path) -> None:
    docs = compose(tmp_path, with_history(
        '    - {versie: "0.5", datum: 2026-09-01, status: concept, wijziging: Tweede concept}\n'
        '    - {versie: "0.4", datum: 2026-06-01, status: concept,\n'
        '       wijziging: "Eerste \'concept\'"}\n'))
    for _, doc in docs:
        assert rows_of(doc) == [
            ["0.4", "1 juni 2026", "concept", "Eerste ‘concept’"],  # typographic quotes
            ["0.5", "1 september 2026", "concept", "Tweede concept"],
            ["0.9", "20 november 2026", "concept", THIS_VERSION],
        ]


def test_the_current_version_listed_last_is_not_repeated(tmp_path: Path) -> None:
    [(_, doc), *_] = compose(tmp_path, with_history(
        '    - {versie: "0.9", datum: 2026-11-20, status: concept, wijziging: Herzien}\n'
        '    - {versie: "0.5", datum: 2026-09-01, status: concept, wijziging: Concept}\n'))
    assert [r[0] for r in rows_of(doc)] == ["0.5", "0.9"]
    assert rows_of(doc)[-1][3] == "Herzien"


# --- validation ---------------------------------------------------------------------------------

def test_history_errors_are_located_and_in_dutch(tmp_path: Path) -> None:
    path = write_region(tmp_path, with_history(
        '    - {versie: "0.8", datum: 2026-12-01, status: concept, wijziging: later}\n'
        '    - {versie: "0.8", datum: 2026-10-01, status: concept, wijziging: dubbel}\n'
        '    - {versie: "0.9", datum: 2026-11-19, status: definitief, wijziging: anders}\n'),
        "den-bosch.yaml")
    res = run_cli("check", path)
    assert res.code == 2, res.text
    # the line of the first entry: after the lines of `document` and `historie:`
    first = DEN_BOSCH.split(CURRENT)[0].count("\n") + CURRENT.count("\n") + 2
    expected = [
        (first, "document.historie[0].datum", "versie ‘0.8’ heeft datum 1 december 2026, na de "
                                              "datum van deze versie (0.9, 20 november 2026)"),
        (first + 1, "document.historie[1].versie",
         f"versie ‘0.8’ staat twee keer in de historie (ook op regel {first})"),
        (first + 2, "document.historie[2].datum",
         "versie ‘0.9’ is de huidige versie, maar heeft in de historie datum 19 november 2026 en "
         "in ‘document’ 20 november 2026"),
        (first + 2, "document.historie[2].status",
         "versie ‘0.9’ is de huidige versie, maar heeft in de historie status ‘definitief’ en in "
         "‘document’ ‘concept’"),
    ]
    for line, field, message in expected:
        assert re.search(rf"den-bosch\.yaml:{line}:\d+ \[{re.escape(field)}\]: "
                         + re.escape(message), res.out + res.err), (field, res.text)
    assert "Traceback" not in res.text


@pytest.mark.parametrize("entry,field", [
    ('{versie: "0.8", datum: 2026-02-30, status: concept, wijziging: x}', "datum"),
    ('{versie: "0.8", datum: 2026-02-01, status: vastgesteld, wijziging: x}', "status"),
    ('{versie: "0.8", datum: 2026-02-01, status: concept}', "wijziging"),
    ('{versie: "0.8", datum: 2026-02-01, status: concept, wijziging: x, door: y}', "door"),
])
def test_malformed_entries_are_refused_with_file_line_and_field(tmp_path: Path, entry: str,
                                                                 field: str) -> None:
    path = write_region(tmp_path, with_history(f"    - {entry}\n"), "den-bosch.yaml")
    res = run_cli("check", path)
    assert res.code == 2, res.text
    assert re.search(r"den-bosch\.yaml:\d+(:\d+)? \[document\.historie\[0\]", res.text), res.text
    assert f"‘{field}’" in res.text and "Traceback" not in res.text


# --- DOCX ---------------------------------------------------------------------------------------

def test_docx_has_a_word_table_with_a_repeated_header_row() -> None:
    data = to_docx(fryslan()["convenant"])
    d = DocxDocument(io.BytesIO(data))
    [table] = d.tables
    cells = [[norm(c.text) for c in row.cells] for row in table.rows]
    assert cells == [list(VERSION_COLUMNS), *FRYSLAN_ROWS]
    tbl = table._tbl
    rows = tbl.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    # the header cells are bold; the body of the table is in the house style's Normal style
    assert all(run.bold for c in table.rows[0].cells for p in c.paragraphs for run in p.runs)
    assert {p.style.name for row in table.rows for c in row.cells for p in c.paragraphs} == \
        {"Normal"}
    assert tbl.find(f"{W}tblPr/{W}tblCaption").get(f"{W}val") == "Versietabel"
    # right after the subtitle, before the table of contents
    body = list(d.element.body)
    i = body.index(tbl)
    assert body[i - 1].find(f".//{W}pStyle").get(f"{W}val") == d.styles["Subtitle"].style_id
    assert "Inhoud" in "".join(body[i + 1].itertext())
    # without a table style of its own: drawn with direct formatting
    assert tbl.find(f"{W}tblPr/{W}tblBorders") is not None
    assert tbl.find(f"{W}tblPr/{W}tblStyle") is None


def _with_table_style(house: HouseStyle) -> HouseStyle:
    """The default house style with a table style ‘Versietabel’ added, as a designer would in
    Word."""
    src = zipfile.ZipFile(io.BytesIO(house.data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/styles.xml":
                root = etree.fromstring(data)
                root.append(etree.fromstring(
                    f'<w:style xmlns:w="{W[1:-1]}" w:type="table" w:styleId="Versietabel">'
                    '<w:name w:val="Versietabel"/><w:basedOn w:val="TableNormal"/><w:tblPr>'
                    '<w:tblBorders><w:insideH w:val="single" w:sz="8" w:color="00AA00"/>'
                    "</w:tblBorders></w:tblPr></w:style>"))
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            out.writestr(info, data)
    return check(HouseStyle(buf.getvalue(), "regio.docx"))


def test_a_house_style_table_style_is_used_when_there_is_one() -> None:
    doc = fryslan()["convenant"]
    d = DocxDocument(io.BytesIO(to_docx(doc, _with_table_style(default_house_style()))))
    [table] = d.tables
    tbl = table._tbl
    assert tbl.find(f"{W}tblPr/{W}tblStyle").get(f"{W}val") == "Versietabel"
    assert tbl.find(f"{W}tblPr/{W}tblBorders") is None  # the style decides
    assert [norm(c.text) for c in table.rows[1].cells] == FRYSLAN_ROWS[0]


def test_the_region_house_style_without_table_style_still_works() -> None:
    from tests.test_docx import HOUSE

    house = check(HouseStyle(HOUSE.read_bytes(), "waddenkust.docx"))
    d = DocxDocument(io.BytesIO(to_docx(fryslan()["convenant"], house)))
    [table] = d.tables
    assert [norm(c.text) for c in table.rows[3].cells] == FRYSLAN_ROWS[2]


# --- PDF ----------------------------------------------------------------------------------------

def test_pdf_page_one_has_the_rows_and_tagged_header_cells(tmp_path: Path) -> None:
    pdf, warnings = typeset(fryslan()["privacyprotocol-radicalisering"])
    assert warnings == []
    path = tmp_path / "p.pdf"
    path.write_bytes(pdf)
    page = pdf_text(path, 1)
    assert "Versie Datum Status Wijziging" in page
    assert "0.8 14 april 2026 concept" in page.replace("\u00a0", " ")
    text = norm(page)
    for row in FRYSLAN_ROWS:
        for cell in row:
            assert cell in text, cell
    tags = [kind for kind, _, _ in pdf_structure(path)]
    assert tags.count("/Table") == 1 and tags.count("/TH") == 4
    assert tags.count("/TD") == 4 * len(FRYSLAN_ROWS)


def test_user_text_in_the_table_stays_text_in_the_pdf(tmp_path: Path) -> None:
    literal = "#panic() *vet* $x$ <lbl> @ref [a] // geen"
    [(_, doc), *_] = compose(tmp_path, with_history(
        f'    - {{versie: "0.1", datum: 2026-01-01, status: concept, wijziging: "{literal}"}}\n'))
    path = tmp_path / "t.pdf"
    path.write_bytes(typeset(doc)[0])
    assert literal in norm(pdf_text(path, 1))


# --- HTML ---------------------------------------------------------------------------------------

def test_web_page_has_a_table_with_column_headers() -> None:
    html = to_html(fryslan()["privacyverklaring"])
    table = html[html.index("<table"):html.index("</table>")]
    assert re.findall(r'<th scope="col">([^<]*)</th>', table) == list(VERSION_COLUMNS)
    cells = [norm(re.sub(r"<[^>]+>", "", c))
             for c in re.findall(r"<td>(.*?)</td>", table)]
    assert cells == [c for row in FRYSLAN_ROWS for c in row]
    assert html.index('class="subtitle"') < html.index("<table")
