"""Hostile input, as issue 14 found it: each case once crashed the tool (exit 3), hung it, read a
file it should not, or reached the terminal as markup or escape codes. Now each gets a located
Dutch message and exit 2, or is shown literally and works."""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import CONFIGS, NATIONAL_BASE, run_cli

from protocolmaker import cli
from protocolmaker.errors import describe_os_error

EXAMPLE = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")
NAME_LINE = "  naam: Zorg- en Veiligheidshuis ’s-Hertogenbosch"
DATE_LINE = "  datum: 2026-11-20"


def in_process(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    """The command line run in this process: exit code and everything it printed."""
    code = cli.run([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def region(tmp: Path, text: str, name: str = "regio.yaml") -> Path:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, fragment: str) -> int:
    return next(i for i, ln in enumerate(text.splitlines(), 1) if fragment in ln)


# --- values: (replace this line of the example, by this, expect this fragment) ----------------

VALUES = {
    "ongeldige-dag": (DATE_LINE, "  datum: 2026-02-30", "februari 2026 heeft 28 dagen"),
    "jaar-nul": (DATE_LINE, "  datum: 0000-01-01", "het jaar 0 bestaat niet"),
    "maand-13": (DATE_LINE, "  datum: 2026-13-01", "maand 13 bestaat niet"),
    "uur-25": (DATE_LINE, "  datum: 2026-01-01T25:00:00", "een tijd hoort er niet bij"),
    "jaar-2108": (DATE_LINE, "  datum: 2108-01-01", "buiten wat Word- en Excel-bestanden"),
    "jaar-9999": (DATE_LINE, "  datum: 9999-12-31", "buiten wat Word- en Excel-bestanden"),
    "stuurteken": (NAME_LINE, '  naam: "ZVH \\x01"', "het teken U+0001"),
    "niet-teken": (NAME_LINE, '  naam: "ZVH \\uffff"', "het teken U+FFFF"),
    "losse-surrogaat": (NAME_LINE, '  naam: "ZVH \\ud800"', "het teken U+D800"),
    "escape-code": (NAME_LINE, '  naam: "ZVH \\e[31mrood\\e[0m"', "het teken U+001B"),
    "c1-escape": (NAME_LINE, '  naam: "ZVH \\x9b31m"', "het teken U+009B"),
    "lang-getal": (NAME_LINE, "  naam: " + "9" * 4301, "getal van 4301 tekens is te lang"),
    "lang-hex": (NAME_LINE, "  naam: 0x" + "f" * 5000, "getal van 5002 tekens is te lang"),
    "samenvoegsleutel": (NAME_LINE, NAME_LINE + "\n  <<: {website: https://x.nl}",
                         "samenvoegsleutel ‘<<’"),
    "diep-1000": (NAME_LINE, "  naam: " + "[" * 1000 + "]" * 1000, "te diep genest"),
    "diep-3000": (NAME_LINE, "  naam: " + "[" * 3000 + "]" * 3000, "te diep genest"),
    "twee-documenten": (DATE_LINE, DATE_LINE + "\n---\nx: 1", "meer dan één YAML-document",
                        "---"),
    "categorie-7": ("\nartikel20:", "\nartikel20:\n  gegevenscategorieen: [7]",
                    "Geldig: ‘8’, ‘9’, ‘10’, ‘13’."),
}


@pytest.mark.parametrize("case", sorted(VALUES))
def test_hostile_value_gets_a_located_dutch_message(case: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    old, new, fragment, *where = VALUES[case]
    assert old in EXAMPLE
    text = EXAMPLE.replace(old, new, 1)
    path = region(tmp_path, text)
    code, out = in_process(capsys, "check", path)
    assert code == 2, out
    assert fragment in out
    located = where[0] if where else new.splitlines()[-1][:20]
    assert re.search(rf"regio\.yaml:{line_of(text, located)}:\d+", out), out
    assert "\x1b" not in out and "\x9b" not in out and "\x01" not in out
    assert "f" * 100 not in out and "9" * 100 not in out  # a huge number is never echoed
    code, out = in_process(capsys, "build", path, "--out", tmp_path / "out", "--formaten",
                           "docx")
    assert code == 2 and fragment in out, out
    assert not (tmp_path / "out" / "den-bosch").exists()


def test_markup_and_emoji_in_names_are_shown_literally(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    name = "ZVH [/] [bold]x[/bold] :smile: [link=file:///etc/passwd]y"
    path = region(tmp_path / "[", EXAMPLE.replace(NAME_LINE, f'  naam: "{name}"'), "].yaml")
    assert path.as_posix().endswith("[/].yaml")
    code, out = in_process(capsys, "check", path)
    assert code == 0, out
    assert name in out and "[/].yaml" in out
    code, out = in_process(capsys, "build", path, "--out", tmp_path / "out", "--formaten",
                           "docx", "--jobs", "1")
    assert code == 0, out
    assert "[/].yaml" in out


def test_control_characters_in_a_file_name_do_not_reach_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = region(tmp_path, "zvh: [", "kwaad\x1b[2J\x07.yaml")
    code, out = in_process(capsys, "check", path)
    assert code == 2
    assert "\x1b" not in out and "\x07" not in out
    assert "kwaad\\x1b[2J\\x07.yaml" in out


# --- files: extends and the config itself -----------------------------------------------------

def test_extends_reads_only_bases_beside_the_config(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "geheim.yaml"
    secret.write_text("root: geheime-inhoud\n", encoding="utf-8")
    folder = tmp_path / "regio"
    cases = {
        "/etc/shadow": "geen ingebouwde basis en geen .yaml-bestand",
        "/etc/shadow.yaml": "absoluut pad",
        str(secret): "absoluut pad",
        "../geheim.yaml": "boven die van het configuratiebestand",
        "sub/../../geheim.yaml": "boven die van het configuratiebestand",
        "link.yaml": "buiten de map",
        "pijp.yaml": "geen gewoon bestand",
        "map.yaml": "geen gewoon bestand",
        "nergens.yaml": "niet gevonden",
        "/dev/zero": "geen ingebouwde basis en geen .yaml-bestand",
        "nationaal": "geen ingebouwde basis",
        "x" * 300 + ".yaml": "te lang (meer dan 255 bytes)",
        '"a\\0.yaml"': "het teken U+0000",
        "andere.yaml": "geen basisbestand voor protocolmaker",
    }
    folder.mkdir()
    os.symlink(secret, folder / "link.yaml")
    os.mkfifo(folder / "pijp.yaml")
    (folder / "map.yaml").mkdir()
    (folder / "andere.yaml").write_text("wachtwoord: geheime-inhoud\n", encoding="utf-8")
    for ref, fragment in cases.items():
        text = re.sub(r"(?m)^extends: .*$", lambda _, ref=ref: f"extends: {ref}", EXAMPLE)
        path = region(folder, text)
        code, out = in_process(capsys, "check", path)
        assert code == 2, (ref, out)
        assert fragment in out, (ref, out)
        assert re.search(r"regio\.yaml:5:\d+ \[extends\]", out) or "andere.yaml:1:1" in out, \
            (ref, out)
        assert "geheime-inhoud" not in out and "x" * 300 not in out


def test_extends_chain_is_bounded_and_may_not_loop(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    for i in range(7):
        (tmp_path / f"_b{i}.yaml").write_text(f"extends: _b{i + 1}.yaml\ntermijnen: {{}}\n",
                                              encoding="utf-8")
    (tmp_path / "_b7.yaml").write_text(NATIONAL_BASE.read_text("utf-8"), encoding="utf-8")
    path = region(tmp_path, re.sub(r"(?m)^extends: .*$", "extends: _b0.yaml", EXAMPLE))
    code, out = in_process(capsys, "check", path)
    assert code == 2 and "te veel lagen ‘extends’" in out
    (tmp_path / "_b2.yaml").write_text("extends: _b0.yaml\n", encoding="utf-8")
    code, out = in_process(capsys, "check", path)
    assert code == 2 and "kringetje" in out


def test_a_device_or_pipe_as_config_is_refused_without_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "pijp.yaml")
    for target in ("/dev/zero", tmp_path / "pijp.yaml"):
        code, out = in_process(capsys, "check", target)
        assert code == 2 and "geen gewoon bestand" in out, out


def test_an_unclosed_bracket_is_placed_where_it_opens(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    text = EXAMPLE.replace("  toegang: [", "  toegang: [") + "\nextra: [a, b\n  c: d\n"
    path = region(tmp_path, text)
    code, out = in_process(capsys, "check", path)
    opens = len(text.splitlines()) - 1
    assert code == 2
    assert f"regio.yaml:{opens}:8: geen geldige YAML: de lijst die hier met ‘[’ begint" in out
    assert f"De lezer liep vast op regel {opens + 1}" in out


# --- folders ---------------------------------------------------------------------------------

def test_an_empty_folder_says_which_folder_and_what_was_looked_for(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "regios").mkdir()
    (tmp_path / "regios" / "_basis.yaml").write_text("termijnen: {}\n", encoding="utf-8")
    for command in ("check", "build"):
        code, out = in_process(capsys, command, tmp_path / "regios")
        assert code == 2
        assert f"in map {tmp_path / 'regios'} staan geen regioconfiguraties" in out
        assert "*.yaml en *.yml" in out and "met _ begint" in out


def test_an_unusable_output_folder_gets_a_dutch_message(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    config = CONFIGS / "den-bosch.yaml"
    (tmp_path / "bestand").write_text("x", encoding="utf-8")
    code, out = in_process(capsys, "build", config, "--out", tmp_path / "bestand")
    assert code == 2 and "is een bestand, geen map" in out
    code, out = in_process(capsys, "build", config, "--out", tmp_path / "bestand" / "sub")
    assert code == 2 and "een deel van het pad is een bestand, geen map" in out
    assert "Not a directory" not in out
    assert describe_os_error(PermissionError(errno.EACCES, "Permission denied")) == \
        "geen toegang: onvoldoende rechten"
    assert describe_os_error(OSError(errno.ENOSPC, "No space left")) == "de schijf is vol"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in any folder")
def test_a_read_only_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "alleen-lezen"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, text = in_process(capsys, "build", CONFIGS / "den-bosch.yaml", "--out", out)
        assert code == 2 and "mag niet worden geschreven" in text
        assert "Permission denied" not in text
    finally:
        out.chmod(0o755)


def test_a_region_folder_or_out_that_links_elsewhere_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    out = tmp_path / "werk" / "out"
    out.mkdir(parents=True)
    os.symlink(elsewhere, out / "den-bosch")
    code, text = in_process(capsys, "build", CONFIGS / "den-bosch.yaml", "--out", out,
                            "--formaten", "docx")
    assert code == 2 and "snelkoppeling" in text and "buiten" in text
    assert list(elsewhere.iterdir()) == []
    os.symlink(elsewhere, tmp_path / "werk" / "uit")
    code, text = in_process(capsys, "build", CONFIGS / "den-bosch.yaml", "--out",
                            tmp_path / "werk" / "uit", "--formaten", "docx")
    assert code == 2 and "snelkoppeling" in text
    assert list(elsewhere.iterdir()) == []


# --- the terminal ------------------------------------------------------------------------------

def test_output_into_a_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    """`protocolmaker check … | head`: the reader went away; check still reports its result."""
    env = {**os.environ, "COLUMNS": "200"}
    for args in (["check", str(CONFIGS)], ["regels"], ["schema"]):
        proc = subprocess.Popen([sys.executable, "-m", "protocolmaker", *args],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # like `| head` that has read enough
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=120) == 0, err
        assert "Traceback" not in err and "BrokenPipe" not in err and "Exception" not in err


def test_check_of_the_hook_cases_never_ends_in_an_internal_error(tmp_path: Path) -> None:
    """The cases the project's smoke checks try, through the installed command."""
    date = EXAMPLE.replace(DATE_LINE, "  datum: 2026-02-30")
    markup = EXAMPLE.replace(NAME_LINE, '  naam: "ZVH [/] [bold]x"')
    for name, text, code in (("date", date, 2), ("markup", markup, 0)):
        region(tmp_path, text, f"{name}.yaml")
        res = run_cli("check", f"{name}.yaml", cwd=tmp_path)
        assert res.code == code, res.text
        assert "Traceback" not in res.text


def test_an_oversized_config_or_base_is_refused_before_parsing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Read at most 2 MB (issue 14): a larger region file or base gets a located message."""
    padding = "\n" + "#" * 2_000_000 + "\n"
    path = region(tmp_path / "a", EXAMPLE + padding)
    code, out = in_process(capsys, "check", path)
    assert code == 2 and "bestand is te groot" in out and "maximaal 2000000" in out, out
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "_groot.yaml").write_text(NATIONAL_BASE.read_text("utf-8") + padding,
                                                encoding="utf-8")
    path = region(tmp_path / "b", re.sub(r"(?m)^extends: .*$", "extends: _groot.yaml", EXAMPLE))
    code, out = in_process(capsys, "check", path)
    assert code == 2 and "te groot" in out and "_groot.yaml" in out, out
