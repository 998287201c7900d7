"""Which audience each post or video was made for, by the strategy's `recognise` rules, and what that adds up to.

Pure: per-item rows in (one row per post or video, with its text fields and metric values), per-audience
values out. A post matching several audiences counts for each of them (audiences overlap by design); the
total is never touched, so a post matching none still counts there and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd

from metrics.strategy import Strategy

ITEM_COLUMNS = ("item", "date", "channel", "text", "labels", "urls", "permalink")
"""Per-item rows: id (or row), publish day, channel, caption or title, custom labels, link addresses, permalink.

Every other column of an items frame is a metric (its id) holding the item's value, NaN where none.
"""

RULE_KINDS = ("labels", "hashtags", "words", "campaigns", "posts")
"""The lists an audience's `recognise` may hold, in the order a match is explained."""

MATCH_COLUMNS = ("position", "audience", "kind", "rule")
"""A match: the item's position in the items frame, the audience, which list and which entry caught it."""

_COMBINING = re.compile(r"[\u0300-\u036f]")
_CAMPAIGN = re.compile(r"[?&](?:utm_campaign|utm_content)=([^&#\s\"'<>]+)", re.IGNORECASE)
_LABEL_SPLIT = re.compile(r"\s*[,;|]\s*")


_PERCENT = re.compile(rb"%([0-9A-Fa-f]{2})")


def unquote_plus(text: str) -> str:
    """Return a URL query value decoded ("Club%202026" and "Club+2026" are "Club 2026")."""
    raw = _PERCENT.sub(lambda m: bytes([int(m.group(1), 16)]), text.replace("+", " ").encode("utf-8"))
    return raw.decode("utf-8", errors="replace")


def fold(text: str) -> str:
    """Return text compared without case and accents ("Skoleklassé" → "skoleklasse")."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def post_key(text: str) -> str:
    """Return a post id or permalink in the form rules and items are compared in (no scheme, www or end slash)."""
    key = str(text).strip().casefold()
    key = re.sub(r"^https?://", "", key)
    key = re.sub(r"^(www\.|m\.|mobile\.)", "", key)
    return key.split("?")[0].rstrip("/")


@dataclass(frozen=True)
class AudienceRules:
    """One audience's rules, folded for comparing: labels, hashtags, words, phrases, campaigns, posts."""

    audience: str
    labels: tuple[str, ...] = ()
    hashtags: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # single words and phrases alike, folded, spaces collapsed
    campaigns: tuple[str, ...] = ()
    posts: tuple[str, ...] = ()

    def entries(self) -> list[tuple[str, str]]:
        """Return (kind, folded entry) pairs of every rule."""
        return [(kind, entry) for kind in RULE_KINDS for entry in getattr(self, kind)]


def audience_rules(strategy: Strategy | None) -> tuple[AudienceRules, ...]:
    """Return the rules of every audience that has some, in the strategy's order (empty without a strategy)."""
    if strategy is None:
        return ()
    found = []
    for audience in strategy.audiences:
        recognise = audience.recognise
        if recognise is None or recognise.empty:
            continue
        found.append(
            AudienceRules(
                audience.id,
                labels=_unique(fold(v).strip() for v in recognise.labels),
                hashtags=_unique(fold(v) for v in recognise.hashtags),
                words=_unique(" ".join(fold(v).split()) for v in recognise.words),
                campaigns=_unique(fold(unquote_plus(v)).strip() for v in recognise.campaigns),
                posts=_unique(post_key(v) for v in recognise.posts),
            )
        )
    return tuple(found)


def _unique(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def match_items(items: pd.DataFrame, rules: tuple[AudienceRules, ...]) -> pd.DataFrame:
    """Return every (position, audience, kind, rule) where a rule catches an item; one row per item and audience.

    The first rule in RULE_KINDS order that catches an item for an audience explains the match.
    """
    if items.empty or not rules:
        return _no_matches()
    wanted = pd.DataFrame(
        [(r.audience, kind, entry) for r in rules for kind, entry in r.entries()],
        columns=["audience", "kind", "rule"],
    )
    found = []
    text = _folded(items, "text")
    single = wanted[(wanted["kind"] == "words") & ~wanted["rule"].str.contains(" ", regex=False)]
    phrases = wanted[(wanted["kind"] == "words") & wanted["rule"].str.contains(" ", regex=False)]
    tokens = _union_pattern(single["rule"], r"(?<!\w)", r"(?!\w)")
    if tokens is not None:
        found.append(_found(text.str.findall(tokens), "words"))
    tags = _union_pattern(wanted.loc[wanted["kind"] == "hashtags", "rule"], "", r"(?!\w)")
    if tags is not None:
        found.append(_found(text.str.findall(tags), "hashtags"))
    for phrase in phrases["rule"].unique():
        # Words of a phrase may be split by any run of spaces or punctuation ("klubb-tur", "klubb  tur").
        pattern = r"(?<!\w)" + r"\W+".join(re.escape(w) for w in phrase.split(" ")) + r"(?!\w)"
        caught = np.flatnonzero(text.str.contains(pattern, regex=True).to_numpy(dtype=bool))
        found.append(pd.DataFrame({"position": caught, "kind": "words", "rule": phrase}))
    if (wanted["kind"] == "labels").any():
        labels = _folded(items, "labels").str.split(_LABEL_SPLIT)
        found.append(_found(labels, "labels"))
    if (wanted["kind"] == "campaigns").any():
        linked = _folded(items, "urls") + " " + _folded(items, "permalink") + " " + text
        values = linked.str.findall(_CAMPAIGN).map(lambda vs: [fold(unquote_plus(v)).strip() for v in vs])
        found.append(_found(values, "campaigns"))
    if (wanted["kind"] == "posts").any():
        for column in ("item", "permalink"):
            keys = _column(items, column).map(post_key)
            found.append(_found(keys.map(lambda k: [k] if k else []), "posts"))
    if not found:
        return _no_matches()
    caught = pd.concat(found, ignore_index=True).merge(wanted, on=["kind", "rule"])
    if caught.empty:
        return _no_matches()
    caught["order"] = caught["kind"].map({k: i for i, k in enumerate(RULE_KINDS)})
    caught = caught.sort_values(["position", "audience", "order"], kind="stable")
    caught = caught.drop_duplicates(["position", "audience"])
    return caught.loc[:, list(MATCH_COLUMNS)].reset_index(drop=True)


def _no_matches() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "position": pd.Series([], dtype="int64"),
            "audience": pd.Series([], dtype=object),
            "kind": pd.Series([], dtype=object),
            "rule": pd.Series([], dtype=object),
        }
    )


