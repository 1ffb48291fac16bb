"""The documents of a region's set: which template, which file, what each one cites.

Order matters: a document can refer to the ones before it (the Artikel 20 beslissing cites the
Convenant; each Privacy Protocol cites the Convenant and the beslissing), so they are composed in
this order and handed each other as `external` for symbolic cross-references.
"""

from __future__ import annotations

from dataclasses import dataclass

from protocolmaker.config.integrity import BASE_FUNCTION
from protocolmaker.config.models import Partner, RegionConfig
from protocolmaker.model.compose import View, compose
from protocolmaker.model.document import Document


@dataclass(frozen=True)
class DocumentSpec:
    kind: str
    template: str
    filename: str
    short_title: str
    label: str
    formats: tuple[str, ...] = ("docx", "pdf")


CONVENANT = DocumentSpec("convenant", "convenant/convenant.pm", "convenant", "het Convenant",
                         "Samenwerkingsconvenant")
ARTICLE20 = DocumentSpec("artikel20", "artikel20/beslissing.pm", "artikel20-beslissing",
                         "de Artikel 20 Wpg Beslissing", "Artikel 20 Wpg Beslissing")
STATEMENT = DocumentSpec("privacyverklaring", "privacyverklaring/privacyverklaring.pm",
                         "privacyverklaring", "de privacyverklaring", "Privacyverklaring",
                         ("html", "pdf"))
TOETREDING = DocumentSpec("toetreding", "toetreding/toetreding.pm", "toetreding",
                          "het toetredingsformulier", "Toetredingsformulier")


def protocol_spec(protocol_id: str, title: str) -> DocumentSpec:
    filename = f"privacyprotocol-{protocol_id}" if protocol_id else "privacyprotocol"
    return DocumentSpec("privacyprotocol", "privacyprotocol/privacyprotocol.pm", filename,
                        "het Protocol", title)


@dataclass
class DocumentSet:
    """Every document of a region's set, composed and numbered."""

    items: list[tuple[DocumentSpec, Document]]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.items)

    def of_kind(self, kind: str) -> list[Document]:
        return [d for s, d in self.items if s.kind == kind]

    @property
    def convenant(self) -> Document:
        return self.of_kind("convenant")[0]


def _protocol_context(cfg: RegionConfig, p: dict[str, object]) -> dict[str, object]:
    functions = list(p["functions"])  # type: ignore[call-overload]
    by_id = {f.id: f.description for f in cfg.choices.extra_functions}
    return {"id": p["id"], "title": p["title"], "base": BASE_FUNCTION in functions,
            "extra": [by_id[f] for f in functions if f in by_id]}


def compose_set(cfg: RegionConfig, *, show_notes: bool = False) -> DocumentSet:
    """Every document of the set as a numbered model, in signing order."""
    items: list[tuple[DocumentSpec, Document]] = []

    def add(spec: DocumentSpec, external: dict[str, Document], **extra: object) -> Document:
        doc = compose(spec.template, spec.kind, cfg, short_title=spec.short_title,
                      label=spec.label, show_notes=show_notes, external=external, extra=extra)
        items.append((spec, doc))
        return doc

    convenant = add(CONVENANT, {})
    external = {"convenant": convenant}
    if cfg.of_kind("politie"):
        external["artikel20"] = add(ARTICLE20, {"convenant": convenant}, convenant=convenant)
    for p in View(cfg).protocols:
        spec = protocol_spec(str(p["id"]), str(p["title"]))
        add(spec, external, convenant=convenant, proto=_protocol_context(cfg, p))
    add(STATEMENT, external, convenant=convenant)
    return DocumentSet(items)


def compose_joining(cfg: RegionConfig, partner: Partner) -> Document:
    """The toetredingsformulier for one organisation: convenant and protocol Bijvoegsel 1."""
    documents = compose_set(cfg)
    external = {"convenant": documents.convenant,
                "privacyprotocol": documents.of_kind("privacyprotocol")[0]}
    return compose(TOETREDING.template, TOETREDING.kind, cfg, short_title=TOETREDING.short_title,
                   label=TOETREDING.label, external=external,
                   extra={"nieuw": partner, "convenant": documents.convenant})
