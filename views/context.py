"""What every page is given: the store, the strategy, the language and the as-of month of this view.

The language and the as-of month live in the session and in the URL (`?lang=nb&as_of=2026-03`), so a copied
link opens the same view. Everything read from the store is cached on the store's version.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from connectors.sample import (
    SAMPLE_SOURCE,
    UPLOADED_BY,
    demo_state,
    load_demo,
    sample_strategy_text,
    sample_strategy_words,
)
from connectors.store import (
    DEFAULT_STORE_PATH,
    DEFAULT_WORKSPACE,
    STORE_ENV_VAR,
    PinnedVersion,
    Store,
    workspace_location,
    workspaces,
)
from metrics.access import Actor, Role
from metrics.errors import GoalpostError, StrategyError
from metrics.monthly import partial_months
from metrics.progress import month_end
from metrics.strategy import Strategy, load_strategy
from views.demo_text import tactic_names, translated_strategy
from views.i18n import LANGUAGES, format_month, language, t
from views.messages import problems_text
from views.tables import show_error

LANGUAGE_KEY = "shell.lang"
AS_OF_KEY = "shell.as_of"
DEMO_CHECKED_KEY = "shell.demo_checked"
PINNED_PARAMETER = "pinned"
"""The query parameter that opens a pinned version: the numbers as presented on the day it was pinned."""
WORKSPACE_PARAMETER = "workspace"
"""The query parameter naming the workspace a view is of (left out of links of a deployment with only one)."""
WORKSPACE_KEY = "shell.workspace"
"""Session: the workspace this tab has opened (kept when a page switch drops the query parameter)."""
LATEST = "latest"
"""The as-of choice that follows the newest complete month with data (kept out of the URL)."""
MAX_AS_OF_MONTHS = 60


@dataclass(frozen=True)
class AppContext:
    """One page view: the store and strategy it reads, in which language, measured at which date."""

    store: Store
    strategy: Strategy | None
    strategy_version: int | None
    store_version: int
    language: str
    as_of: dt.date
    is_demo: bool
    store_location: str = ""
    as_of_month: str | None = None
    """YYYY-MM month the view is measured at (its last day is as_of); None when the store holds no data."""
    latest_month: str | None = None
    """The newest complete month with data (YYYY-MM), or None."""
    data_months: tuple[str, ...] = ()
    """Months with data, newest first (YYYY-MM), at most MAX_AS_OF_MONTHS."""
    demo_data: bool = False
    demo_strategy: bool = False
    strategy_problem: str | None = None
    pages: Mapping[str, Any] = field(default_factory=dict)
    """url_path -> st.Page, for st.page_link and st.switch_page between pages."""
    actor: Actor | None = None
    """Who is looking (set by the dashboard after sign-in); the library checks its role on every change."""
    link_view: bool = False
    """True when the view was opened through a read-only meeting link."""
    follows_latest: bool = True
    """True when no month was chosen: each goal is then measured at its own latest complete month."""
    partial_months: tuple[str, ...] = ()
    """Months (YYYY-MM) in which a channel of the strategy that reported before has not reported yet."""
    channel_months: pd.DataFrame | None = None
    """Which channels hold a value in which month (channel, month YYYY-MM), for "what is in" lines."""
    tactic_names: Mapping[str, str] = field(default_factory=dict)
    """Tactic id -> name in the view's language, where the strategy gives one (the demo's tactics)."""
    pin: PinnedVersion | None = None
    """The pinned version this view shows (?pinned=ID), or None for today's numbers."""
    pin_problem: str | None = None
    """Why the link's pinned version could not be opened (today's numbers are shown instead)."""
    workspace: str = DEFAULT_WORKSPACE
    """The id of the workspace this view is of; the store is that workspace's own."""
    home_store: Store | None = None
    """The deployment's own store (the default workspace): sign-in, accounts and the workspace registry."""
    several_workspaces: bool = False
    """True when the deployment has workspaces besides the default (links then always name theirs)."""
    workspace_name: str | None = None
    """The name of the workspace this view is of, as its admin wrote it; None in the default workspace."""
    signed_in: Actor | None = None
    """Who signed in, with their role in the default workspace (None: a meeting link's guest, or members only)."""

    @property
    def ledger_point(self) -> int | None:
        """Return the ledger point the view's numbers are read at: the pin's, or None for today's."""
        return self.pin.ledger_point if self.pin is not None else None

    def view_key(self, *choices: object) -> tuple:
        """Return a view's cache key: store, version, ledger point, strategy version, then the view's choices."""
        return (self.store_location, self.store_version, self.ledger_point, self.strategy_version, *choices)

    @property
    def can_edit(self) -> bool:
        """Return True when the viewer may change data (editor or admin): pages show editing controls then.

        A pinned view shows the numbers of another day, so nothing is edited from it (the strategy it shows
        may be an older version): the banner's button leads back to today's numbers first.
        """
        return self.is_editor and self.pin is None

    @property
    def is_editor(self) -> bool:
        """Return True when the viewer has the editor or admin role, pinned view or not (meeting links)."""
        return self.actor is not None and self.actor.may(Role.EDITOR)


