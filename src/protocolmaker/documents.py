"""The documents of a region's set: which template, which file name, how others cite them."""

from __future__ import annotations

from dataclasses import dataclass

from protocolmaker.config.models import RegionConfig
from protocolmaker.model.compose import compose
from protocolmaker.model.document import Document


@dataclass(frozen=True)
class DocumentSpec:
    kind: str
    template: str
    filename: str
    short_title: str
    label: str


CONVENANT = DocumentSpec("convenant", "convenant/convenant.pm", "convenant", "het Convenant",
                         "Samenwerkingsconvenant")

SPECS = (CONVENANT,)


def compose_set(cfg: RegionConfig, *, show_notes: bool = False) -> list[tuple[DocumentSpec, Document]]:
    """Every document of the set as a numbered model, in signing order."""
    out = []
    for spec in SPECS:
        doc = compose(spec.template, spec.kind, cfg, short_title=spec.short_title,
                      label=spec.label, show_notes=show_notes)
        out.append((spec, doc))
    return out
