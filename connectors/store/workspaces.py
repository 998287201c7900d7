"""Workspaces: several organisations in one deployment, each with a store of its own.

The deployment's configured store (the "home" store) is the default workspace, and keeps the registry: which
workspaces there are and who is a member of each, with which role. Every other workspace's strategy, data,
uploads, mappings, sheets, pins, notes and meeting links live in a store of its own: a SQLite file beside the
home store (`<home folder>/workspaces/<id>.sqlite3`), or a schema of its own in the home store's PostgreSQL
database (`ws_<id>`, reached through the connection's search_path). A Store is bound to exactly one of them,
so nothing read or written through it can reach another workspace: isolation is where the data is, not a
filter a query could forget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, delete, select

from connectors.store.engine import store_label
from connectors.store.ledger import utc_now
from connectors.store.schema import workspace, workspace_member
from metrics.access import VIA_LINK, Actor, Role, parse_role, require
from metrics.errors import GoalpostError, Message

DEFAULT_WORKSPACE = "default"
"""The id of the home store's own workspace: every deployment has it, and it needs no registry row."""
WORKSPACE_FOLDER = "workspaces"
"""The folder beside a SQLite home store that holds the other workspaces' store files."""
SCHEMA_PREFIX = "ws_"
"""What a workspace's PostgreSQL schema is called: this, then its id with hyphens as underscores."""
MAX_ID_LENGTH = 40
_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class WorkspaceRefused(GoalpostError):
    """A workspace that does not exist, or that the acting user is not a member of."""


@dataclass(frozen=True)
class Workspace:
    """One workspace: its id (used in links and on the command line), name, and who made it when (UTC)."""

    id: str
    name: str
    created_at: datetime | None = None
    created_by: str | None = None


@dataclass(frozen=True)
class Membership:
    """One person's role in one workspace."""

    workspace_id: str
    email: str
    role: Role


def checked_workspace_id(text: str) -> str:
    """Return a workspace id as written (lower case, trimmed); refuse one that is not a short slug."""
    cleaned = str(text or "").strip().lower()
    if not _ID.match(cleaned) or len(cleaned) > MAX_ID_LENGTH:
        raise WorkspaceRefused(
            Message(
                "workspace.bad_id",
                "“{workspace}” cannot be a workspace id. Use up to {limit} lower-case letters, digits and "
                "hyphens, for example lyngtind or client-2.",
                workspace=str(text),
                limit=MAX_ID_LENGTH,
            )
        )
    return cleaned


def unknown_workspace(workspace_id: str) -> WorkspaceRefused:
    """Return the refusal for a workspace id the deployment does not have."""
    return WorkspaceRefused(
        Message(
            "workspace.unknown",
            "There is no workspace “{workspace}” in this Goalpost. Check the id, or ask an admin of Goalpost "
            "to add the workspace.",
            workspace=str(workspace_id),
        )
    )


def not_a_member(workspace_id: str, who: str) -> WorkspaceRefused:
    """Return the refusal for someone opening a workspace they do not belong to (or one that does not exist)."""
    # The same words whether the workspace exists or not: a non-member learns nothing of it.
    return WorkspaceRefused(
        Message(
            "workspace.not_member",
            "{who} is not a member of a workspace “{workspace}”. Choose one of your workspaces, or ask an "
            "admin of Goalpost to add you to it.",
            who=who,
            workspace=str(workspace_id),
        )
    )


def workspace_url(home_url: URL, workspace_id: str) -> URL:
    """Return the URL of a workspace's own store, beside the home store (the default workspace: the home's)."""
    workspace_id = checked_workspace_id(workspace_id)
    if workspace_id == DEFAULT_WORKSPACE:
        return home_url
    if home_url.get_backend_name() == "sqlite":
        if not home_url.database or home_url.database == ":memory:" or home_url.database.startswith("file:"):
            raise WorkspaceRefused(
                Message(
                    "workspace.needs_file",
                    "Workspaces need a store in a file or a database server; this store is kept in memory "
                    "only. Give a file path or a database URL with --store or GOALPOST_STORE.",
                )
            )
        folder = Path(home_url.database).expanduser().parent / WORKSPACE_FOLDER
        return home_url.set(database=str(folder / f"{workspace_id}.sqlite3"))
    if home_url.get_backend_name() == "postgresql":
        # Its own schema, and only it on the search path: the home store's tables are out of reach.
        return home_url.update_query_dict({"options": f"-csearch_path={schema_name(workspace_id)}"})
    raise WorkspaceRefused(
        Message(
            "workspace.unsupported_database",
            "Workspaces work with SQLite files and PostgreSQL; this store is a {backend} database.",
            backend=home_url.get_backend_name(),
        )
    )


