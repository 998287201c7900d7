"""Load and endurance: many sessions on `streamlit run` servers while an editor uploads, and a scale curve.

    .venv/bin/python bench/load_bench.py                       # 50 sessions for 10 minutes, 500 opened and
                                                               # closed, curve at 10k/100k/1M observations
    .venv/bin/python bench/load_bench.py --minutes 1 --churn 100 --sizes 10000,100000   # a short look
    .venv/bin/python bench/load_bench.py --sizes 10000,100000,1000000,10000000          # the 10M point too
    .venv/bin/python bench/load_bench.py --postgresql          # and the same on PostgreSQL, two processes

The sessions are WebSocket clients that speak Streamlit's own protocol (BackMsg / ForwardMsg protobufs from
the installed streamlit), as the browser's frontend does: each opens a session, asks for a page, answers the
live-update fragment's timer (`auto_rerun`) like the frontend, and moves to another page every few seconds.
They measure the server, not a browser: 50 Chromium tabs would need more CPU than this machine has.
A page view is the time from asking for a page until the server says the script run finished. Errors are
exceptions shown on a page, error boxes, runs that end without finishing, and lost connections.

Parts, all in one run so every ratio has its baseline from the same machine at the same moment:

1. baseline: one session viewing each page in turn on the idle server (a SQLite copy of the demo store);
2. load: N sessions (default 50) for the given minutes while an editor stores a new upload every few
   seconds through the library (read_upload + Store.ingest, as the Data page does); the server's RSS is
   sampled before, during and after; the median and p95 page view, as ratios to the baseline;
3. churn: M sessions (default 500) opened and closed in waves of N; RSS after each wave: memory should
   return to its plateau instead of growing with the sessions ever opened;
4. with --postgresql: Debian's PostgreSQL in a throw-away folder (bench/postgresql_bench.py's), the demo
   loaded into it, --servers processes (default 2) on that one store, each warmed by one session; then the
   load part again with the sessions split over the processes (session n on process n mod 2, as a sticky
   proxy spreads visitors) and the editor uploading into PostgreSQL; each process's RSS and PostgreSQL's
   memory (PSS, its shared buffers counted once); page views as ratios to the SQLite baseline of part 1;
5. scale curve: a fresh server per store of 10k, 100k, 1M (and 10M) stored observations, generated as
   daily history through the library's ingest (its bulk insert), on SQLite and (with --postgresql) on
   PostgreSQL; page views and RSS, as ratios to the same store kind's smallest point.

Ports 8660-8679 are used by default (--port), PostgreSQL 55460 (--pg-port). Results are in bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import http.client
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.page_bench import build_small_store, copy_store, history_frame, history_series  # noqa: E402
from bench.postgresql_bench import ThrowAwayPostgres, process_tree_mb  # noqa: E402
from metrics.access import Actor, Role  # noqa: E402

DASHBOARD = ROOT / "dashboard.py"
PAGES = ("overview", "goal", "channels", "audiences", "strategy", "data")
EDITOR = Actor("load bench editor", Role.EDITOR)
RUN_TIMEOUT_S = 120.0
FIRST_DAY = pd.Timestamp("1900-01-01")
"""The first day a store takes (its dates run from 1900 to 2199)."""
"""A page view that has not finished after this long counts as an error (--timeout)."""


# ---------------------------------------------------------------- the server


@dataclass
class Server:
    """A running `streamlit run dashboard.py`: its address and process."""

    url: str
    process: subprocess.Popen
    log: Path

    def rss_mb(self) -> float:
        """Return the server's resident memory in MB (the process and any children), from /proc."""
        return process_tree_mb(self.process.pid)


