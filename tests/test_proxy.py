"""The reverse-proxy examples in deploy/, run as shipped in front of a real `cli.py serve`: the security
headers, the internal endpoints refused, the Host check, the dashboard working through the proxy in Chromium
(websocket, sign-in), and another site unable to show it in a frame (clickjacking)."""

from __future__ import annotations

import http.client
import re
import ssl
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path

import pytest
from hosting import (
    CADDY,
    NGINX,
    PASSWORD,
    SITE_NAME,
    NginxSite,
    Running,
    add_account,
    caddy,
    fetch,
    framing_site,
    free_port,
    goalpost_serve,
    nginx,
    nginx_site,
    raw_get,
)

EMAIL = "kari@example.no"
SECURITY_HEADERS = {
    "x-frame-options": "DENY",
    "content-security-policy": "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "strict-transport-security": "max-age=31536000",
}
INTERNAL_PATHS = (
    "/_stcore/metrics",
    "/_stcore/metrics?format=json",
    "/_stcore/%6detrics",
    "/_stcore//metrics",
    "/_STCORE/metrics",
    "/_stcore/metrics/",
    "/_stcore/script-health-check",
    "/_stcore/agent/mcp",
)
"""Streamlit answers several spellings of its metrics path itself; the proxy must refuse every one."""
PROXIES = {"caddy": (CADDY, caddy), "nginx": (NGINX, nginx)}
SIGN_IN_MS = 60_000
FIRST_VIEW_MS = 180_000
"""The first signed-in view of an empty store loads the sample organisation."""
FRAME_SETTLE_SECONDS = 3


