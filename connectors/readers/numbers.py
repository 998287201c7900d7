"""Numbers as exports write them: English and Nordic/European separators, percentages, blanks.

The decimal mark is decided per column from every value in it (`1.234,5` and `12,5` make a comma column),
never per cell; parsing works on the column's distinct texts with vectorised string operations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from metrics.errors import Message

MISSING_MARKERS = frozenset({"", "-", "–", "—", "n/a", "N/A", "na", "NA", "--", "(blank)", "(not set)"})
"""Cell texts meaning "no value": missing, never zero."""

NAN_MARKERS = frozenset({"nan", "NaN", "NAN"})
"""What some exports (TikTok Business Suite) write for a missing value; a preset opts in to reading it so."""

_SPACE_IN_NUMBER = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009'’](?=\d)")
_COMMA_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DOT_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$")
_COMMA_DECIMAL = re.compile(r"^[+-]?\d*,\d+$")
_DOT_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_POINT_NUMBER = r"^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$"
_COMMA_NUMBER = r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)?(,\d+)?$"
_SHORTENED = re.compile(
    r"^[+-]?\d+([.,]\d+)?\s*[kKmMbB]$|^[+-]?\d+([.,]\d+)?\s*(mill|mio|tusen|tsd)\.?$", re.I
)
_CURRENCY = re.compile(r"[$€£¥₹]|\b(kr|nok|sek|dkk|eur|usd|gbp)\b|,-$", re.I)
_EXCEL_DATE = re.compile(
    r"^\d{1,2}[.\-/ ]?\s?(jan|feb|mar|apr|mai|maj|may|jun|jul|aug|sep|okt|oct|nov|des|dec|dez)[a-z]*\.?$",
    re.I,
)
_NOT_FINITE = re.compile(r"^[+-]?(inf|infinity|nan|∞)$", re.I)


class NumberProblem(ValueError):
    """A cell that is not a number; `position` is its index in the column given, `text` what it says."""

    def __init__(self, message: str, position: int, text: str):
        super().__init__(message)
        self.message = message
        self.position = position
        self.text = text


@dataclass(frozen=True)
class NumberStyle:
    """The decimal mark a column uses and whether its values carry a percent sign."""

    decimal: str  # "." or ","
    percent: bool


def _describe(text: str) -> Message:
    """Return the plain-words reason a text is not a number, and what to do."""
    if _SHORTENED.match(text):
        return Message(
            "readers.number_shortened",
            "“{text}” is a shortened number; write it out in full (for example 1200 instead of 1.2k)",
            text=text,
        )
    if _CURRENCY.search(text):
        return Message(
            "readers.number_currency", "“{text}” carries a currency sign; keep only the number", text=text
        )
    if _EXCEL_DATE.match(text):
        return Message(
            "readers.number_excel_date",
            "“{text}” looks like a number that Excel turned into a date; take the value from the original "
            "export or type the number again",
            text=text,
        )
    if _NOT_FINITE.match(text):
        return Message(
            "readers.number_not_finite",
            "“{text}” is not a real number; leave the cell empty when there is no value",
            text=text,
        )
    return Message(
        "readers.number_not_number",
        "“{text}” is not a number; this column must hold numbers only (leave a cell empty when there is none)",
        text=text,
    )


def _decimal_mark(texts: pd.Series, hint: str | None) -> str:
    """Return the column's decimal mark from the evidence in all its values, or raise for a mix."""
    comma_dec = texts.str.match(_COMMA_DECIMAL) & ~texts.str.match(_COMMA_THOUSANDS)
    comma_dec |= texts.str.contains(r"\d\.\d{3},\d", regex=True)
    dot_dec = texts.str.match(_DOT_DECIMAL) & ~texts.str.match(_DOT_THOUSANDS)
    dot_dec |= texts.str.contains(r"\d,\d{3}\.\d", regex=True)
    if comma_dec.any() and dot_dec.any():
        first_comma = texts[comma_dec].iloc[0]
        first_dot = texts[dot_dec].iloc[0]
        raise ValueError(
            Message(
                "readers.number_mixed_decimals",
                "mixes decimal commas and decimal points (“{comma}” and “{dot}”); use one style in the whole column",
                comma=str(first_comma),
                dot=str(first_dot),
            )
        )
    if comma_dec.any():
        return ","
    if dot_dec.any():
        return "."
    # Only ambiguous values like 1,240 or 1.234: the rest of the file decides, else English thousands.
    if hint == "," and (texts.str.match(_DOT_THOUSANDS).any() or texts.str.contains(",", regex=False).any()):
        return ","
    return "."


