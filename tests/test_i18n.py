"""The text catalogue speaks four languages everywhere, and numbers and dates read the way each language writes them."""

from __future__ import annotations

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from views.i18n import CATALOGUE, catalogue_modules
from views.i18n import LANGUAGES, format_date, format_month, format_number, format_percent, format_signed, t

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"{(\w+)}")


def test_every_key_has_all_four_languages_and_no_blank_text():
    missing = {
        key: sorted(set(LANGUAGES) - set(entry))
        for key, entry in CATALOGUE.items()
        if set(entry) != set(LANGUAGES)
    }
    blank = [
        key for key, entry in CATALOGUE.items() for lang in LANGUAGES if not str(entry.get(lang, "x")).strip()
    ]
    assert missing == {}
    assert blank == []


def test_translations_use_the_same_placeholders_as_english():
    mismatched = {
        key: lang
        for key, entry in CATALOGUE.items()
        for lang in LANGUAGES
        if set(PLACEHOLDER.findall(entry.get(lang, ""))) != set(PLACEHOLDER.findall(entry["en"]))
    }
    assert mismatched == {}


def test_nordic_texts_are_translated_not_copied_from_english():
    # Short words (Data, Status) may be the same; whole sentences copied from English mean a missing translation.
    copied = [
        (key, lang)
        for key, entry in CATALOGUE.items()
        for lang in ("nb", "sv", "da")
        if len(re.findall(r"[^\W\d_]{2,}", PLACEHOLDER.sub("", entry["en"]))) >= 4
        and entry[lang] == entry["en"]
    ]
    assert copied == []


def test_no_key_is_defined_in_two_catalogue_modules():
    seen: dict[str, str] = {}
    duplicates = []
    for module, text in catalogue_modules().items():
        for key in text:
            if key in seen:
                duplicates.append((key, seen[key], module))
            seen[key] = module
    assert duplicates == []


def _literal_keys_used_in_my_views() -> set[str]:
    files = [ROOT / "dashboard.py", *(ROOT / "views").rglob("*.py")]
    keys = set()
    for path in files:
        if "catalogue" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    return keys


def test_every_text_key_the_pages_use_exists():
    used = _literal_keys_used_in_my_views()
    assert len(used) > 100
    assert sorted(k for k in used if k not in CATALOGUE) == []


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
    assert t("overview.summary_on_track", "nb", good=7, total=12) == "7 av 12 mål i rute eller nådd"
    assert t("overview.summary_on_track", "xx", good=7, total=12) == "7 of 12 goals on track or achieved"
    assert t("no.such_key", "sv") == "no.such_key"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (12345.6, "en", 1, "12,345.6"),
        (12345.6, "nb", 1, "12\u00a0345,6"),
        (12345.6, "sv", 1, "12\u00a0345,6"),
        (12345.6, "da", 1, "12\u00a0345,6"),
        (1234567, "nb", 0, "1\u00a0234\u00a0567"),
        (999.5, "en", 0, "1,000"),
        (-2450, "da", 0, "-2\u00a0450"),
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


def test_months_and_dates_in_each_language():
    assert format_month("2026-03", "en") == "March 2026"
    assert format_month("2026-03", "da") == "marts 2026"
    assert format_month("2026-05", "sv") == "maj 2026"
    assert format_month("2026-12", "nb", short=True) == "des 2026"
    day = dt.date(2026, 12, 31)
    assert format_date(day, "en") == "31 December 2026"
    assert format_date(day, "nb") == "31. desember 2026"
    assert format_date("2026-12-31", "sv") == "31 december 2026"
    assert format_date(day, "da") == "31. december 2026"
