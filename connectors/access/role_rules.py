"""Which role an identity vouched for by an OpenID provider gets: rules on e-mails, domains and groups.

Rules come from two places. The deployment's secrets (`[goalpost.roles]` in .streamlit/secrets.toml) hold
the fixed ones, so the first admin can never lock themselves out; admins add and remove the rest on the Team
page, and those live in the store. The highest role any rule gives wins; no matching rule means no access.

    [goalpost.roles]
    admin = ["kari@lyngtind.no"]
    editor = ["@lyngtind.no", "group:comms"]
    viewer = ["@partner.no"]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from connectors.access.accounts import normalised_email
from connectors.store.ledger import utc_now
from connectors.store.schema import role_rule
from connectors.store.workspaces import acting_here
from metrics.access import Actor, Role, parse_role, require
from metrics.errors import GoalpostError, Message

KINDS = ("email", "domain", "group")
DEFAULT_GROUPS_CLAIM = "groups"
"""The ID-token claim that lists a user's groups (Entra ID, Okta and Keycloak can be set to send it)."""


@dataclass(frozen=True)
class RoleRule:
    """One rule: identities of a kind (email, domain or group) with a value get a role."""

    kind: str
    value: str
    role: Role
    fixed: bool = False
    """True for rules from the deployment's secrets: shown, but not changed on the Team page."""

    @property
    def written(self) -> str:
        """Return the rule's value as the secrets file writes it: name@x.org, @x.org or group:NAME."""
        return {"email": self.value, "domain": f"@{self.value}", "group": f"group:{self.value}"}[self.kind]


def parse_rule(text: str, role: Role, *, fixed: bool = False) -> RoleRule:
    """Return the rule a written entry means: "name@x.org" (an e-mail), "@x.org" (a domain), "group:NAME"."""
    cleaned = str(text).strip()
    if cleaned.lower().startswith("group:") and cleaned[6:].strip():
        return RoleRule("group", cleaned[6:].strip(), role, fixed)
    if cleaned.startswith("@") and "." in cleaned[1:] and " " not in cleaned:
        return RoleRule("domain", cleaned[1:].lower(), role, fixed)
    if "@" in cleaned:
        return RoleRule("email", normalised_email(cleaned), role, fixed)
    raise GoalpostError(
        Message(
            "access.bad_rule",
            "“{entry}” is not an e-mail address (name@example.org), a domain (@example.org) or a group "
            "(group:NAME). Write it as one of those.",
            entry=str(text),
        )
    )


def rules_from_settings(settings: Mapping[str, Any] | None) -> list[RoleRule]:
    """Return the fixed rules of a `[goalpost.roles]` settings table (role name -> list of entries)."""
    rules: list[RoleRule] = []
    for role_name, entries in (settings or {}).items():
        if role_name == "groups_claim":
            continue
        role = parse_role(role_name)
        for entry in [entries] if isinstance(entries, str) else list(entries):
            rules.append(parse_rule(entry, role, fixed=True))
    return rules


def stored_rules(store) -> list[RoleRule]:
    """Return the rules admins saved in the store, by kind and value."""
    with store.reading() as conn:
        rows = conn.execute(
            select(role_rule.c.kind, role_rule.c.value, role_rule.c.role).order_by(
                role_rule.c.kind, role_rule.c.value
            )
        ).all()
    return [RoleRule(kind, value, parse_role(role)) for kind, value, role in rows]


def save_rules(store, actor: Actor, rules: Iterable[RoleRule]) -> int:
    """Replace the stored rules with these (admin role); return how many are stored."""
    require(actor, Role.ADMIN, "accounts")
    acting_here(store, actor)
    unique = {(rule.kind, rule.value): rule for rule in rules if not rule.fixed}
    now = utc_now()
    with store.writing() as conn:
        conn.execute(delete(role_rule))
        if unique:
            conn.execute(
                role_rule.insert(),
                [
                    {
                        "kind": rule.kind,
                        "value": rule.value,
                        "role": rule.role.label,
                        "saved_at": now,
                        "saved_by": actor.identity,
                    }
                    for rule in unique.values()
                ],
            )
    return len(unique)


def role_for(email: str | None, groups: Sequence[str], rules: Iterable[RoleRule]) -> Role | None:
    """Return the highest role the rules give an e-mail address and its groups, or None when none matches."""
    address = (email or "").strip().lower()
    domain = address.rsplit("@", 1)[1] if "@" in address else None
    group_set = {str(group) for group in groups}
    matched = [
        rule.role
        for rule in rules
        if (rule.kind == "email" and rule.value == address)
        or (rule.kind == "domain" and domain is not None and rule.value == domain)
        or (rule.kind == "group" and rule.value in group_set)
    ]
    return max(matched) if matched else None
