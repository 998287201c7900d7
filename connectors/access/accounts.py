"""Accounts for teams without an identity provider: e-mail, role and an argon2 password hash, in the store.

Passwords are hashed with argon2-cffi (salted, memory-hard); a hash never leaves this module except into
the store. Failed sign-ins are kept in the store, so the limits hold across server processes and restarts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import delete, func, select, update

from connectors.store.ledger import utc_now
from connectors.store.schema import account, sign_in_failure
from connectors.store.workspaces import acting_here
from metrics.access import VIA_ACCOUNT, Actor, Role, parse_role, require
from metrics.errors import GoalpostError, Message

MIN_PASSWORD_LENGTH = 10
"""Characters a password needs at the least; length is what makes a password hard to guess."""
MAX_PASSWORD_LENGTH = 200
FAILURE_WINDOW = timedelta(minutes=15)
"""How long a failed sign-in counts against the account and the address it came from."""
MAX_FAILURES_PER_ACCOUNT = 5
"""Failed sign-ins within FAILURE_WINDOW after which an account refuses every password until they age out."""
MAX_FAILURES_PER_ADDRESS = 20
"""Failed sign-ins from one address within FAILURE_WINDOW (over any accounts) after which it is refused."""
UNKNOWN_ADDRESS = "unknown"
"""Where a sign-in came from when the server cannot tell (no client address): no per-address limit then."""
SESSION_LENGTH = timedelta(hours=8)
"""How long a password sign-in lasts: a working day; then the browser asks for the password again."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_HASHER = PasswordHasher()
# Verified when the e-mail has no account, so a wrong address takes as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("goalpost-no-such-account")


class SignInRefused(GoalpostError):
    """A password sign-in was refused: a wrong e-mail or password, or too many failed attempts."""


@dataclass(frozen=True)
class Account:
    """One account: its e-mail address, role, who created it and when it last changed (UTC)."""

    email: str
    role: Role
    created_at: datetime
    created_by: str | None
    changed_at: datetime


def normalised_email(email: str) -> str:
    """Return an e-mail address trimmed and in lower case; refuse text that is not an address."""
    cleaned = str(email).strip().lower()
    if not _EMAIL.match(cleaned) or len(cleaned) > 320:
        raise GoalpostError(
            Message(
                "access.bad_email",
                "“{email}” is not an e-mail address. Write it as name@example.org.",
                email=str(email),
            )
        )
    return cleaned


def check_password_strength(password: str) -> None:
    """Refuse a password that is too short or too long; return None when it may be used."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise GoalpostError(
            Message(
                "access.password_short",
                "The password has {length} characters; use at least {minimum}. A few words in a row are "
                "easy to remember and hard to guess.",
                length=len(password),
                minimum=MIN_PASSWORD_LENGTH,
            )
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise GoalpostError(
            Message(
                "access.password_long",
                "The password is longer than {maximum} characters. Choose a shorter one.",
                maximum=MAX_PASSWORD_LENGTH,
            )
        )


def accounts(store) -> list[Account]:
    """Return every account, by e-mail address (times in UTC without a zone; no password hashes)."""
    with store.reading() as conn:
        rows = conn.execute(
            select(
                account.c.email,
                account.c.role,
                account.c.created_at,
                account.c.created_by,
                account.c.changed_at,
            ).order_by(account.c.email)
        ).all()
    return [Account(row[0], parse_role(row[1]), _utc(row[2]), row[3], _utc(row[4])) for row in rows]


def account_count(store) -> int:
    """Return how many accounts the store holds (0 means password sign-in is not set up)."""
    with store.reading() as conn:
        return int(conn.execute(select(func.count()).select_from(account)).scalar_one())


def find_account(store, email: str) -> Account | None:
    """Return the account of an e-mail address, or None."""
    wanted = str(email).strip().lower()
    return next((found for found in accounts(store) if found.email == wanted), None)


def add_account(store, actor: Actor, email: str, role: Role, password: str) -> Account:
    """Return the new account after storing it with its hashed password (admin role)."""
    require(actor, Role.ADMIN, "accounts")
    acting_here(store, actor)
    email = normalised_email(email)
    check_password_strength(password)
    now = _now()
    with store.writing() as conn:
        if conn.execute(select(account.c.email).where(account.c.email == email)).first() is not None:
            raise GoalpostError(
                Message(
                    "access.account_exists",
                    "There is already an account for {email}. Change its role or password instead.",
                    email=email,
                )
            )
        conn.execute(
            account.insert().values(
                email=email,
                role=role.label,
                password_hash=_HASHER.hash(password),
                created_at=now,
                created_by=actor.identity,
                changed_at=now,
            )
        )
    return Account(email, role, now, actor.identity, now)


def set_account_role(store, actor: Actor, email: str, role: Role) -> None:
    """Change an account's role (admin role); its open sessions end, so the new role applies at once."""
    require(actor, Role.ADMIN, "accounts")
    acting_here(store, actor)
    email = normalised_email(email)
    with store.writing() as conn:
        _existing(conn, email)
        if role < Role.ADMIN:
            _keep_one_admin(conn, email)
        conn.execute(
            update(account).where(account.c.email == email).values(role=role.label, changed_at=_now())
        )


