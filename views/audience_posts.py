"""Posts counted per audience, shown where they explain a number: Audiences page, Goal page, Strategy rules preview."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from connectors.store import Store
from metrics.attribution import audience_rules, match_items
from metrics.audience_posts import (
    ENGAGEMENT,
    audience_channel_summary,
    channel_mismatches,
    counted_posts,
)
from metrics.strategy import Strategy
from views.context import AppContext
from views.i18n import format_list, format_number, format_percent, t, tn
from views.labels import audience_names, channel_names
from views.tables import literal, safe_table

TOP_POSTS = 10
"""Posts shown one by one on the Goal page; the rest are in a table."""
TEXT_SHOWN = 120
"""Characters of a caption shown in a table."""


@st.cache_data(show_spinner=False, max_entries=4)
def _stored_posts(location: str, store_version: int, _store: Store) -> pd.DataFrame:
    # Every active per-item upload, once per store version; a post in two uploads (monthly exports
    # overlapping) counts once, from the newest upload, as the stored values do.
    parts = []
    for row in _store.per_item_uploads():
        if str(row.status) != "active":
            continue
        items = _upload_posts(location, int(row.id), str(row.content_hash), row, _store)
        if items is not None:
            parts.append(items.assign(upload_id=int(row.id)))
    if not parts:
        return pd.DataFrame()
    posts = pd.concat(parts, ignore_index=True)
    posts = posts.sort_values("upload_id", kind="stable").drop_duplicates(["channel", "item"], keep="last")
    return (
        posts.drop(columns=["upload_id"])
        .sort_values(["date", "channel"], kind="stable")
        .reset_index(drop=True)
    )


@st.cache_resource(show_spinner=False, max_entries=4096)
def _upload_posts(
    location: str, upload_id: int, content_hash: str, _row, _store: Store
) -> pd.DataFrame | None:
    # A stored file never changes, so its posts are read from its bytes once per process, not after every
    # upload: reading all of them again took seconds per store version and made the Goal and Audiences pages
    # the slowest under load. The hash in the key keeps a store rebuilt under the same ids from reusing them.
    # Shared, not copied per call: the frame is only read (assign and concat make new ones).
    return _store.upload_items(_row)


def stored_posts(ctx: AppContext) -> pd.DataFrame:
    """Return every stored post and video (per-item rows), newest upload winning; empty when none is stored."""
    return _stored_posts(ctx.store_location, ctx.store_version, ctx.store)


@st.cache_data(show_spinner=False, max_entries=8)
def _counted(
    location: str, store_version: int, strategy_version: int | None, _posts: pd.DataFrame, _strategy
):
    rules = audience_rules(_strategy)
    return counted_posts(_posts, match_items(_posts, rules))


def posts_per_audience(ctx: AppContext) -> pd.DataFrame:
    """Return one row per stored post and audience its rules catch, under the strategy on view."""
    posts = stored_posts(ctx)
    if posts.empty or ctx.strategy is None:
        return pd.DataFrame()
    return _counted(ctx.store_location, ctx.store_version, ctx.strategy_version, posts, ctx.strategy)


def _months(frame: pd.DataFrame) -> pd.Series:
    return pd.to_datetime(frame["date"]).dt.strftime("%Y-%m")


def _in_window(frame: pd.DataFrame, last_month: str | None, months: int) -> pd.DataFrame:
    if frame.empty or last_month is None:
        return frame
    last = pd.Period(last_month, "M")
    first = (last - (months - 1)).strftime("%Y-%m")
    month = _months(frame)
    return frame[(month >= first) & (month <= last_month)]


# ---------------------------------------------------------------- Audiences page


def render_measured_posts(ctx: AppContext, audiences: list, months: int) -> None:
    """Show, per audience and channel, its posts and what they brought, and where it engages unlike assumed."""
    lang = ctx.language
    with_rules = [a for a in audiences if a.recognise is not None and not a.recognise.empty]
    st.subheader(t("attribution.measured_title", lang, months=months), anchor=False)
    if not with_rules:
        st.caption(t("attribution.no_rules", lang))
        return
    st.caption(t("attribution.measured_caption", lang))
    key = ctx.view_key(ctx.as_of_month, months, lang, tuple(a.id for a in with_rules))
    warnings, tables = _measured(key, ctx, with_rules, months)
    for warning in warnings:
        st.warning(literal(warning), icon=":material/compare_arrows:")
    for audience_id, label, table in tables:
        st.markdown("**" + literal(label) + "**")
        st.dataframe(table, hide_index=True, key=f"attribution.summary.{audience_id}")


@st.cache_data(show_spinner=False, max_entries=32)
def _measured(
    view_key: tuple, _ctx: AppContext, _audiences: list, months: int
) -> tuple[list[str], list[tuple[str, str, pd.DataFrame]]]:
    # Once per view key (store, strategy, month, window, language, audiences), not on every view: summing
    # every stored post per audience and channel was most of a cached Audiences page.
    # Returns the mismatch warnings (plain text) and (audience id, label, safe table) per audience.
    ctx, with_rules, lang, strategy = _ctx, _audiences, _ctx.language, _ctx.strategy
    warnings: list[str] = []
    tables: list[tuple[str, str, pd.DataFrame]] = []
    posts = _in_window(posts_per_audience(ctx), ctx.as_of_month, months)
    summary = (
        audience_channel_summary(posts, strategy)
        if len(posts)
        else audience_channel_summary(pd.DataFrame(columns=["audience", "channel", *ENGAGEMENT]), strategy)
    )
    channels = channel_names(strategy, sorted(set(summary["channel"])) if len(summary) else [])
    names = audience_names(strategy, lang)
    for mismatch in channel_mismatches(summary, strategy):
        named = [channels.get(c, c) for c in mismatch.assumed]
        # "Instagram, the blog and TikTok": CLDR's list pattern, the language's "and" before the last.
        assumed = format_list(named, lang)
        several = "_several" if len(mismatch.assumed) > 1 else ""
        warnings.append(
            t(
                f"attribution.mismatch_{mismatch.metric}{several}",
                lang,
                audience=names.get(mismatch.audience, mismatch.audience),
                assumed=assumed,
                share=format_percent(mismatch.share, lang),
                channel=channels.get(mismatch.channel, mismatch.channel),
            )
        )
    for audience in with_rules:
        mine = summary[summary["audience"] == audience.id]
        table = pd.DataFrame(
            {
                t("audiences.col_channel", lang): [channels.get(c, c) for c in mine["channel"]],
                t("audiences.col_assumed", lang): [
                    t("common.yes", lang) if a else t("common.no", lang) for a in mine["assumed"]
                ],
                t("attribution.col_posts", lang): [format_number(v, lang) for v in mine["posts"]],
                t("attribution.col_comments", lang): [format_number(v, lang) for v in mine["comments"]],
                t("attribution.col_links", lang): [format_number(v, lang) for v in mine["links"]],
                t("attribution.col_views", lang): [format_number(v, lang) for v in mine["views"]],
                t("attribution.col_per_post", lang): [
                    format_number(v, lang, decimals=1) if v is not None and v == v else "–"
                    for v in mine["per_post"]
                ],
            }
        )
        tables.append((str(audience.id), str(audience.label), safe_table(table)))
    return warnings, tables


# ---------------------------------------------------------------- Goal page


def render_goal_posts(ctx: AppContext, goal: Mapping[str, Any]) -> None:
    """List the posts that counted for a goal's audiences in the as-of month: the top 10, then a table."""
    lang = ctx.language
    audiences = list(goal.get("audiences") or [])
    strategy: Strategy | None = ctx.strategy
    if not audiences or strategy is None:
        return
    metric = str(goal["metric"])
    if metric in ("followers", "subscribers"):
        st.info(t("attribution.followers_not_split", lang), icon=":material/info:")
        return
    found = _goal_posts(ctx.view_key(ctx.as_of_month, str(goal["id"]), lang), ctx, goal)
    if found is None:
        return
    count, lines, rest = found
    st.subheader(t("attribution.goal_posts_title", lang, count=count), anchor=False)
    if not count:
        st.caption(t("attribution.goal_no_posts", lang))
        return
    for line in lines:
        st.markdown(line)
    if rest is not None:
        with st.expander(tn("attribution.goal_rest", len(rest), lang), key="attribution.goal_rest"):
            st.dataframe(rest, hide_index=True, key="attribution.rest")


