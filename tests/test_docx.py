"""The DOCX as Word sees it: list numbering, REF fields, house style, typography, bytes.

Numbers are read from numbering.xml the way Word computes them (tests/wordml.py; the LibreOffice
tests check that reading against a real word processor) and compared with our own model.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from functools import cache
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from lxml import etree
from tests.conftest import CONFIGS, REGIONS, run_cli, write_region
from tests.docs import plain
from tests.expected import edit_docx, edit_model, expected_paragraphs, expected_refs
from tests.wordml import W, WordDoc

from protocolmaker.build import compose_all
from protocolmaker.config import load_config
from protocolmaker.documents import compose_joining, compose_set
from protocolmaker.model.document import Document
from protocolmaker.render.docx import TOC_INSTRUCTION, to_docx
from protocolmaker.render.house_style import REQUIRED_STYLES

HOUSE = CONFIGS / "huisstijl" / "waddenkust.docx"
NUMBERED = {"Kop Artikel", "Kop Bijvoegsel", "Lid", "Onderdeel", "Opsomming"}
TYPED_NUMBER = re.compile(r"^\s*(\d+(\.\d+)*\.?|([a-z])\3{0,2}\.|•)(\s|$)")
"""‘6.3 ’, ‘6. ’, ‘b. ’, ‘aa. ’, ‘• ’ at the start of a paragraph (not ‘mr. ’ or ‘drs. ’)."""


@cache
def documents(region: str) -> list[tuple[str, Document]]:
    """(file name, model) of every DOCX of the region's set, and one toetredingsformulier."""
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    docs = [(s.filename, d) for s, d in compose_all(load_config(CONFIGS / f"{region}.yaml")).all()
            if "docx" in s.formats]
    joining = cfg.joining[0] if cfg.joining else cfg.partners[-1]
    docs.append((f"toetreding-{joining.id}", compose_joining(cfg, joining)))
    return docs


@cache
def rendered(region: str, name: str) -> bytes:
    return to_docx(dict(documents(region))[name])


ALL = [(r, n) for r in REGIONS for n, _ in documents(r)]


def model(region: str, name: str) -> Document:
    return dict(documents(region))[name]


# --- numbering -------------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "name"), ALL)
def test_numbers_are_word_numbering_never_typed(region: str, name: str) -> None:
    word = WordDoc(rendered(region, name))
    numbered = [p for p in word.paragraphs if p.style in NUMBERED]
    assert numbered or name.startswith("toetreding")
    for p in numbered:
        assert p.direct_num and p.num, (p.style, p.text[:40])  # w:numPr on the paragraph
    typed = [plain(p.text) for p in word.paragraphs
             if not p.in_table and TYPED_NUMBER.match(plain(p.text))]  # (not version ‘1.0’)
    assert typed == []
    # Numbered lists outside the articles (the criteria of convenant Bijvoegsel 2) are Word
    # lists too, each group starting at 1.
    numbered_list = [p.label for p in word.paragraphs if p.style == "Opsomming" and p.label
                     and p.label != "•"]
    assert all(p.direct_num for p in word.paragraphs if p.label and p.style == "Opsomming")
    if name == "convenant":
        assert numbered_list[:4] == ["1.", "2.", "3.", "4."]
    python_docx = DocxDocument(io.BytesIO(rendered(region, name)))
    leden = [p for p in python_docx.paragraphs if p.style.name in ("Lid", "Onderdeel")]
    assert all(p._p.pPr.numPr is not None for p in leden)
    assert len(leden) == sum(1 for p in word.paragraphs if p.style in ("Lid", "Onderdeel"))


@pytest.mark.parametrize(("region", "name"), ALL)
def test_word_shows_the_numbers_and_text_of_the_model(region: str, name: str) -> None:
    word = WordDoc(rendered(region, name))
    shown = [(plain(p.label), plain(p.text)) for p in word.paragraphs]
    expected = [(plain(label), plain(text)) for label, text in
                expected_paragraphs(model(region, name))]
    assert shown == expected


def test_numbering_restarts_per_article_and_per_lid() -> None:
    word = WordDoc(rendered("fryslan", "convenant"))
    article, lid, letters = "", "", []
    for p in word.paragraphs:
        label = plain(p.label)
        if p.style == "Kop Artikel":
            article, lid = label.split()[1].rstrip("."), ""
        elif p.style == "Lid":
            expected = int(lid.split(".")[1]) + 1 if lid else 1
            assert label == f"{article}.{expected}"
            lid, letters = label, []
        elif p.style == "Onderdeel":
            letters.append(label)
            assert letters == [f"{c}." for c in "abcdefghijklmnopqrstuvwxyz"[:len(letters)]]