def parse_number_texts(
    texts: pd.Series, *, missing: frozenset[str] = MISSING_MARKERS, decimal_hint: str | None = None
) -> tuple[pd.Series, NumberStyle]:
    """Return floats (NaN where missing) for distinct texts and the style found; raises NumberProblem."""
    stripped = texts.astype(str).str.strip()
    is_missing = stripped.isin(missing)
    values = pd.to_numeric(stripped.where(~is_missing), errors="coerce")
    failed = values.isna() & ~is_missing
    percent = False
    decimal = "."
    if failed.any():
        cleaned = stripped.str.replace(_SPACE_IN_NUMBER, "", regex=True).str.replace("−", "-", regex=False)
        has_percent = cleaned.str.endswith("%") & ~is_missing
        present = ~is_missing
        if has_percent.any():
            if not has_percent[present].all():
                plain = stripped[present & ~has_percent].iloc[0]
                marked = stripped[has_percent].iloc[0]
                position = int(np.flatnonzero((present & ~has_percent).to_numpy())[0])
                raise NumberProblem(
                    Message(
                        "readers.number_mixed_percent",
                        "some values have a % sign (“{marked}”) and others do not (“{plain}”); write every value "
                        "the same way (12% or 12)",
                        marked=str(marked),
                        plain=str(plain),
                    ),
                    position,
                    plain,
                )
            percent = True
            cleaned = cleaned.str.slice(stop=-1).str.rstrip()
        candidates = cleaned[present]
        try:
            decimal = _decimal_mark(candidates, decimal_hint)
        except ValueError as mixed:
            position = int(np.flatnonzero(present.to_numpy())[0])
            # The Message itself (args[0]), not str(mixed): str() would drop its key and values.
            raise NumberProblem(mixed.args[0], position, str(stripped[present].iloc[0])) from None
        pattern = _POINT_NUMBER if decimal == "." else _COMMA_NUMBER
        valid = cleaned.str.match(pattern) & cleaned.str.contains(r"\d", regex=True)
        if decimal == ",":
            cleaned = cleaned.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
        else:
            cleaned = cleaned.str.replace(",", "", regex=False)
        values = pd.to_numeric(cleaned.where(valid & present), errors="coerce")
        overflow = values.isna() & valid & present
        if overflow.any():
            # pandas gives up on exponents beyond float range where Python says inf; report them as too large.
            values = values.where(~overflow, np.inf)
        failed = values.isna() & present
        if failed.any():
            position = int(np.flatnonzero(failed.to_numpy())[0])
            text = str(stripped.iloc[position])
            raise NumberProblem(_describe(text), position, text)
    values = values.astype("float64")
    infinite = ~np.isfinite(values.to_numpy()) & ~np.isnan(values.to_numpy())
    if infinite.any():
        position = int(np.flatnonzero(infinite)[0])
        text = str(stripped.iloc[position])
        raise NumberProblem(
            Message(
                "readers.number_too_large",
                "“{text}” is too large or not a real number; check the value",
                text=text,
            ),
            position,
            text,
        )
    return values, NumberStyle(decimal=decimal, percent=percent)


def parse_number(text: str | None, *, decimal_hint: str | None = None) -> float | None:
    """Return the number a cell text holds (None when blank or '-'); raises ValueError when it is no number."""
    if text is None:
        return None
    try:
        values, _ = parse_number_texts(pd.Series([str(text)], dtype=object), decimal_hint=decimal_hint)
    except NumberProblem as problem:
        raise ValueError(problem.message) from None
    value = values.iloc[0]
    return None if pd.isna(value) else float(value)


def parse_duration_texts(texts: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Return minutes for distinct texts like '27:15:00' or '0:02:42' (NaN when blank) and a failure mask."""
    stripped = texts.astype(str).str.strip()
    missing = stripped.isin(MISSING_MARKERS)
    parts = stripped.str.extract(r"^(\d+):([0-5]?\d)(?::([0-5]?\d(?:\.\d+)?))?$")
    hours = pd.to_numeric(parts[0], errors="coerce")
    minutes = pd.to_numeric(parts[1], errors="coerce")
    seconds = pd.to_numeric(parts[2], errors="coerce").fillna(0.0)
    total = hours * 60 + minutes + seconds / 60
    failed = total.isna() & ~missing
    return total.astype("float64"), failed
