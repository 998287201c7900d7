"""The Data page: upload monthly exports, map unknown files, see the upload ledger with undo, and freshness."""

from __future__ import annotations

import importlib
import importlib.util
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

from connectors.exports import frame_to_csv
from connectors.readers import ColumnMapping
from connectors.store import content_hash, new_batch
from metrics.errors import GoalpostError
from metrics.observations import OBSERVATION_COLUMNS
from metrics.semantics import BUILTIN_METRICS, KNOWN_METRICS, RATIO_METRICS
from views import labels
from views.i18n import format_date, format_date_range, format_month, format_number, t, tn
from views.ledger_table import (
    LEDGER_COLUMNS,
    freshness,
    ledger_for_people,
    ledger_view,
    source_lags,
    source_months,
    values_for_people,
)
from views.messages import error_text, localized
from views.pinned import render_pinned_list
from views.tables import literal, safe_table
from views.upload_choices import channel_name_fields, chosen_year, named_upload, year_field, year_taken
from views.upload_flow import (
    PROGRESS_FROM_BYTES,
    UPLOAD_TYPES,
    MappingChoice,
    ReadOutcome,
    file_audiences,
    file_channels,
    observations_preview,
    read_file,
    to_column_mapping,
)

if TYPE_CHECKING:
    from views.context import AppContext

READS = "data.reads"  # session: read outcomes keyed by (content hash, channel, audience, mapping, year)
RESULTS = "data.results"  # session: what storing each uploaded file gave, keyed by the uploader's file id
MAPPINGS = "data.mappings"  # session: column mappings the user confirmed, keyed by content hash
SAVE_MAPPING_AS = "data.save_mapping_as"  # session: name to save a confirmed mapping under, by content hash
CHANNEL_ASKED = "data.channel_asked"  # session: content hashes of files that had to be told their channel
UNDO_PENDING = "data.undo_pending"
UNDO_RESULT = "data.undo_result"
BATCH_PENDING = "data.undo_batch_pending"
PLANS = "data.plans"  # session: what storing each read file would do, keyed by (read key, store version)
LEDGER_ROWS_SHOWN = 10
FILE_NAMES_CHANNELS = frozenset({"goalpost_tidy", "wide_tracker", "column_mapping"})
"""Layouts whose rows carry the channel themselves (the generic layouts, not platform exports)."""
KNOWN_CHANNELS = ("facebook", "instagram", "linkedin", "youtube", "tiktok", "x", "blog", "helpdesk")


@dataclass(frozen=True)
class StoredFile:
    """What storing one file gave, kept in the session so the result stays on screen."""

    file_name: str
    status: str  # stored, duplicate, failed
    rows: int = 0
    upload_id: int | None = None
    message: str = ""
    restated: pd.DataFrame = field(default_factory=pd.DataFrame)  # the values it changed (maybe a first part)
    restated_count: int = 0  # every value it changed


# ---------------------------------------------------------------- names from the strategy


def _strategy_items(ctx: AppContext, section: str) -> list[Any]:
    return list(getattr(ctx.strategy, section, None) or []) if ctx.strategy is not None else []


def channel_names(ctx: AppContext) -> dict[str, str]:
    """Return channel id -> display name: the strategy's channels first, then the known platform ids."""
    return labels.channel_names(ctx.strategy, KNOWN_CHANNELS)


def audience_names(ctx: AppContext) -> dict[str, str]:
    """Return audience id -> display name, with 'all' (the whole channel) first."""
    return labels.audience_names(ctx.strategy, ctx.language, include_all=True)


def _metric_specs(ctx: AppContext) -> dict:
    if ctx.strategy is not None:
        return ctx.strategy.metric_specs()
    return {**BUILTIN_METRICS, **KNOWN_METRICS, **RATIO_METRICS}


def _active_channels(ctx: AppContext) -> list[str]:
    return [
        str(c.id)
        for c in _strategy_items(ctx, "channels")
        if str(getattr(c, "presence", "active")) == "active"
    ]


# ---------------------------------------------------------------- store reads, cached per store version


@st.cache_data(max_entries=32, show_spinner=False)
def _ledger_at(location: str, version: int, _store) -> pd.DataFrame:
    return _store.uploads()


@st.cache_data(max_entries=32, show_spinner=False)
def _latest_by_channel(location: str, version: int, _store) -> pd.DataFrame:
    return _store.freshness()


@st.cache_data(max_entries=32, show_spinner=False)
def _latest_by_source(location: str, version: int, _store) -> pd.DataFrame:
    return _store.source_freshness()


def _uploads(ctx: AppContext) -> pd.DataFrame:
    """Return the upload ledger as of this view's store version (read once per version, not per rerun)."""
    return _ledger_at(ctx.store_location, ctx.store_version, ctx.store)


# ---------------------------------------------------------------- page


