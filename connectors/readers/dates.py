"""Dates as exports write them: ISO, US month-first, day-first, written months in six languages, no year.

The day/month order is decided per column from all its values (a day above 12 settles it; otherwise the order
that keeps the rows in sequence), never per cell. Parsing works on a column's distinct texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from metrics.errors import Message

_MONTHS = {
    # en, nb, sv, da, de, nl as before; then fi (nominative and the partitive "12. huhtikuuta"), fr, es, pl
    # (nominative and the genitive "12 kwietnia"), pt and it: the languages TikTok Studio and Meta write
    # month names in for users in and near the Nordics (issue #10). Spanish and Portuguese dates put "de"
    # between day and month ("8 de marzo"); that word is skipped.
    1: (
        "january",
        "jan",
        "januar",
        "januari",
        "janv",
        "tammikuu",
        "tammikuuta",
        "tammik",
        "janvier",
        "enero",
        "ene",
        "styczeń",
        "stycznia",
        "sty",
        "janeiro",
        "gennaio",
        "gen",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "februari",
        "febr",
        "helmikuu",
        "helmikuuta",
        "helmik",
        "février",
        "févr",
        "fevrier",
        "febrero",
        "luty",
        "lutego",
        "lut",
        "fevereiro",
        "fev",
        "febbraio",
    ),
    3: (
        "march",
        "mar",
        "mars",
        "marts",
        "märz",
        "maerz",
        "mrz",
        "maart",
        "mrt",
        "maaliskuu",
        "maaliskuuta",
        "maalisk",
        "marzo",
        "marzec",
        "marca",
        "março",
        "marco",
    ),
    4: (
        "april",
        "apr",
        "huhtikuu",
        "huhtikuuta",
        "huhtik",
        "avril",
        "avr",
        "abril",
        "abr",
        "kwiecień",
        "kwietnia",
        "kwi",
        "aprile",
    ),
    5: (
        "may",
        "mai",
        "maj",
        "mei",
        "toukokuu",
        "toukokuuta",
        "toukok",
        "mayo",
        "maja",
        "maio",
        "maggio",
        "mag",
    ),
    6: (
        "june",
        "jun",
        "juni",
        "kesäkuu",
        "kesäkuuta",
        "kesäk",
        "juin",
        "junio",
        "czerwiec",
        "czerwca",
        "cze",
        "junho",
        "giugno",
        "giu",
    ),
    7: (
        "july",
        "jul",
        "juli",
        "heinäkuu",
        "heinäkuuta",
        "heinäk",
        "juillet",
        "juil",
        "julio",
        "lipiec",
        "lipca",
        "lip",
        "julho",
        "luglio",
        "lug",
    ),
    8: (
        "august",
        "aug",
        "augusti",
        "augustus",
        "elokuu",
        "elokuuta",
        "elok",
        "août",
        "aout",
        "agosto",
        "ago",
        "sierpień",
        "sierpnia",
        "sie",
    ),
    9: (
        "september",
        "sep",
        "sept",
        "syyskuu",
        "syyskuuta",
        "syysk",
        "septembre",
        "septiembre",
        "setiembre",
        "wrzesień",
        "września",
        "wrz",
        "setembro",
        "set",
        "settembre",
    ),
    10: (
        "october",
        "oct",
        "oktober",
        "okt",
        "lokakuu",
        "lokakuuta",
        "lokak",
        "octobre",
        "octubre",
        "październik",
        "października",
        "paź",
        "outubro",
        "out",
        "ottobre",
        "ott",
    ),
    11: (
        "november",
        "nov",
        "marraskuu",
        "marraskuuta",
        "marrask",
        "novembre",
        "noviembre",
        "listopad",
        "listopada",
        "lis",
        "novembro",
    ),
    12: (
        "december",
        "dec",
        "desember",
        "des",
        "dezember",
        "dez",
        "joulukuu",
        "joulukuuta",
        "jouluk",
        "décembre",
        "déc",
        "decembre",
        "diciembre",
        "dic",
        "grudzień",
        "grudnia",
        "gru",
        "dezembro",
        "dicembre",
    ),
}
MONTH_NAMES = {name: number for number, names in _MONTHS.items() for name in names}
"""Month names and abbreviations (en, nb, sv, da, de, nl, fi, fr, es, pl, pt, it) -> month number."""
JOINING_WORDS = frozenset({"de", "del"})
"""Words between day and month in Spanish and Portuguese dates ("8 de marzo"), skipped."""

WEEKDAY_NAMES = frozenset(
    [
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "man",
        "tir",
        "ons",
        "tor",
        "fre",
        "lør",
        "søn",
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
        "mån",
        "tis",
        "tors",
        "lör",
        "sön",
        "måndag",
        "tisdag",
        "fredag",
        "lördag",
        "söndag",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "ma",
        "wo",
        "vr",
        "za",
        "zo",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ]
)

_TIME = re.compile(
    r"[ T]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([aApP]\.?[mM]\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"
)
_ISO = r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"
_COMPACT = r"^(\d{4})(\d{2})(\d{2})$"
_NUMERIC = r"^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4}|\d{2})\.?$"
_YEAR_MONTH = r"^(\d{4})[-/.](\d{1,2})$"
_MONTH_YEAR = r"^(\d{1,2})[./-](\d{4})$"


class DateProblem(ValueError):
    """A date that cannot be read or is not plausible; `position` indexes the distinct texts given."""

    def __init__(self, message: str, position: int, text: str):
        super().__init__(message)
        self.message = message
        self.position = position
        self.text = text


@dataclass(frozen=True)
class DateRules:
    """What a plausible date is for one upload, and where a missing year comes from."""

    today: date
    earliest: date = date(1990, 1, 1)
    claimed: tuple[date, date] | None = None
    years: tuple[int, ...] = ()
    order: str | None = None  # "mdy" or "dmy" when the platform is known to write one


def _build(years: pd.Series, months: pd.Series, days: pd.Series) -> pd.Series:
    """Return timestamps from numeric parts, NaT where the parts make no real date."""
    parts = pd.DataFrame({"year": years, "month": months, "day": days}).astype("float64")
    valid = parts.notna().all(axis=1) & parts["month"].between(1, 12) & parts["day"].between(1, 31)
    result = pd.Series(pd.NaT, index=years.index, dtype="datetime64[ns]")
    if valid.any():
        result[valid] = pd.to_datetime(parts[valid].astype("int64"), errors="coerce")
    return result


def _day(year: int, month: int, day: int) -> pd.Timestamp:
    """Return the day as a Timestamp, NaT when there is no such day or it is beyond nanosecond dates (2262)."""
    if not pd.Timestamp.min.year < year < pd.Timestamp.max.year:
        return pd.NaT  # a damaged "2425" would not fit the nanosecond column it goes into
    try:
        return pd.Timestamp(year, month, day)
    except ValueError:
        return pd.NaT


def _text_parts(text: str) -> tuple[int | None, int, int | None] | None:
    """Return (year, month, day) of a written date like 'Tue, Feb 18, 2025' or '12. april', else None."""
    tokens = [t for t in re.split(r"[\s,./]+", text.casefold()) if t]
    year = month = day = None
    for token in tokens:
        if token in WEEKDAY_NAMES and month is None and day is None:
            continue
        if token in JOINING_WORDS and day is not None and month is None:
            continue
        name = token.rstrip(".")
        digits = name.isascii() and name.isdigit()  # "²025" is digits to str.isdigit(), not to int()
        if name in MONTH_NAMES and month is None:
            month = MONTH_NAMES[name]
        elif digits and len(name) == 4 and year is None:
            year = int(name)
        elif digits and len(name) <= 2 and day is None:
            day = int(name)
        elif digits and len(name) <= 2 and year is None and month is not None:
            year = 2000 + int(name)
        else:
            return None
    if month is None or (day is None and year is None):
        return None
    return year, month, day


def _sequence_jumps(stamps: pd.Series, sequence: np.ndarray) -> float:
    """Return the total day distance between consecutive rows: small when rows follow each other."""
    ordered = stamps.to_numpy()[sequence]
    ordered = ordered[~pd.isna(ordered)]
    if len(ordered) < 2:
        return 0.0
    return float(np.abs(np.diff(ordered.astype("datetime64[D]").astype("int64"))).sum())


def _assign_years(parts: list[tuple[int, int]], rules: DateRules, first: str) -> list[int]:
    """Return a year for each (month, day) in row order, newest date in the latest year given."""
    if rules.claimed:
        start, end = rules.claimed
        years = []
        for month, day in parts:
            fitting = [y for y in range(start.year, end.year + 1) if _fits(y, month, day, start, end)]
            years.append(fitting[0] if fitting else end.year)
        return years
    days = [month * 32 + day for month, day in parts]
    # Steps of under two months show the direction; the one big step is the turn of the year.
    rising = sum(1 for a, b in zip(days, days[1:], strict=False) if 0 < b - a <= 64)
    falling = sum(1 for a, b in zip(days, days[1:], strict=False) if 0 < a - b <= 64)
    order = range(len(parts) - 1, -1, -1) if rising >= falling else range(len(parts))
    if rules.years:
        newest_year = max(rules.years)
    else:
        # No year given: the export was downloaded on the upload day, so its newest date falls on or before it.
        newest = days[order[0]] if len(order) else 0
        today = rules.today.month * 32 + rules.today.day
        newest_year = rules.today.year if newest <= today else rules.today.year - 1
    years = [0] * len(parts)
    year, previous = newest_year, None
    for index in order:
        # Walking from the newest row back in time, a jump forward in the calendar means the year before.
        if previous is not None and days[index] > previous:
            year -= 1
        years[index] = year
        previous = days[index]
    return years


def _fits(year: int, month: int, day: int, start: date, end: date) -> bool:
    try:
        return start - timedelta(days=1) <= date(year, month, day) <= end + timedelta(days=1)
    except ValueError:
        return False


def parse_date_texts(
    texts: pd.Series, rules: DateRules, sequence: np.ndarray | None = None
) -> tuple[pd.Series, list[str]]:
    """Return timestamps (NaT where blank) for distinct date texts and notes; raises DateProblem.

    `texts` are the distinct cell texts in order of first appearance; `sequence` gives the row order as
    indexes into `texts` (used to settle an ambiguous day/month order and to place dates without a year).
    """
    raw = texts.astype(str).str.strip()
    blank = raw.isin(("", "-", "–"))
    cleaned = raw.str.replace(_TIME, "", regex=True).str.strip()
    if sequence is None:
        sequence = np.arange(len(texts))
    # Times of day make a post or ticket export's texts nearly all distinct, yet its days are few:
    # each day is read once and shared by every text that names it.
    day_codes, days = pd.factorize(cleaned.mask(blank, None), use_na_sentinel=False)
    if len(days) * 2 > len(texts):
        return _parse_cleaned(raw, cleaned, blank, rules, sequence)
    first = np.unique(day_codes, return_index=True)[1]
    try:
        parsed, notes = _parse_cleaned(
            raw.iloc[first].reset_index(drop=True),
            cleaned.iloc[first].reset_index(drop=True),
            blank.iloc[first].reset_index(drop=True),
            rules,
            day_codes[sequence],
        )
    except DateProblem as problem:
        raise DateProblem(problem.message, int(first[problem.position]), problem.text) from None
    return pd.Series(parsed.to_numpy()[day_codes], index=texts.index, dtype="datetime64[ns]"), notes


def _parse_cleaned(
    raw: pd.Series, cleaned: pd.Series, blank: pd.Series, rules: DateRules, sequence: np.ndarray
) -> tuple[pd.Series, list[str]]:
    """Return parse_date_texts() of texts already stripped of their times (`raw` kept for messages)."""
    notes: list[str] = []
    result = pd.Series(pd.NaT, index=raw.index, dtype="datetime64[ns]")
    done = blank.copy()

    for pattern in (_ISO, _COMPACT):
        parts = cleaned.str.extract(pattern)
        found = parts[0].notna() & ~done
        if found.any():
            result[found] = _build(parts[0], parts[1], parts[2])[found]
            done |= found

    parts = cleaned.str.extract(_NUMERIC)
    found = parts[0].notna() & ~done
    if found.any():
        first, separator, second = (pd.to_numeric(parts[0]), parts[1], pd.to_numeric(parts[2]))
        year = pd.to_numeric(parts[3])
        year = year.where(year >= 100, year + 2000)
        dotted = found & (separator == ".")
        other = found & ~dotted
        if dotted.any():
            result[dotted] = _build(year, second, first)[dotted]
        if other.any():
            day_first = bool((first[other] > 12).any())
            month_first = bool((second[other] > 12).any())
            if day_first and month_first:
                position = int(np.flatnonzero((other & (second > 12)).to_numpy())[0])
                raise DateProblem(
                    Message(
                        "readers.date_mixed_order",
                        "the dates mix day-first and month-first order (for example “{text}”); write all dates "
                        "the same way, best as 2025-01-31",
                        text=str(raw.iloc[position]),
                    ),
                    position,
                    str(raw.iloc[position]),
                )
            as_mdy = _build(year, first, second)
            as_dmy = _build(year, second, first)
            if month_first:
                order = "mdy"
            elif day_first:
                order = "dmy"
            elif rules.order:
                order = rules.order
            else:
                ambiguous = bool((other & (first != second)).any())
                default = "mdy" if (separator[other] == "/").all() else "dmy"
                jumps_mdy = _sequence_jumps(as_mdy.where(other), sequence)
                jumps_dmy = _sequence_jumps(as_dmy.where(other), sequence)
                order = default if jumps_mdy == jumps_dmy else ("mdy" if jumps_mdy < jumps_dmy else "dmy")
                if ambiguous:
                    notes.append(
                        Message(
                            "readers.note_dates_month_first",
                            "Dates could be read either way; read month first (MM/DD/YYYY).",
                        )
                        if order == "mdy"
                        else Message(
                            "readers.note_dates_day_first",
                            "Dates could be read either way; read day first (DD-MM-YYYY).",
                        )
                    )
            result[other] = (as_mdy if order == "mdy" else as_dmy)[other]
        done |= found

    for pattern, year_at, month_at in ((_YEAR_MONTH, 0, 1), (_MONTH_YEAR, 1, 0)):
        parts = cleaned.str.extract(pattern)
        found = parts[0].notna() & ~done
        if found.any():
            ones = pd.Series(1, index=raw.index)
            result[found] = _build(parts[year_at], parts[month_at], ones)[found]
            done |= found

    wordy = ~done & cleaned.str.contains(r"[^\W\d_]", regex=True)
    yearless: list[tuple[int, tuple[int, int]]] = []
    for position in np.flatnonzero(wordy.to_numpy()):
        text = str(cleaned.iloc[position])
        parsed = _text_parts(text)
        if parsed is None:
            continue
        year, month, day = parsed
        done.iloc[position] = True
        if year is None:
            yearless.append((position, (month, day or 1)))
            continue
        result.iloc[position] = _day(year, month, day or 1)
    if yearless:
        rank = {int(code): order for order, code in enumerate(dict.fromkeys(sequence.tolist()))}
        yearless.sort(key=lambda item: rank.get(item[0], item[0]))
        years = _assign_years([p for _, p in yearless], rules, str(raw.iloc[yearless[0][0]]))
        for (position, (month, day)), year in zip(yearless, years, strict=True):
            result.iloc[position] = _day(year, month, day)
        shown = sorted(set(years))
        if rules.years or rules.claimed:
            notes.append(
                Message(
                    "readers.note_dates_no_year",
                    "The dates have no year; read them as {years}.",
                    years=", ".join(str(y) for y in shown),
                )
            )
        else:
            notes.append(
                Message(
                    "readers.note_dates_year_from_upload_day",
                    "The dates have no year; read them as {years}, so that the newest date falls on or before the "
                    "upload day ({today}). If that is wrong, choose the year when uploading (or put it in the file "
                    "name).",
                    years=", ".join(str(y) for y in shown),
                    today=rules.today.isoformat(),
                )
            )

    unreadable = ~done
    if unreadable.any():
        position = int(np.flatnonzero(unreadable.to_numpy())[0])
        text = str(raw.iloc[position])
        raise DateProblem(
            Message(
                "readers.date_unreadable",
                "“{text}” is not a date Goalpost can read; write dates like 2025-01-31",
                text=text,
            ),
            position,
            text,
        )
    invalid = result.isna() & ~blank
    if invalid.any():
        position = int(np.flatnonzero(invalid.to_numpy())[0])
        text = str(raw.iloc[position])
        years = [int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", text)]
        if years and max(years) > rules.today.year:
            raise DateProblem(
                Message("readers.date_future_year", "“{text}” is in the future; check the date", text=text),
                position,
                text,
            )
        if years and min(years) < rules.earliest.year:
            raise DateProblem(
                Message(
                    "readers.date_too_early",
                    "“{text}” is before {year}; check the year",
                    text=text,
                    year=rules.earliest.year,
                ),
                position,
                text,
            )
        raise DateProblem(
            Message(
                "readers.date_not_real",
                "“{text}” is not a real date (no such day in the calendar); check it",
                text=text,
            ),
            position,
            text,
        )
    _check_plausible(result, raw, rules)
    return result.dt.normalize(), notes


def _check_plausible(result: pd.Series, raw: pd.Series, rules: DateRules) -> None:
    """Raise DateProblem for a date in the future, far in the past or outside the claimed period."""
    # Each check: the dates it refuses and the message for the first of them, given that date's text.
    checks = [
        (
            result > pd.Timestamp(rules.today + timedelta(days=1)),
            lambda text: Message(
                "readers.date_future",
                "“{text}” is in the future; check the date (or the computer's clock)",
                text=text,
            ),
        ),
        (
            result < pd.Timestamp(rules.earliest),
            lambda text: Message(
                "readers.date_too_early",
                "“{text}” is before {year}; check the year",
                text=text,
                year=rules.earliest.year,
            ),
        ),
    ]
    if rules.claimed:
        start, end = rules.claimed
        outside = (result < pd.Timestamp(start - timedelta(days=1))) | (
            result > pd.Timestamp(end + timedelta(days=1))
        )
        checks.append(
            (
                outside,
                lambda text: Message(
                    "readers.date_outside_period",
                    "“{text}” is outside the period the file says it covers ({start} to {end}); check that this "
                    "is the right file",
                    text=text,
                    start=f"{start:%Y-%m-%d}",
                    end=f"{end:%Y-%m-%d}",
                ),
            )
        )
    for mask, message in checks:
        mask = mask & result.notna()
        if mask.any():
            position = int(np.flatnonzero(mask.to_numpy())[0])
            text = str(raw.iloc[position])
            raise DateProblem(message(text), position, text)


_NAME_DATE = re.compile(r"(?<![\d])(\d{4})-?(\d{2})-?(\d{2})(?![\d])|([A-Za-z]{3})-(\d{1,2})-(\d{4})")


def claimed_period(file_name: str, preamble: tuple[str, ...] = ()) -> tuple[date, date] | None:
    """Return the (start, end) period a file name or a report preamble states, when it states one."""
    found: list[date] = []
    for match in _NAME_DATE.finditer(file_name):
        try:
            if match.group(1):
                found.append(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
            elif match.group(4).casefold() in MONTH_NAMES:
                found.append(
                    date(int(match.group(6)), MONTH_NAMES[match.group(4).casefold()], int(match.group(5)))
                )
        except ValueError:
            continue
    if len(found) == 2 and found[0] <= found[1]:
        return found[0], found[1]
    starts, ends = [], []
    for line in preamble:
        match = re.match(r"^[#\s]*(start date|end date)\s*[:,]\s*(\d{4})-?(\d{2})-?(\d{2})", line, re.I)
        if match:
            try:
                day = date(int(match.group(2)), int(match.group(3)), int(match.group(4)))
            except ValueError:
                continue
            (starts if match.group(1).lower().startswith("start") else ends).append(day)
    if starts and ends and starts[0] <= ends[0]:
        return starts[0], ends[0]
    return None


def years_in_name(file_name: str) -> tuple[int, ...]:
    """Return the plausible 4-digit years a file name mentions (2000-2099), in order."""
    return tuple(int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", file_name))
