"""The house style (huisstijl) a DOCX is rendered into: its styles, page setup, header, footer
and cover page. The body always comes from the document model.

The default is `templates/stijl/huisstijl.docx` (written by `scripts/make_house_style.py`). A
region can name its own Word file in `zvh.huisstijl`; it is read only through
`config.inputs.resolve_input` (confined to the config's folder, bounded), checked here (a real
DOCX, no macros, no DTDs, within size limits, every required style present), and its cover page,
header and footer may contain placeholders that docxtpl fills, in a sandbox, with every value
XML-escaped (autoescape), so a name with ‘&’ or ‘<’ comes out as typed.
"""

from __future__ import annotations

import functools
import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lxml import etree

from protocolmaker.errors import ConfigError, Location, Problem
from protocolmaker.model.document import Document
from protocolmaker.resources import templates_dir

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

    from protocolmaker.config.loader import LoadedConfig

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FIELD = ("zvh", "huisstijl")

PLACEHOLDERS = {
    "zvh.naam": "naam van het zorg- en veiligheidshuis",
    "document.titel": "titel van het document",
    "document.soort": "soort document, bijv. ‘Samenwerkingsconvenant’",
    "document.versie": "versie uit de configuratie (document.versie)",
    "document.status": "‘concept’ of ‘definitief’",
    "document.datum": "datum voluit, bijv. ‘15 januari 2027’",
    "document.concept": "waar bij een concept (voor {% if document.concept %}…{% endif %})",
    "document.kopregel": "soort, naam en versie: de standaard kopregel zonder status",
}
"""Placeholders a house style's cover page, header and footer may use (`{{ zvh.naam }}`)."""

REQUIRED_STYLES = {
    "Normal": "gewone tekst",
    "Title": "titel",
    "Subtitle": "versie, status en datum onder de titel",
    "TOC Heading": "kop van de inhoudsopgave",
    "toc 1": "regel van de inhoudsopgave",
    "heading 2": "tussenkop",
    "Kop Sectie": "kop van aanhef en overwegingen",
    "Kop Artikel": "artikelkop (genummerd ‘Artikel 1.’)",
    "Kop Bijvoegsel": "kop van een bijvoegsel (genummerd ‘Bijvoegsel 1.’)",
    "Aanloop": "ongenummerde aanloopzin van een artikel",
    "Lid": "lid (genummerd ‘1.1’)",
    "Onderdeel": "onderdeel (genummerd ‘a.’)",
    "Opsomming": "opsommingsteken",
    "Partij": "partij in de aanhef",
    "Toelichting": "toelichting (alleen in een concept met --toelichting)",
    "Ondertekening": "ondertekening",
}
"""Paragraph styles the renderer uses, by their name in the file (Word shows built-in styles in
the user's language: ‘heading 2’ is ‘Kop 2’, ‘toc 1’ ‘Inhopg 1’, ‘Title’ ‘Titel’)."""

MAX_PARTS = 2_000
MAX_UNPACKED = 60_000_000
MACRO_TYPES = (b"macroEnabled", b"vbaProject")


@dataclass(frozen=True)
class HouseStyle:
    """A checked house-style file."""

    data: bytes
    name: str
    where: Location | None = None
    """The config field that named it (None for the default)."""

    def error(self, message: str, hint: str = "") -> ConfigError:
        where = self.where or Location(self.name)
        return ConfigError([Problem(where, f"huisstijl ‘{self.name}’: {message}", hint or (
            "Neem de standaardhuisstijl als begin (templates/stijl/huisstijl.docx in "
            "protocolmaker) en pas die in Word aan; laat de stijlnamen staan."))])


@functools.cache
def default_house_style() -> HouseStyle:
    path = templates_dir() / "stijl" / "huisstijl.docx"
    return check(HouseStyle(path.read_bytes(), "standaard"))


def load_house_style(loaded: LoadedConfig) -> HouseStyle:
    """The house style the config names in `zvh.huisstijl`, checked; else the default."""
    from protocolmaker.config.inputs import resolve_input

    value = loaded.config.zvh.house_style
    if not value:
        return default_house_style()
    found = resolve_input(loaded, FIELD, value, (".docx",))
    return check(HouseStyle(found.data, value, loaded.locate(*FIELD)))


