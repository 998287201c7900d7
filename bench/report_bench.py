"""Report time: the sample organisation's monthly report (October 2026), against baselines of the same run.

- baseline: one Chromium started and closed, printing a one-line page to PDF (the fixed cost of a browser);
- the facts read from the store, the document laid out, the PDF printed, every chart as PNG in one browser;
- the whole report as `cli.py report --format pdf` makes it (facts, document, PDF), target under 10 s;
- with --per-chart: each chart as PNG in a browser of its own, the way this issue asks not to do it.

Best of --repeats, wall and CPU seconds (CPU: this process plus the browsers it started and closed; on the
shared machine CPU seconds are the steadier figure, and the load average is printed beside them).

Usage: .venv/bin/python bench/report_bench.py [--repeats 3] [--per-chart]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import reporting  # noqa: E402
from connectors import report_render  # noqa: E402
from connectors.report_data import report_inputs  # noqa: E402
from connectors.store import Store  # noqa: E402
from views.report import build_report  # noqa: E402

MONTH = "2026-10"
TARGET_S = 10.0
BLANK = "<html><body data-charts-drawn='yes'>Goalpost</body></html>"


def cpu_seconds() -> float:
    """Return the CPU seconds used so far by this process and its finished children (Chromium, its helpers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(repeats: int, work) -> tuple[tuple[float, float], object]:
    """Return the fastest (wall, CPU) seconds of `repeats` runs of work(), and the last result."""
    times, result = [], None
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), cpu_seconds()
        result = work()
        times.append((time.perf_counter() - start, cpu_seconds() - start_cpu))
    return min(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--per-chart", action="store_true", help="also time one browser per chart")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="goalpost-report-bench-"))
    try:
        shutil.copy(ROOT / "sample_data" / "demo.goalpost-store", folder / "demo.sqlite3")
        store = Store.open(str(folder / "demo.sqlite3"))
        rows = []
        baseline, _ = best(args.repeats, lambda: report_render.render(BLANK))
        rows.append(("baseline: a browser prints one line", baseline))
        facts, inputs = best(args.repeats, lambda: report_inputs(store, MONTH))
        rows.append(("read the facts from the store", facts))
        layout, document = best(args.repeats, lambda: build_report(inputs, "en", decisions=[]))
        rows.append(("lay out the document (13 charts)", layout))
        printed, pdf = best(args.repeats, lambda: reporting.report_pdf(document))
        rows.append(("print it to PDF", printed))
        pngs, _ = best(args.repeats, lambda: reporting.chart_pngs(document))
        rows.append(("every chart as PNG, one browser", pngs))
        if args.per_chart:
            figures = [c.figure for c in document.charts]
            per_chart, _ = best(1, lambda: [report_render.render(None, [f]) for f in figures])
            rows.append(("every chart as PNG, a browser each", per_chart))

        def whole_report():
            _, made = reporting.monthly_report(store, MONTH, decisions=[])
            return reporting.report_pdf(made)

        total, _ = best(args.repeats, whole_report)
        rows.append(("the whole report (cli.py report)", total))
        store.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"CPython {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; best of {args.repeats}")
    print(f"sample organisation, {MONTH}: {len(document.charts)} charts, PDF {len(pdf) / 1e3:.0f} kB")
    print(f"{'':38} wall s   CPU s   wall as a ratio to the baseline")
    for label, (wall, cpu) in rows:
        print(f"{label:38} {wall:6.2f}  {cpu:6.2f}   {wall / baseline[0]:5.2f}×")
    verdict = "met" if total[0] < TARGET_S else "NOT met"
    print(f"whole report {total[0]:.2f} s wall against the target of {TARGET_S:.0f} s: {verdict}")
    return 0 if total[0] < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
