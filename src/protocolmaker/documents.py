"""The documents of a region's set: which template, which file, what each one cites.

Order matters: a document can refer to the ones before it (the Artikel 20 beslissing cites the
Convenant; each Privacy Protocol cites the Convenant and the beslissing), so they are composed in
this order and handed each other as `external` for symbolic cross-references.
"""

from __future__ import annotations

from dataclasses import dataclass

from protocolmaker.config.models import Partner, RegionConfig
from protocolmaker.model.compose import compose
from protocolmaker.model.document import Document
from protocolmaker.model.view import Protocol, View


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
REPORT = DocumentSpec("verantwoording", "verantwoording/verantwoording.pm", "verantwoording",
                      "de verantwoording", "Verantwoording")
"""The companion note for the Stuurgroep: findings and accepted deviations live here, never in
a signed instrument (issue 9)."""


def protocol_spec(protocol: Protocol) -> DocumentSpec:
    return DocumentSpec("privacyprotocol", "privacyprotocol/privacyprotocol.pm",
                        protocol.filename, "het Protocol", protocol.title)


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
    if View(cfg).needs_a20_decision:
        external["artikel20"] = add(ARTICLE20, {"convenant": convenant}, convenant=convenant)
    for protocol in View(cfg).protocols:
        add(protocol_spec(protocol), external, convenant=convenant, proto=protocol)
    add(STATEMENT, external, convenant=convenant)
    return DocumentSet(items)


def compose_joining(cfg: RegionConfig, partner: Partner) -> Document:
    """The toetredingsformulier for one organisation: convenant and protocol Bijvoegsel 1."""
    documents = compose_set(cfg)
    external = {"convenant": documents.convenant}
    external.update({spec.filename: doc for spec, doc in documents
                     if spec.kind == "privacyprotocol"})
    return compose(TOETREDING.template, TOETREDING.kind, cfg, short_title=TOETREDING.short_title,
                   label=TOETREDING.label, external=external,
                   extra={"nieuw": partner, "convenant": documents.convenant})


def compose_report(cfg: RegionConfig, documents: DocumentSet,
                   findings: list[dict[str, object]]) -> Document:
    """The verantwoording beside the set: its documents, findings, deviations and open points."""
    from protocolmaker.citations import cited_laws

    listed = [{"title": doc.title, "file": spec.filename} for spec, doc in documents]
    points = [(f"{spec.label}, {where}", what) for spec, doc in documents
              for where, what in doc.open_points()]
    cited = cited_laws(((spec.label, doc) for spec, doc in documents), cfg.reference_date)
    return compose(REPORT.template, REPORT.kind, cfg, short_title=REPORT.short_title,
                   label=REPORT.label,
                   extra={"documents": listed, "findings": findings, "open_points": points,
                          "cited": cited})
