"""Every text a user reads, in English, Norwegian (bokmål), Swedish, Danish and Finnish, and values per language.

The texts live in gettext catalogues, `locale/<lang>/LC_MESSAGES/goalpost.po`, one per language, keyed by a
stable text key ("overview.title"): English is the source catalogue, the others are translations of it (see
docs/translations.md). They are read straight from the .po files when this module is imported, so nothing
generated has to be built or kept. Numbers, percents, months, dates, date ranges and lists are written by
Babel from CLDR's rules for each language's locale (`12 345,6` in Nordic languages, `12,345.6` in English).
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import math
from collections.abc import Iterable, Mapping
from copy import copy
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import MappingProxyType

from babel import Locale
from babel import dates as babel_dates
from babel import lists as babel_lists
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import NumberPattern

LANGUAGES = {"en": "English", "nb": "Norsk bokmål", "sv": "Svenska", "da": "Dansk", "fi": "Suomi"}
"""The languages the picker offers, by code, each named in itself."""
DEFAULT_LANGUAGE = "en"
LOCALES = {"en": "en_GB", "nb": "nb_NO", "sv": "sv_SE", "da": "da_DK", "fi": "fi_FI"}
"""Each language's CLDR locale. British English writes days before months ("31 December 2026"), as the
Nordic readers do, and otherwise formats numbers like "en"."""
COMPLETE_LANGUAGES = ("en", "nb", "sv", "da", "fi")
"""Languages every text is translated into (tests/test_i18n.py checks); a language added later and not yet
complete would fall back to English for its missing texts."""

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
DOMAIN = "goalpost"
NO_VALUE = "–"


def _read_catalogue(lang: str):
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as handle:
        return read_po(handle, locale=LOCALES.get(lang, lang), domain=DOMAIN)


def _translations() -> tuple[dict[str, gettext.GNUTranslations], dict[str, dict[str, str | tuple[str, ...]]]]:
    """Return each language's gettext translations (falling back to English) and key -> language -> text."""
    compiled: dict[str, gettext.GNUTranslations] = {}
    texts: dict[str, dict[str, str | tuple[str, ...]]] = {}
    for lang in LANGUAGES:
        catalog = _read_catalogue(lang)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)  # compiled in memory: only translated, non-fuzzy entries, as msgfmt does
        buffer.seek(0)
        compiled[lang] = gettext.GNUTranslations(buffer)
        for message in catalog:
            if not message.id or message.fuzzy:
                continue
            key = message.id[0] if isinstance(message.id, tuple | list) else message.id
            string = tuple(message.string) if isinstance(message.string, tuple | list) else message.string
            if all(string) if isinstance(string, tuple) else string:
                texts.setdefault(key, {})[lang] = string
    for lang, translations in compiled.items():
        if lang != DEFAULT_LANGUAGE:
            translations.add_fallback(compiled[DEFAULT_LANGUAGE])
    return compiled, texts


_COMPILED, _TEXTS = _translations()
CATALOGUE: Mapping[str, Mapping[str, str | tuple[str, ...]]] = MappingProxyType(_TEXTS)
"""key -> {language: text} (a tuple of forms for a plural text), read-only, read once at import."""


def language(lang: str | None) -> str:
    """Return a supported language code: the given one, or English when it is unknown."""
    code = (lang or "").strip().lower().replace("-", "_").split("_")[0]
    if code == "no":  # "Norwegian" without the written standard: bokmål is what we ship.
        code = "nb"
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def babel_locale(lang: str) -> Locale:
    """Return the CLDR locale Babel formats the language's values with."""
    return _locale(language(lang))


@cache
def _locale(code: str) -> Locale:
    # Parsed once per language: Locale.parse is most of the cost of formatting one number.
    return Locale.parse(LOCALES[code])


def has_text(key: str) -> bool:
    """Return whether the catalogue has an English text for key."""
    return DEFAULT_LANGUAGE in _TEXTS.get(key, {})


def is_plural(key: str) -> bool:
    """Return whether the catalogue's text for key has plural forms (looked up with tn)."""
    return isinstance(_TEXTS.get(key, {}).get(DEFAULT_LANGUAGE), tuple)


def _filled(template: str, values: Mapping[str, object]) -> str:
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def t(key: str, lang: str, **values: object) -> str:
    """Return the catalogue text for key in lang, with {placeholders} filled from values.

    A text missing in the language comes in English; a key missing from the catalogue comes back as the key
    itself, so a forgotten text is visible but never breaks a page. Tests make sure every key used exists.
    """
    return _filled(_COMPILED[language(lang)].gettext(key), values)


def tn(key: str, count: int, lang: str, **values: object) -> str:
    """Return the plural text for key that fits count in lang ("1 goal", "3 goals"), placeholders filled.

    {count} is the count written the language's way unless values give it.
    """
    code = language(lang)
    template = _COMPILED[code].ngettext(key, key, int(count))
    return _filled(template, {"count": format_number(count, code), **values})


def _finite(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and not math.isfinite(value))


