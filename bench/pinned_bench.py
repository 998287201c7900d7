"""How much longer the numbers of a pinned version take than today's, on the demo organisation's store.

    .venv/bin/python bench/pinned_bench.py            # the demo store, pinned at its latest ledger point
    .venv/bin/python bench/pinned_bench.py --repeat 5

Today's month values come from the monthly table; a pinned version's are computed from the kept observations
of the uploads that counted at its ledger point. Prints seconds (best of the repeats) and the ratio to
today's read of the same kind, measured in the same run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from connectors.sample import DEMO, DEMO_STORE_FILE  # noqa: E402
from connectors.store import Store  # noqa: E402
from metrics.progress import strategy_month_series  # noqa: E402
from metrics.strategy import load_strategy  # noqa: E402


def best(work, repeat: int) -> float:
    """Return the best wall time of `repeat` runs of work(), in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite3") as store:
        store.import_store_file(DEMO_STORE_FILE, actor=DEMO)
        strategy = load_strategy(store.strategy_text())
        point = store.ledger_point()
        pinned = store.at_ledger_point(point)
        rows = [
            ("month values", lambda: store.month_values(), lambda: store.month_values(as_of_ledger=point)),
            (
                "every goal's month series",
                lambda: strategy_month_series(strategy, store),
                lambda: strategy_month_series(strategy, pinned),
            ),
        ]
        for name, today, then in rows:
            base, measured = best(today, repeat), best(then, repeat)
            print(f"{name:28} today {base:6.3f} s   pinned {measured:6.3f} s   ratio {measured / base:5.1f}")


if __name__ == "__main__":
    main()
