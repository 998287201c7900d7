"""The texts are gettext catalogues in step with the code, complete in every shipped language, and numbers,
dates and lists read the way each language writes them (Babel, CLDR), on the pages and on the charts alike."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from views.i18n import (
    CATALOGUE,
    COMPLETE_LANGUAGES,
    LANGUAGES,
    LOCALE_DIR,
    format_date,
    format_date_range,
    format_list,
    format_month,
    format_number,
    format_percent,
    format_signed,
    format_value,
    percent_sign,
    separators,
    t,
    tn,
)

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"{(\w+)}")
# The keyword list of `make translations` (Makefile): msgid from argument 1, a plural entry when (1, 2).
KEYWORDS = {
    "t": None,
    "tn": (1, 2),
    "N_": None,
    "N_plural": (1, 2),
    "Message": None,
    "plural_message": (1, 2),
}


@cache
def extracted() -> dict[str, bool]:
    """Return every key the code names, found as `pybabel extract` finds them, and whether it is plural."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    keys: dict[str, bool] = {}
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS, comment_tags=()
    ):
        key = message[0] if isinstance(message, tuple) else message
        keys[key] = keys.get(key, False) or isinstance(message, tuple)
    return keys


@cache
def catalogue(lang: str):
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "goalpost.po").open("rb") as handle:
        return read_po(handle)


def entries(lang: str) -> dict[str, tuple[str, ...]]:
    """Return key -> the language's forms (one, or one per plural form), fuzzy entries counted as missing."""
    found = {}
    for message in catalogue(lang):
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        forms = (message.string,) if isinstance(message.string, str) else tuple(message.string)
        found[key] = tuple("" if message.fuzzy else form for form in forms)
    return found


def test_every_language_has_a_catalogue_and_the_picker_offers_it():
    folders = {path.name for path in LOCALE_DIR.iterdir() if (path / "LC_MESSAGES" / "goalpost.po").exists()}
    assert folders == set(LANGUAGES)
    # Every language shipped so far, Finnish included, is complete: no page falls back to English for want of
    # a text. A new language may join LANGUAGES before it is complete (docs/translations.md), never these.
    assert set(COMPLETE_LANGUAGES) == {"en", "nb", "sv", "da", "fi"} and set(COMPLETE_LANGUAGES) <= set(
        LANGUAGES
    )


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_catalogues_are_in_step_with_the_code(lang):
    # What `make translations` would change: a key the code names but the .po lacks, a key the .po keeps
    # that the code no longer names, or a text that is plural in one and not in the other.
    code = extracted()
    assert len(code) > 900
    po = {
        (m.id if isinstance(m.id, str) else m.id[0]): not isinstance(m.id, str)
        for m in catalogue(lang)
        if m.id
    }
    assert sorted(set(code) - set(po)) == []
    assert sorted(set(po) - set(code)) == []
    assert sorted(key for key in code if code[key] != po[key]) == []


@pytest.mark.parametrize("lang", COMPLETE_LANGUAGES)
def test_every_message_is_translated(lang):
    missing = sorted(key for key, forms in entries(lang).items() if not all(form.strip() for form in forms))
    assert missing == []


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - {"en"}))
def test_translations_use_the_same_placeholders_as_english(lang):
    english = entries("en")
    mismatched = {}
    for key, forms in entries(lang).items():
        wanted = {name for form in english[key] for name in PLACEHOLDER.findall(form)}
        for form in forms:
            if form and set(PLACEHOLDER.findall(form)) - wanted:
                mismatched[key] = form
        # A singular form may say "the other post" without its count; together the forms use every value.
        written = {name for form in forms if form for name in PLACEHOLDER.findall(form)}
        if any(forms) and written != wanted:
            mismatched[key] = forms
    assert mismatched == {}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_plural_texts_have_every_form_the_language_needs(lang):
    forms_needed = catalogue(lang).num_plurals
    wrong = [key for key, forms in entries(lang).items() if len(forms) > 1 and len(forms) != forms_needed]
    assert wrong == []


