"""The upload ledger as the Data page shows it: newest first, and how fresh the data is.

Pure functions over the store's frames (no Streamlit), so they are tested on their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from views.labels import id_as_words

LEDGER_COLUMNS = (
    "id",
    "file_name",
    "preset",
    "channel",
    "audience",
    "period_start",
    "period_end",
    "rows",
    "uploaded_at",
    "uploaded_by",
    "source",
    "status",
)


def ledger_view(uploads: pd.DataFrame) -> pd.DataFrame:
    """Return the ledger newest first with the columns a manager reads (missing columns left out)."""
    if uploads is None or uploads.empty:
        return pd.DataFrame(columns=list(LEDGER_COLUMNS))
    columns = [c for c in LEDGER_COLUMNS if c in uploads.columns]
    return uploads.sort_values("id", ascending=False, kind="stable").loc[:, columns].reset_index(drop=True)


NONE_SHOWN = "—"
"""What a table shows where there is no value (never "None" or "nan")."""


def _named(value: object, names: Mapping[str, str]) -> str:
    """Return the name of an id, or of each id in a "facebook, instagram" list; "—" for none."""
    if _blank(value):
        return NONE_SHOWN
    parts = [part.strip() for part in str(value).split(",") if part.strip()]
    return ", ".join(names.get(part, part) for part in parts) or NONE_SHOWN


def ledger_for_people(
    ledger: pd.DataFrame,
    *,
    channel_names: Mapping[str, str],
    audience_names: Mapping[str, str],
    words: Mapping[str, str],
) -> pd.DataFrame:
    """Return the ledger table as a manager reads it: names, never ids, "—" for none, dates as text.

    Channels and audiences by the names given; the kind of file by its label (an id without one in words:
    "wide_tracker" -> "Wide tracker"); sources and statuses by `words` (keyed "source_<id>", "status_<id>").
    A file spanning channels shows the channels it holds.
    """
    frame = ledger.copy()
    labels = frame["preset_label"] if "preset_label" in frame.columns else pd.Series(None, index=frame.index)
    if "preset" in frame.columns:
        frame["preset"] = [
            str(label) if not _blank(label) else (NONE_SHOWN if _blank(preset) else id_as_words(str(preset)))
            for preset, label in zip(frame["preset"], labels, strict=True)
        ]
    if "channel" in frame.columns:
        spanned = frame["channels"] if "channels" in frame.columns else pd.Series(None, index=frame.index)
        frame["channel"] = [
            _named(channel if not _blank(channel) else others, channel_names)
            for channel, others in zip(frame["channel"], spanned, strict=True)
        ]
    if "audience" in frame.columns:
        frame["audience"] = [_named(a, audience_names) for a in frame["audience"]]
    for column in ("source", "status"):
        if column in frame.columns:
            frame[column] = [
                NONE_SHOWN if _blank(v) else words.get(f"{column}_{v}", id_as_words(str(v)))
                for v in frame[column]
            ]
    for column in ("period_start", "period_end"):
        if column in frame.columns:
            frame[column] = [
                NONE_SHOWN if _blank(v) else pd.Timestamp(v).strftime("%Y-%m-%d") for v in frame[column]
            ]
    if "uploaded_at" in frame.columns:
        frame["uploaded_at"] = [
            NONE_SHOWN if _blank(v) else pd.Timestamp(v).strftime("%Y-%m-%d %H:%M")
            for v in frame["uploaded_at"]
        ]
    if "uploaded_by" in frame.columns:
        frame["uploaded_by"] = [NONE_SHOWN if _blank(v) else str(v) for v in frame["uploaded_by"]]
    return frame.loc[:, [c for c in LEDGER_COLUMNS if c in frame.columns]]


def values_for_people(
    values: pd.DataFrame,
    *,
    channel_names: Mapping[str, str],
    audience_names: Mapping[str, str],
    metric_names: Mapping[str, str],
) -> pd.DataFrame:
    """Return changed values (date, channel, audience, metric, old, new) with names for ids and dates as text."""
    frame = values.copy().reset_index(drop=True)
    if "date" in frame.columns:
        frame["date"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    for column, names in (("channel", channel_names), ("audience", audience_names), ("metric", metric_names)):
        if column in frame.columns:
            frame[column] = [_named(v, names) for v in frame[column]]
    return frame


def _day(value: object) -> pd.Timestamp | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).normalize()


def _blank(value: object) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).strip() == ""


@dataclass(frozen=True)
class Freshness:
    """How current the data is: the newest month overall, channels behind it, channels with no data."""

    latest_month: str | None
    behind: list[tuple[str, str]]  # (channel, its latest month YYYY-MM), most behind first
    missing: list[str]


def freshness(latest_by_channel: pd.DataFrame, expected_channels: Iterable[str] = ()) -> Freshness:
    """Return the newest month with data and which channels lag behind it or have none at all.

    `latest_by_channel` is the store's freshness frame (channel, latest_date); `expected_channels` are the
    channels the strategy is active on, so a channel with no data at all is named too.
    """
    latest: dict[str, str] = {}
    if latest_by_channel is not None and not latest_by_channel.empty:
        for row in latest_by_channel.itertuples(index=False):
            day = _day(row.latest_date)
            if day is not None:
                latest[str(row.channel)] = day.strftime("%Y-%m")
    newest = max(latest.values()) if latest else None
    behind = sorted(
        ((c, m) for c, m in latest.items() if newest and m < newest), key=lambda cm: (cm[1], cm[0])
    )
    missing = [c for c in dict.fromkeys(expected_channels) if c not in latest]
    return Freshness(latest_month=newest, behind=behind, missing=missing)


@dataclass(frozen=True)
class SourceLag:
    """A kind of file that stops earlier than the channel's other data (a tracker row is not the export)."""

    channel: str
    kind: str  # the kind of file (preset label) that lags
    month: str  # its latest month, YYYY-MM
    newest_kind: str  # the kind of file that has the channel's newest month
    newest_month: str


def source_months(by_source: pd.DataFrame) -> pd.DataFrame:
    """Return the latest month per channel and kind of file: channel, kind, month (YYYY-MM), sorted by channel.

    `by_source` is the store's source freshness frame (channel, preset, preset_label, latest_date).
    """
    if by_source is None or by_source.empty:
        return pd.DataFrame(columns=["channel", "kind", "month"])
    frame = pd.DataFrame(
        {
            "channel": by_source["channel"].astype(str),
            "kind": by_source["preset_label"].astype(str),
            "month": pd.to_datetime(by_source["latest_date"]).dt.strftime("%Y-%m"),
        }
    )
    return frame.sort_values(
        ["channel", "month", "kind"], ascending=[True, False, True], kind="stable"
    ).reset_index(drop=True)


def source_lags(by_source: pd.DataFrame) -> list[SourceLag]:
    """Return the kinds of file that stop before the newest month of their channel, most behind first."""
    months = source_months(by_source)
    lags = []
    for channel, rows in months.groupby("channel", sort=True):
        newest = rows.iloc[0]
        for row in rows.iloc[1:].itertuples(index=False):
            if row.month < newest["month"]:
                lags.append(SourceLag(channel, row.kind, row.month, newest["kind"], newest["month"]))
    return sorted(lags, key=lambda lag: (lag.month, lag.channel, lag.kind))
