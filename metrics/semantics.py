"""What each metric means: stock, flow or duration, how a month is aggregated, which way is better."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Aggregation = Literal["sum", "last", "mean", "median", "ratio"]
DeclaredAggregation = Literal["sum", "last", "mean", "median"]
"""What a strategy may declare: a ratio needs its parts, so only the built-in ratios below are ratios."""
Direction = Literal["higher", "lower"]


@dataclass(frozen=True)
class Ratio:
    """A month value made from two summed parts: numerator ÷ denominator × scale, never a sum of daily ratios."""

    numerator: str
    denominator: str
    scale: float = 1.0

    @property
    def parts(self) -> tuple[str, str]:
        """Return the metric ids of the numerator and the denominator."""
        return (self.numerator, self.denominator)


@dataclass(frozen=True)
class MetricSpec:
    """How one metric turns observations into a month value, and which direction is better."""

    id: str
    label: str
    aggregation: Aggregation
    better: Direction
    unit: str
    builtin: bool = True
    ratio: Ratio | None = None

    @property
    def kind(self) -> str:
        """Return 'stock', 'flow', 'duration', 'level' (mean of a rate) or 'ratio' (made from two parts)."""
        return {"last": "stock", "sum": "flow", "median": "duration", "mean": "level", "ratio": "ratio"}[
            self.aggregation
        ]


def _spec(id: str, label: str, aggregation: Aggregation, better: Direction, unit: str) -> MetricSpec:
    return MetricSpec(id=id, label=label, aggregation=aggregation, better=better, unit=unit)


BUILTIN_METRICS: dict[str, MetricSpec] = {
    spec.id: spec
    for spec in (
        _spec("followers", "Followers", "last", "higher", "followers"),
        _spec("followers_gained", "New followers", "sum", "higher", "followers"),
        _spec("comments", "Comments", "sum", "higher", "comments"),
        _spec("links", "Link clicks", "sum", "higher", "clicks"),
        _spec("support_time", "Support response time", "median", "lower", "minutes"),
    )
}
"""The metrics the issue names; every strategy can set goals on them without declaring them."""

KNOWN_METRICS: dict[str, MetricSpec] = {
    spec.id: spec
    for spec in (
        _spec("followers_lost", "Lost followers", "sum", "lower", "followers"),
        _spec("reach", "Reach", "sum", "higher", "people"),
        _spec("impressions", "Impressions", "sum", "higher", "impressions"),
        _spec("views", "Views", "sum", "higher", "views"),
        _spec("profile_visits", "Profile visits", "sum", "higher", "visits"),
        _spec("reactions", "Reactions", "sum", "higher", "reactions"),
        _spec("likes", "Likes", "sum", "higher", "likes"),
        _spec("shares", "Shares", "sum", "higher", "shares"),
        _spec("saves", "Saves", "sum", "higher", "saves"),
        _spec("engagements", "Engagements", "sum", "higher", "engagements"),
        _spec("interactions", "Content interactions", "sum", "higher", "interactions"),
        _spec("posts", "Posts", "sum", "higher", "posts"),
        _spec("watch_time_hours", "Watch time", "sum", "higher", "hours"),
        _spec("engagement_rate", "Engagement rate", "mean", "higher", "%"),
        _spec(
            "support_time_business", "Support response time (business hours)", "median", "lower", "minutes"
        ),
        _spec("resolution_time", "Resolution time", "median", "lower", "minutes"),
        _spec("tickets", "Tickets", "sum", "lower", "tickets"),
        _spec("clicks", "Clicks", "sum", "higher", "clicks"),
        _spec("sessions", "Sessions", "sum", "higher", "sessions"),
        _spec("engaged_sessions", "Engaged sessions", "sum", "higher", "sessions"),
        # The numerator of the average position (Search Console): each day's position × its impressions.
        _spec("position_weighted", "Position × impressions", "sum", "lower", "impressions"),
        # The numerator of GA4's average session duration: each day's average × its sessions.
        _spec("session_seconds", "Session seconds", "sum", "higher", "seconds"),
    )
}
"""Other metrics the platform presets produce; summed or averaged as their nature demands."""


def _ratio(
    id: str, label: str, parts: tuple[str, str], scale: float, better: Direction, unit: str
) -> MetricSpec:
    return MetricSpec(id, label, "ratio", better, unit, ratio=Ratio(parts[0], parts[1], scale))


RATIO_METRICS: dict[str, MetricSpec] = {
    spec.id: spec
    for spec in (
        # Search Console: CTR is the month's clicks ÷ its impressions (in %).
        _ratio("ctr", "Click-through rate", ("clicks", "impressions"), 100.0, "higher", "%"),
        # Search Console: the average position weighted by impressions, Σ(position × impressions) ÷ Σ impressions.
        _ratio("position", "Average position", ("position_weighted", "impressions"), 1.0, "lower", ""),
        # X and LinkedIn: engagement rate is engagements ÷ impressions (in %); LinkedIn's engagements are stored
        # as each day's rate × its impressions.
        _ratio(
            "impression_engagement_rate",
            "Engagement rate (of impressions)",
            ("engagements", "impressions"),
            100.0,
            "higher",
            "%",
        ),
        # YouTube: average view duration is watch time ÷ views (hours × 60 = minutes per view).
        _ratio(
            "average_view_duration",
            "Average view duration",
            ("watch_time_hours", "views"),
            60.0,
            "higher",
            "minutes",
        ),
        # GA4: average session duration is the session seconds ÷ sessions.
        _ratio(
            "average_session_duration",
            "Average session duration",
            ("session_seconds", "sessions"),
            1.0,
            "higher",
            "seconds",
        ),
        # GA4: engagement rate is engaged sessions ÷ sessions (in %).
        _ratio(
            "session_engagement_rate",
            "Engagement rate (sessions)",
            ("engaged_sessions", "sessions"),
            100.0,
            "higher",
            "%",
        ),
    )
}
"""Ratios and averages: computed each month from their summed parts, the way the platform computes them.

Nothing is stored under these ids; a file's column of daily ratios is never added up or averaged.
"""


def metric_spec(metric_id: str, declared: dict[str, MetricSpec] | None = None) -> MetricSpec:
    """Return the spec for a metric id: declared by the strategy, built in, known, a ratio, or a summed default."""
    if declared and metric_id in declared:
        return declared[metric_id]
    if metric_id in BUILTIN_METRICS:
        return BUILTIN_METRICS[metric_id]
    if metric_id in KNOWN_METRICS:
        return KNOWN_METRICS[metric_id]
    if metric_id in RATIO_METRICS:
        return RATIO_METRICS[metric_id]
    # An undeclared metric from a tracker is most often a count: summing is the least surprising default.
    return MetricSpec(
        id=metric_id,
        label=metric_id.replace("_", " ").capitalize(),
        aggregation="sum",
        better="higher",
        unit="",
        builtin=False,
    )
