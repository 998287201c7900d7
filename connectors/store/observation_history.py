"""Every value every upload brought, and the current value of each key: the newest active upload's."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sqlalchemy import Connection, Select, exists, func, literal, select, update

from connectors.store.bulk_insert import bulk_insert
from connectors.store.schema import UPLOAD_ACTIVE, observation, series, upload
from connectors.store.sql_chunks import MAX_BOUND_VALUES, chunked

FETCH_ROWS = 50_000
ROW_DTYPE = np.dtype(
    [("series_id", np.int64), ("day", np.int64), ("value", np.float64), ("upload_id", np.int64)]
)
SERIES_PER_QUERY = min(500, MAX_BOUND_VALUES)
"""Series ids per IN list: well under every database's limit on bound parameters."""
ALL_DAYS = (0, 99_999_999)
DAY_FACTOR = 100_000_000
"""A day number is below this, so series_id * DAY_FACTOR + day is one sortable key per (series, day)."""


def resolve_series(
    conn: Connection, keys: pd.DataFrame, aggregations: list[str]
) -> tuple[np.ndarray, list[str]]:
    """Return series ids and stored aggregations for (channel, audience, metric) rows, creating new series."""
    wanted = list(keys.itertuples(index=False, name=None))
    known = {
        (row.channel, row.audience, row.metric): (row.id, row.aggregation)
        for metrics in chunked(sorted({k[2] for k in wanted}))
        for row in conn.execute(select(series).where(series.c.metric.in_(metrics)))
    }
    missing = [
        {"channel": key[0], "audience": key[1], "metric": key[2], "aggregation": aggregation}
        for key, aggregation in zip(wanted, aggregations, strict=True)
        if key not in known
    ]
    if missing:
        conn.execute(series.insert(), missing)
        for metrics in chunked(sorted({m["metric"] for m in missing})):
            for row in conn.execute(select(series).where(series.c.metric.in_(metrics))):
                known[(row.channel, row.audience, row.metric)] = (row.id, row.aggregation)
    ids = np.array([known[key][0] for key in wanted], dtype=np.int64)
    return ids, [known[key][1] for key in wanted]


def series_table(conn: Connection) -> pd.DataFrame:
    """Return every series: id, channel, audience, metric, aggregation."""
    rows = conn.execute(select(series).order_by(series.c.id)).all()
    return pd.DataFrame(rows, columns=["id", "channel", "audience", "metric", "aggregation"])


def set_series_aggregation(conn: Connection, series_id: int, aggregation: str) -> None:
    """Record the aggregation a series' monthly rows are computed with."""
    conn.execute(update(series).where(series.c.id == series_id).values(aggregation=aggregation))


def insert_observations(
    conn: Connection, upload_id: int, series_ids: np.ndarray, days: np.ndarray, seqs, values: np.ndarray
) -> None:
    """Store an upload's values (arrays sorted by series and day; seqs numbers values sharing a day)."""
    bulk_insert(conn, observation, [series_ids, days, upload_id, seqs, values], len(days))


def undone_upload_ids(conn: Connection) -> list[int]:
    """Return the ids of undone uploads (few: most uploads stay active)."""
    return [
        int(i) for i in conn.execute(select(upload.c.id).where(upload.c.status != UPLOAD_ACTIVE)).scalars()
    ]


def current_observations(undone: list[int]) -> Select:
    """Return a query for current values (series_id, day, value, upload_id): newest active upload per key.

    `undone` lists the undone upload ids (read in the same transaction): excluding those few ids beats
    joining every row to the ledger, and costs nothing when no upload was ever undone.
    """
    current = observation.alias("current")
    newer = observation.alias("newer")
    newer_counts = [newer.c.upload_id.not_in(undone)] if undone else []
    newer_active = select(literal(1)).where(
        newer.c.series_id == current.c.series_id,
        newer.c.day == current.c.day,
        newer.c.upload_id > current.c.upload_id,
        *newer_counts,
    )
    query = select(current.c.series_id, current.c.day, current.c.value, current.c.upload_id).where(
        ~exists(newer_active)
    )
    return query.where(current.c.upload_id.not_in(undone)) if undone else query


@dataclass(frozen=True)
class CurrentRows:
    """Current values of some series: parallel arrays sorted by series then day."""

    series_ids: np.ndarray
    days: np.ndarray
    values: np.ndarray
    upload_ids: np.ndarray

    FIELDS = ("series_ids", "days", "values", "upload_ids")

    def of(self, series_id: int) -> CurrentRows:
        """Return the rows of one series."""
        start, stop = np.searchsorted(self.series_ids, [series_id, series_id + 1])
        return CurrentRows(
            *(a[start:stop] for a in (self.series_ids, self.days, self.values, self.upload_ids))
        )


