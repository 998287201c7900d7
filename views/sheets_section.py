"""The Google Sheets part of the Data page: connect a sheet, sync it now, and keep it synced while the page is open.

Google is asked through connectors.sheets.auto_sync_sheet only, whose shared schedule in the store lets one
session per interval call Google however many people watch. A sheet that synced (or that Google did not answer
for) is recorded as one of the deployment's connected sheets in the store, so every open dashboard keeps it
synced (views/live.py), not just the session that connected it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd
import streamlit as st

from connectors.sheets import (
    DEFAULT_TTL_SECONDS,
    MANUAL_SYNC_FLOOR_SECONDS,
    CredentialsInfo,
    SheetClient,
    SheetConnection,
    SheetLink,
    SheetUnavailable,
    SyncResult,
    TabInfo,
    auto_sync_sheet,
    connect_sheet,
    connected_sheets,
    disconnect_sheet,
    discover_credentials,
    parse_sheet_link,
    sheet_sync_state,
    sync_connected_sheets,
)
from connectors.sheets.sheet_connections import FAILED
from metrics.access import Actor
from metrics.errors import GoalpostError, SheetError
from views import labels
from views.i18n import format_date, format_number, t
from views.messages import error_text, localized
from views.tables import literal, safe_table, show_error

if TYPE_CHECKING:
    from connectors.sheets import SheetSyncState
    from views.context import AppContext

URL_KEY = "sheets.url"
TABS_KEY = "sheets.tabs"
LAYOUT_KEY = "sheets.layout"
GOALS_KEY = "sheets.goals_tab"
CHANNEL_KEY = "sheets.channel"
AUDIENCE_KEY = "sheets.audience"
SYNC_NOW_KEY = "sheets.sync_now"
WIDGET_KEYS = (URL_KEY, TABS_KEY, LAYOUT_KEY, GOALS_KEY, CHANNEL_KEY, AUDIENCE_KEY)
KEPT = "sheets.kept"  # session: the widgets' last values, so leaving the Data page does not forget them
TAB_LISTS = "sheets.tab_lists"  # session: each sheet's tab list (or why it could not be read), by sheet
TABS_SEEDED_FOR = "sheets.tabs_seeded_for"  # session: the sheet and tab link the tab choice was seeded from
OUTCOME = "sheets.outcome"  # session: what the latest sync (by hand or automatic) did, shown until the next
DETECT = "detect"
LAYOUTS = (DETECT, "tidy", "wide")
FROM_SHEET = ""
NO_GOALS_TAB = -1
"""The goals picker's "no goals tab" (tab ids are never negative; None would show as an empty picker)."""
AUTO_SYNC_EVERY_SECONDS = 60
"""How often an open page asks whether the sheet is due; Google itself is asked once per DEFAULT_TTL_SECONDS."""
KNOWN_CHANNELS = ("facebook", "instagram", "linkedin", "youtube", "tiktok", "x", "blog", "helpdesk")


@dataclass(frozen=True)
class SheetChoice:
    """One sheet read with one choice of tabs, layout, channel and audience (what a sync is asked for)."""

    url: str
    title: str
    """The sheet as messages name it: its title, or (when Google cannot list it) its short id and tab."""
    listed: bool = True
    """True when Google listed the sheet's tabs (service account), so results name the sheet and its tabs."""
    tabs: tuple[int, ...] = ()
    goals_tabs: tuple[int, ...] = ()
    layout: str | None = None
    channel: str | None = None
    audience: str | None = None

    def options(self) -> dict[str, Any]:
        """Return the keyword arguments auto_sync_sheet and sheet_sync_state take for this choice."""
        return {
            "layout": self.layout,
            "goals_tabs": list(self.goals_tabs),
            "channel": self.channel,
            "audience": self.audience,
        }


@dataclass(frozen=True)
class TabListing:
    """A sheet's title and tabs as Google listed them, or the plain-words reason it could not."""

    title: str = ""
    tabs: tuple[TabInfo, ...] = ()
    problem: str | None = None


@dataclass(frozen=True)
class SyncOutcome:
    """What one sync did, in the terms the page shows: stored, unchanged, stale, skipped or failed."""

    kind: str
    sheet: str
    automatic: bool = False
    values: int = 0
    upload_id: int | None = None
    restated: pd.DataFrame | None = field(default=None, compare=False, repr=False)
    goals: int = 0
    strategy_version: int | None = None
    problem: str = ""
    retry_later: bool = False
    """True when Google did not answer (rate limit, outage): asking again later may work."""
    stale_since: datetime | None = None
    checked_at: datetime | None = None


