"""`protocolmaker wetgeving` (issue 10): every citation of the set, traced to the law catalog."""

from __future__ import annotations

import json

from tests.conftest import CONFIGS, run_cli

from protocolmaker.config import load_config
from protocolmaker.documents import compose_set
from protocolmaker.model.document import Cite
from protocolmaker.model.numbering import inlines


def _notes(doc):  # type: ignore[no-untyped-def]
    for s in doc.sections:
        yield from s.notes
        for b in s.blocks:
            yield from getattr(b, "notes", [])
    for a in doc.articles:
        yield from a.notes
        for lid in a.leden:
            yield from lid.notes
            for item in lid.items:
                yield from item.notes
    for x in doc.annexes:
        yield from x.notes
        for b in x.blocks:
            yield from getattr(b, "notes", [])


def test_every_citation_of_the_set_is_listed_with_its_place() -> None:
    res = run_cli("wetgeving", CONFIGS / "walcheren.yaml", "--uitvoer", "json")
    assert res.code == 0, res.text
    report = json.loads(res.out)
    assert report["peildatum"] == "2027-03-01"  # the signing date
    listed = {(law["sleutel"], a["artikel"]) for law in report["regelingen"]
              for a in law["artikelen"]}
    cfg = load_config(CONFIGS / "walcheren.yaml").config
    cited = {(s.citation.law, n) for _, doc in compose_set(cfg) for inline in inlines(doc)
             for s in inline if isinstance(s, Cite)
             for n in (*s.citation.articles, *([s.citation.until] if s.citation.until else []))}
    # everything the signed text cites; a drafting note (toelichting) is no part of it
    notes = {(s.citation.law, n) for _, doc in compose_set(cfg) for note in _notes(doc)
             for s in note if isinstance(s, Cite) for n in s.citation.articles}
    assert cited and listed <= cited and cited - listed <= notes
    by_key = {law["sleutel"]: law for law in report["regelingen"]}
    wgs = by_key["wgs"]
    assert wgs["bron"].startswith("BWBR0049962") and wgs["geldt_op_peildatum"]
    places = {p for a in wgs["artikelen"] for p in a["plaatsen"]}
    # the WGS is cited in the WGS protocol, never in the one under the convenant alone
    assert any(p.startswith("Privacy Protocol Integrale Veiligheid") for p in places)
    assert not any(p.startswith("Privacy Protocol Multidisciplinaire") for p in places)
    assert "bopz" not in by_key  # expired 1 January 2020: no longer cited


def test_the_text_list_marks_what_was_not_read_in_the_official_text() -> None:
    res = run_cli("wetgeving", CONFIGS / "den-bosch.yaml")
    assert res.code == 0, res.text
    assert res.out.startswith("Aangehaalde wet- en regelgeving (peildatum 15 januari 2027):")
    assert "Wet politiegegevens (BWBR0022463; geldt op de peildatum)" in res.out
    assert "[NIET nagelezen]" in res.out and "[nagelezen]" in res.out
    assert "Artikel 20 Wpg Beslissing, " in res.out or "Besluit verstrekking" in res.out


def test_an_unusable_config_gets_its_located_message() -> None:
    res = run_cli("wetgeving", CONFIGS / "bestaat-niet.yaml")
    assert res.code == 2 and "niet gevonden" in res.err and "Traceback" not in res.text