def test_a_lid_with_more_than_26_onderdelen_is_lettered_as_word_does() -> None:
    from tests.wordml import letters

    from protocolmaker.model.numbering import letter

    assert [letter(i) for i in range(60)] == [letters(i + 1) for i in range(60)]


def test_numbering_is_bound_to_the_styles() -> None:
    """A paragraph a user gives the style Lid is numbered by the style alone."""
    z = zipfile.ZipFile(io.BytesIO(rendered("den-bosch", "convenant")))
    styles = etree.fromstring(z.read("word/styles.xml"))
    numbering = etree.fromstring(z.read("word/numbering.xml"))
    by_name = {st.find(f"{W}name").get(f"{W}val"): st for st in styles.iter(f"{W}style")}
    bound = {}
    for name in ("Kop Artikel", "Lid", "Onderdeel", "Kop Bijvoegsel", "Opsomming"):
        num = by_name[name].find(f"{W}pPr/{W}numPr")
        assert num is not None, name
        bound[name] = (num.find(f"{W}numId").get(f"{W}val"),
                       num.find(f"{W}ilvl").get(f"{W}val"))
    assert bound["Kop Artikel"][0] == bound["Lid"][0] == bound["Onderdeel"][0]
    assert [bound[n][1] for n in ("Kop Artikel", "Lid", "Onderdeel")] == ["0", "1", "2"]
    texts = {lvl.find(f"{W}pStyle").get(f"{W}val"): lvl.find(f"{W}lvlText").get(f"{W}val")
             for lvl in numbering.iter(f"{W}lvl") if lvl.find(f"{W}pStyle") is not None}
    ids = {n: by_name[n].get(f"{W}styleId") for n in bound}
    assert plain(texts[ids["Kop Artikel"]]) == "Artikel %1."
    assert texts[ids["Lid"]] == "%1.%2" and texts[ids["Onderdeel"]] == "%3."
    assert plain(texts[ids["Kop Bijvoegsel"]]) == "Bijvoegsel %1."


# --- references ------------------------------------------------------------------------------

@pytest.mark.parametrize(("region", "name"), ALL)
def test_every_reference_is_a_ref_field_whose_cached_text_word_would_compute(
        region: str, name: str) -> None:
    word = WordDoc(rendered(region, name))
    refs = word.refs()
    expected = expected_refs(model(region, name))
    assert len(refs) == len(expected)
    for field, exp in zip(refs, expected, strict=True):
        bookmark = field.instr.split()[1]
        assert bookmark in word.bookmarks, field.instr
        assert re.fullmatch(r"REF _Ref_\w+ \\n( \\\* Lower)? \\h", field.instr), field.instr
        assert field.result == exp.result  # the model's text …
        # … is what Word computes (the cached text keeps the model's no-break space in
        # ‘artikel 6’; Word's update takes a plain one from the label ‘Artikel 6.’)
        assert plain(word.ref_result(field.instr)) == plain(field.result)
        assert ("\\* Lower" in field.instr) == exp.lower


def test_reference_texts_as_the_model_writes_them() -> None:
    word = WordDoc(rendered("fryslan", "convenant"))
    text = " ".join(plain(p.text) for p in word.paragraphs)
    assert re.search(r"op grond van artikel 6\.\d+, onder c, vastgestelde", text)
    assert "belast met de taken zoals geformuleerd in artikel 11;" in text
    protocol = WordDoc(rendered("fryslan", "privacyprotocol-complexe-casuistiek"))
    cross = " ".join(plain(p.text) for p in protocol.paragraphs)
    # another document of the set: text naming that document, not a field
    assert "artikel 11 van het Convenant" in cross
    assert all("Convenant" not in f.result for f in protocol.refs())


