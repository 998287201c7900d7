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
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed != text:
        decomposed = _COMBINING.sub("", decomposed)
    # Letters that decompose (å, ä, é) compare as their base letter; ø and æ stay themselves.
    return unicodedata.normalize("NFC", decomposed).casefold()


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


def match_items(
    items: pd.DataFrame, rules: tuple[AudienceRules, ...], *, explain: bool = False
) -> pd.DataFrame:
    """Return every (position, audience, kind, rule) where a rule catches an item; one row per item and audience.

    `kind` is the first list in RULE_KINDS order that catches the item for the audience; `rule` names the entry
    only when `explain` is asked for (a preview), else it is empty (ingest needs only who counts).
    """
    if items.empty or not rules:
        return _no_matches()
    parts = [_matches_of(items, rules[at : at + _BITS], explain) for at in range(0, len(rules), _BITS)]
    caught = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return caught.sort_values(["position", "audience"], kind="stable").reset_index(drop=True)


_BITS = 62
"""Audiences matched in one pass: each item's audiences are bits of one 64-bit integer per kind of rule."""


def _matches_of(items: pd.DataFrame, rules: tuple[AudienceRules, ...], explain: bool) -> pd.DataFrame:
    """Return the matches of up to _BITS audiences' rules; each item is looked at once, whatever the rule count."""
    bit = {rule.audience: 1 << at for at, rule in enumerate(rules)}
    wanted: dict[str, dict[str, int]] = {kind: {} for kind in RULE_KINDS}
    phrases: dict[str, list[tuple[str, int]]] = {}  # first word -> [(phrase, audience bit)]
    for rule in rules:
        for kind, entry in rule.entries():
            if kind == "words" and " " in entry:
                phrases.setdefault(entry.split(" ")[0], []).append((entry, bit[rule.audience]))
            else:
                wanted[kind][entry] = wanted[kind].get(entry, 0) | bit[rule.audience]
    count = len(items)
    # Plain lists while filling (a numpy element write costs more than the match), arrays for the counting.
    masks: dict[str, list[int] | np.ndarray] = {kind: [0] * count for kind in RULE_KINDS}
    texts = _texts(items, "text")
    words, tags = wanted["words"], wanted["hashtags"]
    if words or phrases or tags:
        # All captions folded and split into words in one go (C speed); only words some rule names are looked at.
        numbered = _numbered(_TOKEN_OR_ITEM.findall(fold(_SEPARATOR.join(texts))))
        if words or phrases:
            # A word also counts inside a hashtag: "#klubbtur" holds the word "klubbtur".
            either = dict(words)
            for word, mask in words.items():
                either[f"#{word}"] = either.get(f"#{word}", 0) | mask
            masks["words"] = _token_masks(numbered, count, either, phrases)
        if tags:
            masks["hashtags"] = _token_masks(numbered, count, tags, {})
    if wanted["labels"]:
        for position, cell in enumerate(_texts(items, "labels")):
            if cell:
                mask = 0
                for label in {fold(v).strip() for v in _LABEL_SPLIT.split(cell)}.intersection(
                    wanted["labels"]
                ):
                    mask |= wanted["labels"][label]
                masks["labels"][position] = mask
    if wanted["campaigns"]:
        linked = [
            " ".join(cells)
            for cells in zip(_texts(items, "urls"), _texts(items, "permalink"), texts, strict=True)
        ]
        # Only items with a tagged link are parsed: one lowering of all of them, then a substring test each.
        lowered = _SEPARATOR.join(linked).lower().split(_SEPARATOR)
        for position in [at for at, cell in enumerate(lowered) if "utm_" in cell]:
            mask = 0
            for value in {
                fold(unquote_plus(v)).strip() for v in _CAMPAIGN.findall(linked[position])
            }.intersection(wanted["campaigns"]):
                mask |= wanted["campaigns"][value]
            masks["campaigns"][position] = mask
    if wanted["posts"]:
        for position, cells in enumerate(zip(_texts(items, "item"), _texts(items, "permalink"), strict=True)):
            mask = 0
            for key in {post_key(c) for c in cells if c}.intersection(wanted["posts"]):
                mask |= wanted["posts"][key]
            masks["posts"][position] = mask
    arrays = {kind: np.asarray(values, dtype=np.int64) for kind, values in masks.items()}
    found = []
    for rule in rules:
        kind_of = np.full(count, -1, dtype=np.int8)
        for order in range(len(RULE_KINDS) - 1, -1, -1):  # the first kind in order wins: written last
            kind_of[(arrays[RULE_KINDS[order]] & bit[rule.audience]) != 0] = order
        positions = np.flatnonzero(kind_of >= 0)
        if len(positions):
            found.append(
                pd.DataFrame(
                    {
                        "position": positions.astype("int64"),
                        "audience": rule.audience,
                        "kind": np.asarray(RULE_KINDS, dtype=object)[kind_of[positions]],
                        "rule": "",
                    }
                )
            )
    if not found:
        return _no_matches()
    caught = pd.concat(found, ignore_index=True)
    if explain:
        rule_of = {r.audience: r for r in rules}
        caught["rule"] = [
            _entry_of(items, int(p), rule_of[a], k)
            for p, a, k in zip(caught["position"], caught["audience"], caught["kind"], strict=True)
        ]
    return caught


def _entry_of(items: pd.DataFrame, position: int, rule: AudienceRules, kind: str) -> str:
    """Return the entry of this kind in the audience's rules that catches the item (for a preview)."""
    one = items.iloc[[position]]
    for entry in getattr(rule, kind):
        single = AudienceRules(rule.audience, **{kind: (entry,)})
        if not _matches_of(one, (single,), explain=False).empty:
            return entry
    return ""


