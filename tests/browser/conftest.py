"""A real `streamlit run dashboard.py` server on a fresh store, and Debian's Chromium driven by Playwright.

The server is started once per test session (its first page view loads the sample organisation, which takes
a few seconds) and stopped at the end, also when a test fails. Each test gets its own browser context, so
sessions do not share Streamlit state, cookies or storage.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hosting import stop

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "screenshots"
VIEWPORT = {"width": 1600, "height": 1000}
SERVER_START_SECONDS = 60
FIRST_VIEW_MS = 120_000
"""The very first page view loads the sample organisation into the empty store."""
RUN_MS = 60_000
IDLE_SETTLE_SECONDS = 0.4
MAX_SCREENSHOT_HEIGHT = 8000


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class DashboardServer:
    """A running dashboard: its address and the store file it reads."""

    base_url: str
    store_path: Path
    log_path: Path

    def log_tail(self, characters: int = 4000) -> str:
        """Return the end of the server's output, for failure messages."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-characters:]
        except OSError:
            return "(no server log)"


def _wait_healthy(process: subprocess.Popen, url: str, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"streamlit exited with {process.returncode}:\n{log_path.read_text(errors='replace')[-4000:]}"
            )
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"streamlit did not answer {url}/_stcore/health within {SERVER_START_SECONDS} s")


@contextlib.contextmanager
def run_dashboard(
    folder: Path,
    *,
    secrets_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    port: int | None = None,
) -> Iterator[DashboardServer]:
    """Start `streamlit run dashboard.py` on a free port with the store in folder; stop it when the block ends.

    secrets_file replaces every secrets.toml Streamlit would read (its `secrets.files` option), so a test can
    give the server its own [auth] and [goalpost.roles] without touching the project's files.
    """
    store_path = folder / "goalpost.sqlite3"
    log_path = folder / "streamlit.log"
    port = port or free_port()
    server_env = {**os.environ, "GOALPOST_STORE": str(store_path), "PYTHONUNBUFFERED": "1", **(env or {})}
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard.py",
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",  # other people's edits must not rerun the app mid-test
    ]  # fmt: skip
    if secrets_file is not None:
        command += ["--secrets.files", str(secrets_file)]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=server_env, stdout=log, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(process, url, log_path)
        yield DashboardServer(base_url=url, store_path=store_path, log_path=log_path)
    finally:
        stop(process)


@pytest.fixture(scope="session")
def dashboard_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DashboardServer]:
    """Start `streamlit run dashboard.py` on a free port with an empty store; stop it at the end."""
    with run_dashboard(tmp_path_factory.mktemp("dashboard")) as server:
        yield server


