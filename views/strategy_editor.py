"""Goals and tactics as editable tables, and back into a strategy YAML text (pure, no Streamlit)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pandas as pd
import yaml

from connectors.exports import FORMULA_PREFIXES
from metrics.strategy import Goal, Tactic

# The editor leaves the free-text description to the YAML file; every other goal field is a column.
GOAL_COLUMNS = tuple(field for field in Goal.model_fields if field != "description")
TACTIC_COLUMNS = tuple(Tactic.model_fields)
LIST_FIELDS = {"channels", "audiences", "present_in", "to_achieve", "for_audiences"}
DATE_FIELDS = {"start", "deadline"}
NUMBER_FIELDS = {"baseline", "target", "hours_per_month", "target_change"}
PERCENT_FIELDS = {"target_change"}
"""Written "+25%" in the file; edited as the number 25 (a sign-less number cell, never a formula)."""
TEXT_FIELDS = {"id", "title", "kind", "metric", "type", "owner", "to_do"}


def _cell_for_table(field: str, value: Any) -> Any:
    if field in LIST_FIELDS:
        if value is None or value == "":
            return []
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if field in DATE_FIELDS:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value)) if value not in (None, "") else None
        except ValueError:
            return None
    if field in PERCENT_FIELDS:
        return percent_number(value)
    if field in NUMBER_FIELDS:
        try:
            return float(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None
    if field == "core":
        return bool(value)
    return "" if value is None else str(value)


def percent_number(value: Any) -> float | None:
    """Return a relative target like "+25%" as the number 25.0 (None when blank or not a percentage)."""
    if value is None or value == "":
        return None
    text = str(value).strip().rstrip("%").replace(",", ".").replace(" ", "")
    try:
        return float(text)
    except ValueError:
        return None


def unneutralised(text: str) -> str:
    """Return table text with the quote that neutralised a leading formula character taken off again."""
    if text.startswith("'") and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def _table(items: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    rows = [{name: _cell_for_table(name, item.get(name)) for name in columns} for item in items]
    frame = pd.DataFrame(rows, columns=list(columns))
    for name in columns:
        if name in NUMBER_FIELDS:
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("float64")
        elif name == "core":
            frame[name] = frame[name].astype(bool)
        elif name in DATE_FIELDS:
            frame[name] = frame[name].astype(object)
    return frame


def goals_table(document: dict[str, Any]) -> pd.DataFrame:
    """Return the strategy's goals as a table with one row per goal (lists as lists, dates as dates)."""
    return _table([g for g in document.get("goals") or [] if isinstance(g, dict)], GOAL_COLUMNS)


def tactics_table(document: dict[str, Any]) -> pd.DataFrame:
    """Return the strategy's tactics as a table with one row per tactic (hours per month as numbers)."""
    return _table([t for t in document.get("tactics") or [] if isinstance(t, dict)], TACTIC_COLUMNS)


def _is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    if isinstance(value, list | tuple) and len(value) == 0:
        return True
    return bool(value is pd.NaT)


def _cell_for_yaml(field: str, value: Any) -> Any:
    if field in LIST_FIELDS:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return [str(v).strip() for v in value if str(v).strip()]
    if field in DATE_FIELDS:
        if isinstance(value, pd.Timestamp | dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            # Leave it as typed: the strategy's own validation names the goal and the field.
            return text
    if field in PERCENT_FIELDS:
        return f"{float(value):+g}%"
    if field in NUMBER_FIELDS:
        number = float(value)
        return int(number) if number.is_integer() else number
    if field == "core":
        return bool(value)
    return unneutralised(str(value)).strip()


def _rows_to_items(
    edited: pd.DataFrame, originals: list[dict[str, Any]], columns: tuple[str, ...]
) -> list[dict[str, Any]]:
    by_id = {str(item.get("id")): item for item in originals if isinstance(item, dict)}
    items: list[dict[str, Any]] = []
    for record in edited.to_dict("records"):
        if all(_is_blank(record.get(name)) or (name == "core" and not record.get(name)) for name in columns):
            continue  # an added row left empty is not a goal anyone meant to create
        item_id = "" if _is_blank(record.get("id")) else str(record["id"]).strip()
        # Keep fields the table does not show (notes, descriptions) from the item with the same id.
        item = {k: v for k, v in by_id.get(item_id, {}).items() if k not in columns}
        ordered: dict[str, Any] = {"id": item_id} if item_id else {}
        for name in columns:
            if name == "id":
                continue
            value = record.get(name)
            if name == "core":
                if value or "core" in by_id.get(item_id, {}):
                    ordered[name] = bool(value)
                continue
            if not _is_blank(value):
                ordered[name] = _cell_for_yaml(name, value)
        ordered.update(item)
        items.append(ordered)
    return items


def apply_tables(
    document: dict[str, Any], goals: pd.DataFrame | None = None, tactics: pd.DataFrame | None = None
) -> dict[str, Any]:
    """Return a copy of the strategy document with its goals and/or tactics replaced by the edited tables."""
    result = dict(document)
    if goals is not None:
        result["goals"] = _rows_to_items(goals, list(document.get("goals") or []), GOAL_COLUMNS)
    if tactics is not None:
        result["tactics"] = _rows_to_items(tactics, list(document.get("tactics") or []), TACTIC_COLUMNS)
    return result


def document_to_yaml(document: dict[str, Any]) -> str:
    """Return the strategy document as YAML text in the order it was written, Unicode kept readable."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