def test_an_inserted_lid_and_article_renumber_numbers_and_references_in_word() -> None:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    doc = compose_set(cfg).convenant
    before = " ".join(plain(t) for _, t in expected_paragraphs(doc))
    edited = WordDoc(edit_docx(to_docx(doc), "6.1", "Artikel 4."))
    after = edit_model(doc, "6.1", "Artikel 4.")
    shown = [(plain(p.label), plain(edited.updated_text(p))) for p in edited.paragraphs
             if p.style != "toc 1"]
    assert shown == [(plain(a), plain(b)) for a, b in expected_paragraphs(after, toc=False)]
    results = [plain(edited.ref_result(f.instr)) for f in edited.refs()]
    expected = [plain(f.result) for f in expected_refs(after)]
    assert results == expected
    # e.g. the definition of Werkproces: Partneroverleg was article 6 with the task in 6.7 c
    updated = " ".join(plain(edited.updated_text(p)) for p in edited.paragraphs)
    was = re.search(r"op grond van artikel 6\.(\d+), onder c, vastgestelde", before)
    assert was
    assert f"op grond van artikel 7.{int(was.group(1)) + 1}, onder c, vastgestelde" in updated
    assert "zoals geformuleerd in artikel 12;" in updated  # Manager: 11 → 12


# --- the base document -----------------------------------------------------------------------

def parts(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {n: z.read(n) for n in z.namelist()}


def test_base_document_is_dutch_current_and_ours() -> None:
    files = parts(rendered("den-bosch", "convenant"))
    assert not [n for n in files if "thumbnail" in n or "customXml" in n]
    everything = b"".join(files.values())
    assert b"python-docx" not in everything and b"Calibri" not in everything
    assert b"Cambria" not in everything and b"en-US" not in everything
    settings = files["word/settings.xml"].decode()
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" ' \
           'w:val="15"' in settings
    assert '<w:themeFontLang w:val="nl-NL"/>' in settings and "updateFields" not in settings
    styles = files["word/styles.xml"].decode()
    assert 'w:lang w:val="nl-NL"' in styles and 'w:ascii="Arial"' in styles
    fonts = etree.fromstring(files["word/fontTable.xml"])
    arial = next(f for f in fonts.iter(f"{W}font") if f.get(f"{W}name") == "Arial")
    assert arial.find(f"{W}altName").get(f"{W}val") == "Liberation Sans"
    assert b'latin typeface="Arial"' in files["word/theme/theme1.xml"]
    assert b"<Application>protocolmaker</Application>" in files["docProps/app.xml"]
    d = DocxDocument(io.BytesIO(rendered("den-bosch", "convenant")))
    props = d.core_properties
    doc = model("den-bosch", "convenant")
    assert props.title == doc.title and props.version == doc.meta.version
    assert props.content_status == "concept" and props.language == "nl-NL"
    assert props.subject.startswith("Samenwerkingsconvenant Zorg- en Veiligheidshuis")
    assert props.created.date().isoformat() == doc.meta.iso_date
    names = {s.name for s in d.styles}
    assert set(REQUIRED_STYLES) - {"heading 2", "toc 1", "TOC Heading"} <= names
    for name in ("Kop Artikel", "Kop Bijvoegsel", "Kop Sectie"):
        assert d.styles[name].paragraph_format.keep_with_next or \
            d.styles[name].base_style.paragraph_format.keep_with_next


def test_table_of_contents_has_its_entries_before_any_update() -> None:
    word = WordDoc(rendered("fryslan", "convenant"))
    toc = next(f for f in word.fields if f.instr.startswith("TOC"))
    assert toc.instr == TOC_INSTRUCTION
    entries = [p for p in word.paragraphs if p.style == "toc 1"]
    headings = [p for p in word.paragraphs if p.style in ("Kop Artikel", "Kop Bijvoegsel")]
    assert [plain(p.text) for p in entries] == [plain(p.shown) for p in headings]
    for p in entries:
        anchor = p.element.find(f"{W}hyperlink").get(f"{W}anchor")
        assert word.paragraphs[word.bookmarks[anchor]] in headings


# --- typography ------------------------------------------------------------------------------

def test_no_break_spaces_hyphens_and_keep_with_next() -> None:
    convenant = WordDoc(rendered("den-bosch", "convenant"))
    text = " ".join(p.text for p in convenant.paragraphs)
    xml = etree.tostring(convenant.document, encoding="unicode")
    assert "’s</w:t><w:noBreakHyphen/>" in xml
    assert "’s-Hertogenbosch" in text  # Word shows the no-break hyphen as ‘-’
    protocol = WordDoc(rendered("den-bosch", "privacyprotocol"))
    ptext = " ".join(p.text for p in protocol.paragraphs)
    assert "binnen 72\u00a0uur" in ptext and "artikel\u00a034\u00a0AVG" in ptext
    assert re.search("artikel\u00a06, eerste lid, onder\u00a0e", ptext)
    assert re.search(r"binnen \d+\u00a0weken", ptext)
    lead_ins = [p for p in convenant.paragraphs if p.style == "Lid" and p.element.find(
        f"{W}pPr/{W}keepNext") is not None]
    with_items = [i for i, p in enumerate(convenant.paragraphs[:-1])
                  if p.style == "Lid" and convenant.paragraphs[i + 1].style == "Onderdeel"]
    assert len(lead_ins) == len(with_items) > 5


# --- house style -----------------------------------------------------------------------------

def region_with_house_style(tmp: Path, name: str = "ZVH Wad & Kust <Noord>",
                            house: Path | None = HOUSE) -> Path:
    text = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8").replace(
        "  naam: Zorg- en Veiligheidshuis ’s-Hertogenbosch\n",
        f"  naam: \"{name}\"\n" + ("  huisstijl: huisstijl/regio.docx\n" if house else ""), 1)
    (tmp / "huisstijl").mkdir(parents=True, exist_ok=True)
    if house:
        shutil.copy(house, tmp / "huisstijl" / "regio.docx")
    return write_region(tmp, text, "den-bosch.yaml")