def schema_name(workspace_id: str) -> str:
    """Return the PostgreSQL schema that holds a workspace's store (ids have no underscores, so none collide)."""
    return SCHEMA_PREFIX + checked_workspace_id(workspace_id).replace("-", "_")


def workspaces(home) -> list[Workspace]:
    """Return the deployment's workspaces, the default first, then the others by id."""
    with home.reading() as conn:
        rows = conn.execute(select(workspace).order_by(workspace.c.id)).all()
    return [Workspace(DEFAULT_WORKSPACE, DEFAULT_WORKSPACE)] + [
        Workspace(row.id, row.name, row.created_at, row.created_by) for row in rows
    ]


def find_workspace(home, workspace_id: str) -> Workspace | None:
    """Return the workspace of an id, or None when the deployment has none by that id."""
    wanted = str(workspace_id or "").strip().lower()
    return next((found for found in workspaces(home) if found.id == wanted), None)


def registered_workspace_url(home, workspace_id: str) -> URL:
    """Return the URL of a registered workspace's store; refuse an id the home store does not list."""
    workspace_id = checked_workspace_id(workspace_id)
    if find_workspace(home, workspace_id) is None:
        raise unknown_workspace(workspace_id)
    return workspace_url(home.url, workspace_id)


def workspace_location(home, workspace_id: str) -> str:
    """Return where a registered workspace's store is, as --store takes it (a file path or a full URL)."""
    url = registered_workspace_url(home, workspace_id)
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=False)


def workspace_label(home, workspace_id: str) -> str:
    """Return where a registered workspace's store is, as messages show it (a URL's password never shows)."""
    return store_label(registered_workspace_url(home, workspace_id)).strip("“”")


def create_workspace(home, actor: Actor, workspace_id: str, name: str) -> Workspace:
    """Return the new workspace after registering it and making its empty store (admin of the default workspace)."""
    require(actor, Role.ADMIN, "workspaces")
    if not is_deployment_admin(actor):
        raise WorkspaceRefused(
            Message(
                "workspace.only_deployment_admins",
                "{who} may not add workspaces: that needs the admin role in the default workspace. Ask an "
                "admin of Goalpost.",
                who=actor.identity,
            )
        )
    if not str(workspace_id or "").strip():
        raise WorkspaceRefused(
            Message(
                "workspace.no_id",
                "Give the workspace an id: up to {limit} lower-case letters, digits and hyphens, for example "
                "client-2. Links and the command line name the workspace by it.",
                limit=MAX_ID_LENGTH,
            )
        )
    workspace_id = checked_workspace_id(workspace_id)
    cleaned_name = " ".join(str(name or "").split())[:200] or workspace_id
    if workspace_id == DEFAULT_WORKSPACE or find_workspace(home, workspace_id) is not None:
        raise WorkspaceRefused(
            Message(
                "workspace.exists",
                "There is already a workspace “{workspace}”. Choose another id.",
                workspace=workspace_id,
            )
        )
    url = workspace_url(home.url, workspace_id)
    now = utc_now()
    with home.writing() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema_name(workspace_id)}"')
        conn.execute(
            workspace.insert().values(
                id=workspace_id, name=cleaned_name, created_at=now, created_by=actor.identity
            )
        )
    from connectors.store.store import Store  # the store module builds on this one

    # Made now, so a mistake in the location shows to the admin who adds it, not to its first visitor.
    try:
        Store.open(url).close()
    except Exception:
        # A workspace whose store cannot be made is not added: the admin fixes the place and tries the same id.
        with home.writing() as conn:
            conn.execute(delete(workspace).where(workspace.c.id == workspace_id))
        raise
    return Workspace(workspace_id, cleaned_name, now, actor.identity)


def members(home, workspace_id: str) -> list[Membership]:
    """Return the members of a workspace with their roles, by e-mail address."""
    workspace_id = checked_workspace_id(workspace_id)
    with home.reading() as conn:
        rows = conn.execute(
            select(workspace_member.c.email, workspace_member.c.role)
            .where(workspace_member.c.workspace_id == workspace_id)
            .order_by(workspace_member.c.email)
        ).all()
    return [Membership(workspace_id, row[0], parse_role(row[1])) for row in rows]


def _actor_in(home, actor: Actor | None, workspace_id: str) -> Actor | None:
    """Return the actor with its role in that very workspace (a role elsewhere says nothing of this one)."""
    if not isinstance(actor, Actor) or workspace_id == DEFAULT_WORKSPACE:
        return actor
    return workspace_actor(home, actor, workspace_id)


