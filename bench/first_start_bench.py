"""First start: how long until the demo organisation is ready on a fresh clone, against baselines of the same run.

Each measurement runs in a fresh Python process on a new, empty store file (as a fresh clone has):

- baseline: the dashboard's first page on a store that already holds the demo (AppTest, no loading);
- first start: the dashboard's first page on an empty store, demo loaded (AppTest; the stored demo is copied);
- first start without the stored demo (it is out of date): every export read, then stored in one transaction;
- the loading before this issue: the strategy, then each export stored in its own transaction.

Usage: .venv/bin/python bench/first_start_bench.py [--repeats 3] [--skip-old]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 10.0

FIRST_PAGE = """
import time, os
start = time.perf_counter()
from streamlit.testing.v1 import AppTest
at = AppTest.from_file({dashboard!r}, default_timeout=600).run()
assert not at.exception, at.exception
from connectors.store.store import Store
with Store.open(os.environ["GOALPOST_STORE"]) as store:
    uploads = len(store.uploads())
print(json.dumps({{"seconds": time.perf_counter() - start, "uploads": uploads}}))
"""

LOADING = """
import time
start = time.perf_counter()
import connectors.sample as sample
from connectors.store.store import Store
if {read!r}:
    sample.stored_demo_is_current = lambda: False
with Store.open({store!r}) as store:
    if {old!r}:
        store.save_strategy(sample.sample_strategy_text(), actor=sample.DEMO, note="Demo organisation")
        sample.load_sample(store)
    else:
        sample.load_demo(store)
    uploads = len(store.uploads())
print(json.dumps({{"seconds": time.perf_counter() - start, "uploads": uploads}}))
"""


def run(code: str, store: Path) -> dict:
    """Return the JSON a fresh Python process printed after running the code with GOALPOST_STORE=store."""
    env = {**os.environ, "GOALPOST_STORE": str(store), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, env=env, cwd=ROOT
    )
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def best(label: str, code_of, repeats: int) -> dict:
    """Return the fastest of `repeats` runs, each on a new store made by code_of(store path) -> code."""
    results = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as folder:
            store = Path(folder) / "goalpost.sqlite3"
            code, prepare = code_of(store)
            if prepare:
                prepare(store)
            results.append(run(code, store))
    fastest = min(results, key=lambda r: r["seconds"])
    print(f"  {label:<58} {fastest['seconds']:6.2f} s   ({fastest['uploads']} uploads)", flush=True)
    return fastest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--skip-old", action="store_true", help="leave out the slow loading of before")
    args = parser.parse_args()
    dashboard = str(ROOT / "dashboard.py")

    def loaded(store: Path) -> None:
        run(LOADING.format(store=str(store), read=False, old=False), store)

    print("First start (fastest of each):")
    base = best(
        "baseline: first page, demo already in the store",
        lambda s: (FIRST_PAGE.format(dashboard=dashboard), loaded),
        args.repeats,
    )
    first = best(
        "first page on an empty store (stored demo copied)",
        lambda s: (FIRST_PAGE.format(dashboard=dashboard), None),
        args.repeats,
    )
    read = best(
        "loading without the stored demo (read, one transaction)",
        lambda s: (LOADING.format(store=str(s), read=True, old=False), None),
        1,
    )
    copied = best(
        "loading with the stored demo (copied, one transaction)",
        lambda s: (LOADING.format(store=str(s), read=False, old=False), None),
        args.repeats,
    )
    rows = [
        ("first page on an empty store", first),
        ("loading, stored demo copied", copied),
        ("loading, exports read", read),
    ]
    if not args.skip_old:
        old = best(
            "loading before issue 11 (a transaction per file)",
            lambda s: (LOADING.format(store=str(s), read=False, old=True), None),
            1,
        )
        rows.append(("loading before issue 11", old))
    print(f"\nAs a ratio to the baseline ({base['seconds']:.2f} s, the first page without loading):")
    for label, result in rows:
        print(f"  {label:<40} {result['seconds'] / base['seconds']:6.2f}x")
    verdict = "within" if first["seconds"] < TARGET_S else "over"
    print(
        f"\nDemo ready on a fresh clone: first page in {first['seconds']:.2f} s ({verdict} the {TARGET_S:.0f} s "
        f"target); the loading itself {copied['seconds']:.2f} s, Python's imports included."
    )


if __name__ == "__main__":
    main()
