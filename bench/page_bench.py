"""Page speed on a store holding 1,000,000 observations, against the demo store and a bare page, in one run.

    .venv/bin/python bench/page_bench.py              # 1,000,000 observations, server and browser
    .venv/bin/python bench/page_bench.py --quick      # 100,000 observations, fewer repeats
    .venv/bin/python bench/page_bench.py --no-browser # server times only

Builds two stores in a temporary folder, both through the real upload path (read_upload + Store.ingest):
the demo organisation alone ("small"), and the demo organisation plus years of daily history for every
series the demo has (and per audience for summed metrics), up to the requested number of observations
("big"). Then it prints:

- server time of a page view of every page and of three filter changes (the as-of month on the Overview,
  the channel on Channels, the goal on Goal), driven by Streamlit's AppTest in this process and timed inside
  the script runner (AppTest's whole run is printed too, as an upper limit), median of repeated runs, on
  both stores, with the ratio big/small (target: under 150 ms each, independent of history size);
- in Debian's Chromium, the time from navigation until every Plotly chart of the Overview has drawn, on
  both stores, as a ratio to a bare Streamlit page (written to the temporary folder, served in the same
  run) that shows the same number of Plotly charts with no data work (target: at most 1.3).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import types
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from metrics.access import Actor, Role

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DASHBOARD = ROOT / "dashboard.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1600, "height": 1000}
HISTORY_FILE_ROWS = 200_000
"""Generated history is uploaded in files of at most this many rows, as a team would upload years."""
FIRST_HISTORY_DAY = pd.Timestamp("1990-01-01")
SERVER_TARGET_MS = 150.0
BROWSER_TARGET_RATIO = 1.3
PAGES = ("overview", "goal", "channels", "audiences", "strategy", "data")


# ---------------------------------------------------------------- stores


def build_small_store(path: Path) -> None:
    """Fill a store with the demo organisation exactly as the dashboard's first start does."""
    from connectors.sample import load_demo
    from connectors.store import Store

    with Store.open(path) as store:
        load_demo(store)