# ---------------------------------------------------------------- section


def render(ctx: AppContext) -> None:
    """Draw the Google Sheets section: access mode, link, tabs and layout, Sync now, results, automatic sync."""
    lang = ctx.language
    st.header(t("sheets.title", lang))
    st.caption(t("sheets.help", lang))
    try:
        credentials = google_credentials()
    except GoalpostError as err:
        show_error(err, lang)
        return
    _render_access(credentials, lang)

    _restore_widgets()
    url = st.text_input(
        t("sheets.url_label", lang),
        key=URL_KEY,
        placeholder="https://docs.google.com/spreadsheets/d/…",
        help=t("sheets.url_help", lang),
    )
    choice = None
    if url.strip():
        try:
            link = parse_sheet_link(url)
        except SheetError as err:
            show_error(err, lang)
        else:
            choice = _render_choice(ctx, credentials, link, url.strip())
    _keep_widgets()

    if st.button(t("sheets.sync_now", lang), key=SYNC_NOW_KEY, type="primary", disabled=choice is None):
        assert choice is not None
        _sync_by_hand(ctx, credentials, choice)
    _render_live_status(ctx)


def google_credentials() -> CredentialsInfo:
    """Return how this deployment reads sheets: the secrets' service account, a key file, or public links."""
    return discover_credentials(st.secrets)


def _render_access(credentials: CredentialsInfo, lang: str) -> None:
    if credentials.mode == "service_account" and credentials.service_account_email:
        st.markdown(t("sheets.access_service_account", lang))
        # A code block shows the address exactly and gives it a copy button; the key is never on the page.
        st.code(credentials.service_account_email, language=None)
        st.caption(t("sheets.access_service_account_note", lang))
    else:
        st.info(literal(t("sheets.access_public", lang)), icon=":material/link:")
        st.caption(t("sheets.access_public_more", lang))


# ---------------------------------------------------------------- choosing tabs, layout, channel


def _render_choice(
    ctx: AppContext, credentials: CredentialsInfo, link: SheetLink, url: str
) -> SheetChoice | None:
    """Draw the tab, layout, goals and channel pickers for a link; return the choice, or None if incomplete."""
    lang = ctx.language
    can_list = credentials.mode == "service_account" and not link.published
    tabs: tuple[int, ...] = ()
    goals: tuple[int, ...] = ()
    if can_list:
        listing = _tab_listing(credentials, link, lang)
        if listing.problem is not None:
            show_error(SheetError(listing.problem), lang)
            st.caption(t("sheets.reload_after_sharing", lang))
            _reload_button(link, lang)
            return None
        title = listing.title
        st.markdown(literal(t("sheets.sheet_name", lang, title=listing.title)))
        tabs, goals = _render_tab_pickers(link, listing, lang)
    else:
        where = t("sheets.first_tab", lang) if link.gid is None else t("sheets.tab_gid", lang, gid=link.gid)
        st.caption(literal(t("sheets.tab_from_link", lang, tab=where)))
        title = t("sheets.unlisted_sheet", lang, sheet=link.label(), tab=where)
        tabs = () if link.gid is None else (link.gid,)

    layout_column, channel_column, audience_column = st.columns(3)
    layout = layout_column.selectbox(
        t("sheets.layout_label", lang),
        LAYOUTS,
        format_func=lambda name: t(f"sheets.layout_{name}", lang),
        key=LAYOUT_KEY,
        help=t("sheets.layout_help", lang),
    )
    channel = audience = None
    if layout != "tidy":
        # Only a tracker tab can lack the channel and audience columns; a tidy tab always names them.
        channel = _optional_choice(
            channel_column,
            t("sheets.channel_label", lang),
            labels.channel_names(ctx.strategy, KNOWN_CHANNELS),
            t("sheets.channel_from_sheet", lang),
            CHANNEL_KEY,
            t("sheets.channel_help", lang),
        )
        audience = _optional_choice(
            audience_column,
            t("sheets.audience_label", lang),
            labels.audience_names(ctx.strategy, lang, include_all=True),
            t("sheets.audience_from_sheet", lang),
            AUDIENCE_KEY,
            None,
        )
    if can_list and not tabs and not goals:
        st.caption(t("sheets.pick_a_tab", lang))
        return None
    return SheetChoice(
        url=url,
        title=title,
        listed=can_list,
        tabs=tabs,
        goals_tabs=goals,
        layout=None if layout == DETECT else layout,
        channel=channel,
        audience=audience,
    )


