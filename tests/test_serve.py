"""`cli.py serve`: Goalpost for a team. Refused without sign-in; with it, a real server on every interface with
the production settings; with --open, a red banner on the served page."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hosting import ROOT, add_account, cli_env, fetch, goalpost_serve

from connectors.readers.limits import MAX_UPLOAD_BYTES
from connectors.serving import plan_serve
from metrics.errors import GoalpostError

OIDC_SECRETS = {
    "auth": {
        "redirect_uri": "https://goalpost.example.org/oauth2callback",
        "cookie_secret": "cookie-secret-never-shown",
        "client_id": "goalpost",
        "client_secret": "client-secret-never-shown",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
    }
}
OPEN_BANNER = "Open to everyone: nobody signs in here"
FIRST_VIEW_MS = 180_000
"""The first page view of an empty store loads the sample organisation."""


def serve(store: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run `cli.py serve` with its own home folder (no ~/.streamlit secrets); return the finished process."""
    return subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "serve", "--port", "9", *args],
        capture_output=True,
        text=True,
        env=cli_env(store, HOME=str(home), **env),
        cwd=ROOT,
        timeout=120,
    )


def test_serve_without_sign_in_is_refused_with_the_two_ways(tmp_path):
    store = tmp_path / "goalpost.sqlite3"
    # A GOALPOST_OPEN left in the shell does not open the server: only --open does.
    run = serve(store, tmp_path, GOALPOST_OPEN="1")
    assert run.returncode == 2
    assert run.stderr.startswith("Error: Goalpost would listen on 0.0.0.0")
    assert "[auth] in .streamlit/secrets.toml" in run.stderr
    assert "python cli.py users add EMAIL --role admin" in run.stderr
    assert "--open" in run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert not store.exists(), "a refused start leaves no store behind"


def test_serve_on_another_address_without_sign_in_is_refused(tmp_path):
    run = serve(tmp_path / "goalpost.sqlite3", tmp_path, "--address", "192.0.2.10")
    assert run.returncode == 2
    assert "listen on 192.0.2.10" in run.stderr


def proc_listening_addresses(port: int) -> set[str]:
    """Return the local IPv4 addresses (hex, as /proc/net/tcp writes them) listening on a port."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        address, port_hex = fields[1].split(":")
        if int(port_hex, 16) == port and fields[3] == "0A":  # 0A: LISTEN
            found.add(address)
    return found


def test_serve_with_an_account_starts_on_every_interface_with_production_settings(tmp_path):
    store = tmp_path / "goalpost.sqlite3"
    add_account(store, "kari@example.no")
    with goalpost_serve(tmp_path, store, address="0.0.0.0") as server:
        status, _, body = fetch(server.url + "/_stcore/health")
        assert (status, body) == (200, b"ok")
        port = int(server.url.rsplit(":", 1)[1])
        assert proc_listening_addresses(port) == {"00000000"}, "listens on 0.0.0.0"

        # cli.py replaced itself with the server (exec): the same process id is `streamlit run`.
        command = Path(f"/proc/{server.process.pid}/cmdline").read_bytes().decode().split("\0")
        options = dict(zip(command[5::2], command[6::2], strict=False))
        assert command[1:5] == ["-m", "streamlit", "run", str(ROOT / "dashboard.py")]
        assert options["--server.address"] == "0.0.0.0"
        assert options["--server.headless"] == "true"
        assert options["--client.showErrorDetails"] == "none"
        assert options["--browser.gatherUsageStats"] == "false"
        assert options["--server.enableXsrfProtection"] == "true"
        assert options["--server.enableCORS"] == "true"
        assert int(options["--server.maxUploadSize"]) * 1024 * 1024 == MAX_UPLOAD_BYTES
        environment = Path(f"/proc/{server.process.pid}/environ").read_bytes().decode().split("\0")
        assert f"GOALPOST_STORE={store}" in environment
        assert not any(entry.startswith("GOALPOST_OPEN=") for entry in environment)

        # XSRF protection is on in the running server: an upload without the token is refused.
        boundary = "goalpost-test"
        upload = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n'
            f"Content-Type: text/csv\r\n\r\ndate,value\r\n--{boundary}--\r\n"
        ).encode()
        status, _, _ = fetch(
            server.url + "/_stcore/upload_file/session/file",
            method="PUT",
            data=upload,
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )
        assert status == 403


def test_serve_plan_never_carries_secrets_and_open_needs_no_sign_in(tmp_path):
    plan = plan_serve(
        store=str(tmp_path / "none.sqlite3"), environ={}, secrets=OIDC_SECRETS, open_to_all=True
    )
    text = " ".join(plan.command) + repr(plan)
    assert "never-shown" not in text
    assert plan.sign_in == ("OpenID Connect",)
    # Sign-in is set up, so --open changes nothing: nobody is let in without signing in.
    assert not plan.open_to_all and "GOALPOST_OPEN" not in plan.environment


def test_serve_plan_allows_the_public_host_only_when_one_is_set(tmp_path):
    store = str(tmp_path / "none.sqlite3")
    public = plan_serve(
        store=store, environ={"GOALPOST_PUBLIC_URL": "https://goalpost.example.org/"}, secrets=OIDC_SECRETS
    )
    hosts = [
        public.command[i + 1] for i, part in enumerate(public.command) if part == "--server.allowedHosts"
    ]
    assert hosts == ["goalpost.example.org", "localhost", "127.0.0.1"]
    plain = plan_serve(store=store, environ={}, secrets=OIDC_SECRETS)
    assert "--server.allowedHosts" not in plain.command


def test_serve_plan_refuses_in_the_library_too(tmp_path):
    with pytest.raises(GoalpostError) as refused:
        plan_serve(store=str(tmp_path / "none.sqlite3"), environ={}, secrets={})
    assert refused.value.message.key == "access.needs_sign_in"


@pytest.mark.browser
def test_serve_open_shows_the_red_banner_on_the_served_page(tmp_path, browser):
    store = tmp_path / "goalpost.sqlite3"
    with goalpost_serve(tmp_path, store, "--open", address="0.0.0.0") as server:
        assert "Serving everyone without sign-in" in server.log()
        page = browser.new_page(locale="en-GB")
        try:
            page.goto(server.url + "/", wait_until="domcontentloaded")
            banner = page.locator('[data-testid="stAlert"]', has_text=OPEN_BANNER)
            banner.first.wait_for(timeout=FIRST_VIEW_MS)
            # Every page: the Data page (uploads, undo) carries it too.
            page.goto(server.url + "/data", wait_until="domcontentloaded")
            banner.first.wait_for(timeout=FIRST_VIEW_MS)
            assert "Set up sign-in before sharing the link." in banner.first.inner_text()
        finally:
            page.close()


def test_serve_on_loopback_without_sign_in_is_refused_too(tmp_path):
    # Behind a proxy on the same machine, 127.0.0.1 reaches everyone the proxy lets through.
    run = serve(tmp_path / "goalpost.sqlite3", tmp_path, "--address", "127.0.0.1")
    assert run.returncode == 2
    assert run.stderr.startswith("Error: Goalpost for a team needs sign-in, also on 127.0.0.1")
    assert "python cli.py users add EMAIL --role admin" in run.stderr and "--open" in run.stderr
    assert "Traceback" not in run.stderr
