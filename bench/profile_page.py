"""Where the server time of a page view goes: cProfile of page views on warm caches, each a new session.

    .venv/bin/python bench/profile_page.py                 # the Overview, 10 views, top 40 by own time
    .venv/bin/python bench/profile_page.py goal --views 5 --sort cumulative
    .venv/bin/python bench/profile_page.py --plain --views 15  # no profiler: median script time

Copies the demo store (sample_data/demo.goalpost-store) to a temporary folder, opens the page once to fill
the caches (as a running server has them), then profiles the given number of page views (with --after-upload each after a new upload, as under load) through Streamlit's
AppTest, inside the script runner's thread (the profiler runs in the script, around dashboard.py), and
prints the functions that took the most time. Times are those of a profiled run (slower than a plain run):
compare the shares, not the milliseconds, with bench/page_bench.py's figures.
"""

from __future__ import annotations

import argparse
import os
import pstats
import statistics
import sys
import tempfile
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PROFILER = types.ModuleType("goalpost_bench_profiler")
PROFILER.enabled = False
PROFILER.profiles = []
PROFILER.times = []
PROFILED_DASHBOARD = '''"""The dashboard under cProfile, for bench/profile_page.py."""
import cProfile
import runpy
import sys
import time

import goalpost_bench_profiler as profiler

sys.path.insert(0, {root!r})
profile = cProfile.Profile() if profiler.enabled == "profile" else None
started = time.perf_counter()
if profile is not None:
    profile.enable()
try:
    runpy.run_path({dashboard!r}, run_name="__main__")
finally:
    if profile is not None:
        profile.disable()
        profiler.profiles.append(profile)
    elif profiler.enabled:
        profiler.times.append((time.perf_counter() - started) * 1000)
'''


def main() -> None:
    """Profile page views of one page on the demo store and print where the time went."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default="overview", help="the page's url_path (default overview)")
    parser.add_argument("--views", type=int, default=10, help="page views profiled (default 10)")
    parser.add_argument("--sort", default="tottime", help="pstats sort key: tottime or cumulative")
    parser.add_argument("--top", type=int, default=40, help="functions printed (default 40)")
    parser.add_argument("--callers", help="also print who called the functions matching this pattern")
    parser.add_argument(
        "--after-upload",
        action="store_true",
        help="store a new upload before each profiled view, as bench/load_bench.py's editor does (cold caches)",
    )
    parser.add_argument(
        "--plain", action="store_true", help="no profiler: print the median script time of the views (ms)"
    )
    options = parser.parse_args()

    from streamlit.testing.v1 import AppTest
    from streamlit.util import calc_hash

    sys.modules[PROFILER.__name__] = PROFILER
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "goalpost.sqlite3"
        store.write_bytes((ROOT / "sample_data" / "demo.goalpost-store").read_bytes())
        os.environ["GOALPOST_STORE"] = str(store)
        script = Path(folder) / "profiled_dashboard.py"
        script.write_text(
            PROFILED_DASHBOARD.format(root=str(ROOT), dashboard=str(ROOT / "dashboard.py")), encoding="utf-8"
        )

        def view() -> None:
            app = AppTest.from_file(str(script), default_timeout=300)
            if options.page != "overview":
                app._page_hash = calc_hash(options.page)
            app.run()
            if len(app.exception):
                raise RuntimeError(app.exception[0].value)

        view()
        view()  # caches warm, the visit of "this computer" recorded
        PROFILER.enabled = "plain" if options.plain else "profile"
        for number in range(options.views):
            if options.after_upload:
                PROFILER.enabled, mode = False, PROFILER.enabled
                store_upload(str(store), number + 1)
                PROFILER.enabled = mode
            view()
        if options.plain:
            times = sorted(PROFILER.times)
            print(
                f"{options.page}: median {statistics.median(times):.0f} ms of {len(times)} page views", end=""
            )
            print(
                f" (fastest {times[0]:.0f} ms, slowest {times[-1]:.0f} ms), each a new session,",
                "each after a new upload" if options.after_upload else "caches warm",
            )
            return
        stats = pstats.Stats(*PROFILER.profiles)
        total = sum(p.getstats() and 1 for p in PROFILER.profiles)
        print(f"{options.page}: {total} page views profiled; times are sums over all of them")
        stats.strip_dirs().sort_stats(options.sort).print_stats(options.top)
        if options.callers:
            stats.print_callers(options.callers)


def store_upload(location: str, number: int) -> None:
    """Store load_bench's tidy upload `number` through the library, as the Data page does."""
    import io

    from bench.load_bench import EDITOR, tidy_upload
    from connectors.readers import read_upload
    from connectors.store import Store

    with Store.open(location) as opened:
        opened.ingest(read_upload(io.BytesIO(tidy_upload(number)), f"tracker-{number}.csv"), actor=EDITOR)


if __name__ == "__main__":
    main()
