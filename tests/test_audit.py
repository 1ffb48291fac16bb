"""Sentences a lawyer struck when the three examples were read as `definitief` after issues 9
and 10 (audit of 2026-12-06). Each test reads the rendered DOCX text."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as DocxDocument
from tests.conftest import CONFIGS, REGIONS
from tests.docs import norm, plain

from protocolmaker.build import BuildOptions, render_set
from protocolmaker.config import load_config
from protocolmaker.model.view import View


@pytest.fixture(scope="module")
def texts() -> dict[str, dict[str, str]]:
    """region → DOCX file name → its text, one paragraph a line."""
    out: dict[str, dict[str, str]] = {}
    for region in REGIONS:
        rendered = render_set(load_config(CONFIGS / f"{region}.yaml"),
                              BuildOptions(formats=("docx",)))
        out[region] = {
            name: "\n".join(norm(plain(p.text))
                            for p in DocxDocument(io.BytesIO(data)).paragraphs)
            for name, data in rendered.files.items() if name.endswith(".docx")}
    return out


def test_private_participants_are_not_joint_controllers_in_the_plural(
        texts: dict[str, dict[str, str]]) -> None:
    """Protocol 2.2 under the WGS: ‘Veilig Thuis …, RN en GGZ Maasoever, die deelnemen …, zijn
    … geen Gezamenlijke Verwerkingsverantwoordelijke’ — a plural subject, a singular noun."""
    text = texts["den-bosch"]["privacyprotocol.docx"]
    sentence = re.search(r"[^.\n]*die deelnemen in de zin van het tweede lid[^.\n]*\.", text)
    assert sentence, "den Bosch has three private WGS participants"
    assert sentence.group(0).endswith("zijn voor die gezamenlijke verwerking geen Gezamenlijke "
                                      "Verwerkingsverantwoordelijken."), sentence.group(0)


@pytest.mark.parametrize("region", REGIONS)
def test_the_decision_speaks_of_every_protocol_when_there_are_several(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """A decision for a region with several werkprocessen may not speak of ‘het privacyprotocol’
    as if there were one."""
    protocols = [n for n in texts[region] if n.startswith("privacyprotocol")]
    a20 = texts[region]["artikel20-beslissing.docx"]
    if len(protocols) > 1:
        assert "het privacyprotocol" not in a20.replace("het privacyprotocol van", ""), \
            re.findall(r"[^.\n]*het privacyprotocol[^.\n]*", a20)
        assert "het privacyprotocol van het werkproces" in a20
    else:
        assert "het privacyprotocol" in a20


@pytest.mark.parametrize("region", REGIONS)
def test_the_decision_is_not_given_with_regard_to_bpg_4_5_where_it_does_not_apply(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """Bpg art. 4:5 governs a provision under art. 19 or art. 20, first lid, Wpg only
    (docs/wetgeving-onderzoek.md § 1.9): a decision whose werkprocessen all provide under the
    third or fourth lid is not taken ‘gelet op’ it."""
    view = View(load_config(CONFIGS / f"{region}.yaml").config)
    frameworks = {pr.framework for pr in view.protocols if pr.a20_recipients}
    a20 = texts[region]["artikel20-beslissing.docx"]
    gelet_op = next(line for line in a20.splitlines() if line.startswith("gelet op "))
    if "convenant" in frameworks:
        assert "4:5" in gelet_op
    else:
        assert "4:5" not in gelet_op, gelet_op


@pytest.mark.parametrize("region", REGIONS)
def test_the_wgs_retention_cap_is_cited_with_both_its_exceptions(
        texts: dict[str, dict[str, str]], region: str) -> None:
    """Protocol 11.3 cites WGS art. 1.8 lid 7: the five-year cap yields to a statutory rule and
    to a legal claim (docs/wetgeving-onderzoek.md:258-263); the second was left out."""
    for name, text in texts[region].items():
        if not name.startswith("privacyprotocol"):
            continue
        lid = re.search(r"[^\n]*uiterlijk vijf jaar na de datum van eerste Verwerking[^\n]*", text)
        if lid is None:
            continue  # a werkproces outside the WGS
        assert "tenzij een wettelijk voorschrift daaraan in de weg staat of de Verwerking " \
               "noodzakelijk is voor de instelling, uitoefening of onderbouwing van een " \
               "rechtsvordering (artikel 1.8, zevende lid," in lid.group(0), (name, lid.group(0))


def test_the_verantwoording_lists_what_the_law_research_could_not_establish(
        texts: dict[str, dict[str, str]]) -> None:
    """The lawyer reviewing the set sees every point the research left open that the documents
    rely on (docs/wetgeving-onderzoek.md § 0 and § 5), not only the contactpunt and the Artikel
    20 choice."""
    walcheren = texts["walcheren"]["verantwoording.docx"]
    for words in ("Stb. 2024, 198", "artikel 2.27, vijfde lid",
                  "artikel 26 van de Algemene verordening gegevensbescherming",
                  "artikel 1.8, zevende lid", "artikel 2.31, dertiende lid",
                  "Staatsbladnummer van de Wet gegevensverwerking persoonsgerichte aanpak"):
        assert words in walcheren, words
    # a region without a werkproces radicalisering is not told about one
    assert "artikel 2.31, dertiende lid" not in texts["den-bosch"]["verantwoording.docx"]


@pytest.mark.parametrize("region", REGIONS)
def test_regressions_of_issue_9_text_points_stay_fixed(texts: dict[str, dict[str, str]],
                                                       region: str) -> None:
    """Two ‘Text’ points of issue 9 that had no test of their own: the decision's ‘het Privacy
    Protocol …, die onderdeel is’ and the double numbering ‘• 1.’ of convenant Bijvoegsel 2."""
    a20 = texts[region]["artikel20-beslissing.docx"]
    several = sum(n.startswith("privacyprotocol") for n in texts[region]) > 1
    assert ("’, die onderdeel zijn van het Convenant" if several else
            "’, dat onderdeel is van het Convenant") in a20
    assert "’, die onderdeel is" not in a20
    conv = texts[region]["convenant.docx"].splitlines()
    start = max(i for i, line in enumerate(conv) if line == "Criteria complexe casuïstiek")
    criteria = conv[start + 1:start + 7]
    assert not any(re.match(r"\s*(•\s*)?\d+[.)]\s", line) for line in criteria), criteria
