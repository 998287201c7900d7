"""The store: uploads and their values kept safely, month values for pages, strategy versions, mappings.

A SQLite file by default (WAL mode), any SQLAlchemy URL otherwise (PostgreSQL). Every change is one
transaction that also bumps `version()`, so readers can cache on it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path

import pandas as pd
from sqlalchemy import URL, Connection, Engine, inspect, select, update

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.audience_attribution import (
    Reattribution,
    per_item_uploads,
    reattribute,
    rules_of_text,
    upload_items,
    with_audience_values,
)
from connectors.store.engine import (
    DEFAULT_BUSY_TIMEOUT_S,
    WRITE_OPTION,
    create_store_engine,
    is_sqlite_file,
    plain_store_message,
    resolve_store_url,
    store_errors,
    store_label,
)
from connectors.store.file_copy import copy_store_file
from connectors.store.health import SOUND, StoreHealth, damaged_store_message, left_unfinished, sqlite_health
from connectors.store.ledger import events_frame, find_active_duplicate, ledger_frame, stored_content
from connectors.store.ledger_points import latest_ledger_point, month_values_at, uploads_not_counting_at
from connectors.store.meeting_record import (
    NOTE_KINDS,
    PinnedVersion,
    add_decision,
    add_note,
    add_pin,
    decision_frame,
    drop_note,
    note_frame,
    pin_frame,
    read_pin,
)
from connectors.store.migrations import (
    LEGACY_SCHEMA_VERSION,
    head_revision,
    is_known_revision,
    stored_revision,
    upgrade,
)
from connectors.store.month_table import aggregate_months, replace_months
from connectors.store.observation_history import (
    ALL_DAYS,
    current_rows_of_series,
    series_table,
    set_series_aggregation,
)
from connectors.store.prepared_observations import prepare_observations
from connectors.store.reads import (
    channel_month_frame,
    data_month_list,
    freshness_frame,
    goal_observation_frame,
    source_freshness_frame,
)
from connectors.store.reads import month_value_frame as _month_value_frame
from connectors.store.saved_mappings import all_mappings, put_mapping
from connectors.store.schema import SCHEMA_VERSION, store_state, upload
from connectors.store.strategy_versions import (
    add_strategy_version,
    latest_strategy,
    stored_strategy_text,
    strategy_version_frame,
)
from connectors.store.undo import (
    BatchUndoResult,
    UndoResult,
    no_such_upload,
    restore_upload,
    undo_batch,
    undo_upload,
)
from connectors.store.upload_ingest import IngestResult, duplicate_result, store_prepared
from connectors.store.workspaces import (
    DEFAULT_WORKSPACE,
    checked_workspace_id,
    not_a_member,
    registered_workspace_url,
)
from metrics.access import VIA_SYSTEM, Actor, Role, require
from metrics.errors import Message, StoreError
from metrics.monthly import ratio_specs, with_ratio_values
from metrics.semantics import MetricSpec, metric_spec
from metrics.strategy import load_strategy, strategy_to_yaml

__all__ = ["BatchUndoResult", "IngestResult", "LedgerPointView", "Store", "UndoResult", "new_batch"]

SOURCES = ("file", "sheet", "sample")


class LedgerPointView:
    """The store's values as they were at one ledger point: what the goal engine and month tables read."""

    def __init__(self, store: Store, point: int):
        self._store = store
        self.point = point

    def goal_observations(
        self,
        metric: str,
        spec: MetricSpec | None = None,
        channels: Sequence[str] | None = None,
        audiences: Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Return one goal's observations as they were at the ledger point (see Store.goal_observations)."""
        return self._store.goal_observations(metric, spec, channels, audiences, as_of_ledger=self.point)

    def month_values(
        self, metric: str | None = None, channel: str | None = None, audience: str | None = None
    ) -> pd.DataFrame:
        """Return month values as they were at the ledger point (see Store.month_values)."""
        return self._store.month_values(metric, channel, audience, as_of_ledger=self.point)


def _is_month(text: str) -> bool:
    try:
        dt.datetime.strptime(str(text), "%Y-%m")
    except ValueError:
        return False
    return len(str(text)) == 7


def _required_text(text: str, limit: int) -> str:
    cleaned = " ".join(str(text or "").split())
    if not cleaned:
        raise StoreError(Message("store.text_missing", "Write a few words first: the text is empty."))
    return cleaned[:limit]


def _decision_change(tactic: str | None, hours: float | None, target: float | None) -> dict | None:
    if tactic and hours is not None:
        if hours < 0:
            raise StoreError(
                Message("store.negative_hours", "Hours a month cannot be below 0. Write 0 or more.")
            )
        return {"tactic": tactic, "hours": float(hours)}
    if target is not None:
        return {"target": float(target)}
    return None


def _changed_strategy(text: str | None, goal: str, change: dict) -> str:
    # The latest strategy with the change made, written back as YAML the strategy page reads.
    if text is None:
        raise StoreError(
            Message(
                "store.decision_without_strategy",
                "There is no saved strategy to change. Save a strategy first, then record the decision.",
            )
        )
    strategy = load_strategy(text, source="the saved strategy")
    if "tactic" in change:
        tactics = [t for t in strategy.tactics if t.id == change["tactic"]]
        if not tactics:
            raise StoreError(
                Message(
                    "store.no_such_tactic",
                    "The strategy has no tactic “{tactic}”. Choose one of its tactics.",
                    tactic=str(change["tactic"]),
                )
            )
        updated = [
            t.model_copy(update={"hours_per_month": change["hours"]}) if t.id == change["tactic"] else t
            for t in strategy.tactics
        ]
        strategy = strategy.model_copy(update={"tactics": updated})
    else:
        if goal not in {g.id for g in strategy.goals}:
            raise StoreError(
                Message(
                    "store.no_such_goal",
                    "The strategy has no goal “{goal}”. Choose one of its goals.",
                    goal=str(goal),
                )
            )
        updated = [
            g.model_copy(update={"target": change["target"], "target_change": None}) if g.id == goal else g
            for g in strategy.goals
        ]
        strategy = strategy.model_copy(update={"goals": updated})
    changed = strategy_to_yaml(strategy)
    load_strategy(
        changed, source="the strategy with this decision"
    )  # a change the checks refuse is not saved
    return changed


def new_batch() -> str:
    """Return a fresh batch id (32 hex digits) to store several files under, so one undo takes them all out."""
    return uuid.uuid4().hex


class Store:
    """Uploads, their values and the strategy, kept in one database; open it with Store.open()."""

    def __init__(self, engine: Engine, url: URL, specs: dict[str, MetricSpec] | None = None):
        self._engine = engine
        self._url = url
        self._label = store_label(url)
        self._specs = dict(specs) if specs else None
        self._health: StoreHealth = SOUND
        self._workspace = DEFAULT_WORKSPACE
        self._rules_text: str | None = None
        self._rules: tuple = ()
        self.last_reattribution: Reattribution | None = (
            None  # what the last strategy save re-read, if anything
        )

    # Opening and closing

    @classmethod
    def open(
        cls,
        location: str | os.PathLike | None = None,
        *,
        specs: dict[str, MetricSpec] | None = None,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT_S,
        workspace: str | None = None,
    ) -> Store:
        """Return the store at a URL or SQLite path (default $GOALPOST_STORE or ./data/goalpost.sqlite3).

        With a workspace id, the location is the deployment's home store and the store returned is that
        workspace's own (it must be registered in the home store; None or "default" is the home store itself).
        """
        url = resolve_store_url(location)
        workspace = checked_workspace_id(workspace) if workspace is not None else DEFAULT_WORKSPACE
        if workspace != DEFAULT_WORKSPACE:
            with cls.open(url, busy_timeout=busy_timeout) as home:
                url = registered_workspace_url(home, workspace)
        store = cls(create_store_engine(url, busy_timeout), url, specs)
        store._workspace = workspace
        if is_sqlite_file(url):
            with store_errors(store._label):
                store._health = sqlite_health(store._engine, full=left_unfinished(Path(url.database)))
            if not store._health.ok and "not a database" in store._health.first_problem:
                store.close()
                raise StoreError(plain_store_message(sqlite3.DatabaseError("not a database"), store._label))
            if not store._health.ok:
                return store  # opened, so the page and the CLI can say it is damaged; never read or written
        store._ensure_schema()
        if specs:
            store._reconcile_quietly()
        return store

    def close(self) -> None:
        """Release the store's database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def health(self, *, full: bool = False) -> StoreHealth:
        """Return whether the store is sound: the check made on opening, or SQLite's full integrity_check now."""
        if full and is_sqlite_file(self._url):
            with store_errors(self._label):
                self._health = sqlite_health(self._engine, full=True)
        return self._health

    @property
    def engine(self) -> Engine:
        """Return the SQLAlchemy engine (for diagnostics and tests)."""
        return self._engine

    @property
    def workspace(self) -> str:
        """Return the id of the workspace this store holds ("default": the deployment's own store)."""
        return self._workspace

    def acting_here(self, actor: Actor | None) -> None:
        """Refuse an actor whose role holds in another workspace: a role there says nothing of this one."""
        if isinstance(actor, Actor) and actor.via != VIA_SYSTEM and actor.workspace != self._workspace:
            raise not_a_member(self._workspace, actor.identity)

    @property
    def url(self) -> URL:
        """Return the store's SQLAlchemy URL as it was given (password included: never show it)."""
        return self._url

    @property
    def location(self) -> str:
        """Return where the store is, as shown in messages (a URL never shows its password)."""
        return self._label.strip("“”")

    # Uploads

    def ingest(
        self, parsed: ParsedUpload, *, actor: Actor, source: str = "file", batch: str | None = None
    ) -> IngestResult:
        """Return what storing one upload did; one transaction, and identical bytes already stored change nothing.

        The actor needs the editor role; the ledger records its identity as the uploader, and the batch (from
        new_batch()) when the file was stored together with others.
        """
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        require(actor, Role.EDITOR, "upload")
        self.acting_here(actor)
        with self._write() as conn:
            result = self._ingest_in(conn, parsed, actor, source, batch)
            if result.status == "stored":
                self._bump(conn)
        return result

    def ingest_together(
        self,
        uploads: Iterable[ParsedUpload],
        *,
        actor: Actor,
        source: str = "file",
        batch: str | None = None,
        strategy_text: str | None = None,
        strategy_note: str | None = None,
    ) -> list[IngestResult]:
        """Return what storing several uploads (and a strategy first, if given) did: all in one transaction.

        Either everything is stored or, when anything fails or the caller is stopped, nothing is (editor role).
        """
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        require(actor, Role.EDITOR, "upload")
        self.acting_here(actor)
        with self._write() as conn:
            if strategy_text is not None:
                add_strategy_version(conn, strategy_text, actor.identity, strategy_note)
            results = [self._ingest_in(conn, parsed, actor, source, batch) for parsed in uploads]
            self._bump(conn)
        return results

    def import_store_file(self, path: str | os.PathLike, *, actor: Actor) -> bool:
        """Return True when a SQLite store file's uploads, values and strategies were copied into this empty store.

        One transaction; False (nothing copied) unless this store holds no upload and no strategy, and the
        file has this Goalpost's schema version. Used to lay out the demo in a blink (editor role).
        """
        require(actor, Role.EDITOR, "upload")
        self.acting_here(actor)
        with self._write() as conn:
            return copy_store_file(conn, os.fspath(path), SCHEMA_VERSION) and (self._bump(conn) or True)

    def _ingest_in(
        self, conn: Connection, parsed: ParsedUpload, actor: Actor, source: str, batch: str | None
    ) -> IngestResult:
        # Posts and videos also count for the audiences whose rules catch them, beside the unchanged total.
        parsed, attribution = with_audience_values(parsed, self._audience_rules(), self._specs)
        prepared = prepare_observations(parsed)
        digest = parsed.content_hash  # hashing a large file takes a moment: once is enough
        earlier = find_active_duplicate(conn, digest)
        if earlier is not None:
            return duplicate_result(parsed, earlier)
        result = store_prepared(
            conn,
            parsed,
            prepared,
            content_hash=digest,
            specs=self._specs,
            uploaded_by=actor.identity,
            source=source,
        )
        if batch is not None and result.upload_id is not None:
            conn.execute(update(upload).where(upload.c.id == result.upload_id).values(batch=str(batch)))
        return replace(result, attribution=attribution) if attribution is not None else result

    def ingest_preview(self, parsed: ParsedUpload) -> IngestResult:
        """Return what storing the upload would do (new, duplicate, values it replaces); nothing is stored.

        The ingest is run and rolled back, so its counts are those a real ingest gives at this store version.
        """
        parsed, _ = with_audience_values(parsed, self._audience_rules(), self._specs)
        prepared = prepare_observations(parsed)
        digest = parsed.content_hash
        with self._dry_run() as conn:
            earlier = find_active_duplicate(conn, digest)
            if earlier is not None:
                return duplicate_result(parsed, earlier)
            return store_prepared(
                conn,
                parsed,
                prepared,
                content_hash=digest,
                specs=self._specs,
                uploaded_by=None,
                source="file",
            )

    def uploads(self) -> pd.DataFrame:
        """Return the upload ledger, newest first (times in UTC, no file bytes)."""
        with self._read() as conn:
            return ledger_frame(conn)

    def upload_events(self, upload_id: int | None = None) -> pd.DataFrame:
        """Return the ledger's history (upload_id, event ingested|undone|restored, at UTC, by), oldest first."""
        with self._read() as conn:
            return events_frame(conn, upload_id)

    def undo(self, upload_id: int, *, actor: Actor) -> UndoResult:
        """Return what undoing an upload did: exactly its effect disappears, in one transaction (editor role)."""
        require(actor, Role.EDITOR, "undo")
        self.acting_here(actor)
        with self._write() as conn:
            result = undo_upload(conn, int(upload_id), actor.identity)
            if result.changed:
                self._bump(conn)
        return result

    def undo_preview(self, upload_id: int) -> UndoResult:
        """Return what undoing the upload would do, exactly: the undo is run and rolled back (nothing changes)."""
        with self._dry_run() as conn:
            return undo_upload(conn, int(upload_id), None)

    def undo_batch(self, batch: str, *, actor: Actor) -> BatchUndoResult:
        """Return what undoing every upload of a batch did: all of them in one transaction (editor role)."""
        require(actor, Role.EDITOR, "undo")
        self.acting_here(actor)
        with self._write() as conn:
            result = undo_batch(conn, str(batch), actor.identity)
            if result.changed:
                self._bump(conn)
        return result

    def undo_batch_preview(self, batch: str) -> BatchUndoResult:
        """Return what undoing a batch would do, exactly: the undo is run and rolled back (nothing changes)."""
        with self._dry_run() as conn:
            return undo_batch(conn, str(batch), None)

    def restore(self, upload_id: int, *, actor: Actor) -> UndoResult:
        """Return what restoring an undone upload did: its values count again where no later upload set them."""
        require(actor, Role.EDITOR, "undo")
        self.acting_here(actor)
        with self._write() as conn:
            result = restore_upload(conn, int(upload_id), actor.identity)
            if result.changed:
                self._bump(conn)
        return result

    def upload_content(self, upload_id: int) -> bytes:
        """Return the original bytes of an upload."""
        with self._read() as conn:
            content = stored_content(conn, int(upload_id))
        if content is None:
            raise StoreError(no_such_upload(int(upload_id)))
        return content

    def version(self) -> int:
        """Return the store's change counter: it grows with every ingest, undo, restore and save."""
        with self._read() as conn:
            return int(conn.execute(select(store_state.c.version).where(store_state.c.id == 1)).scalar_one())

    # Values

    def month_values(
        self,
        metric: str | None = None,
        channel: str | None = None,
        audience: str | None = None,
        *,
        as_of_ledger: int | None = None,
    ) -> pd.DataFrame:
        """Return month values (month 'YYYY-MM', channel, audience, metric, value in the metric's unit).

        Ratios (CTR, average position, ...) are made from their parts' month values, never stored or summed.
        as_of_ledger: the values as they were at that ledger point (see ledger_point()), computed from the
        kept observations without copying anything.
        """
        ratios = ratio_specs(self._specs)
        with self._read() as conn:
            if as_of_ledger is not None:
                at_point = month_values_at(conn, int(as_of_ledger))

                def month_value_frame(_conn, wanted_metric, wanted_channel, wanted_audience):
                    keep = pd.Series(True, index=at_point.index)
                    for column, wanted in (
                        ("metric", wanted_metric),
                        ("channel", wanted_channel),
                        ("audience", wanted_audience),
                    ):
                        if wanted is not None:
                            keep &= at_point[column] == wanted
                    return at_point[keep].reset_index(drop=True)

            else:
                month_value_frame = _month_value_frame
            if metric in ratios:
                parts = [
                    month_value_frame(conn, part, channel, audience) for part in ratios[metric].ratio.parts
                ]
                made = with_ratio_values(pd.concat(parts, ignore_index=True), self._specs)
                return made[made["metric"] == metric].reset_index(drop=True)
            frame = month_value_frame(conn, metric, channel, audience)
        if metric is not None:
            return frame
        made = with_ratio_values(frame, self._specs)
        return made.sort_values(["month", "channel", "audience", "metric"], kind="stable").reset_index(
            drop=True
        )

    def ledger_point(self) -> int:
        """Return the ledger's newest point (an event number): pin it to see today's numbers again later."""
        with self._read() as conn:
            return latest_ledger_point(conn)

    def at_ledger_point(self, point: int) -> LedgerPointView:
        """Return a read-only view of this store's values as they were at a ledger point (for the goal engine)."""
        return LedgerPointView(self, int(point))

    def data_months(self) -> list[str]:
        """Return the months ('YYYY-MM') that hold at least one value, oldest first (one indexed read)."""
        with self._read() as conn:
            return data_month_list(conn)

    def goal_observations(
        self,
        metric: str,
        spec: MetricSpec | None = None,
        channels: Sequence[str] | None = None,
        audiences: Sequence[str] | None = None,
        *,
        as_of_ledger: int | None = None,
    ) -> pd.DataFrame:
        """Return the observations one goal needs: month rows for sum/last metrics, raw rows for mean/median,
        and the rows of both parts for a ratio (CTR: clicks and impressions); as_of_ledger as month_values."""
        spec = spec or metric_spec(metric, self._specs)
        wanted = spec.ratio.parts if spec.ratio is not None else (metric,)
        with self._read() as conn:
            not_counting = None if as_of_ledger is None else uploads_not_counting_at(conn, int(as_of_ledger))
            frames = [
                goal_observation_frame(
                    conn,
                    part,
                    metric_spec(part, self._specs) if part != metric else spec,
                    channels or [],
                    audiences or [],
                    not_counting,
                )
                for part in wanted
            ]
        return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)

    def freshness(self) -> pd.DataFrame:
        """Return the latest day with a value per channel: channel, latest_date."""
        with self._read() as conn:
            return freshness_frame(conn)

    def channel_months(self) -> pd.DataFrame:
        """Return which channels hold a value in which month: channel, month ('YYYY-MM'), oldest first."""
        with self._read() as conn:
            return channel_month_frame(conn)

    def source_freshness(self) -> pd.DataFrame:
        """Return the latest day per channel and kind of file: channel, preset, preset_label, latest_date."""
        with self._read() as conn:
            return source_freshness_frame(conn)

    def use_metric_specs(self, specs: dict[str, MetricSpec]) -> list[str]:
        """Return metric ids whose monthly rows were recomputed to follow these specs (e.g. a strategy's)."""
        self._specs = dict(specs)
        with self._read() as conn:
            stale = self._stale_series(conn)
        if stale.empty:
            return []
        with self._write() as conn:
            stale = self._stale_series(conn)
            for sid, wanted in stale[["id", "wanted"]].itertuples(index=False, name=None):
                set_series_aggregation(conn, int(sid), wanted)
            current = current_rows_of_series(conn, [int(s) for s in stale["id"]])
            spans = pd.DataFrame(
                {"series_id": stale["id"], "first_day": ALL_DAYS[0], "last_day": ALL_DAYS[1]}
            )
            months = []
            for sid, wanted in stale[["id", "wanted"]].itertuples(index=False, name=None):
                rows = current.of(int(sid))
                months.append((int(sid), aggregate_months(rows.days, rows.values, wanted)))
            replace_months(conn, spans, months)
            self._bump(conn)
        return sorted(set(stale["metric"]))

    # Strategy versions and saved mappings

    def save_strategy(self, yaml_text: str, *, actor: Actor, note: str | None = None) -> int:
        """Return the id of the saved strategy version (the latest id when the text is unchanged; editor role)."""
        require(actor, Role.EDITOR, "strategy")
        self.acting_here(actor)
        self.last_reattribution = None
        with self._write() as conn:
            earlier_rules = rules_of_text(stored_strategy_text(conn, None))
            version_id = add_strategy_version(conn, yaml_text, actor.identity, note)
            if version_id is not None:
                rules = rules_of_text(yaml_text)
                if rules != earlier_rules:
                    # History follows the rules: stored post exports are read again from their bytes.
                    self.last_reattribution = reattribute(conn, earlier_rules, rules, self._specs)
                self._bump(conn)
        if version_id is None:
            return int(self.strategy_versions()["id"].iloc[0])
        return version_id

    def per_item_uploads(self) -> list:
        """Return the ledger rows (id, content_hash, file_name, preset, channel, status) of post and video exports."""
        with self._read() as conn:
            return per_item_uploads(conn)

    def upload_items(self, row) -> pd.DataFrame | None:
        """Return one post or video export's per-item rows read again from its bytes; None when it no longer reads."""
        with self._read() as conn:
            return upload_items(conn, row)

    def _audience_rules(self):
        text = self.strategy_text()
        if text != self._rules_text:
            self._rules_text, self._rules = text, rules_of_text(text)
        return self._rules

    def strategy_versions(self) -> pd.DataFrame:
        """Return saved strategy versions, newest first: id, saved_at (UTC), author, note, content_hash."""
        with self._read() as conn:
            return strategy_version_frame(conn)

    def strategy_text(self, version_id: int | None = None) -> str | None:
        """Return a saved strategy's YAML text: the latest when version_id is None, None when none is saved."""
        with self._read() as conn:
            return stored_strategy_text(conn, version_id)

    def save_mapping(self, name: str, mapping_dict: dict, *, actor: Actor) -> None:
        """Save a column mapping (plain JSON-ready data) under a name, replacing one of the same name (editor)."""
        require(actor, Role.EDITOR, "mapping")
        self.acting_here(actor)
        with self._write() as conn:
            put_mapping(conn, name, mapping_dict, actor.identity)
            self._bump(conn)

    def mappings(self) -> dict[str, dict]:
        """Return saved column mappings by name."""
        with self._read() as conn:
            return all_mappings(conn)

    # The meeting's record: pinned versions, notes on the timeline, decisions

    def pin_version(self, as_of_month: str, *, actor: Actor, label: str = "") -> int:
        """Return the id of a new pinned version: today's ledger point, strategy version and this as-of month."""
        require(actor, Role.EDITOR, "pin")
        self.acting_here(actor)
        if not _is_month(as_of_month):
            raise ValueError(f"as_of_month must be YYYY-MM, not {as_of_month!r}")
        with self._write() as conn:
            latest = latest_strategy(conn)
            pin_id = add_pin(
                conn,
                made_by=actor.identity,
                as_of_month=as_of_month,
                ledger_point=latest_ledger_point(conn),
                strategy_version_id=latest[0] if latest else None,
                label=label,
            )
            self._bump(conn)
        return pin_id

    def pinned_version(self, pin_id: int) -> PinnedVersion:
        """Return one pinned version; StoreError (a plain message) when there is no such pin."""
        with self._read() as conn:
            return read_pin(conn, int(pin_id))

    def pinned_versions(self) -> pd.DataFrame:
        """Return pinned versions, newest first: id, made_at (UTC), made_by, as_of_month, ledger_point, ..."""
        with self._read() as conn:
            return pin_frame(conn)

    def add_note(
        self,
        text: str,
        first_day: dt.date,
        last_day: dt.date | None = None,
        *,
        actor: Actor,
        kind: str = "other",
        channel: str | None = None,
        audience: str | None = None,
        goal: str | None = None,
    ) -> int:
        """Return the id of a new note on the timeline (one day, or first_day to last_day; editor role)."""
        require(actor, Role.EDITOR, "note")
        self.acting_here(actor)
        if kind not in NOTE_KINDS:
            raise ValueError(f"kind must be one of {NOTE_KINDS}, not {kind!r}")
        last_day = last_day or first_day
        if last_day < first_day:
            raise StoreError(
                Message(
                    "store.note_ends_before_start",
                    "The note ends before it starts. Choose a last day on or after the first day.",
                )
            )
        values = {
            "kind": kind,
            "text": _required_text(text, 500),
            "first_day": first_day,
            "last_day": last_day,
            "channel": channel or None,
            "audience": audience or None,
            "goal": goal or None,
        }
        with self._write() as conn:
            note_id = add_note(conn, values, actor.identity)
            self._bump(conn)
        return note_id

    def remove_note(self, note_id: int, *, actor: Actor) -> bool:
        """Return True when the note was removed from the timeline (editor role)."""
        require(actor, Role.EDITOR, "note")
        self.acting_here(actor)
        with self._write() as conn:
            removed = drop_note(conn, int(note_id))
            if removed:
                self._bump(conn)
        return removed

    def notes(self) -> pd.DataFrame:
        """Return the notes on the timeline, oldest first: id, kind, text, first_day, last_day, channel, ..."""
        with self._read() as conn:
            return note_frame(conn)

    def record_decision(
        self,
        goal: str,
        text: str,
        *,
        actor: Actor,
        decided_by: str,
        decided_on: dt.date,
        tactic: str | None = None,
        hours: float | None = None,
        target: float | None = None,
    ) -> tuple[int, int | None]:
        """Return (decision id, strategy version id or None) of a decision taken on a goal (editor role).

        A change to a tactic's hours a month or to the goal's target is saved, in the same transaction, as a
        new strategy version the decision names.
        """
        require(actor, Role.EDITOR, "decision")
        self.acting_here(actor)
        change = _decision_change(tactic, hours, target)
        values = {
            "goal": goal,
            "decided_on": decided_on,
            "decided_by": _required_text(decided_by, 320),
            "text": _required_text(text, 2000),
        }
        with self._write() as conn:
            version_id = None
            if change:
                earlier = latest_strategy(conn)
                changed = _changed_strategy(earlier[1] if earlier else None, goal, change)
                # The version's note is the decision in the meeting's own words (no English added to it).
                version_id = add_strategy_version(conn, changed, actor.identity, values["text"])
            decision_id = add_decision(
                conn, {**values, "change": change, "strategy_version_id": version_id}, actor.identity
            )
            self._bump(conn)
        return decision_id, version_id

    def decisions(self) -> pd.DataFrame:
        """Return every decision, oldest first: id, goal, decided_on, decided_by, text, change, strategy_version_id."""
        with self._read() as conn:
            return decision_frame(conn)

    # For the store's companion modules (accounts, role rules, meeting links, settings)

    def reading(self):
        """Return a context with a read connection; what it reads is not cached on version()."""
        return self._read()

    def writing(self):
        """Return a context with one write transaction that leaves version() as it is (no data change)."""
        return self._write()

    # Internals

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        if not self._health.ok:
            raise StoreError(damaged_store_message(self.location, self._health))
        with store_errors(self._label), self._engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        if not self._health.ok:
            raise StoreError(damaged_store_message(self.location, self._health))
        writer = self._engine.execution_options(**{WRITE_OPTION: True})
        with store_errors(self._label), writer.begin() as conn:
            # Serialises writers on server databases (SQLite already holds its write lock from BEGIN IMMEDIATE).
            conn.execute(select(store_state.c.version).where(store_state.c.id == 1).with_for_update())
            yield conn

    @contextmanager
    def _dry_run(self) -> Iterator[Connection]:
        # A preview runs the change itself and rolls it back, so it cannot differ from what the change does.
        writer = self._engine.execution_options(**{WRITE_OPTION: True})
        with store_errors(self._label), writer.connect() as conn:
            transaction = conn.begin()
            try:
                yield conn
            finally:
                transaction.rollback()

    @staticmethod
    def _bump(conn: Connection) -> None:
        conn.execute(
            update(store_state).where(store_state.c.id == 1).values(version=store_state.c.version + 1)
        )

    def _ensure_schema(self) -> None:
        with store_errors(self._label):
            with self._engine.connect() as conn:
                found = self._stored_schema(conn)
            if found == head_revision():
                return
            writer = self._engine.execution_options(**{WRITE_OPTION: True})
            with writer.begin() as conn:
                # Read again under the write lock: another process may have upgraded it meanwhile.
                if self._stored_schema(conn) != head_revision():
                    upgrade(conn)

    def _stored_schema(self, conn: Connection) -> str | None:
        """Return the store's revision (None: empty or before Alembic); refuse one from a newer Goalpost."""
        revision = stored_revision(conn)
        newer = revision is not None and not is_known_revision(revision)
        if revision is None and inspect(conn).has_table(store_state.name):
            legacy = conn.execute(select(store_state.c.schema_version).where(store_state.c.id == 1)).scalar()
            newer = legacy is not None and legacy > LEGACY_SCHEMA_VERSION
        if newer:
            raise StoreError(
                Message(
                    "store.newer_schema",
                    "The store “{store}” was written by a newer Goalpost. Update Goalpost to use it.",
                    store=self.location,
                )
            )
        return revision

    def _stale_series(self, conn: Connection) -> pd.DataFrame:
        table = series_table(conn)
        table["wanted"] = [metric_spec(m, self._specs).aggregation for m in table["metric"]]
        # Rows once stored under a ratio's id keep their aggregation: month values make the ratio from its parts.
        return table[(table["wanted"] != table["aggregation"]) & (table["wanted"] != "ratio")]

    def _reconcile_quietly(self) -> None:
        # A read-only or busy store still opens; goal_observations then falls back to raw rows.
        with suppress(StoreError):
            self.use_metric_specs(self._specs)