class DashboardPage:
    """One browser tab on the dashboard, with waits that understand Streamlit's script runs."""

    def __init__(self, page: playwright_api.Page, server: DashboardServer):
        self.page = page
        self.server = server

    def url(self, path: str = "", params: Mapping[str, str] | None = None) -> str:
        """Return the address of a page (url_path, '' for the Overview) with query parameters."""
        query = "?" + urlencode(dict(params)) if params else ""
        return f"{self.server.base_url}/{path}{query}"

    def open(self, path: str = "", params: Mapping[str, str] | None = None, timeout: int = RUN_MS) -> None:
        """Load a page and wait until its script run has finished."""
        self.page.goto(self.url(path, params), wait_until="domcontentloaded")
        self.wait_idle(timeout=timeout)

    def wait_idle(self, timeout: int = RUN_MS) -> None:
        """Wait until the app is connected, has drawn its page and no script run is going on."""
        page = self.page
        page.wait_for_selector(
            '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout
        )
        # Any drawn element will do: the first one may be an invisible helper (a keyboard script, an empty
        # fragment), and waiting for that one to show never ends.
        page.wait_for_selector(
            '[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"] >> visible=true',
            timeout=timeout,
        )
        deadline = time.monotonic() + timeout / 1000
        # The live-data fragment reruns every few seconds, and charts, links and tables arrive lazily
        # after the run: idle means no run, no skeleton, and the same page drawn twice in a row.
        previous = None
        while time.monotonic() < deadline:
            page.wait_for_selector(
                '[data-testid="stApp"]:not([data-test-script-state="running"])'
                ':not([data-test-script-state="rerunRequested"])',
                timeout=timeout,
            )
            page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout)
            page.wait_for_selector('[data-testid="stSkeleton"]', state="detached", timeout=timeout)
            time.sleep(IDLE_SETTLE_SECONDS)
            busy = page.locator(
                '[data-testid="stApp"][data-test-script-state="running"], [data-testid="stStatusWidget"], '
                '[data-testid="stSkeleton"]'
            ).count()
            drawn = page.evaluate("document.querySelectorAll('[data-testid=\"stApp\"] *').length")
            if busy == 0 and drawn == previous:
                return
            previous = None if busy else drawn
        raise AssertionError(f"the dashboard kept running for {timeout} ms:\n{self.server.log_tail()}")

    def main_text(self) -> str:
        """Return the visible text of the page body (not the sidebar)."""
        return self.page.locator('[data-testid="stMain"]').inner_text()

    def sidebar_text(self) -> str:
        """Return the visible text of the sidebar."""
        return self.page.locator('[data-testid="stSidebar"]').inner_text()

    def exceptions(self) -> list[str]:
        """Return the text of every Streamlit exception box on the page (a traceback shown to the user)."""
        boxes = self.page.locator('[data-testid="stException"]')
        return [boxes.nth(i).inner_text() for i in range(boxes.count())]

    def screenshot(self, name: str) -> Path:
        """Save the whole page (the main area scrolls inside the app, so the viewport is grown) as a PNG."""
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page = self.page
        height = page.evaluate(
            """() => Math.max(...['stMain', 'stAppViewContainer', 'stSidebarContent']
                .map(id => document.querySelector(`[data-testid="${id}"]`))
                .filter(Boolean).map(el => el.scrollHeight), document.body.scrollHeight)"""
        )
        page.set_viewport_size(
            {"width": VIEWPORT["width"], "height": min(int(height) + 40, MAX_SCREENSHOT_HEIGHT)}
        )
        try:
            page.wait_for_timeout(500)  # charts resize to the new viewport
            page.screenshot(path=str(path), full_page=True)
        finally:
            page.set_viewport_size(VIEWPORT)
        return path


@contextlib.contextmanager
def fresh_viewers(
    browser: playwright_api.Browser, server: DashboardServer, viewport: Mapping[str, int] = VIEWPORT
) -> Iterator[Callable[..., DashboardPage]]:
    """Yield a function opening a fresh browser context (no cookies, no storage) on the server; all closed after.

    Each context gets `viewport` unless the call names another one.
    """
    contexts: list[playwright_api.BrowserContext] = []
    default = viewport

    def new_viewer(viewport: Mapping[str, int] | None = None) -> DashboardPage:
        size = dict(viewport or default)
        context = browser.new_context(viewport=size, locale="en-GB", timezone_id="Europe/Oslo")
        context.set_default_timeout(RUN_MS)
        contexts.append(context)
        return DashboardPage(context.new_page(), server)

    try:
        yield new_viewer
    finally:
        for context in contexts:
            context.close()


@pytest.fixture
def open_dashboard(
    browser: playwright_api.Browser, dashboard_server: DashboardServer
) -> Iterator[Callable[[], DashboardPage]]:
    """Return a function opening a fresh browser context (a new viewer) on the dashboard; all closed at the end."""
    with fresh_viewers(browser, dashboard_server) as new_viewer:
        yield new_viewer


@pytest.fixture(scope="session")
def first_view_done(browser: playwright_api.Browser, dashboard_server: DashboardServer) -> None:
    """Open the dashboard once with a long wait, so the sample organisation is loaded before any test times it."""
    context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
    try:
        viewer = DashboardPage(context.new_page(), dashboard_server)
        viewer.open(timeout=FIRST_VIEW_MS)
    finally:
        context.close()
