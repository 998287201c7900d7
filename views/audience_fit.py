"""Where the strategy assumes each audience is, against where its engagement is measured (pure, no Streamlit)."""

from __future__ import annotations

import pandas as pd

from metrics.observations import ALL_AUDIENCES
from metrics.strategy import Strategy
from views.trend_frames import window

ENGAGEMENT_METRICS = (
    "comments",
    "reactions",
    "likes",
    "shares",
    "saves",
    "engagements",
    "interactions",
    "links",
    "followers_gained",
    "profile_visits",
    "tickets",
)
"""Metrics that count something an audience did (reach and views only count what it was shown)."""
FIT_MONTHS = 6
LOW_SHARE = 0.05
"""Below 5% of a channel's engagement, an assumed audience is hardly there."""
FIT_COLUMNS = [
    "audience",
    "channel",
    "assumed",
    "measured",
    "engagement",
    "channel_total",
    "share",
    "finding",
]
FINDINGS = ("not_measured", "no_engagement", "low_share", "not_assumed", "fits")
"""Mismatches first: assumed but not measured, measured zero, a small share; engagement not assumed; a fit."""


def audience_fit(
    strategy: Strategy, month_values: pd.DataFrame, last_month: str | None, months: int = FIT_MONTHS
) -> pd.DataFrame:
    """Return per audience and channel: assumed (by the strategy), measured (rows in the last months),

    engagement (sum of engagement metrics for the audience), channel_total (the same metrics for everyone on
    the channel), share (engagement / channel_total or None) and finding (one of FINDINGS).
    """
    rows = window(month_values, last_month, str(months)) if len(month_values) else month_values
    if len(rows):
        rows = rows[rows["metric"].isin(ENGAGEMENT_METRICS)]
    result = []
    for audience in strategy.audiences:
        assumed = list(dict.fromkeys(audience.assumed_channels))
        mine = rows[rows["audience"] == audience.id] if len(rows) else rows
        measured_channels = list(dict.fromkeys(mine["channel"])) if len(mine) else []
        for channel in assumed + [c for c in measured_channels if c not in assumed]:
            here = mine[mine["channel"] == channel] if len(mine) else mine
            measured = len(here) > 0
            engagement = float(here["value"].sum()) if measured else 0.0
            total = _channel_total(rows, channel, set(here["metric"])) if measured else None
            share = engagement / total if total else None
            if channel not in assumed and engagement <= 0:
                continue  # neither assumed nor engaging there: nothing to point out
            result.append(
                (
                    audience.id,
                    channel,
                    channel in assumed,
                    measured,
                    engagement,
                    total,
                    share,
                    _finding(channel in assumed, measured, engagement, share),
                )
            )
    frame = pd.DataFrame(result, columns=FIT_COLUMNS)
    rank = {finding: i for i, finding in enumerate(FINDINGS)}
    return frame.sort_values(
        ["audience", "finding"],
        key=lambda col: col.map(rank)
        if col.name == "finding"
        else col.map({a.id: i for i, a in enumerate(strategy.audiences)}),
        kind="stable",
    ).reset_index(drop=True)


def _channel_total(rows: pd.DataFrame, channel: str, metrics: set[str]) -> float | None:
    """Return everyone's engagement on a channel for these metrics: its total rows, else the audiences summed."""
    here = rows[(rows["channel"] == channel) & rows["metric"].isin(metrics)]
    totals = here[here["audience"] == ALL_AUDIENCES]
    value = float(totals["value"].sum()) if len(totals) else float(here["value"].sum())
    return value or None


def _finding(assumed: bool, measured: bool, engagement: float, share: float | None) -> str:
    if not assumed:
        return "not_assumed"
    if not measured:
        return "not_measured"
    if engagement <= 0:
        return "no_engagement"
    if share is not None and share < LOW_SHARE:
        return "low_share"
    return "fits"
