"""Dutch typography for text that comes from a config: apostrophes and quotes."""

from __future__ import annotations

import functools
import re

_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december")


def smarten(text: str) -> str:
    """Typewriter quotes to typographic ones: 's-Hertogenbosch → ’s-Hertogenbosch, "x" → “x”."""
    text = re.sub(r'(^|[\s(\[])"', r"\1“", text)
    text = text.replace('"', "”")
    text = re.sub(r"(^|[\s(\[])'(?=\w{2,}[^']*'(\W|$))", r"\1‘", text)  # ‘quoted’ words
    return text.replace("'", "’")


def long_date(value: object) -> str:
    """A date as Dutch text: 15 januari 2027."""
    import datetime as dt

    if not isinstance(value, dt.date):
        raise TypeError(f"geen datum: {value!r}")
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


_NUMBERS = ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien", "twintig")


def number_word(value: object) -> str:
    """A count in running text: up to twenty in words (‘drie’, ‘vijftien’), larger in digits
    (‘24’) — the Taalunie's rule for numbers in running text. Babel spells no numbers."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"geen aantal: {value!r}")
    return _NUMBERS[value] if 0 <= value <= 20 else str(value)


def quantity(value: object, singular: str, plural: str) -> str:
    """‘één maand’, ‘zes maanden’, ‘24 maanden’."""
    return f"{number_word(value)} {singular if value == 1 else plural}"


_PLACEHOLDERS = re.compile(r"^\W*$|^(n\.?\s?n\.?|nn|p\.?m\.?|x+|tbd|nader te bepalen|nog te "
                           r"bepalen|onbekend|vacature|naam|\.{3,}|…+)$", re.IGNORECASE)


def is_placeholder_name(name: str) -> bool:
    """‘…’, ‘N.N.’, ‘nog te bepalen’: a blank to fill in, not a person's name."""
    return bool(_PLACEHOLDERS.match(name.strip()))


NBSP = "\u00a0"
"""No-break space: ‘artikel 6’, ‘72 uur’ never break across lines."""
WORD_JOINER = "\u2060"
"""Zero-width no-break joiner after the hyphen of ‘’s-’: the line never breaks there. It needs no
glyph (Liberation Sans has none for U+2011, the non-breaking hyphen); the DOCX renderer turns
‘-’ + joiner into Word's own non-breaking hyphen."""

_UNITS = ("uur|uren|minuut|minuten|dag|dagen|werkdag|werkdagen|week|weken|maand|maanden|jaar|"
          "jaren|procent|%|" + "|".join(_MONTHS))
_LAWS = "AVG|UAVG|Wpg|Bpg|Wjsg|Awb|BW|Sv|Sr|Wmo|Wvggz|Wzd|Woo|Wet"
_NUMBER = r"\d+(?:[.:]\d+)*[a-z]?"
_SPACES = re.compile(
    # art. 6, artikel 6.3, artikelen 8a, lid 2, Bijvoegsel 1, hoofdstuk 3
    r"\b(?:art\.|[Aa]rtikel(?:en)?|[Ll]id|[Ll]eden|[Bb]ijvoegsel|[Hh]oofdstuk|[Pp]aragraaf|nr\.)"
    r"( )(?=" + _NUMBER + r"\b)"
    # onder b, onder aa, onder 2 (never ‘onder de’)
    r"|\bonder(?:deel)?( )(?=(?:([a-z])\3?|\d+)\b(?![’'-]))"
    # 72 uur, 4 weken, 15 januari
    r"|(?<![\w.,:])\d+( )(?=(?:" + _UNITS + r")\b)"
    # januari 2027
    r"|\b(?:" + "|".join(_MONTHS) + r")( )(?=\d{4}\b)"
    # artikel 20 Wpg, artikel 6:4 Bpg
    r"|(?<![\w.,:])" + _NUMBER + r"( )(?=(?:" + _LAWS + r")\b)"
    # postcode 5232 JL, € 100
    r"|\b\d{4}( )(?=[A-Z]{2}\b)|€( )(?=\d)")
_GROUPS = (1, 2, 4, 5, 6, 7, 8)
_APOSTROPHE_S = re.compile(r"(?<![\w’'])([’']s)-(?=\w)")
"""’s-Hertogenbosch, ’s-Gravenhage: never break after ‘’s-’."""


def _nbsp(m: re.Match[str]) -> str:
    text = m.group(0)
    for g in _GROUPS:
        if m.start(g) >= 0:
            at = m.start(g) - m.start(0)
            return text[:at] + NBSP + text[at + 1:]
    return text

_REFERENCE_CODE = re.compile(r"(?<![\w/:.])(?=[\w&./-]*\d)[\w&.-]+(?:/[\w&.-]+)+(?![\w/])")
"""A kenmerk or file number (‘POL/OB/2024-0113’, ‘SVG/RvB/2025/09’): one token with a digit and
slashes, no address (‘https://…’ has ‘:’ before its slashes)."""


def _join_slashes(m: re.Match[str]) -> str:
    token = m.group(0)
    if re.search(r"\.[a-z]{2,}/", token):  # a web address without scheme: www.zvh.nl/2024
        return token
    return token.replace("/", "/" + WORD_JOINER)


_HINT = re.compile(r"\d|onder|s-|€")
"""Every rule needs one of these: most paragraphs are left alone after one quick search."""


@functools.lru_cache(maxsize=8192)
def tie(text: str) -> str:
    """Dutch line-breaking typography: no-break spaces where a line must not break (a reference
    and its number, a number and its unit or law) and no break after ‘’s-’. Only spaces change
    (and a joiner is inserted), so the text reads the same; renderers keep the characters.
    A kenmerk never breaks at its slashes."""
    if not text or not _HINT.search(text):
        return text
    if "s-" in text:
        text = _APOSTROPHE_S.sub("\\1-" + WORD_JOINER, text)
    if "/" in text:
        text = _REFERENCE_CODE.sub(_join_slashes, text)
    return _SPACES.sub(_nbsp, text)
