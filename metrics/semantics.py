"""What each metric means: stock, flow or duration, how a month is aggregated, which way is better."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Aggregation = Literal["sum", "last", "mean", "median"]
Direction = Literal["higher", "lower"]


@dataclass(frozen=True)
class MetricSpec:
    """How one metric turns observations into a month value, and which direction is better."""

    id: str
    label: str
    aggregation: Aggregation
    better: Direction
    unit: str
    builtin: bool = True

    @property
    def kind(self) -> str:
        """Return 'stock', 'flow', 'duration' or 'level' (mean of a rate)."""
        return {"last": "stock", "sum": "flow", "median": "duration", "mean": "level"}[self.aggregation]


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
    )
}
"""Other metrics the platform presets produce; summed or averaged as their nature demands."""


def metric_spec(metric_id: str, declared: dict[str, MetricSpec] | None = None) -> MetricSpec:
    """Return the spec for a metric id: declared by the strategy, built in, known, or a summed default."""
    if declared and metric_id in declared:
        return declared[metric_id]
    if metric_id in BUILTIN_METRICS:
        return BUILTIN_METRICS[metric_id]
    if metric_id in KNOWN_METRICS:
        return KNOWN_METRICS[metric_id]
    # An undeclared metric from a tracker is most often a count: summing is the least surprising default.
    return MetricSpec(
        id=metric_id,
        label=metric_id.replace("_", " ").capitalize(),
        aggregation="sum",
        better="higher",
        unit="",
        builtin=False,
    )