def _rounded(value: float, decimals: int) -> Decimal:
    # + 0.0 turns -0.0 into 0.0, so "-0" is never written; str() keeps the decimal digits Python rounded to.
    return Decimal(str(round(float(value), decimals) + 0.0))


@cache
def _pattern(pattern_kind: str, code: str, decimals: int) -> NumberPattern:
    # The locale's own pattern ("#,##0 %") with a fixed number of decimals; made once per combination.
    locale = _locale(code)
    formats = locale.percent_formats if pattern_kind == "percent" else locale.decimal_formats
    pattern = copy(formats[None])
    pattern.frac_prec = (decimals, decimals)
    return pattern


def _apply(pattern_kind: str, value: Decimal, lang: str, decimals: int) -> str:
    code = language(lang)
    return _pattern(pattern_kind, code, decimals).apply(value, _locale(code))


def format_number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """Return the number written the language's way ("12 345,6", "12,345.6"), rounded; "–" for none."""
    if not _finite(value):
        return NO_VALUE
    places = max(decimals, 0)
    return _apply("decimal", _rounded(value, places), lang, places)


def format_signed(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """Return the number with an explicit sign ("+1 200", "-35"), as a change reads."""
    if not _finite(value):
        return NO_VALUE
    rounded = _rounded(value, max(decimals, 0))
    text = format_number(rounded, lang, decimals)
    return "+" + text if rounded > 0 else text


def format_percent(fraction: float | None, lang: str, decimals: int = 0) -> str:
    """Return a fraction (0.62) as a percent the language's way ("62 %" in Nordic languages, "62%")."""
    if not _finite(fraction):
        return NO_VALUE
    places = max(decimals, 0)
    return _apply("percent", _rounded(fraction * 100.0, places) / 100, lang, places)


def percent_sign(lang: str) -> str:
    """Return what follows a number written as a percent in the language ("%" or "\u00a0%"), for axis ticks."""
    return format_percent(0.0, lang).removeprefix(format_number(0, lang))


def format_value(value: float | None, lang: str, unit: str = "", whole: bool = False) -> str:
    """Return a metric value with sensible decimals for its size (none when whole: counts), and its unit."""
    if not _finite(value):
        return NO_VALUE
    decimals = 0 if whole or abs(value) >= 100 or float(value).is_integer() else 1
    if unit == "%":
        return format_percent(value / 100.0, lang, decimals)
    number = format_number(value, lang, decimals)
    return f"{number}\u00a0{unit}" if unit else number


def separators(lang: str) -> str:
    """Return Plotly's `separators` setting: the locale's decimal mark, then its thousands mark."""
    symbols = babel_locale(lang).number_symbols["latn"]
    return symbols["decimal"] + symbols["group"]


def _month_parts(yyyy_mm: str | dt.date) -> tuple[int, int]:
    if isinstance(yyyy_mm, dt.date):
        return yyyy_mm.year, yyyy_mm.month
    year, month = str(yyyy_mm)[:7].split("-")
    return int(year), int(month)


def format_month(yyyy_mm: str | dt.date, lang: str, short: bool = False) -> str:
    """Return a month ("2026-03") the language's way: "March 2026", "mars 2026", "maaliskuu 2026"."""
    try:
        year, month = _month_parts(yyyy_mm)
        first = dt.date(year, month, 1)
    except (ValueError, IndexError):
        return str(yyyy_mm)
    return babel_dates.format_skeleton("yMMM" if short else "yMMMM", first, locale=babel_locale(lang))


def _as_day(day: dt.date | str) -> dt.date:
    if isinstance(day, dt.datetime):
        return day.date()
    return day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])


def format_date(day: dt.date | str | None, lang: str) -> str:
    """Return a day the language's way: "3 March 2026", "3. mars 2026", "3 mars 2026", "3. marts 2026"."""
    if day is None or day == "":
        return NO_VALUE
    try:
        when = _as_day(day)
    except ValueError:
        return str(day)
    return babel_dates.format_date(when, "long", locale=babel_locale(lang))


def format_date_range(first: dt.date | str, last: dt.date | str, lang: str) -> str:
    """Return a period from first to last day the language's way ("28 Feb – 31 Mar 2026": CLDR abbreviates months in ranges and sets the dash between thin spaces)."""
    try:
        start, end = _as_day(first), _as_day(last)
    except ValueError:
        return f"{first} – {last}"
    if start == end:
        return format_date(start, lang)
    return babel_dates.format_interval(start, end, "yMMMd", locale=babel_locale(lang))


def format_list(items: Iterable[object], lang: str, conjunction: bool = True) -> str:
    """Return the items as the language lists them: "a, b and c" ("a, b, c" without the conjunction)."""
    words = [str(item) for item in items]
    if not conjunction:
        middle = babel_locale(lang).list_patterns["standard"]["middle"]
        joined = words[-1] if words else ""
        for word in reversed(words[:-1]):
            joined = middle.format(word, joined)
        return joined
    return babel_lists.format_list(words, locale=babel_locale(lang)) if words else ""