def current_rows_in_spans(
    conn: Connection, spans: pd.DataFrame, not_counting: list[int] | None = None
) -> CurrentRows:
    """Return current values of each series (spans: series_id, first_day, last_day) within its own days.

    not_counting: the uploads to leave out (default: the undone ones); a ledger point passes its own.
    """
    if spans.empty:
        return _current_rows([])
    query = current_observations(undone_upload_ids(conn) if not_counting is None else not_counting)
    columns = query.selected_columns
    parts = []
    spans = spans.sort_values("series_id")
    for start in range(0, len(spans), SERIES_PER_QUERY):
        part = spans.iloc[start : start + SERIES_PER_QUERY]
        # One range scan of the primary key for all series; each series' own span is cut out below.
        result = conn.execute(
            query.where(
                columns.series_id.in_([int(s) for s in part["series_id"]]),
                columns.day >= int(part["first_day"].min()),
                columns.day <= int(part["last_day"].max()),
            ).order_by(columns.series_id, columns.day)
        )
        # Plain driver tuples in slices, straight into arrays: these columns need no type processing, and a
        # million Row objects would cost far more time and memory than the arrays they end up in.
        while rows := result.cursor.fetchmany(FETCH_ROWS):
            parts.append(_current_rows(rows))
        result.close()
    found = (
        CurrentRows(*(np.concatenate([getattr(p, name) for p in parts]) for name in CurrentRows.FIELDS))
        if parts
        else _current_rows([])
    )
    first = spans.set_index("series_id")["first_day"].reindex(found.series_ids).to_numpy()
    last = spans.set_index("series_id")["last_day"].reindex(found.series_ids).to_numpy()
    inside = (found.days >= first) & (found.days <= last)
    if inside.all():
        return found
    return CurrentRows(*(a[inside] for a in (found.series_ids, found.days, found.values, found.upload_ids)))


def count_upload_keys(
    conn: Connection,
    spans: pd.DataFrame,
    upload_id: int,
    *,
    decided: bool = False,
    with_earlier: bool = False,
) -> int:
    """Return how many keys (series and day) an upload holds values for, counted in the database.

    decided: only keys no newer active upload overrides (whatever this upload's own status);
    with_earlier: only keys an earlier active upload also holds, i.e. what an undo gives back.
    """
    undone = undone_upload_ids(conn)
    mine, newer, earlier = (observation.alias(name) for name in ("mine", "newer", "earlier"))
    newer_active = select(literal(1)).where(
        newer.c.series_id == mine.c.series_id, newer.c.day == mine.c.day, newer.c.upload_id > mine.c.upload_id
    )
    earlier_active = select(literal(1)).where(
        earlier.c.series_id == mine.c.series_id,
        earlier.c.day == mine.c.day,
        earlier.c.upload_id < mine.c.upload_id,
    )
    if undone:
        newer_active = newer_active.where(newer.c.upload_id.not_in(undone))
        earlier_active = earlier_active.where(earlier.c.upload_id.not_in(undone))
    conditions = [mine.c.upload_id == upload_id]
    if decided:
        conditions.append(~exists(newer_active))
    if with_earlier:
        conditions.append(exists(earlier_active))
    total = 0
    spans = spans.sort_values("series_id")
    for start in range(0, len(spans), SERIES_PER_QUERY):
        part = spans.iloc[start : start + SERIES_PER_QUERY]
        # The upload's own rows lie inside their series' spans, so one day range for all is exact.
        keys = (
            select(mine.c.series_id, mine.c.day)
            .distinct()
            .where(
                *conditions,
                mine.c.series_id.in_([int(s) for s in part["series_id"]]),
                mine.c.day >= int(part["first_day"].min()),
                mine.c.day <= int(part["last_day"].max()),
            )
        )
        total += conn.execute(select(func.count()).select_from(keys.subquery())).scalar_one()
    return int(total)


def current_rows_of_series(
    conn: Connection, series_ids: list[int], not_counting: list[int] | None = None
) -> CurrentRows:
    """Return every current value of the given series (leaving out not_counting uploads, default the undone)."""
    spans = pd.DataFrame({"series_id": series_ids, "first_day": ALL_DAYS[0], "last_day": ALL_DAYS[1]})
    return current_rows_in_spans(conn, spans, not_counting)


def _current_rows(rows) -> CurrentRows:
    table = np.array(rows, dtype=ROW_DTYPE) if rows else np.empty(0, dtype=ROW_DTYPE)
    return CurrentRows(*(np.ascontiguousarray(table[name]) for name in ROW_DTYPE.names))
