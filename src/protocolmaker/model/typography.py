"""Dutch typography for text that comes from a config: apostrophes and quotes."""

from __future__ import annotations

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


_PLACEHOLDERS = re.compile(r"^\W*$|^(n\.?\s?n\.?|nn|p\.?m\.?|x+|tbd|nader te bepalen|nog te "
                           r"bepalen|onbekend|vacature|naam|\.{3,}|…+)$", re.IGNORECASE)


def is_placeholder_name(name: str) -> bool:
    """‘…’, ‘N.N.’, ‘nog te bepalen’: a blank to fill in, not a person's name."""
    return bool(_PLACEHOLDERS.match(name.strip()))
