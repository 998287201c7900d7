"""How `cli.py serve` starts Goalpost for a team: the sign-in check first, then `streamlit run` with the
production settings, whatever .streamlit/config.toml or the shell says.

No Streamlit import here: this builds the command line and its environment; cli.py replaces itself with it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from connectors.access.sign_in_setup import (
    OPEN_ENV_VAR,
    PUBLIC_URL_ENV_VAR,
    SECRETS_PATH,
    check_listening,
    is_loopback,
    read_secrets,
    sign_in_setup,
)
from connectors.readers.limits import MAX_UPLOAD_BYTES
from connectors.store.engine import DEFAULT_STORE_PATH, STORE_ENV_VAR, is_sqlite_file, resolve_store_url
from connectors.store.store import Store
from metrics.errors import GoalpostError, Message

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = PROJECT_ROOT / "dashboard.py"
TEAM_ADDRESS = "0.0.0.0"
"""Every IPv4 interface: a team reaches the server (or the proxy in front of it) over the network."""
DEFAULT_PORT = 8501
LOOPBACK_HOSTS = ("localhost", "127.0.0.1")
"""Always allowed as Host: a health check or a proxy on the server itself."""
MEGABYTE = 1024 * 1024
"""Streamlit's server.maxUploadSize is in MB of 2**20 bytes."""

PRODUCTION_SETTINGS: dict[str, str] = {
    "server.headless": "true",
    "server.enableXsrfProtection": "true",
    "server.enableCORS": "true",
    "server.maxUploadSize": str(MAX_UPLOAD_BYTES // MEGABYTE),
    "server.fileWatcherType": "none",
    "server.runOnSave": "false",
    "server.enableStaticServing": "false",
    "client.showErrorDetails": "none",
    "client.toolbarMode": "viewer",
    "browser.gatherUsageStats": "false",
    "global.developmentMode": "false",
}
"""Streamlit options `serve` always gives on the command line (they win over config.toml and STREAMLIT_* variables)."""


@dataclass(frozen=True)
class ServePlan:
    """How to start the team server: the command line, its environment and the folder it runs in."""

    command: tuple[str, ...]
    environment: dict[str, str]
    working_directory: Path
    address: str
    port: int
    open_to_all: bool
    sign_in: tuple[str, ...]
    """How people sign in, in words for the start-up line ("OpenID Connect", "passwords"); empty when open."""

    @property
    def local_url(self) -> str:
        """Return the address to open on the server itself (http://127.0.0.1:PORT for every interface)."""
        host = "127.0.0.1" if self.address in ("0.0.0.0", "::", "") else self.address
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"


def deployment_secrets(home: Path | None = None, project: Path = PROJECT_ROOT) -> dict[str, Any]:
    """Return the secrets the server will read: ~/.streamlit/secrets.toml, then the project's (which wins)."""
    home = Path.home() if home is None else home
    merged: dict[str, Any] = {}
    # Streamlit's default secrets.files, in its order; a later file replaces a whole top-level table.
    for path in (home / SECRETS_PATH, project / SECRETS_PATH):
        merged.update(read_secrets(path))
    return merged


def store_location(given: str | None, environ: Mapping[str, str], cwd: Path) -> str:
    """Return the store the server will use as an absolute path or a URL (--store, else $GOALPOST_STORE)."""
    text = given or environ.get(STORE_ENV_VAR) or ""
    if not text.strip():
        # The same file `make run` uses: the server runs in the project folder.
        return str(PROJECT_ROOT / DEFAULT_STORE_PATH)
    if "://" in text:
        return text
    path = Path(text).expanduser()
    return str(path if path.is_absolute() else cwd / path)


def allowed_hosts(environ: Mapping[str, str]) -> tuple[str, ...]:
    """Return the Host names the server accepts websockets for: the public URL's and loopback; () when unset."""
    public_url = (environ.get(PUBLIC_URL_ENV_VAR) or "").strip()
    host = urlsplit(public_url).hostname if public_url else None
    if not host:
        # No public address known: Streamlit accepts any Host, and the proxy's Host check is the guard.
        return ()
    return (host, *LOOPBACK_HOSTS)


def plan_serve(
    *,
    address: str = TEAM_ADDRESS,
    port: int = DEFAULT_PORT,
    open_to_all: bool = False,
    store: str | None = None,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    secrets: Mapping[str, Any] | None = None,
) -> ServePlan:
    """Return how to start Goalpost for a team; raises GoalpostError when nobody would have to sign in
    (on any address, loopback included: a proxy on the same machine passes everyone on), unless open_to_all."""
    environ = dict(os.environ if environ is None else environ)
    location = store_location(store, environ, Path.cwd() if cwd is None else cwd)
    accounts_store = _accounts_store(location)
    try:
        setup = sign_in_setup(deployment_secrets() if secrets is None else secrets, accounts_store)
    finally:
        if accounts_store is not None:
            accounts_store.close()
    if is_loopback(address) and not setup.configured and not open_to_all:
        # 127.0.0.1 keeps others out only without a proxy; `serve` is for a team, so sign-in is required.
        raise GoalpostError(
            Message(
                "serving.needs_sign_in",
                "Goalpost for a team needs sign-in, also on {address}: a proxy on this computer would let "
                "everyone in, and anyone could change the data. Set up sign-in first, in one of two ways: an "
                "OpenID Connect provider under [auth] in .streamlit/secrets.toml (Google, Microsoft Entra ID, "
                "Okta, Keycloak), or Goalpost's own accounts with `python cli.py users add EMAIL --role "
                "admin`. To serve everyone without sign-in on purpose, start it with --open. For this "
                "computer alone, use `make run`.",
                address=address,
            )
        )
    check_listening(address, setup, open_to_all=open_to_all)

    environment = {**environ, STORE_ENV_VAR: location, "PYTHONUNBUFFERED": "1"}
    # Only --open opens: a GOALPOST_OPEN=1 left in the shell must not open a server started without it.
    environment.pop(OPEN_ENV_VAR, None)
    if open_to_all and not setup.configured:
        environment[OPEN_ENV_VAR] = "1"
    options = {**PRODUCTION_SETTINGS, "server.address": address, "server.port": str(port)}
    command = [sys.executable, "-m", "streamlit", "run", str(DASHBOARD)]
    for name, value in options.items():
        command += [f"--{name}", value]
    for host in allowed_hosts(environ):
        command += ["--server.allowedHosts", host]
    ways = (("OpenID Connect",) if setup.oidc_providers else ()) + (("passwords",) if setup.passwords else ())
    return ServePlan(
        command=tuple(command),
        environment=environment,
        working_directory=PROJECT_ROOT,
        address=address,
        port=port,
        open_to_all=open_to_all and not setup.configured,
        sign_in=ways,
    )


def _accounts_store(location: str) -> Store | None:
    """Return the store to count accounts in, or None for a SQLite file not made yet (it has no accounts)."""
    url = resolve_store_url(location)
    if is_sqlite_file(url) and not Path(url.database).expanduser().exists():
        # A refused start leaves nothing behind: no data folder, no empty store.
        return None
    return Store.open(location)
