"""Live meetings: every open dashboard notices new data within seconds and says what changed."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import streamlit as st

from connectors.sheets import connected_sheets, discover_credentials, sync_connected_sheets
from connectors.store import Store
from metrics.errors import GoalpostError
from views.access import visit_ended
from views.context import AppContext
from views.i18n import format_list, format_number, t
from views.messages import error_text
from views.tables import literal

LIVE_INTERVAL = "3s"
LIVE_QUIET_SECONDS = 10.0
"""News redraws an open page at most this often (seconds since it was last drawn)."""
DRAWN_AT_KEY = "live.drawn_at"  # session: time.monotonic() of the page's last whole run
SEEN_KEY = "live.seen"
MAX_NAMED_FILES = 3
SHEETS_CHECKED_KEY = "live.sheets_checked_at"  # session: when this session last asked for a sheet sync
SHEETS_NOTE_KEY = "live.sheets_note"  # session: why the last sheet check could not run, if it could not
SHEETS_CHECK_EVERY_SECONDS = 60
"""How often each open dashboard asks whether a connected sheet is due; Google is asked once per its interval."""


@dataclass(frozen=True)
class StoreSnapshot:
    """What a viewer has seen of the store: its version, the active and undone uploads, the strategy version."""

    version: int
    active: frozenset[int]
    undone: frozenset[int]
    strategy_version: int | None


def snapshot(ctx: AppContext, uploads: pd.DataFrame) -> StoreSnapshot:
    """Return the snapshot of the store as this view sees it."""
    ids = uploads["id"].astype(int) if len(uploads) else pd.Series([], dtype=int)
    status = uploads["status"] if len(uploads) else pd.Series([], dtype=object)
    return StoreSnapshot(
        version=ctx.store_version,
        active=frozenset(ids[status == "active"].tolist()),
        undone=frozenset(ids[status != "active"].tolist()),
        strategy_version=ctx.strategy_version,
    )


def describe_change(before: StoreSnapshot, after: StoreSnapshot, uploads: pd.DataFrame, lang: str) -> str:
    """Return what changed between two snapshots in one sentence: new files, undone files, a new strategy."""
    names = (
        dict(zip(uploads["id"].astype(int), uploads["file_name"].astype(str), strict=True))
        if len(uploads)
        else {}
    )
    parts = []
    added = sorted(after.active - before.active - before.undone)
    restored = sorted(after.active & before.undone)
    undone = sorted(after.undone & before.active)
    for key, ids in (("live.new_data", added), ("live.restored", restored), ("live.undone", undone)):
        if ids:
            shown = format_list(
                (t("common.quoted", lang, text=names.get(i, i)) for i in ids[:MAX_NAMED_FILES]),
                lang,
                conjunction=False,
            )
            more = len(ids) - MAX_NAMED_FILES
            if more > 0:
                shown += " " + t("live.more_files", lang, count=format_number(more, lang))
            parts.append(t(key, lang, files=shown))
    if after.strategy_version != before.strategy_version and after.strategy_version is not None:
        parts.append(t("live.strategy", lang, version=after.strategy_version))
    return " ".join(parts) or t("live.updated", lang)


def announce_changes(ctx: AppContext) -> None:
    """Show a toast saying what changed in the store since this viewer last saw it (nothing on a first view)."""
    before: StoreSnapshot | None = st.session_state.get(SEEN_KEY)
    if before is not None and before.version == ctx.store_version:
        return
    try:
        uploads = _ledger_at(ctx.store_location, ctx.store_version, ctx.store)
    except _LedgerMoved:
        uploads = ctx.store.uploads()
    except GoalpostError:
        return
    after = snapshot(ctx, uploads)
    st.session_state[SEEN_KEY] = after
    # A pinned view's numbers never change: news of today's data would read as if they had.
    if before is not None and ctx.pin is None:
        st.toast(literal(describe_change(before, after, uploads, ctx.language)), icon=":material/update:")


class _LedgerMoved(Exception):
    """The ledger changed between reading the store's version and reading the ledger."""


@st.cache_data(show_spinner=False, max_entries=8)
def _ledger_at(location: str, store_version: int, _store: Store) -> pd.DataFrame:
    # Read once per store version for every first view, not once per viewer.
    uploads = _store.uploads()
    if _store.version() != store_version:
        raise _LedgerMoved  # a newer ledger must not be remembered under an older version
    return uploads


def watch_store(ctx: AppContext) -> None:
    """Run a small fragment every few seconds that reruns the whole page when the store's version moved."""
    # The fragment's first run is part of the page's own run. Rerunning from there when the store moved while
    # the page was drawn would start the page again before it ever finished: with changes coming faster than
    # a page takes (uploads every few seconds, a busy server) a viewer never got a whole page. That run ends
    # instead, and the next tick, a few seconds later, brings the news.
    in_page_run = [True]

    @st.fragment(run_every=LIVE_INTERVAL)
    def store_watch() -> None:
        keep_sheets_synced(ctx)
        note = st.session_state.get(SHEETS_NOTE_KEY)
        if note:
            st.caption(literal(t("sheets.live_note", ctx.language, problem=note)))
        try:
            version = ctx.store.version()
            # A revoked meeting link or an ended sign-in closes an open page too, not only the next one.
            ended = visit_ended(ctx.home_store or ctx.store, ctx.store)
        except GoalpostError:
            return  # a busy store is asked again at the next tick
        drawn_at = st.session_state.get(DRAWN_AT_KEY)
        since = None if drawn_at is None else time.monotonic() - drawn_at
        if not in_page_run[0] and redraw_due(version != ctx.store_version, ended, since):
            st.rerun(scope="app")

    st.session_state[DRAWN_AT_KEY] = time.monotonic()
    store_watch()
    in_page_run[0] = False


def redraw_due(store_moved: bool, visit_ended: bool, seconds_since_drawn: float | None) -> bool:
    """Return True when an open page must be drawn again now: its visit ended, or news and the page is not fresh.

    The first news after a quiet spell shows at the next tick (3 s). While uploads keep coming, a page is
    redrawn at most every LIVE_QUIET_SECONDS: a page redrawn every few seconds cannot be read in a meeting,
    and fifty open pages redrawn after every upload kept a server busy drawing pages nobody had read yet.
    """
    if visit_ended:
        return True
    if not store_moved:
        return False
    return seconds_since_drawn is None or seconds_since_drawn >= LIVE_QUIET_SECONDS


def keep_sheets_synced(ctx: AppContext) -> None:
    """Sync the deployment's connected Google Sheets that are due, asking at most once a minute per session."""
    now = time.monotonic()
    last = st.session_state.get(SHEETS_CHECKED_KEY)
    if last is not None and now - last < SHEETS_CHECK_EVERY_SECONDS:
        return
    st.session_state[SHEETS_CHECKED_KEY] = now
    try:
        connections = connected_sheets(ctx.store)
        if connections:
            credentials = discover_credentials(_secrets())
            sync_connected_sheets(ctx.store, credentials=credentials, connections=connections)
    except GoalpostError as err:
        # The Data page shows sheet problems in full; the other pages only mention them.
        st.session_state[SHEETS_NOTE_KEY] = error_text(err, ctx.language)
    else:
        st.session_state.pop(SHEETS_NOTE_KEY, None)


def _secrets() -> Mapping[str, Any] | None:
    # st.secrets raises on first use when there is no secrets file; ask whether one loaded first.
    try:
        return st.secrets if st.secrets.load_if_toml_exists() else None
    except Exception:  # noqa: BLE001 - without readable secrets Goalpost reads public sheets only
        return None
