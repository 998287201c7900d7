"""Sync a Google Sheet into the store: fetch every tab, read it like a file, one ledger entry per change.

`sync_sheet` asks Google now (the CLI, a "sync now" button); `auto_sync_sheet` asks at most once per time
to live however many sessions call it, and otherwise reports what the last sync left. When Google does not
answer after the allowed retries, the data stored by the last good sync stays and the result says since
when it is stale. Nothing half-fetched is stored: every tab is fetched first, then read, then stored once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pandas as pd

from connectors.readers import ColumnMapping
from connectors.readers.parsed_upload import ParsedUpload
from connectors.sheets.credentials import CredentialsInfo, discover_credentials
from connectors.sheets.goals_tab import goals_from_tab, merge_goals
from connectors.sheets.google_transport import GoogleTransport
from connectors.sheets.sheet_client import (
    SheetClient,
    SheetSnapshot,
    SheetUnavailable,
    TabRef,
    TabValues,
    tab_ref,
)
from connectors.sheets.sheet_link import SheetLink, parse_sheet_link
from connectors.sheets.sheet_policy import check_spreadsheet_allowed
from connectors.sheets.sheet_retry import RetryPolicy
from connectors.sheets.sheet_schedule import DEFAULT_TTL_SECONDS, SheetSyncSchedule, SheetSyncState, sync_key
from connectors.sheets.sheet_upload import GOALS, LAYOUTS, sheet_source_name, tab_layout, upload_from_tabs
from connectors.store.workspaces import acting_here
from metrics.access import VIA_SYSTEM, Actor, Role, require
from metrics.errors import GoalpostError, Message, SheetError
from metrics.strategy import Strategy, load_strategy
from metrics.words import sentences

MANUAL_SYNC_FLOOR_SECONDS = 30
"""A "sync now" button may pass this as ttl_seconds to auto_sync_sheet: a burst of clicks costs one call."""
AUTOMATIC_SYNC_USER = "automatic sheet sync"
AUTOMATIC_SYNC = Actor(AUTOMATIC_SYNC_USER, Role.EDITOR, VIA_SYSTEM)
"""Who re-syncs the sheets editors connected, on the schedule, for everyone watching."""


@dataclass(frozen=True)
class SyncResult:
    """What one sync did: stored, unchanged, stale (Google unreachable, old data kept) or skipped (not due)."""

    status: str
    """"stored" | "unchanged" | "stale" | "skipped"."""
    spreadsheet_id: str
    message: str
    sheet_title: str = ""
    tabs: tuple[str, ...] = ()
    fetched_at: datetime | None = None
    upload_id: int | None = None
    rows: int = 0
    stale_since: datetime | None = None
    """When the stored data was last refreshed, if the latest attempt failed; None when fresh."""
    last_success_at: datetime | None = None
    restated: pd.DataFrame | None = field(default=None, repr=False, compare=False)
    goals: tuple[dict[str, Any], ...] = ()
    strategy_version: int | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Reading:
    layout: str | None
    channel: str | None
    audience: str | None
    mapping: ColumnMapping | None


@dataclass(frozen=True)
class _Plan:
    link: SheetLink
    data_tabs: tuple[TabRef, ...]
    goals_tabs: tuple[TabRef, ...]
    reading: _Reading
    key: str


def sync_sheet(
    store: Any,
    sheet_url: str,
    tabs: Sequence[TabRef | int | str] = (),
    *,
    credentials: CredentialsInfo | None = None,
    layout: str | None = None,
    goals_tabs: Sequence[TabRef | int | str] = (),
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
    actor: Actor,
    transport: GoogleTransport | None = None,
    retry: RetryPolicy | None = None,
    clock: Callable[[], float] | None = None,
) -> SyncResult:
    """Return what reading the sheet's tabs into the store did; asks Google now, whatever the schedule says.

    The actor needs the editor role, and the sheet must be allowed (sheet_policy) before Google is asked.
    """
    require(actor, Role.EDITOR, "sheets")
    acting_here(store, actor)
    plan = _plan(sheet_url, tabs, goals_tabs, _Reading(layout, channel, audience, mapping))
    check_spreadsheet_allowed(store, plan.link.spreadsheet_id)
    schedule = _schedule(store, clock)
    schedule.record_attempt(plan.key, plan.link.spreadsheet_id)
    return _run_sync(store, schedule, plan, credentials, plan.reading, actor, transport, retry)


def auto_sync_sheet(
    store: Any,
    sheet_url: str,
    tabs: Sequence[TabRef | int | str] = (),
    *,
    ttl_seconds: float = DEFAULT_TTL_SECONDS,
    credentials: CredentialsInfo | None = None,
    layout: str | None = None,
    goals_tabs: Sequence[TabRef | int | str] = (),
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
    actor: Actor,
    transport: GoogleTransport | None = None,
    retry: RetryPolicy | None = None,
    clock: Callable[[], float] | None = None,
) -> SyncResult:
    """Return a sync's result, asking Google only if no session did so within ttl_seconds (else "skipped").

    The actor needs the editor role (AUTOMATIC_SYNC for sheets an editor connected), and the sheet must be
    allowed (sheet_policy) before Google is asked.
    """
    require(actor, Role.EDITOR, "sheets")
    acting_here(store, actor)
    plan = _plan(sheet_url, tabs, goals_tabs, _Reading(layout, channel, audience, mapping))
    check_spreadsheet_allowed(store, plan.link.spreadsheet_id)
    schedule = _schedule(store, clock)
    if not schedule.claim(plan.key, plan.link.spreadsheet_id, ttl_seconds=ttl_seconds):
        return _skipped(plan, schedule.state(plan.key), ttl_seconds)
    return _run_sync(store, schedule, plan, credentials, plan.reading, actor, transport, retry)


def sheet_sync_state(
    store: Any,
    sheet_url: str,
    tabs: Sequence[TabRef | int | str] = (),
    *,
    layout: str | None = None,
    goals_tabs: Sequence[TabRef | int | str] = (),
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
) -> SheetSyncState | None:
    """Return the shared schedule's record for this sheet and choice of tabs (None if never synced)."""
    plan = _plan(sheet_url, tabs, goals_tabs, _Reading(layout, channel, audience, mapping))
    return _schedule(store, None).state(plan.key)


