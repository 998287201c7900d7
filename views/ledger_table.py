"""The upload ledger as the Data page shows it: newest first, and how fresh the data is.

Pure functions over the store's frames (no Streamlit), so they are tested on their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

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