def store_location() -> str:
    """Return where the store is: $GOALPOST_STORE, else st.secrets["store"]["url"], else data/goalpost.sqlite3."""
    from_env = os.environ.get(STORE_ENV_VAR, "").strip()
    if from_env:
        return from_env
    if st.secrets.load_if_toml_exists():
        store_secrets = st.secrets.get("store")
        if store_secrets is not None and store_secrets.get("url"):
            return str(store_secrets["url"])
    return str(DEFAULT_STORE_PATH)


@st.cache_resource(show_spinner=False)
def open_store(location: str, workspace: str = DEFAULT_WORKSPACE, home_location: str | None = None) -> Store:
    """Return the store at a location, opened once per server process (a workspace's through its home's registry)."""
    if workspace == DEFAULT_WORKSPACE:
        return Store.open(location)
    return Store.open(home_location, workspace=workspace)


@st.cache_resource(show_spinner=False)
def first_start_lock(location: str) -> threading.Lock:
    """Return the lock that lets only one session of this process load the demo into an empty store."""
    return threading.Lock()


def ensure_demo(location: str, store: Store, lang: str) -> None:
    """Load the demo organisation into an empty store (first start), or finish one an older Goalpost left half.

    All or nothing (one transaction): a reload or Stop during loading leaves the store empty, and the next
    start loads it again. Checked once per session, outside the cached store opener so progress can be drawn.
    """
    if st.session_state.get(DEMO_CHECKED_KEY) == location:
        return
    with first_start_lock(location):
        if _demo_state(location, store.version(), store) in ("empty", "partial"):
            # First start: show the invented organisation so every page has something real-looking to explain.
            bar = st.progress(0.0, text=t("shell.opening", lang))

            def on_file(done: int, total: int, name: str) -> None:
                bar.progress(
                    done / max(total, 1),
                    text=t("shell.loading_demo", lang, name=name, done=done + 1, total=total),
                )

            try:
                load_demo(store, on_file=on_file)
            except OSError as err:
                raise GoalpostError(
                    f"Some of the demo's files could not be read ({err.filename or err}), so the demo was not "
                    "loaded. Start with your own data on the Data page."
                ) from None
            finally:
                bar.empty()
    st.session_state[DEMO_CHECKED_KEY] = location


@st.cache_data(show_spinner=False, max_entries=16)
def _partial_months(
    location: str, version: int, strategy_version: int | None, _channel_months: pd.DataFrame, _channels: list
) -> tuple[str, ...]:
    # Keyed on what the arguments are read from (store and strategy versions): a pivot of every channel's
    # months was a tenth of a fresh session's Overview.
    return tuple(partial_months(_channel_months, _channels))


@st.cache_data(show_spinner=False, max_entries=8)
def _demo_state(location: str, version: int, _store: Store) -> str:
    # Read once per store version, not once per session: it reads the whole upload ledger and lists the
    # sample's files, a third of a fresh session's Overview. Any load or clearing changes the version.
    return demo_state(_store)


