"""`protocolmaker verify`: does a built set still match its manifest, and (given the config) was
it built from that config, its bases, these templates and this version of protocolmaker?"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.console import Console

from protocolmaker import manifest
from protocolmaker.config.loader import LoadedConfig, load_config, shown_name
from protocolmaker.errors import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, ConfigError, UserError
from protocolmaker.terminal import visible


def region_folders(folder: Path) -> list[Path]:
    """`folder` itself when it holds a manifest, else its region folders that do."""
    if (folder / manifest.MANIFEST).is_file():
        return [folder]
    if folder.is_dir():
        return sorted(p for p in folder.iterdir()
                      if p.is_dir() and not p.name.startswith(".")
                      and (p / manifest.MANIFEST).is_file())
    return []


def verify_folders(folders: list[Path], config: Path | None, out: Console) -> int:
    """Check every region folder; print what differs; return the exit code."""
    loaded: LoadedConfig | None = None
    if config is not None:
        try:
            loaded = load_config(config)
        except ConfigError as exc:
            out.print(visible("\n".join(p.render() for p in exc.problems)))
            return EXIT_UNUSABLE
        except UserError as exc:
            out.print(visible(exc.message))
            return EXIT_UNUSABLE
    worst = EXIT_OK
    checked = 0
    for folder in folders:
        regions = region_folders(folder)
        if not regions:
            out.print(visible(f"✗ {folder}: geen manifest.json gevonden (ook niet in een "
                              "regiomap daaronder); is dit een map van ‘protocolmaker build’?"))
            worst = max(worst, EXIT_UNUSABLE)
            continue
        for region in regions:
            doc = manifest.read(region)
            if doc is None:
                out.print(visible(f"✗ {shown_name(region)}: manifest.json is onleesbaar of van "
                                  f"een andere versie (verwacht manifest_versie "
                                  f"{manifest.MANIFEST_VERSION})."))
                worst = max(worst, EXIT_UNUSABLE)
                continue
            if loaded is not None and doc.get("regio", {}).get("id") != loaded.config.zvh.id:
                continue
            checked += 1
            problems = manifest.output_problems(region, doc)
            if loaded is not None:
                problems += _provenance(doc, loaded)
            if problems:
                worst = max(worst, EXIT_FINDINGS)
                out.print(visible(f"✗ {shown_name(region)}: klopt niet met manifest.json"))
                for p in problems:
                    out.print(visible(f"    {p}"))
            else:
                n = len(doc["uitvoer"])
                extra = " en is gebouwd uit deze configuratie" if loaded is not None else ""
                out.print(visible(f"✓ {shown_name(region)}: alle {n} bestanden kloppen met "
                                  f"manifest.json{extra}."))
    if loaded is not None and checked == 0 and worst == EXIT_OK:
        out.print(visible(f"✗ geen set van regio ‘{loaded.config.zvh.id}’ gevonden in "
                          f"{', '.join(map(str, folders))}."))
        return EXIT_UNUSABLE
    return worst


def _provenance(doc: dict[str, Any], loaded: LoadedConfig) -> list[str]:
    problems = manifest.input_differences(doc["invoer"], manifest.inputs(loaded))
    if doc.get("gereedschap") != manifest.tool():
        recorded = doc.get("gereedschap", {})
        problems.append(f"gebouwd met protocolmaker {recorded.get('versie')} en "
                        f"{recorded.get('afhankelijkheden')}; nu "
                        f"{manifest.tool()['versie']} en "
                        f"{manifest.tool()['afhankelijkheden']}")
    return problems