def render(ctx: AppContext) -> None:
    """Draw the Data page: freshness, the upload drop zone with previews, Google Sheets, the ledger."""
    lang = ctx.language
    st.title(t("data.title", lang))
    _render_freshness(ctx)

    if not ctx.can_edit:
        # Viewers see what is in and who brought it; the upload, Sheets and undo controls are not drawn.
        st.info(t("data.viewer_note", lang), icon=":material/visibility:")
        st.header(t("data.ledger_title", lang))
        _render_ledger(ctx)
        render_pinned_list(ctx)
        return

    st.header(t("data.upload_title", lang))
    st.caption(t("data.upload_help", lang))
    uploaded = st.file_uploader(
        t("data.uploader_label", lang),
        type=UPLOAD_TYPES,
        accept_multiple_files=True,
        key="data.uploader",
        help=t("data.uploader_hint", lang),
    )
    _render_uploads(ctx, list(uploaded or []))

    _render_sheets_section(ctx)

    st.header(t("data.ledger_title", lang))
    _render_ledger(ctx)
    render_pinned_list(ctx)


def _render_sheets_section(ctx: AppContext) -> None:
    """Google Sheets as a source (issue 5) is drawn here, between the file uploads and the ledger.

    The Sheets part of the page lives in views/sheets_section.py (render(ctx)); until that module exists
    the page shows nothing here. Its own import errors are not hidden.
    """
    if importlib.util.find_spec("views.sheets_section") is None:
        return
    importlib.import_module("views.sheets_section").render(ctx)


# ---------------------------------------------------------------- freshness


def freshness_text(ctx: AppContext) -> str:
    """Return the one-paragraph freshness summary ('Latest data: March 2026; LinkedIn has nothing since ...')."""
    lang = ctx.language
    names = channel_names(ctx)
    state = freshness(
        _latest_by_channel(ctx.store_location, ctx.store_version, ctx.store), _active_channels(ctx)
    )
    if state.latest_month is None:
        return t("data.fresh_empty", lang)
    parts = [t("data.fresh_latest", lang, month=format_month(state.latest_month, lang))]
    parts += [
        t("data.fresh_behind", lang, channel=names.get(c, c), month=format_month(m, lang))
        for c, m in state.behind
    ]
    if state.missing:
        parts.append(
            t("data.fresh_missing", lang, channels=", ".join(names.get(c, c) for c in state.missing))
        )
    by_source = _latest_by_source(ctx.store_location, ctx.store_version, ctx.store)
    # One sentence per channel and month: the kinds of file that stop there, and where newer months come from.
    grouped: dict[tuple[str, str, str, str], list[str]] = {}
    for lag in source_lags(by_source):
        grouped.setdefault((lag.channel, lag.month, lag.newest_kind, lag.newest_month), []).append(lag.kind)
    parts += [
        t(
            "data.fresh_source_behind",
            lang,
            channel=names.get(channel, channel),
            kind="; ".join(kinds),
            month=format_month(month, lang),
            newest_kind=newest_kind,
            newest=format_month(newest, lang),
        )
        for (channel, month, newest_kind, newest), kinds in grouped.items()
    ]
    return " ".join(parts)


def _render_freshness(ctx: AppContext) -> None:
    st.info(literal(freshness_text(ctx)), icon=":material/schedule:")
    months = source_months(_latest_by_source(ctx.store_location, ctx.store_version, ctx.store))
    if months.empty:
        return
    lang = ctx.language
    names = channel_names(ctx)
    with st.expander(t("data.fresh_by_source", lang)):
        shown = months.assign(
            channel=[names.get(c, c) for c in months["channel"]],
            month=[format_month(m, lang) for m in months["month"]],
        )
        st.dataframe(
            safe_table(shown),
            hide_index=True,
            key="data.fresh_by_source",
            column_config={
                name: st.column_config.Column(t(f"data.fcol_{name}", lang))
                for name in ("channel", "kind", "month")
            },
        )


# ---------------------------------------------------------------- uploads


def _reads() -> dict:
    return st.session_state.setdefault(READS, {})


def _results() -> dict:
    return st.session_state.setdefault(RESULTS, {})


def _file_key(digest: str) -> str:
    return digest[:16]


def _render_uploads(ctx: AppContext, files: list) -> None:
    lang = ctx.language
    if not files:
        return
    seen: set[str] = set()
    batch: list[tuple[Any, bytes, str]] = []
    for uploaded in files:
        content = uploaded.getvalue()
        digest = content_hash(content)
        if digest in seen:
            st.caption(literal(t("data.same_file_twice", lang, file=uploaded.name)))
            continue
        seen.add(digest)
        batch.append((uploaded, content, digest))
    _forget_files_no_longer_uploaded(
        {d for _, _, d in batch}, {getattr(u, "file_id", d) for u, _, d in batch}
    )

    outcomes = _read_batch(ctx, batch)
    several = len(batch) > 1
    # Twelve files a month is the normal case: one table says what each would do, the previews fold away.
    summary, store_all = (st.container(), st.container()) if several else (None, None)
    ready: list[tuple[Any, ReadOutcome]] = []
    for (uploaded, content, digest), outcome in zip(batch, outcomes, strict=True):
        frame = st.expander(uploaded.name) if several else st.container(border=True)
        with frame:
            if _render_file(ctx, uploaded, content, digest, outcome, primary=not several):
                ready.append((uploaded, outcome))
    if not several:
        return
    with summary:
        st.dataframe(
            safe_table(
                pd.DataFrame([_summary_row(ctx, u, o) for (u, _, _), o in zip(batch, outcomes, strict=True)])
            ),
            hide_index=True,
            key="data.batch_summary",
            column_order=BATCH_COLUMNS,
            column_config={
                name: st.column_config.Column(t(f"data.bcol_{name}", lang), width=BATCH_WIDTHS[name])
                for name in BATCH_COLUMNS
            },
        )
    if ready and store_all.button(
        t("data.store_all", lang, count=len(ready)), key="data.store_all", type="primary"
    ):
        batch_id = new_batch()
        for uploaded, outcome in ready:
            _store(ctx, uploaded, outcome, batch=batch_id)
        st.rerun()


