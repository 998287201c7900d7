"""Ingest speed and memory against bare pandas.read_csv of the same file, measured in the same run.

    .venv/bin/python bench/ingest_bench.py                 # 1,000,000-row tidy CSV, 100,000-post export
    .venv/bin/python bench/ingest_bench.py --rows 100000   # quicker

Prints, per file: the bare read_csv time, a naive read_csv + DataFrame.to_sql into SQLite, and Goalpost's
ingest (read + store) as ratios to read_csv; peak memory (RSS growth of a fresh process) as a ratio to the
file size; and the time to store a typical monthly file into a store that already holds years of data.
Every measurement that matters for memory runs in its own child process, so one does not inflate another.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from metrics.access import SYSTEM as EDITOR
from metrics.access import Actor, Role

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHANNELS = ["facebook", "instagram", "linkedin", "youtube", "tiktok", "x", "blog", "helpdesk"]
AUDIENCES = ["all", "youth", "partners"]
METRICS = [
    "followers",
    "followers_gained",
    "comments",
    "links",
    "reach",
    "impressions",
    "views",
    "reactions",
    "shares",
    "engagement_rate",
    "support_time",
]
POST_METRICS = {
    "Views": "views",
    "Reach": "reach",
    "Reactions": "reactions",
    "Comments": "comments",
    "Shares": "shares",
    "Link Clicks": "links",
}


# ---------------------------------------------------------------- generated files


def write_tidy_csv(path: Path, rows: int, first_day: str = "2012-01-01", seed: int = 1) -> None:
    """Write a tidy CSV (date,channel,audience,metric,value) of about `rows` rows, one value per series and day."""
    n_series = len(CHANNELS) * len(AUDIENCES) * len(METRICS)
    n_days = -(-rows // n_series)
    position = np.arange(rows)
    series, day = position // n_days, position % n_days
    days = pd.date_range(first_day, periods=n_days, freq="D").strftime("%Y-%m-%d").to_numpy()
    rng = np.random.default_rng(seed)
    frame = pd.DataFrame(
        {
            "date": days[day],
            "channel": np.array(CHANNELS)[series % len(CHANNELS)],
            "audience": np.array(AUDIENCES)[(series // len(CHANNELS)) % len(AUDIENCES)],
            "metric": np.array(METRICS)[(series // (len(CHANNELS) * len(AUDIENCES))) % len(METRICS)],
            "value": np.round(rng.random(rows) * 1000, 2),
        }
    )
    frame.to_csv(path, index=False)


def write_post_export(path: Path, rows: int, seed: int = 2) -> None:
    """Write a Meta Business Suite post export: UTF-8 BOM, one row per post, captions with line breaks."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2022-01-01")
    minutes = np.sort(rng.integers(0, 3 * 365 * 24 * 60, rows))
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(
            [
                "Post ID",
                "Page ID",
                "Page name",
                "Title",
                "Description",
                "Duration (sec)",
                "Publish time",
                "Caption type",
                "Permalink",
                "Is crosspost",
                "Is share",
                "Post type",
                "Languages",
                "Custom labels",
                "Funded content status",
                "Data comment",
                "Date",
                "Views",
                "Reach",
                "Reactions, Comments and Shares",
                "Reactions",
                "Comments",
                "Shares",
                "Total clicks",
                "Link Clicks",
                "Other Clicks",
                "Matched Audience Targeting Consumption (Photo Click)",
            ]
        )
        views = rng.integers(50, 50_000, rows)
        reactions = rng.integers(0, 900, rows)
        comments = rng.integers(0, 120, rows)
        shares = rng.integers(0, 60, rows)
        links = rng.integers(0, 300, rows)
        for i in range(rows):
            published = start + pd.Timedelta(minutes=int(minutes[i]))
            writer.writerow(
                [
                    f"12215{i:010d}",
                    "102938475610293",
                    "Nordisk Kommune",
                    "",
                    f"Post {i}: news from the town hall.\nRead more on our site, «tema» #{i % 97}",
                    "",
                    published.strftime("%m/%d/%Y %H:%M"),
                    "",
                    f"https://www.facebook.com/102938475610293/posts/{i}",
                    "No",
                    "No",
                    "Photos",
                    "",
                    "",
                    "",
                    "",
                    "Lifetime",
                    views[i],
                    int(views[i] * 0.7),
                    reactions[i] + comments[i] + shares[i],
                    reactions[i],
                    comments[i],
                    shares[i],
                    links[i] + 3,
                    "" if i % 5 == 0 else links[i],
                    3,
                    "",
                ]
            )


