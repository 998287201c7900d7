"""Read-only meeting links for people without an account: signed, dated, listed and revocable.

A link carries a token: the link's id signed (itsdangerous) with a key kept in the store, so nobody can make
one up or turn one into another. Whether it still opens is decided by the store on every page view: it
opens until its last day, and never again once revoked. Whoever opens it is a viewer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select, update

from connectors.access.settings import link_key
from connectors.store.ledger import utc_now
from connectors.store.schema import share_link
from connectors.store.workspaces import acting_here
from metrics.access import VIA_LINK, Actor, Role, require
from metrics.errors import GoalpostError, Message

MAX_LINK_DAYS = 366
"""The longest a meeting link may stay open: a year, so a forgotten link does not open for ever."""
LINK_PARAMETER = "link"
"""The query parameter that carries a meeting link's token."""
_SALT = "goalpost.meeting-link"


class LinkRefused(GoalpostError):
    """A meeting link that does not open: revoked, expired, or not a link this Goalpost made."""

    def __init__(self, message: Message, reason: str):
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class MeetingLink:
    """One meeting link: what it shows, who made it, its last day, and whether it was revoked (times UTC)."""

    id: int
    label: str
    view: dict[str, str]
    created_at: datetime
    created_by: str
    expires_on: date
    revoked_at: datetime | None
    revoked_by: str | None

    def status(self, today: date) -> str:
        """Return "open", "expired" or "revoked" on a day."""
        if self.revoked_at is not None:
            return "revoked"
        return "expired" if today > self.expires_on else "open"

    @property
    def actor(self) -> Actor:
        """Return the viewer that someone opening this link acts as (named after the link, for the record)."""
        return Actor(f"Meeting link “{self.label}”", Role.VIEWER, VIA_LINK)


def create_meeting_link(
    store, actor: Actor, view: Mapping[str, str], expires_on: date, label: str, *, today: date | None = None
) -> tuple[MeetingLink, str]:
    """Return a new meeting link and its token (editor role); it opens the view until expires_on."""
    require(actor, Role.EDITOR, "links")
    acting_here(store, actor)
    today = today or utc_now().date()
    if expires_on < today or expires_on > today + timedelta(days=MAX_LINK_DAYS):
        raise GoalpostError(
            Message(
                "access.link_expiry",
                "A meeting link must open until a day from today to {last}. Pick a date in that range.",
                last=(today + timedelta(days=MAX_LINK_DAYS)).isoformat(),
            )
        )
    label = " ".join(str(label).split())[:200] or "Meeting link"
    clean_view = {str(k): str(v) for k, v in view.items() if k != LINK_PARAMETER}
    now = utc_now()
    with store.writing() as conn:
        result = conn.execute(
            share_link.insert().values(
                label=label,
                view_json=json.dumps(clean_view, ensure_ascii=False, sort_keys=True),
                created_at=now,
                created_by=actor.identity,
                expires_on=expires_on,
            )
        )
        link_id = int(result.inserted_primary_key[0])
    link = MeetingLink(link_id, label, clean_view, now, actor.identity, expires_on, None, None)
    return link, link_token(store, link_id)


def link_token(store, link_id: int) -> str:
    """Return the token that opens a meeting link (its id, signed with the store's key)."""
    return URLSafeSerializer(link_key(store), salt=_SALT).dumps(int(link_id))


def meeting_links(store) -> list[MeetingLink]:
    """Return every meeting link, newest first, revoked and expired ones included."""
    with store.reading() as conn:
        rows = conn.execute(select(share_link).order_by(share_link.c.id.desc())).all()
    return [_link(row) for row in rows]


def revoke_meeting_link(store, actor: Actor, link_id: int) -> bool:
    """Revoke a link (an admin, or the editor who made it); return False when it was already revoked."""
    link = next((found for found in meeting_links(store) if found.id == int(link_id)), None)
    if link is None:
        raise GoalpostError(
            Message("access.no_link", "There is no meeting link number {id}.", id=int(link_id))
        )
    if link.created_by != actor.identity or not actor.may(Role.EDITOR):
        require(actor, Role.ADMIN, "links")
        acting_here(store, actor)
    with store.writing() as conn:
        changed = conn.execute(
            update(share_link)
            .where(share_link.c.id == int(link_id), share_link.c.revoked_at.is_(None))
            .values(revoked_at=utc_now(), revoked_by=actor.identity)
        ).rowcount
    return bool(changed)


def open_meeting_link(store, token: str, *, today: date | None = None) -> MeetingLink:
    """Return the meeting link a token opens today; raise LinkRefused when it is unknown, revoked or expired."""
    try:
        link_id = URLSafeSerializer(link_key(store), salt=_SALT).loads(str(token))
    except BadSignature:
        link_id = None
    link = next((found for found in meeting_links(store) if found.id == link_id), None) if link_id else None
    if link is None:
        raise LinkRefused(
            Message(
                "access.link_unknown",
                "This link does not open anything. Ask whoever sent it for a new one.",
            ),
            "unknown",
        )
    status = link.status(today or utc_now().date())
    if status == "revoked":
        raise LinkRefused(
            Message(
                "access.link_revoked",
                "This meeting link was withdrawn. Ask whoever sent it for a new one.",
            ),
            status,
        )
    if status == "expired":
        raise LinkRefused(
            Message(
                "access.link_expired",
                "This meeting link stopped working after {day}. Ask whoever sent it for a new one.",
                day=link.expires_on.isoformat(),
            ),
            status,
        )
    return link


def _link(row) -> MeetingLink:
    return MeetingLink(
        id=int(row.id),
        label=row.label,
        view=json.loads(row.view_json),
        created_at=row.created_at,
        created_by=row.created_by,
        expires_on=row.expires_on,
        revoked_at=row.revoked_at,
        revoked_by=row.revoked_by,
    )