BATCH_COLUMNS = ("file", "state", "channel", "period", "rows", "platform")
BATCH_WIDTHS = {"file": 180, "state": 160, "channel": 120, "period": 230, "rows": 50, "platform": 150}
"""Pixels: the table fits a laptop's page (what storing does comes second, the long platform names last)."""


def _plan(ctx: AppContext, outcome: ReadOutcome):
    """Return what storing a read file would do at this store version (dry run, kept for the session)."""
    plans = st.session_state.setdefault(PLANS, {})
    key = (outcome.content_hash, outcome.parsed.channel, outcome.parsed.audience, ctx.store_version)
    if key not in plans:
        try:
            plans[key] = ctx.store.ingest_preview(outcome.parsed)
        except GoalpostError:
            plans[key] = None
    return plans[key]


def _summary_row(ctx: AppContext, uploaded, outcome: ReadOutcome) -> dict[str, Any]:
    """Return one line of the batch table: file, platform, channel, period, rows and what storing would do."""
    lang = ctx.language
    row = {"file": uploaded.name, "platform": "", "channel": "", "period": "", "rows": None, "state": ""}
    result = _results().get(getattr(uploaded, "file_id", outcome.content_hash))
    parsed = outcome.parsed
    if parsed is not None:
        names = channel_names(ctx)
        row.update(
            platform=parsed.preset_label,
            channel=", ".join(names.get(c, c) for c in file_channels(parsed))
            or t("data.several_channels", lang),
            period=format_date_range(parsed.period_start, parsed.period_end, lang),
            rows=int(parsed.row_count),
        )
    if result is not None:
        row["state"] = (
            t("data.state_stored", lang, id=result.upload_id)
            if result.status == "stored"
            else t("data.state_duplicate", lang, id=result.upload_id)
            if result.status == "duplicate"
            else t("data.state_failed", lang)
        )
    elif outcome.needs_mapping:
        row["state"] = t("data.state_needs_mapping", lang)
    elif outcome.needs_channel:
        row["state"] = t("data.state_needs_channel", lang)
    elif parsed is None:
        row["state"] = t("data.state_unreadable", lang)
    else:
        plan = _plan(ctx, outcome)
        if plan is None:
            row["state"] = "?"
        elif plan.status == "duplicate":
            row["state"] = t("data.state_duplicate", lang, id=plan.upload_id)
        elif plan.restated_count:
            row["state"] = t("data.state_replaces", lang, count=format_number(plan.restated_count, lang))
        else:
            row["state"] = t("data.state_new", lang)
    return row


def _forget_files_no_longer_uploaded(digests: set[str], file_ids: set[str]) -> None:
    # Reads and results of files the user removed from the drop zone are dropped, so the session
    # holds only what is on screen.
    reads = _reads()
    for key in [k for k in reads if k[0] not in digests]:
        del reads[key]
    results = _results()
    for key in [k for k in results if k not in file_ids]:
        del results[key]
    for name in (MAPPINGS, SAVE_MAPPING_AS):
        chosen = st.session_state.get(name, {})
        for digest in [d for d in chosen if d not in digests]:
            del chosen[digest]
    if CHANNEL_ASKED in st.session_state:
        st.session_state[CHANNEL_ASKED] &= digests


def _read_options(digest: str) -> tuple[str | None, str | None, str | None, int | None]:
    """Return (channel, audience, mapping json, year) the user chose for this file so far.

    A choice equal to what the file itself proposed counts as no choice, so the file is not read twice.
    """
    key = _file_key(digest)
    mapping = st.session_state.get(MAPPINGS, {}).get(digest)
    channel = st.session_state.get(f"data.channel.{key}")
    audience = st.session_state.get(f"data.audience.{key}")
    year = chosen_year(key)
    proposed = _reads().get((digest, None, None, mapping, None))
    if proposed is not None and proposed.parsed is not None:
        if channel == proposed.parsed.channel:
            channel = None
        if audience == proposed.parsed.audience:
            audience = None
        if year == year_taken(proposed.parsed):
            year = None
    return channel, audience, mapping, year