def test_nordic_texts_are_translated_not_copied_from_english():
    # Short words (Data, Status) may be the same; whole sentences copied from English mean a missing translation.
    english = entries("en")
    copied = [
        (key, lang)
        for lang in ("nb", "sv", "da", "fi")
        for key, forms in entries(lang).items()
        if len(re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub("", english[key][-1]))) >= 4
        and forms == english[key]
    ]
    assert copied == []


def test_keys_built_at_run_time_exist_for_every_value():
    statuses = ("achieved", "on_track", "at_risk", "off_track", "no_data")
    built = [f"status.{s}" for s in statuses]
    built += [f"overview.summary_{s}" for s in ("off_track", "at_risk", "no_data")]
    built += [f"goal.kind_{k}" for k in ("communication", "effect")]
    built += [f"goal_text.{k}_{v}" for k in ("stay_above", "stay_below") for v in ("holds", "breaks")]
    built += [
        f"audiences.finding_{f}"
        for f in ("not_measured", "no_engagement", "low_share", "not_assumed", "fits")
    ]
    built += [f"nav.{p}" for p in ("overview", "goal", "channels", "audiences", "strategy", "data")]
    assert [k for k in built if k not in CATALOGUE] == []


def test_every_builtin_and_known_metric_and_unit_has_a_name():
    from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS, RATIO_METRICS

    specs = {**BUILTIN_METRICS, **KNOWN_METRICS, **RATIO_METRICS}.values()
    assert [s.id for s in specs if f"metric.{s.id}" not in CATALOGUE] == []
    assert sorted({s.unit for s in specs if s.unit and f"unit.{s.unit}" not in CATALOGUE}) == []


def test_t_fills_placeholders_and_falls_back_for_unknown_language_and_key():
    assert (
        t("overview.subtitle", "nb", organisation="X", month="mars 2026")
        == "X · målt ved utgangen av mars 2026"
    )
    assert t("overview.subtitle", "xx", organisation="X", month="March") == "X · measured at the end of March"
    assert t("no.such_key", "sv") == "no.such_key"


@pytest.mark.parametrize(
    ("lang", "one", "several"),
    [
        ("en", "1 of 1 goal on track or achieved", "2 of 3 goals on track or achieved"),
        ("sv", "1 av 1 mål i fas eller uppnått", "2 av 3 mål i fas eller uppnådda"),
        (
            "fi",
            "1/1 tavoitteesta aikataulussa tai saavutettu",
            "2/3 tavoitteesta aikataulussa tai saavutettu",
        ),
    ],
)
def test_plural_texts_take_the_form_that_fits_the_count(lang, one, several):
    assert tn("overview.summary_on_track", 1, lang, good=1, total=1) == one
    assert tn("overview.summary_on_track", 3, lang, good=2, total=3) == several
    assert tn("attribution.goal_rest", 1, "en") == "The other post"
    assert tn("attribution.goal_rest", 1200, "nb") == "De andre 1\u00a0200 innleggene"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (12345.6, "en", 1, "12,345.6"),
        (12345.6, "nb", 1, "12\u00a0345,6"),
        (12345.6, "sv", 1, "12\u00a0345,6"),
        (12345.6, "da", 1, "12.345,6"),  # CLDR: Danish groups thousands with a full stop
        (12345.6, "fi", 1, "12\u00a0345,6"),
        (1234567, "nb", 0, "1\u00a0234\u00a0567"),
        (999.5, "en", 0, "1,000"),
        (-2450, "da", 0, "-2.450"),
        (-0.04, "en", 1, "0.0"),
        (0, "sv", 0, "0"),
        (None, "en", 0, "–"),
        (float("nan"), "nb", 0, "–"),
    ],
)
def test_format_number(value, lang, decimals, expected):
    assert format_number(value, lang, decimals) == expected


