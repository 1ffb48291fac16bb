"""Property: whatever a config file says, `check`, `diff` (against the example it was made from)
and `build` end with exit code 0, 1 or 2, never with an internal error (exit 3) or an exception.

Hypothesis mutates the example configs line by line (a hostile value, a line removed, doubled or
inserted) and runs both commands in this process. The example budget is fixed and the search
derandomized, so CI is deterministic. Every crash found so far, by this test or by hand (issue
14), stays below as an explicit `@example`.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tests.conftest import CONFIGS, REGIONS

from protocolmaker import cli

TEXTS = {r: (CONFIGS / f"{r}.yaml").read_text(encoding="utf-8") for r in REGIONS}
OPS = ("waarde", "regel-weg", "regel-dubbel", "invoegen")


def value_lines(text: str) -> list[str]:
    """The `key:` prefix of every line that sets a value (first occurrence of each)."""
    found = dict.fromkeys(m.group(1) for m in re.finditer(r"(?m)^( *(?:- )?[a-z_0-9]+:) ", text))
    return sorted(found)


HOSTILE = [
    "2026-02-30", "0000-01-01", "2026-13-01", "2026-01-01T25:00:00", "2108-01-01", "1899-01-01",
    "9" * 4400, "0x" + "f" * 5000, "-0b" + "1" * 200, ".nan", "-.inf", "1e400", "~", "",
    "[" * 1000 + "]" * 1000, "{a: " * 100 + "1" + "}" * 100, "&anker x", "*anker",
    "!!python/object/apply:os.system ['ls']", "!!binary aGFsbG8=", "{<<: {a: 1}}",
    '"ZVH [/] [bold]x[/bold] :smile:"', '"\\e[31mrood\\e[0m"', '"\\x01"', '"\\uffff"',
    '"\\ud800"', '"\\x9b"', "'onafgesloten", '"onafgesloten', "[a, b", "{a: 1", "- x", "|",
    ">-", "'{{ 7*7 }}'", '"{% raw %}"', '"[[ref:x]]"', '"&amp; <b>"', "a" * 3000,
    "gemeente-den-bosch", "politie", "null", "true", "[]", "{}", "[8, 9, 10, 13]", "[7]",
    "/etc/shadow", "../../etc/passwd.yaml", "/dev/zero", "x" * 300 + ".yaml", '"a\\0.yaml"',
    "landelijk", "_basis.yaml", "\t", "? complex\n: key",
]

snippets = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30).map(lambda s: json.dumps(s)),  # any text, escaped as YAML does
    st.text(alphabet="[]{}:,-&*!|>'\"#%@`? \\", max_size=12),
    st.integers(min_value=-(10**60), max_value=10**60).map(str),
    st.dates().map(str),
)

mutations = st.sampled_from(REGIONS).flatmap(lambda region: st.tuples(
    st.just(region), st.sampled_from(value_lines(TEXTS[region])), st.sampled_from(OPS),
    snippets))


def mutate(text: str, target: str, op: str, payload: str) -> str:
    lines = text.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith(target + " ")
             or line == target)
    if op == "waarde":
        lines[i] = f"{target} {payload}"
    elif op == "regel-weg":
        del lines[i]
    elif op == "regel-dubbel":
        lines.insert(i, lines[i])
    else:
        indent = re.match(r" *", lines[i]).group(0)  # type: ignore[union-attr]
        lines.insert(i + 1, indent + payload)
    return "\n".join(lines) + "\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.run(list(args))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@settings(max_examples=25, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(mutation=mutations)
# every crash of issue 14, kept as a regression example
@example(mutation=("den-bosch", "  datum:", "waarde", "2026-02-30"))
@example(mutation=("den-bosch", "  datum:", "waarde", "0000-01-01"))
@example(mutation=("den-bosch", "  datum:", "waarde", "2026-13-01"))
@example(mutation=("den-bosch", "  datum:", "waarde", "2026-01-01T25:00:00"))
@example(mutation=("den-bosch", "  datum:", "waarde", "2108-01-01"))
@example(mutation=("den-bosch", "  naam:", "invoegen", "<<: {website: https://x.nl}"))
@example(mutation=("den-bosch", "  naam:", "waarde", "9" * 4301))
@example(mutation=("den-bosch", "  naam:", "waarde", "0x" + "f" * 5000))
@example(mutation=("den-bosch", "  naam:", "waarde", "[" * 1000 + "]" * 1000))
@example(mutation=("den-bosch", "  naam:", "waarde", "[" * 3000 + "]" * 3000))
@example(mutation=("den-bosch", "  naam:", "waarde", '"ZVH [/] [bold]x"'))
@example(mutation=("den-bosch", "  naam:", "waarde", '"ZVH \\e[31mrood"'))
@example(mutation=("den-bosch", "  naam:", "waarde", '"ZVH \\x01"'))
@example(mutation=("den-bosch", "  naam:", "waarde", '"ZVH \\uffff"'))
@example(mutation=("den-bosch", "  naam:", "waarde", '"ZVH \\ud800"'))
@example(mutation=("den-bosch", "extends:", "waarde", "x" * 300 + ".yaml"))
@example(mutation=("den-bosch", "extends:", "waarde", '"a\\0.yaml"'))
@example(mutation=("den-bosch", "extends:", "waarde", "/etc/shadow"))
@example(mutation=("fryslan", "      datum:", "waarde", "2200-05-05"))  # a mandate decision
def test_check_and_build_never_end_in_an_internal_error(
        mutation: tuple[str, str, str, str], capsys: pytest.CaptureFixture[str]) -> None:
    region, target, op, payload = mutation
    text = mutate(TEXTS[region], target, op, payload)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{region}.yaml"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        code, out = run(capsys, "check", str(path))
        assert code in (0, 1, 2), out
        assert "Traceback" not in out and "interne fout" not in out.lower()
        code, out = run(capsys, "diff", str(CONFIGS / f"{region}.yaml"), str(path),
                        "--uitvoer", "json")
        assert code in (0, 2), out
        assert "Traceback" not in out and "interne fout" not in out.lower()
        code, out = run(capsys, "build", str(path), "--out", str(Path(tmp) / "out"),
                        "--formaten", "docx", "--jobs", "1")
        assert code in (0, 1, 2), out
        assert "Traceback" not in out and "interne fout" not in out.lower()
        if code == 0:
            assert cli.run(["verify", str(Path(tmp) / "out")]) == 0
            capsys.readouterr()