def check(house: HouseStyle) -> HouseStyle:
    """Refuse a file that is not a usable DOCX; return it unchanged otherwise."""
    try:
        pkg = zipfile.ZipFile(io.BytesIO(house.data))
        infos = pkg.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise house.error("dit is geen Word-bestand (.docx): het is geen zip-pakket.") from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise house.error("dit is geen Word-document: word/document.xml of [Content_Types].xml "
                          "ontbreekt in het pakket.")
    if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_UNPACKED:
        raise house.error("het pakket is uitgepakt te groot of bevat te veel onderdelen.")
    try:
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            head = pkg.read(info.filename)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise house.error(f"{info.filename} bevat een DTD; Word schrijft die nooit.")
            if info.filename == "[Content_Types].xml" and any(t in head for t in MACRO_TYPES):
                raise house.error("het bestand bevat macro’s; gebruik een gewoon .docx zonder "
                                  "macro’s.")
        styles = pkg.read("word/styles.xml") if "word/styles.xml" in names else b""
    except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError, EOFError):
        raise house.error("het zip-pakket is beschadigd.") from None
    if not styles:
        raise house.error("het bestand heeft geen stijlen (word/styles.xml ontbreekt).")
    present = _paragraph_styles(styles)
    if present is None:
        raise house.error("word/styles.xml is beschadigd (geen geldige XML).")
    missing = [s for s in REQUIRED_STYLES if s not in present]
    if missing:
        raise house.error(
            "verplichte stijl(en) ontbreken: " + ", ".join(f"‘{s}’" for s in missing) + ".",
            "Vereist zijn de alinea-stijlen " + ", ".join(
                f"‘{s}’ ({what})" for s, what in REQUIRED_STYLES.items()) + ".")
    try:
        _open(house)
    except ConfigError:
        raise
    except Exception:  # python-docx on a broken package: any error means ‘unusable’
        raise house.error("het bestand kan niet als Word-document worden gelezen.") from None
    return house


def _paragraph_styles(xml: bytes) -> set[str] | None:
    """Names of the paragraph styles, or None when the XML cannot be read."""
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return None
    return {name.get(f"{W}val", "") for st in root.iter(f"{W}style")
            if st.get(f"{W}type") == "paragraph" for name in st.iter(f"{W}name")}


def _open(house: HouseStyle) -> DocxDocument:
    from docx import Document as open_docx

    return open_docx(io.BytesIO(house.data))


def context(doc: Document) -> dict[str, Any]:
    """The values of the placeholders for one document (plain strings and a boolean)."""
    from protocolmaker.render.layout import running_title

    meta = doc.meta
    return {
        "zvh": {"naam": meta.zvh_name},
        "document": {"titel": doc.title, "soort": meta.label, "versie": meta.version,
                     "status": meta.status, "datum": meta.date, "concept": doc.is_concept,
                     "kopregel": running_title(doc)},
    }


@functools.cache
def _environment() -> Any:
    """A sandboxed Jinja environment (no attribute access to Python internals, no loader, so
    no include or import) with autoescape and strict placeholders. It remembers compiled
    templates: every document of a set fills the same header and footer."""
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    class Environment(SandboxedEnvironment):
        @functools.lru_cache(maxsize=64)  # noqa: B019  (one environment per process)
        def from_string(self, source: str, *args: Any, **kwargs: Any) -> Any:
            return super().from_string(source, *args, **kwargs)

    return Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def render(house: HouseStyle, doc: Document) -> DocxDocument:
    """The house style with its placeholders filled for `doc`, as a python-docx Document."""
    import jinja2
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(house.data))
    env = _environment()
    try:
        template.render(context(doc), jinja_env=env, autoescape=True)
    except jinja2.UndefinedError as exc:
        raise house.error(
            f"onbekende plaatshouder ({exc.message}).",
            "Beschikbaar: " + ", ".join(f"{{{{ {p} }}}}" for p in PLACEHOLDERS) + ".") from None
    except jinja2.TemplateError as exc:
        raise house.error(f"fout in een plaatshouder of {{% … %}}-opdracht in voorblad, kop- "
                          f"of voettekst (Jinja: {exc.message or exc}).",
                          "Schrijf plaatshouders als {{ zvh.naam }} en sluit elke "
                          "{% if … %} af met {% endif %}.") from None
    except Exception:  # docxtpl on a part it cannot handle
        raise house.error("de plaatshouders in voorblad, kop- of voettekst kunnen niet worden "
                          "ingevuld.") from None
    return template.docx
