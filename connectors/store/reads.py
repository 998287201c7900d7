"""What pages and the goal engine read from the store: month values, one goal's observations, freshness."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from sqlalchemy import Connection, func, select

from connectors.store.day_numbers import dates_from_day_numbers, first_days_of_months, month_texts
from connectors.store.observation_history import current_rows_of_series
from connectors.store.schema import UPLOAD_ACTIVE, month_value, series, upload, upload_series
from connectors.store.sql_chunks import chunked
from metrics.observations import OBSERVATION_COLUMNS
from metrics.semantics import MetricSpec

MONTH_COLUMNS = ["month", "channel", "audience", "metric", "value"]
MONTHLY_AGGREGATIONS = ("sum", "last")
"""Aggregations whose month values can stand in for the raw observations when a goal combines series."""


def month_value_frame(
    conn: Connection, metric: str | None, channel: str | None, audience: str | None
) -> pd.DataFrame:
    """Return month values (month 'YYYY-MM', channel, audience, metric, value) from the monthly table."""
    query = (
        select(series.c.channel, series.c.audience, series.c.metric, month_value.c.month, month_value.c.value)
        .join(series, series.c.id == month_value.c.series_id)
        .order_by(month_value.c.month, series.c.channel, series.c.audience, series.c.metric)
    )
    for column, wanted in (
        (series.c.metric, metric),
        (series.c.channel, channel),
        (series.c.audience, audience),
    ):
        if wanted is not None:
            query = query.where(column == wanted)
    frame = pd.DataFrame(
        conn.execute(query).all(), columns=["channel", "audience", "metric", "month", "value"]
    )
    frame["month"] = month_texts(frame["month"].to_numpy(dtype=np.int64))
    frame["value"] = frame["value"].astype("float64")
    return frame[MONTH_COLUMNS]


def goal_observation_frame(
    conn: Connection,
    metric: str,
    spec: MetricSpec,
    channels: Sequence[str],
    audiences: Sequence[str],
    not_counting: list[int] | None = None,
) -> pd.DataFrame:
    """Return one goal's observations: month rows for sum/last series, raw current rows otherwise.

    not_counting (from a ledger point): raw rows of every series, leaving out those uploads, since the
    monthly table holds today's values only.
    """
    query = select(series.c.id, series.c.channel, series.c.audience, series.c.aggregation).where(
        series.c.metric == metric
    )
    # The metric's series are few next to its values: chosen here rather than with two bound lists.
    chosen = pd.DataFrame(conn.execute(query).all(), columns=["id", "channel", "audience", "aggregation"])
    if channels:
        chosen = chosen[chosen["channel"].isin(list(channels))]
    if audiences:
        chosen = chosen[chosen["audience"].isin(list(audiences))]
    # Month rows stand in for raw rows only when they were aggregated the way the goal needs.
    by_month = (chosen["aggregation"] == spec.aggregation) & (spec.aggregation in MONTHLY_AGGREGATIONS)
    if not_counting is not None:
        by_month = by_month & False
    month_query = select(month_value.c.series_id, month_value.c.month, month_value.c.value)
    months = pd.DataFrame(
        [
            row
            for part in chunked([int(i) for i in chosen.loc[by_month, "id"]])
            for row in conn.execute(month_query.where(month_value.c.series_id.in_(part))).all()
        ],
        columns=["series_id", "month", "value"],
    )
    raw = current_rows_of_series(conn, [int(i) for i in chosen.loc[~by_month, "id"]], not_counting)
    keys = chosen.set_index("id")
    frame = pd.concat(
        [
            _observations(keys, months["series_id"], first_days_of_months(months["month"]), months["value"]),
            _observations(keys, raw.series_ids, dates_from_day_numbers(raw.days), raw.values),
        ],
        ignore_index=True,
    )
    frame.insert(3, "metric", pd.Series([metric] * len(frame), dtype=object))
    return (
        frame[list(OBSERVATION_COLUMNS)]
        .sort_values(["date", "channel", "audience"], kind="stable")
        .reset_index(drop=True)
    )


def freshness_frame(conn: Connection) -> pd.DataFrame:
    """Return the latest day with a value per channel: channel, latest_date (from the monthly table)."""
    # The database takes the maximum: reading every month row into pandas made each upload's reread slow.
    query = (
        select(series.c.channel, func.max(month_value.c.last_day))
        .join(series, series.c.id == month_value.c.series_id)
        .group_by(series.c.channel)
        .order_by(series.c.channel)
    )
    rows = conn.execute(query).all()
    return pd.DataFrame(
        {
            "channel": pd.Series([str(channel) for channel, _ in rows], dtype=object),
            "latest_date": dates_from_day_numbers(np.asarray([int(day) for _, day in rows], dtype=np.int64)),
        }
    )


def channel_month_frame(conn: Connection) -> pd.DataFrame:
    """Return which channels hold at least one value in which month: channel, month ('YYYY-MM'), sorted."""
    query = (
        select(series.c.channel, month_value.c.month)
        .join(series, series.c.id == month_value.c.series_id)
        .distinct()
        .order_by(month_value.c.month, series.c.channel)
    )
    rows = conn.execute(query).all()
    return pd.DataFrame(
        {
            "channel": pd.Series([str(channel) for channel, _ in rows], dtype=object),
            "month": pd.Series(
                month_texts(np.asarray([int(m) for _, m in rows], dtype=np.int64)), dtype=object
            ),
        }
    )


def source_freshness_frame(conn: Connection) -> pd.DataFrame:
    """Return the latest day each kind of file holds per channel: channel, preset, preset_label, latest_date.

    Only uploads that count (not undone); a tracker row for a channel is its own kind, apart from the
    channel's own exports.
    """
    query = (
        select(
            series.c.channel,
            upload.c.preset,
            func.max(upload.c.preset_label),
            func.max(upload_series.c.last_day),
        )
        .join(upload_series, upload_series.c.series_id == series.c.id)
        .join(upload, upload.c.id == upload_series.c.upload_id)
        .where(upload.c.status == UPLOAD_ACTIVE)
        .group_by(series.c.channel, upload.c.preset)
        .order_by(series.c.channel, upload.c.preset)
    )
    rows = conn.execute(query).all()
    return pd.DataFrame(
        {
            "channel": pd.Series([str(r[0]) for r in rows], dtype=object),
            "preset": pd.Series([str(r[1]) for r in rows], dtype=object),
            "preset_label": pd.Series([str(r[2]) for r in rows], dtype=object),
            "latest_date": dates_from_day_numbers(np.asarray([int(r[3]) for r in rows], dtype=np.int64)),
        }
    )


def data_month_list(conn: Connection) -> list[str]:
    """Return the months ('YYYY-MM') that hold at least one value, oldest first."""
    query = select(month_value.c.month).distinct().order_by(month_value.c.month)
    return month_texts(np.asarray([int(m) for m in conn.execute(query).scalars()], dtype=np.int64))


def _observations(keys: pd.DataFrame, series_ids, dates, values) -> pd.DataFrame:
    ids = np.asarray(series_ids, dtype=np.int64)
    return pd.DataFrame(
        {
            "date": np.asarray(dates, dtype="datetime64[ns]"),
            "channel": keys["channel"].reindex(ids).to_numpy(dtype=object),
            "audience": keys["audience"].reindex(ids).to_numpy(dtype=object),
            "value": np.asarray(values, dtype=np.float64),
        }
    )
