"""Issue 10: each werkproces its own protocol, in substance. The third example region
(Walcheren) has three werkprocessen under three legal regimes, one with only five partners."""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

import pytest
from tests.conftest import CONFIGS
from tests.docs import docx_leden, docx_paragraphs, docx_sections, norm

from protocolmaker.config import load_config
from protocolmaker.model.view import View

REGION = "walcheren"


def protocols(built: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted((built / REGION).glob("privacyprotocol-*.docx"))}


def section(path: Path, title: str) -> str:
    hits = [t for h, t in docx_sections(path).items()
            if re.match(rf"(Artikel|Bijvoegsel) \d+\. {title}", h)]
    assert len(hits) == 1, title
    return hits[0]


def parties(path: Path) -> list[str]:
    return [t for s, t in docx_paragraphs(path) if s == "Partij"]


def test_three_werkprocessen_three_protocols_one_with_five_partners(built: Path) -> None:
    cfg = load_config(CONFIGS / f"{REGION}.yaml").config
    found = protocols(built)
    assert set(found) == {f"privacyprotocol-{w.id}" for w in cfg.workprocesses}
    assert len(found) == 3
    assert min(len(parties(p)) for p in found.values()) == 5
    five = found["privacyprotocol-huiselijk-geweld"]
    assert not any("burgemeester" in t for t in parties(five))  # no gemeente in this one


def test_each_protocol_differs_from_its_siblings_in_substance(built: Path) -> None:
    found = protocols(built)
    for (a_name, a), (b_name, b) in itertools.combinations(found.items(), 2):
        pair = (a_name, b_name)
        assert section(a, "Doel Verwerking") != section(b, "Doel Verwerking"), pair
        assert parties(a) != parties(b), pair
        assert section(a, "Categorieën Persoonsgegevens en Betrokkenen") != \
            section(b, "Categorieën Persoonsgegevens en Betrokkenen"), pair
        assert section(a, "Grondslag") != section(b, "Grondslag"), pair


def test_no_protocol_claims_a_function_of_another(built: Path) -> None:
    """Every function of convenant art. 2.2/2.3 is carried out by exactly one werkproces, and
    each protocol's art. 3.1 names its own and says the others are not covered."""
    claimed: dict[str, str] = {}
    for name, path in protocols(built).items():
        doel = section(path, "Doel Verwerking")
        first = re.search(r"3\.1 (.*?) 3\.2 ", doel)
        assert first, name
        functions = re.findall(r"artikel (2\.\d(?:, onder [a-z])?)", first.group(1))
        assert functions, name
        for f in functions:
            assert f not in claimed, (f, name, claimed.get(f))
            claimed[f] = name
        assert "Verwerkingen voor andere functies van het Convenant vallen niet onder dit " \
               "Protocol" in first.group(1)
    leden = docx_leden(built / REGION / "convenant.docx")
    # the functions that handle cases: 2.2 a (complexe casuïstiek) and every 2.3 onderdeel;
    # 2.2 b and c (expertisecentrum, trends) process no personal data of a case
    functions = ["2.2, onder a"] + [f"2.3, onder {letter}" for letter in
                                    re.findall(r"(?:^|[:;] )([a-z])\. ", leden["2.3"])]
    assert len(functions) == 3
    assert sorted(claimed) == functions  # each function claimed once, none left out


def test_the_legal_regime_of_each_werkproces_reaches_its_protocol(built: Path) -> None:
    found = protocols(built)
    wgs = section(found["privacyprotocol-complexe-casuistiek"], "Grondslag")
    rad = section(found["privacyprotocol-radicalisering"], "Grondslag")
    hg = section(found["privacyprotocol-huiselijk-geweld"], "Grondslag")
    assert "artikel 20, derde lid, Wpg" in wgs
    assert "artikel 20, vierde lid, Wpg" in rad
    assert "artikel 20, eerste lid, Wpg" in hg
    retention = section(found["privacyprotocol-huiselijk-geweld"], "Bewaren")
    assert "uiterlijk binnen 9 maanden na het besluit tot Afschaling" in retention
    a20 = docx_sections(built / REGION / "artikel20-beslissing.docx")
    ontvangers = next(t for h, t in a20.items() if h.endswith("Ontvangers"))
    hg_recipients = re.search(r"in het werkproces ‘Huiselijk geweld’: (.*?)(?:[;.] [a-z]\. |\.$)",
                              ontvangers)
    assert hg_recipients
    assert "burgemeester" not in hg_recipients.group(1)  # only its own partners
    assert "Veilig Thuis Zeeland" in hg_recipients.group(1)


def test_register_and_statement_have_one_entry_per_werkproces(built: Path) -> None:
    cfg = load_config(CONFIGS / f"{REGION}.yaml").config
    raw = (built / REGION / "verwerkingsregister.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert [r["werkproces"] for r in rows] == [w.name for w in cfg.workprocesses]
    views = {pr.name: pr for pr in View(cfg).protocols}
    for r in rows:
        assert r["f. vernietiging uiterlijk (maanden na afschaling)"] == \
            str(views[r["werkproces"]].retention.destruction_months)
        assert r["b. verwerkingsdoeleinden"]
    html = norm(re.sub(r"<[^>]+>", " ", (built / REGION / "privacyverklaring.html")
                       .read_text(encoding="utf-8")))
    for w in cfg.workprocesses:
        assert f"{w.name}: waarom en hoe lang wij uw gegevens verwerken" in html


@pytest.mark.parametrize("name", ["complexe-casuistiek", "radicalisering", "huiselijk-geweld"])
def test_the_convenant_lists_each_protocol_with_its_function(built: Path, name: str) -> None:
    cfg = load_config(CONFIGS / f"{REGION}.yaml").config
    w = next(w for w in cfg.workprocesses if w.id == name)
    conv = docx_sections(built / REGION / "convenant.docx")
    a15 = next(t for h, t in conv.items() if h.endswith("Uitwisseling van informatie"))
    assert re.search(rf"voor het werkproces ‘{re.escape(w.name)}’, ter uitvoering van artikel "
                     rf"2\.\d[^:]*: het ‘{re.escape(w.title or '')}’", a15)
