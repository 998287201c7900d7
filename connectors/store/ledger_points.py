"""The store as it stood at a ledger point: which uploads counted then, and the month values they made.

A ledger point is an upload_event id. Every ingest, undo and restore adds one event, in order, so the uploads
that counted at point N are those whose last event up to N was an ingest or a restore. Nothing is copied:
observations keep every value of every upload, so the values current at N are found by leaving out the
uploads that did not count then (the newest counting upload of a key wins, as it does today).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy import Connection, func, select

from connectors.store.day_numbers import month_texts
from connectors.store.month_table import aggregate_months
from connectors.store.observation_history import current_rows_of_series, series_table
from connectors.store.reads import MONTH_COLUMNS
from connectors.store.schema import upload, upload_event

COUNTING_EVENTS = ("ingested", "restored")


def latest_ledger_point(conn: Connection) -> int:
    """Return the newest ledger point (upload_event id); 0 when nothing was ever uploaded."""
    return int(conn.execute(select(func.max(upload_event.c.id))).scalar_one() or 0)


def uploads_not_counting_at(conn: Connection, point: int) -> list[int]:
    """Return the ids of every upload that did not count at the ledger point (undone then, or not yet made)."""
    last_events = (
        select(upload_event.c.upload_id, func.max(upload_event.c.id).label("last_id"))
        .where(upload_event.c.id <= int(point))
        .group_by(upload_event.c.upload_id)
        .subquery()
    )
    counting = {
        int(uid)
        for uid, event in conn.execute(
            select(upload_event.c.upload_id, upload_event.c.event).join(
                last_events, upload_event.c.id == last_events.c.last_id
            )
        )
        if event in COUNTING_EVENTS
    }
    return sorted(int(uid) for uid in conn.execute(select(upload.c.id)).scalars() if int(uid) not in counting)


def month_values_at(conn: Connection, point: int) -> pd.DataFrame:
    """Return month values (month 'YYYY-MM', channel, audience, metric, value) as they were at a ledger point.

    Each series is aggregated the way it is today (its stored aggregation), from the values current then.
    """
    table = series_table(conn)
    if table.empty:
        return pd.DataFrame(columns=MONTH_COLUMNS)
    rows = current_rows_of_series(conn, [int(i) for i in table["id"]], uploads_not_counting_at(conn, point))
    parts = []
    for sid, channel, audience, metric, aggregation in table.itertuples(index=False, name=None):
        mine = rows.of(int(sid))
        if not len(mine.days):
            continue
        months = aggregate_months(mine.days, mine.values, aggregation)
        parts.append(
            pd.DataFrame(
                {
                    "month": month_texts(months.months.astype(np.int64)),
                    "channel": channel,
                    "audience": audience,
                    "metric": metric,
                    "value": months.values.astype("float64"),
                }
            )
        )
    if not parts:
        return pd.DataFrame(columns=MONTH_COLUMNS)
    frame = pd.concat(parts, ignore_index=True)
    return frame.sort_values(["month", "channel", "audience", "metric"], kind="stable").reset_index(drop=True)