# ---------------------------------------------------------------- reading (readers when present)


def readers_available() -> bool:
    """Return True when connectors.readers.read_upload exists (then the bench reads through it)."""
    try:
        from connectors.readers import read_upload  # noqa: F401
    except ImportError:
        return False
    return True


def parse_file(kind: str, path: Path, reader: str):
    """Return a ParsedUpload for a generated file, through read_upload or the pandas stand-in."""
    if reader == "readers":
        from connectors.readers import read_upload

        with open(path, "rb") as handle:
            channel = "facebook" if kind == "posts" else None
            return read_upload(handle, path.name, channel=channel)
    from connectors.store import ParsedUpload

    content = path.read_bytes()
    if kind == "tidy":
        frame = pd.read_csv(
            io.BytesIO(content),
            dtype={"channel": "category", "audience": "category", "metric": "category", "value": "float64"},
            parse_dates=["date"],
            date_format="%Y-%m-%d",
        )
        channel = None
    else:
        raw = pd.read_csv(io.BytesIO(content), encoding="utf-8-sig", usecols=["Publish time", *POST_METRICS])
        day = pd.to_datetime(raw["Publish time"], format="%m/%d/%Y %H:%M").dt.normalize()
        daily = raw.drop(columns="Publish time").groupby(day).sum(min_count=1)
        daily.index.name = "date"
        frame = (
            daily.rename(columns=POST_METRICS)
            .reset_index()
            .melt(id_vars="date", var_name="metric", value_name="value")
            .dropna(subset=["value"])
        )
        frame["channel"], frame["audience"] = "facebook", "all"
        frame = frame[["date", "channel", "audience", "metric", "value"]]
        channel = "facebook"
    return ParsedUpload(
        file_name=path.name,
        preset=kind,
        preset_label=f"bench {kind}",
        observations=frame,
        channel=channel,
        audience="all",
        period_start=frame["date"].min().date(),
        period_end=frame["date"].max().date(),
        row_count=len(frame),
        metrics=sorted(frame["metric"].astype(str).unique()),
        content=content,
    )


# ---------------------------------------------------------------- child process measurements


def reset_peak_rss() -> bool:
    """Reset this process's peak-memory mark (Linux); return False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def rss_bytes(field: str) -> int | None:
    """Return VmRSS (now) or VmHWM (peak since the last reset) of this process in bytes, where known."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def peak_rss_bytes() -> int:
    """Return this process's peak resident memory in bytes (since the last reset where supported)."""
    peak = rss_bytes("VmHWM")
    if peak is not None:
        return peak
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss if sys.platform == "darwin" else maxrss * 1024


def child(task: str, kind: str, path: Path, store: Path, reader: str) -> dict:
    """Run one measurement in this (fresh) process and return its numbers."""
    from connectors.store import Store

    if task == "ingest" and reader == "readers":
        import connectors.readers  # noqa: F401  (the readers' imports are no part of one file's memory)

    # Peak growth over the memory in use before the work: imports and interpreter do not count.
    before = rss_bytes("VmRSS") if reset_peak_rss() else None
    before = before if before is not None else peak_rss_bytes()
    started = time.perf_counter()
    if task == "read_csv":
        frame = pd.read_csv(path, encoding="utf-8-sig" if kind == "posts" else None)
        result = {"seconds": time.perf_counter() - started, "rows": len(frame)}
    elif task == "to_sql":
        import sqlite3

        frame = pd.read_csv(path, encoding="utf-8-sig" if kind == "posts" else None)
        with sqlite3.connect(store) as connection:
            frame.to_sql("observations", connection, index=False)
        result = {"seconds": time.perf_counter() - started, "rows": len(frame)}
    elif task == "to_sql_sqlalchemy":
        from sqlalchemy import create_engine

        frame = pd.read_csv(path, encoding="utf-8-sig" if kind == "posts" else None)
        engine = create_engine(f"sqlite:///{store}")
        frame.to_sql("observations", engine, index=False)
        engine.dispose()
        result = {"seconds": time.perf_counter() - started, "rows": len(frame)}
    else:
        parsed = parse_file(kind, path, reader)
        read_done = time.perf_counter()
        read_peak = peak_rss_bytes() - before
        # What storing adds on top of what reading holds (the parsed upload stays in memory meanwhile).
        held = rss_bytes("VmRSS") if reset_peak_rss() else None
        held = held if held is not None else peak_rss_bytes()
        with Store.open(store) as goalpost:
            outcome = goalpost.ingest(parsed, actor=Actor("bench", Role.EDITOR))
        assert outcome.status == "stored", outcome.message
        return {
            "seconds": time.perf_counter() - started,
            "read_seconds": read_done - started,
            "store_seconds": time.perf_counter() - read_done,
            "rows": outcome.rows,
            "restated": outcome.restated_count,
            "read_peak_bytes": read_peak,
            "store_peak_bytes": peak_rss_bytes() - held,
            "peak_growth_bytes": max(read_peak, held - before + peak_rss_bytes() - held),
        }
    result["peak_growth_bytes"] = peak_rss_bytes() - before
    return result


