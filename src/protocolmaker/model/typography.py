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
