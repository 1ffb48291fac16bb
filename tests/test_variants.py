"""Every variant a region can choose, built as `definitief` (issue 9): one or several gemeenten,
each kind of party present and absent, one or several werkprocessen (OPTIE 1 and 2), both
looptijd forms, under the WGS and under the convenant alone.

Each variant must pass every rule without a finding (bar the warnings a variant is built to
provoke), render to DOCX and PDF, and read as a lawyer would write it: no word doubled across a
template/value seam, no stray punctuation, no open point.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from tests.docs import plain
from tests.variants import Variant, variants, write

from protocolmaker.build import BuildOptions, compose_all, render_set
from protocolmaker.config import load_config

EXPECTED_WARNINGS = {
    # the officier van justitie is bevoegd gezag for the A20 decision: without the OM as a
    # party that link is missing, and the tool says so
    "fryslan-zonder-om": {"PA-09"},
}

SEAMS = [
    re.compile(r"\b(de|het|een|van|aan|en|of|in|op|te|tot|artikel|lid|onder)\s+\1\b", re.I),
    re.compile(r"van het Convenant,? van het Convenant"),
    re.compile(r"\s[,.;:]"),
    re.compile(r"[,;:]{2}|\.\.(?!\.)|\(\s|\s\)"),
    re.compile(r"\bde het\b|\bhet het\b"),  # (‘voor zover het de Verwerking betreft’ is Dutch)
]
"""What a sentence assembled from a template and config values must never contain."""

ALL = list(variants())


def _text(docx: bytes) -> str:
    d = DocxDocument(io.BytesIO(docx))
    return "\n".join(plain(p.text) for p in d.paragraphs)


@pytest.mark.parametrize("variant", ALL, ids=[v.name for v in ALL])
def test_every_variant_is_signable_in_definitief(variant: Variant, tmp_path: Path) -> None:
    loaded = load_config(write(tmp_path, variant))
    composed = compose_all(loaded)
    codes = {f.rule.code for f in composed.findings}
    assert codes == EXPECTED_WARNINGS.get(variant.name, set()), \
        [(f.rule.code, f.message, f.document, f.where) for f in composed.findings]
    assert all(not f.counts for f in composed.findings)  # warnings only: it builds
    rendered = render_set(loaded, BuildOptions())
    docx = {name: data for name, data in rendered.files.items() if name.endswith(".docx")}
    assert "convenant.docx" in docx and any(n.startswith("privacyprotocol") for n in docx)
    assert any(n.endswith(".pdf") for n in rendered.files)
    for name, data in docx.items():
        text = _text(data)
        assert b'w:highlight w:val="yellow"' not in data, name  # no open point in definitief
        for seam in SEAMS:
            hits = [m.group(0) for m in seam.finditer(text)]
            # (‘…’: the dotted lines of a signature block)
            hits = [h for h in hits if "…" not in h]
            assert not hits, (name, seam.pattern, hits[:5])


def test_the_matrix_covers_every_kind_of_party() -> None:
    """Each kind of the catalog is taken out of, or added to, an example region."""
    from protocolmaker.config.catalog import partner_kinds

    names = {v.name for v in ALL}
    for kind in partner_kinds():
        if kind == "gemeente":
            continue
        assert f"fryslan-zonder-{kind}" in names or f"den-bosch-met-{kind}" in names, kind
    assert {"den-bosch", "fryslan", "fryslan-een-werkproces", "den-bosch-andere-looptijd",
            "fryslan-andere-looptijd", "den-bosch-zonder-wgs"} <= names