def copy_store(source: Path, target: Path) -> None:
    """Copy a closed SQLite store (with its WAL files, when present)."""
    for suffix in ("", "-wal", "-shm"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copy(part, target.with_name(target.name + suffix))


def history_frame(
    series: pd.DataFrame, aggregations: dict[str, str], days: pd.DatetimeIndex, seed: int
) -> pd.DataFrame:
    """Return tidy daily observations for every series over the given days (plausible, seeded values)."""
    rng = np.random.default_rng(seed)
    n_days = len(days)
    parts = []
    for position, row in enumerate(series.itertuples(index=False)):
        aggregation = aggregations.get(row.metric, "sum")
        if aggregation == "last":  # a stock: grows slowly over the years
            start = 500 + 50 * position
            values = start + np.cumsum(rng.integers(0, 3, n_days))
        elif aggregation in ("median", "mean"):  # durations and rates
            values = np.round(rng.gamma(4.0, 40.0 if "time" in row.metric else 0.8, n_days), 1)
        else:  # counts per day
            values = rng.poisson(12, n_days).astype(float)
        parts.append(
            pd.DataFrame(
                {
                    "date": days.strftime("%Y-%m-%d"),
                    "channel": row.channel,
                    "audience": "" if row.audience == "all" else row.audience,
                    "metric": row.metric,
                    "value": values,
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def history_series(months: pd.DataFrame, aggregations: dict[str, str], audiences: list[str]) -> pd.DataFrame:
    """Return the series to invent history for: every series of the demo, and each summed one per audience.

    The audience split is what a team that tags its posts by audience gets; it keeps a million
    observations within the years the readers accept (1990 on) at one value per series and day.
    """
    demo = months[["channel", "audience", "metric"]].drop_duplicates()
    summed = demo[
        (demo["audience"] == "all") & demo["metric"].map(lambda m: aggregations.get(m, "sum") == "sum")
    ]
    split = [summed.assign(audience=audience) for audience in audiences]
    every = pd.concat([demo, *split], ignore_index=True).drop_duplicates()
    return every.sort_values(["channel", "metric", "audience"]).reset_index(drop=True)


def build_big_store(small: Path, path: Path, observations: int) -> dict[str, object]:
    """Copy the demo store and add daily history before it for every demo series, up to `observations` in all.

    Returns what was generated (series, days, first and last day, files, seconds).
    """
    from connectors.readers import read_upload
    from connectors.store import Store
    from metrics.strategy import load_strategy

    copy_store(small, path)
    started = time.perf_counter()
    with Store.open(path) as store:
        months = store.month_values()
        strategy = load_strategy(store.strategy_text() or "")
        specs = strategy.metric_specs()
        aggregations = {metric: spec.aggregation for metric, spec in specs.items()}
        first_month = pd.Timestamp(months["month"].min() + "-01")
        series = history_series(months, aggregations, [audience.id for audience in strategy.audiences])
        already = int(store.uploads()["rows"].sum())
        wanted = max(observations - already, len(series))
        n_days = -(-wanted // len(series))
        days = pd.date_range(end=first_month - pd.Timedelta(days=1), periods=n_days, freq="D")
        if days[0] < FIRST_HISTORY_DAY:
            raise SystemExit(
                f"{observations:,} observations need {n_days:,} days of {len(series)} series, back to "
                f"{days[0].date()}; the readers take dates from {FIRST_HISTORY_DAY.date()} on. Ask for fewer."
            )
        # One file per run of consecutive years, so a file stays around HISTORY_FILE_ROWS rows.
        days_per_file = max(HISTORY_FILE_ROWS // len(series), 31)
        files = 0
        for offset in range(0, n_days, days_per_file):
            chunk = days[offset : offset + days_per_file]
            frame = history_frame(series, aggregations, chunk, seed=offset)
            name = f"history-{chunk[0]:%Y-%m-%d}-{chunk[-1]:%Y-%m-%d}.csv"
            parsed = read_upload(io.BytesIO(frame.to_csv(index=False).encode()), name)
            result = store.ingest(parsed, actor=Actor("page bench", Role.EDITOR))
            if result.status != "stored":
                raise RuntimeError(f"{name}: {result.message}")
            files += 1
    return {
        "series": len(series),
        "days": n_days,
        "first_day": days[0].date(),
        "last_day": days[-1].date(),
        "files": files,
        "generated": n_days * len(series),
        "seconds": time.perf_counter() - started,
    }


def store_observations(path: Path) -> int:
    """Return how many values the store's active uploads hold."""
    from connectors.store import Store

    with Store.open(path) as store:
        uploads = store.uploads()
    return int(uploads.loc[uploads["status"] == "active", "rows"].sum())


# ---------------------------------------------------------------- server time (AppTest)


@contextlib.contextmanager
def store_env(path: Path) -> Iterator[None]:
    """Point GOALPOST_STORE at a store for the duration of a block."""
    before = os.environ.get("GOALPOST_STORE")
    os.environ["GOALPOST_STORE"] = str(path)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("GOALPOST_STORE", None)
        else:
            os.environ["GOALPOST_STORE"] = before


SCRIPT_CLOCK = types.ModuleType("goalpost_bench_clock")
"""Where the timed dashboard (TIMED_DASHBOARD) writes how long each of its runs took, in milliseconds."""
SCRIPT_CLOCK.runs = []
TIMED_DASHBOARD = '''"""The dashboard, timed from inside the script runner for bench/page_bench.py."""
import runpy
import sys
import time

import goalpost_bench_clock as clock

sys.path.insert(0, {root!r})
started = time.perf_counter()
try:
    runpy.run_path({dashboard!r}, run_name="__main__")
finally:
    clock.runs.append((time.perf_counter() - started) * 1000)
'''


def write_timed_dashboard(folder: Path) -> Path:
    """Write the timed dashboard into a folder and make its clock importable; return the script's path."""
    sys.modules[SCRIPT_CLOCK.__name__] = SCRIPT_CLOCK
    script = folder / "timed_dashboard.py"
    script.write_text(TIMED_DASHBOARD.format(root=str(ROOT), dashboard=str(DASHBOARD)), encoding="utf-8")
    return script


def app_for(page: str, script: Path):
    """Return a fresh AppTest session (a new viewer) of the script that opens a page by its url_path."""
    from streamlit.testing.v1 import AppTest
    from streamlit.util import calc_hash

    app = AppTest.from_file(str(script), default_timeout=300)
    if page != "overview":
        app._page_hash = calc_hash(page)  # st.Page knows a callable page by its url_path's hash
    return app


def timed_run(app) -> tuple[float, float]:
    """Run the script once; return milliseconds inside the script runner and for AppTest's whole run.

    Fails on an exception or error box: a page that stops early with a message (a busy store, say) would
    look fast, so it does not count.
    """
    SCRIPT_CLOCK.runs.clear()
    started = time.perf_counter()
    app.run()
    elapsed = (time.perf_counter() - started) * 1000
    if len(app.exception):
        raise RuntimeError(f"the page raised: {app.exception[0].value}")
    if len(app.error):
        raise RuntimeError(f"the page showed an error: {app.error[0].value}")
    return sum(SCRIPT_CLOCK.runs), elapsed


def bare_app_ms() -> float:
    """Return the time of AppTest running a one-line script: the floor every measured run pays."""
    from streamlit.testing.v1 import AppTest

    return timed_run(AppTest.from_string("import streamlit as st\nst.title('Bare')\n", default_timeout=60))[1]


def filter_choices(store: Path) -> dict[str, list[str]]:
    """Return the values each measured filter can take on a store: as-of months, channels, goal ids."""
    from connectors.store import Store
    from metrics.strategy import load_strategy
    from views.context import selectable_months

    with Store.open(store) as opened:
        months = opened.month_values()
        strategy = load_strategy(opened.strategy_text() or "")
    return {
        "shell.as_of": selectable_months(sorted(set(months["month"]), reverse=True), date.today())[1:],
        "channels.channel": sorted(set(months["channel"])),
        "goal.goal": [goal.id for goal in strategy.goals],
    }


FILTERS = (
    ("as-of month (Overview)", "overview", "shell.as_of"),
    ("channel (Channels)", "channels", "channels.channel"),
    ("goal (Goal)", "goal", "goal.goal"),
)


def rotated(names: list[str], attempt: int) -> list[str]:
    """Return the names in a different order each attempt, so no store always runs first (or last)."""
    shift = attempt % len(names)
    return names[shift:] + names[:shift]


def server_times(
    stores: dict[str, Path], repeats: int, script: Path
) -> dict[str, dict[str, tuple[float, float]]]:
    """Return per measurement and store the median milliseconds inside the script runner and of AppTest's
    whole run (and "bare", the AppTest floor).

    The stores' runs are interleaved, so a busy moment on the machine hits every store alike.
    """
    import streamlit as st

    names = list(stores)
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {}

    def record(label: str, name: str, milliseconds: tuple[float, float] | float) -> None:
        pair = milliseconds if isinstance(milliseconds, tuple) else (milliseconds, milliseconds)
        samples.setdefault(label, {}).setdefault(name, []).append(pair)

    for module in (
        "views.overview",
        "views.goal",
        "views.channels",
        "views.audiences",
        "views.strategy_page",
        "views.data_page",
        "plotly.graph_objects",
    ):
        importlib.import_module(module)  # a server imports these once; no store should pay for it
    for name in names:  # opens the store and fills every cache: the first viewer after a server start
        with store_env(stores[name]):
            record("first view after start (cold)", name, timed_run(app_for("overview", script)))
    for attempt in range(max(repeats // 2, 2)):
        for name in rotated(names, attempt):
            st.cache_data.clear()  # what the first viewer after an upload pays
            with store_env(stores[name]):
                record("first view after an upload", name, timed_run(app_for("overview", script)))
    for page in PAGES:
        for name in names:  # this page's caches
            with store_env(stores[name]):
                timed_run(app_for(page, script))
        for attempt in range(repeats):
            record("bare script", "bare", bare_app_ms())
            for name in rotated(names, attempt):
                with store_env(stores[name]):
                    record(f"page view: {page}", name, timed_run(app_for(page, script)))

    # Each change picks a value the session has not shown yet, as a user clicking through would.
    for label, page, key in FILTERS:
        sessions = {}
        values = {}
        for name in names:
            with store_env(stores[name]):
                sessions[name] = app_for(page, script)
                timed_run(sessions[name])
                shown = sessions[name].selectbox(key=key).value
            choices = [v for v in filter_choices(stores[name])[key] if v != shown]
            values[name] = (choices * (repeats // max(len(choices), 1) + 1))[:repeats]
        for attempt in range(repeats):
            for name in rotated(names, attempt):
                with store_env(stores[name]):
                    sessions[name].selectbox(key=key).set_value(values[name][attempt])
                    record(f"filter: {label}", name, timed_run(sessions[name]))
    return {
        label: {
            name: (statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs))
            for name, pairs in by_store.items()
        }
        for label, by_store in samples.items()
    }


# ---------------------------------------------------------------- browser time (Chromium)

BARE_PAGE = '''"""Bare Streamlit page for bench/page_bench.py: {charts} Plotly charts of fixed numbers, no data work."""
import plotly.graph_objects as go
import streamlit as st

st.set_page_config(page_title="Bare", layout="wide")
st.title("Bare page")
for number in range({charts}):
    if number % 2 == 0:
        figure = go.Figure(go.Bar(x=[0.4, 0.7, 0.9, 1.1, 0.2, 0.8, 1.2, 0.5], y=list("ABCDEFGH"), orientation="h"))
    else:
        figure = go.Figure(go.Heatmap(z=[[1, 2, 3, 4]] * 7, text=[["x", "!", "?", "*"]] * 7, texttemplate="%{{text}}"))
    st.plotly_chart(figure, key=f"bare.{{number}}")
'''

CHARTS_DRAWN = """(expected) => {
    const drawn = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
        .filter(chart => chart.querySelector('.js-plotly-plot .main-svg')).length;
    return drawn >= expected ? performance.now() : false;
}"""


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def streamlit_server(script: Path, log: Path, store: Path | None = None) -> Iterator[str]:
    """Serve a script with `streamlit run` on a free port; yield its address; stop it at the end."""
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    if store is not None:
        env["GOALPOST_STORE"] = str(store)
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with open(log, "wb") as output:
        process = subprocess.Popen(
            command, cwd=script.parent, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"streamlit stopped:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{script.name} did not start within 60 s")
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


FIRST_CONTENT = """new MutationObserver((changes, observer) => {
    if (document.querySelector('[data-testid="stMainBlockContainer"] [data-testid="stElementContainer"]')) {
        window.goalpostFirstContent = performance.now();
        observer.disconnect();
    }
}).observe(document, {childList: true, subtree: true});"""


def time_to_charts(context, url: str, charts: int) -> tuple[float, float]:
    """Open a new tab on a page; return milliseconds from navigation until its first element showed and
    until `charts` Plotly charts drew."""
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit")
        handle = page.wait_for_function(CHARTS_DRAWN, arg=charts, polling="raf", timeout=180_000)
        drawn = float(handle.json_value())
        return float(page.evaluate("window.goalpostFirstContent || 0")), drawn
    finally:
        page.close()


def overview_chart_count(context, url: str) -> int:
    """Return how many Plotly charts the Overview shows once it has settled (this view also warms caches)."""
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit")
        page.wait_for_function(CHARTS_DRAWN, arg=1, polling=200, timeout=300_000)
        previous = -1
        while True:  # charts arrive one by one; settled when the count holds for a second and nothing loads
            page.wait_for_timeout(1000)
            count = page.locator('[data-testid="stPlotlyChart"]').count()
            loading = page.locator('[data-testid="stSkeleton"]').count()
            if count == previous and not loading:
                return count
            previous = count
    finally:
        page.close()


def browser_times(
    work: Path, stores: dict[str, Path], repeats: int
) -> tuple[int, dict[str, list[float]], dict[str, float]]:
    """Return the Overview's chart count, per target the times until every chart drew, and first-view times."""
    from playwright.sync_api import sync_playwright

    with contextlib.ExitStack() as servers, sync_playwright() as playwright:
        urls = {
            name: servers.enter_context(streamlit_server(DASHBOARD, work / f"streamlit-{name}.log", store))
            for name, store in stores.items()
        }
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport=VIEWPORT, locale="en-GB")
            context.add_init_script(FIRST_CONTENT)
            first: dict[str, float] = {}
            counts = {}
            for name, url in urls.items():
                started = time.perf_counter()
                counts[name] = overview_chart_count(context, url + "/")
                first[name] = (time.perf_counter() - started) * 1000
            charts = max(counts.values())
            if len(set(counts.values())) != 1:
                print(f"  note: the stores' Overviews show different chart counts: {counts}")
            bare = work / "bare_page.py"
            bare.write_text(BARE_PAGE.format(charts=charts), encoding="utf-8")
            urls["bare"] = servers.enter_context(streamlit_server(bare, work / "streamlit-bare.log"))
            time_to_charts(context, urls["bare"] + "/", charts)  # the bare server's first view
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in urls}
            names = list(urls)
            for attempt in range(repeats):
                for name in names[attempt % len(names) :] + names[: attempt % len(names)]:
                    times[name].append(time_to_charts(context, urls[name] + "/", charts))
            return charts, times, first
        finally:
            browser.close()


# ---------------------------------------------------------------- the report


def quiet_streamlit() -> None:
    """Keep Streamlit's warnings about running outside a server (AppTest, cache clearing) off the report."""
    import streamlit.logger
    from streamlit import config

    config.set_option("logger.level", "error")
    streamlit.logger.set_log_level("ERROR")


def verdict(ok: bool) -> str:
    return "OK" if ok else "OVER"


def print_server_report(times: dict[str, dict[str, tuple[float, float]]], repeats: int) -> None:
    floor = times["bare script"]["bare"][1]
    print(
        f"\nServer time, median ms of {repeats}: the script run inside Streamlit's script runner (the target), "
        f"and AppTest's whole run in this process (an upper limit: it adds its own work, {floor:.0f} ms for a "
        "one-line script)"
    )
    print(f"  {'':36} {'small':>7} {'big':>7} {'big/small':>10}        {'AppTest: small':>14} {'big':>6}")
    for label, by_store in times.items():
        if label == "bare script":
            continue
        (small, small_total), (big, big_total) = by_store["small"], by_store["big"]
        targeted = label.startswith(("page view", "filter"))
        mark = verdict(big < SERVER_TARGET_MS and small < SERVER_TARGET_MS) if targeted else ""
        print(
            f"  {label:36} {small:7.0f} {big:7.0f} {big / small:9.2f}x  {mark:4}  "
            f"{small_total:14.0f} {big_total:6.0f}"
        )
    print(
        f"  target: page views and filter changes under {SERVER_TARGET_MS:.0f} ms on both stores, big/small near 1"
    )


def print_browser_report(
    charts: int, times: dict[str, list[tuple[float, float]]], first: dict[str, float]
) -> None:
    def medians(name: str) -> tuple[float, float]:
        return statistics.median(t[0] for t in times[name]), statistics.median(t[1] for t in times[name])

    bare_content, bare = medians("bare")
    print(
        f"\nBrowser: navigation until all {charts} Plotly charts of the Overview drew (Chromium, median of "
        f"{len(times['bare'])}; in brackets: until the page's first element showed)"
    )
    print(f"  {'bare Streamlit page, same charts':34} {bare:8.0f} ms   1.00x   ({bare_content:.0f} ms)")
    for name in ("small", "big"):
        if name in times:
            content, drawn = medians(name)
            print(
                f"  {'Overview, ' + name + ' store':34} {drawn:8.0f} ms  {drawn / bare:5.2f}x  "
                f"{verdict(drawn / bare <= BROWSER_TARGET_RATIO):4}  ({content:.0f} ms; first view after "
                f"start {first[name]:.0f} ms)"
            )
    print(f"  target: at most {BROWSER_TARGET_RATIO}x the bare page")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 observations and fewer repeats")
    parser.add_argument("--observations", type=int, help="observations in the big store (default 1,000,000)")
    parser.add_argument("--repeats", type=int, help="runs per measurement (default 9, quick 4)")
    parser.add_argument("--no-browser", action="store_true", help="server times only")
    args = parser.parse_args(argv)
    observations = args.observations or (100_000 if args.quick else 1_000_000)
    repeats = args.repeats or (4 if args.quick else 9)

    quiet_streamlit()

    print(
        f"Goalpost page bench, {date.today()}, Python {platform.python_version()}, "
        f"{platform.machine()} {os.cpu_count()} CPUs, {observations:,} observations in the big store"
    )
    with tempfile.TemporaryDirectory(prefix="goalpost-page-bench-") as folder:
        work = Path(folder)
        small, big = work / "small.sqlite3", work / "big.sqlite3"
        started = time.perf_counter()
        build_small_store(small)
        print(
            f"\nsmall store: the demo organisation, {store_observations(small):,} observations "
            f"({time.perf_counter() - started:.1f} s to load)"
        )
        made = build_big_store(small, big, observations)
        print(
            f"big store: the demo plus {made['generated']:,} generated daily values ({made['series']} series x "
            f"{made['days']:,} days, {made['first_day']} to {made['last_day']}, {made['files']} files), "
            f"{store_observations(big):,} observations ({made['seconds']:.1f} s to ingest)"
        )

        script = write_timed_dashboard(work)
        print_server_report(server_times({"small": small, "big": big}, repeats, script), repeats)

        if args.no_browser:
            return 0
        if not Path(CHROMIUM).exists():
            print(f"\nBrowser: skipped, {CHROMIUM} is not installed (make browser)")
            return 0
        charts, times, first = browser_times(work, {"small": small, "big": big}, repeats)
        print_browser_report(charts, times, first)
    return 0


if __name__ == "__main__":
    sys.exit(main())
