"""A tab of goals in a Google Sheet: one row per goal in the strategy's goal fields, merged into the strategy.

Cells are read with the same number and date rules as uploaded files. A column that is present but empty
in a row clears that field of the goal; a column that is absent leaves the strategy file's value alone.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import yaml

from connectors.readers.aliases import METRIC_ALIASES, alias_index, lookup_channel, normalise_header
from connectors.readers.context import ReadContext, header_of, parse_dates, parse_numbers
from connectors.readers.layouts import audience_id, metric_id
from connectors.readers.rows import table_from_rows
from connectors.readers.table import Table
from connectors.sheets.sheet_client import TabValues
from metrics.errors import Message, SheetError
from metrics.strategy import Goal, Strategy, load_strategy, strategy_to_yaml
from metrics.words import quoted_list

GOAL_FIELDS = tuple(Goal.model_fields)
"""The strategy's goal fields a goals tab may have as columns (header case and spaces do not matter)."""
REQUIRED_GOAL_COLUMNS = ("id", "title", "metric", "deadline")
"""Columns that make a tab a goals tab; the strategy check names whatever else a goal lacks."""

_NUMBER_FIELDS = ("baseline", "target")
_DATE_FIELDS = ("start", "deadline")
_LIST_FIELDS = ("channels", "audiences")
_CHOICE_FIELDS = ("kind", "type")
_LIST_SEPARATORS = re.compile(r"[,;\n]+")
_SIGNED_PERCENT = re.compile(r"^[+-]")
# Deadlines lie ahead: the file rules' "no dates in the future" check must not apply to goals.
_GOAL_DATES_UNTIL = date(2999, 12, 31)


def goal_column_field(header: str) -> str | None:
    """Return the goal field a column header names ("Target change" -> target_change), or None."""
    key = normalise_header(header).replace("-", " ").replace(" ", "_")
    return key if key in GOAL_FIELDS else None


def is_goals_header(header: tuple[str, ...] | list[str]) -> bool:
    """Return True when a header row has the columns of a goals tab (id, title, metric, deadline)."""
    fields = {goal_column_field(h) for h in header}
    return all(name in fields for name in REQUIRED_GOAL_COLUMNS)


def goals_from_tab(tab: TabValues, source: str) -> list[dict[str, Any]]:
    """Return one goal dict per filled row (None = the cell is empty, which clears that field)."""
    table = table_from_rows([list(row) for row in tab.rows], source, sheet=tab.title)
    if table is None:
        raise SheetError(
            Message(
                "sheets.goals_tab_empty",
                "{source} is empty. Put a header row with {fields} and one goal per row.",
                source=source,
                fields=", ".join(GOAL_FIELDS),
            )
        )
    positions = _field_positions(table, source)
    frame = table.rows()
    if frame.empty:
        return []
    columns: dict[str, pd.Series] = {}
    context = ReadContext(file_name=source, today=_GOAL_DATES_UNTIL)
    notes: list[str] = []
    for name, position in positions.items():
        if name in _NUMBER_FIELDS:
            columns[name] = parse_numbers(table, frame, position).astype(object)
        elif name in _DATE_FIELDS:
            columns[name] = parse_dates(table, frame, position, context, notes).astype(object)
        else:
            columns[name] = frame[position].astype(object).fillna("").astype(str).str.strip()
    metric_ids = alias_index(METRIC_ALIASES)
    goals = []
    for offset in frame.index:
        goal: dict[str, Any] = {}
        for name, values in columns.items():
            goal[name] = _goal_value(name, values.loc[offset], metric_ids)
        if goal.get("id") is None:
            if any(value is not None for value in goal.values()):
                raise SheetError(
                    Message(
                        "sheets.goal_without_id",
                        "{source}, row {row}: this goal has no id. Give every goal a short "
                        "id (like grow_reach) in the “id” column.",
                        source=source,
                        row=str(table.row_number(offset)),
                    )
                )
            continue
        goals.append(goal)
    _check_unique_ids(goals, source)
    return goals