def _read_batch(ctx: AppContext, batch: list[tuple[Any, bytes, str]]) -> list[ReadOutcome]:
    """Return each file's read outcome, reading only files (or choices) not read before in this session."""
    reads = _reads()
    keys = [(digest, *_read_options(digest)) for _, _, digest in batch]
    todo = [i for i, key in enumerate(keys) if key not in reads]
    if not todo:
        return [reads[key] for key in keys]
    total_bytes = sum(len(batch[i][1]) for i in todo) or 1
    show_progress = len(todo) > 1 or total_bytes >= PROGRESS_FROM_BYTES
    bar = st.progress(0.0, text=t("data.reading", ctx.language)) if show_progress else None
    saved = _saved_mappings(ctx)
    probe = next(iter(channel_names(ctx)), "facebook")
    done_bytes = 0
    for position, i in enumerate(todo):
        uploaded, content, _ = batch[i]
        _, channel, audience, mapping_json, year = keys[i]
        if bar is not None:
            # The readers have no progress hook, so the bar moves file by file and names the file being read.
            label = t(
                "data.reading_file", ctx.language, file=uploaded.name, number=position + 1, count=len(todo)
            )
            bar.progress(min(done_bytes / total_bytes, 1.0), text=literal(label))
        reads[keys[i]] = read_file(
            content,
            uploaded.name,
            channel=channel,
            audience=audience,
            mapping=_mapping_from_json(mapping_json),
            saved_mappings=saved,
            probe_channel=probe,
            lang=ctx.language,
            year=year,
        )
        done_bytes += len(content)
    if bar is not None:
        bar.empty()
    return [reads[key] for key in keys]


def _saved_mappings(ctx: AppContext) -> dict[str, dict]:
    try:
        return dict(ctx.store.mappings())
    except GoalpostError:
        return {}


def _mapping_from_json(mapping_json: str | None) -> ColumnMapping | None:
    if not mapping_json:
        return None
    return ColumnMapping.from_dict(json.loads(mapping_json))


def _render_file(
    ctx: AppContext, uploaded, content: bytes, digest: str, outcome: ReadOutcome, *, primary: bool = True
) -> bool:
    """Draw one file's card; return True when it is read, new and ready to be stored."""
    lang = ctx.language
    if primary:
        st.subheader(literal(uploaded.name), anchor=False)
    result = _results().get(getattr(uploaded, "file_id", digest))
    if result is not None:
        _render_result(ctx, result)
        return False
    if outcome.needs_mapping:
        _render_mapping(ctx, digest, outcome)
        return False
    if outcome.needs_channel:
        st.session_state.setdefault(CHANNEL_ASKED, set()).add(digest)
        if outcome.mapping_name:
            st.caption(literal(t("data.mapping_applied", lang, name=outcome.mapping_name)))
        st.info(t("data.which_channel", lang), icon=":material/help:")
        _channel_selector(ctx, st, _file_key(digest), None)
        return False
    if not outcome.ok:
        _render_refusal(ctx, outcome)
        return False
    return _render_preview(ctx, uploaded, digest, outcome, primary=primary)


def _render_refusal(ctx: AppContext, outcome: ReadOutcome) -> None:
    lang = ctx.language
    message = outcome.message or t("data.unreadable", lang, file=outcome.file_name)
    st.error(literal(message), icon=":material/error:")
    st.caption(t("data.nothing_stored", lang))


def _render_preview(
    ctx: AppContext, uploaded, digest: str, outcome: ReadOutcome, *, primary: bool = True
) -> bool:
    lang = ctx.language
    parsed = outcome.parsed
    assert parsed is not None
    key = _file_key(digest)
    channels = file_channels(parsed)
    audiences = file_audiences(parsed)

    period = format_date_range(parsed.period_start, parsed.period_end, lang)
    st.markdown(literal(t("data.read_as", lang, preset=parsed.preset_label, period=period)))
    facts = st.columns(4)
    facts[0].metric(t("data.rows", lang), format_number(parsed.row_count, lang))
    facts[1].metric(t("data.observations", lang), format_number(len(parsed.observations), lang))
    specs = _metric_specs(ctx)
    metric_labels = [labels.metric_label(specs[m], lang) if m in specs else m for m in parsed.metrics]
    st.markdown(literal(t("data.metrics_found", lang, metrics=", ".join(metric_labels))))
    if outcome.mapping_name:
        st.caption(literal(t("data.mapping_applied", lang, name=outcome.mapping_name)))
    for note in parsed.notes:
        st.caption(literal(localized(note, lang)))

    choosers = st.columns(2)
    # A platform export belongs to one channel, which the preset proposes and the user may correct; a tidy,
    # tracker or mapped file names its channels in its rows (a choice would be ignored), unless it had none
    # and the user was asked.
    needs_channel = digest in st.session_state.get(CHANNEL_ASKED, set()) or (
        parsed.preset not in FILE_NAMES_CHANNELS and len(channels) <= 1
    )
    chosen_channel = channels[0] if channels else parsed.channel
    if needs_channel:
        chosen_channel = _channel_selector(ctx, choosers[0], key, parsed.channel)
    else:
        names = channel_names(ctx)
        shown = ", ".join(names.get(c, c) for c in channels)
        choosers[0].markdown(literal(t("data.channels_in_file", lang, channels=shown)))
    year_field(choosers[0], key, parsed, lang)
    strategy_ids = [str(c.id) for c in _strategy_items(ctx, "channels")]
    renamable = parsed.preset not in FILE_NAMES_CHANNELS
    channel_name_fields(key, parsed, channel_names(ctx), strategy_ids, lang, renamable=renamable)
    if len(audiences) <= 1:
        audience_labels = audience_names(ctx)
        options = list(dict.fromkeys([*audiences, *audience_labels]))
        current = st.session_state.get(f"data.audience.{key}") or parsed.audience or "all"
        choosers[1].selectbox(
            t("data.audience", lang),
            options,
            index=options.index(current) if current in options else 0,
            format_func=lambda a: audience_labels.get(a, a),
            key=f"data.audience.{key}",
            help=t("data.audience_help", lang),
        )
    else:
        audience_labels = audience_names(ctx)
        shown = ", ".join(audience_labels.get(a, a) for a in audiences)
        choosers[1].markdown(literal(t("data.audiences_in_file", lang, audiences=shown)))

    named, problem = named_upload(key, parsed, lang)
    st.dataframe(
        safe_table(
            observations_preview(
                named or parsed,
                channel_names=channel_names(ctx),
                audience_names=audience_names(ctx),
                metric_names=dict(zip(parsed.metrics, metric_labels, strict=True)),
            )
        ),
        hide_index=True,
        height="content",
        key=f"data.preview.{key}",
        column_config=_observation_columns(lang),
    )

    already = _active_upload_with_hash(ctx, digest)
    if already is not None:
        st.info(
            literal(
                t(
                    "data.already_stored",
                    lang,
                    id=int(already["id"]),
                    date=format_date(pd.Timestamp(already["uploaded_at"]).date(), lang),
                )
            )
        )
        # Storing the same bytes again changes nothing: no primary button, and not counted in "Store all".
        if st.button(t("data.confirm", lang), key=f"data.confirm.{key}", type="secondary"):
            _store(ctx, uploaded, outcome)
            st.rerun()
        return False
    if needs_channel and not chosen_channel:
        st.warning(t("data.channel_needed", lang))
        return False
    if problem is not None:
        st.error(literal(problem), icon=":material/error:")
        return False
    if st.button(
        t("data.confirm", lang), key=f"data.confirm.{key}", type="primary" if primary else "secondary"
    ):
        _store(ctx, uploaded, outcome)
        st.rerun()
    return True