@st.cache_data(show_spinner=False, max_entries=64)
def _goal_posts(
    view_key: tuple, _ctx: AppContext, _goal: Mapping[str, Any]
) -> tuple[int, list[str], pd.DataFrame | None] | None:
    # What the goal's post list shows, once per view key (store, strategy, month, goal, language) rather
    # than on every view: picking a month's posts out of every stored post was most of a cached Goal page.
    # Returns None when there is nothing to list, else (posts counted, top lines, the rest as a safe table).
    ctx, goal, lang = _ctx, _goal, _ctx.language
    strategy: Strategy = ctx.strategy
    metric = str(goal["metric"])
    posts = posts_per_audience(ctx)
    if posts.empty or metric not in posts.columns or ctx.as_of_month is None:
        return None
    audiences = list(goal.get("audiences") or [])
    channels = list(goal.get("channels") or strategy.goal_channels(strategy.goal(str(goal["id"]))))
    mine = posts[posts["audience"].isin(audiences) & (_months(posts) == ctx.as_of_month)]
    if channels:
        mine = mine[mine["channel"].isin(channels)]
    mine = mine.drop_duplicates(["channel", "item"])  # a post for two of the goal's audiences is listed once
    mine = mine.assign(value=pd.to_numeric(mine[metric], errors="coerce")).sort_values(
        "value", ascending=False, kind="stable"
    )
    if mine.empty:
        return 0, [], None
    names = channel_names(strategy, sorted(set(mine["channel"])))
    lines = []
    for row in mine.head(TOP_POSTS).itertuples():
        value = format_number(row.value, lang) if row.value == row.value else "–"
        lines.append(
            f"**{value}** · {literal(names.get(row.channel, row.channel))} · {literal(_short(row.text) or row.item)}"
        )
    rest = mine.iloc[TOP_POSTS:]
    return len(mine), lines, safe_table(_post_table(rest, metric, names, lang)) if len(rest) else None