@contextlib.contextmanager
def streamlit_server(port: int, log: Path, store: str) -> Iterator[Server]:
    """Serve the dashboard on a store with `streamlit run` on 127.0.0.1:port; stop it at the end."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "GOALPOST_STORE": store}
    command = [
        sys.executable, "-m", "streamlit", "run", str(DASHBOARD),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with open(log, "wb") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit stopped:\n{log.read_text(errors='replace')[-3000:]}")
            with (
                contextlib.suppress(urllib.error.URLError, http.client.HTTPException, OSError),
                urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response,
            ):
                if response.status == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"the dashboard did not start on port {port} within 90 s")
            time.sleep(0.3)
        yield Server(url, process, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


# ---------------------------------------------------------------- one session, in Streamlit's protocol


@dataclass
class Tally:
    """Page views (seconds) and errors of many sessions."""

    views: list[float] = field(default_factory=list)
    live_reruns: list[float] = field(default_factory=list)
    cold: dict[str, float] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    stuck: list[str] = field(default_factory=list)
    """For each view without an answer: the last messages its session got (to tell a stuck run from a lost one)."""


class Session:
    """One viewer: a WebSocket to /_stcore/stream speaking BackMsg/ForwardMsg, as Streamlit's frontend does."""

    def __init__(self, url: str, tally: Tally):
        self.url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.tally = tally
        self.socket = None
        self.reader: asyncio.Task | None = None
        self.timers: dict[str, asyncio.Task] = {}
        self.page_hash = ""
        self.page = "overview"
        self.finished: asyncio.Queue = asyncio.Queue()
        self.run_started: float | None = None
        self.asked = False
        self.trail: collections.deque[tuple[str, int, float]] = collections.deque(maxlen=12)

    async def open(self) -> None:
        """Connect (the session is made on the server when the socket opens)."""
        import websockets

        self.socket = await websockets.connect(
            self.url, subprotocols=["streamlit"], max_size=None, open_timeout=60, ping_interval=None
        )
        self.reader = asyncio.create_task(self._read())

    async def close(self) -> None:
        """Close the socket; the server ends the session."""
        for timer in self.timers.values():
            timer.cancel()
        if self.socket is not None:
            await self.socket.close()
        if self.reader is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.reader

    async def view(self, page: str) -> float | None:
        """Ask for a page (a full run, as a click in the navigation); return the seconds until it finished."""
        self.page = page
        while not self.finished.empty():
            self.finished.get_nowait()
        started = time.perf_counter()
        self.asked = True
        for timer in self.timers.values():  # a new page: its fragments register their own timers
            timer.cancel()
        self.timers.clear()
        # The default page lives at "/": asking for it by its url_path gives "page not found" first.
        await self._send(page_name="" if page == PAGES[0] else page, page_script_hash="")
        try:
            status = await asyncio.wait_for(self.finished.get(), RUN_TIMEOUT_S)
        except TimeoutError:
            self.tally.errors.append(f"{page}: no answer within {RUN_TIMEOUT_S:.0f} s")
            self.tally.stuck.append(
                f"{page}: " + ", ".join(f"{kind}×{n} at {at - started:+.0f} s" for kind, n, at in self.trail)
            )
            return None
        if status != "FINISHED_SUCCESSFULLY":
            self.tally.errors.append(f"{page}: run ended {status}")
            return None
        seconds = time.perf_counter() - started
        self.tally.views.append(seconds)
        return seconds

    async def _send(self, *, page_name: str, page_script_hash: str, fragment_id: str = "") -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg

        message = BackMsg()
        state = message.rerun_script
        state.query_string = ""
        state.page_name = page_name
        state.page_script_hash = page_script_hash
        if fragment_id:
            state.fragment_id = fragment_id
            state.is_auto_rerun = True
        await self.socket.send(message.SerializeToString())

    async def _tick(self, fragment_id: str, interval: float) -> None:
        # The frontend's timer for a fragment with run_every: it asks the server to rerun the fragment.
        while True:
            await asyncio.sleep(interval)
            with contextlib.suppress(Exception):
                await self._send(page_name="", page_script_hash=self.page_hash, fragment_id=fragment_id)

    def _note(self, kind: str) -> None:
        # The trail of a view without answer: message kinds with the second they came, repeats counted.
        now = time.perf_counter()
        if self.trail and self.trail[-1][0] == kind:
            self.trail[-1] = (kind, self.trail[-1][1] + 1, now)
        else:
            self.trail.append((kind, 1, now))

    async def _read(self) -> None:
        debug = os.environ.get("LOAD_BENCH_DEBUG")
        import websockets
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        try:
            async for data in self.socket:
                message = ForwardMsg()
                message.ParseFromString(data)
                kind = message.WhichOneof("type")
                self._note(
                    ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)
                    if kind == "script_finished"
                    else kind
                )
                if debug:
                    print(kind, message.script_finished if kind == "script_finished" else "", file=sys.stderr)
                if kind == "new_session":
                    self.page_hash = message.new_session.page_script_hash or self.page_hash
                elif kind == "navigation":
                    self.page_hash = message.navigation.page_script_hash or self.page_hash
                elif kind == "script_finished":
                    status = ForwardMsg.ScriptFinishedStatus.Name(message.script_finished)
                    if status == "FINISHED_FRAGMENT_RUN_SUCCESSFULLY":
                        self.run_started = None  # the watch found nothing new
                        continue
                    if status == "FINISHED_EARLY_FOR_RERUN":
                        continue  # another run follows at once (a click, or the live update): that one counts
                    if self.asked:
                        self.asked = False
                        self.finished.put_nowait(status)
                    elif status == "FINISHED_SUCCESSFULLY" and self.run_started is not None:
                        # A whole-page rerun the live-update fragment started after an upload.
                        self.tally.live_reruns.append(time.perf_counter() - self.run_started)
                    self.run_started = None
                elif kind == "session_status_changed":
                    if message.session_status_changed.script_is_running and self.run_started is None:
                        self.run_started = time.perf_counter()
                elif kind == "auto_rerun":
                    rerun = message.auto_rerun
                    old = self.timers.pop(rerun.fragment_id, None)
                    if old is not None:
                        old.cancel()
                    self.timers[rerun.fragment_id] = asyncio.create_task(
                        self._tick(rerun.fragment_id, rerun.interval)
                    )
                elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                    element = message.delta.new_element
                    which = element.WhichOneof("type")
                    if which == "exception":
                        self.tally.errors.append(
                            f"{self.page}: exception {element.exception.type}: "
                            f"{element.exception.message[:120]}"
                        )
                    elif which == "alert" and element.alert.format == element.alert.ERROR:
                        self.tally.errors.append(f"{self.page}: error box “{element.alert.body[:120]}”")
        except websockets.ConnectionClosed as closed:
            if closed.rcvd is None or closed.rcvd.code not in (1000, 1001):
                self.tally.errors.append(f"{self.page}: connection lost ({closed})")


