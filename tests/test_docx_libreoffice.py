"""The DOCX in a real word processor: LibreOffice (headless, driven through UNO) computes the
list numbers and REF fields itself, and must show our model's numbers and text — also after a
user inserts a lid and an article and updates the fields.

One known difference, from LibreOffice itself: it ignores a REF field's `\\* Lower` switch, so
where Word shows ‘artikel 12’ (REF … \\n \\* Lower), LibreOffice shows ‘Artikel 12’ once it has
updated the field (it does so on opening, because the footer counts pages). The number is the
same; `lo_shown` below states exactly that difference and nothing else.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import CONFIGS, run_cli
from tests.docs import norm, pdf_text, plain
from tests.expected import edit_docx, edit_model, expected_paragraphs, expected_refs
from tests.lo import Job, libreoffice
from tests.test_docx import region_with_house_style
from tests.wordml import WordDoc

from protocolmaker.build import compose_all
from protocolmaker.config import load_config
from protocolmaker.documents import compose_joining, compose_set
from protocolmaker.model.document import Document
from protocolmaker.render.docx import to_docx
from protocolmaker.render.layout import running_header


def lo_shown(result: str, lower: bool) -> str:
    """What LibreOffice shows for a REF field whose Word result is `result`."""
    return result[:1].upper() + result[1:] if lower else result


def lo_label(label: str) -> str:
    """LibreOffice reports no label string for a bullet (its PDF shows the ‘•’)."""
    return "" if label == "•" else plain(label)


def fold(text: str) -> str:
    """Text with LibreOffice's one difference (see the module doc) folded away."""
    return re.sub(r"\bArtikel (?=\d)", "artikel ", norm(text))


def fryslan() -> list[tuple[str, Document]]:
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    docs = [(s.filename, d) for s, d in compose_all(load_config(CONFIGS / "fryslan.yaml")).all()
            if "docx" in s.formats]
    docs.append(("toetreding", compose_joining(cfg, cfg.joining[0])))
    return docs


def test_libreoffice_shows_the_numbers_and_text_of_the_model(tmp_path: Path) -> None:
    docs = fryslan()
    jobs = []
    for name, doc in docs:
        (tmp_path / f"{name}.docx").write_bytes(to_docx(doc))
        jobs.append(Job(tmp_path / f"{name}.docx", pdf=tmp_path / f"{name}.pdf"))
    results = libreoffice(jobs)
    for (name, doc), lo in zip(docs, results, strict=True):
        expected = expected_paragraphs(doc)
        shown = [(p["label"], p["text"]) for p in lo["paragraphs"]]
        # every number LibreOffice computes from the numbering is the model's number …
        assert [plain(label) for label, _ in shown] == [lo_label(label) for label, _ in expected]
        # … and so is every paragraph's text
        assert [fold(text) for _, text in shown] == [fold(text) for _, text in expected], name
        # every reference field: the model's text as LibreOffice computes it
        refs = expected_refs(doc)
        assert [plain(r["shown"]) for r in lo["refs"]] == \
            [plain(lo_shown(f.result, f.lower)) for f in refs], name
        word = WordDoc(tmp_path / f"{name}.docx")
        assert [r["bookmark"] for r in lo["refs"]] == [f.instr.split()[1] for f in word.refs()]
        # the PDF LibreOffice prints: the same text, page furniture aside
        pdf = norm(pdf_text(tmp_path / f"{name}.pdf"))
        pdf = pdf.replace(norm(running_header(doc)), " ")
        pdf = re.sub(r"pagina \d+ van \d+", " ", pdf)
        body = " ".join(f"{label} {text}" if label else text for label, text in expected)
        assert fold(pdf) == fold(body), name


def test_libreoffice_renumbers_leden_articles_and_references_after_an_insertion(
        tmp_path: Path) -> None:
    """A lawyer adds a lid after 6.1 and an article before article 4, in the Lid and Kop
    Artikel styles, and updates the fields: every later number and reference moves."""
    cfg = load_config(CONFIGS / "fryslan.yaml").config
    doc = compose_set(cfg).convenant
    original = tmp_path / "convenant.docx"
    original.write_bytes(to_docx(doc))
    edited = tmp_path / "bewerkt.docx"
    edited.write_bytes(edit_docx(original.read_bytes(), "6.1", "Artikel 4."))
    before, after = libreoffice([Job(original, refresh=True), Job(edited, refresh=True)])
    new = edit_model(doc, "6.1", "Artikel 4.")
    body = [p for p in after["paragraphs"] if p["style"] not in ("Contents 1", "toc 1")]
    expected = expected_paragraphs(new, toc=False)
    assert [plain(p["label"]) for p in body] == [lo_label(label) for label, _ in expected]
    assert [fold(p["text"]) for p in body] == [fold(text) for _, text in expected]
    assert [plain(r["shown"]) for r in after["refs"]] == \
        [plain(lo_shown(f.result, f.lower)) for f in expected_refs(new)]
    old_text = fold(" ".join(p["text"] for p in before["paragraphs"]))
    new_text = fold(" ".join(p["text"] for p in after["paragraphs"]))
    was = re.search(r"op grond van artikel 6\.(\d+), onder c, vastgestelde", old_text)
    assert was
    assert f"op grond van artikel 7.{int(was.group(1)) + 1}, onder c, vastgestelde" in new_text
    assert sum(1 for r in before["refs"]) == sum(1 for r in after["refs"]) > 30
    changed = sum(a["shown"] != b["shown"] for a, b in zip(before["refs"], after["refs"],
                                                            strict=True))
    assert changed > 10  # most references point past article 4 and moved with it


def test_house_styles_render_in_libreoffice_with_their_fonts_cover_and_logo(
        tmp_path: Path) -> None:
    res = run_cli("build", region_with_house_style(tmp_path / "regio"), "--out", tmp_path,
                  "--format", "docx")
    assert res.code == 0, res.text
    cfg = load_config(CONFIGS / "den-bosch.yaml").config
    default = tmp_path / "standaard.docx"
    default.write_bytes(to_docx(compose_set(cfg).convenant))
    own = tmp_path / "den-bosch" / "convenant.docx"
    libreoffice([Job(default, pdf=tmp_path / "standaard.pdf"),
                 Job(own, pdf=tmp_path / "eigen.pdf")])

    def fonts(pdf: Path) -> set[str]:
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
        return {line.split()[0].split("+")[-1] for line in out if line.strip()}

    # Arial in the styles; LibreOffice on Linux sets it in Liberation Sans (same metrics)
    assert {f.split("-")[0] for f in fonts(tmp_path / "standaard.pdf")} == {"LiberationSans"}
    assert {"DejaVuSans", "DejaVuSerif-Bold"} <= fonts(tmp_path / "eigen.pdf")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout",
                            str(tmp_path / "eigen.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "ZVH Wad & Kust <Noord>" in first and "Versie 0.9 — concept" in first
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "eigen.pdf")],
                            capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert len(images) >= 2  # the logo on the cover and in the header