@st.cache_data(show_spinner=False, max_entries=32)
def store_facts(location: str, version: int, _store: Store) -> dict[str, Any]:
    """Return what the shell needs about the store at a version: strategy id and text, data months, demo marks."""
    versions = _store.strategy_versions()
    uploads = _store.uploads()
    freshness = _store.freshness()
    active = uploads[uploads["status"] == "active"] if len(uploads) else uploads
    latest_day = pd.Timestamp(freshness["latest_date"].max()).date() if len(freshness) else None
    months = sorted(_store.data_months(), reverse=True) if latest_day else []
    return {
        "strategy_version": int(versions["id"].iloc[0]) if len(versions) else None,
        "strategy_author": (versions["author"].iloc[0] if len(versions) else None),
        "strategy_text": _store.strategy_text(),
        "data_months": months,
        "latest_day": latest_day,
        "demo_data": bool(len(active) and (active["source"] == SAMPLE_SOURCE).any()),
        "channel_months": _store.channel_months(),
    }


@st.cache_data(show_spinner=False, max_entries=16)
def parsed_strategy(
    location: str, strategy_version: int | None, text: str | None
) -> tuple[Strategy | None, tuple[str, ...]]:
    """Return the strategy of a saved version and (), or None and its problems (a summary line first)."""
    if text is None:
        return None, ()
    try:
        return load_strategy(text, source="the saved strategy"), ()
    except StrategyError as err:
        return None, (err.summary, *err.problems)


@st.cache_resource(show_spinner=False, max_entries=16)
def metric_specs_applied(
    location: str, strategy_version: int, _store: Store, _strategy: Strategy
) -> tuple[str, ...]:
    """Return the metrics whose month values were recomputed so declared metrics aggregate as declared.

    Runs once per strategy version and process: the store only rewrites series whose aggregation changed.
    """
    return tuple(_store.use_metric_specs(_strategy.metric_specs()))


@st.cache_data(show_spinner=False, max_entries=16)
def strategy_in_language(
    location: str, strategy_version: int | None, lang: str, _strategy: Strategy
) -> tuple[Strategy, dict[str, str]]:
    """Return the strategy with the demo organisation's texts in the language, and its tactic names.

    Any other strategy comes back as it is; the stored strategy is never changed (views.demo_text).
    """
    words = sample_strategy_words(lang)
    if not words:
        return _strategy, {}
    try:
        original = load_strategy(sample_strategy_text(), source="the demo strategy")
    except (OSError, GoalpostError):
        return _strategy, {}
    return translated_strategy(_strategy, original, words), tactic_names(_strategy, original, words)


def strategy_channels(strategy: Strategy | None) -> list[str]:
    """Return the ids of the strategy's channels that are not absent (the channels expected to report)."""
    return [c.id for c in strategy.channels if c.presence != "absent"] if strategy is not None else []


def as_of_label(ctx: AppContext, month: str, lang: str) -> str:
    """Return a month as the as-of picker shows it, marked when some channels have not reported it yet."""
    text = format_month(month, lang)
    return t("shell.as_of_partial", lang, month=text) if month in ctx.partial_months else text


def last_complete_month(today: dt.date) -> str:
    """Return the YYYY-MM of the last calendar month that has ended before today."""
    first = today.replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def selectable_months(data_months: list[str], today: dt.date) -> list[str]:
    """Return the months a view can be measured at, newest first: months with data that have ended."""
    cutoff = last_complete_month(today)
    return [m for m in data_months if m <= cutoff][:MAX_AS_OF_MONTHS]


def browser_language() -> str:
    """Return the browser's language when Goalpost speaks it (Norwegian of either form reads bokmål), else English."""
    browser = (st.context.locale or "").split("-")[0].lower()
    return "nb" if browser in ("nb", "nn", "no") else language(browser)