# ---------------------------------------------------------------- the editor and the RSS sampler


def tidy_upload(number: int) -> bytes:
    """Return a small tidy CSV (one month of daily values for two series), different each time."""
    rng = np.random.default_rng(number)
    days = pd.date_range("2025-01-01", periods=28, freq="D")
    frame = pd.DataFrame(
        {
            "date": np.tile(days.strftime("%Y-%m-%d"), 2),
            "channel": np.repeat(["facebook", "linkedin"], len(days)),
            "audience": "",
            "metric": "comments",
            "value": rng.integers(0, 50, len(days) * 2),
        }
    )
    return frame.to_csv(index=False).encode()


class Editor(threading.Thread):
    """Stores a new upload every `every` seconds through the library, as the Data page does, until stopped."""

    def __init__(self, store: str, every: float):
        super().__init__(daemon=True)
        self.store, self.every = store, every
        self.stop = threading.Event()
        self.stored = 0
        self.seconds: list[float] = []
        self.errors: list[str] = []

    def run(self) -> None:
        import io

        from connectors.readers import read_upload
        from connectors.store import Store
        from metrics.errors import GoalpostError

        number = 0
        with Store.open(self.store) as store:
            while not self.stop.wait(self.every):
                number += 1
                started = time.perf_counter()
                try:
                    parsed = read_upload(io.BytesIO(tidy_upload(number)), f"tracker-{number}.csv")
                    if store.ingest(parsed, actor=EDITOR).status == "stored":
                        self.stored += 1
                except GoalpostError as err:
                    self.errors.append(str(err))
                self.seconds.append(time.perf_counter() - started)


class Sampler(threading.Thread):
    """Samples memory gauges (name: a function returning MB) every second until stopped."""

    def __init__(self, gauges: dict[str, Callable[[], float]]):
        super().__init__(daemon=True)
        self.gauges = gauges
        self.stop = threading.Event()
        self.samples: dict[str, list[float]] = {name: [] for name in gauges}

    def run(self) -> None:
        while not self.stop.wait(1.0):
            for name, gauge in self.gauges.items():
                self.samples[name].append(gauge())


# ---------------------------------------------------------------- the parts


def quantile(values: list[float], q: float) -> float:
    return float(np.quantile(values, q)) if values else float("nan")


