"""Per audience and channel: how many posts were made for it, what they brought, and where it really engages.

Pure: posts (per-item rows with the audiences their rules caught) in, tables and plain findings out.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from metrics.attribution import ITEM_COLUMNS, audiences_per_item, match_items
from metrics.strategy import Strategy

ENGAGEMENT = ("comments", "links", "views")
"""What the Audiences page measures per post: comments, link clicks and views."""
SUMMARY_COLUMNS = ["audience", "channel", "assumed", "posts", *ENGAGEMENT, "engagement", "per_post"]
MISMATCH_SHARE = 0.5
"""A channel holding at least half an audience's comments, when it was not assumed, is pointed out."""
MISMATCH_METRICS = ("comments", "links", "views")
"""Which measure a mismatch is told in: comments first, else link clicks, else views."""


def counted_posts(items: pd.DataFrame, matches: pd.DataFrame) -> pd.DataFrame:
    """Return one row per post and audience its rules caught (ITEM_COLUMNS, metrics, audience, kind, rule)."""
    if items.empty or matches.empty:
        return pd.DataFrame(columns=[*items.columns, "audience", "kind", "rule"])
    base = items.reset_index(drop=True)
    joined = matches.merge(base, left_on="position", right_index=True)
    return joined.drop(columns=["position"]).reset_index(drop=True)


def audience_channel_summary(posts: pd.DataFrame, strategy: Strategy) -> pd.DataFrame:
    """Return per audience and channel: assumed, posts made for it, comments, link clicks, views (counts),

    engagement (comments + link clicks) and engagement per post. Assumed channels without posts are listed
    with zero posts, so a missing channel shows.
    """
    rows = []
    for audience in strategy.audiences:
        if audience.recognise is None or audience.recognise.empty:
            continue
        mine = posts[posts["audience"] == audience.id] if len(posts) else posts
        channels = list(dict.fromkeys([*audience.assumed_channels, *sorted(set(mine["channel"]))]))
        for channel in channels:
            here = mine[mine["channel"] == channel] if len(mine) else mine
            values = {
                m: float(pd.to_numeric(here[m], errors="coerce").sum()) if m in here else 0.0
                for m in ENGAGEMENT
            }
            count = len(here)
            engagement = values["comments"] + values["links"]
            rows.append(
                (
                    audience.id,
                    channel,
                    channel in audience.assumed_channels,
                    count,
                    *(values[m] for m in ENGAGEMENT),
                    engagement,
                    engagement / count if count else None,
                )
            )
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


@dataclass(frozen=True)
class ChannelMismatch:
    """An audience engaging mostly on a channel the strategy did not assume for it."""

    audience: str
    assumed: tuple[str, ...]  # the channels the strategy assumed
    channel: str  # where the measure mostly comes from
    metric: str  # comments, links or views
    share: float  # of the audience's measure on all channels, 0..1


def channel_mismatches(summary: pd.DataFrame, strategy: Strategy) -> list[ChannelMismatch]:
    """Return, per audience, the channel holding most of its comments (else link clicks, views) when not assumed."""
    found = []
    for audience in strategy.audiences:
        mine = summary[summary["audience"] == audience.id] if len(summary) else summary
        for metric in MISMATCH_METRICS:
            total = float(mine[metric].sum()) if len(mine) else 0.0
            if total <= 0:
                continue
            top = mine.sort_values(metric, ascending=False, kind="stable").iloc[0]
            share = float(top[metric]) / total
            if not top["assumed"] and share >= MISMATCH_SHARE and audience.assumed_channels:
                found.append(
                    ChannelMismatch(
                        audience.id, tuple(audience.assumed_channels), str(top["channel"]), metric, share
                    )
                )
            break  # the first measure the audience has decides
    return found


def rule_preview(items: pd.DataFrame, strategy: Strategy) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return, for a preview of rules: each match explained (post, audience, kind, rule), posts no rule catches,

    and posts more than one audience catches (with their audiences, comma separated).
    """
    from metrics.attribution import audience_rules

    rules = audience_rules(strategy)
    matches = match_items(items, rules, explain=True)
    caught = counted_posts(items, matches)
    per_item = audiences_per_item(items, matches)
    base = items.reset_index(drop=True)
    audiences = per_item.reset_index(drop=True)
    none = base[audiences.map(len) == 0]
    several = base[audiences.map(len) > 1].copy()
    several["audiences"] = audiences[audiences.map(len) > 1].map(", ".join)
    return caught, none.loc[:, [c for c in base.columns if c in ITEM_COLUMNS]], several
