"""What the presentation view shows, computed from goal progress (pure, no Streamlit): the agenda and its screens.

The presentation is opened by the link itself (`?present=1`, with `&every=30` for a screen in the hall that
moves on by itself). Screen 0 is the agenda; screens 1…n are the goals, most urgent first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from metrics.strategy import Strategy
from views.goal_text import counts, current_label, level_text, pace_text, target_text
from views.i18n import format_month, format_value, t
from views.labels import status_word
from views.overview_model import ordered_goals, value_change_text

PRESENT_PARAMETER = "present"
"""?present=1 opens the presentation view instead of the page."""
EVERY_PARAMETER = "every"
"""?every=30 moves the presentation on every 30 seconds, looping (a screen in the hall)."""
AGENDA_ORDER = ("off_track", "at_risk", "on_track", "achieved", "no_data")
"""The meeting's order: what needs a decision first, then what goes well, then what cannot be judged yet."""
MIN_EVERY_SECONDS = 2
MAX_EVERY_SECONDS = 3600
HALL_EVERY_SECONDS = 30
"""The interval the share box offers for a screen in the hall."""


def presenting(params: Mapping[str, Any]) -> bool:
    """Return True when the link asks for the presentation view (?present=1, true, yes or on)."""
    return str(params.get(PRESENT_PARAMETER, "")).strip().lower() in ("1", "true", "yes", "on")


def every_seconds(params: Mapping[str, Any]) -> int | None:
    """Return the link's ?every= interval in whole seconds (kept between 2 s and an hour); None for no timer."""
    text = str(params.get(EVERY_PARAMETER, "")).strip().lower().removesuffix("s")
    try:
        seconds = round(float(text))
    except ValueError:
        return None
    if seconds <= 0:
        return None
    return min(max(seconds, MIN_EVERY_SECONDS), MAX_EVERY_SECONDS)


def agenda(goals: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Return the goals in the meeting's order: off track, at risk, on track, achieved, no data; furthest behind first."""
    return ordered_goals(goals, order=AGENDA_ORDER)


def moved(index: int, step: int, screens: int) -> int:
    """Return the screen `step` screens on from `index`, going round from the last to the agenda and back."""
    return (index + step) % screens if screens > 0 else 0


@dataclass(frozen=True)
class GoalScreen:
    """One goal's screen: status, the number against the target, what changed since last month, decisions.

    Every text is in the screen's language and may hold strategy text as written: show it literally.
    """

    goal_id: str
    title: str
    status: str
    status_label: str
    value_label: str
    value: str
    value_change: str | None
    """The value against the month before: "+120 since Oct 2026"; None when there is no month before."""
    target: str
    pace: str
    status_change: str | None
    """The status against the month before: "At risk in October 2026, off track now"; None when unknown."""
    position: str
    """"Goal 2 of 9"."""
    decisions: tuple[str, ...] = ()
    """Decisions noted on the goal, newest first, as written; none shown when empty."""


def status_change_text(goal: Mapping[str, Any], history: pd.DataFrame, lang: str) -> str | None:
    """Return how the status moved since the month before: changed ("At risk in October, off track now") or
    not ("Off track in October too"); None when there is no month before in the history.

    `history` has columns month (YYYY-MM) and status, one row per month (views.page_data.goal_history).
    """
    if history is None or history.empty or "status" not in history:
        return None
    rows = history.sort_values("month")
    current_month = str(goal.get("current_month") or rows["month"].iloc[-1])
    before = rows[rows["month"].astype(str) < current_month[:7]]
    if before.empty:
        return None
    month, status = str(before["month"].iloc[-1]), str(before["status"].iloc[-1])
    now = str(goal.get("status") or "no_data")
    if status == now:
        return t("present.status_same", lang, status=status_word(now, lang), month=format_month(month, lang))
    return t(
        "present.status_changed",
        lang,
        before=status_word(status, lang),
        month=format_month(month, lang),
        now=status_word(now, lang).lower(),
    )


def goal_screen(
    goal: Mapping[str, Any],
    history: pd.DataFrame,
    lang: str,
    unit: str,
    *,
    number: int,
    total: int,
    decisions: Sequence[str] = (),
) -> GoalScreen:
    """Return what a goal's screen says, in the language; `number` counts from 1 among `total` goals.

    `goal` is a goal's progress (views.page_data.goal_progress_list), `history` its status by month, `unit`
    the metric's unit label, `decisions` the texts of the decisions noted on the goal (newest first).
    """
    status = str(goal.get("status") or "no_data")
    target = target_text(goal, lang, unit)
    level = level_text(goal, lang, unit)
    return GoalScreen(
        goal_id=str(goal["id"]),
        title=str(goal["title"]),
        status=status,
        status_label=status_word(status, lang),
        value_label=current_label(goal, lang),
        value=format_value(goal.get("current"), lang, unit, whole=counts(goal)),
        value_change=value_change_text(goal, lang),
        target=" · ".join(part for part in (target, level) if part),
        pace=pace_text(goal, lang),
        status_change=status_change_text(goal, history, lang),
        position=t("present.position", lang, number=number, total=total),
        decisions=tuple(text.strip() for text in decisions if text and text.strip()),
    )


BY_PARAMETER = "by"
"""?by=channel presents one channel a screen instead of one goal a screen."""


def by_channel(params: Mapping[str, Any]) -> bool:
    """Return True when the link asks for one channel a screen (?by=channel)."""
    return str(params.get(BY_PARAMETER, "")).strip().lower() == "channel"


@dataclass(frozen=True)
class ChannelItem:
    """One channel on the agenda: its id and name, its most urgent goal's status, its goals in agenda order."""

    channel: str
    name: str
    status: str
    goals: tuple[Mapping[str, Any], ...]


def channel_agenda(
    strategy: Strategy, goals: Iterable[Mapping[str, Any]], names: Mapping[str, str]
) -> list[ChannelItem]:
    """Return the channels that carry goals, the one with the most urgent goal first (its status is the channel's).

    Between channels whose worst status is the same, the one with more goals in that status comes first, then
    the strategy's order (`names`, channel id -> name).
    """
    rank = {status: i for i, status in enumerate(AGENDA_ORDER)}
    by_channel_id: dict[str, list[Mapping[str, Any]]] = {}
    declared = {g.id: g for g in strategy.goals}
    for progress in agenda(goals):
        goal = declared.get(str(progress["id"]))
        channels = (strategy.goal_channels(goal) if goal else []) or list(progress.get("channels") or [])
        for channel in channels:
            by_channel_id.setdefault(channel, []).append(progress)
    order = {channel: i for i, channel in enumerate(names)}
    items = []
    for channel, its_goals in by_channel_id.items():
        status = str(its_goals[0].get("status") or "no_data")
        items.append(ChannelItem(channel, names.get(channel, channel), status, tuple(its_goals)))
    items.sort(
        key=lambda item: (
            rank.get(item.status, len(rank)),
            -sum(1 for g in item.goals if g.get("status") == item.status),
            order.get(item.channel, len(order)),
            item.channel,
        )
    )
    return items


def first_screen(subjects: Sequence[str], wanted: str | None) -> int:
    """Return the screen a presentation opens on: the goal or channel the link was made on, else the agenda (0)."""
    return list(subjects).index(wanted) + 1 if wanted in subjects else 0
