"""How people sign in to this deployment, read from its secrets and store, and where it may listen.

Two ways, either or both: an OpenID Connect provider (`[auth]` in .streamlit/secrets.toml, used through
Streamlit's st.login), and Goalpost's own accounts (`cli.py users add`). With neither, Goalpost is open to
whoever reaches it, so it listens on this computer only (127.0.0.1) unless it is started with --open.
"""

from __future__ import annotations

import ipaddress
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connectors.access.accounts import account_count
from connectors.access.role_rules import DEFAULT_GROUPS_CLAIM, RoleRule, rules_from_settings
from metrics.errors import GoalpostError, Message

SECRETS_PATH = Path(".streamlit/secrets.toml")
LOOPBACK = "127.0.0.1"
OPEN_ENV_VAR = "GOALPOST_OPEN"
"""Set to 1 by `cli.py serve --open`: the dashboard then serves everyone without sign-in, under a red banner."""
PUBLIC_URL_ENV_VAR = "GOALPOST_PUBLIC_URL"
"""The address people reach Goalpost on (behind a proxy); links are built on it when it is set."""
_PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")


@dataclass(frozen=True)
class SignInSetup:
    """The sign-in this deployment offers: OpenID providers, password accounts, and the fixed role rules."""

    oidc_providers: tuple[str, ...] = ()
    """Provider names for st.login: "" for a provider set directly under [auth], else the [auth.NAME] names."""
    passwords: bool = False
    groups_claim: str = DEFAULT_GROUPS_CLAIM
    fixed_rules: tuple[RoleRule, ...] = ()

    @property
    def configured(self) -> bool:
        """Return True when at least one way to sign in is set up."""
        return bool(self.oidc_providers) or self.passwords


def oidc_providers(auth: Mapping[str, Any] | None) -> tuple[str, ...]:
    """Return the usable OpenID providers of an `[auth]` table ("" names the one set directly under it)."""
    if not auth or not auth.get("redirect_uri") or not auth.get("cookie_secret"):
        return ()
    names = []
    if all(auth.get(key) for key in _PROVIDER_KEYS):
        names.append("")
    for name, section in auth.items():
        if isinstance(section, Mapping) and all(section.get(key) for key in _PROVIDER_KEYS):
            names.append(str(name))
    return tuple(names)


def sign_in_setup(secrets: Mapping[str, Any] | None, store) -> SignInSetup:
    """Return the sign-in a deployment offers, from its secrets (a mapping like st.secrets) and its store."""
    secrets = secrets or {}
    goalpost = secrets.get("goalpost") or {}
    roles = goalpost.get("roles") or {}
    return SignInSetup(
        oidc_providers=oidc_providers(secrets.get("auth")),
        passwords=store is not None and account_count(store) > 0,
        groups_claim=str(roles.get("groups_claim") or goalpost.get("groups_claim") or DEFAULT_GROUPS_CLAIM),
        fixed_rules=tuple(rules_from_settings(roles)),
    )


def read_secrets(path: Path = SECRETS_PATH) -> dict[str, Any]:
    """Return the secrets file's tables ({} when there is none); its values are never printed."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise GoalpostError(
            Message(
                "access.secrets_unreadable",
                "{path} is not a valid TOML file ({problem}). Fix it and start again.",
                path=str(path),
                problem=str(err).split("\n")[0],
            )
        ) from None


def is_loopback(address: str | None) -> bool:
    """Return True when an address reaches this computer only (127.0.0.0/8, ::1, localhost)."""
    text = (address or "").strip().strip("[]")
    if text == "localhost":
        return True
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


def check_listening(address: str | None, setup: SignInSetup, *, open_to_all: bool) -> None:
    """Refuse to listen beyond this computer with no sign-in set up (unless open_to_all); return None if fine."""
    if setup.configured or open_to_all or is_loopback(address):
        return
    raise GoalpostError(
        Message(
            "access.needs_sign_in",
            "Goalpost would listen on {address}, where others can reach it, but nobody has to sign in, so "
            "anyone could change the data. Set up sign-in first, in one of two ways: an OpenID Connect "
            "provider under [auth] in .streamlit/secrets.toml (Google, Microsoft Entra ID, Okta, Keycloak), "
            "or Goalpost's own accounts with `python cli.py users add EMAIL --role admin`. To serve everyone "
            "without sign-in on purpose, start it with --open.",
            address=address or "every network interface",
        )
    )
