"""Batch builds: worker processes, failures of any kind, all-or-nothing folders, the lock, the
manifest, incremental skips, verify, and Ctrl-C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import CONFIGS, run_cli

from protocolmaker import batch, manifest, outdir
from protocolmaker.build import BuildOptions, RegionResult
from protocolmaker.errors import BuildError

DOCX = BuildOptions(("docx",))
EXAMPLE = (CONFIGS / "den-bosch.yaml").read_text(encoding="utf-8")


def regions(tmp: Path, **texts: str) -> list[Path]:
    folder = tmp / "regios"
    folder.mkdir(exist_ok=True)
    paths = []
    for name, text in texts.items():
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if ".nieuw-" in p.name or ".oud-" in p.name)


class Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)


def crashing_worker(out: Path, options: BuildOptions, force: bool, conn: Any, stop: Any) -> None:
    """A worker whose process dies hard when it gets crash.yaml, as a segfault would."""

    class Tasks:
        def recv(self) -> Path | None:
            path = conn.recv()
            if path is not None and path.name == "crash.yaml":
                os.kill(os.getpid(), signal.SIGKILL)
            return path

        def send(self, message: object) -> None:
            conn.send(message)

        def close(self) -> None:
            conn.close()

    batch.build_worker(out, options, force, Tasks(), stop)


def test_a_crash_or_a_bad_region_is_reported_by_name_and_the_others_go_on(tmp_path: Path
                                                                           ) -> None:
    paths = regions(tmp_path,
                    **{"den-bosch": EXAMPLE,
                       "crash": EXAMPLE.replace("id: den-bosch", "id: crash"),
                       "kapot": "extends: landelijk\nzvh: {naam: x}\n",
                       "fryslan": (CONFIGS / "fryslan.yaml").read_text("utf-8")})
    out = tmp_path / "out"
    lines = Lines()
    results, interrupted = batch.run(paths, out, DOCX, jobs=2, force=False,
                                     view=batch.PlainView(len(paths), lines),
                                     worker=crashing_worker)
    assert not interrupted
    by_name = {Path(r.config).stem: r for r in results}
    assert by_name["den-bosch"].status == by_name["fryslan"].status == "gebouwd"
    assert by_name["kapot"].status == "onbruikbaar" and by_name["kapot"].exit_code == 2
    crash = by_name["crash"]
    assert crash.status == "interne fout" and crash.exit_code == 3
    assert "stopte onverwacht (signaal 9)" in crash.message
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == \
        ["den-bosch", "fryslan"]
    for region in ("den-bosch", "fryslan"):
        assert run_cli("verify", out / region).code == 0
    assert any("crash" in line and "interne fout" in line for line in lines.lines)


def test_the_command_exit_code_is_the_worst_region(tmp_path: Path) -> None:
    paths = regions(tmp_path, **{"den-bosch": EXAMPLE,
                                 "kapot": "extends: landelijk\nzvh: {naam: x}\n",
                                 "dubbel": EXAMPLE})  # the same zvh.id: the same folder
    res = run_cli("build", *paths, "--out", tmp_path / "out", "--formaten", "docx", "--jobs", "2")
    assert res.code == 2
    assert "1 van 3 regio’s gebouwd; mislukt:" in res.err and "kapot.yaml" in res.err
    assert "zvh.id ‘den-bosch’ is ook de id van" in res.err and "dubbel.yaml" in res.err
    assert "den-bosch" in res.out and "gebouwd" in res.out  # the closing table
    assert "[1/3]" in res.err  # plain progress lines when not on a terminal


def test_a_region_folder_holds_exactly_one_complete_set(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE.replace('versie: "0.9"',
                                                               'versie: "1.0"')})
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    folder = out / "den-bosch"
    first = snapshot(folder)
    (folder / "convenant-versie-0.5.docx").write_bytes(b"an earlier version")
    res = run_cli("verify", folder)
    assert res.code == 1 and "convenant-versie-0.5.docx: staat niet in het manifest" in res.out
    path.write_text(EXAMPLE.replace('versie: "0.9"', 'versie: "2.0"'), encoding="utf-8")
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0, res.text
    second = snapshot(folder)
    assert set(second) == set(first)  # the stray file is gone; nothing else was added
    assert second["convenant.docx"] != first["convenant.docx"]
    assert leftovers(out) == []
    assert run_cli("verify", folder, "--config", path).code == 0


def test_a_failing_build_leaves_the_previous_set_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE})
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    before = snapshot(out / "den-bosch")
    refused = EXAMPLE.replace("status: concept", "status: definitief").replace(
        "    vertegenwoordiger: smits\n", "")  # who signs for the GGZ: an open point
    assert refused != EXAMPLE.replace("status: concept", "status: definitief")
    path.write_text(refused, encoding="utf-8")
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 1 and "geweigerd" in res.text
    assert snapshot(out / "den-bosch") == before
    assert leftovers(out) == []


def test_unchanged_regions_are_skipped_and_force_rebuilds(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE})
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    stamps = {p.name: p.stat().st_mtime_ns for p in (out / "den-bosch").iterdir()}
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0 and "ongewijzigd" in res.out
    assert {p.name: p.stat().st_mtime_ns for p in (out / "den-bosch").iterdir()} == stamps
    res = run_cli("build", path, "--out", out, "--formaten", "docx", "--toelichting")
    assert res.code == 0 and "gebouwd" in res.out  # another option is another build
    res = run_cli("build", path, "--out", out, "--formaten", "docx", "--toelichting", "--force")
    assert res.code == 0 and "ongewijzigd" not in res.out


def test_manifest_records_inputs_and_outputs_the_same_on_any_machine(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(CONFIGS, a / "cfg")
    assert run_cli("build", CONFIGS / "den-bosch.yaml", "--out", b, "--formaten", "docx").code == 0
    assert run_cli("build", "cfg/den-bosch.yaml", "--out", "uit", "--formaten", "docx",
                   cwd=a).code == 0
    one = (a / "uit" / "den-bosch" / manifest.MANIFEST).read_bytes()
    assert one == (b / "den-bosch" / manifest.MANIFEST).read_bytes()
    doc = json.loads(one)
    import jsonschema
    jsonschema.validate(doc, json.loads(run_cli("schema", "--soort", "manifest").out))
    roles = [(e["rol"], e["naam"]) for e in doc["invoer"]]
    assert roles[:2] == [("configuratie", "den-bosch.yaml"), ("basis", "landelijk")]
    assert ("sjabloon", "convenant/convenant.pm") in roles
    assert doc["builddatum"] == "2026-11-20" and doc["regio"]["id"] == "den-bosch"
    assert {e["naam"] for e in doc["uitvoer"]} | {manifest.MANIFEST} == \
        {p.name for p in (b / "den-bosch").iterdir()}


def test_verify_shows_which_config_a_set_came_from(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE})
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    res = run_cli("verify", out, "--config", path)
    assert res.code == 0 and "gebouwd uit deze configuratie" in res.out
    path.write_text(EXAMPLE.replace("inzage_weken: 4", "inzage_weken: 3")
                    if "inzage_weken: 4" in EXAMPLE else EXAMPLE + "\n# gewijzigd\n",
                    encoding="utf-8")
    res = run_cli("verify", out, "--config", path)
    assert res.code == 1 and "configuratie den-bosch.yaml: gewijzigd sinds de build" in res.out
    docx = out / "den-bosch" / "convenant.docx"
    docx.write_bytes(docx.read_bytes() + b"\0")
    res = run_cli("verify", out / "den-bosch")
    assert res.code == 1 and "convenant.docx: gewijzigd na de build" in res.out
    assert run_cli("verify", tmp_path).code == 2  # no manifest anywhere


def test_joining_forms_stay_with_a_set_of_the_same_inputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, fryslan=(CONFIGS / "fryslan.yaml").read_text("utf-8"))
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    res = run_cli("toetreding", path, "--partner", "halt-noord", "--out", out, "--formaten",
                  "docx")
    assert res.code == 0, res.text
    folder = out / "fryslan"
    assert (folder / "toetreding-halt-noord.docx").exists()
    assert run_cli("verify", folder, "--config", path).code == 0
    assert run_cli("build", path, "--out", out, "--formaten", "docx", "--force").code == 0
    assert (folder / "toetreding-halt-noord.docx").exists()
    path.write_text(path.read_text("utf-8").replace('versie: "1.0"', 'versie: "1.1"'),
                    encoding="utf-8")
    res = run_cli("toetreding", path, "--partner", "halt-noord", "--out", out)
    assert res.code == 2 and "Bouw eerst de set opnieuw" in res.err
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0 and "toetredingsformulier(en) vervallen" in res.out
    assert not (folder / "toetreding-halt-noord.docx").exists()
    assert run_cli("verify", folder).code == 0


def test_the_lock_keeps_two_builds_of_a_region_apart(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    failures: list[str] = []

    def second() -> None:
        try:
            with outdir.region_lock(out, "den-bosch", timeout=0.5):
                failures.append("entered while held")
        except BuildError as exc:
            failures.append(exc.message)

    with outdir.region_lock(out, "den-bosch"):
        thread = threading.Thread(target=second)
        thread.start()
        thread.join()
    assert len(failures) == 1 and "wordt al" in failures[0] and "ander proces" in failures[0]
    with outdir.region_lock(out, "den-bosch", timeout=0.5):
        pass  # free again


def test_two_concurrent_builds_of_one_region_do_not_interleave(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE})
    env = {**os.environ, "COLUMNS": "200"}
    procs = [subprocess.Popen([sys.executable, "-m", "protocolmaker", "build", str(path),
                               "--out", str(out), "--formaten", "docx", "--force"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env)
             for _ in range(2)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stdout.read() if proc.stdout else ""
        if proc.stdout:
            proc.stdout.close()
    assert run_cli("verify", out / "den-bosch", "--config", path).code == 0
    assert leftovers(out) == []


def test_a_swap_killed_halfway_is_put_back_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    [path] = regions(tmp_path, **{"den-bosch": EXAMPLE})
    assert run_cli("build", path, "--out", out, "--formaten", "docx").code == 0
    before = snapshot(out / "den-bosch")
    os.rename(out / "den-bosch", out / ".den-bosch.oud-0123456789ab")  # killed between renames
    (out / ".den-bosch.nieuw-xyz").mkdir()
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0, res.text
    assert snapshot(out / "den-bosch") == before
    assert leftovers(out) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_finishes_or_rolls_back_and_prints_the_summary(tmp_path: Path, jobs: str
                                                              ) -> None:
    out = tmp_path / "out"
    paths = regions(tmp_path, **{"den-bosch": EXAMPLE,
                                 "fryslan": (CONFIGS / "fryslan.yaml").read_text("utf-8")})
    assert run_cli("build", paths[0], "--out", out, "--formaten", "docx").code == 0
    before = snapshot(out / "den-bosch")
    proc = subprocess.Popen([sys.executable, "-m", "protocolmaker", "build", *map(str, paths),
                             "--out", str(out), "--formaten", "docx", "--force", "--jobs", jobs],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "COLUMNS": "200"})
    assert proc.stderr is not None
    seen = ""
    while "bouwen…" not in seen:
        line = proc.stderr.readline()
        assert line, "the build ended before it started a region"
        seen += line
    time.sleep(0.1)  # within the first region: a warm build of both takes about 0.5 s
    os.killpg(proc.pid, signal.SIGINT)  # as the terminal does: to every process of the group
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 130, seen + stderr
    assert "Afbreken" in stderr and "afgebroken met Ctrl-C" in stderr
    assert "regio" in stdout and "status" in stdout  # the summary table
    assert "Traceback" not in stderr + stdout
    after = snapshot(out / "den-bosch")
    assert after == before or run_cli("verify", out / "den-bosch").code == 0
    assert not (out / "fryslan").exists() or run_cli("verify", out / "fryslan").code == 0
    assert leftovers(out) == []


def test_progress_views_show_region_and_document() -> None:
    lines = Lines()
    view = batch.PlainView(2, lines)
    view.start(0, "den-bosch.yaml")
    view.step(0, 0, 9, "samenstellen en controleren")
    view.step(0, 1, 9, "convenant.docx")
    view.finish(0, RegionResult("den-bosch.yaml", "gebouwd", 0, "den-bosch", seconds=1.25))
    assert lines.lines == ["[1/2] den-bosch.yaml: bouwen…", "✓ [1/2] den-bosch: gebouwd (1.2 s)"]
    from io import StringIO

    from protocolmaker.terminal import console
    buffer = StringIO()
    live = batch.LiveView(1, console(file=buffer))
    with live:
        live.start(0, "[bold]x[/]")
        live.step(0, 2, 9, "convenant.docx")
        assert "[bold]x[/]: convenant.docx" in live.progress.tasks[1].description
        live.finish(0, RegionResult("x.yaml", "gebouwd", 0, "x"))
    assert "✓ x: gebouwd" in buffer.getvalue()


def test_manifest_records_house_style_logo_and_fonts_and_a_change_to_them_rebuilds(
        tmp_path: Path) -> None:
    """Issue 14: the manifest holds the sha256 of every input, the house style, the logo and
    the bundled PDF fonts included; a region whose house style or logo changed is built again,
    not skipped as unchanged."""
    import zipfile

    from tests.test_pdf import png

    folder = tmp_path / "regios"
    (folder / "huisstijl").mkdir(parents=True)
    house = folder / "huisstijl" / "regio.docx"
    shutil.copy(CONFIGS / "huisstijl" / "waddenkust.docx", house)
    logo = folder / "logo.png"
    logo.write_bytes(png(60, 24))
    text = EXAMPLE.replace("  id: den-bosch\n", "  id: den-bosch\n  huisstijl: huisstijl/regio.docx"
                           "\n  logo: logo.png\n", 1)
    assert text != EXAMPLE
    [path] = regions(tmp_path, **{"den-bosch": text})
    out = tmp_path / "out"
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0, res.text
    doc = json.loads((out / "den-bosch" / manifest.MANIFEST).read_text(encoding="utf-8"))
    recorded = {(e["rol"], e["naam"]): e["sha256"] for e in doc["invoer"]}
    assert recorded[("huisstijl", "huisstijl/regio.docx")] == manifest.file_sha256(house)
    assert recorded[("logo", "logo.png")] == manifest.file_sha256(logo)
    fonts = CONFIGS.parent / "templates" / "stijl" / "fonts"
    for font in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "DejaVuSans.ttf",
                 "NotoColorEmoji.ttf"):
        assert recorded[("sjabloon", f"stijl/fonts/{font}")] == \
            manifest.file_sha256(fonts / font), font
    assert ("sjabloon", "stijl/document.typ") in recorded
    assert ("sjabloon", "stijl/huisstijl.docx") in recorded

    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0 and "ongewijzigd" in res.out, res.text
    with zipfile.ZipFile(house, "a") as z:  # the same styles, other bytes
        z.comment = b"aangepast in Word"
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0 and "ongewijzigd" not in res.out and "gebouwd" in res.out, res.text
    logo.write_bytes(png(61, 24))
    res = run_cli("build", path, "--out", out, "--formaten", "docx")
    assert res.code == 0 and "ongewijzigd" not in res.out and "gebouwd" in res.out, res.text
    assert run_cli("verify", out / "den-bosch", "--config", path).code == 0


def test_pdfs_typeset_in_threads_give_the_same_bytes(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A region built in this process typesets its PDFs in threads while DOCX and HTML are
    written (issue 14: per document where it pays); the files are those of one after another."""
    from protocolmaker import build, cli
    from protocolmaker.render import pdf

    where: list[str] = []
    real = pdf.to_pdf

    def to_pdf(*args: object, **kwargs: object) -> bytes:
        where.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "to_pdf", to_pdf)
    sets, threads_used = {}, {}
    for threads in (1, 4):
        monkeypatch.setattr(build, "PDF_THREADS", threads)
        where.clear()
        out = tmp_path / str(threads)
        assert cli.run(["build", str(CONFIGS / "walcheren.yaml"), "--out", str(out),
                        "--jobs", "1"]) in (0, 1)
        sets[threads] = {p.name: p.read_bytes() for p in (out / "walcheren").iterdir()}
        threads_used[threads] = {name.split("_")[0] for name in where}
    assert threads_used == {1: {"MainThread"}, 4: {"pdf"}}
    assert sets[1] == sets[4] and any(name.endswith(".pdf") for name in sets[1])