def test_a_region_house_style_gives_cover_logo_placeholders_and_styles(tmp_path: Path) -> None:
    own = run_cli("build", region_with_house_style(tmp_path / "a"), "--out", tmp_path / "o1",
                  "--format", "docx")
    default = run_cli("build", region_with_house_style(tmp_path / "b", house=None), "--out",
                      tmp_path / "o2", "--format", "docx")
    assert own.code == default.code == 0, own.text + default.text
    path = tmp_path / "o1/den-bosch/convenant.docx"
    d = DocxDocument(str(path))
    files = parts(path.read_bytes())
    assert "word/media/logo.png" in files  # the region's logo, in its header
    header = " ".join(p.text for p in d.sections[0].header.paragraphs)
    assert "ZVH Wad & Kust <Noord>" in header
    assert b"<a:blip" in next(v for k, v in files.items() if k.startswith("word/header")
                              and b"Wad &amp; Kust" in v)
    footer = " ".join(p.text for p in d.sections[0].footer.paragraphs)
    assert "Samenwerkingsconvenant · versie 0.9 (concept) · pagina" in footer
    cover = [p.text for p in d.paragraphs[:6]]
    assert "ZVH Wad & Kust <Noord>" in cover
    assert any(t.startswith("Convenant samenwerking tussen ketenpartners ZVH Wad & Kust <Noord>")
               for t in cover)
    assert "Versie 0.9 — concept — 20 november 2026" in cover
    assert d.sections[0].different_first_page_header_footer  # no header on the cover
    assert d.styles["Kop Artikel"].base_style.font.name == "DejaVu Serif"
    assert b'w:ascii="DejaVu Sans"' in files["word/styles.xml"]
    ours = WordDoc(path)
    theirs = WordDoc(tmp_path / "o2/den-bosch/convenant.docx")
    start = next(i for i, p in enumerate(ours.paragraphs) if p.style == "Title")
    assert [(p.style, p.label, p.text) for p in ours.paragraphs[start:]] == \
        [(p.style, p.label, p.text) for p in theirs.paragraphs]
    assert start >= 5