def _observation_columns(lang: str) -> dict:
    return {name: st.column_config.Column(t(f"data.col_{name}", lang)) for name in OBSERVATION_COLUMNS}


def _channel_selector(ctx: AppContext, where, key: str, proposed: str | None) -> str | None:
    """Draw the channel choice for one file (the same widget whether the file proposed one or not)."""
    channel_labels = channel_names(ctx)
    options = list(dict.fromkeys([*([proposed] if proposed else []), *channel_labels]))
    current = st.session_state.get(f"data.channel.{key}") or proposed
    return where.selectbox(
        t("data.channel", ctx.language),
        options,
        index=options.index(current) if current in options else None,
        format_func=lambda c: channel_labels.get(c, c),
        key=f"data.channel.{key}",
        help=t("data.channel_help", ctx.language),
        placeholder=t("data.channel_choose", ctx.language),
    )


def _active_upload_with_hash(ctx: AppContext, digest: str) -> dict | None:
    uploads = _uploads(ctx)
    if uploads.empty or "content_hash" not in uploads.columns:
        return None
    same = uploads.loc[(uploads["content_hash"] == digest) & (uploads["status"] == "active")]
    return None if same.empty else same.iloc[-1].to_dict()


def _store(ctx: AppContext, uploaded, outcome: ReadOutcome, batch: str | None = None) -> None:
    """Store one read file (in a batch when several are stored together); remember the result in the session."""
    digest = outcome.content_hash
    file_id = getattr(uploaded, "file_id", digest)
    parsed, problem = named_upload(_file_key(digest), outcome.parsed, ctx.language)
    if parsed is None:
        _results()[file_id] = StoredFile(outcome.file_name, "failed", message=problem)
        return
    try:
        with st.spinner(literal(t("data.storing", ctx.language, file=outcome.file_name))):
            result = ctx.store.ingest(parsed, actor=ctx.actor, batch=batch)
    except GoalpostError as error:
        _results()[file_id] = StoredFile(outcome.file_name, "failed", message=error_text(error, ctx.language))
        return
    restated = result.restated if result.restated is not None else pd.DataFrame()
    _results()[file_id] = StoredFile(
        file_name=outcome.file_name,
        status=str(result.status),
        rows=int(result.rows),
        upload_id=result.upload_id,
        message=" ".join(
            localized(text, ctx.language)
            for text in (result.message or "", getattr(result.attribution, "message", lambda: "")())
            if text
        ),
        restated=restated,
        restated_count=int(getattr(result, "restated_count", 0) or len(restated)),
    )
    mapping_json = st.session_state.get(MAPPINGS, {}).get(digest)
    name = st.session_state.get(SAVE_MAPPING_AS, {}).get(digest)
    if mapping_json and name and result.status == "stored":
        ctx.store.save_mapping(name, json.loads(mapping_json), actor=ctx.actor)


def _render_result(ctx: AppContext, result: StoredFile) -> None:
    lang = ctx.language
    if result.status == "stored":
        st.success(
            literal(t("data.stored", lang, rows=format_number(result.rows, lang), id=result.upload_id))
        )
        if result.restated is not None and not result.restated.empty:
            st.warning(t("data.restated", lang, count=format_number(result.restated_count, lang)))
            st.dataframe(
                safe_table(values_table(ctx, result.restated)),
                column_config={
                    **_observation_columns(lang),
                    "old": st.column_config.Column(t("data.col_old", lang)),
                    "new": st.column_config.Column(t("data.col_new", lang)),
                },
                hide_index=True,
                key=f"data.restated.{result.upload_id}",
            )
    elif result.status == "duplicate":
        st.info(literal(t("data.duplicate", lang, id=result.upload_id)), icon=":material/content_copy:")
    else:
        st.error(literal(result.message), icon=":material/error:")
        st.caption(t("data.nothing_stored", lang))


