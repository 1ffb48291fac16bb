"""The wijzigingsconvenant, applied by hand (issue 13, point 4).

Every amendment instruction is read back from the instrument's text as a lawyer reads it —
‘In artikel 11.2 wordt “12” vervangen door “9”.’, ‘Na artikel 2.2 wordt een lid ingevoegd,
luidende: “…”.’ — and carried out on the old text, element by element, by number. After the
last instruction the old text must be the new one (numbered against the old, as the consolidated
text is); each instruction must also find what it names. The interpreter below knows only the
Dutch phrasing, not how the instructions were made.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import run_cli
from tests.docs import pdf_text
from tests.test_revision import Case, cases  # noqa: F401  (the fixture)

from protocolmaker.render.layout import Block, layout
from protocolmaker.revision.amendment import (
    added_and_dropped,
    amended_documents,
    compose_amendment,
    stable_documents,
)
from protocolmaker.revision.doc_diff import units

Entry = tuple[str, str]
LAPSED = ("[Vervallen]", "[vervallen]")


def _t(text: str) -> str:
    return " ".join(text.replace("\u2060", "").replace("\u00a0", " ").split())


def _label(b: Block) -> str:
    return b.runs[0].text.replace("\u00a0", " ").rstrip(". ").split(" ")[-1]


def _body(b: Block) -> str:
    return _t("".join(r.text for r in b.runs if not r.numbering))


def _read(b: Block) -> str:
    """A paragraph as read; a signature block as ‘party — who signs’."""
    text = _t("".join(r.text for r in b.runs))
    return f"{text} — {_t(''.join(r.text for r in b.signer))}" if b.signer else text


def entries(blocks: list[Block]) -> list[Entry]:
    """A document as the instructions address it: articles, their aanhef, leden and onderdelen
    by number, the paragraphs of aanhef and overwegingen, and each bijvoegsel as a whole."""
    out: list[Entry] = []
    for u in units(blocks):
        if u.kind == "artikel":
            assert u.head is not None
            n = _label(u.head)
            if u.title in LAPSED:
                continue
            out.append((f"art {n}", _t(u.title)))
            lid = n
            for b in u.blocks:
                text = _t("".join(r.text for r in b.runs))
                if text in LAPSED:
                    continue
                if b.style == "intro":
                    out.append((f"aanhef {n}", text))
                elif b.style == "lid":
                    lid = b.label
                    out.append((f"lid {lid}", text))
                elif b.style == "item":
                    out.append((f"ond {lid} {b.label.rstrip('.')}", text))
        elif u.kind == "sectie":
            name = u.key.split(":", 1)[1]
            out += [(f"{name}", _t("".join(r.text for r in b.runs))) for b in u.blocks
                    if b.style != "note"]
        elif u.kind == "bijvoegsel":
            assert u.head is not None
            if u.title in LAPSED:
                continue
            out.append((f"bijvoegsel {_label(u.head)}", " ".join(_read(b) for b in u.blocks)))
    return out


def _group(doc: list[Entry], key: str) -> tuple[int, int]:
    """The span of an element and everything below it (a lid with its onderdelen)."""
    start = next(i for i, (k, _) in enumerate(doc) if k == key)
    end = start + 1
    if key.startswith("lid "):
        lid = key.split(" ", 1)[1]
        while end < len(doc) and doc[end][0].startswith(f"ond {lid} "):
            end += 1
    elif key.startswith("art "):
        n = key.split(" ", 1)[1]
        while end < len(doc) and (doc[end][0] == f"aanhef {n}"
                                  or doc[end][0].startswith((f"lid {n}.", f"ond {n}."))):
            end += 1
    return start, end


def _set(doc: list[Entry], key: str, text: str) -> None:
    i = next(i for i, (k, _) in enumerate(doc) if k == key)
    doc[i] = (key, text)


def _key(target: str, onder: str | None) -> str:
    if onder:
        return f"ond {target} {onder}"
    return f"lid {target}" if "." in target else f"art {target}"


def _quote_entries(new: list[Entry], first: str) -> list[Entry]:
    """The element of the new text an insertion brings, with what belongs below it."""
    start, end = _group(new, first)
    return new[start:end]


def _joined(group: list[Entry]) -> str:
    parts = []
    for key, text in group:
        kind, _, rest = key.partition(" ")
        if kind == "art":
            parts.append(f"Artikel {rest}. {text}")
        elif kind == "lid":
            parts.append(f"{rest} {text}")
        elif kind == "ond":
            parts.append(f"{rest.split(' ')[-1]}. {text}")
        else:
            parts.append(text)
    return " ".join(parts)


def apply(instruction: str, doc: list[Entry], new: list[Entry], annexes: dict[str, str]) -> None:
    """Carry out one instruction on `doc` (the old text so far)."""
    m = re.fullmatch(r"In artikel ([\w.]+)(?:, onder (\w+),)? wordt “(.*)” vervangen door "
                     r"“(.*)”\.", instruction)
    if m:
        key = _key(m[1], m[2])
        text = dict(doc)[key]
        assert text.count(m[3]) == 1, instruction
        _set(doc, key, text.replace(m[3], m[4]))
        return
    m = re.fullmatch(r"In artikel ([\w.]+)(?:, onder (\w+),)? vervalt “(.*)”\.", instruction)
    if m:
        key = _key(m[1], m[2])
        _set(doc, key, " ".join(dict(doc)[key].replace(m[3], "", 1).split()))
        return
    m = re.fullmatch(r"Artikel ([\w.]+)(?:, onder (\w+),)? komt te luiden: “(.*)”\.",
                     instruction)
    if m:
        label = f"{m[2]}." if m[2] else m[1]
        assert m[3].startswith(label + " "), instruction
        _set(doc, _key(m[1], m[2]), m[3][len(label) + 1:])
        return
    m = re.fullmatch(r"De aanhef van artikel ([\w.]+) komt te luiden: “(.*)”\.", instruction)
    if m:
        _set(doc, f"lid {m[1]}" if "." in m[1] else f"aanhef {m[1]}", m[2])
        return
    m = re.fullmatch(r"Het opschrift van artikel (\w+) komt te luiden: “(.*)”\.", instruction)
    if m:
        _set(doc, f"art {m[1]}", m[2])
        return
    m = re.fullmatch(r"Na artikel ([\w.]+) wordt een (lid|artikel) ingevoegd, luidende: “(.*)”\.",
                     instruction)
    if m:
        first = (f"lid {m[3].split(' ', 1)[0]}" if m[2] == "lid"
                 else f"art {m[3].split(' ', 2)[1].rstrip('.')}")
        group = _quote_entries(new, first)
        assert _joined(group) == m[3], instruction
        _, end = _group(doc, _key(m[1], None))
        doc[end:end] = group
        return
    m = re.fullmatch(r"In artikel ([\w.]+) wordt (na|vóór) onderdeel (\w+) een onderdeel "
                     r"ingevoegd, luidende: “(.*)”\.", instruction)
    if m:
        letter = m[4].split(".", 1)[0]
        group = _quote_entries(new, f"ond {m[1]} {letter}")
        assert _joined(group) == m[4], instruction
        at = next(i for i, (k, _) in enumerate(doc) if k == f"ond {m[1]} {m[3]}")
        doc[at + (1 if m[2] == "na" else 0):at + (1 if m[2] == "na" else 0)] = group
        return
    m = re.fullmatch(r"Aan artikel ([\w.]+) wordt een onderdeel toegevoegd, luidende: “(.*)”\.",
                     instruction)
    if m:
        letter = m[2].split(".", 1)[0]
        group = _quote_entries(new, f"ond {m[1]} {letter}")
        assert _joined(group) == m[2], instruction
        _, end = _group(doc, f"lid {m[1]}")
        doc[end:end] = group
        return
    m = re.fullmatch(r"Artikel ([\w.]+)(?:, onder (\w+),)? vervalt\.", instruction)
    if m:  # its number stays taken (‘[vervallen]’), so later instructions can name it
        start, end = _group(doc, _key(m[1], m[2]))
        doc[start:end] = [(doc[start][0], LAPSED[1])]
        return
    m = re.fullmatch(r"In de (aanhef|overwegingen) komt de (?:overweging|passage) die begint met "
                     r"“(.*) …” te luiden: “(.*)”\.", instruction)
    if m:
        i = next(i for i, (k, t) in enumerate(doc) if k == m[1] and t.startswith(m[2]))
        doc[i] = (m[1], m[3])
        return
    m = re.fullmatch(r"In de (aanhef|overwegingen) vervalt de (?:overweging|passage) die begint "
                     r"met “(.*) …”\.", instruction)
    if m:
        i = next(i for i, (k, t) in enumerate(doc) if k == m[1] and t.startswith(m[2]))
        del doc[i]
        return
    m = re.fullmatch(r"Na de (?:overweging|passage) in de (aanhef|overwegingen) die begint met "
                     r"“(.*) …” wordt een (?:overweging|passage) ingevoegd, luidende: “(.*)”\.",
                     instruction)
    if m:
        i = next(i for i, (k, t) in enumerate(doc) if k == m[1] and t.startswith(m[2]))
        doc.insert(i + 1, (m[1], m[3]))
        return
    m = re.fullmatch(r"Bijvoegsel (\w+) komt te luiden zoals opgenomen in Bijvoegsel (\w+) bij "
                     r"dit wijzigingsconvenant\.", instruction)
    if m:
        _set(doc, f"bijvoegsel {m[1]}", annexes[m[2]])
        return
    m = re.fullmatch(r"Bijvoegsel (\w+) vervalt\.", instruction)
    if m:
        _set(doc, f"bijvoegsel {m[1]}", LAPSED[1])
        return
    raise AssertionError(f"instructie niet begrepen: {instruction}")


def _instrument(case: Case):  # type: ignore[no-untyped-def]
    documents = stable_documents(case.result)
    amended = amended_documents(case.result, documents)
    added, dropped = added_and_dropped(documents)
    return documents, amended, compose_amendment(case.result, amended, added, dropped)


@pytest.mark.parametrize("name", ["bewaartermijn", "naam", "partijen", "functie", "werkproces",
                                  "basis"])
def test_the_wijzigingsconvenant_applied_by_hand_gives_the_new_text(
        cases: dict[str, Case], name: str) -> None:  # noqa: F811
    case = cases[name]
    documents, amended, instrument = _instrument(case)
    blocks = layout(instrument)
    instrument_units = units(blocks)
    annexes = {_label(u.head): " ".join(_t("".join(r.text for r in b.runs)) for b in u.blocks)
               for u in instrument_units if u.kind == "bijvoegsel" and u.head is not None}
    by_name = {d.name: d for d in documents}
    assert amended, name
    for n, a in enumerate(amended, 1):
        unit = next(u for u in instrument_units if u.key == f"artikel:wijziging-{n}")
        assert unit.title == f"Wijziging van {a.short}"
        diff = by_name[a.name]
        assert diff.old is not None and diff.new is not None
        old, new = entries(layout(diff.old)), entries(diff.new_blocks)
        instructions = [_body(b) for b in unit.blocks if b.style == "item"]
        assert instructions, name
        for instruction in instructions:
            apply(instruction, old, new, annexes)
        assert [e for e in old if e[1] not in LAPSED] == new, (name, a.name)


def test_an_unchanged_set_needs_no_instrument(cases: dict[str, Case]) -> None:  # noqa: F811
    _, amended, _ = _instrument(cases["zelf"])
    assert amended == []


def test_a_new_werkproces_is_adopted_in_its_own_article(cases: dict[str, Case]) -> None:  # noqa: F811
    _, _, instrument = _instrument(cases["werkproces"])
    text = " ".join(_t(b.text) for b in layout(instrument))
    assert "Vaststelling van het Privacy Protocol Radicalisering" in text
    assert "Partijen stellen het Privacy Protocol Radicalisering" in text


def test_diff_writes_the_instrument_and_the_consolidated_texts(
        cases: dict[str, Case], tmp_path: Path) -> None:  # noqa: F811
    case = cases["functie"]
    out = tmp_path / "wijziging"
    res = run_cli("diff", case.old, case.new, "--out", out, "--formaten", "pdf")
    assert res.code == 0, res.text
    names = {p.name for p in out.iterdir()}
    assert {"wijzigingsconvenant.pdf", "convenant.geconsolideerd.pdf",
            "privacyprotocol.geconsolideerd.pdf", "convenant.wijzigingen.pdf"} <= names
    instrument = " ".join(pdf_text(out / "wijzigingsconvenant.pdf").split())
    assert "Na artikel 2.2 wordt een lid ingevoegd, luidende:" in instrument
    consolidated = " ".join(pdf_text(out / "convenant.geconsolideerd.pdf").split())
    assert "Zoals laatstelijk gewijzigd bij het Wijzigingsconvenant" in consolidated
    assert "Radicalisering" in consolidated


def test_only_the_parties_of_an_amended_werkproces_sign(tmp_path: Path) -> None:
    """A retention term of one werkproces (five of the parties) changes: the wijzigingsconvenant
    is between those five, as its Protocol is; the Convenant is not amended."""
    from tests.conftest import CONFIGS

    old = CONFIGS / "walcheren.yaml"
    new = tmp_path / "walcheren.yaml"
    new.write_text(old.read_text(encoding="utf-8").replace(
        "vernietiging_uiterlijk_maanden: 9", "vernietiging_uiterlijk_maanden: 6", 1),
        encoding="utf-8")
    from protocolmaker.revision.compare import compare
    from protocolmaker.revision.sources import load_version
    from protocolmaker.revision.summary import report

    result = compare(load_version(old), load_version(new))
    case = Case("walcheren", old, new, result, report(result))
    _, amended, instrument = _instrument(case)
    assert [a.name for a in amended] == ["privacyprotocol-huiselijk-geweld"]
    werkproces = next(w for w in result.new.loaded.config.workprocesses
                      if w.id == "huiselijk-geweld")
    signatures = [b for b in layout(instrument) if b.style == "signature"]
    assert len(signatures) == len(werkproces.partners) == 5
