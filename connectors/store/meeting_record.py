"""What a meeting leaves behind: pinned versions of the numbers, notes on the timeline, decisions on goals.

Notes and decisions name goal, channel and audience ids, never a strategy version, so a strategy change keeps
them. The readers here are plain functions over a connection; decisions_of_month and decisions_of_goal are
pure functions over the decisions frame, for reports and presentation mode.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Connection, delete, select

from connectors.store.ledger import utc_now
from connectors.store.schema import decision, pinned_version, timeline_note
from metrics.errors import Message, StoreError

NOTE_KINDS = ("campaign", "platform", "outage", "algorithm", "other")
"""What a note on the timeline is about: a campaign, a platform change, an outage, an algorithm change."""
PIN_COLUMNS = ["id", "made_at", "made_by", "as_of_month", "ledger_point", "strategy_version_id", "label"]
NOTE_COLUMNS = ["id", "kind", "text", "first_day", "last_day", "channel", "audience", "goal", "saved_by"]
DECISION_COLUMNS = [
    "id",
    "goal",
    "decided_on",
    "decided_by",
    "text",
    "change",
    "strategy_version_id",
    "saved_by",
]


@dataclass(frozen=True)
class PinnedVersion:
    """A pinned version: the ledger point and as-of month of the numbers as presented, and who pinned them."""

    id: int
    made_at: dt.datetime  # UTC
    made_by: str
    as_of_month: str  # YYYY-MM
    ledger_point: int
    strategy_version_id: int | None
    label: str


def no_such_pin(pin_id: int) -> Message:
    """Return the message for a pinned version the store does not hold."""
    return Message(
        "store.no_such_pin",
        "There is no pinned version {id}. Open the list of pinned versions on the Data page and choose one.",
        id=int(pin_id),
    )


def add_pin(
    conn: Connection,
    *,
    made_by: str,
    as_of_month: str,
    ledger_point: int,
    strategy_version_id: int | None,
    label: str,
) -> int:
    """Store a pinned version and return its id."""
    result = conn.execute(
        pinned_version.insert().values(
            made_at=utc_now(),
            made_by=made_by,
            as_of_month=as_of_month,
            ledger_point=int(ledger_point),
            strategy_version_id=strategy_version_id,
            label=label.strip()[:200],
        )
    )
    return int(result.inserted_primary_key[0])


def read_pin(conn: Connection, pin_id: int) -> PinnedVersion:
    """Return one pinned version; raise StoreError when there is no such pin."""
    row = conn.execute(select(*pinned_version.c).where(pinned_version.c.id == int(pin_id))).first()
    if row is None:
        raise StoreError(no_such_pin(pin_id))
    return PinnedVersion(*row)


def pin_frame(conn: Connection) -> pd.DataFrame:
    """Return pinned versions, newest first (made_at UTC)."""
    rows = conn.execute(select(*pinned_version.c).order_by(pinned_version.c.id.desc())).all()
    frame = pd.DataFrame(rows, columns=PIN_COLUMNS)
    frame["made_at"] = pd.to_datetime(frame["made_at"]).dt.tz_localize("UTC")
    return frame


def add_note(conn: Connection, values: dict, saved_by: str) -> int:
    """Store a note on the timeline and return its id (values: kind, text, first_day, last_day, ids)."""
    result = conn.execute(timeline_note.insert().values(**values, saved_at=utc_now(), saved_by=saved_by))
    return int(result.inserted_primary_key[0])


def drop_note(conn: Connection, note_id: int) -> bool:
    """Remove a note; return True when there was one."""
    return conn.execute(delete(timeline_note).where(timeline_note.c.id == int(note_id))).rowcount > 0


def note_frame(conn: Connection) -> pd.DataFrame:
    """Return every note on the timeline, oldest first (days as dates)."""
    rows = conn.execute(
        select(*(timeline_note.c[name] for name in NOTE_COLUMNS)).order_by(
            timeline_note.c.first_day, timeline_note.c.id
        )
    ).all()
    return pd.DataFrame(rows, columns=NOTE_COLUMNS)


def add_decision(conn: Connection, values: dict, saved_by: str) -> int:
    """Store a decision and return its id (values: goal, decided_on, decided_by, text, change, version)."""
    change = values.pop("change", None)
    result = conn.execute(
        decision.insert().values(
            **values,
            change_json=json.dumps(change, sort_keys=True) if change else None,
            saved_at=utc_now(),
            saved_by=saved_by,
        )
    )
    return int(result.inserted_primary_key[0])


def decision_frame(conn: Connection) -> pd.DataFrame:
    """Return every decision, oldest first: change is a dict ({"tactic", "hours"} or {"target"}) or None."""
    rows = conn.execute(
        select(
            decision.c.id,
            decision.c.goal,
            decision.c.decided_on,
            decision.c.decided_by,
            decision.c.text,
            decision.c.change_json,
            decision.c.strategy_version_id,
            decision.c.saved_by,
        ).order_by(decision.c.decided_on, decision.c.id)
    ).all()
    frame = pd.DataFrame(rows, columns=DECISION_COLUMNS)
    frame["change"] = [json.loads(text) if text else None for text in frame["change"]]
    return frame


def decisions_of_month(decisions: pd.DataFrame, month: str) -> pd.DataFrame:
    """Return the decisions taken in a month ('YYYY-MM'), oldest first (a pure cut of Store.decisions())."""
    if decisions.empty:
        return decisions
    taken = pd.to_datetime(decisions["decided_on"]).dt.strftime("%Y-%m")
    return decisions[taken == month].reset_index(drop=True)


def decisions_of_goal(decisions: pd.DataFrame, goal_id: str) -> pd.DataFrame:
    """Return the decisions taken on one goal, oldest first (a pure cut of Store.decisions())."""
    if decisions.empty:
        return decisions
    return decisions[decisions["goal"] == goal_id].reset_index(drop=True)


def notes_concerning(
    notes: pd.DataFrame,
    *,
    channels: list[str] | None = None,
    audiences: list[str] | None = None,
    goal: str | None = None,
) -> pd.DataFrame:
    """Return the notes a chart concerns: those naming nothing, or one of its channels, audiences or its goal.

    A note naming a channel is left off a chart of other channels; None for channels or audiences means the
    chart covers them all.
    """
    if notes.empty:
        return notes
    keep = pd.Series(True, index=notes.index)
    if channels is not None:
        keep &= notes["channel"].isna() | notes["channel"].isin(channels)
    if audiences is not None:
        keep &= notes["audience"].isna() | notes["audience"].isin(audiences)
    keep &= notes["goal"].isna() | (notes["goal"] == goal) if goal is not None else notes["goal"].isna()
    return notes[keep].reset_index(drop=True)
