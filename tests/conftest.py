"""What every test module may share: one Debian Chromium and one PostgreSQL server for the whole run.

Playwright's sync API runs one event loop per thread, so a second `sync_playwright()` while the first is
open fails ("Sync API inside the asyncio loop"): every browser test, wherever it lives, uses this one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator:
    """Debian's Chromium, headless, shared by the session's tests (each test makes its own context)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed (make browser installs it)")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


# ---------------------------------------------------------------- PostgreSQL

PG_PORT = int(os.environ.get("GOALPOST_TEST_PG_PORT", "55432"))
PG_REQUIRED_ENV = "GOALPOST_REQUIRE_POSTGRES"
"""Set (by .ci/run) where PostgreSQL must run: a missing server then fails the tests instead of skipping them."""


class PostgresServer:
    """Debian's PostgreSQL on loopback, in a throw-away folder, for one test session; stop/start for faults."""

    def __init__(self, bin_dir: Path, folder: Path, port: int):
        self.bin_dir, self.folder, self.port = bin_dir, folder, port
        self.data = folder / "data"
        self._databases = 0

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        done = self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-N", "-E", "UTF8")
        if done.returncode:
            raise RuntimeError(f"initdb failed: {done.stderr[-2000:]}")

    def start(self) -> None:
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -F -c max_connections=200"
        log = str(self.folder / "server.log")
        done = self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "-t", "60", "start")
        if done.returncode:
            tail = (self.folder / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start on port {self.port}: {done.stderr}{tail}")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Return the URL of a new, empty database on the server."""
        import psycopg

        self._databases += 1
        name = f"goalpost_{os.getpid()}_{self._databases}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url(name)

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgres_bin_dir() -> Path | None:
    """Return the newest installed PostgreSQL's bin folder (Debian's layout), or None."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A PostgreSQL server on 127.0.0.1:55432 for the session; skipped locally when not installed, never in CI."""
    bin_dir = postgres_bin_dir()
    if bin_dir is None:
        if os.environ.get(PG_REQUIRED_ENV):
            pytest.fail("PostgreSQL is not installed, but this run must test it (make database installs it)")
        pytest.skip("PostgreSQL is not installed (make database installs it)")
    folder = Path(tempfile.mkdtemp(prefix="goalpost-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PostgresServer(bin_dir, folder, PG_PORT)
    try:
        server.init()
        server.start()
    except RuntimeError as err:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(str(err))
    try:
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database, dropped after the test."""
    url = postgres_server.new_database()
    try:
        yield url
    finally:
        postgres_server.drop_database(url)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    """Where a test's store lives: a new SQLite file, or a new PostgreSQL database (the test runs on both)."""
    if request.param == "sqlite":
        return str(tmp_path / "store" / "goalpost.sqlite3")
    return request.getfixturevalue("postgres_url")
