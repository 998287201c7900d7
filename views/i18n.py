"""Every text a user reads, in English, Norwegian (bokmål), Swedish and Danish, and numbers and dates per language.

The texts live in `views/catalogue/<page>.py`; this module looks them up and formats values the way each
language writes them (`12 345,6` in the Nordic languages, `12,345.6` in English).
"""

from __future__ import annotations

import datetime as dt
import math

from views.catalogue import CATALOGUE

LANGUAGES = {"en": "English", "nb": "Norsk bokmål", "sv": "Svenska", "da": "Dansk"}
DEFAULT_LANGUAGE = "en"

# Nordic grouping: a no-break space so a number never wraps across lines.
_GROUP = {"en": ",", "nb": "\u00a0", "sv": "\u00a0", "da": "\u00a0"}
_DECIMAL = {"en": ".", "nb": ",", "sv": ",", "da": ","}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "nb": [
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "sv": [
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "da": [
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ],
}
_SHORT_MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "nb": ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"],
    "sv": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
}


def language(lang: str | None) -> str:
    """Return a supported language code: the given one, or English when it is unknown."""
    code = (lang or "").strip().lower()
    if code == "no":  # "Norwegian" without the written standard: bokmål is what we ship.
        code = "nb"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def t(key: str, lang: str, **values: object) -> str:
    """Return the catalogue text for key in lang, with {placeholders} filled from values.

    A key missing from the catalogue comes back as the key itself, so a forgotten text is visible but never
    breaks a page; a test makes sure every key used exists in all four languages.
    """
    entry = CATALOGUE.get(key)
    if entry is None:
        return key
    template = entry.get(language(lang)) or entry.get(DEFAULT_LANGUAGE) or key
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def format_number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """Return the number written the way the language writes it ("12 345,6" or "12,345.6"); "–" for none."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    code = language(lang)
    places = max(decimals, 0)
    rounded = round(float(value), places) + 0.0  # + 0.0 turns -0.0 into 0.0
    whole, _, fraction = f"{abs(rounded):,.{places}f}".partition(".")
    result = whole.replace(",", _GROUP[code]) + (_DECIMAL[code] + fraction if fraction else "")
    return ("-" if rounded < 0 else "") + result


def format_signed(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """Return the number with an explicit sign ("+1 200", "-35"), as a change reads."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    rounded = round(float(value), max(decimals, 0)) + 0.0
    text = format_number(rounded, lang, decimals)
    return "+" + text if rounded > 0 else text


def format_percent(fraction: float | None, lang: str, decimals: int = 0) -> str:
    """Return a fraction (0.62) as a percent the way the language writes it ("62 %" or "62%")."""
    if fraction is None or (isinstance(fraction, float) and not math.isfinite(fraction)):
        return "–"
    number = format_number(fraction * 100.0, lang, decimals)
    return f"{number}%" if language(lang) == "en" else f"{number}\u00a0%"


def format_value(value: float | None, lang: str, unit: str = "", whole: bool = False) -> str:
    """Return a metric value with sensible decimals for its size (none when whole: counts), and its unit."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    decimals = 0 if whole or abs(value) >= 100 or float(value).is_integer() else 1
    number = format_number(value, lang, decimals)
    if not unit:
        return number
    if unit == "%":
        return f"{number}%" if language(lang) == "en" else f"{number}\u00a0%"
    return f"{number}\u00a0{unit}"


def _month_parts(yyyy_mm: str | dt.date) -> tuple[int, int]:
    if isinstance(yyyy_mm, dt.date):
        return yyyy_mm.year, yyyy_mm.month
    year, month = str(yyyy_mm)[:7].split("-")
    return int(year), int(month)


def format_month(yyyy_mm: str | dt.date, lang: str, short: bool = False) -> str:
    """Return a month ("2026-03") as the language writes it: "March 2026", "mars 2026", "marts 2026"."""
    try:
        year, month = _month_parts(yyyy_mm)
        names = (_SHORT_MONTHS if short else _MONTHS)[language(lang)]
        return f"{names[month - 1]} {year}"
    except (ValueError, IndexError):
        return str(yyyy_mm)


def format_date(day: dt.date | str | None, lang: str) -> str:
    """Return a day as the language writes it: "3 March 2026", "3. mars 2026", "3 mars 2026", "3. marts 2026"."""
    if day is None or day == "":
        return "–"
    try:
        when = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
    except ValueError:
        return str(day)
    code = language(lang)
    month = _MONTHS[code][when.month - 1]
    # Norwegian and Danish write the day as an ordinal ("3."), Swedish and English do not.
    dot = "." if code in ("nb", "da") else ""
    return f"{when.day}{dot} {month} {when.year}"
