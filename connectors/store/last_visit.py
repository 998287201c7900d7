"""Each viewer's last visit to the Overview: when, and which status every goal had, so the next visit can
say what changed since.

Recording a visit is a write, so it takes the acting user and is checked like every other change. A viewer
may record their own visit (the check asks for the viewer role); a read-only meeting link records nothing,
because whoever opens it changes nothing. Recording leaves the store's version as it is: a visit is no data
change, so open dashboards are not redrawn for it and no cache is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from connectors.store.ledger import utc_now
from connectors.store.schema import last_visit
from metrics.access import VIA_LINK, VIA_LOCAL, Actor, Role, require

THIS_COMPUTER = "this computer"
"""Open mode's one visitor: whoever sits at the computer the server runs on (the name is never shown)."""


@dataclass(frozen=True)
class Visit:
    """A viewer's visit: when (UTC, no zone) and the status of each goal then ({goal id: status})."""

    at: datetime
    statuses: Mapping[str, str]


def utc_today() -> date:
    """Return today's date in UTC, the calendar visits are kept in."""
    return utc_now().date()


def visitor(actor: Actor) -> str:
    """Return the name a viewer's visits are kept under: their identity in lower case, or THIS_COMPUTER."""
    if actor.via == VIA_LOCAL:
        # Open mode names the person by the account or the language's word for "this computer": one visitor.
        return THIS_COMPUTER
    return actor.identity.strip().lower()


def previous_visit(store, actor: Actor) -> Visit | None:
    """Return the viewer's last recorded visit, or None when there is none (or the actor is a meeting link)."""
    if actor.via == VIA_LINK:
        return None
    with store.reading() as conn:
        row = conn.execute(
            select(last_visit.c.visited_at, last_visit.c.statuses_json).where(
                last_visit.c.visitor == visitor(actor)
            )
        ).first()
    if row is None:
        return None
    try:
        statuses = json.loads(row[1])
    except ValueError:
        statuses = {}
    if not isinstance(statuses, dict):
        statuses = {}
    return Visit(at=row[0], statuses={str(k): str(v) for k, v in statuses.items()})


def record_visit(
    store, statuses: Mapping[str, str], *, actor: Actor, at: datetime | None = None
) -> Visit | None:
    """Return the visit recorded as the viewer's last one (replacing the earlier); None for a meeting link."""
    require(actor, Role.VIEWER, "visit")
    if actor.via == VIA_LINK:
        return None
    visit = Visit(at=at or utc_now(), statuses={str(k): str(v) for k, v in statuses.items()})
    name = visitor(actor)
    with store.writing() as conn:
        conn.execute(last_visit.delete().where(last_visit.c.visitor == name))
        conn.execute(
            last_visit.insert().values(
                visitor=name,
                visited_at=visit.at,
                statuses_json=json.dumps(dict(visit.statuses), sort_keys=True),
            )
        )
    return visit
