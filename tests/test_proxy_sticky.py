"""The sticky-session examples of docs/postgresql.md, run as written in Caddy and nginx in front of two servers.

Two small stand-in servers (each answers with its own name) play two Goalpost processes; the proxy
configuration is deploy/'s, changed exactly as the documentation says. With its cookie, a browser reaches
one process every time; browsers without one are spread over both.
"""

from __future__ import annotations

import http.server
import re
import threading
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hosting import CADDY, NGINX, ROOT, caddy, have, nginx

DOC = ROOT / "docs" / "postgresql.md"
REQUESTS = 12
BROWSERS = 16


def doc_block(language: str, index: int = 0) -> str:
    """Return a fenced code block of the given language from docs/postgresql.md."""
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)[index]


class NamedHandler(http.server.BaseHTTPRequestHandler):
    """Answers every GET with the server's name (and "ok" for the health check)."""

    def do_GET(self):  # noqa: N802 - the base class's name
        body = b"ok" if self.path.startswith("/_stcore/health") else self.server.name.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@contextmanager
def stand_ins(ports) -> Iterator[list[str]]:
    servers = []
    for port in ports:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), NamedHandler)
        server.name = f"process-{port}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    try:
        yield [server.name for server in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def answers(url: str, browsers: int, requests: int) -> list[set[str]]:
    """Return, per browser (its own cookies), the set of processes that answered its requests.

    Cookies are kept by hand: a browser on the real HTTPS site sends the proxy's Secure cookie back, which
    a cookie jar would not do over this test's plain HTTP.
    """
    seen = []
    for _ in range(browsers):
        cookies: dict[str, str] = {}
        names = set()
        for _ in range(requests):
            request = urllib.request.Request(url + "/")
            if cookies:
                request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items()))
            with urllib.request.urlopen(request, timeout=10) as response:
                names.add(response.read().decode())
                for header in response.headers.get_all("Set-Cookie") or []:
                    name, _, value = header.split(";")[0].partition("=")
                    cookies[name.strip()] = value.strip()
        seen.append(names)
    return seen


@pytest.mark.skipif(not have(CADDY), reason="caddy is not installed (make test installs Debian's caddy)")
def test_caddy_pins_each_browser_to_one_process(tmp_path, monkeypatch):
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text(encoding="utf-8")
    shipped = "\treverse_proxy {$GOALPOST_UPSTREAM:127.0.0.1:8501}\n"
    assert shipped in caddyfile
    snippet = (
        doc_block("caddyfile")
        .replace("127.0.0.1:8501", "127.0.0.1:8684")
        .replace("127.0.0.1:8502", "127.0.0.1:8685")
    )
    changed = caddyfile.replace(shipped, "".join(f"\t{line}\n" for line in snippet.splitlines()))
    config = tmp_path / "Caddyfile"
    config.write_text(changed, encoding="utf-8")
    monkeypatch.setattr("hosting.ROOT", tmp_path)  # caddy() runs ROOT/deploy/Caddyfile: this changed copy
    (tmp_path / "deploy").mkdir()
    config.rename(tmp_path / "deploy" / "Caddyfile")
    with stand_ins((8684, 8685)) as names, caddy(tmp_path, "127.0.0.1:8684") as proxy:
        seen = answers(proxy.url, BROWSERS, REQUESTS)
    assert all(len(found) == 1 for found in seen), seen
    assert set().union(*seen) == set(names)


@pytest.mark.skipif(not have(NGINX), reason="nginx is not installed (make test installs Debian's nginx)")
def test_nginx_pins_each_browser_to_one_process(tmp_path, monkeypatch):
    upstream, cookie = doc_block("nginx", 0), doc_block("nginx", 1)
    upstream = upstream.replace("127.0.0.1:8501", "127.0.0.1:8686").replace(
        "127.0.0.1:8502", "127.0.0.1:8687"
    )
    # The test server of hosting.nginx() with the documented upstream and cookie in place of its own.
    http_conf = tmp_path / "goalpost-http.conf"
    http_conf.write_text(
        (ROOT / "deploy" / "nginx" / "goalpost-http.conf").read_text(encoding="utf-8") + upstream,
        encoding="utf-8",
    )
    proxy_conf = tmp_path / "goalpost-proxy.conf"
    proxy_conf.write_text(
        (ROOT / "deploy" / "nginx" / "goalpost-proxy.conf").read_text(encoding="utf-8") + cookie,
        encoding="utf-8",
    )
    (tmp_path / "deploy" / "nginx").mkdir(parents=True)
    http_conf.rename(tmp_path / "deploy" / "nginx" / "goalpost-http.conf")
    proxy_conf.rename(tmp_path / "deploy" / "nginx" / "goalpost-proxy.conf")
    monkeypatch.setattr("hosting.ROOT", tmp_path)
    with stand_ins((8686, 8687)) as names, nginx(tmp_path, "127.0.0.1:8686", upstream_block=False) as proxy:
        seen = answers(proxy.url, BROWSERS, REQUESTS)
    assert all(len(found) == 1 for found in seen), seen
    assert set().union(*seen) == set(names)


def test_the_documented_cookie_is_secure_and_the_shipped_files_are_unchanged():
    assert "Secure; HttpOnly; SameSite=Lax" in doc_block("nginx", 1)
    assert "lb_policy cookie" in doc_block("caddyfile")
    assert "upstream goalpost {\n    server 127.0.0.1:8501;\n}" in Path(
        ROOT / "deploy" / "nginx" / "goalpost.conf"
    ).read_text(encoding="utf-8")
