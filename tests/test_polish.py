"""The audit's remaining defects (2026-12): articles before abbreviations, the Stuurgroep's
mandate sentence, numbers in words in the privacy statement, where a radicalisering casus is
registered, and the national base's modeline inside the package. Each test reads the rendered
text (or the shipped file) and failed on the output before the fix."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from tests.conftest import CONFIGS, NATIONAL_BASE, REGIONS
from tests.docs import norm, plain

from protocolmaker.build import BuildOptions, render_set
from protocolmaker.config import load_config
from protocolmaker.config.catalog import partner_kinds
from protocolmaker.config.schema import base_schema
from protocolmaker.model.compose import ucfirst
from protocolmaker.model.typography import number_word, quantity, smarten
from protocolmaker.model.view import View
from protocolmaker.resources import templates_dir


def _texts(path: Path) -> dict[str, str]:
    """File name → its text, one paragraph a line (HTML without its tags)."""
    rendered = render_set(load_config(path), BuildOptions(formats=("docx", "html")))
    out: dict[str, str] = {}
    for name, data in rendered.files.items():
        if name.endswith(".docx"):
            out[name] = "\n".join(norm(plain(p.text))
                                  for p in DocxDocument(io.BytesIO(data)).paragraphs)
        elif name.endswith(".html"):
            html = data.decode("utf-8") if isinstance(data, bytes) else data
            out[name] = norm(re.sub(r"<[^>]+>", " ", html))
    return out


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str]]:
    return {region: _texts(CONFIGS / f"{region}.yaml") for region in REGIONS}


# --- 1. an abbreviation takes the article of the name it abbreviates ---------------------------

@pytest.mark.parametrize("region", REGIONS)
def test_an_abbreviation_takes_its_article_where_dutch_requires_one(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """‘ingebracht door RvdK’, ‘en DJI’ → ‘door de RvdK’, ‘en de DJI’; ‘RN’ and ‘GGZ Maasoever’
    are names and stay bare. The definition ‘(verder aangeduid als ‘RvdK’)’ and a kenmerk
    ‘RvdK/…’ are not running text."""
    cfg = load_config(CONFIGS / f"{region}.yaml").config
    with_article = {p.abbreviation: partner_kinds()[p.kind].article for p in cfg.partners
                    if p.abbreviation and partner_kinds()[p.kind].article}
    bare = [p.abbreviation for p in cfg.partners
            if p.abbreviation and not partner_kinds()[p.kind].article]
    assert "RvdK" in with_article and "RN" in bare
    for name, text in texts[region].items():
        text = re.sub(r"‘[^’]*’", "‘’", text)
        for abbr, article in with_article.items():
            for m in re.finditer(rf"(\S+) {re.escape(abbr)}\b(?!/)", text):
                assert m.group(1).lower() == article, (name, text[m.start() - 60:m.end() + 20])
            assert not re.search(rf"(^|[^\w ])\s*{re.escape(abbr)}\b(?!/)", text, re.M), \
                (name, abbr)
        for abbr in bare:
            assert not re.search(rf"\b(de|het) {re.escape(abbr)}\b", text), (name, abbr)
        # (‘voor zover het de Verwerking betreft’ is Dutch; ‘de de’, ‘de het’ are not)
        assert not re.search(r"\b(de de|het het|de het)\b", text, re.I), (name, re.findall(
            r".{40}\b(?:de de|het het|de het)\b.{20}", text, re.I))
    if region == "fryslan":
        protocol = texts[region]["privacyprotocol-complexe-casuistiek.docx"]
        assert "(ingebracht door de RvdK)" in protocol
        assert "(ingebracht door de DJI)" in protocol
        assert "het College van procureurs-generaal, de RvdK, GGD Fryslân en de DJI" in protocol


def test_an_abbreviation_with_its_article_is_capitalised_at_the_start_of_a_sentence(
        tmp_path: Path) -> None:
    """The article comes from the catalog (data), so a sentence that starts with the party
    starts with ‘De RvdK’; an abbreviation that already carries its article gets no second one."""
    view = View(load_config(CONFIGS / "fryslan.yaml").config)
    assert view.name("rvdk") == "de RvdK" and ucfirst(view.name("rvdk")) == "De RvdK"
    assert view.name("reclassering") == "RN" and view.name("dji") == "de DJI"
    text = (CONFIGS / "fryslan.yaml").read_text(encoding="utf-8")
    text = text.replace("  informatiebeveiliging:\n    partij: gemeente-leeuwarden",
                        "  informatiebeveiliging:\n    partij: rvdk")
    text = text.replace("afkorting: RvdK", "afkorting: de RvdK")
    (tmp_path / "regio.yaml").write_text(text, encoding="utf-8")
    out = _texts(tmp_path / "regio.yaml")
    protocol = out["privacyprotocol-complexe-casuistiek.docx"]
    assert re.search(r"(?m)^De RvdK ", protocol), "art. 12 starts with the party"
    for name, body in out.items():
        assert not re.search(r"\b[Dd]e de RvdK\b", body), name


# --- 2. convenant 4.4: only who sits for a Partij acts under its mandate -----------------------

@pytest.mark.parametrize("region", REGIONS)
def test_the_stuurgroep_mandate_sentence_holds_for_the_members_who_represent_a_party(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """‘Ieder lid van de Stuurgroep neemt deel … krachtens een mandaat … van de Partij die hij
    vertegenwoordigt’ was untrue of the Manager, the secretaris and the chairing burgemeester."""
    text = texts[region]["convenant.docx"]
    assert "Ieder lid van de Stuurgroep neemt deel" not in text
    chair = View(load_config(CONFIGS / f"{region}.yaml").config).chair
    lid = next(line for line in text.splitlines() if "krachtens een mandaat of volmacht" in line
               and "Stuurgroep" in line)
    assert lid.startswith("Ieder lid van de Stuurgroep dat daarin namens een Partij zitting "
                          "heeft, neemt deel en besluit krachtens een mandaat of volmacht van "
                          "die Partij"), lid
    where = smarten(chair.name)
    assert f"De voorzitter neemt deel in zijn hoedanigheid van burgemeester van {where}." in lid
    assert "De Manager en de secretaris vertegenwoordigen in de Stuurgroep geen Partij." in lid


# --- 3. the privacy statement writes numbers up to twenty in words -----------------------------

def test_number_words() -> None:
    assert [number_word(n) for n in (1, 3, 12, 15, 20, 21, 24)] == \
        ["één", "drie", "twaalf", "vijftien", "twintig", "21", "24"]
    assert quantity(1, "maand", "maanden") == "één maand"
    assert quantity(6, "maand", "maanden") == "zes maanden"
    assert quantity(36, "maand", "maanden") == "36 maanden"
    with pytest.raises(TypeError):
        number_word("3")


@pytest.mark.parametrize("region", REGIONS)
def test_the_privacy_statement_writes_counts_up_to_twenty_in_words(
        texts: dict[str, dict[str, str]], region: str) -> None:
    statement = texts[region]["privacyverklaring.html"]
    small = [m.group(0) for m in re.finditer(r"\b(\d+) (gemeenten|maanden|weken|dagen)\b",
                                             statement) if int(m.group(1)) <= 20]
    assert not small, small
    expected = {"fryslan": "van vijftien gemeenten", "walcheren": "van drie gemeenten",
                "den-bosch": "van de gemeente ’s-Hertogenbosch"}[region]
    assert expected in statement
    assert "binnen vier weken" in statement and "tot zes maanden na dat besluit" in statement


# --- 4. radicalisering: a casus is registered with the burgemeester ---------------------------

@pytest.mark.parametrize("region", ["fryslan", "walcheren"])
def test_a_radicalisering_casus_is_registered_with_the_burgemeester(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """3.7 let a casus be registered with the politie, the OM or the burgemeester, while 3.8 (the
    region's agreement) and the kader (the burgemeester's casusoverleg) allow the burgemeester
    only; the agreement wrote the defined terms Casus and Betrokkene in lower case."""
    protocol = texts[region]["privacyprotocol-radicalisering.docx"]
    assert "aangemeld bij de politie, het Openbaar Ministerie of" not in protocol
    assert "Partijen melden een Casus aan bij die burgemeester (artikel 5 van de Wet " \
        "gegevensverwerking persoonsgerichte aanpak radicalisering" in protocol
    assert "Een Casus radicalisering wordt alleen aangemeld door of in overleg met de " \
        "burgemeester van de gemeente waar de Betrokkene woont of verblijft." in protocol
    for name, text in texts[region].items():
        if name.startswith("privacyprotocol") and "radicalisering" not in name:
            assert "Partijen melden een Casus aan bij die burgemeester" not in text, name


# --- 5. the national base's modeline names a schema that ships with it -------------------------

def test_the_national_base_names_a_schema_inside_the_package() -> None:
    """`../../schema/…` exists in the checkout only; the wheel carries templates/ alone (see
    tests/test_install.py for the installed package)."""
    m = re.match(r"# yaml-language-server: \$schema=(\S+)$",
                 NATIONAL_BASE.read_text(encoding="utf-8").splitlines()[0])
    assert m
    target = (NATIONAL_BASE.parent / m.group(1)).resolve()
    assert target.is_file() and templates_dir().resolve() in target.parents, target
    assert json.loads(target.read_text(encoding="utf-8")) == base_schema(), \
        "regenerate: protocolmaker schema --soort basis --out " \
        "templates/basis/basisconfig.schema.json"
