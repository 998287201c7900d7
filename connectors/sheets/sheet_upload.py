"""Fetched sheet tabs read with the file readers' rules and packed as one upload for the ledger."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC

import pandas as pd

from connectors.readers import ColumnMapping, read_tidy_frame, read_wide_frame
from connectors.readers.layouts import (
    CHANNEL,
    DATE,
    METRIC,
    VALUE,
    table_from_frame,
    tidy_positions,
    wide_plan,
)
from connectors.readers.parsed_upload import ParsedUpload
from connectors.readers.table import locate_header
from connectors.sheets.goals_tab import is_goals_header
from connectors.sheets.sheet_client import SheetSnapshot, TabValues
from metrics.errors import Message, SheetError, UploadError
from metrics.observations import ALL_AUDIENCES, OBSERVATION_COLUMNS
from metrics.words import and_list, comma_list, quoted, quoted_list

TIDY = "tidy"
WIDE = "wide"
GOALS = "goals"
LAYOUTS = (TIDY, WIDE, GOALS)
SHEET_PRESETS = {TIDY: "sheet-tidy", WIDE: "sheet-wide"}
SHEET_PRESET_LABELS = {
    TIDY: Message("sheets.preset_tidy", "Google Sheet, tidy layout"),
    WIDE: Message("sheets.preset_wide", "Google Sheet, tracker layout"),
}
MIXED_PRESET = "sheet-mixed"
_MAX_FILE_NAME = 400


def sheet_source_name(snapshot: SheetSnapshot, tabs: Sequence[TabValues]) -> str:
    """Return how messages and the ledger name these tabs: Google Sheet <title> / <tab> (+ <tab>)."""
    names = " + ".join(tab.title for tab in tabs) or Message("sheets.no_tab", "(no tab)")
    text = Message("sheets.source_name", "Google Sheet {sheet} / {tabs}", sheet=snapshot.title, tabs=names)
    # The ledger keeps the name as written (in English); a name too long for it is cut short.
    return text if len(text) <= _MAX_FILE_NAME else str(text)[: _MAX_FILE_NAME - 1] + "…"


def tab_frame(tab: TabValues) -> tuple[pd.DataFrame, int]:
    """Return a tab as a DataFrame of cell texts (header row as columns) and the sheet row of its first data row."""
    rows = [list(row) for row in tab.rows]
    if not any(cell.strip() for row in rows for cell in row):
        return pd.DataFrame(), 2
    header_index = locate_header(rows)
    header = [cell.strip() for cell in rows[header_index]]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    data = [(row + [""] * width)[:width] for row in rows[header_index + 1 :]]
    return pd.DataFrame(data, columns=header, dtype=object), header_index + 2


def tab_layout(tab: TabValues, layout: str | None = None) -> str:
    """Return the tab's layout: the one asked for, else goals, tidy or wide as its header shows."""
    if layout is not None and layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {LAYOUTS}, not {layout!r}")
    frame, first_row = tab_frame(tab)
    header = [str(c) for c in frame.columns]
    if is_goals_header(header):
        return GOALS
    if layout is not None:
        return layout
    table = table_from_frame(frame, tab.title, first_row)
    if tidy_positions(table) is not None:
        return TIDY
    # A metric column only exists in the tidy layout: a tab with one has lost another tidy column.
    return TIDY if table.find(METRIC) is not None else WIDE


def upload_from_tabs(
    snapshot: SheetSnapshot,
    tabs: Sequence[TabValues],
    *,
    layout: str | None = None,
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
) -> ParsedUpload:
    """Return one upload holding every data tab's observations; its bytes are the cells exactly as fetched."""
    parts: list[tuple[TabValues, str, ParsedUpload]] = []
    for tab in tabs:
        chosen = tab_layout(tab, layout)
        if chosen == GOALS:
            continue
        parts.append((tab, chosen, _read_tab(snapshot, tab, chosen, channel, audience, mapping)))
    if not parts:
        raise SheetError(
            Message(
                "sheets.no_data_tab",
                "{source} holds no tab of numbers to store.",
                source=sheet_source_name(snapshot, tabs),
            )
        )
    _check_no_overlap(snapshot, parts)
    layouts = {chosen for _, chosen, _ in parts}
    only = next(iter(layouts)) if len(layouts) == 1 else None
    observations = pd.concat([p.observations for _, _, p in parts], ignore_index=True)
    observations = observations.sort_values(list(OBSERVATION_COLUMNS[:4]), kind="stable").reset_index(
        drop=True
    )
    channels = sorted(observations["channel"].unique().tolist())
    audiences = sorted(observations["audience"].unique().tolist())
    read_tabs = [tab for tab, _, _ in parts]
    fetched = snapshot.fetched_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    tab_words = comma_list(
        [
            Message("sheets.tab_and_gid", "“{title}” (gid {gid})", title=tab.title, gid=str(tab.gid))
            for tab in read_tabs
        ]
    )
    notes: list[str] = [
        Message(
            "sheets.read_from_sheet",
            "Read from Google Sheet {sheet}, tab {tabs}, at {time}.",
            sheet=snapshot.spreadsheet_id,
            tabs=tab_words,
            time=fetched,
        )
    ]
    for tab, _, parsed in parts:
        if len(parts) > 1:
            notes.extend(
                Message("sheets.tab_note", "Tab “{tab}”: {note}", tab=tab.title, note=note)
                for note in parsed.notes
            )
        else:
            notes.extend(parsed.notes)
    return ParsedUpload(
        file_name=sheet_source_name(snapshot, read_tabs),
        preset=SHEET_PRESETS[only] if only else MIXED_PRESET,
        preset_label=SHEET_PRESET_LABELS[only]
        if only
        else Message("sheets.preset_mixed", "Google Sheet, several layouts"),
        observations=observations,
        channel=channels[0] if len(channels) == 1 else None,
        audience=audiences[0] if len(audiences) == 1 else (audience or ALL_AUDIENCES),
        period_start=observations["date"].min().date(),
        period_end=observations["date"].max().date(),
        row_count=sum(p.row_count for _, _, p in parts),
        metrics=sorted(observations["metric"].unique().tolist()),
        content=snapshot_content(
            snapshot, [(tab, chosen) for tab, chosen, _ in parts], channel, audience, mapping
        ),
        notes=list(dict.fromkeys(notes)),
    )


