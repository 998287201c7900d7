"""A read file's choices on the Data page: the year of dates written without one, and the channel names.

Dates without a year (TikTok's "April 12") get a year field showing the year taken and the note saying why;
a typed channel that is a known alias of a built-in channel gets a suggestion, never applied unless the user
ticks it (the strategy's own channel ids always win); a platform export that holds several pages or sections
gets one channel each, which the user may rename before storing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from datetime import date

import streamlit as st

from connectors.readers.aliases import lookup_channel, suggested_channel
from connectors.store import ParsedUpload
from metrics.errors import GoalpostError, Message
from metrics.ids import id_problem, normalised_id
from views.i18n import t
from views.messages import error_text
from views.tables import literal

YEARLESS_NOTES = frozenset({"readers.note_dates_no_year", "readers.note_dates_year_from_upload_day"})
"""Reader notes that say the file's dates carry no year and which year was taken."""
EARLIEST_YEAR = 2004
"""The earliest year offered for dates without one (no social platform exported data before)."""


def year_taken(parsed: ParsedUpload) -> int | None:
    """Return the year given to dates written without one (the newest date's), None when the file writes years."""
    if not any(getattr(note, "key", None) in YEARLESS_NOTES for note in parsed.notes):
        return None
    return parsed.period_end.year


def channel_suggestions(channels: Collection[str], strategy_channels: Collection[str]) -> dict[str, str]:
    """Return typed channel id -> the built-in channel id it is a known alias of ("fb" -> facebook).

    A typed id that is one of the strategy's own channels gets no suggestion: the strategy's ids win.
    """
    found = {}
    for channel in channels:
        if channel in strategy_channels:
            continue
        suggestion = suggested_channel(channel) or suggested_channel(channel.replace("_", " "))
        if suggestion and suggestion != channel:
            found[channel] = suggestion
    return found


def with_channel_names(parsed: ParsedUpload, names: Mapping[str, str]) -> ParsedUpload:
    """Return the upload with its channels renamed (old id -> new id); refuse a rename that merges two channels.

    New ids are normalised as typed ids are (lower case, spaces as underscores); a blank name keeps the old id.
    """
    channels = sorted({str(c) for c in parsed.observations["channel"].dropna()})
    chosen = {c: lookup_channel(names.get(c) or c) or c for c in channels}
    for old, new in chosen.items():
        problem = id_problem(new)
        if problem is not None:
            raise GoalpostError(
                Message(
                    "upload.channel_name_invalid",
                    "The channel name “{name}” holds a character that cannot be part of an id ({problem}); "
                    "type it again",
                    name=new,
                    problem=problem,
                )
            )
        chosen[old] = normalised_id(new)
    if all(old == new for old, new in chosen.items()):
        return parsed
    by_new: dict[str, str] = {}
    for old, new in chosen.items():
        if new in by_new:
            raise GoalpostError(
                Message(
                    "upload.channels_would_merge",
                    "“{first}” and “{second}” would both be stored as the channel “{channel}”, adding their "
                    "numbers together; give each its own channel",
                    first=by_new[new],
                    second=old,
                    channel=new,
                )
            )
        by_new[new] = old
    observations = parsed.observations.copy()
    observations["channel"] = observations["channel"].astype(object).map(chosen)
    observations = observations.sort_values(["date", "channel", "audience", "metric"], kind="stable")
    channel = chosen.get(parsed.channel, parsed.channel) if parsed.channel else None
    items = parsed.items
    if items is not None and "channel" in items:
        # The posts carry their channel too: audience values must land on the renamed channel, not the old one.
        items = items.assign(channel=items["channel"].astype(object).map(lambda c: chosen.get(c, c)))
    return dataclasses.replace(
        parsed, observations=observations.reset_index(drop=True), channel=channel, items=items
    )


# ---------------------------------------------------------------- Streamlit widgets


def year_field(where, key: str, parsed: ParsedUpload, lang: str, today: date | None = None) -> int | None:
    """Draw the year field for dates written without a year; return the year chosen (None: the one taken)."""
    taken = year_taken(parsed)
    if taken is None:
        return None
    latest = (today or date.today()).year
    chosen = where.number_input(
        t("data.year", lang),
        min_value=EARLIEST_YEAR,
        max_value=latest,
        value=st.session_state.get(f"data.year.{key}", min(max(taken, EARLIEST_YEAR), latest)),
        step=1,
        key=f"data.year.{key}",
        help=t("data.year_help", lang, year=taken),
    )
    return None if chosen is None or int(chosen) == taken else int(chosen)


def chosen_year(key: str) -> int | None:
    """Return the year typed for a file's dates without a year, None when none was typed."""
    value = st.session_state.get(f"data.year.{key}")
    return None if value is None else int(value)


def channel_name_fields(
    key: str,
    parsed: ParsedUpload,
    names: Mapping[str, str],
    strategy_channels: Collection[str],
    lang: str,
    *,
    renamable: bool,
) -> None:
    """Draw a name field per channel of an export that holds several (pages, sections) and a suggestion per alias."""
    channels = sorted({str(c) for c in parsed.observations["channel"].dropna()})
    if renamable and len(channels) > 1:
        st.markdown(t("data.channel_names", lang))
        columns = st.columns(min(len(channels), 3))
        for position, channel in enumerate(channels):
            columns[position % len(columns)].text_input(
                t("data.channel_name_for", lang, channel=names.get(channel, channel)),
                value=channel,
                key=f"data.channel_name.{key}.{channel}",
                help=t("data.channel_name_help", lang),
            )
    for typed, suggestion in channel_suggestions(channels, strategy_channels).items():
        st.checkbox(
            literal(
                t("data.channel_suggestion", lang, typed=typed, suggestion=names.get(suggestion, suggestion))
            ),
            value=False,
            key=f"data.channel_suggested.{key}.{typed}",
        )
        st.session_state[f"data.channel_suggestion_of.{key}.{typed}"] = suggestion


def chosen_channel_names(key: str, parsed: ParsedUpload) -> dict[str, str]:
    """Return old channel id -> new id from the fields and ticked suggestions of one file (empty: no change)."""
    names: dict[str, str] = {}
    for channel in sorted({str(c) for c in parsed.observations["channel"].dropna()}):
        typed = st.session_state.get(f"data.channel_name.{key}.{channel}")
        if isinstance(typed, str) and typed.strip() and typed.strip() != channel:
            names[channel] = typed.strip()
        if st.session_state.get(f"data.channel_suggested.{key}.{channel}"):
            suggestion = st.session_state.get(f"data.channel_suggestion_of.{key}.{channel}")
            if suggestion:
                names[channel] = suggestion
    return names


def named_upload(key: str, parsed: ParsedUpload, lang: str) -> tuple[ParsedUpload | None, str | None]:
    """Return the upload with the channel names chosen, or (None, the reason in the user's language)."""
    try:
        return with_channel_names(parsed, chosen_channel_names(key, parsed)), None
    except GoalpostError as error:
        return None, error_text(error, lang)