def url_choice(param: str, key: str, options: list[str], default: str | None = None) -> str | None:
    """Return a choice kept under a session key, taking ?param= from the URL when a link or the browser's

    history changed it (a link to another goal opens that goal); call it before the widget with this key.
    """
    seen_key = f"url_seen.{param}"
    url_value = st.query_params.get(param)
    current = st.session_state.get(key)
    if url_value in options and (url_value != st.session_state.get(seen_key) or current not in options):
        current = url_value
    if current not in options:
        current = default if default in options else (options[0] if options else None)
    if current is not None:
        st.session_state[key] = current
    st.session_state[seen_key] = url_value
    return current


def remember_choice(param: str, value: str | None, default: str | None = None) -> None:
    """Put a choice in the URL, leaving it out when it is the default so links stay short."""
    seen_key = f"url_seen.{param}"
    if value is None or value == default:
        if param in st.query_params:
            del st.query_params[param]
        st.session_state[seen_key] = None
        return
    if st.query_params.get(param) != value:
        st.query_params[param] = value
    st.session_state[seen_key] = value


def current_language() -> str:
    """Return this view's language (en, nb, sv, da): the link's ?lang=, else the session's, else the browser's."""
    return url_choice("lang", LANGUAGE_KEY, list(LANGUAGES), default=browser_language()) or "en"


def current_as_of(months: list[str]) -> str:
    """Return this view's as-of choice: LATEST or one of the months (the link's ?as_of= when it names one)."""
    return url_choice("as_of", AS_OF_KEY, [LATEST, *months], default=LATEST) or LATEST


def opened_store(lang: str) -> Store:
    """Return this deployment's store; one that cannot be opened stops the page with a plain message."""
    try:
        return open_store(store_location())
    except GoalpostError as err:
        show_error(err, lang)
        st.stop()


def requested_workspace() -> str:
    """Return the workspace this view asks for: the link's ?workspace=, else the one this tab had, else the default.

    Not checked here: the dashboard checks the visitor may open it before anything of it is read.
    """
    seen_key = f"url_seen.{WORKSPACE_PARAMETER}"
    url_value = str(st.query_params.get(WORKSPACE_PARAMETER) or "").strip().lower()
    if url_value and url_value != st.session_state.get(seen_key):
        return url_value
    return st.session_state.get(WORKSPACE_KEY) or url_value or DEFAULT_WORKSPACE


def keep_workspace(workspace: str) -> None:
    """Remember the workspace this tab opened (after the visitor was let in), for the next page switch."""
    st.session_state[WORKSPACE_KEY] = workspace
    st.session_state[f"url_seen.{WORKSPACE_PARAMETER}"] = workspace


def workspace_store_location(home: Store, workspace: str) -> str:
    """Return where a workspace's store is (the deployment's own location for the default workspace)."""
    return store_location() if workspace == DEFAULT_WORKSPACE else workspace_location(home, workspace)


def workspace_store(home: Store, workspace: str) -> Store:
    """Return a workspace's own store, opened once per server process (refuses an id the registry lacks)."""
    return open_store(workspace_store_location(home, workspace), workspace, store_location())