# ---------------------------------------------------------------- column mapping


def _render_mapping(ctx: AppContext, digest: str, outcome: ReadOutcome) -> None:
    """Let the user say which column is the date, channel, audience and which are metrics."""
    lang = ctx.language
    key = _file_key(digest)
    st.warning(t("data.needs_mapping", lang), icon=":material/table_view:")
    if outcome.sample is not None:
        st.dataframe(safe_table(outcome.sample), hide_index=True, key=f"data.sample.{key}")
    columns = list(outcome.columns)
    none = ""
    pick = st.columns(3)
    date_column = pick[0].selectbox(
        t("data.map_date", lang), columns, index=_guess_date_column(columns), key=f"data.map_date.{key}"
    )
    channel_column = pick[1].selectbox(
        t("data.map_channel", lang),
        [none, *columns],
        format_func=lambda c: c or t("data.map_none_channel", lang),
        key=f"data.map_channel.{key}",
    )
    audience_column = pick[2].selectbox(
        t("data.map_audience", lang),
        [none, *columns],
        format_func=lambda c: c or t("data.map_none_audience", lang),
        key=f"data.map_audience.{key}",
    )
    st.markdown(t("data.map_metrics", lang))
    specs = _metric_specs(ctx)
    metric_options = [none, *sorted(specs, key=lambda m: labels.metric_label(specs[m], lang).lower())]
    used = {date_column, channel_column, audience_column}
    metric_columns = [c for c in columns if c not in used]
    grid = st.columns(3)
    metrics: dict[str, str] = {}
    for position, column in enumerate(metric_columns):
        metric = grid[position % 3].selectbox(
            literal(column),
            metric_options,
            format_func=lambda m: t("data.map_ignore", lang)
            if not m
            else f"{labels.metric_label(specs[m], lang)} ({m})",
            key=f"data.map_metric.{key}.{columns.index(column)}",
        )
        if metric:
            metrics[column] = metric
    save_cols = st.columns([1, 2])
    save_cols[0].checkbox(t("data.map_save", lang), key=f"data.mapping_save.{key}", value=True)
    save_cols[1].text_input(
        t("data.map_name", lang), value=outcome.file_name.rsplit(".", 1)[0], key=f"data.mapping_name.{key}"
    )
    if st.button(t("data.map_apply", lang), key=f"data.map_apply.{key}", type="primary"):
        if not metrics:
            st.error(t("data.map_no_metric", lang))
            return
        choice = MappingChoice(
            date_column=date_column,
            metrics=metrics,
            channel_column=channel_column or None,
            audience_column=audience_column or None,
        )
        mapping = to_column_mapping(choice, columns)
        st.session_state.setdefault(MAPPINGS, {})[digest] = json.dumps(mapping.to_dict())
        # The checkbox and name widgets are not drawn once the file is read, so keep the choice now.
        name = (st.session_state.get(f"data.mapping_name.{key}") or "").strip()
        wanted = st.session_state.get(f"data.mapping_save.{key}") and name
        st.session_state.setdefault(SAVE_MAPPING_AS, {})[digest] = name if wanted else None
        st.rerun()


def _guess_date_column(columns: list[str]) -> int:
    for position, column in enumerate(columns):
        if any(
            word in column.lower() for word in ("date", "dato", "datum", "month", "måned", "månad", "time")
        ):
            return position
    return 0


# ---------------------------------------------------------------- ledger and undo