def merge_goals(
    strategy_text: str | None, goals: list[dict[str, Any]], *, source: str
) -> tuple[str, Strategy]:
    """Return the strategy YAML and model with the sheet's goals merged in (same id updated, new id added)."""
    if not (strategy_text or "").strip():
        raise SheetError(
            Message(
                "sheets.no_strategy_for_goals",
                "Goalpost has no strategy yet, so the goals in {source} have nowhere to go. Load the strategy "
                "file (channels, audiences, organisation) first, then sync the goals tab again.",
                source=source,
            )
        )
    document = yaml.safe_load(strategy_text)
    if not isinstance(document, dict):
        raise SheetError(
            Message(
                "sheets.stored_strategy_not_mapping",
                "The stored strategy is not a YAML mapping; load a valid strategy file first.",
            )
        )
    existing = [g for g in (document.get("goals") or []) if isinstance(g, dict)]
    by_id = {str(g.get("id")): g for g in existing}
    merged = list(existing)
    for goal in goals:
        current = by_id.get(goal["id"])
        if current is None:
            fresh = {k: v for k, v in goal.items() if v is not None}
            merged.append(fresh)
            by_id[goal["id"]] = fresh
            continue
        for name, value in goal.items():
            if value is None:
                current.pop(name, None)
            else:
                current[name] = value
    document["goals"] = merged
    text = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    merged_source = Message(
        "sheets.strategy_with_goals", "the strategy with the goals from {source}", source=source
    )
    strategy = load_strategy(text, source=merged_source)
    return strategy_to_yaml(strategy), strategy


def _field_positions(table: Table, source: str) -> dict[str, int]:
    positions: dict[str, int] = {}
    for position, header in enumerate(table.header):
        name = goal_column_field(header)
        if name is None:
            continue
        if name in positions:
            raise SheetError(
                Message(
                    "sheets.goal_field_twice",
                    "{source} has two columns for the goal field “{field}” (“{first}” and “{second}”). "
                    "Delete or rename one.",
                    source=source,
                    field=name,
                    first=header_of(table, positions[name]),
                    second=header,
                )
            )
        positions[name] = position
    missing = [name for name in REQUIRED_GOAL_COLUMNS if name not in positions]
    if missing:
        raise SheetError(
            Message(
                "sheets.goals_tab_lacks_columns",
                "{source} lacks the column(s) {missing} (moved, renamed or deleted?). Its columns are: "
                "{found}. A goals tab needs a header row with {fields}.",
                source=source,
                missing=", ".join(missing),
                found=quoted_list([h for h in table.header if h]),
                fields=", ".join(GOAL_FIELDS),
            )
        )
    return positions


def _goal_value(name: str, value: Any, metric_ids: dict[str, str]) -> Any:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NaT:
        return None
    if name in _NUMBER_FIELDS:
        return float(value)
    if name in _DATE_FIELDS:
        return pd.Timestamp(value).date()
    text = str(value).strip()
    if not text:
        return None
    if name in _LIST_FIELDS:
        items = [item.strip() for item in _LIST_SEPARATORS.split(text) if item.strip()]
        # Ids as the data tabs give them, so a goal's "Young adults" matches the rows' audience.
        return [lookup_channel(item) if name == "channels" else audience_id(item) for item in items]
    if name == "metric":
        return metric_id(text, metric_ids)
    if name in _CHOICE_FIELDS:
        return normalise_header(text).replace(" ", "_")
    if name == "target_change" and text.endswith("%") and not _SIGNED_PERCENT.match(text):
        # A percent cell shows a rise without its sign ("25 %"); a fall always shows "-".
        return f"+{text}"
    return text


def _check_unique_ids(goals: list[dict[str, Any]], source: str) -> None:
    seen: set[str] = set()
    for goal in goals:
        if goal["id"] in seen:
            raise SheetError(
                Message(
                    "sheets.goal_id_twice",
                    "{source} has the goal id “{id}” twice. Give each goal its own id.",
                    source=source,
                    id=str(goal["id"]),
                )
            )
        seen.add(goal["id"])