def get_context(
    today: dt.date | None = None, *, workspace: str = DEFAULT_WORKSPACE, home: Store | None = None
) -> AppContext:
    """Return this page view's context; a store that cannot be opened stops the page with a plain message.

    In a workspace other than the default the store is that workspace's own (`home` is the deployment's
    store, which lists it); a new workspace starts empty, without the demo organisation.
    """
    today = today or dt.date.today()
    lang = current_language()
    try:
        location = store_location() if home is None else workspace_store_location(home, workspace)
        store = open_store(location, workspace, store_location())
        if workspace == DEFAULT_WORKSPACE:
            ensure_demo(location, store, lang)
        version = store.version()
        facts = store_facts(location, version, store)
    except GoalpostError as err:
        show_error(err, lang)
        st.stop()
    several, workspace_name = False, None
    with contextlib.suppress(GoalpostError):  # the registry is read again on the next view
        listed = workspaces(home if home is not None else store)
        several = len(listed) > 1
        if workspace != DEFAULT_WORKSPACE:
            workspace_name = next((w.name for w in listed if w.id == workspace), workspace)
    pin, pin_problem = _pinned_version(store, lang)
    strategy_version, strategy_text = facts["strategy_version"], facts["strategy_text"]
    if pin is not None and pin.strategy_version_id is not None:
        # The goals and targets as presented: the strategy version saved when the numbers were pinned.
        strategy_version = pin.strategy_version_id
        strategy_text = pinned_strategy_text(location, strategy_version, store)
    strategy, problems = parsed_strategy(location, strategy_version, strategy_text)
    if strategy is not None and facts["strategy_version"] is not None:
        with contextlib.suppress(GoalpostError):  # a busy or read-only store still shows what it has
            metric_specs_applied(location, facts["strategy_version"], store, strategy)
    names: dict[str, str] = {}
    if strategy is not None:
        strategy, names = strategy_in_language(location, facts["strategy_version"], lang, strategy)
    months = selectable_months(facts["data_months"], today)
    latest = months[0] if months else None
    choice = current_as_of(months)
    as_of_month = latest if choice == LATEST else choice
    if pin is not None:
        as_of_month, choice = pin.as_of_month, pin.as_of_month
    demo_strategy = facts["strategy_author"] == UPLOADED_BY
    return AppContext(
        store=store,
        strategy=strategy,
        strategy_version=strategy_version,
        store_version=version,
        language=lang,
        as_of=month_end(as_of_month) if as_of_month else today,
        is_demo=facts["demo_data"] or demo_strategy,
        store_location=location,
        as_of_month=as_of_month,
        latest_month=latest,
        data_months=tuple(months),
        demo_data=facts["demo_data"],
        demo_strategy=demo_strategy,
        strategy_problem=problems_text(problems[0], problems[1:], lang) if problems else None,
        follows_latest=choice == LATEST,
        partial_months=_partial_months(
            location, version, facts["strategy_version"], facts["channel_months"], strategy_channels(strategy)
        ),
        channel_months=facts["channel_months"],
        tactic_names=names,
        pin=pin,
        pin_problem=pin_problem,
        workspace=workspace,
        home_store=home if home is not None else store,
        several_workspaces=several,
        workspace_name=workspace_name,
    )


@st.cache_data(show_spinner=False, max_entries=16)
def pinned_strategy_text(location: str, strategy_version: int, _store: Store) -> str | None:
    """Return the text of a saved strategy version (versions never change, so it is cached on its id)."""
    return _store.strategy_text(strategy_version)


def _pinned_version(store: Store, lang: str) -> tuple[PinnedVersion | None, str | None]:
    # A pin that cannot be found shows today's numbers with a plain word on why, never an error page.
    raw = st.query_params.get(PINNED_PARAMETER)
    if not raw:
        return None, None
    if not str(raw).isdigit():
        return None, t("pinned.not_found", lang, id=str(raw))
    try:
        return store.pinned_version(int(raw)), None
    except GoalpostError:
        return None, t("pinned.not_found", lang, id=str(raw))


def sync_url(ctx: AppContext) -> None:
    """Write the view's language and as-of month into the URL (the as-of month only when one was chosen)."""
    remember_choice("lang", ctx.language)
    # Once a deployment has workspaces, every link names its own, so it opens the same one for anyone.
    remember_choice(
        WORKSPACE_PARAMETER, ctx.workspace, default=None if ctx.several_workspaces else DEFAULT_WORKSPACE
    )
    choice = st.session_state.get(AS_OF_KEY, LATEST)
    remember_choice("as_of", choice, default=LATEST)


def page_link(
    ctx: AppContext,
    url_path: str,
    label: str,
    *,
    key: str | None = None,
    icon: str | None = None,
    query_params: Mapping[str, str] | None = None,
) -> None:
    """Show a link to another page with query parameters (the language and as-of month go along)."""
    page = ctx.pages.get(url_path)
    if page is None:
        return
    params = {"lang": ctx.language}
    if ctx.several_workspaces:
        params[WORKSPACE_PARAMETER] = ctx.workspace
    if ctx.as_of_month and st.session_state.get(AS_OF_KEY, LATEST) != LATEST:
        params["as_of"] = ctx.as_of_month
    params.update(query_params or {})
    st.page_link(page, label=label, icon=icon, query_params=params)