def _render_ledger(ctx: AppContext) -> None:
    lang = ctx.language
    uploads = _uploads(ctx)
    message = st.session_state.pop(UNDO_RESULT, None)
    if message:
        st.success(literal(message), icon=":material/undo:")
    if uploads.empty:
        st.caption(t("data.ledger_empty", lang))
        return
    ledger = ledger_view(uploads)
    names = channel_names(ctx)
    pending = st.session_state.get(UNDO_PENDING)
    shown = int(
        st.columns([1, 3])[0].number_input(
            t("data.ledger_rows", lang),
            min_value=1,
            max_value=max(len(ledger), 1),
            value=min(LEDGER_ROWS_SHOWN, len(ledger)),
            step=10,
            key="data.ledger_rows",
        )
    )
    batches = _active_batches(uploads)
    batch_offered: set[str] = set()
    for row in ledger.head(shown).to_dict("records"):
        upload_id = int(row["id"])
        line, action = st.columns([6, 1], vertical_alignment="center")
        line.markdown(literal(_ledger_line(ctx, row, names)))
        if not ctx.can_edit:
            continue
        batch = uploads.set_index("id").get("batch", pd.Series(dtype=object)).get(upload_id)
        if _present(batch) and str(batch) in batches and str(batch) not in batch_offered:
            # The batch's newest file carries the button that takes the whole batch out.
            batch_offered.add(str(batch))
            count = batches[str(batch)]
            if line.button(
                t("data.undo_batch", lang, count=count),
                key=f"data.undo_batch.{batch}",
                icon=":material/undo:",
            ):
                st.session_state[BATCH_PENDING] = str(batch)
                st.session_state.pop(UNDO_PENDING, None)
                st.rerun()
            if st.session_state.get(BATCH_PENDING) == str(batch):
                _render_batch_confirm(ctx, uploads, str(batch))
        if str(row.get("status")) == "active":
            if action.button(t("data.undo", lang), key=f"data.undo.{upload_id}"):
                st.session_state[UNDO_PENDING] = upload_id
                st.session_state.pop(BATCH_PENDING, None)
                st.rerun()
            if pending == upload_id:
                _render_undo_confirm(ctx, uploads, upload_id)
        elif action.button(
            t("data.restore", lang), key=f"data.restore.{upload_id}", help=t("data.restore_help", lang)
        ):
            _change_upload(ctx, upload_id, restore=True)
    with st.expander(t("data.ledger_all", lang, count=len(ledger))):
        table, csv_text = _ledger_shown(ctx.view_key(lang), ctx, ledger, uploads)
        st.dataframe(
            table,
            hide_index=True,
            key="data.ledger_table",
            column_config={
                name: st.column_config.Column(t(f"data.lcol_{name}", lang)) for name in LEDGER_COLUMNS
            },
        )
        st.download_button(
            t("data.ledger_download", lang),
            csv_text,
            file_name="goalpost-uploads.csv",
            mime="text/csv",
            key="data.ledger_download",
        )


def _active_batches(uploads: pd.DataFrame) -> dict[str, int]:
    """Return batch id -> number of its uploads that still count, for batches of more than one file."""
    if "batch" not in uploads.columns:
        return {}
    active = uploads[(uploads["status"] == "active") & uploads["batch"].notna()]
    counts = active.groupby("batch")["id"].count()
    return {str(b): int(n) for b, n in counts.items() if n > 1}


def _render_batch_confirm(ctx: AppContext, uploads: pd.DataFrame, batch: str) -> None:
    """Ask before undoing a batch, and say exactly what the undo will do (the store's dry run of it)."""
    lang = ctx.language
    try:
        preview = ctx.store.undo_batch_preview(batch)
    except GoalpostError as error:
        st.error(literal(error_text(error, lang)))
        return
    names = channel_names(ctx)
    rows = uploads.set_index("id")
    with st.container(border=True):
        st.warning(
            literal(
                t("data.undo_batch_question", lang, count=sum(r.status == "undone" for r in preview.results))
            ),
            icon=":material/undo:",
        )
        for result in preview.results:
            if result.status != "undone":
                continue
            row = {"id": result.upload_id, **rows.loc[result.upload_id].to_dict()}
            st.markdown(
                "- " + literal(_ledger_line(ctx, row, names)) + "  \n  " + literal(_effect_text(ctx, result))
            )
        yes, no = st.columns(2)
        if yes.button(t("data.undo_confirm", lang), key="data.undo_batch_confirm", type="primary"):
            st.session_state.pop(BATCH_PENDING, None)
            try:
                result = ctx.store.undo_batch(batch, actor=ctx.actor)
            except GoalpostError as error:
                st.session_state[UNDO_RESULT] = error_text(error, lang)
            else:
                st.session_state[UNDO_RESULT] = t(
                    "data.undo_batch_done",
                    lang,
                    count=sum(r.status == "undone" for r in result.results),
                    back=format_number(result.values_back, lang),
                    gone=format_number(result.values_gone, lang),
                )
            st.rerun()
        if no.button(t("data.undo_cancel", lang), key="data.undo_batch_cancel"):
            st.session_state.pop(BATCH_PENDING, None)
            st.rerun()


def _effect_text(ctx: AppContext, result) -> str:
    """Return what an undo does in numbers: values back (and from which uploads), gone, kept by later ones."""
    lang = ctx.language
    text = t(
        "data.undo_effect",
        lang,
        back=format_number(result.values_back, lang),
        gone=format_number(result.values_gone, lang),
    )
    if result.comes_back:
        sources = ", ".join(
            t("data.undo_from", lang, id=upload_id, count=format_number(count, lang))
            for upload_id, count in result.comes_back
        )
        text += " " + t("data.undo_back_from", lang, uploads=sources)
    if result.values_kept_later:
        text += " " + tn("data.undo_kept_later", result.values_kept_later, lang)
    return text


def _change_upload(ctx: AppContext, upload_id: int, *, restore: bool) -> None:
    """Undo or restore an upload, keep the outcome in words for the next run, and rerun."""
    lang = ctx.language
    st.session_state.pop(UNDO_PENDING, None)
    try:
        if restore:
            result = ctx.store.restore(upload_id, actor=ctx.actor)
        else:
            result = ctx.store.undo(upload_id, actor=ctx.actor)
    except GoalpostError as error:
        st.session_state[UNDO_RESULT] = error_text(error, lang)
    else:
        values = {
            "id": upload_id,
            "back": format_number(result.values_back, lang),
            "gone": format_number(result.values_gone, lang),
        }
        key = {
            "undone": "data.undo_done",
            "restored": "data.restore_done",
            "already_undone": "data.already_undone",
            "already_active": "data.already_active",
        }.get(str(result.status))
        st.session_state[UNDO_RESULT] = t(key, lang, **values) if key else localized(result.message, lang)
    st.rerun()