def snapshot_content(
    snapshot: SheetSnapshot,
    tabs: Sequence[tuple[TabValues, str]],
    channel: str | None = None,
    audience: str | None = None,
    mapping: ColumnMapping | None = None,
) -> bytes:
    """Return canonical bytes of what was fetched: sheet id, each tab's gid, layout and cells (no titles, no times).

    An unchanged sheet gives identical bytes (a duplicate in the ledger); renaming a tab changes nothing.
    """
    document = {
        "source": "google-sheet",
        "spreadsheet_id": snapshot.spreadsheet_id,
        "channel": channel,
        "audience": audience,
        "mapping": mapping.to_dict() if mapping is not None else None,
        "tabs": [
            {"gid": tab.gid, "layout": chosen, "rows": [list(row) for row in tab.rows]}
            for tab, chosen in tabs
        ],
    }
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _read_tab(
    snapshot: SheetSnapshot,
    tab: TabValues,
    layout: str,
    channel: str | None,
    audience: str | None,
    mapping: ColumnMapping | None,
) -> ParsedUpload:
    frame, first_row = tab_frame(tab)
    source = sheet_source_name(snapshot, [tab])
    if frame.empty and not len(frame.columns):
        raise UploadError(
            Message("sheets.tab_empty", "the tab is empty; put a header row and the numbers under it"),
            file_name=source,
        )
    if mapping is None:
        _check_columns(frame, first_row, layout, source, channel)
    if layout == TIDY:
        return read_tidy_frame(frame, source, channel=channel, audience=audience, first_row=first_row)
    return read_wide_frame(
        frame, source, channel=channel, audience=audience, mapping=mapping, first_row=first_row
    )


def _check_columns(
    frame: pd.DataFrame, first_row: int, layout: str, source: str, channel: str | None
) -> None:
    """Raise naming the columns a tab lacks for its layout (a renamed, moved or deleted column)."""
    table = table_from_frame(frame, source, first_row)
    present = quoted_list([h for h in table.header if h])
    if layout == TIDY:
        wanted = {"date": DATE, "channel": CHANNEL, "metric": METRIC, "value": VALUE}
        missing = [name for name, aliases in wanted.items() if table.find(aliases) is None]
        if missing:
            raise SheetError(
                Message(
                    "sheets.tidy_lacks_columns",
                    "{source}: the tidy layout needs the column(s) {missing}, which this tab lacks "
                    "(renamed, moved or deleted?). Its columns are: {present}.",
                    source=source,
                    missing=", ".join(missing),
                    present=present,
                )
            )
    elif table.find(DATE) is None:
        raise SheetError(
            Message(
                "sheets.no_date_column",
                "{source}: there is no date or month column (renamed or deleted?). Its columns are: {present}. "
                "Name the column with the dates “date” or “month”.",
                source=source,
                present=present,
            )
        )
    elif wide_plan(table) is None:
        raise SheetError(
            Message(
                "sheets.no_metric_column",
                "{source}: no column is headed with a metric Goalpost knows (like reach, followers or comments). "
                "Its columns are: {present}. Rename the number columns, or map them in the Data page.",
                source=source,
                present=present,
            )
        )
    elif channel is None and table.find(CHANNEL) is None:
        raise SheetError(
            Message(
                "sheets.no_channel",
                "{source}: the tab does not say which channel its numbers belong to. Add a “channel” column "
                "(facebook, instagram, linkedin, …) or choose the channel for this tab. Its columns are: {present}.",
                source=source,
                present=present,
            )
        )


def _check_no_overlap(snapshot: SheetSnapshot, parts: list[tuple[TabValues, str, ParsedUpload]]) -> None:
    """Raise when two tabs give a value for the same day, channel, audience and metric."""
    if len(parts) < 2:
        return
    keys = list(OBSERVATION_COLUMNS[:4])
    every = pd.concat(
        [
            parsed.observations.loc[:, keys].drop_duplicates().assign(tab=tab.title)
            for tab, _, parsed in parts
        ],
        ignore_index=True,
    )
    clashing = every[every.duplicated(keys, keep=False)]
    if clashing.empty:
        return
    first = clashing.iloc[0]
    same = clashing[(clashing[keys] == first[keys]).all(axis=1)]
    tabs = and_list([quoted(title) for title in dict.fromkeys(same["tab"])])
    raise SheetError(
        Message(
            "sheets.tabs_overlap",
            "The tabs {tabs} of the Google Sheet {sheet} both give {metric} for {channel} (audience {audience}) "
            "on {date}. Keep the value in one tab only, or sync the tabs separately.",
            tabs=tabs,
            sheet=snapshot.title,
            metric=str(first["metric"]),
            channel=str(first["channel"]),
            audience=str(first["audience"]),
            date=f"{pd.Timestamp(first['date']):%Y-%m-%d}",
        )
    )