def _run_sync(
    store: Any,
    schedule: SheetSyncSchedule,
    plan: _Plan,
    credentials: CredentialsInfo | None,
    reading: _Reading,
    actor: Actor,
    transport: GoogleTransport | None,
    retry: RetryPolicy | None,
) -> SyncResult:
    try:
        client = SheetClient(credentials or discover_credentials(None), transport=transport, retry=retry)
        snapshot = client.fetch(plan.link, [*plan.data_tabs, *plan.goals_tabs])
        result = _store_snapshot(store, snapshot, plan, reading, actor)
    except SheetUnavailable as unavailable:
        schedule.record_failure(plan.key, unavailable.message, transient=True)
        state = schedule.state(plan.key)
        if state is None or state.last_success_at is None:
            raise
        return SyncResult(
            status="stale",
            spreadsheet_id=plan.link.spreadsheet_id,
            message=Message(
                "sheets.stale_since",
                "{problem} The numbers shown are from the last good sync ({time}); they are stale since then.",
                problem=unavailable.message,
                time=_when(state.last_success_at),
            ),
            stale_since=state.last_success_at,
            last_success_at=state.last_success_at,
            upload_id=state.last_upload_id,
        )
    except GoalpostError as problem:
        schedule.record_failure(plan.key, problem.message, transient=False)
        raise
    schedule.record_success(plan.key, upload_id=result.upload_id)
    return result


def _store_snapshot(
    store: Any, snapshot: SheetSnapshot, plan: _Plan, reading: _Reading, actor: Actor
) -> SyncResult:
    """Read every fetched tab, check the goals, then store: nothing is written unless all of it reads."""
    goal_gids = {tab.gid for tab in snapshot.tabs[len(plan.data_tabs) :]}
    data, goal_tabs = [], []
    for tab in snapshot.tabs:
        chosen = GOALS if tab.gid in goal_gids else tab_layout(tab, reading.layout)
        (goal_tabs if chosen == GOALS else data).append(tab)
    goals: list[dict[str, Any]] = []
    for tab in goal_tabs:
        goals.extend(goals_from_tab(tab, sheet_source_name(snapshot, [tab])))
    strategy_text = None
    if goal_tabs:
        current = store.strategy_text()
        strategy_text, merged = merge_goals(current, goals, source=sheet_source_name(snapshot, goal_tabs))
        if current is not None and _same_strategy(current, merged):
            strategy_text = None
    parsed = None
    if data:
        parsed = upload_from_tabs(
            snapshot,
            data,
            layout=reading.layout,
            channel=reading.channel,
            audience=reading.audience,
            mapping=reading.mapping,
        )
    ingest = None if parsed is None else store.ingest(parsed, actor=actor, source="sheet")
    version = None
    if strategy_text is not None:
        version = store.save_strategy(
            strategy_text,
            actor=actor,
            note=Message(
                "sheets.strategy_note", "Goals from {source}", source=sheet_source_name(snapshot, goal_tabs)
            ),
        )
    return _synced(snapshot, data, parsed, ingest, goals, version)