def run_child(task: str, kind: str, path: Path, store: Path, reader: str) -> dict:
    """Return the numbers of one measurement run in a fresh Python process."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", task, kind, str(path), str(store), reader],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


# ---------------------------------------------------------------- the report


def measure_file(kind: str, path: Path, work: Path, reader: str, repeats: int) -> dict:
    """Return baseline, naive and Goalpost numbers for one file."""
    size = path.stat().st_size
    baseline = min(
        (run_child("read_csv", kind, path, work / "none", reader) for _ in range(repeats)),
        key=lambda r: r["seconds"],
    )
    baseline["peak_growth_bytes"] = max(  # memory is not noisy like time: report the worst run
        run_child("read_csv", kind, path, work / "none", reader)["peak_growth_bytes"],
        baseline["peak_growth_bytes"],
    )
    naive = run_child("to_sql", kind, path, work / f"naive-{kind}.sqlite3", reader)
    naive_sqlalchemy = run_child("to_sql_sqlalchemy", kind, path, work / f"naive-sa-{kind}.sqlite3", reader)
    ingests = []
    for attempt in range(repeats):
        store = work / f"goalpost-{kind}-{attempt}.sqlite3"
        ingests.append(run_child("ingest", kind, path, store, reader))
    ingest = min(ingests, key=lambda r: r["seconds"])
    restate = None
    if kind == "tidy":
        # The same keys with other values, into a store that already holds the first file.
        changed = work / "tidy-changed.csv"
        write_tidy_csv(changed, ingest["rows"], seed=3)
        restate = run_child("ingest", kind, changed, work / "goalpost-tidy-0.sqlite3", reader)
    return {
        "kind": kind,
        "size": size,
        "baseline": baseline,
        "naive": naive,
        "naive_sqlalchemy": naive_sqlalchemy,
        "ingest": ingest,
        "restate": restate,
    }


def print_file_report(numbers: dict) -> None:
    base, ingest, size = numbers["baseline"], numbers["ingest"], numbers["size"]
    print(f"\n{numbers['kind']}: {base['rows']:,} rows, {size / 1e6:.1f} MB")
    print(
        f"  pandas.read_csv              {base['seconds']:7.2f} s   1.0x   peak memory "
        f"{base['peak_growth_bytes'] / size:4.1f}x file"
    )
    for label, naive in (("sqlite3", numbers["naive"]), ("SQLAlchemy", numbers["naive_sqlalchemy"])):
        print(
            f"  read_csv + to_sql ({label:10}) {naive['seconds']:6.2f} s  {naive['seconds'] / base['seconds']:4.1f}x   "
            f"peak memory {naive['peak_growth_bytes'] / size:4.1f}x file"
        )
    print(
        f"  Goalpost ingest (read+store) {ingest['seconds']:7.2f} s  {ingest['seconds'] / base['seconds']:4.1f}x   "
        f"peak memory {ingest['peak_growth_bytes'] / size:4.1f}x file   "
        f"({ingest['rows']:,} values)"
    )
    print(
        f"    of which reading           {ingest['read_seconds']:7.2f} s  {ingest['read_seconds'] / base['seconds']:4.1f}x   "
        f"peak memory {ingest['read_peak_bytes'] / size:4.1f}x file"
    )
    print(
        f"    of which storing           {ingest['store_seconds']:7.2f} s  {ingest['store_seconds'] / base['seconds']:4.1f}x   "
        f"peak memory {ingest['store_peak_bytes'] / size:4.1f}x file on top of the parsed upload"
    )
    restate = numbers.get("restate")
    if restate:
        print(
            f"  Goalpost re-ingest, changed  {restate['seconds']:7.2f} s  {restate['seconds'] / base['seconds']:4.1f}x   "
            f"peak memory {restate['peak_growth_bytes'] / size:4.1f}x file   ({restate['restated']:,} values restated; "
            f"storing {restate['store_seconds']:.2f} s, {restate['store_peak_bytes'] / size:.1f}x file)"
        )
    time_ratio = ingest["seconds"] / base["seconds"]
    memory_ratio = ingest["peak_growth_bytes"] / size
    print(
        f"  target time at most 10x read_csv: {'OK' if time_ratio <= 10 else 'OVER'} ({time_ratio:.1f}x); "
        f"peak memory under 4x the file: {'OK' if memory_ratio < 4 else 'OVER'} ({memory_ratio:.1f}x: reading "
        f"{ingest['read_peak_bytes'] / size:.1f}x, storing adds {ingest['store_peak_bytes'] / size:.1f}x)"
    )


def measure_monthly(work: Path, monthly_rows: int) -> None:
    """Print the time to store, restate and undo a typical monthly file in a store holding years of data."""
    from connectors.store import Store

    history = work / "history.csv"
    write_tidy_csv(history, 264 * 365 * 3, first_day="2021-01-01")  # three years of daily values
    store_path = work / "monthly.sqlite3"
    with Store.open(store_path) as store:
        store.ingest(parse_file("tidy", history, "pandas"), actor=Actor("bench", Role.EDITOR))
        month = work / "monthly.csv"
        write_tidy_csv(month, monthly_rows, first_day="2024-01-01", seed=7)
        parsed = parse_file("tidy", month, "pandas")
        started = time.perf_counter()
        stored = store.ingest(parsed, actor=Actor("bench", Role.EDITOR))
        store_seconds = time.perf_counter() - started
        changed = work / "monthly-restated.csv"
        write_tidy_csv(changed, monthly_rows, first_day="2024-01-01", seed=8)
        started = time.perf_counter()
        restated = store.ingest(parse_file("tidy", changed, "pandas"), actor=Actor("bench", Role.EDITOR))
        restate_seconds = time.perf_counter() - started
        started = time.perf_counter()
        store.undo(restated.upload_id, actor=EDITOR)
        undo_seconds = time.perf_counter() - started
        started = time.perf_counter()
        months = store.month_values()
        read_seconds = time.perf_counter() - started
    print(f"\ntypical monthly file: {stored.rows:,} values into a store holding 3 years of daily values")
    print(f"  store a new month            {store_seconds:7.3f} s")
    print(
        f"  store a changed file         {restate_seconds:7.3f} s   ({restated.restated_count:,} values restated)"
    )
    print(f"  undo it                      {undo_seconds:7.3f} s")
    print(f"  month_values() for a page    {read_seconds:7.3f} s   ({len(months):,} month values)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the tidy CSV")
    parser.add_argument("--posts", type=int, default=100_000, help="rows (posts) of the post export")
    parser.add_argument("--monthly-rows", type=int, default=3_000, help="rows of the typical monthly file")
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="runs of read_csv and of Goalpost ingest (the fastest of each is compared)",
    )
    parser.add_argument(
        "--reader",
        choices=("auto", "readers", "pandas"),
        default="auto",
        help="read through connectors.readers.read_upload or the pandas stand-in",
    )
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        task, kind, path, store, reader = args.child
        print(json.dumps(child(task, kind, Path(path), Path(store), reader)))
        return 0

    reader = args.reader
    if reader == "auto":
        reader = "readers" if readers_available() else "pandas"
    print(
        f"Goalpost ingest bench, {date.today()}, Python {platform.python_version()}, pandas {pd.__version__}, "
        f"{platform.machine()} {os.cpu_count()} CPUs; reading through "
        f"{'connectors.readers.read_upload' if reader == 'readers' else 'a pandas stand-in (no readers yet)'}"
    )
    with tempfile.TemporaryDirectory(prefix="goalpost-bench-") as folder:
        work = Path(folder)
        tidy = work / "tidy.csv"
        write_tidy_csv(tidy, args.rows)
        print_file_report(measure_file("tidy", tidy, work, reader, args.repeats))
        posts = work / "Jan-01-2022_Dec-31-2024_102938475610293.csv"
        write_post_export(posts, args.posts)
        print_file_report(measure_file("posts", posts, work, reader, args.repeats))
        measure_monthly(work, args.monthly_rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
