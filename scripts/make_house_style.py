"""Write the house-style Word files (huisstijl) from scratch, byte for byte reproducibly.

    .venv/bin/python scripts/make_house_style.py          # rewrite both files
    .venv/bin/python scripts/make_house_style.py --check  # exit 1 if a committed file differs

- `templates/stijl/huisstijl.docx`: the default house style every DOCX is rendered into.
- `configs/huisstijl/waddenkust.docx`: an example of a region's own house style (a fictional
  Zorg- en Veiligheidshuis Waddenkust): its own fonts and colours, a logo in the header, a cover
  page, placeholders on the cover and in header and footer.

Every part is written here (no python-docx template underneath): Dutch (nl-NL) throughout, Word
2013+ compatibility mode (15), the project's styles under Dutch names, theme and font table naming
the body font. The body of a house-style file is its cover page (empty in the default); the
document model is rendered after it. Placeholders are docxtpl/Jinja expressions, listed in
`protocolmaker.render.house_style.PLACEHOLDERS`.

Fonts: the styles name **Arial**; the font table gives it the alternative name Liberation Sans
(and Arial's PANOSE and family), and LibreOffice on Linux resolves Arial to Liberation Sans through
fontconfig's metric aliases (fonts-liberation2). Word on Windows and macOS has Arial, the PDF embeds
Liberation Sans; both have the same metrics, so lines break in the same places.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
STAMP = (2026, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = (f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Page: A4, margins as the PDF (2.5 cm; right 2.2 cm); text width 9242 twips.
PAGE = ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1247" w:bottom="1417" '
        'w:left="1417" w:header="709" w:footer="567" w:gutter="0"/>')
TEXT_WIDTH = 11906 - 1417 - 1247


@dataclass(frozen=True)
class Font:
    name: str
    alt: str | None
    panose: str
    family: str  # swiss, roman


ARIAL = Font("Arial", "Liberation Sans", "020B0604020202020204", "swiss")
DEJAVU_SANS = Font("DejaVu Sans", None, "020B0603030804020204", "swiss")
DEJAVU_SERIF = Font("DejaVu Serif", None, "02060603050605020204", "roman")


@dataclass(frozen=True)
class Design:
    name: str
    body: Font
    heading: Font
    heading_color: str
    accent: str
    header: str
    """Body XML of the running header (paragraphs)."""
    footer: str
    cover: str = ""
    """Body XML of the cover page, ending in a page break; empty for none."""
    logo: bytes | None = None
    logo_description: str = ""


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(instr: str, cached: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>{cached}</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def para(content: str, style: str = "", ppr: str = "") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{pstyle}{ppr}</w:pPr>{content}</w:p>"


def logo_run(rel_id: str, cx_cm: float, description: str, ident: int) -> str:
    cx = int(cx_cm * 360000)
    cy = cx // 2  # the logo is twice as wide as high
    return (
        f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{ident}" name="Logo {ident}" '
        f'descr="{escape(description)}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks '
        f'noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData '
        f'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        f'<pic:nvPicPr><pic:cNvPr id="0" name="logo.png" descr="{escape(description)}"/>'
        f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="{rel_id}"/><a:stretch>'
        f'<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


# --- styles --------------------------------------------------------------------------------

def fonts(font: Font) -> str:
    n = escape(font.name)
    return f'<w:rFonts w:ascii="{n}" w:hAnsi="{n}" w:cs="{n}" w:eastAsia="{n}"/>'


def style(kind: str, ident: str, name: str, *, based: str = "", next_: str = "",
          ppr: str = "", rpr: str = "", extra: str = "", default: bool = False,
          custom: bool = False) -> str:
    attrs = f'w:type="{kind}"'
    if default:
        attrs += ' w:default="1"'
    if custom:
        attrs += ' w:customStyle="1"'
    body = f'<w:name w:val="{escape(name)}"/>'
    if based:
        body += f'<w:basedOn w:val="{based}"/>'
    if next_:
        body += f'<w:next w:val="{next_}"/>'
    body += extra
    if ppr:
        body += f"<w:pPr>{ppr}</w:pPr>"
    if rpr:
        body += f"<w:rPr>{rpr}</w:rPr>"
    return f'<w:style {attrs} w:styleId="{ident}">{body}</w:style>'


def styles_xml(d: Design) -> str:
    heading_font = fonts(d.heading)
    color = f'<w:color w:val="{d.heading_color}"/>'
    q = "<w:qFormat/>"
    items = [
        style("paragraph", "Normal", "Normal", default=True, extra=q),
        style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True,
              extra='<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>'),
        style("table", "TableNormal", "Normal Table", default=True,
              extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" '
                    'w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" '
                    'w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>'),
        style("numbering", "NoList", "No List", default=True,
              extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'),
        style("paragraph", "Title", "Title", based="Normal", next_="Subtitle", extra=q,
              ppr='<w:keepNext/><w:spacing w:before="0" w:after="120"/>',
              rpr=f'{heading_font}<w:b/>{color}<w:kern w:val="28"/><w:sz w:val="36"/>'
                  '<w:szCs w:val="36"/>'),
        style("paragraph", "Subtitle", "Subtitle", based="Normal", next_="Normal", extra=q,
              ppr='<w:spacing w:after="240"/>', rpr='<w:color w:val="444444"/>'),
        style("paragraph", "Heading1", "heading 1", based="Normal", next_="Normal",
              extra='<w:uiPriority w:val="9"/>' + q,
              ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="80"/>'
                  '<w:outlineLvl w:val="0"/>',
              rpr=f'{heading_font}<w:b/>{color}<w:sz w:val="24"/><w:szCs w:val="24"/>'),
        style("paragraph", "Heading2", "heading 2", based="Normal", next_="Normal",
              extra='<w:uiPriority w:val="9"/><w:unhideWhenUsed/>' + q,
              ppr='<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/>'
                  '<w:outlineLvl w:val="1"/>',
              rpr=f'{heading_font}<w:b/>{color}'),
        style("paragraph", "KopSectie", "Kop Sectie", based="Heading1", next_="Normal",
              custom=True, extra=q, ppr='<w:outlineLvl w:val="1"/>'),
        style("paragraph", "KopArtikel", "Kop Artikel", based="Heading1", next_="Lid",
              custom=True, extra=q, ppr='<w:outlineLvl w:val="0"/>'),
        style("paragraph", "KopBijvoegsel", "Kop Bijvoegsel", based="Heading1",
              next_="Normal", custom=True, extra=q,
              ppr='<w:pageBreakBefore/><w:outlineLvl w:val="0"/>'),
        style("paragraph", "Aanloop", "Aanloop", based="Normal", next_="Lid", custom=True,
              extra=q, ppr="<w:keepNext/>"),
        style("paragraph", "Lid", "Lid", based="Normal", next_="Lid", custom=True, extra=q,
              ppr='<w:ind w:left="680" w:hanging="680"/>'),
        style("paragraph", "Onderdeel", "Onderdeel", based="Normal", next_="Onderdeel",
              custom=True, extra=q, ppr='<w:ind w:left="1134" w:hanging="454"/>'),
        style("paragraph", "Opsomming", "Opsomming", based="Normal", next_="Opsomming",
              custom=True, extra=q, ppr='<w:ind w:left="454" w:hanging="227"/>'),
        style("paragraph", "Partij", "Partij", based="Normal", next_="Partij", custom=True,
              extra=q, ppr='<w:ind w:left="454"/>'),
        style("paragraph", "Toelichting", "Toelichting", based="Normal", next_="Normal",
              custom=True, extra=q,
              ppr='<w:shd w:val="clear" w:color="auto" w:fill="EEF4F4"/><w:ind w:left="680"/>',
              rpr='<w:color w:val="334444"/><w:sz w:val="18"/><w:szCs w:val="18"/>'),
        style("paragraph", "Ondertekening", "Ondertekening", based="Normal",
              next_="Ondertekening", custom=True, extra=q, ppr="<w:keepNext/><w:keepLines/>"),
        style("paragraph", "TOCHeading", "TOC Heading", based="Heading1", next_="Normal",
              extra='<w:uiPriority w:val="39"/><w:unhideWhenUsed/>' + q,
              ppr='<w:outlineLvl w:val="9"/>'),
        style("paragraph", "TOC1", "toc 1", based="Normal", next_="Normal",
              extra='<w:uiPriority w:val="39"/><w:unhideWhenUsed/>',
              ppr=f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
                  '<w:spacing w:after="40"/>'),
        style("paragraph", "Header", "header", based="Normal",
              extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
              ppr=f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab '
                  f'w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
              rpr='<w:sz w:val="16"/><w:szCs w:val="16"/>'),
        style("paragraph", "Footer", "footer", based="Normal",
              extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
              ppr=f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/><w:tab '
                  f'w:val="right" w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="0"/>',
              rpr='<w:sz w:val="16"/><w:szCs w:val="16"/>'),
    ]
    if d.cover:
        items.append(style("paragraph", "Voorblad", "Voorblad", based="Normal",
                           next_="Normal", custom=True, extra=q,
                           ppr='<w:spacing w:after="240"/><w:jc w:val="center"/>',
                           rpr=f'{heading_font}{color}<w:sz w:val="28"/><w:szCs w:val="28"/>'))
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr>{fonts(d.body)}<w:sz w:val="21"/>'
        '<w:szCs w:val="21"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="276" '
        'w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    return f"{XML}<w:styles {NS}>{defaults}{''.join(items)}</w:styles>"


# --- the other parts -------------------------------------------------------------------------

def settings_xml() -> str:
    compat = "".join(
        f'<w:compatSetting w:name="{n}" w:uri="http://schemas.microsoft.com/office/word" '
        f'w:val="{v}"/>'
        for n, v in (("compatibilityMode", "15"), ("overrideTableStyleFontSizeAndJustification",
                                                   "1"), ("enableOpenTypeFeatures", "1"),
                     ("doNotFlipMirrorIndents", "1"),
                     ("differentiateMultirowTableHeaders", "1")))
    return (f'{XML}<w:settings {NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/>'
            '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
            f'<w:compat>{compat}</w:compat><w:themeFontLang w:val="nl-NL"/>'
            '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" '
            'w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" '
            'w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" '
            'w:followedHyperlink="followedHyperlink"/><w:decimalSymbol w:val=","/>'
            '<w:listSeparator w:val=";"/></w:settings>')


def font_table_xml(d: Design) -> str:
    seen: list[Font] = []
    for f in (d.body, d.heading):
        if f not in seen:
            seen.append(f)
    entries = "".join(
        f'<w:font w:name="{escape(f.name)}">'
        + (f'<w:altName w:val="{escape(f.alt)}"/>' if f.alt else "")
        + f'<w:panose1 w:val="{f.panose}"/><w:charset w:val="00"/>'
          f'<w:family w:val="{f.family}"/><w:pitch w:val="variable"/></w:font>'
        for f in seen)
    return f"{XML}<w:fonts {NS}>{entries}</w:fonts>"


def theme_xml(d: Design) -> str:
    colors = (("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "1F2A2E"), ("lt2", "EEF4F4"),
              ("accent1", d.heading_color), ("accent2", d.accent), ("accent3", "5B7F7A"),
              ("accent4", "8A6D3B"), ("accent5", "3B5B8A"), ("accent6", "7A3B5B"),
              ("hlink", "0B5394"), ("folHlink", "6B3FA0"))
    scheme = "".join(f"<a:{n}><a:srgbClr val=\"{c}\"/></a:{n}>" for n, c in colors)
    fills = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    lines = "".join(f'<a:ln w="{w}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
                    '</a:ln>' for w in (6350, 12700, 19050))
    return (
        f'{XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'name="protocolmaker {escape(d.name)}"><a:themeElements>'
        f'<a:clrScheme name="{escape(d.name)}">{scheme}</a:clrScheme>'
        f'<a:fontScheme name="{escape(d.name)}">'
        f'<a:majorFont><a:latin typeface="{escape(d.heading.name)}"/><a:ea typeface=""/>'
        f'<a:cs typeface=""/></a:majorFont>'
        f'<a:minorFont><a:latin typeface="{escape(d.body.name)}"/><a:ea typeface=""/>'
        f'<a:cs typeface=""/></a:minorFont></a:fontScheme>'
        f'<a:fmtScheme name="{escape(d.name)}"><a:fillStyleLst>{fills * 3}</a:fillStyleLst>'
        f'<a:lnStyleLst>{lines}</a:lnStyleLst><a:effectStyleLst>'
        + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3
        + f'</a:effectStyleLst><a:bgFillStyleLst>{fills * 3}</a:bgFillStyleLst></a:fmtScheme>'
          '</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>')


def core_xml(d: Design) -> str:
    return (f'{XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/'
            'dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>Huisstijl {escape(d.name)}</dc:title><dc:creator>protocolmaker'
            '</dc:creator><cp:lastModifiedBy>protocolmaker</cp:lastModifiedBy>'
            '<dc:language>nl-NL</dc:language><cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def app_xml() -> str:
    return (f'{XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            '2006/docPropsVTypes"><Application>protocolmaker</Application><DocSecurity>0'
            '</DocSecurity></Properties>')


def document_xml(d: Design) -> str:
    title_pg = "<w:titlePg/>" if d.cover else ""
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
            + ('<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' if d.cover else "")
            + '<w:footerReference w:type="default" r:id="rIdFooter"/>'
            + ('<w:footerReference w:type="first" r:id="rIdFooterFirst"/>' if d.cover else "")
            + f'{PAGE}<w:cols w:space="708"/>{title_pg}<w:docGrid w:linePitch="360"/>'
              '</w:sectPr>')
    return f"{XML}<w:document {NS}><w:body>{d.cover}{sect}</w:body></w:document>"


def part(tag: str, body: str) -> str:
    return f"{XML}<w:{tag} {NS}>{body}</w:{tag}>"


def relationships(rels: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<Relationship Id="{i}" Type="{REL}/{t}" Target="{target}"/>'
                    for i, t, target in rels)
    return (f'{XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships">{items}</Relationships>')


def content_types(d: Design) -> str:
    office = "application/vnd.openxmlformats-officedocument"
    wml = f"{office}.wordprocessingml"
    overrides = [("/word/document.xml", f"{wml}.document.main+xml"),
                 ("/word/styles.xml", f"{wml}.styles+xml"),
                 ("/word/settings.xml", f"{wml}.settings+xml"),
                 ("/word/fontTable.xml", f"{wml}.fontTable+xml"),
                 ("/word/numbering.xml", f"{wml}.numbering+xml"),
                 ("/word/header1.xml", f"{wml}.header+xml"),
                 ("/word/footer1.xml", f"{wml}.footer+xml"),
                 ("/word/theme/theme1.xml", f"{office}.theme+xml"),
                 ("/docProps/core.xml",
                  "application/vnd.openxmlformats-package.core-properties+xml"),
                 ("/docProps/app.xml", f"{office}.extended-properties+xml")]
    if d.cover:
        overrides += [("/word/header2.xml", f"{wml}.header+xml"),
                      ("/word/footer2.xml", f"{wml}.footer+xml")]
    defaults = [("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                ("xml", "application/xml")]
    if d.logo:
        defaults.append(("png", "image/png"))
    return (f'{XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            + "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults)
            + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides)
            + "</Types>")


def package(d: Design) -> bytes:
    files: dict[str, str | bytes] = {
        "[Content_Types].xml": content_types(d),
        "_rels/.rels": relationships([
            ("rId1", "officeDocument", "word/document.xml"),
            ("rId2", "metadata/core-properties", "docProps/core.xml"),
            ("rId3", "extended-properties", "docProps/app.xml")]).replace(
                f"{REL}/metadata/core-properties",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                "core-properties"),
        "docProps/core.xml": core_xml(d),
        "docProps/app.xml": app_xml(),
        "word/document.xml": document_xml(d),
        "word/styles.xml": styles_xml(d),
        "word/settings.xml": settings_xml(),
        "word/fontTable.xml": font_table_xml(d),
        "word/numbering.xml": part("numbering", ""),
        "word/theme/theme1.xml": theme_xml(d),
        "word/header1.xml": part("hdr", d.header),
        "word/footer1.xml": part("ftr", d.footer),
    }
    rels = [("rIdStyles", "styles", "styles.xml"), ("rIdSettings", "settings", "settings.xml"),
            ("rIdFonts", "fontTable", "fontTable.xml"),
            ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdTheme", "theme", "theme/theme1.xml"), ("rIdHeader", "header", "header1.xml"),
            ("rIdFooter", "footer", "footer1.xml")]
    if d.cover:
        files["word/header2.xml"] = part("hdr", para("", "Header"))
        files["word/footer2.xml"] = part("ftr", para("", "Footer"))
        rels += [("rIdHeaderFirst", "header", "header2.xml"),
                 ("rIdFooterFirst", "footer", "footer2.xml")]
    if d.logo:
        files["word/media/logo.png"] = d.logo
        rels.append(("rIdLogo", "image", "media/logo.png"))
        files["word/_rels/header1.xml.rels"] = relationships(
            [("rIdLogo", "image", "media/logo.png")])
    files["word/_rels/document.xml.rels"] = relationships(rels)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


# --- the two designs -------------------------------------------------------------------------

SMALL = '<w:sz w:val="16"/><w:szCs w:val="16"/>'
STATUS = ('<w:b/><w:color w:val="B00020"/><w:sz w:val="18"/><w:szCs w:val="18"/>')


def page_of_pages(props: str = SMALL) -> str:
    return (run("pagina ", props) + field("PAGE", "1", props) + run(" van ", props)
            + field("NUMPAGES", "1", props))


DEFAULT = Design(
    name="standaard",
    body=ARIAL,
    heading=ARIAL,
    heading_color="111111",
    accent="B00020",
    header=para(run("{{ document.soort }} {{ zvh.naam }} — versie {{ document.versie }} — ",
                    SMALL)
                + run("{% if document.concept %}CONCEPT{% endif %}", STATUS)
                + run("{% if not document.concept %}definitief{% endif %}", SMALL), "Header"),
    footer=para(page_of_pages(), "Footer", '<w:jc w:val="center"/>'),
)


def wave_logo(width: int = 240, height: int = 120) -> bytes:
    """A small PNG logo (three waves under a sun), drawn pixel by pixel: reproducible bytes."""
    import math

    teal, sand, white = (11, 85, 99), (233, 196, 106), (255, 255, 255)
    rows = []
    for y in range(height):
        row = bytearray(b"\x00")
        for x in range(width):
            pixel = white
            if (x - 170) ** 2 + (y - 45) ** 2 < 26 ** 2:
                pixel = sand
            for k in range(3):
                crest = 70 + 14 * k + 6 * math.sin((x + 25 * k) / 14)
                if crest <= y < crest + 7:
                    pixel = teal
            row += bytes(pixel)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                                0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


LOGO_TEXT = "Logo van Zorg- en Veiligheidshuis Waddenkust: drie golven onder een zon"
TEAL = "0B5563"
WADDENKUST = Design(
    name="Waddenkust",
    body=DEJAVU_SANS,
    heading=DEJAVU_SERIF,
    heading_color=TEAL,
    accent="E9C46A",
    logo=wave_logo(),
    logo_description=LOGO_TEXT,
    header=para(logo_run("rIdLogo", 2.4, LOGO_TEXT, 1) + '<w:r><w:tab/></w:r><w:r><w:tab/>'
                '</w:r>' + run("{{ zvh.naam }}", f'<w:color w:val="{TEAL}"/>' + SMALL),
                "Header", f'<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" '
                          f'w:color="{TEAL}"/></w:pBdr>'),
    footer=para(run("{{ document.soort }} · versie {{ document.versie }} "
                    "({{ document.status }}) · ", SMALL) + page_of_pages(), "Footer",
                '<w:jc w:val="right"/>'),
    cover=(para(logo_run("rIdLogo", 8.0, LOGO_TEXT, 2), "Voorblad",
                '<w:spacing w:before="2400" w:after="600"/>')
           + para(run("{{ zvh.naam }}"), "Voorblad")
           + para(run("{{ document.titel }}", '<w:b/><w:sz w:val="40"/><w:szCs w:val="40"/>'),
                  "Voorblad", '<w:spacing w:before="600" w:after="600"/>')
           + para(run("{{ document.soort }}"), "Voorblad")
           + para(run("Versie {{ document.versie }} — {{ document.status }} — "
                      "{{ document.datum }}"), "Voorblad")
           + para('<w:r><w:br w:type="page"/></w:r>', "Normal")),
)

TARGETS = {
    ROOT / "templates" / "stijl" / "huisstijl.docx": DEFAULT,
    ROOT / "configs" / "huisstijl" / "waddenkust.docx": WADDENKUST,
}


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for path, design in TARGETS.items():
        data = package(design)
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data)} bytes")
    for path in stale:
        print(f"verouderd: {path.relative_to(ROOT)} (draai scripts/make_house_style.py)")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
