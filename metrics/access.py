"""Who may do what: roles, the acting user, and the one check every action that changes data makes.

Roles are ordered: a viewer sees every page; an editor also changes data (uploads, undo and restore,
Google Sheets, the strategy, column mappings, meeting links); an admin also manages who has which role and
every share link. The check lives here, in the library, so no page, CLI command or forged widget message can
change data that the acting user's role does not allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from metrics.errors import GoalpostError, Message


class Role(IntEnum):
    """A user's role; a higher role may do everything a lower one may."""

    VIEWER = 1
    EDITOR = 2
    ADMIN = 3

    @property
    def label(self) -> str:
        """Return the role's name as users and files write it: viewer, editor or admin."""
        return self.name.lower()


ROLE_NAMES: tuple[str, ...] = tuple(role.label for role in Role)


def parse_role(text: str) -> Role:
    """Return the role a name means (viewer, editor, admin; any case); refuse any other word."""
    cleaned = str(text).strip().lower()
    for role in Role:
        if role.label == cleaned:
            return role
    raise GoalpostError(
        Message(
            "access.unknown_role",
            "“{role}” is not a role. Use one of: viewer, editor, admin.",
            role=str(text),
        )
    )


VIA_ACCOUNT = "password"
VIA_OIDC = "oidc"
VIA_LINK = "link"
VIA_LOCAL = "local"
VIA_CLI = "cli"
VIA_SYSTEM = "system"


@dataclass(frozen=True)
class Actor:
    """The user an action is done for: who (recorded in the ledger), their role, and how they got it."""

    identity: str
    """What the ledger records as "by": an e-mail address, an operating-system user, or a link's name."""
    role: Role
    via: str = VIA_LOCAL
    """How the identity was established: password, oidc, link, local (open mode), cli or system."""
    workspace: str = "default"
    """The workspace the role holds in: "default" for the deployment's own (sign-in gives that role)."""

    def may(self, role: Role) -> bool:
        """Return True when this actor's role is the given role or a higher one."""
        return self.role >= role


SYSTEM = Actor("Goalpost", Role.ADMIN, VIA_SYSTEM)
"""Goalpost itself: the demo organisation and the automatic re-sync of sheets an editor connected."""
ANONYMOUS = Actor("A visitor who is not signed in", Role.VIEWER, "anonymous")
"""Stands for a missing actor in a refusal: an action with no acting user is refused like a viewer's."""

# What each guarded action is called in a refusal, as a translatable part of the sentence.
ACTIONS: dict[str, Message] = {
    "upload": Message("access.action.upload", "store uploads"),
    "undo": Message("access.action.undo", "undo or restore uploads"),
    "strategy": Message("access.action.strategy", "change the strategy"),
    "mapping": Message("access.action.mapping", "save column mappings"),
    "sheets": Message("access.action.sheets", "connect, sync or disconnect Google Sheets"),
    "links": Message("access.action.links", "make meeting links"),
    "accounts": Message("access.action.accounts", "manage accounts and roles"),
    "sheet_policy": Message("access.action.sheet_policy", "choose which Google Sheets may be connected"),
    "visit": Message("access.action.visit", "keep the time of their visit"),
    "pin": Message("access.action.pin", "pin a version of the numbers"),
    "note": Message("access.action.note", "write notes on the timeline"),
    "decision": Message("access.action.decision", "record decisions"),
    "copy_store": Message("access.action.copy_store", "copy the whole store to another database"),
    "workspaces": Message("access.action.workspaces", "add workspaces or change who belongs to them"),
}


class AccessDenied(GoalpostError):
    """The acting user's role does not allow the action; the message names the role it needs."""

    def __init__(self, actor: Actor, needed: Role, action: str):
        self.actor = actor
        self.needed = needed
        self.action = action
        super().__init__(
            Message(
                "access.denied",
                "{who} may not {action}: that needs the {needed} role, and {who} has the {role} role. "
                "Ask an admin of Goalpost for the {needed} role.",
                who=actor.identity,
                action=ACTIONS[action],
                needed=needed.label,
                role=actor.role.label,
            )
        )


def require(actor: Actor | None, needed: Role, action: str) -> Actor:
    """Return the actor when its role allows the action; raise AccessDenied otherwise (also for no actor)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if not isinstance(actor, Actor):
        raise AccessDenied(ANONYMOUS, needed, action)
    if not actor.may(needed):
        raise AccessDenied(actor, needed, action)
    return actor
