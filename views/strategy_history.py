"""Strategy versions side by side: what changed between two versions and when a goal's target moved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd
import yaml

TARGET_FIELDS = ("target", "target_change", "type", "deadline")
"""The goal fields whose change counts as 'the target moved'."""

SECTIONS = ("goals", "tactics", "channels", "audiences", "metrics")
"""Strategy lists whose items carry an `id` and are compared item by item."""

TOP_LEVEL_FIELDS = ("organisation", "mission", "purpose")


@dataclass(frozen=True)
class StrategyVersion:
    """One saved version of the strategy: its number, when and by whom, and its YAML text."""

    version: int
    saved_at: dt.datetime | None
    author: str | None
    note: str | None
    text: str


@dataclass(frozen=True)
class StrategyChange:
    """One difference between two strategy versions, in terms a manager reads."""

    section: str  # goals, tactics, channels, audiences, metrics, or "strategy" for top-level fields
    item: str  # the item's id ("" for top-level fields)
    change: str  # added, removed, changed
    field: str = ""
    old: Any = None
    new: Any = None


def strategy_document(text: str) -> dict[str, Any]:
    """Return the YAML text as a plain dict (empty when the text is blank or not a mapping)."""
    try:
        document = yaml.safe_load(text or "")
    except yaml.YAMLError:
        return {}
    return document if isinstance(document, dict) else {}


def _items_by_id(document: dict[str, Any], section: str) -> dict[str, dict[str, Any]]:
    items = document.get(section) or []
    if isinstance(items, dict):
        # Some people write `metrics:` as a mapping keyed by id; treat both shapes alike.
        items = [{"id": key, **(value or {})} for key, value in items.items()]
    result: dict[str, dict[str, Any]] = {}
    for position, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            result[str(item.get("id", f"#{position + 1}"))] = item
    return result


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, int | float) and isinstance(new, int | float):
        return float(old) == float(new)
    if isinstance(old, list) and isinstance(new, list):
        return sorted(map(str, old)) == sorted(map(str, new))
    return _plain(old) == _plain(new)


def _plain(value: Any) -> Any:
    """Return dates as ISO text and empty values as None so that equal meanings compare equal."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value in ("", [], {}):
        return None
    return value


def strategy_changes(old_text: str, new_text: str) -> list[StrategyChange]:
    """Return the differences from the older to the newer strategy text: top-level fields, then items."""
    old, new = strategy_document(old_text), strategy_document(new_text)
    changes: list[StrategyChange] = []
    for name in TOP_LEVEL_FIELDS:
        if not _same(old.get(name), new.get(name)):
            changes.append(StrategyChange("strategy", "", "changed", name, old.get(name), new.get(name)))
    for section in SECTIONS:
        before, after = _items_by_id(old, section), _items_by_id(new, section)
        for item_id in after.keys() - before.keys():
            changes.append(StrategyChange(section, item_id, "added"))
        for item_id in before.keys() - after.keys():
            changes.append(StrategyChange(section, item_id, "removed"))
        for item_id in before.keys() & after.keys():
            fields = [f for f in after[item_id] if f != "id"]
            fields += [f for f in before[item_id] if f != "id" and f not in after[item_id]]
            for field_name in fields:
                was, now = before[item_id].get(field_name), after[item_id].get(field_name)
                if not _same(was, now):
                    changes.append(StrategyChange(section, item_id, "changed", field_name, was, now))
    order = {name: i for i, name in enumerate(("strategy", *SECTIONS))}
    return sorted(changes, key=lambda c: (order[c.section], c.item, c.change != "added", c.field))


def target_history(versions: Iterable[StrategyVersion], goal_id: str | None = None) -> pd.DataFrame:
    """Return one row per version in which a goal first appeared or its target moved, oldest first.

    Columns: goal, version, saved_at, author, note, target, target_change, type, deadline,
    previous_target, previous_target_change (NaN/None where the goal is new). Pass goal_id for one goal.
    """
    rows: list[dict[str, Any]] = []
    last_seen: dict[str, dict[str, Any]] = {}
    for version in sorted(versions, key=lambda v: v.version):
        goals = _items_by_id(strategy_document(version.text), "goals")
        for gid, goal in goals.items():
            if goal_id is not None and gid != goal_id:
                continue
            current = {name: _plain(goal.get(name)) for name in TARGET_FIELDS}
            previous = last_seen.get(gid)
            if previous is None or any(not _same(previous[n], current[n]) for n in TARGET_FIELDS):
                rows.append(
                    {
                        "goal": gid,
                        "version": version.version,
                        "saved_at": version.saved_at,
                        "author": version.author,
                        "note": version.note,
                        **current,
                        "previous_target": previous["target"] if previous else None,
                        "previous_target_change": previous["target_change"] if previous else None,
                    }
                )
            last_seen[gid] = current
    columns = [
        "goal",
        "version",
        "saved_at",
        "author",
        "note",
        *TARGET_FIELDS,
        "previous_target",
        "previous_target_change",
    ]
    return pd.DataFrame(rows, columns=columns)
