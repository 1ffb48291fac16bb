"""The change summary in Dutch, per document and article, as text and as JSON.

The JSON is described by `schemas/wijzigingsrapport.schema.json` (`schema_versie` 1):
the two versions, every config change with its places in the text, and per document every
changed element with the config fields that caused it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from protocolmaker.errors import Location
from protocolmaker.render.layout import Block, Run
from protocolmaker.revision.align import Pair
from protocolmaker.revision.compare import SetDiff, changed_pairs, effects_of
from protocolmaker.revision.config_diff import ById, ConfigChange
from protocolmaker.revision.doc_diff import (
    DocumentDiff,
    Unit,
    UnitDiff,
    block_text,
    word_diff,
)

SCHEMA_VERSION = 1
CLIP = 140
CONTEXT_WORDS = 4

_COLLECTIONS = {"partijen": "Partij", "personen": "Persoon", "werkprocessen": "Werkproces",
                "mandaten": "Mandaat", "afwijkingen": "Afwijking", "toetreders": "Toetreder"}


def clip(text: str, limit: int = CLIP) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


# --- places in a document -----------------------------------------------------------------------

def _lid_of(unit: Unit, block: Block) -> str:
    lid = ""
    for b in unit.blocks:
        if b.style == "lid":
            lid = b.label
        if b is block:
            return lid
    return lid


def place(unit: Unit, block: Block | None) -> str:
    """Where an element stands, as a lawyer cites it: ‘art. 6.5, onder j’, ‘aanhef’."""
    if unit.kind == "artikel":
        if block is None or block is unit.head:
            return f"art. {unit.number}"
        if block.style == "lid":
            return f"art. {block.label}"
        if block.style == "item":
            lid = _lid_of(unit, block)
            return f"art. {lid or unit.number}, onder {block.label.rstrip('.')}"
        if block.style == "intro":
            return f"art. {unit.number}, aanhef"
        return f"art. {unit.number}"
    return unit.label


def pair_place(u: UnitDiff, p: Pair[Block]) -> str:
    if p.new is not None and u.new is not None:
        return place(u.new, p.new)
    assert u.old is not None
    return place(u.old, p.old)


# --- describing a change ------------------------------------------------------------------------

def _words(atoms: list[Any]) -> str:
    return "".join(a.text for a in atoms).replace("\u00a0", " ").replace("\u2060", "").strip()


def _spaced(atoms: list[Any]) -> str:
    """Atoms as text with their white space (one space for any run)."""
    text = "".join(a.text for a in atoms).replace("\u2060", "")
    return re.sub(r"\s+", " ", text)


def _last_words(atoms: list[Any], n: int) -> list[Any]:
    """The atoms of the last `n` words (with the spaces between them)."""
    out: list[Any] = []
    words = 0
    for a in reversed(atoms):
        if a.text.strip():
            if words == n:
                break
            words += 1
        out.append(a)
    return out[::-1]


def describe_change(old: Block, new: Block) -> str:
    """‘vernietiging na 12 → 9 maanden’: each changed stretch with a few words around it."""
    def read(b: Block) -> list[Run]:
        return b.runs + ([Run(" — "), *b.signer] if b.signer else [])

    ops = word_diff(read(old), read(new))
    parts: list[str] = []
    i = 0
    while i < len(ops):
        op, stretch = ops[i]
        if op == "gelijk":
            i += 1
            continue
        before = ops[i - 1][1] if i > 0 and ops[i - 1][0] == "gelijk" else []
        deleted = stretch if op == "vervallen" else []
        inserted = stretch if op == "ingevoegd" else []
        if op == "vervallen" and i + 1 < len(ops) and ops[i + 1][0] == "ingevoegd":
            inserted = ops[i + 1][1]
            i += 1
        after = ops[i + 1][1] if i + 1 < len(ops) and ops[i + 1][0] == "gelijk" else []
        head = _spaced(_last_words(before, CONTEXT_WORDS)).lstrip(" ,;:.")
        tail = _spaced(_last_words(after[::-1], CONTEXT_WORDS)[::-1])
        old_text, new_text = clip(_words(deleted), 80), clip(_words(inserted), 80)
        if old_text and new_text:
            parts.append(" ".join(f"{head}{old_text} → {new_text}{tail}".split()))
        elif new_text:
            parts.append(f"‘{new_text}’ ingevoegd" + (f" na ‘{head.strip()}’" if head.strip()
                                                     else " aan het begin"))
        elif old_text:
            parts.append(f"‘{old_text}’ geschrapt" + (f" na ‘{head.strip()}’" if head.strip()
                                                     else " aan het begin"))
        i += 1
    return "; ".join(parts) or "opmaak gewijzigd"


def _unit_heading(unit: Unit) -> str:
    if unit.kind == "artikel":
        return f"Artikel {unit.number} ({unit.title})"
    if unit.kind == "bijvoegsel":
        return f"Bijvoegsel {unit.number} ({unit.title})"
    return unit.label[:1].upper() + unit.label[1:]


def _value(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        for key in ("naam", "id"):
            if isinstance(value.get(key), str):
                return value[key]
        return "{…}"
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def describe_config(change: ConfigChange) -> str:
    sel = change.selector
    if len(sel) == 2 and isinstance(sel[1], ById) and sel[0] in _COLLECTIONS:
        what = _COLLECTIONS[str(sel[0])]
        item = change.new if change.kind == "toegevoegd" else change.old
        name = _value(item) if isinstance(item, dict) else sel[1].id
        if isinstance(item, dict) and not isinstance(item.get("naam"), str):
            name = " ".join(str(item[k]) for k in ("soort", "eenheid", "parket", "id")
                            if isinstance(item.get(k), str))
        verb = {"toegevoegd": "toegevoegd", "verwijderd": "verwijderd"}.get(change.kind,
                                                                          "gewijzigd")
        return f"{what} {verb}: {name}"
    if change.kind == "toegevoegd":
        return f"{change.field} toegevoegd: {clip(_value(change.new), 80)}"
    if change.kind == "verwijderd":
        return f"{change.field} verwijderd (was: {clip(_value(change.old), 80)})"
    if change.kind == "volgorde":
        return f"{change.field}: volgorde gewijzigd"
    return f"{change.field}: {clip(_value(change.old), 60)} → {clip(_value(change.new), 60)}"


def _loc(loc: Location | None) -> str | None:
    if loc is None:
        return None
    if loc.line is None:
        return loc.file
    return f"{loc.file}:{loc.line}" + (f":{loc.column}" if loc.column else "")


def _cause(change: ConfigChange) -> dict[str, Any]:
    return {"veld": change.field, "oud": _loc(change.old_at), "nieuw": _loc(change.new_at)}


# --- renumbering --------------------------------------------------------------------------------

def _ranges(pairs: list[tuple[str, str]]) -> list[str]:
    """‘3–25 → 4–26’ for runs of consecutive renumbered articles."""
    out: list[str] = []
    run: list[tuple[str, str]] = []

    def flush() -> None:
        if run:
            a, b = run[0], run[-1]
            out.append(f"{a[0]} → {a[1]}" if len(run) == 1 else
                       f"{a[0]}–{b[0]} → {a[1]}–{b[1]}")
        run.clear()

    for old, new in pairs:
        if run and not (_next(run[-1][0]) == old and _next(run[-1][1]) == new):
            flush()
        run.append((old, new))
    flush()
    return out


def _next(number: str) -> str:
    head, _, tail = number.rpartition(".")
    return f"{head}.{int(tail) + 1}" if head and tail.isdigit() else (
        str(int(number) + 1) if number.isdigit() else "")


def renumbered(doc: DocumentDiff) -> list[str]:
    arts: list[tuple[str, str]] = []
    annexes: list[tuple[str, str]] = []
    leden: list[tuple[str, str]] = []
    for u in doc.units:
        if u.old is None or u.new is None or u.old.number == u.new.number:
            pass
        elif u.old.kind == "artikel":
            arts.append((u.old.number, u.new.number))
        elif u.old.kind == "bijvoegsel":
            annexes.append((u.old.number, u.new.number))
        for p in u.blocks:
            if p.old is not None and p.new is not None and p.old.style == "lid" and \
                    p.old.label.rpartition(".")[2] != p.new.label.rpartition(".")[2]:
                # a lid whose place in its article changed; a new article number alone is
                # already said by the articles' renumbering
                leden.append((p.old.label, p.new.label))
    out = []
    if arts:
        out.append(("artikel " if len(arts) == 1 else "artikelen ") + ", ".join(_ranges(arts)))
    if leden:
        out.append(("lid " if len(leden) == 1 else "leden ") + ", ".join(_ranges(leden)))
    if annexes:
        out.append(("Bijvoegsel " if len(annexes) == 1 else "Bijvoegsels ")
                   + ", ".join(_ranges(annexes)))
    return out


# --- the report ---------------------------------------------------------------------------------

def _element(result: SetDiff, u: UnitDiff, p: Pair[Block]) -> dict[str, Any]:
    where = pair_place(u, p)
    old_where = place(u.old, p.old) if u.old is not None and p.old is not None else None
    if p.status == "gewijzigd" and p.old is not None and p.new is not None:
        text = describe_change(p.old, p.new)
    elif p.status == "ingevoegd" or (p.status == "verplaatst" and p.new is not None):
        text = f"ingevoegd: ‘{clip(block_text(p.new))}’"  # type: ignore[arg-type]
    else:
        text = f"geschrapt: ‘{clip(block_text(p.old))}’"  # type: ignore[arg-type]
    return {"plaats": where, "oude_plaats": old_where, "soort": p.status,
            "omschrijving": f"{where[:1].upper()}{where[1:]}: {text}",
            "oud": block_text(p.old) if p.old is not None else None,
            "nieuw": block_text(p.new) if p.new is not None else None,
            "oorzaken": [_cause(c) for c in result.causes_of(p)]}


def _unit_entry(result: SetDiff, u: UnitDiff) -> list[dict[str, Any]]:
    """A whole unit inserted, removed or moved is one entry; a changed unit one per element."""
    unit = u.new or u.old
    assert unit is not None
    if u.status in ("ingevoegd", "vervallen") or u.moved:
        if u.moved and u.old is not None:
            verb = "verplaatst (stond hier)"
        elif u.moved:
            verb = "verplaatst naar hier"
        else:
            verb = u.status
        text = f"{_unit_heading(unit)} {verb}"
        body = " ".join(block_text(b) for b in unit.blocks)
        return [{"plaats": place(unit, None), "oude_plaats": None, "soort": u.status,
                 "omschrijving": text,
                 "oud": body if u.new is None else None,
                 "nieuw": body if u.new is not None else None,
                 "oorzaken": [_cause(c) for c in result.causes_of(u)]}]
    entries = []
    if u.head is not None and u.head.status != "gelijk":
        entries.append(_element(result, u, u.head))
    entries.extend(_element(result, u, p) for p in u.blocks if p.status != "gelijk")
    return entries


def report(result: SetDiff) -> dict[str, Any]:
    """The change report as JSON-ready data (`schemas/wijzigingsrapport.schema.json`)."""
    old, new = result.old, result.new
    docs = []
    for d in result.documents:
        status = "nieuw" if d.old is None else "vervallen" if d.new is None else (
            "gewijzigd" if d.changed else "ongewijzigd")
        changes: list[dict[str, Any]] = []
        if d.old is not None and d.new is not None:
            for u in d.units:
                if u.changed:
                    changes.extend(_unit_entry(result, u))
        title = (d.new or d.old).title  # type: ignore[union-attr]
        docs.append({"document": d.name, "titel": title, "soort": d.label, "status": status,
                     "wijzigingen": changes,
                     "vernummerd": renumbered(d) if d.old is not None and d.new is not None
                     else []})
    config = []
    for i, change in enumerate(result.config):
        places: dict[str, list[str]] = {}
        for d, u, p in effects_of(result, i):
            spot = pair_place(u, p)
            if spot not in places.setdefault(d.label, []):
                places[d.label].append(spot)
        config.append({"veld": change.field, "soort": change.kind,
                       "oud": _json(change.old), "nieuw": _json(change.new),
                       "oude_plaats": _loc(change.old_at), "nieuwe_plaats": _loc(change.new_at),
                       "omschrijving": describe_config(change),
                       "gevolgen": [{"document": k, "plaatsen": v} for k, v in places.items()],
                       "afzonderlijk_herleid": i not in result.untraced})
    return {"schema_versie": SCHEMA_VERSION,
            "oud": _side(old), "nieuw": _side(new),
            "gewijzigd": result.changed,
            "aantal_wijzigingen": sum(1 for _ in changed_pairs(result.documents)),
            "configuratie": config, "documenten": docs}


def _side(v: Any) -> dict[str, Any]:
    meta = v.loaded.config.document
    return {"bron": v.shown, "zvh": v.loaded.config.zvh.name, "versie": meta.version,
            "status": meta.status, "datum": meta.date.isoformat()}


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v) for v in value]
    return value


def as_text(data: dict[str, Any]) -> str:
    """The report as a lawyer reads it on screen or on the first page of a redline."""
    old, new = data["oud"], data["nieuw"]
    lines = [f"Wijzigingen {new['zvh']}: versie {old['versie']} ({old['datum']}, "
             f"{old['status']}) → versie {new['versie']} ({new['datum']}, {new['status']})",
             f"  oud:   {old['bron']}", f"  nieuw: {new['bron']}", ""]
    if not data["gewijzigd"]:
        lines.append("Geen wijzigingen: beide versies geven dezelfde tekst.")
        return "\n".join(lines) + "\n"
    lines.append("Configuratie")
    if not data["configuratie"]:
        lines.append("  geen wijzigingen in de configuratie")
    for c in data["configuratie"]:
        places = "; ".join(f"{g['document']}: {', '.join(g['plaatsen'])}" for g in c["gevolgen"])
        lines.append(f"  • {c['omschrijving']}" + (f" ({places})" if places else
                                                   " (geen gevolg voor de tekst)"))
        where = " / ".join(x for x in (c["oude_plaats"] and f"oud {c['oude_plaats']}",
                                        c["nieuwe_plaats"] and f"nieuw {c['nieuwe_plaats']}")
                           if x)
        if where:
            lines.append(f"      {where}")
    for d in data["documenten"]:
        lines.append("")
        lines.append(f"{d['soort']} ({d['document']}): {d['status']}")
        for ch in d["wijzigingen"]:
            lines.append(f"  • {ch['omschrijving']}")
            fields = ", ".join(c["veld"] for c in ch["oorzaken"])
            if fields:
                lines.append(f"      door: {fields}")
        for r in d["vernummerd"]:
            lines.append(f"  • vernummerd: {r}")
        if d["document"] == "artikel20-beslissing" and d["status"] != "ongewijzigd":
            lines.append("  let op: dit is een besluit van de politie in overeenstemming met het "
                         "bevoegd gezag, geen afspraak van Partijen; het wijzigingsconvenant "
                         "wijzigt het niet: de gewijzigde tekst wordt als nieuw besluit genomen.")
    return "\n".join(lines) + "\n"
