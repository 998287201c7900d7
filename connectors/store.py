"""The store: uploads and their values kept safely, month values for pages, strategy versions, mappings.

A SQLite file by default (WAL mode), any SQLAlchemy URL otherwise (PostgreSQL). Every change is one
transaction that also bumps `version()`, so readers can cache on it.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import replace

import pandas as pd
from sqlalchemy import URL, Connection, Engine, inspect, select, update

from connectors.audience_attribution import (
    Reattribution,
    reattribute,
    rules_of_text,
    stored_items,
    with_audience_values,
)
from connectors.month_table import aggregate_months, replace_months
from connectors.observation_history import (
    ALL_DAYS,
    current_rows_of_series,
    series_table,
    set_series_aggregation,
)
from connectors.parsed_upload import ParsedUpload
from connectors.prepared_observations import prepare_observations
from connectors.saved_mappings import all_mappings, put_mapping
from connectors.store_engine import (
    DEFAULT_BUSY_TIMEOUT_S,
    WRITE_OPTION,
    create_store_engine,
    is_sqlite_file,
    plain_store_message,
    resolve_store_url,
    store_errors,
    store_label,
)
from connectors.store_health import SOUND, StoreHealth, damaged_store_message, sqlite_health
from connectors.store_migrations import migrate
from connectors.store_reads import (
    data_month_list,
    freshness_frame,
    goal_observation_frame,
    month_value_frame,
)
from connectors.store_schema import SCHEMA_VERSION, metadata, store_state
from connectors.strategy_versions import add_strategy_version, stored_strategy_text, strategy_version_frame
from connectors.upload_ingest import IngestResult, duplicate_result, store_prepared
from connectors.upload_ledger import events_frame, find_active_duplicate, ledger_frame, stored_content
from connectors.upload_undo import UndoResult, no_such_upload, restore_upload, undo_upload
from metrics.access import Actor, Role, require
from metrics.errors import Message, StoreError
from metrics.semantics import MetricSpec, metric_spec

__all__ = ["IngestResult", "Store", "UndoResult"]

SOURCES = ("file", "sheet", "sample")


class Store:
    """Uploads, their values and the strategy, kept in one database; open it with Store.open()."""

    def __init__(self, engine: Engine, url: URL, specs: dict[str, MetricSpec] | None = None):
        self._engine = engine
        self._url = url
        self._label = store_label(url)
        self._specs = dict(specs) if specs else None
        self._health: StoreHealth = SOUND
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
    ) -> Store:
        """Return the store at a URL or SQLite path (default $GOALPOST_STORE or ./data/goalpost.sqlite3)."""
        url = resolve_store_url(location)
        store = cls(create_store_engine(url, busy_timeout), url, specs)
        if is_sqlite_file(url):
            with store_errors(store._label):
                store._health = sqlite_health(store._engine)
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
    def location(self) -> str:
        """Return where the store is, as shown in messages (a URL never shows its password)."""
        return self._label.strip("“”")

    # Uploads

    def ingest(self, parsed: ParsedUpload, *, actor: Actor, source: str = "file") -> IngestResult:
        """Return what storing one upload did; one transaction, and identical bytes already stored change nothing.

        The actor needs the editor role; the ledger records its identity as the uploader.
        """
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        require(actor, Role.EDITOR, "upload")
        # Posts and videos also count for the audiences whose rules catch them, beside the unchanged total.
        parsed, attribution = with_audience_values(parsed, self._audience_rules(), self._specs)
        prepared = prepare_observations(parsed)
        digest = parsed.content_hash  # hashing a large file takes a moment: once is enough
        with self._write() as conn:
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
            self._bump(conn)
        return replace(result, attribution=attribution) if attribution is not None else result

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
        with self._write() as conn:
            result = undo_upload(conn, int(upload_id), actor.identity)
            if result.changed:
                self._bump(conn)
        return result

    def restore(self, upload_id: int, *, actor: Actor) -> UndoResult:
        """Return what restoring an undone upload did: its values count again where no later upload set them."""
        require(actor, Role.EDITOR, "undo")
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
        self, metric: str | None = None, channel: str | None = None, audience: str | None = None
    ) -> pd.DataFrame:
        """Return month values (month 'YYYY-MM', channel, audience, metric, value) from the monthly table."""
        with self._read() as conn:
            return month_value_frame(conn, metric, channel, audience)

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
    ) -> pd.DataFrame:
        """Return the observations one goal needs: month rows for sum/last metrics, raw rows for mean/median."""
        with self._read() as conn:
            return goal_observation_frame(
                conn, metric, spec or metric_spec(metric, self._specs), channels or [], audiences or []
            )

    def freshness(self) -> pd.DataFrame:
        """Return the latest day with a value per channel: channel, latest_date."""
        with self._read() as conn:
            return freshness_frame(conn)

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

    def audience_items(self) -> list[tuple[object, pd.DataFrame]]:
        """Return (ledger row, per-item rows) of every stored post and video export, read again from its bytes."""
        with self._read() as conn:
            return stored_items(conn)

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
        with self._write() as conn:
            put_mapping(conn, name, mapping_dict, actor.identity)
            self._bump(conn)

    def mappings(self) -> dict[str, dict]:
        """Return saved column mappings by name."""
        with self._read() as conn:
            return all_mappings(conn)

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

    @staticmethod
    def _bump(conn: Connection) -> None:
        conn.execute(
            update(store_state).where(store_state.c.id == 1).values(version=store_state.c.version + 1)
        )

    def _ensure_schema(self) -> None:
        with store_errors(self._label):
            with self._engine.connect() as conn:
                has_state = inspect(conn).has_table(store_state.name)
                state = (
                    conn.execute(select(store_state.c.schema_version).where(store_state.c.id == 1)).first()
                    if has_state
                    else None
                )
            if state is not None and state[0] > SCHEMA_VERSION:
                raise StoreError(
                    Message(
                        "store.newer_schema",
                        "The store “{store}” was written by a newer Goalpost. Update Goalpost to use it.",
                        store=self.location,
                    )
                )
            if state is not None and state[0] == SCHEMA_VERSION:
                return
            writer = self._engine.execution_options(**{WRITE_OPTION: True})
            with writer.begin() as conn:
                if state is not None:
                    # Read again under the write lock: another process may have upgraded it meanwhile.
                    version = conn.execute(select(store_state.c.schema_version)).scalar_one()
                    if version < SCHEMA_VERSION:
                        migrate(conn, version)
                    return
                metadata.create_all(conn)
                exists = conn.execute(select(store_state.c.id).where(store_state.c.id == 1)).first()
                if exists is None:
                    conn.execute(store_state.insert().values(id=1, version=0, schema_version=SCHEMA_VERSION))

    def _stale_series(self, conn: Connection) -> pd.DataFrame:
        table = series_table(conn)
        table["wanted"] = [metric_spec(m, self._specs).aggregation for m in table["metric"]]
        return table[table["wanted"] != table["aggregation"]]

    def _reconcile_quietly(self) -> None:
        # A read-only or busy store still opens; goal_observations then falls back to raw rows.
        with suppress(StoreError):
            self.use_metric_specs(self._specs)