def _render_tab_pickers(
    link: SheetLink, listing: TabListing, lang: str
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Draw the data-tab and goals-tab pickers; return the chosen gids (data tabs, goals tabs)."""
    names = {tab.gid: tab.title for tab in listing.tabs}
    gids = list(names)
    seed = (link.spreadsheet_id, link.gid)
    if st.session_state.get(TABS_SEEDED_FOR) != seed:
        # A newly pasted sheet (or tab link) starts from the tab in its link, else its first tab.
        st.session_state[TABS_SEEDED_FOR] = seed
        st.session_state[TABS_KEY] = [link.gid if link.gid in names else gids[0]] if gids else []
        st.session_state[GOALS_KEY] = NO_GOALS_TAB
    if st.session_state.get(GOALS_KEY) not in (NO_GOALS_TAB, *gids):
        st.session_state[GOALS_KEY] = NO_GOALS_TAB
    goals_gid = st.session_state.get(GOALS_KEY)
    data_gids = [gid for gid in gids if gid != goals_gid]
    st.session_state[TABS_KEY] = [gid for gid in st.session_state.get(TABS_KEY) or [] if gid in data_gids]

    tabs_column, goals_column = st.columns([2, 1])
    chosen = tabs_column.multiselect(
        t("sheets.tabs_label", lang),
        data_gids,
        format_func=lambda gid: names.get(gid, str(gid)),
        key=TABS_KEY,
        help=t("sheets.tabs_help", lang),
    )
    goals = goals_column.selectbox(
        t("sheets.goals_label", lang),
        [NO_GOALS_TAB, *gids],
        format_func=lambda gid: t("sheets.goals_none", lang)
        if gid == NO_GOALS_TAB
        else names.get(gid, str(gid)),
        key=GOALS_KEY,
        help=t("sheets.goals_help", lang),
    )
    _reload_button(link, lang)
    data_tabs = tuple(int(gid) for gid in chosen if gid != goals)
    return data_tabs, (() if goals in (None, NO_GOALS_TAB) else (int(goals),))


def _optional_choice(
    where: Any, label: str, names: dict[str, str], from_sheet: str, key: str, help_text: str | None
) -> str | None:
    options = [FROM_SHEET, *names]
    if st.session_state.get(key) not in options:
        st.session_state[key] = FROM_SHEET
    chosen = where.selectbox(
        label,
        options,
        format_func=lambda value: from_sheet if value == FROM_SHEET else names.get(value, value),
        key=key,
        help=help_text,
    )
    return chosen or None


def _tab_listing(credentials: CredentialsInfo, link: SheetLink, lang: str) -> TabListing:
    """Return the sheet's tabs, asking Google once per sheet and session (the reload button asks again)."""
    listings: dict[tuple[str, str], TabListing] = st.session_state.setdefault(TAB_LISTS, {})
    key = (link.spreadsheet_id, credentials.service_account_email or "")
    if key not in listings:
        try:
            with st.spinner(t("sheets.syncing", lang)):
                title, tabs = SheetClient(credentials).tabs(link)
            listings[key] = TabListing(title=title, tabs=tuple(tabs))
        except GoalpostError as err:
            listings[key] = TabListing(problem=error_text(err, lang))
    return listings[key]


def _reload_button(link: SheetLink, lang: str) -> None:
    def forget() -> None:
        listings = st.session_state.get(TAB_LISTS, {})
        for key in [k for k in listings if k[0] == link.spreadsheet_id]:
            del listings[key]

    st.button(t("sheets.reload_tabs", lang), key="sheets.reload_tabs", on_click=forget)


def _restore_widgets() -> None:
    # Streamlit forgets a widget's value on runs that do not draw it (another page); put it back.
    kept = st.session_state.get(KEPT, {})
    for key in WIDGET_KEYS:
        if key not in st.session_state and key in kept:
            st.session_state[key] = kept[key]


def _keep_widgets() -> None:
    st.session_state[KEPT] = {key: st.session_state[key] for key in WIDGET_KEYS if key in st.session_state}


# ---------------------------------------------------------------- syncing


def _sync_by_hand(ctx: AppContext, credentials: CredentialsInfo, choice: SheetChoice) -> None:
    """Sync the chosen tabs now (a burst of clicks costs one Google call) and connect the sheet if it worked."""
    with st.spinner(t("sheets.syncing", ctx.language)):
        outcome = sync_outcome(
            ctx,
            choice,
            credentials=credentials,
            ttl_seconds=MANUAL_SYNC_FLOOR_SECONDS,
            actor=ctx.actor,
            automatic=False,
        )
    st.session_state[OUTCOME] = outcome
    if outcome.kind != "failed" or outcome.retry_later:
        # Automatic sync keeps asking for a sheet Google did not answer for; a refusal needs the manager.
        try:
            connect_sheet(
                ctx.store,
                choice.url,
                list(choice.tabs),
                actor=ctx.actor,
                title=choice.title,
                **choice.options(),
            )
        except GoalpostError as err:
            st.session_state[OUTCOME] = SyncOutcome(
                "failed", choice.title, problem=error_text(err, ctx.language)
            )
    if outcome.kind == "stored":
        st.rerun()  # the freshness note and the ledger on this page read the store before the sync


def sync_outcome(
    ctx: AppContext,
    connection: SheetChoice,
    *,
    credentials: CredentialsInfo | None,
    ttl_seconds: float,
    actor: Actor,
    automatic: bool,
) -> SyncOutcome:
    """Return what asking for a sync of the connection did (at most one Google call per ttl_seconds)."""
    lang = ctx.language
    try:
        result = auto_sync_sheet(
            ctx.store,
            connection.url,
            list(connection.tabs),
            ttl_seconds=ttl_seconds,
            credentials=credentials or google_credentials(),
            actor=actor,
            **connection.options(),
        )
        if result.status == "skipped":
            return _skipped_outcome(ctx, connection, result, automatic)
        return _outcome(ctx, connection, result, automatic)
    except SheetUnavailable as err:
        return SyncOutcome(
            "failed", connection.title, automatic, problem=error_text(err, lang), retry_later=True
        )
    except GoalpostError as err:
        return SyncOutcome("failed", connection.title, automatic, problem=error_text(err, lang))
    except Exception:  # noqa: BLE001 - a manager never sees a traceback; the schedule keeps the sheet's state
        return SyncOutcome("failed", connection.title, automatic, problem=t("sheets.unexpected", lang))


def _outcome(ctx: AppContext, connection: SheetChoice, result: SyncResult, automatic: bool) -> SyncOutcome:
    sheet = _sheet_words(connection, result)
    if result.status == "stale":
        return SyncOutcome(
            "stale", sheet, automatic, upload_id=result.upload_id, stale_since=result.stale_since
        )
    values = 0
    if result.status == "stored" and result.upload_id is not None:
        values = _values_of_upload(ctx, result.upload_id, result.rows)
    return SyncOutcome(
        result.status,
        sheet,
        automatic,
        values=values,
        upload_id=result.upload_id,
        restated=result.restated if result.status == "stored" else None,
        goals=len(result.goals),
        strategy_version=result.strategy_version,
        checked_at=result.fetched_at,
    )


def _skipped_outcome(
    ctx: AppContext, connection: SheetChoice, result: SyncResult, automatic: bool
) -> SyncOutcome:
    """Turn "not asked again yet" into what the last real attempt found (a failure stays on screen)."""
    state = _state(ctx, connection)
    if state is not None and state.last_error:
        if state.last_error_transient and state.last_success_at is not None:
            return SyncOutcome("stale", connection.title, automatic, stale_since=state.last_success_at)
        return SyncOutcome(
            "failed",
            connection.title,
            automatic,
            problem=localized(state.last_error, ctx.language),
            retry_later=state.last_error_transient,
        )
    checked = state.last_attempt_at if state is not None else None
    return SyncOutcome("skipped", connection.title, automatic, upload_id=result.upload_id, checked_at=checked)


def _values_of_upload(ctx: AppContext, upload_id: int, fallback: int) -> int:
    """Return how many values the upload stored, as its ledger entry says."""
    try:
        ledger = ctx.store.uploads()
    except GoalpostError:
        return fallback
    entry = ledger.loc[ledger["id"] == upload_id, "values"] if len(ledger) else pd.Series(dtype=int)
    return int(entry.iloc[0]) if len(entry) else fallback


def _sheet_words(connection: SheetChoice, result: SyncResult) -> str:
    # Without a service account Google gives no titles; the connection names the sheet by its id and tab.
    if connection.listed and result.sheet_title and result.tabs:
        return f"{result.sheet_title} / {' + '.join(result.tabs)}"
    return connection.title


def _state(ctx: AppContext, connection: SheetChoice) -> SheetSyncState | None:
    try:
        return sheet_sync_state(ctx.store, connection.url, list(connection.tabs), **connection.options())
    except GoalpostError:
        return None


# ---------------------------------------------------------------- results and automatic sync


def _render_live_status(ctx: AppContext) -> None:
    """Run the automatic sync of the deployment's connected sheets and show them, again every minute."""

    @st.fragment(run_every=AUTO_SYNC_EVERY_SECONDS)
    def sheet_status() -> None:
        try:
            connections = connected_sheets(ctx.store)
            choices = [connection_choice(connection) for connection in connections]
            results = sync_connected_sheets(
                ctx.store, credentials=google_credentials(), connections=connections
            )
        except GoalpostError as err:
            show_error(err, ctx.language)
            return
        for choice, result in zip(choices, results, strict=True):
            outcome = _automatic_outcome(ctx, choice, result)
            # "Not due" changes nothing on screen; a real check replaces what the last one said.
            if outcome is not None:
                st.session_state[OUTCOME] = outcome
        shown: SyncOutcome | None = st.session_state.get(OUTCOME)
        if shown is not None:
            render_outcome(shown, ctx.language, ctx)
        if connections:
            st.subheader(t("sheets.connected_title", ctx.language))
            st.caption(t("sheets.auto_note", ctx.language, minutes=round(DEFAULT_TTL_SECONDS / 60)))
        for connection, choice in zip(connections, choices, strict=True):
            _render_connection(ctx, connection, choice, shown)

    sheet_status()


def connection_choice(connection: SheetConnection) -> SheetChoice:
    """Return the page's view of a stored connection (named by its saved title, else by the link)."""
    title = connection.title
    if not title:
        try:
            title = parse_sheet_link(connection.sheet_url).label()
        except GoalpostError:
            title = connection.sheet_url
    return SheetChoice(
        url=connection.sheet_url,
        title=title,
        listed=False,
        tabs=tuple(connection.tabs),  # type: ignore[arg-type]  # tab ids, or titles when connected by title
        goals_tabs=tuple(connection.goals_tabs),  # type: ignore[arg-type]
        layout=connection.layout,
        channel=connection.channel,
        audience=connection.audience,
    )


def _automatic_outcome(ctx: AppContext, choice: SheetChoice, result: SyncResult) -> SyncOutcome | None:
    """Return what an automatic check found, or None when it was not due (nothing new to say)."""
    if result.status == "skipped":
        return None
    if result.status == FAILED:
        state = _state(ctx, choice)
        transient = bool(state is not None and state.last_error_transient)
        return SyncOutcome(
            "failed",
            choice.title,
            True,
            problem=localized(result.message, ctx.language),
            retry_later=transient,
        )
    return _outcome(ctx, choice, result, True)


def render_outcome(outcome: SyncOutcome, lang: str, ctx: AppContext | None = None) -> None:
    """Show what a sync did in plain words: values stored, nothing changed, stale since when, or the problem."""
    sheet = outcome.sheet
    if outcome.kind == "stored":
        if outcome.upload_id is not None:
            key = "sheets.stored_automatic" if outcome.automatic else "sheets.stored"
            rows = format_number(outcome.values, lang)
            st.success(literal(t(key, lang, rows=rows, sheet=sheet, id=outcome.upload_id)))
        _render_restated(outcome, lang, ctx)
    elif outcome.kind == "unchanged":
        if outcome.upload_id is not None:
            st.info(literal(_sentence(t("sheets.unchanged", lang, sheet=sheet, id=outcome.upload_id))))
        else:
            st.info(literal(_sentence(t("sheets.unchanged_goals", lang, sheet=sheet))))
    elif outcome.kind == "stale":
        st.warning(literal(t("sheets.stale", lang, sheet=sheet, time=moment(outcome.stale_since, lang))))
    elif outcome.kind == "skipped":
        st.info(literal(t("sheets.skipped", lang, sheet=sheet, time=moment(outcome.checked_at, lang))))
    else:
        show_error(SheetError(outcome.problem), lang)
        st.caption(t("sheets.nothing_stored", lang))
        return
    if outcome.strategy_version is not None:
        st.success(t("sheets.goals_saved", lang, count=outcome.goals, version=outcome.strategy_version))
    elif outcome.goals:
        st.info(t("sheets.goals_same", lang, count=outcome.goals))


def _render_restated(outcome: SyncOutcome, lang: str, ctx: AppContext | None = None) -> None:
    restated = outcome.restated
    if restated is None or restated.empty:
        return
    st.warning(t("sheets.restated", lang, count=format_number(len(restated), lang)))
    if ctx is not None:
        from views.data_page import values_table  # the Data page draws this section: names as in its tables

        frame = values_table(ctx, restated)
    else:
        frame = restated.copy().reset_index(drop=True)
        if "date" in frame.columns:
            frame["date"] = pd.to_datetime(frame["date"]).dt.strftime("%Y-%m-%d")
    st.dataframe(
        safe_table(frame),
        column_config={
            name: st.column_config.Column(t(f"data.col_{name}", lang))
            for name in ("date", "channel", "audience", "metric", "old", "new")
        },
        hide_index=True,
        key=f"sheets.restated.{outcome.upload_id}",
    )


def _render_connection(
    ctx: AppContext, connection: SheetConnection, choice: SheetChoice, shown: SyncOutcome | None
) -> None:
    """Say which sheet the deployment keeps synced, when it last synced, and any problem a check met."""
    lang = ctx.language
    state = _state(ctx, choice)
    last_good = (
        moment(state.last_success_at, lang) if state and state.last_success_at else t("sheets.never", lang)
    )
    already_said = shown is not None and shown.kind in ("failed", "stale") and shown.sheet == choice.title
    with st.container(border=True):
        st.markdown(literal(t("sheets.connected", lang, sheet=choice.title, time=last_good)))
        if state is not None and state.last_error and not already_said:
            if state.last_error_transient and state.stale_since is not None:
                text = t("sheets.stale", lang, sheet=choice.title, time=moment(state.stale_since, lang))
                st.warning(literal(text))
            else:
                text = t(
                    "sheets.last_check_failed",
                    lang,
                    sheet=choice.title,
                    problem=localized(state.last_error, lang),
                )
                show_error(SheetError(text), lang)
        who = connection.connected_by or t("sheets.someone", lang)
        st.caption(
            literal(t("sheets.connected_since", lang, time=moment(connection.connected_at, lang), who=who))
        )
        st.button(
            t("sheets.disconnect", lang),
            key=f"sheets.disconnect.{connection.id}",
            on_click=_disconnect,
            args=(ctx, connection.id),
        )


def _disconnect(ctx: AppContext, connection_id: int) -> None:
    st.session_state.pop(OUTCOME, None)
    try:
        disconnect_sheet(ctx.store, connection_id, actor=ctx.actor)
    except GoalpostError as err:
        st.session_state[OUTCOME] = SyncOutcome("failed", "", problem=error_text(err, ctx.language))


def _sentence(text: str) -> str:
    # A sheet named by its id ("the sheet …") may open a sentence.
    return text[:1].upper() + text[1:]


def moment(when: datetime | None, lang: str) -> str:
    """Return a moment as the reader's clock shows it ("3. mars 2026 14:05"), in UTC when the zone is unknown."""
    if when is None:
        return t("sheets.never", lang)
    zone = _reader_zone()
    local = when.astimezone(zone or UTC)
    clock = f"{local:%H:%M}" if zone is not None else f"{local:%H:%M} UTC"
    return t("sheets.moment", lang, date=format_date(local.date(), lang), clock=clock)


def _reader_zone() -> tzinfo | None:
    name = _context_value(lambda: st.context.timezone)
    if not name:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _context_value(read: Callable[[], Any]) -> Any:
    try:
        return read()
    except Exception:  # noqa: BLE001 - outside a browser session (tests, bare mode) there is no context
        return None