_WORD = re.compile(r"\w+")
_SEPARATOR = "\x1e"  # between items' texts (record separator): never a word character, unchanged by folding
_TOKEN_OR_ITEM = re.compile(r"#?\w+|\x1e")  # words and hashtags of all items, the items apart


def _numbered(tokens: list[str]) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
    """Return all items' tokens as numbers, the number of each distinct token, and each token's item."""
    codes, uniques = pd.factorize(np.array(tokens, dtype=object), sort=False)
    number = {token: at for at, token in enumerate(uniques)}
    return codes, number, np.cumsum(codes == number.get(_SEPARATOR, -2))


def _token_masks(
    numbered: tuple[np.ndarray, dict[str, int], np.ndarray],
    count: int,
    wanted: dict[str, int],
    phrases: dict[str, list[tuple[str, int]]],
) -> np.ndarray:
    """Return each item's audiences (bits) caught by wanted tokens or phrases, from all items' tokens in order.

    Tokens are numbered once; single words are a lookup, a phrase is its words' numbers in a row (the
    separator between items is a token of its own, so a phrase never spans two posts).
    """
    codes, number, item_of = numbered
    masks = np.zeros(count, dtype=np.int64)
    mask_of_code = np.zeros(len(number) + 1, dtype=np.int64)
    for token, mask in wanted.items():
        if token in number:
            mask_of_code[number[token]] = mask
    hit = mask_of_code[codes]
    caught = np.flatnonzero(hit)
    np.bitwise_or.at(masks, item_of[caught], hit[caught])
    for entries in phrases.values():
        for phrase, mask in entries:
            parts = phrase.split(" ")
            if any(part not in number for part in parts):
                continue
            length = len(codes) - len(parts) + 1
            if length <= 0:
                continue
            row = codes[:length] == number[parts[0]]
            for offset, part in enumerate(parts[1:], start=1):
                row &= codes[offset : offset + length] == number[part]
            np.bitwise_or.at(masks, item_of[np.flatnonzero(row)], mask)
    return masks


def _texts(items: pd.DataFrame, column: str) -> list[str]:
    """Return a text column as a list of strings ('' where empty)."""
    if column not in items.columns:
        return [""] * len(items)
    return items[column].fillna("").astype(str).tolist()


def _no_matches() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "position": pd.Series([], dtype="int64"),
            "audience": pd.Series([], dtype=object),
            "kind": pd.Series([], dtype=object),
            "rule": pd.Series([], dtype=object),
        }
    )


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
    audiences = list(audiences)
    if items.empty or not audiences or not metrics:
        return pd.DataFrame({c: pd.Series([], dtype=object) for c in columns})
    # Day and channel of each item as one group code; audiences as codes; sums by bincount, no joins.
    channel_codes, channel_names = pd.factorize(
        items["channel"].astype(str).to_numpy(dtype=object), sort=True
    )
    days = pd.to_datetime(items["date"]).to_numpy().astype("datetime64[D]").astype(np.int64)
    groups, group_keys = pd.factorize(days * max(len(channel_names), 1) + channel_codes, sort=True)
    code_of = {a: i for i, a in enumerate(audiences)}
    known = matches[matches["audience"].isin(code_of)]
    positions = known["position"].to_numpy(dtype=np.int64)
    codes = known["audience"].map(code_of).to_numpy(dtype=np.int64)
    n_groups, n_audiences = len(group_keys), len(audiences)
    parts = []
    for metric in metrics:
        values = pd.to_numeric(items[metric], errors="coerce").to_numpy(dtype="float64")
        present = ~np.isnan(values)
        if metric in pooled:
            keep = present[positions]
            at = positions[keep]
            parts.append((metric, groups[at], codes[keep], values[at]))
            continue
        with_value = np.bincount(groups[present], minlength=n_groups) > 0
        counted = present[positions]
        sums = np.bincount(
            groups[positions[counted]] * n_audiences + codes[counted],
            weights=values[positions[counted]],
            minlength=n_groups * n_audiences,
        ).reshape(n_groups, n_audiences)
        group_of, audience_of = np.nonzero(np.broadcast_to(with_value[:, None], sums.shape))
        parts.append((metric, group_of, audience_of, sums[group_of, audience_of]))
    group_days, group_channels = np.divmod(np.asarray(group_keys, dtype=np.int64), max(len(channel_names), 1))
    dates = group_days.astype("datetime64[D]").astype("datetime64[ns]")
    channels = np.asarray(channel_names, dtype=object)[group_channels]
    names = np.asarray(audiences, dtype=object)
    out = pd.DataFrame(
        {
            "date": np.concatenate([dates[g] for _, g, _, _ in parts]),
            "channel": np.concatenate([channels[g] for _, g, _, _ in parts]),
            "audience": np.concatenate([names[a] for _, _, a, _ in parts]),
            "metric": np.concatenate([np.full(len(g), m, dtype=object) for m, g, _, _ in parts]),
            "value": np.concatenate([v for _, _, _, v in parts]).astype("float64"),
        }
    )
    return out.sort_values(columns[:4], kind="stable").reset_index(drop=True)


def audiences_per_item(items: pd.DataFrame, matches: pd.DataFrame) -> pd.Series:
    """Return, per item (indexed like items), the sorted tuple of audiences it counts for (empty: none)."""
    grouped = matches.groupby("position")["audience"].agg(lambda a: tuple(sorted(a)))
    result = pd.Series([()] * len(items), index=range(len(items)), dtype=object)
    result.loc[grouped.index] = grouped
    result.index = items.index
    return result
