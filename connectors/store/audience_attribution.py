"""Audience values from per-item exports, stored beside the totals: at ingest, and again when the rules change.

The total of a channel (audience `all`) is never touched here. Each audience with rules gets its own series
holding the sum of the posts its rules catch; when a strategy version changes the rules, every stored
per-item upload is read again from the bytes the ledger keeps and its audience values replaced.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from sqlalchemy import Connection, and_, delete, select

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.ledger import record_series
from connectors.store.month_table import aggregate_months, replace_months
from connectors.store.observation_history import (
    ALL_DAYS,
    current_rows_of_series,
    insert_observations,
    resolve_series,
)
from connectors.store.prepared_observations import prepare_observations
from connectors.store.schema import observation, series, upload, upload_content, upload_series
from metrics.attribution import (
    AudienceRules,
    audience_observations,
    audience_rules,
    audiences_per_item,
    match_items,
)
from metrics.errors import GoalpostError, Message
from metrics.observations import ALL_AUDIENCES
from metrics.semantics import MetricSpec, metric_spec


@dataclass(frozen=True)
class AttributionCount:
    """How many posts of an upload each audience's rules caught, and how many none caught."""

    posts: int
    per_audience: dict[str, int] = field(default_factory=dict)
    unattributed: int = 0

    def message(self) -> Message:
        """Return the count in plain words, for the Data page and the command line."""
        counted = ", ".join(f"{audience} {count}" for audience, count in self.per_audience.items())
        return Message(
            "attribution.counted",
            "{posts} posts read for audiences: {counted}; {none} matched no audience (they count in the total only).",
            posts=self.posts,
            counted=counted or "–",
            none=self.unattributed,
        )


@dataclass(frozen=True)
class Reattribution:
    """What reading stored uploads again under new audience rules did."""

    uploads: int  # per-item uploads read again
    posts_changed: int  # posts now counted for another set of audiences
    unreadable: int = 0  # uploads that could not be read again (their audience values were kept)

    def message(self) -> Message:
        """Return the note shown after saving a strategy whose audience rules changed."""
        return Message(
            "attribution.reattributed",
            "Audience rules changed: {uploads} stored post and video exports were read again, and {posts} posts "
            "now count for other audiences. Earlier months follow the new rules.",
            uploads=self.uploads,
            posts=self.posts_changed,
        )


def rules_of_text(yaml_text: str | None) -> tuple[AudienceRules, ...]:
    """Return the audience rules of a strategy text (none when there is no text or it does not load)."""
    if not yaml_text:
        return ()
    from metrics.strategy import load_strategy

    try:
        return audience_rules(load_strategy(yaml_text, source="the saved strategy"))
    except GoalpostError:
        return ()


def _pooled(metrics, specs: dict[str, MetricSpec] | None) -> frozenset[str]:
    return frozenset(m for m in metrics if metric_spec(m, specs).aggregation in ("mean", "median"))