def _column(items: pd.DataFrame, column: str) -> pd.Series:
    if column not in items.columns:
        return pd.Series("", index=items.index, dtype=object)
    return items[column].fillna("").astype(str)


def _folded(items: pd.DataFrame, column: str) -> pd.Series:
    """Return a text column folded (no case, no accents) for whole-word matching."""
    values = _column(items, column)
    folded = values.str.normalize("NFKD").str.replace(_COMBINING, "", regex=True).str.casefold()
    return folded.reset_index(drop=True)


def _union_pattern(entries: pd.Series, before: str, after: str) -> re.Pattern | None:
    """Return one pattern catching any of the entries whole (longest first), or None for no entries."""
    entries = sorted(set(entries), key=len, reverse=True)
    if not entries:
        return None
    return re.compile(before + "(" + "|".join(re.escape(e) for e in entries) + ")" + after)


def _found(lists: pd.Series, kind: str) -> pd.DataFrame:
    """Return (position, kind, rule) rows from each item's list of found entries."""
    lists = lists.reset_index(drop=True)
    exploded = lists.explode()
    exploded = exploded[exploded.notna() & (exploded.astype(str) != "")]
    return pd.DataFrame(
        {
            "position": exploded.index.to_numpy(dtype="int64"),
            "kind": kind,
            "rule": exploded.astype(str).to_numpy(),
        }
    ).drop_duplicates()


def item_metrics(items: pd.DataFrame) -> list[str]:
    """Return the metric columns of an items frame (every column that is not a text field)."""
    return [c for c in items.columns if c not in ITEM_COLUMNS]


def audience_observations(
    items: pd.DataFrame,
    matches: pd.DataFrame,
    audiences: list[str] | tuple[str, ...],
    pooled: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Return per-audience day values (date, channel, audience, metric, value), in each metric's unit.

    Flows are added up per day: each audience gets a value (0 when none of its posts has one) on every day,
    channel and metric the items hold a value for, so a newer upload of the same days replaces an older
    one's audience values too. `pooled` metrics (a month's mean or median of posts) keep one row per post.
    """
    columns = ["date", "channel", "audience", "metric", "value"]
    metrics = item_metrics(items)
    if items.empty or not audiences or not metrics:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    base = items.reset_index(drop=True)
    long = base.melt(id_vars=["date", "channel"], value_vars=metrics, var_name="metric", ignore_index=False)
    long["value"] = pd.to_numeric(long["value"], errors="coerce")
    long = long[long["value"].notna()]
    long["position"] = long.index.to_numpy()
    keys = long[["date", "channel", "metric"]].drop_duplicates()
    grid = keys.merge(pd.DataFrame({"audience": list(audiences)}), how="cross")
    counted = long.merge(matches[["position", "audience"]], on="position")
    is_pooled = counted["metric"].isin(list(pooled))
    summed = counted[~is_pooled]
    sums = summed.groupby(["date", "channel", "metric", "audience"], sort=False)["value"].sum().reset_index()
    grid = grid[~grid["metric"].isin(list(pooled))]
    out = grid.merge(sums, on=["date", "channel", "metric", "audience"], how="left")
    out["value"] = out["value"].fillna(0.0).astype("float64")
    out = pd.concat([out, counted.loc[is_pooled, list(out.columns)]], ignore_index=True)
    return out.loc[:, columns].sort_values(columns[:4], kind="stable").reset_index(drop=True)


def audiences_per_item(items: pd.DataFrame, matches: pd.DataFrame) -> pd.Series:
    """Return, per item (indexed like items), the sorted tuple of audiences it counts for (empty: none)."""
    grouped = matches.groupby("position")["audience"].agg(lambda a: tuple(sorted(a)))
    result = pd.Series([()] * len(items), index=range(len(items)), dtype=object)
    result.loc[grouped.index] = grouped
    result.index = items.index
    return result