def _synced(
    snapshot: SheetSnapshot,
    data: list[TabValues],
    parsed: ParsedUpload | None,
    ingest: Any,
    goals: list[dict[str, Any]],
    version: int | None,
) -> SyncResult:
    parts: list[str] = []
    status = "unchanged"
    upload_id = None
    if ingest is not None:
        upload_id = ingest.upload_id
        if ingest.status == "stored":
            status = "stored"
            parts.append(ingest.message)
        else:
            parts.append(
                Message(
                    "sheets.data_unchanged",
                    "{source} has not changed since it was stored as upload #{upload}; nothing to store.",
                    source=sheet_source_name(snapshot, data),
                    upload=str(ingest.upload_id),
                )
            )
    if goals:
        if version is not None:
            status = "stored"
            parts.append(
                Message(
                    "sheets.goals_saved",
                    "{count} goal(s) from the sheet saved as strategy version {version}.",
                    count=len(goals),
                    version=str(version),
                )
            )
        else:
            parts.append(
                Message(
                    "sheets.goals_unchanged",
                    "The {count} goal(s) in the sheet match the strategy; nothing to change.",
                    count=len(goals),
                )
            )
    return SyncResult(
        status=status,
        spreadsheet_id=snapshot.spreadsheet_id,
        message=sentences(*parts),
        sheet_title=snapshot.title,
        tabs=tuple(tab.title for tab in snapshot.tabs),
        fetched_at=snapshot.fetched_at,
        upload_id=upload_id,
        rows=parsed.row_count if parsed is not None else 0,
        last_success_at=snapshot.fetched_at,
        restated=getattr(ingest, "restated", None),
        goals=tuple(goals),
        strategy_version=version,
        notes=tuple(parsed.notes) if parsed is not None else (),
    )


def _skipped(plan: _Plan, state: SheetSyncState | None, ttl_seconds: float) -> SyncResult:
    minutes = max(1, round(ttl_seconds / 60))
    message: str
    if state is None or state.last_attempt_at is None:
        message = Message("sheets.sync_in_progress", "Another session is reading the Google Sheet right now.")
    else:
        message = Message(
            "sheets.checked_recently",
            "The Google Sheet was last checked at {time}; Goalpost checks it at most every {minutes} minute(s).",
            time=_when(state.last_attempt_at),
            minutes=minutes,
        )
    if state is not None and state.last_error:
        message = Message(
            "sheets.last_check_failed",
            "{message} The last check failed: {problem}",
            message=message,
            problem=state.last_error,
        )
    return SyncResult(
        status="skipped",
        spreadsheet_id=plan.link.spreadsheet_id,
        message=message,
        stale_since=state.stale_since if state is not None else None,
        last_success_at=state.last_success_at if state is not None else None,
        upload_id=state.last_upload_id if state is not None else None,
    )


def _plan(
    sheet_url: str,
    tabs: Sequence[TabRef | int | str],
    goals_tabs: Sequence[TabRef | int | str],
    reading: _Reading,
) -> _Plan:
    link = parse_sheet_link(sheet_url)
    data = tuple(tab_ref(t) for t in tabs)
    goals = tuple(tab_ref(t) for t in goals_tabs)
    if not data and not goals:
        data = (TabRef(gid=link.gid),)
    if reading.layout is not None and reading.layout not in LAYOUTS:
        raise SheetError(
            Message(
                "sheets.layout_unknown",
                "The layout “{layout}” is unknown; choose one of {layouts}.",
                layout=reading.layout,
                layouts=", ".join(LAYOUTS),
            )
        )
    mapping = reading.mapping.to_dict() if reading.mapping is not None else None
    selection = json.dumps(
        [
            [(t.gid, t.title) for t in data],
            [(t.gid, t.title) for t in goals],
            reading.layout,
            reading.channel,
            reading.audience,
            mapping,
            link.published,
        ],
        sort_keys=True,
    )
    key = sync_key(link.spreadsheet_id, selection)
    return _Plan(link=link, data_tabs=data, goals_tabs=goals, reading=reading, key=key)


def _schedule(store: Any, clock: Callable[[], float] | None) -> SheetSyncSchedule:
    if clock is None:
        return SheetSyncSchedule.for_store(store)
    return SheetSyncSchedule.for_store(store, clock=clock)


def _same_strategy(current_text: str, merged: Strategy) -> bool:
    try:
        return load_strategy(current_text) == merged
    except GoalpostError:
        return False


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