async def baseline(url: str, rounds: int) -> Tally:
    """One session on the idle server views every page `rounds` times (the first round warms caches)."""
    tally = Tally()
    session = Session(url, tally)
    await session.open()
    try:
        for page in PAGES:  # warm-up (caches empty), kept apart
            tally.cold[page] = await session.view(page) or float("nan")
        tally.views.clear()
        for _ in range(rounds):
            for page in PAGES:
                await session.view(page)
    finally:
        await session.close()
    return tally


async def load(urls: list[str], sessions: int, seconds: float, think: float, seed: int) -> Tally:
    """Sessions that view a page, wait a few seconds (a reader reading), and move on, for `seconds`; session n
    goes to server n modulo their number (as a sticky proxy spreads visitors)."""
    tally = Tally()
    rng = random.Random(seed)
    stop_at = time.perf_counter() + seconds

    async def viewer(number: int) -> None:
        await asyncio.sleep(rng.uniform(0, min(10.0, seconds / 4)))  # people do not arrive at once
        session = Session(urls[number % len(urls)], tally)
        try:
            await session.open()
            page = "overview"
            while time.perf_counter() < stop_at:
                await session.view(page)
                await asyncio.sleep(rng.uniform(0.5, 2) * think)
                page = rng.choice(PAGES)
        except Exception as err:  # a refused or broken connection is an error of the run, not of the bench
            tally.errors.append(f"session {number}: {type(err).__name__}: {err}")
        finally:
            await session.close()

    await asyncio.gather(*(viewer(n) for n in range(sessions)))
    return tally


async def churn(server: Server, total: int, wave: int) -> tuple[Tally, list[float]]:
    """Open and close `total` sessions in waves of `wave` (each views the Overview); RSS after each wave."""
    tally = Tally()
    after: list[float] = []

    async def one() -> None:
        session = Session(server.url, tally)
        try:
            await session.open()
            await session.view("overview")
        except Exception as err:
            tally.errors.append(f"{type(err).__name__}: {err}")
        finally:
            await session.close()

    for start in range(0, total, wave):
        await asyncio.gather(*(one() for _ in range(min(wave, total - start))))
        await asyncio.sleep(3)  # the server ends closed sessions
        after.append(server.rss_mb())
    return tally, after