def set_member(home, actor: Actor, workspace_id: str, email: str, role: Role) -> Membership:
    """Return the membership after giving a person a role in a workspace (admin of it); replaces an earlier one."""
    workspace_id = checked_workspace_id(workspace_id)
    require(_actor_in(home, actor, workspace_id), Role.ADMIN, "workspaces")
    if workspace_id == DEFAULT_WORKSPACE:
        raise WorkspaceRefused(
            Message(
                "workspace.default_members",
                "Roles in the default workspace are the accounts' and role rules' roles. Change them with "
                "`cli.py users` or on the Team page.",
            )
        )
    if find_workspace(home, workspace_id) is None:
        raise unknown_workspace(workspace_id)
    cleaned = str(email or "").strip().lower()
    if not _EMAIL.match(cleaned) or len(cleaned) > 320:
        raise WorkspaceRefused(
            Message(
                "access.bad_email",
                "“{email}” is not an e-mail address. Write it as name@example.org.",
                email=str(email),
            )
        )
    with home.writing() as conn:
        conn.execute(
            delete(workspace_member).where(
                (workspace_member.c.workspace_id == workspace_id) & (workspace_member.c.email == cleaned)
            )
        )
        conn.execute(
            workspace_member.insert().values(
                workspace_id=workspace_id,
                email=cleaned,
                role=role.label,
                saved_at=utc_now(),
                saved_by=actor.identity,
            )
        )
    return Membership(workspace_id, cleaned, role)


def remove_member(home, actor: Actor, workspace_id: str, email: str) -> bool:
    """Return True when a person's membership of a workspace was removed (admin of it); False if they had none."""
    workspace_id = checked_workspace_id(workspace_id)
    require(_actor_in(home, actor, workspace_id), Role.ADMIN, "workspaces")
    cleaned = str(email or "").strip().lower()
    with home.writing() as conn:
        gone = conn.execute(
            delete(workspace_member).where(
                (workspace_member.c.workspace_id == workspace_id) & (workspace_member.c.email == cleaned)
            )
        )
    return bool(gone.rowcount)


def is_deployment_admin(actor: Actor | None) -> bool:
    """Return True when the actor is an admin of the default workspace: admin everywhere, and adds workspaces."""
    # An admin of one workspace is not one, nor a meeting link's guest.
    return (
        isinstance(actor, Actor)
        and actor.via != VIA_LINK
        and actor.workspace == DEFAULT_WORKSPACE
        and actor.may(Role.ADMIN)
    )


def workspace_actor(home, actor: Actor, workspace_id: str) -> Actor:
    """Return the actor with its role in a workspace; refuse someone who is not a member (plain words).

    `actor` is who signed in, with their role in the default workspace (the home store's account or rules).
    """
    workspace_id = checked_workspace_id(workspace_id)
    if actor.workspace == workspace_id:
        return actor
    if actor.workspace != DEFAULT_WORKSPACE:
        raise not_a_member(
            workspace_id, actor.identity
        )  # only a sign-in's own role leads to other workspaces
    if workspace_id == DEFAULT_WORKSPACE:
        return actor
    if is_deployment_admin(actor):
        if find_workspace(home, workspace_id) is None:
            raise unknown_workspace(workspace_id)
        return replace(actor, workspace=workspace_id)
    if actor.via == VIA_LINK:
        raise not_a_member(workspace_id, actor.identity)
    with home.reading() as conn:
        row = conn.execute(
            select(workspace_member.c.role).where(
                (workspace_member.c.workspace_id == workspace_id)
                & (workspace_member.c.email == actor.identity.strip().lower())
            )
        ).first()
    if row is None:
        raise not_a_member(workspace_id, actor.identity)
    return Actor(actor.identity, parse_role(row[0]), actor.via, workspace_id)


def workspaces_of(home, actor: Actor, *, in_default: bool = True) -> list[Workspace]:
    """Return the workspaces someone may open, the default first (when `in_default`: they have a role there)."""
    found = workspaces(home)
    if is_deployment_admin(actor):
        return found if in_default else found[1:]
    with home.reading() as conn:
        mine = {
            row[0]
            for row in conn.execute(
                select(workspace_member.c.workspace_id).where(
                    workspace_member.c.email == actor.identity.strip().lower()
                )
            )
        }
    return [w for w in found if (w.id == DEFAULT_WORKSPACE and in_default) or w.id in mine]


def acting_here(store, actor: Actor | None) -> None:
    """Refuse an actor whose role holds in another workspace than the store's (stand-in stores are let be)."""
    check = getattr(store, "acting_here", None)
    if callable(check):
        check(actor)
