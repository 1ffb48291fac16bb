"""Render a clause template with a region config into a numbered Document.

Jinja runs first, with every `{{ value }}` escaped for the clause markup (config text can never
become markup or Jinja), then `markup.parse` builds the model and `numbering.number` resolves it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import jinja2

from protocolmaker.config.models import DocumentMeta, RegionConfig
from protocolmaker.errors import BuildError
from protocolmaker.model.document import THIS_VERSION, Document, Meta, Version
from protocolmaker.model.law import Citation
from protocolmaker.model.markup import parse
from protocolmaker.model.numbering import number
from protocolmaker.model.template_cache import bytecode_cache, from_string
from protocolmaker.model.typography import long_date, number_word, quantity, smarten
from protocolmaker.model.view import View, enumerate_nl
from protocolmaker.resources import templates_dir


class Raw(str):
    """Markup produced by a template helper: not escaped."""


def escape(value: Any) -> str:
    if isinstance(value, Raw):
        return value
    if value is None:
        raise BuildError("sjabloonfout: een lege waarde zonder open punt; gebruik "
                         "`waarde or open('…')`.")
    text = smarten(re.sub(r"\s+", " ", str(value)))
    return "".join("\\" + ch if ch in "\\[]|" else ch for ch in text)


def ucfirst(value: Any) -> Any:
    """First letter upper case, the rest untouched (Jinja's `capitalize` lowers the rest)."""
    text = str(value)
    if text.startswith("[[") or not text:
        return value
    out = text[0].upper() + text[1:]
    return Raw(out) if isinstance(value, Raw) else out


def open_point(description: str) -> Raw:
    return Raw(f"[[open:{escape(description)}]]")


def ref(key: str) -> Raw:
    return Raw(f"[[ref:{key}]]")


def cite_article(law_key: str, articles: str | int | list[str | int], lid: int | None = None,
                 onder: str | None = None, tot: str | None = None, vorm: str = "auto",
                 hoofdletter: bool = False, detail: str | None = None) -> Raw:
    """`{{ art('avg', 6, lid=1, onder='e') }}` → a citation of the law through the catalog."""
    arts = articles if isinstance(articles, list) else [articles]
    citation = Citation(law_key, tuple(str(a) for a in arts), lid, str(onder) if onder else None,
                        str(tot) if tot else None, vorm, detail)
    citation.check()
    return Raw(f"[[{'Wet' if hoofdletter else 'wet'}:{escape(citation.encode())}]]")


def cite_law(law_key: str, vorm: str = "auto", hoofdletter: bool = False) -> Raw:
    """`{{ wet('wpg') }}` → the law's name (its abbreviation where the document defines it)."""
    citation = Citation(law_key, form=vorm)
    citation.check()
    return Raw(f"[[{'Wet' if hoofdletter else 'wet'}:{escape(citation.encode())}]]")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        undefined=jinja2.StrictUndefined,
        # No trim_blocks/lstrip_blocks: the markup ignores blank lines, and keeping the
        # white space intact keeps continuation lines (which start with spaces) continuations.
        keep_trailing_newline=True,
        autoescape=False,  # the escaping is `finalize`, for our markup rather than HTML
        finalize=escape,
    )
    env.globals.update(open=open_point, ref=ref, art=cite_article, wet=cite_law)
    env.filters["datum"] = long_date
    env.filters["raw"] = Raw  # output of a {% set %} block, already escaped
    env.filters["ucfirst"] = ucfirst
    env.filters["nl_list"] = enumerate_nl
    env.filters["telwoord"] = number_word
    env.filters["aantal"] = quantity
    env.bytecode_cache = bytecode_cache(env)  # compiled once per template text, not per run
    return env


@cache
def _catalog_template(text: str) -> jinja2.Template:
    return from_string(environment(), text)


def render_catalog_text(text: str, view: View, regime: str = "convenant") -> str:
    """A text from a catalog (a task in partijsoorten.yaml) with its `{{ art(…) }}` citations,
    as clause markup. Catalog texts are trusted data: they may call the template helpers.
    `regime` is the legal framework of the protocol it appears in (see `View.regime`)."""
    rendered = _catalog_template(text).render(v=view, cfg=view.cfg, regime=regime)
    return Raw(" ".join(rendered.split()))


def version_history(meta: DocumentMeta) -> list[Version]:
    """The versietabel: `historie` oldest first (by date, keeping the config's order on one
    day), then the current version — its own entry if `historie` lists it, else a row made
    from `document` itself. Empty without `historie` (`Meta.versions` then shows only the
    current version). `config.integrity` has refused duplicate versions, dates after
    `document.datum` and a current version listed with another date or status."""
    if not meta.history:
        return []

    def row(version: str, date: object, status: str, change: str,
            adopted_by: str | None = None) -> Version:
        return Version(version, long_date(date), status, smarten(change),
                       smarten(adopted_by or ""), date.isoformat())  # type: ignore[attr-defined]

    earlier = sorted((e for e in meta.history if e.version != meta.version),
                     key=lambda e: e.date)
    current = next((e for e in meta.history if e.version == meta.version), None)
    rows = [row(e.version, e.date, e.status, e.change, e.adopted_by) for e in earlier]
    rows.append(row(meta.version, meta.date, meta.status,
                    current.change if current else THIS_VERSION,
                    current.adopted_by if current else None))
    return rows


def compose(template: str, kind: str, loaded_cfg: RegionConfig, *, short_title: str, label: str,
            show_notes: bool = False, external: dict[str, Document] | None = None,
            extra: dict[str, Any] | None = None) -> Document:
    """Render `template` for `cfg` into a numbered Document."""
    cfg = loaded_cfg
    try:
        source = environment().get_template(template).render(
            cfg=cfg, v=View(cfg), **(extra or {}))
    except jinja2.TemplateError as exc:
        raise BuildError(f"sjabloonfout in {template}: {exc}") from None
    meta = Meta(
        zvh_name=smarten(cfg.zvh.name),
        version=cfg.document.version,
        status=cfg.document.status,
        date=long_date(cfg.document.date),
        short_title=short_title,
        label=label,
        iso_date=cfg.document.date.isoformat(),
        history=version_history(cfg.document),
    )
    doc = parse(source, template, kind, meta)
    doc.show_notes = show_notes and doc.is_concept
    doc.external = external or {}
    return number(doc)