def synthetic_store(demo: Path, location: str, observations: int) -> int:
    """Put the demo in the store at `location` (a SQLite path: a copy of `demo`; a server URL: the demo loaded
    as a first start does) and add daily history before it through the library's ingest; return the number of
    stored observations."""
    from connectors.readers.parsed_upload import ParsedUpload
    from connectors.store import Store
    from metrics.strategy import load_strategy

    if is_server_url(location):
        build_small_store(location)
    else:
        copy_store(demo, Path(location))
    with Store.open(location) as store:
        months = store.month_values()
        strategy = load_strategy(store.strategy_text() or "")
        aggregations = {metric: spec.aggregation for metric, spec in strategy.metric_specs().items()}
        # Ratios (CTR, rates) are computed from their parts, never stored: no history for them.
        months = months[months["metric"].map(lambda m: aggregations.get(m, "sum") != "ratio")]
        series = history_series(months, aggregations, [a.id for a in strategy.audiences])
        already = int(store.uploads()["rows"].sum())
        wanted = max(observations - already, 0)
        first_month = pd.Timestamp(months["month"].min() + "-01")
        # The store takes days from 1900 on: beyond that many days, the history is spread over copies of the
        # demo's series on archive channels (facebook_archive1, ...), as a team keeping old pages would have.
        room = (first_month - FIRST_DAY).days
        copies = max(1, -(-wanted // (room * len(series)))) if wanted else 1
        series = pd.concat(
            [series] + [series.assign(channel=series["channel"] + f"_archive{k}") for k in range(1, copies)],
            ignore_index=True,
        )
        n_days = -(-wanted // len(series)) if wanted else 0
        days = pd.date_range(end=first_month - pd.Timedelta(days=1), periods=n_days, freq="D")
        per_file = max(1_000_000 // len(series), 31)  # uploads of about a million values each
        for offset in range(0, n_days, per_file):
            chunk = days[offset : offset + per_file]
            frame = history_frame(series, aggregations, chunk, seed=offset)
            frame["date"] = pd.to_datetime(frame["date"])
            frame["audience"] = frame["audience"].replace("", "all")
            parsed = ParsedUpload(
                file_name=f"history-{chunk[0]:%Y-%m-%d}.csv",
                preset="goalpost_tidy",
                preset_label="Goalpost tidy layout",
                observations=frame,
                channel=None,
                audience="all",
                period_start=chunk[0].date(),
                period_end=chunk[-1].date(),
                row_count=len(frame),
                metrics=sorted(set(frame["metric"])),
                content=f"synthetic history {offset} of {observations}".encode(),
            )
            store.ingest(parsed, actor=EDITOR)
        uploads = store.uploads()
    return int(uploads.loc[uploads["status"] == "active", "rows"].sum())


def is_server_url(location: str) -> bool:
    """Return True for a database server's URL (PostgreSQL), False for a SQLite file path."""
    return "://" in location and not location.startswith("sqlite")


# ---------------------------------------------------------------- the report


def machine() -> str:
    load1, load5, _ = os.getloadavg()
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )  # fmt: skip
    return (
        f"{date.today()}  Python {platform.python_version()}  {os.cpu_count()} CPUs ({cpu})  "
        f"load average {load1:.1f} / {load5:.1f} (1 / 5 min)"
    )


def line(label: str, tally: Tally, base: float) -> str:
    median, p95 = quantile(tally.views, 0.5), quantile(tally.views, 0.95)
    return (
        f"  {label:34} views {len(tally.views):6,}  median {median * 1000:7.0f} ms ({median / base:5.2f}×)  "
        f"p95 {p95 * 1000:7.0f} ms ({p95 / base:5.2f}×)  errors {len(tally.errors)}"
    )


def print_errors(tally: Tally) -> None:
    for text, count in pd.Series(tally.errors, dtype=object).value_counts().head(5).items():
        print(f"      {count:4} × {text}")
    for trail in tally.stuck[:3]:
        print(f"      a view without answer ({trail})")


@dataclass
class LoadResult:
    """What one load part measured: the sessions' views and errors, and whether anything failed."""

    tally: Tally
    failed: bool


def memory_line(name: str, before: float, during: list[float], after: float) -> str:
    during = during or [float("nan")]
    return (
        f"  {name}: before {before:.0f} MB, during median {statistics.median(during):.0f} MB / "
        f"max {max(during):.0f} MB, after (sessions closed, 5 s) {after:.0f} MB ({after / before:.2f}× before)"
    )


def load_part(
    servers: list[Server], store: str, options: argparse.Namespace, base_median: float, database=None
) -> LoadResult:
    """Run the sessions (split over the servers) while an editor uploads into `store`; print the figures, with
    each server's memory (and the database server's, when given) before, during and after."""
    label = f"{options.sessions} sessions + editor"
    print(
        f"\nload: {options.sessions} sessions over {len(servers)} server process(es) for {options.minutes:g} min, "
        f"a page every {options.think * 0.5:g}-{options.think * 2:g} s each, an upload every "
        f"{options.upload_every:g} s"
    )
    gauges: dict[str, Callable[[], float]] = {
        f"server :{server.url.rsplit(':', 1)[1]} RSS": server.rss_mb for server in servers
    }
    if database is not None:
        gauges["PostgreSQL PSS"] = database.memory_mb
    before = {name: gauge() for name, gauge in gauges.items()}
    editor, sampler = Editor(store, options.upload_every), Sampler(gauges)
    editor.start(), sampler.start()
    urls = [server.url for server in servers]
    tally = asyncio.run(load(urls, options.sessions, options.minutes * 60, options.think, seed=16))
    editor.stop.set(), sampler.stop.set()
    editor.join(), sampler.join()
    time.sleep(5)
    print(line(label, tally, base_median))
    print_errors(tally)
    if tally.live_reruns:
        print(
            f"  live-update reruns after uploads: {len(tally.live_reruns):,}, median "
            f"{quantile(tally.live_reruns, 0.5) * 1000:.0f} ms, p95 {quantile(tally.live_reruns, 0.95) * 1000:.0f} ms"
        )
    print(
        f"  editor: {editor.stored} uploads stored, median {quantile(editor.seconds, 0.5) * 1000:.0f} ms each, "
        f"{len(editor.errors)} refused{': ' + editor.errors[0] if editor.errors else ''}"
    )
    for name, gauge in gauges.items():
        print(memory_line(name, before[name], sampler.samples[name], gauge()))
    return LoadResult(tally, bool(tally.errors) or bool(editor.errors))


def warm_baseline(servers: list[Server], rounds: int) -> Tally:
    """One session views every page on each idle server in turn (warming its caches); return the first
    server's figures."""
    tallies = [asyncio.run(baseline(server.url, rounds=rounds)) for server in servers]
    for tally in tallies[1:]:
        tallies[0].errors += tally.errors
    return tallies[0]


def print_baseline(label: str, base: Tally, base_median: float) -> None:
    print(line(label, base, base_median))
    print(
        "  first view of each page (caches empty): "
        + ", ".join(f"{p} {s:.1f} s" for p, s in base.cold.items())
    )


def curve_point(
    demo: Path, location: str, size: int, port: int, log: Path, rounds: int
) -> tuple[int, float, Tally, float]:
    """Build a store of `size` observations at `location`, serve it from a fresh server and view every page;
    return the stored observations, the build seconds, the views and the server's RSS in MB."""
    built = time.perf_counter()
    stored = synthetic_store(demo, location, size)
    build_s = time.perf_counter() - built
    with streamlit_server(port, log, location) as server:
        views = asyncio.run(baseline(server.url, rounds=rounds))
        mb = server.rss_mb()
    return stored, build_s, views, mb


def main(argv: list[str] | None = None) -> int:
    """Run the parts asked for and print their figures; exit 1 when any session saw an error."""
    global RUN_TIMEOUT_S
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50, help="concurrent sessions (default 50)")
    parser.add_argument("--minutes", type=float, default=10.0, help="length of each load part (default 10)")
    parser.add_argument(
        "--upload-every", type=float, default=5.0, help="seconds between the editor's uploads"
    )
    parser.add_argument("--think", type=float, default=5.0, help="a reader's seconds on a page (0.5-2× this)")
    parser.add_argument("--churn", type=int, default=500, help="sessions opened and closed (0: skip)")
    parser.add_argument(
        "--sizes", default="10000,100000,1000000", help="stored observations of the scale curve ('' : skip)"
    )
    parser.add_argument("--curve-views", type=int, default=3, help="rounds of every page per curve store")
    parser.add_argument(
        "--port",
        type=int,
        default=8660,
        help="first port (PostgreSQL's servers take the next, the curve's +10)",
    )
    parser.add_argument(
        "--timeout", type=float, default=RUN_TIMEOUT_S, help="seconds before a view is an error"
    )
    parser.add_argument(
        "--postgresql",
        action="store_true",
        help="also run the load part on PostgreSQL with --servers processes, and the scale curve on it "
        "(Debian's PostgreSQL in a throw-away folder, as bench/postgresql_bench.py)",
    )
    parser.add_argument(
        "--servers", type=int, default=2, help="server processes sharing the PostgreSQL store (default 2)"
    )
    parser.add_argument(
        "--pg-port", type=int, default=55460, help="port of the throw-away PostgreSQL (default 55460)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder (stores, server logs)")
    options = parser.parse_args(argv)
    RUN_TIMEOUT_S = options.timeout
    for name in ("streamlit", "watchdog", "urllib3"):
        import logging

        logging.getLogger(name).setLevel(logging.ERROR)

    work = Path(tempfile.mkdtemp(prefix="goalpost-load-"))
    failed = False
    try:
        with contextlib.ExitStack() as stack:
            pg = stack.enter_context(ThrowAwayPostgres(options.pg_port)) if options.postgresql else None
            failed = run_parts(options, work, pg)
        print(f"\n{machine()}")
    finally:
        if options.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


def run_parts(options: argparse.Namespace, work: Path, pg: ThrowAwayPostgres | None) -> bool:
    """Run the SQLite load and churn, the PostgreSQL load (with `pg`) and the scale curve; return True when
    anything failed."""
    failed = False
    print(machine())
    demo = work / "demo.sqlite3"
    build_small_store(demo)
    store = str(work / "load.sqlite3")
    copy_store(demo, Path(store))

    with streamlit_server(options.port, work / "server-load.log", store) as server:
        started_mb = server.rss_mb()
        base = asyncio.run(baseline(server.url, rounds=3))
        base_median = quantile(base.views, 0.5)
        print(
            f"\nSQLite, one server process: RSS {started_mb:.0f} MB at start, {server.rss_mb():.0f} MB after one "
            "session viewed every page"
        )
        print_baseline("baseline: 1 session, idle server", base, base_median)
        sqlite_load = None
        if options.minutes > 0:
            sqlite_load = load_part([server], store, options, base_median)
            failed |= sqlite_load.failed
        failed |= bool(base.errors)

        if options.churn:
            wave = max(1, options.sessions)
            opened, waves = asyncio.run(churn(server, options.churn, wave))
            print(f"\nchurn: {options.churn} sessions opened and closed, {wave} at a time")
            print(line("each views the Overview", opened, base_median))
            print_errors(opened)
            plateau = waves[min(1, len(waves) - 1)]
            print("  RSS after each wave (MB): " + " ".join(f"{mb:.0f}" for mb in waves))
            print(
                f"  last wave / second wave: {waves[-1] / plateau:.2f}× "
                f"(1.00× = memory returns to its plateau; growth would mean sessions are kept)"
            )
            failed |= bool(opened.errors)

    if pg is not None and options.minutes > 0:
        url = pg.database("load")
        build_small_store(url)
        with contextlib.ExitStack() as servers_stack:
            servers = [
                servers_stack.enter_context(
                    streamlit_server(options.port + 1 + n, work / f"server-pg-{n}.log", url)
                )
                for n in range(options.servers)
            ]
            print(
                f"\nPostgreSQL, {len(servers)} server processes on one store: RSS at start "
                + ", ".join(f"{server.rss_mb():.0f} MB" for server in servers)
                + f"; PostgreSQL {pg.memory_mb():.0f} MB (PSS)"
            )
            pg_base = warm_baseline(servers, rounds=3)
            print_baseline("baseline on PostgreSQL, vs SQLite", pg_base, base_median)
            pg_load = load_part(servers, url, options, base_median, database=pg)
            failed |= pg_load.failed or bool(pg_base.errors)
        if sqlite_load is not None:
            print(f"\nside by side, {options.sessions} sessions + editor (ratios: PostgreSQL / SQLite)")
            for name, q in (("median", 0.5), ("p95", 0.95)):
                sq, pq = quantile(sqlite_load.tally.views, q), quantile(pg_load.tally.views, q)
                print(f"  {name:6}  SQLite 1 process {sq * 1000:7.0f} ms   PostgreSQL {len(servers)} processes "
                      f"{pq * 1000:7.0f} ms   {pq / sq:5.2f}×")  # fmt: skip
            print(
                f"  views   SQLite {len(sqlite_load.tally.views):,}  PostgreSQL {len(pg_load.tally.views):,};  "
                f"errors  SQLite {len(sqlite_load.tally.errors)}  PostgreSQL {len(pg_load.tally.errors)}"
            )

    sizes = [int(s) for s in options.sizes.split(",") if s.strip()]
    if sizes:
        print("\nscale curve: a fresh server per store, one session viewing every page "
              f"{options.curve_views} times after a warm-up round; ratios to the store's smallest point")  # fmt: skip
        print(
            f"  {'store':10}  {'observations':>12}  {'median':>8}  {'p95':>8}  {'ratio':>6}  {'RSS':>7}  "
            f"{'ratio':>6}  built in"
        )
        backends = ["SQLite"] + (["PostgreSQL"] if pg is not None else [])
        first: dict[str, tuple[float, float]] = {}
        port = options.port + 10
        for size in sizes:
            for backend in backends:
                name = f"curve_{size}"
                location = pg.database(name) if backend == "PostgreSQL" else str(work / f"{name}.sqlite3")
                stored, build_s, views, mb = curve_point(
                    demo, location, size, port, work / f"server-{name}-{backend}.log", options.curve_views
                )
                port = options.port + 10 + (port - options.port - 9) % 10
                if backend == "PostgreSQL":
                    pg.drop(name)
                else:
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{location}{suffix}").unlink(missing_ok=True)
                median = quantile(views.views, 0.5)
                base_point = first.setdefault(backend, (median, mb))
                print(
                    f"  {backend:10}  {stored:12,}  {median * 1000:6.0f} ms  {quantile(views.views, 0.95) * 1000:6.0f} ms  "
                    f"{median / base_point[0]:5.2f}×  {mb:5.0f} MB  {mb / base_point[1]:5.2f}×  {build_s:5.0f} s  "
                    "first views: "
                    + " ".join(f"{p} {s:.1f}" for p, s in views.cold.items())
                    + " s"
                    + (f"  errors {len(views.errors)}" if views.errors else ""),
                    flush=True,
                )
                print_errors(views)
                failed |= bool(views.errors)
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