def audience_frame(
    items: pd.DataFrame, rules: tuple[AudienceRules, ...], specs: dict[str, MetricSpec] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return the per-audience day observations of these items and the matches they came from."""
    matches = match_items(items, rules)
    metrics = [
        c
        for c in items.columns
        if c not in ("item", "date", "channel", "text", "labels", "urls", "permalink")
    ]
    frame = audience_observations(items, matches, [r.audience for r in rules], _pooled(metrics, specs))
    return frame, matches


def count_of(
    items: pd.DataFrame, matches: pd.DataFrame, rules: tuple[AudienceRules, ...]
) -> AttributionCount:
    """Return how many items each audience caught and how many none did."""
    caught = matches.groupby("audience")["position"].nunique()
    per_audience = {r.audience: int(caught.get(r.audience, 0)) for r in rules}
    return AttributionCount(
        posts=len(items),
        per_audience=per_audience,
        unattributed=len(items) - int(matches["position"].nunique()),
    )


def with_audience_values(
    parsed: ParsedUpload, rules: tuple[AudienceRules, ...], specs: dict[str, MetricSpec] | None = None
) -> tuple[ParsedUpload, AttributionCount | None]:
    """Return the upload with per-audience observations added beside its totals, and the count per audience.

    An upload without per-item text fields, or read for one audience as a whole, comes back as it is.
    """
    if parsed.items is None or parsed.items.empty or not rules or parsed.audience != ALL_AUDIENCES:
        return parsed, None
    frame, matches = audience_frame(parsed.items, rules, specs)
    count = count_of(parsed.items, matches, rules)
    if frame.empty:
        return parsed, count
    observations = pd.concat([parsed.observations, frame], ignore_index=True)
    return replace(parsed, observations=observations), count


def read_stored_upload(content: bytes, row) -> ParsedUpload:
    """Return a stored upload read again from its bytes with the preset and channel it was stored with."""
    from connectors.readers.upload import read_upload

    return read_upload(io.BytesIO(content), row.file_name, preset=row.preset, channel=row.channel)


def per_item_uploads(conn: Connection) -> list:
    """Return ledger rows (id, content_hash, file_name, preset, channel, audience, status) of per-item exports."""
    from connectors.readers.registry import build_registry

    presets = [p.name for p in build_registry().presets() if getattr(p, "per_item", False)]
    query = (
        select(
            upload.c.id,
            upload.c.content_hash,
            upload.c.file_name,
            upload.c.preset,
            upload.c.channel,
            upload.c.channels,
            upload.c.audience,
            upload.c.status,
        )
        .where(upload.c.preset.in_(presets))
        .order_by(upload.c.id)
    )
    return [row for row in conn.execute(query).all() if (row.audience or ALL_AUDIENCES) == ALL_AUDIENCES]


def upload_items(conn: Connection, row) -> pd.DataFrame | None:
    """Return the per-item rows of one stored upload read again from its bytes; None when it has none or no longer reads."""
    content = conn.execute(
        select(upload_content.c.content).where(upload_content.c.upload_id == row.id)
    ).scalar()
    if content is None:
        return None
    try:
        parsed = read_stored_upload(bytes(content), row)
    except GoalpostError:
        return None
    if parsed.items is None or parsed.items.empty:
        return None
    return parsed.items


def reattribute(
    conn: Connection,
    old: tuple[AudienceRules, ...],
    new: tuple[AudienceRules, ...],
    specs: dict[str, MetricSpec] | None,
) -> Reattribution:
    """Replace every stored per-item upload's audience values by those of the new rules, in the caller's transaction.

    Returns how many uploads were read and how many posts now count for another set of audiences; the months
    of every audience series touched are computed again from the current values.
    """
    touched: set[int] = set()
    uploads = changed = unreadable = 0
    for row in per_item_uploads(conn):
        content = conn.execute(
            select(upload_content.c.content).where(upload_content.c.upload_id == row.id)
        ).scalar()
        try:
            parsed = read_stored_upload(bytes(content), row)
        except GoalpostError:
            unreadable += 1
            continue
        if parsed.items is None or parsed.items.empty:
            continue
        stored = {c.strip() for c in (row.channels or "").split(",") if c.strip()}
        if stored and not set(parsed.items["channel"].astype(str)) <= stored:
            # Its pages were renamed on the Data page: read again, the posts would land on the file's own
            # channels. Its audience values stay as stored, and the count says it was not read again.
            unreadable += 1
            continue
        uploads += 1
        items = parsed.items
        before = audiences_per_item(items, match_items(items, old))
        frame, matches = audience_frame(items, new, specs)
        after = audiences_per_item(items, matches)
        changed += int((before != after).sum())
        touched |= _drop_audience_values(conn, int(row.id))
        if not frame.empty:
            touched |= _insert_audience_values(conn, int(row.id), replace(parsed, observations=frame), specs)
    _recompute_months(conn, sorted(touched))
    return Reattribution(uploads, changed, unreadable)


def _drop_audience_values(conn: Connection, upload_id: int) -> set[int]:
    """Delete an upload's values on audience series (never its totals); return the series ids."""
    query = (
        select(upload_series.c.series_id)
        .join(series, series.c.id == upload_series.c.series_id)
        .where(and_(upload_series.c.upload_id == upload_id, series.c.audience != ALL_AUDIENCES))
    )
    ids = [int(i) for i in conn.execute(query).scalars()]
    if ids:
        conn.execute(
            delete(observation).where(
                and_(observation.c.upload_id == upload_id, observation.c.series_id.in_(ids))
            )
        )
        conn.execute(
            delete(upload_series).where(
                and_(upload_series.c.upload_id == upload_id, upload_series.c.series_id.in_(ids))
            )
        )
    return set(ids)


def _insert_audience_values(
    conn: Connection, upload_id: int, parsed: ParsedUpload, specs: dict[str, MetricSpec] | None
) -> set[int]:
    """Store audience observations under an existing upload; return the series ids."""
    prepared = prepare_observations(parsed)
    keys = prepared.keys
    aggregations = [metric_spec(m, specs).aggregation for m in keys["metric"]]
    series_ids, _ = resolve_series(conn, keys, aggregations)
    days, starts, ends = prepared.days, prepared.starts, prepared.ends
    ranges = pd.DataFrame(
        {
            "series_id": series_ids,
            "first_day": days[starts],
            "last_day": days[ends - 1],
            "value_count": ends - starts,
        }
    )
    record_series(conn, upload_id, ranges)
    row_series = np.repeat(np.asarray(series_ids).astype(np.int32), ends - starts)
    insert_observations(conn, upload_id, row_series, days, prepared.seqs, prepared.values)
    return {int(s) for s in series_ids}


def _recompute_months(conn: Connection, series_ids: list[int]) -> None:
    """Compute the monthly rows of these series again from their current values."""
    if not series_ids:
        return
    aggregation = dict(
        conn.execute(select(series.c.id, series.c.aggregation).where(series.c.id.in_(series_ids))).all()
    )
    current = current_rows_of_series(conn, series_ids)
    spans = pd.DataFrame({"series_id": series_ids, "first_day": ALL_DAYS[0], "last_day": ALL_DAYS[1]})
    months = []
    for sid in series_ids:
        rows = current.of(sid)
        months.append((sid, aggregate_months(rows.days, rows.values, aggregation[sid])))
    replace_months(conn, spans, months)