@st.cache_data(show_spinner=False, max_entries=16)
def _ledger_shown(
    view_key: tuple, _ctx: AppContext, _ledger: pd.DataFrame, _uploads: pd.DataFrame
) -> tuple[pd.DataFrame, str]:
    # The whole ledger with names, made safe for spreadsheets and written as CSV once per store version and
    # language: it grows with every upload, and every view of the Data page paid for all of it.
    table = _ledger_table(_ctx, _ledger, _uploads)
    return safe_table(table), frame_to_csv(table)


def _ledger_table(ctx: AppContext, ledger: pd.DataFrame, uploads: pd.DataFrame) -> pd.DataFrame:
    """Return the whole ledger as the table shows it: names for ids, words for sources and statuses."""
    lang = ctx.language
    # The kind of file's label and the channels a file spans come from the store's ledger beside the ids.
    extra = [c for c in ("id", "preset_label", "channels") if c in uploads.columns]
    if len(extra) > 1:
        ledger = ledger.merge(uploads[extra], on="id", how="left")
    words = {
        f"{column}_{value}": t(f"data.{column}_{value}", lang)
        for column, values in (("source", UPLOAD_SOURCES), ("status", UPLOAD_STATUSES))
        for value in values
    }
    return ledger_for_people(
        ledger, channel_names=channel_names(ctx), audience_names=_audience_words(ctx), words=words
    )


UPLOAD_SOURCES = ("file", "sample", "sheet")
UPLOAD_STATUSES = ("active", "undone")


def _audience_words(ctx: AppContext) -> dict[str, str]:
    """Return audience id -> name for a table cell ("All audiences" capitalised at the start of a cell)."""
    names = audience_names(ctx)
    return {a: name[:1].upper() + name[1:] for a, name in names.items()}


def values_table(ctx: AppContext, values: pd.DataFrame) -> pd.DataFrame:
    """Return changed values (date, channel, audience, metric, was, now) with names, never ids."""
    specs = _metric_specs(ctx)
    return values_for_people(
        values,
        channel_names=channel_names(ctx),
        audience_names=_audience_words(ctx),
        metric_names={m: labels.metric_label(spec, ctx.language) for m, spec in specs.items()},
    )


def _ledger_line(ctx: AppContext, row: dict, names: dict[str, str]) -> str:
    lang = ctx.language
    channel = row.get("channel")
    if _present(channel):
        # A file spanning channels is kept in the ledger as "facebook, instagram".
        channel_text = ", ".join(names.get(c.strip(), c.strip()) for c in str(channel).split(","))
    else:
        channel_text = t("data.several_channels", lang)
    return t(
        "data.ledger_line",
        lang,
        id=int(row["id"]),
        file=str(row.get("file_name", "")),
        channel=channel_text,
        start=_date_text(row.get("period_start"), lang),
        end=_date_text(row.get("period_end"), lang),
        rows=format_number(row.get("rows") or 0, lang),
        when=_date_text(row.get("uploaded_at"), lang),
        who=str(row.get("uploaded_by")) if _present(row.get("uploaded_by")) else t("data.someone", lang),
    )


def _present(value: object) -> bool:
    return (
        value is not None and not (not isinstance(value, str) and pd.isna(value)) and str(value).strip() != ""
    )


def _date_text(value: object, lang: str) -> str:
    return format_date(pd.Timestamp(value).date(), lang) if _present(value) else "?"


def _render_undo_confirm(ctx: AppContext, uploads: pd.DataFrame, upload_id: int) -> None:
    """Ask before undoing, and say exactly what the undo will do (the store's dry run of it)."""
    lang = ctx.language
    try:
        preview = ctx.store.undo_preview(upload_id)
    except GoalpostError as error:
        st.error(literal(error_text(error, lang)))
        return
    if preview.status != "undone":
        st.session_state.pop(UNDO_PENDING, None)
        return
    names = channel_names(ctx)
    rows = uploads.set_index("id")
    with st.container(border=True):
        row = {"id": upload_id, **rows.loc[upload_id].to_dict()}
        st.warning(
            literal(t("data.undo_question", lang, line=_ledger_line(ctx, row, names))),
            icon=":material/undo:",
        )
        st.markdown(literal(_effect_text(ctx, preview)))
        if not preview.comes_back:
            st.markdown(t("data.undo_nothing_back", lang))
        else:
            st.markdown(t("data.undo_comes_back", lang))
            for back_id, _count in preview.comes_back:
                if back_id in rows.index:
                    earlier = {"id": back_id, **rows.loc[back_id].to_dict()}
                    st.markdown("- " + literal(_ledger_line(ctx, earlier, names)))
        yes, no = st.columns(2)
        if yes.button(t("data.undo_confirm", lang), key="data.undo_confirm", type="primary"):
            _change_upload(ctx, upload_id, restore=False)
        if no.button(t("data.undo_cancel", lang), key="data.undo_cancel"):
            st.session_state.pop(UNDO_PENDING, None)
            st.rerun()