def _short(text: object) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= TEXT_SHOWN else words[: TEXT_SHOWN - 1] + "…"


def _post_table(posts: pd.DataFrame, metric: str | None, names: dict[str, str], lang: str) -> pd.DataFrame:
    table = {
        t("attribution.col_date", lang): pd.to_datetime(posts["date"]).dt.strftime("%Y-%m-%d").to_list(),
        t("audiences.col_channel", lang): [names.get(c, c) for c in posts["channel"]],
        t("attribution.col_post", lang): [
            _short(x) or i for x, i in zip(posts["text"], posts["item"], strict=True)
        ],
    }
    if metric is not None and metric in posts.columns:
        table[t("attribution.col_value", lang)] = [
            format_number(v, lang) if v == v else "–" for v in pd.to_numeric(posts[metric], errors="coerce")
        ]
    return pd.DataFrame(table)


# ---------------------------------------------------------------- Strategy page preview


def last_month_posts(ctx: AppContext) -> tuple[str | None, pd.DataFrame]:
    """Return the newest month with stored posts (YYYY-MM) and that month's posts."""
    posts = stored_posts(ctx)
    if posts.empty:
        return None, posts
    months = _months(posts)
    month = str(months.max()) if ctx.as_of_month is None else min(str(months.max()), ctx.as_of_month)
    return month, posts[months == month].reset_index(drop=True)


def post_table(
    posts: pd.DataFrame, strategy: Strategy | None, lang: str, extra: Mapping[str, list] | None = None
):
    """Return posts as a table for a page: date, channel, post text, and any extra columns given."""
    names = channel_names(strategy, sorted(set(posts["channel"])) if len(posts) else [])
    table = _post_table(posts, None, names, lang)
    for column, values in (extra or {}).items():
        table[column] = values
    return safe_table(table)
