"""What the Overview shows, computed from goal progress: the reading order, the summary line, the grid cells."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from metrics.observations import ALL_AUDIENCES
from metrics.progress import STATUSES
from metrics.strategy import Strategy
from views.figures.common import STATUS_ORDER
from views.goal_text import counts
from views.i18n import format_date, format_list, format_month, format_number, format_signed, t, tn

GRID_COLUMNS = ("row", "column", "goal", "title", "status")


def _lag(goal: Mapping[str, Any]) -> float:
    """Return how far behind the expected pace the goal is (positive = behind), 0 when unknown."""
    progress, expected = goal.get("progress"), goal.get("expected")
    if progress is None or expected is None:
        return 0.0
    return float(expected) - float(progress)


def ordered_goals(
    goals: Iterable[Mapping[str, Any]], order: Sequence[str] = STATUS_ORDER
) -> list[Mapping[str, Any]]:
    """Return goals most urgent first: off track, at risk, no data, on track, achieved; furthest behind first.

    `order` gives another order of the statuses (the presentation's agenda puts no data last).
    """
    rank = {status: i for i, status in enumerate(order)}
    indexed = list(enumerate(goals))
    indexed.sort(key=lambda pair: (rank.get(str(pair[1].get("status")), len(rank)), -_lag(pair[1]), pair[0]))
    return [goal for _, goal in indexed]


def status_counts(goals: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Return the number of goals per status, every status present (zero when none)."""
    counts = dict.fromkeys(STATUSES, 0)
    for goal in goals:
        status = str(goal.get("status"))
        counts[status] = counts.get(status, 0) + 1
    return counts


def _titles(goals: Sequence[Mapping[str, Any]], lang: str) -> str:
    return format_list((t("common.quoted", lang, text=g["title"]) for g in goals), lang, conjunction=False)


def summary_line(goals: Sequence[Mapping[str, Any]], lang: str) -> str:
    """Return the one-line summary: "7 of 12 goals on track; 2 off track: “A”, “B”; 1 at risk: “C”."

    Achieved goals count as on track. The text holds goal titles as written: show it literally.
    """
    return "; ".join(summary_parts(goals, lang)) + "."


def summary_parts(goals: Sequence[Mapping[str, Any]], lang: str) -> list[str]:
    """Return the summary's parts: how many are on track, then the off-track, at-risk and no-data goals named."""
    if not goals:
        return [t("overview.summary_no_goals", lang)]
    counts = status_counts(goals)
    good = counts["on_track"] + counts["achieved"]
    parts = [
        tn(
            "overview.summary_on_track",
            len(goals),
            lang,
            good=format_number(good, lang),
            total=format_number(len(goals), lang),
        )
    ]
    for status in ("off_track", "at_risk", "no_data"):
        chosen = [g for g in ordered_goals(goals) if g.get("status") == status]
        if chosen:
            parts.append(tn(f"overview.summary_{status}", len(chosen), lang, goals=_titles(chosen, lang)))
    return parts


def grid_cells(strategy: Strategy, goals: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Return one row per goal and (channel, audience) cell it covers: row, column, goal, title, status.

    A goal without channels covers every channel the strategy does not mark absent; a goal without audiences
    sits in the 'all' column (it is about the whole channel, not each audience separately).
    """
    by_id = {g.id: g for g in strategy.goals}
    rows = []
    for progress in goals:
        goal = by_id.get(str(progress["id"]))
        if goal is None:
            continue
        channels = strategy.goal_channels(goal) or list(progress.get("channels") or [])
        audiences = list(goal.audiences) or [ALL_AUDIENCES]
        for channel in channels:
            for audience in audiences:
                rows.append((channel, audience, goal.id, progress["title"], progress["status"]))
    return pd.DataFrame(rows, columns=list(GRID_COLUMNS))


def grid_axes(
    strategy: Strategy,
    cells: pd.DataFrame,
    channel_names: Mapping[str, str],
    audience_names: Mapping[str, str],
) -> tuple[dict[str, str], dict[str, str]]:
    """Return the grid's rows (channels) and columns (audiences, 'all' first) that hold at least one goal."""
    used_rows = set(cells["row"]) if len(cells) else set()
    used_columns = set(cells["column"]) if len(cells) else set()
    rows = {c: n for c, n in channel_names.items() if c in used_rows}
    rows.update({c: c for c in sorted(used_rows) if c not in rows})
    columns = {a: n for a, n in audience_names.items() if a in used_columns}
    columns.update({a: a for a in sorted(used_columns) if a not in columns})
    if ALL_AUDIENCES in columns:
        columns = {ALL_AUDIENCES: columns.pop(ALL_AUDIENCES), **columns}
    return rows, columns


def chosen_goal(selection: Any) -> str | None:
    """Return the goal id of the first clicked point of a pace bar or grid cell; None when none was clicked.

    Both charts carry the goal id as the last item of each point's customdata.
    """
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, list | tuple) and data and str(data[-1]):
            return str(data[-1])
    return None


def status_changes(
    previous: Mapping[str, str], goals: Iterable[Mapping[str, Any]]
) -> list[tuple[Mapping[str, Any], str]]:
    """Return (goal, status at the last visit) for each goal whose status differs from the one it had then.

    Goals in the given order; a goal that did not exist at the last visit is no change.
    """
    return [
        (goal, previous[str(goal["id"])])
        for goal in goals
        if str(goal["id"]) in previous and previous[str(goal["id"])] != str(goal.get("status"))
    ]


def _status_in_sentence(status: str, lang: str) -> str:
    word = t(f"status.{status}", lang)
    return word[:1].lower() + word[1:]


def since_visit_text(visited_on: Any, changes: Sequence[tuple[Mapping[str, Any], str]], lang: str) -> str:
    """Return what changed since the last visit: "Since your last visit on 3 November 2026: “A” went from …".

    The text holds goal titles as written: show it literally.
    """
    date = format_date(visited_on, lang)
    if not changes:
        return t("overview.since_visit_none", lang, date=date)
    parts = [
        t(
            "overview.since_visit_change",
            lang,
            goal=t("common.quoted", lang, text=goal["title"]),
            old=_status_in_sentence(old, lang),
            new=_status_in_sentence(str(goal.get("status")), lang),
        )
        for goal, old in changes
    ]
    return t("overview.since_visit", lang, date=date, changes="; ".join(parts))


def was_text(old: str, lang: str) -> str:
    """Return the card's note on a changed status: "Was on track at your last visit"."""
    return t("overview.card_was", lang, status=_status_in_sentence(old, lang))


def value_change_text(goal: Mapping[str, Any], lang: str) -> str | None:
    """Return the change against the month before the current one: "+120 since Oct 2026"; None when unknown."""
    current, previous, months = goal.get("current"), goal.get("previous"), goal.get("recent_months") or []
    if current is None or previous is None or len(months) < 2:
        return None
    change = float(current) - float(previous)
    decimals = 0 if counts(goal) or abs(change) >= 10 or change == 0 else 1
    month = format_month(str(months[-2]), lang, short=True)
    return t("overview.card_change", lang, change=format_signed(change, lang, decimals), month=month)