@pytest.fixture(scope="module")
def goalpost(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """`cli.py serve` on loopback with one password account, as it runs behind a proxy on the same machine."""
    folder = tmp_path_factory.mktemp("goalpost")
    store = folder / "goalpost.sqlite3"
    add_account(store, EMAIL)
    with goalpost_serve(folder, store) as server:
        yield server


@pytest.fixture(scope="module", params=sorted(PROXIES))
def proxy(request, goalpost: Running, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """Caddy or nginx running the deploy/ example on a loopback port in front of the server."""
    executable, start = PROXIES[request.param]
    if not Path(executable).exists():
        pytest.skip(f"{executable} is not installed (make test installs Debian's caddy and nginx)")
    with start(tmp_path_factory.mktemp(request.param), goalpost.url) as running:
        yield running


def asset_path(index_html: bytes) -> str:
    """Return the path of the first script the page loads (a static file served through the proxy)."""
    found = re.search(rb'src="\.?(/?static/js/[^"]+\.js)"', index_html)
    assert found, index_html[:500]
    return "/" + found.group(1).decode().lstrip("/")


def test_every_response_through_the_proxy_carries_the_security_headers(proxy):
    status, _, page = fetch(proxy.url + "/")
    assert status == 200
    for path in (
        "/",
        "/data",
        "/_stcore/health",
        "/_stcore/host-config",
        asset_path(page),
        "/_stcore/metrics",
    ):
        _, headers, _ = fetch(proxy.url + path)
        seen = {name: headers.get(name) for name in SECURITY_HEADERS}
        assert seen == SECURITY_HEADERS, path


@pytest.mark.parametrize("name", sorted(PROXIES))
def test_the_proxy_error_answer_when_goalpost_is_down_carries_the_headers_too(name, tmp_path):
    executable, start = PROXIES[name]
    if not Path(executable).exists():
        pytest.skip(f"{executable} is not installed (make test installs Debian's caddy and nginx)")
    nobody = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    with start(tmp_path, nobody, ready_path=None) as proxy:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, headers, _ = fetch(proxy.url + "/data")
                break
            except urllib.error.URLError:
                assert time.monotonic() < deadline, proxy.log()
                time.sleep(0.2)
    assert status == 502
    assert {header: headers.get(header) for header in SECURITY_HEADERS} == SECURITY_HEADERS


def test_internal_endpoints_are_refused_through_the_proxy_but_health_is_not(proxy, goalpost):
    # Without the proxy anyone who reaches the port reads them: that is why the proxy is in front.
    direct_status, _, direct_body = fetch(goalpost.url + "/_stcore/metrics")
    assert direct_status == 200 and direct_body
    for path in INTERNAL_PATHS:
        status, _, body = fetch(proxy.url + path)
        assert status == 404, path
        assert b"session" not in body.lower() and len(body) < 200, path
    # The browser checks health before it opens the websocket: it must pass.
    status, _, body = fetch(proxy.url + "/_stcore/health")
    assert (status, body) == (200, b"ok")


def test_a_request_for_another_host_never_reaches_goalpost(proxy):
    try:
        status, _, body = fetch(proxy.url + "/data", headers={"Host": "attacker.example"})
    except (urllib.error.URLError, http.client.RemoteDisconnected, ConnectionError):
        return  # nginx closes the connection without an answer (444)
    assert b"<!doctype html>" not in body.lower() and b"streamlit" not in body.lower(), status
    assert body == b"", (status, body[:200])


@pytest.fixture(scope="module")
def chromium(browser):
    """Debian's Chromium for this module's browser tests: the run's one browser (tests/conftest.py)."""
    return browser


def connected(page, timeout: int) -> None:
    """Wait until the page's app has its websocket open (Streamlit marks the app element)."""
    page.wait_for_selector('[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout)


def idle(page, timeout: int) -> None:
    """Wait until no script run is going on (a form filled during a run can be drawn again empty)."""
    page.wait_for_selector(
        '[data-testid="stApp"]:not([data-test-script-state="running"]):not([data-test-script-state="rerunRequested"])',
        timeout=timeout,
    )


@pytest.mark.browser
def test_the_dashboard_works_through_the_proxy_sign_in_included(proxy, chromium):
    context = chromium.new_context(locale="en-GB", viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.goto(proxy.url + "/", wait_until="domcontentloaded")
        try:
            # The first script run imports everything and opens the store: slow on a busy machine.
            connected(page, FIRST_VIEW_MS)
            page.get_by_text("Sign in to Goalpost").first.wait_for(timeout=FIRST_VIEW_MS)
        except Exception as error:
            text = page.locator("body").inner_text()[:1000]
            raise AssertionError(f"no sign-in form through {proxy.url}:\n{text}\n{proxy.log()}") from error
        idle(page, SIGN_IN_MS)
        page.get_by_role("textbox", name="E-mail address").fill(EMAIL)
        page.get_by_role("textbox", name="Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in", exact=True).click()
        # Signed in: the sidebar names the account and the Overview draws its goals.
        # (The address is drawn with a word joiner after "@", so it can wrap there.)
        signed_in = re.compile(r"Signed in as kari@\u2060?example\.no · admin")
        page.locator('[data-testid="stSidebar"]', has_text=signed_in).wait_for(timeout=FIRST_VIEW_MS)
        page.locator('[class*="st-key-overview-card-"]').first.wait_for(timeout=FIRST_VIEW_MS)
        assert page.locator('[data-testid="stException"]').count() == 0
    finally:
        context.close()


@pytest.mark.browser
def test_another_site_cannot_show_goalpost_in_a_frame(proxy, goalpost, chromium, tmp_path):
    pages = {"direct": goalpost.url + "/data", "proxied": proxy.url + "/data"}
    with framing_site(tmp_path, pages) as other_site:
        context = chromium.new_context(locale="en-GB")
        try:
            page = context.new_page()
            # The control: without the proxy's headers, the other site does get the dashboard in its frame.
            page.goto(other_site + "/direct.html", wait_until="load")
            framed = page.frame_locator("#framed")
            framed.get_by_text("Sign in to Goalpost").wait_for(timeout=SIGN_IN_MS)

            page.goto(other_site + "/proxied.html", wait_until="load")
            time.sleep(FRAME_SETTLE_SECONDS)
            assert framed.locator('[data-testid="stApp"]').count() == 0
            assert framed.get_by_text("Sign in to Goalpost").count() == 0
            frame = next(f for f in page.frames if f != page.main_frame)
            assert not frame.url.startswith(proxy.url), frame.url  # Chromium put its error page there
        finally:
            context.close()


@pytest.fixture(scope="module")
def nginx_tls(goalpost: Running, tmp_path_factory: pytest.TempPathFactory) -> Iterator[NginxSite]:
    """deploy/nginx/goalpost.conf itself (TLS, redirect, Host check), on loopback ports."""
    if not Path(NGINX).exists():
        pytest.skip(f"{NGINX} is not installed (make test installs Debian's nginx)")
    with nginx_site(tmp_path_factory.mktemp("nginx-site"), goalpost.url) as site:
        yield site


def test_nginx_site_serves_goalpost_over_tls_for_its_name_only(nginx_tls):
    status, headers, body = raw_get(nginx_tls.https_port, SITE_NAME, "/data", server_name=SITE_NAME)
    assert status == 200 and b"<!doctype html>" in body.lower()
    assert {name: headers.get(name) for name in SECURITY_HEADERS} == SECURITY_HEADERS
    status, _, body = raw_get(nginx_tls.https_port, SITE_NAME, "/_STCORE/metrics", server_name=SITE_NAME)
    assert status == 404 and b"session" not in body.lower()
    # Another name (or the bare address) gets no TLS handshake at all.
    with pytest.raises(ssl.SSLError):
        raw_get(nginx_tls.https_port, "attacker.example", "/", server_name="attacker.example")


def test_nginx_site_sends_plain_http_to_https_and_ignores_other_names(nginx_tls):
    status, headers, _ = raw_get(nginx_tls.http_port, SITE_NAME, "/data?month=2026-10")
    assert status == 301
    assert headers["location"] == f"https://{SITE_NAME}/data?month=2026-10"
    with pytest.raises((http.client.RemoteDisconnected, ConnectionError)):
        raw_get(nginx_tls.http_port, "attacker.example", "/")


def test_nginx_access_log_keeps_no_query_strings(nginx_tls):
    token = "meeting-link-token-never-logged"
    status, _, _ = raw_get(nginx_tls.https_port, SITE_NAME, f"/?link={token}", server_name=SITE_NAME)
    assert status == 200
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not nginx_tls.access_log.exists():
        time.sleep(0.1)
    log = nginx_tls.access_log.read_text(encoding="utf-8")
    assert '"GET / HTTP/1.1" 200' in log
    assert token not in log