def set_password(store, actor: Actor, email: str, password: str) -> None:
    """Replace an account's password (an admin, or the account's own user); its other sessions end."""
    email = normalised_email(email)
    if actor.identity.lower() != email:
        require(actor, Role.ADMIN, "accounts")
        acting_here(store, actor)
    check_password_strength(password)
    with store.writing() as conn:
        _existing(conn, email)
        conn.execute(
            update(account)
            .where(account.c.email == email)
            .values(password_hash=_HASHER.hash(password), changed_at=_now())
        )
        conn.execute(delete(sign_in_failure).where(sign_in_failure.c.email == email))


def remove_account(store, actor: Actor, email: str) -> None:
    """Delete an account (admin role); the last admin account cannot be removed."""
    require(actor, Role.ADMIN, "accounts")
    acting_here(store, actor)
    email = normalised_email(email)
    with store.writing() as conn:
        _existing(conn, email)
        _keep_one_admin(conn, email)
        conn.execute(delete(account).where(account.c.email == email))


def sign_in(store, email: str, password: str, address: str, *, now: datetime | None = None) -> Actor:
    """Return the signed-in actor for a right e-mail and password; raise SignInRefused otherwise.

    Too many failures for the account, or from the address, refuse even the right password until the
    oldest of them is FAILURE_WINDOW old, and the message says how many minutes that is.
    """
    now = _utc(now or _now())
    wanted = str(email).strip().lower()
    address = (address or UNKNOWN_ADDRESS)[:100]
    since = now - FAILURE_WINDOW
    with store.writing() as conn:
        limits = [(sign_in_failure.c.email, wanted, MAX_FAILURES_PER_ACCOUNT)]
        if address != UNKNOWN_ADDRESS:
            # Without the visitor's address every visitor would share one count, and 20 wrong passwords from
            # anyone would lock everyone out: then only the per-account limit applies.
            limits.append((sign_in_failure.c.address, address, MAX_FAILURES_PER_ADDRESS))
        for column, value, limit in limits:
            recent = conn.execute(
                select(sign_in_failure.c.at)
                .where(column == value, sign_in_failure.c.at > since)
                .order_by(sign_in_failure.c.at.desc())
                .limit(limit)
            ).all()
            if len(recent) >= limit:
                free_at = _utc(recent[-1][0]) + FAILURE_WINDOW
                minutes = max(1, int((free_at - now).total_seconds() // 60) + 1)
                raise SignInRefused(
                    Message(
                        "access.locked",
                        "Too many failed sign-ins. Wait {minutes} minutes and try again, or ask an admin "
                        "to set a new password.",
                        minutes=minutes,
                    )
                )
        row = conn.execute(
            select(account.c.password_hash, account.c.role).where(account.c.email == wanted)
        ).first()
        matched = row is not None and _verified(row[0], password)
        if matched:
            conn.execute(delete(sign_in_failure).where(sign_in_failure.c.email == wanted))
        else:
            # Recorded in this transaction, which must commit: the refusal is raised after it.
            conn.execute(sign_in_failure.insert().values(email=wanted, address=address, at=now))
    if not matched:
        # Nothing says whether the address or the password was wrong: that would confirm accounts.
        raise SignInRefused(
            Message(
                "access.wrong_password",
                "That e-mail address and password do not match an account. Check both and try again.",
            )
        )
    return Actor(wanted, parse_role(row[1]), VIA_ACCOUNT)


def session_actor(store, email: str, signed_in_at: datetime, *, now: datetime | None = None) -> Actor | None:
    """Return the actor of a password session still valid now: not expired, account unchanged since; else None."""
    now = _utc(now or _now())
    signed_in_at = _utc(signed_in_at)
    if now - signed_in_at > SESSION_LENGTH:
        return None
    with store.reading() as conn:
        row = conn.execute(
            select(account.c.role, account.c.changed_at).where(account.c.email == email)
        ).first()
    if row is None or _utc(row[1]) > signed_in_at:
        return None
    return Actor(email, parse_role(row[0]), VIA_ACCOUNT)


def _verified(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _existing(conn, email: str) -> None:
    if conn.execute(select(account.c.email).where(account.c.email == email)).first() is None:
        raise GoalpostError(
            Message("access.no_account", "There is no account for {email}. Check the address.", email=email)
        )


def _keep_one_admin(conn, email: str) -> None:
    admins = [
        row[0]
        for row in conn.execute(select(account.c.email).where(account.c.role == Role.ADMIN.label)).all()
    ]
    if admins == [email]:
        raise GoalpostError(
            Message(
                "access.last_admin",
                "{email} is the only admin account. Make another account an admin first, so someone can still "
                "manage Goalpost.",
                email=email,
            )
        )


def _now() -> datetime:
    return utc_now()


def _utc(value: datetime) -> datetime:
    # The store keeps UTC times without a zone (as utc_now() gives them); a zoned time is brought to that.
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