def test_signed_and_percent_formats():
    assert format_signed(450, "nb") == "+450"
    assert format_signed(-35.26, "en", 1) == "-35.3"
    assert format_signed(0.2, "en") == "0"
    assert format_percent(0.62, "en") == "62%"
    assert format_percent(0.625, "sv", 1) == "62,5\u00a0%"
    assert format_percent(-0.16, "nb") == "-16\u00a0%"
    assert format_value(12.5, "da", "%") == "12,5\u00a0%"
    assert format_value(12.5, "en", "%") == "12.5%"


def test_months_dates_ranges_and_lists_in_each_language():
    assert format_month("2026-03", "en") == "March 2026"
    assert format_month("2026-03", "da") == "marts 2026"
    assert format_month("2026-05", "sv") == "maj 2026"
    assert format_month("2026-03", "fi") == "maaliskuu 2026"
    assert format_month("2026-12", "nb", short=True) == "des. 2026"
    day = dt.date(2026, 12, 31)
    assert format_date(day, "en") == "31 December 2026"
    assert format_date(day, "nb") == "31. desember 2026"
    assert format_date("2026-12-31", "sv") == "31 december 2026"
    assert format_date(day, "da") == "31. december 2026"
    assert format_date_range("2026-02-28", "2026-03-31", "en") == "28 Feb\u2009–\u200931 Mar 2026"
    assert format_list(["Instagram", "the blog", "TikTok"], "en") == "Instagram, the blog and TikTok"
    assert format_list(["a", "b", "c"], "sv") == "a, b och c"
    assert format_list(["a", "b", "c"], "fi") == "a, b ja c"
    assert format_list(["a", "b", "c"], "da", conjunction=False) == "a, b, c"


def _goal(progress: float) -> dict:
    return {
        "id": "rate",
        "title": "Engagement rate",
        "type": "reach",
        "start": "2026-01-01",
        "deadline": "2026-12-31",
        "baseline": 4.0,
        "target": 6.0,
        "current": 12345.5,
        "status": "off_track",
        "unit": "%",
        "progress": progress,
        "expected": 0.5,
    }


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_a_chart_and_a_card_write_numbers_and_percents_alike(lang):
    # The Norwegian page once showed "0%" on an axis and "-16 %" on the bars: one source, Babel, for both.
    import pandas as pd

    from views.figures import pace_figure, trend_figure
    from views.overview_model import summary_line

    pace = pace_figure([_goal(-0.16), {**_goal(0.4), "id": "b"}], lang)
    bar_labels = [text for trace in pace.data if trace.text is not None for text in trace.text if text]
    axis_labels = list(pace.layout.xaxis.ticktext)
    sign = percent_sign(lang)
    assert any(label.startswith(format_percent(-0.16, lang)) for label in bar_labels)
    assert all(label.endswith(sign) for label in axis_labels) and format_percent(0.0, lang) in axis_labels
    assert pace.layout.separators == separators(lang)

    months = ["2026-01", "2026-02", "2026-03"]
    frame = pd.DataFrame({"month": months, "series": "a", "value": [4.0, 1234.0, 5.0]})
    trend = trend_figure(frame, {"a": "A"}, lang, unit="%")
    decimal, group = separators(lang)
    card_value = format_value(1234.0, lang, "%")  # the Overview card writes a current value this way
    assert card_value == f"1{group}234{sign}" == trend.data[0].text[1]
    assert format_value(4.5, lang, "%") == f"4{decimal}5{sign}"
    assert trend.layout.yaxis.ticksuffix == sign and trend.layout.separators == separators(lang)
    assert list(trend.layout.xaxis.ticktext) == [format_month(m, lang, short=True) for m in months]
    summary = summary_line([_goal(-0.16)], lang)
    assert summary.startswith(
        tn("overview.summary_on_track", 1, lang, good=format_number(0, lang), total="1")
    )