def house_variant(tmp: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A copy of the example house style with one part changed."""
    z = zipfile.ZipFile(HOUSE)
    out = tmp / "variant.docx"
    with zipfile.ZipFile(out, "w") as dst:
        for name in z.namelist():
            data = change(name, z.read(name))
            if data is not None:
                dst.writestr(name, data)
    return out


def refused(tmp: Path, house: Path) -> str:
    res = run_cli("build", region_with_house_style(tmp, house=house), "--out", tmp / "out",
                  "--format", "docx")
    assert res.code == 2, res.text
    assert "Traceback" not in res.text and not (tmp / "out" / "den-bosch").exists()
    assert "den-bosch.yaml:" in res.err and "huisstijl" in res.err
    return res.err


def test_a_house_style_that_is_not_a_docx_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "tekst.docx"
    text.write_text("Dit is geen Word-bestand.", encoding="utf-8")
    assert "geen zip-pakket" in refused(tmp_path / "a", text)
    other = tmp_path / "ander.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert "word/document.xml" in refused(tmp_path / "b", other)


def test_a_house_style_without_a_required_style_is_refused(tmp_path: Path) -> None:
    def drop_lid(name: str, data: bytes) -> bytes:
        return data.replace(b'<w:name w:val="Lid"/>', b'<w:name w:val="Lidmaat"/>') \
            if name == "word/styles.xml" else data

    err = refused(tmp_path, house_variant(tmp_path, drop_lid))
    assert "verplichte stijl(en) ontbreken: ‘Lid’" in err and "‘Onderdeel’ (onderdeel" in err


def test_house_style_placeholders_are_checked_and_sandboxed(tmp_path: Path) -> None:
    def placeholder(value: bytes):  # type: ignore[no-untyped-def]
        def change(name: str, data: bytes) -> bytes:
            return data.replace(b"{{ zvh.naam }}", value) if name == "word/header1.xml" \
                else data
        return change

    err = refused(tmp_path / "a", house_variant(tmp_path, placeholder(b"{{ zvh.adres }}")))
    assert "onbekende plaatshouder" in err and "{{ document.versie }}" in err
    err = refused(tmp_path / "b", house_variant(
        tmp_path, placeholder(b"{{ zvh.naam.__class__.__mro__ }}")))
    assert "plaatshouder" in err
    err = refused(tmp_path / "c", house_variant(tmp_path, placeholder(b"{% include 'x' %}")))
    assert "plaatshouder" in err


def test_a_house_style_with_a_dtd_or_macros_is_refused(tmp_path: Path) -> None:
    def dtd(name: str, data: bytes) -> bytes:
        return data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
                            1) if name == "word/styles.xml" else data

    assert "DTD" in refused(tmp_path / "a", house_variant(tmp_path, dtd))

    def macros(name: str, data: bytes) -> bytes:
        return data.replace(b"document.main+xml", b"document.macroEnabled.main+xml") \
            if name == "[Content_Types].xml" else data

    assert "macro" in refused(tmp_path / "b", house_variant(tmp_path, macros))


def test_damaged_house_styles_give_a_message_never_a_traceback(tmp_path: Path) -> None:
    damages = {
        "numbering": lambda n, d: b'<?xml version="1.0"?><w:numbering xmlns:w="http://'
        b'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum '
        b'w:abstractNumId="x"/><w:num w:numId="-3"/></w:numbering>'
        if n == "word/numbering.xml" else d,
        "lid-as-character-style": lambda n, d: d.replace(
            b'w:type="paragraph" w:customStyle="1" w:styleId="Lid"',
            b'w:type="character" w:customStyle="1" w:styleId="Lid"')
        if n == "word/styles.xml" else d,
        "no-body": lambda n, d: d.replace(b"<w:body>", b"<w:bodx>").replace(
            b"</w:body>", b"</w:bodx>") if n == "word/document.xml" else d,
        "broken-xml": lambda n, d: d[:200] if n == "word/styles.xml" else d,
        "no-styles-part": lambda n, d: None if n == "word/styles.xml" else d,
        "unclosed-tag": lambda n, d: d.replace(b"{{ zvh.naam }}", b"{% if x %}")
        if n == "word/header1.xml" else d,
    }
    for name, change in damages.items():
        folder = tmp_path / name
        folder.mkdir()
        res = run_cli("build", region_with_house_style(folder, house=house_variant(
            folder, change)), "--out", folder / "out", "--format", "docx")
        assert res.code in (0, 2), (name, res.text)
        assert "Traceback" not in res.text, name
        if res.code == 2:
            assert "huisstijl" in res.err, (name, res.err)


# --- bytes -----------------------------------------------------------------------------------

def test_same_input_same_bytes_also_with_a_region_house_style(tmp_path: Path) -> None:
    assert to_docx(model("fryslan", "convenant")) == rendered("fryslan", "convenant")
    path = region_with_house_style(tmp_path)
    first = run_cli("build", path, "--out", tmp_path / "1", "--format", "docx")
    second = run_cli("build", path, "--out", tmp_path / "2", "--format", "docx")
    assert first.code == second.code == 0
    for docx in (tmp_path / "1/den-bosch").glob("*.docx"):
        assert docx.read_bytes() == (tmp_path / "2/den-bosch" / docx.name).read_bytes()


def test_the_committed_house_styles_are_what_the_script_writes() -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, str(CONFIGS.parent / "scripts/make_house_style.py"),
                           "--check"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
