"""A goal's numbers and scope as sentences in the language (pure, no Streamlit): what cards and headers say."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from metrics.strategy import Strategy
from views.i18n import format_date, format_month, format_percent, format_signed, format_value, t
from views.labels import audience_names, channel_names

STATUS_BADGES = {
    "achieved": ("blue", ":material/emoji_events:"),
    "on_track": ("green", ":material/check_circle:"),
    "at_risk": ("orange", ":material/warning:"),
    "off_track": ("red", ":material/cancel:"),
    "no_data": ("gray", ":material/help:"),
}
"""Badge colour (set to the Okabe-Ito status colours in .streamlit/config.toml) and icon per status."""


def scope_text(strategy: Strategy, goal: Mapping[str, Any], lang: str) -> str:
    """Return where a goal is measured: "Facebook, Instagram · all audiences" (strategy names, as written)."""
    channels = list(goal.get("channels") or [])
    names = channel_names(strategy, channels)
    where = ", ".join(names.get(c, c) for c in channels) if channels else t("common.all_channels", lang)
    audiences = list(goal.get("audiences") or [])
    who_names = audience_names(strategy, lang, audiences)
    who = ", ".join(who_names.get(a, a) for a in audiences) if audiences else t("common.all_audiences", lang)
    return f"{where} · {who}"


def target_text(goal: Mapping[str, Any], lang: str, unit: str) -> str:
    """Return the target as a sentence: "38 500 followers by 31 December 2026" or "stay above 250 comments"."""
    target = format_value(goal.get("target"), lang, unit, whole=counts(goal))
    kind = goal.get("type") or "reach"
    if kind == "stay_above":
        return t("goal_text.stay_above", lang, target=target)
    if kind == "stay_below":
        return t("goal_text.stay_below", lang, target=target)
    return t("goal_text.reach_by", lang, target=target, deadline=format_date(goal.get("deadline"), lang))


def current_label(goal: Mapping[str, Any], lang: str) -> str:
    """Return the label of the current value: "Now (October 2026)" or "Now" when there is no month."""
    month = goal.get("current_month")
    return t("goal_text.now_in", lang, month=format_month(month, lang)) if month else t("goal_text.now", lang)


def pace_text(goal: Mapping[str, Any], lang: str) -> str:
    """Return progress against the pace: "62 % of the way; 70 % expected by now" ("" when not measurable)."""
    progress = goal.get("progress")
    if progress is None:
        return ""
    return t(
        "goal_text.pace",
        lang,
        progress=format_percent(float(progress), lang),
        expected=format_percent(float(goal.get("expected") or 0.0), lang),
    )


def outlook_text(goal: Mapping[str, Any], lang: str, unit: str) -> str:
    """Return the forecast and what is needed per month, as one line ("" when neither is known)."""
    parts = []
    if goal.get("forecast") is not None and (goal.get("type") or "reach") == "reach":
        parts.append(
            t(
                "goal_text.forecast",
                lang,
                month=format_month(str(goal["deadline"])[:7], lang),
                value=format_value(goal["forecast"], lang, unit, whole=counts(goal)),
            )
        )
        span = forecast_range_text(goal, lang, unit)
        if span:
            parts[-1] += " " + span
    needed = goal.get("needed_per_month")
    if needed is not None and goal.get("status") not in ("achieved", "no_data"):
        decimals = 0 if counts(goal) or abs(needed) >= 10 else 1
        parts.append(t("goal_text.needed", lang, value=format_signed(needed, lang, decimals)))
    return " · ".join(parts)


def forecast_range_text(goal: Mapping[str, Any], lang: str, unit: str) -> str:
    """Return the forecast's 80 % range in brackets: "(80 % range: 1 900–2 300 followers)"; "" without one."""
    low, high = goal.get("forecast_low"), goal.get("forecast_high")
    if low is None or high is None:
        return ""
    whole = counts(goal)
    return t(
        "goal_text.forecast_range",
        lang,
        share=format_percent(0.8, lang),
        low=format_value(low, lang, whole=whole),
        high=format_value(high, lang, unit, whole=whole),
    )


def basis_text(goal: Mapping[str, Any], lang: str) -> str:
    """Return what earned an on-track or at-risk status: its pace or its forecast ("" for other statuses)."""
    basis = goal.get("status_basis")
    if basis not in ("pace", "forecast") or goal.get("status") not in ("on_track", "at_risk"):
        return ""
    return t(f"goal_text.basis_{basis}", lang)


def level_text(goal: Mapping[str, Any], lang: str, unit: str) -> str:
    """Return how a stay-above/below goal stands now: "263 comments: above the limit of 250" ("" for reach)."""
    kind = goal.get("type") or "reach"
    if kind == "reach" or goal.get("current") is None or goal.get("target") is None:
        return ""
    holds = goal.get("status") == "on_track"
    key = f"goal_text.{kind}_{'holds' if holds else 'breaks'}"
    return t(key, lang, target=format_value(goal["target"], lang, unit, whole=counts(goal)))


def counts(goal: Mapping[str, Any]) -> bool:
    """Return True when the goal's metric counts things (followers, comments): its numbers are whole."""
    return bool(goal.get("counts"))


def no_data_text(goal: Mapping[str, Any], as_of, lang: str) -> str:
    """Return why a goal has no status yet: it starts later, or no numbers reach it ("" when it has data)."""
    if goal.get("status") != "no_data":
        return ""
    start = str(goal.get("start") or "")
    if start and start > as_of.isoformat():
        return t("goal_text.starts", lang, date=format_date(start, lang))
    if goal.get("current") is None:
        return t("goal_text.no_numbers", lang)
    return t("goal_text.no_baseline", lang)


def stale_text(goal: Mapping[str, Any], view_month: str | None, lang: str) -> str:
    """Return "No complete data since August 2026 …" when the goal's latest month is older than the view's."""
    month = goal.get("current_month")
    if not month or not view_month or str(month) >= str(view_month)[:7]:
        return ""
    return t("goal_text.no_data_since", lang, month=format_month(str(month), lang))


def expected_value(goal: Mapping[str, Any]) -> float | None:
    """Return the value the expected path gives at the as-of date (baseline + expected share of the gap)."""
    baseline, target = goal.get("baseline"), goal.get("target")
    if baseline is None or target is None or (goal.get("type") or "reach") != "reach":
        return None
    return float(baseline) + float(goal.get("expected") or 0.0) * (float(target) - float(baseline))
