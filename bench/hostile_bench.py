"""Hostile input and damaged stores (issue 13): replay a hostile file of every kind, then measure the limits.

    .venv/bin/python bench/hostile_bench.py            # every case, then the measurements
    .venv/bin/python bench/hostile_bench.py --cases    # only the cases (a few seconds)

Part 1 replays one hostile input of every kind the issue names and prints whether it held: the expected
plain refusal (a GoalpostError naming the limit) or the correct result, and nothing else. Its time
includes building the hostile file; "[refused in ...]" is the read alone. It ends with "N of M held" and
exits 1 when one did not.

Part 2 measures, each in a fresh Python process (so one measurement cannot inflate another), wall and
CPU time (ratios are of CPU time, which a busy machine inflates less) and peak memory (growth of VmHWM, reset before the work, over what the process held after its imports) of:
the worst workbooks the reading limits let through and the hostile ones they refuse, against a baseline
of openpyxl reading the largest allowed workbook bare; a CSV of a million distinct channel names against
a bare pandas.read_csv of it; progress of the largest allowed strategy against a 10-goal one; and SQLite's
quick_check and integrity_check on a store of a million values against reading its file once.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import hostile_files as hostile  # noqa: E402
from actors import EDITOR  # noqa: E402
from ingest_bench import peak_rss_bytes, reset_peak_rss, write_tidy_csv  # noqa: E402

MB = 1_048_576


# ---------------------------------------------------------------- part 1: one hostile input of every kind


def refused(content: bytes, name: str, *words: str, **options) -> str:
    """Return the refusal of an upload and its time; fail unless it is a GoalpostError with one of these words."""
    from connectors.readers import read_upload
    from metrics.errors import GoalpostError

    started = time.perf_counter()
    try:
        read_upload(io.BytesIO(content), name, **options)
    except GoalpostError as err:
        text = str(err)
        assert any(w in text for w in words), text
        return f"[refused in {time.perf_counter() - started:.2f} s] {text}"
    raise AssertionError("read without a word")


def strategy_refused(text: str, *words: str) -> str:
    from metrics.errors import StrategyError
    from metrics.strategy import load_strategy

    try:
        load_strategy(text, "strategy.yaml")
    except StrategyError as err:
        message = str(err)
        assert all(w in message for w in words), message
        return message.splitlines()[1]
    raise AssertionError("accepted without a word")


def store_with_uploads(path: Path) -> None:
    from test_store_damage import filled_store

    filled_store(path)


def case_damaged_store(work: Path) -> str:
    from test_store_damage import overwrite_middle
    from test_store_faults import parsed

    from connectors.store import Store
    from metrics.errors import StoreError

    path = work / "damaged.sqlite3"
    store_with_uploads(path)
    overwrite_middle(path, 0)
    with Store.open(path) as store:
        assert not store.health().ok
        for attempt in (
            lambda: store.ingest(parsed([("2024-01-05", "x", "all", "comments", 1.0)]), actor=EDITOR),
            lambda: store.undo(1, actor=EDITOR),
        ):
            try:
                attempt()
            except StoreError as err:
                assert "python cli.py restore" in str(err)
            else:
                raise AssertionError("written to a damaged store")
    return "ingest and undo refused: " + store.health().first_problem


def case_backup_during_ingest(work: Path) -> str:
    from test_store_faults import assert_consistent, start_child

    from connectors.store import backup_store, restore_store

    path = work / "live.sqlite3"
    store_with_uploads(path)
    child = start_child(path, seed=3, rows=200_000, wait_for_go=True)
    child.stdin.write("go\n")
    child.stdin.flush()
    backup = backup_store(path, work / "nightly.sqlite3")
    child.communicate(timeout=300)
    restore_store(path, backup.path)
    assert_consistent(path)
    return f"backup of {backup.uploads} uploads taken mid-ingest, restored, integrity ok, old kept"


def case_read_only_folder(work: Path) -> str:
    from connectors.store import Store

    folder = work / "read-only"
    store_with_uploads(folder / "store.sqlite3")
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(folder)]).returncode:
            return "skipped (root without chattr)"
    else:
        folder.chmod(0o555)
    try:
        with Store.open(folder / "store.sqlite3") as store:
            return f"read {len(store.month_values())} month values from a read-only folder"
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def case_overflow(work: Path) -> str:
    from connectors.readers import read_upload
    from connectors.store import Store
    from metrics.errors import UploadError

    rows = [("2025-01-01", "blog", "", "comments", 1.7e308), ("2025-01-02", "blog", "", "comments", 1.7e308)]
    parsed = read_upload(io.BytesIO(hostile.tidy_csv(rows)), "huge.csv")
    with Store.open(work / "overflow.sqlite3") as store:
        try:
            store.ingest(parsed, actor=EDITOR)
        except UploadError as err:
            assert store.uploads().empty
            return str(err)
    raise AssertionError("stored")


def case_damaged_files() -> str:
    """Replay the corpus of damages and 300 fresh random ones; count outcomes other than a GoalpostError."""
    from connectors.readers import read_upload
    from metrics.errors import GoalpostError

    samples = sorted(
        p for p in (ROOT / "tests/files/presets").iterdir() if p.suffix in (".csv", ".xlsx", ".xls")
    )
    damaged = []
    for line in (ROOT / "tests/files/damaged/corpus.jsonl").read_text().splitlines():
        name, kind, changes, _ = json.loads(line)
        data = bytearray((ROOT / "tests/files/presets" / name).read_bytes())
        data = data[: changes[0]] if kind == "truncate" else data
        for at, value in changes if kind != "truncate" else []:
            data[at] = data[at] ^ value if kind == "flip" else value
        damaged.append((name, bytes(data)))
    rng = random.Random(13)
    for _ in range(300):
        sample = rng.choice(samples)
        data = bytearray(sample.read_bytes())
        if rng.random() < 0.3:
            data = data[: rng.randrange(1, len(data))]
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        damaged.append((sample.name, bytes(data)))
    unexpected = []
    for name, data in damaged:
        try:
            read_upload(io.BytesIO(data), name, channel="x")
        except GoalpostError:
            pass
        except Exception as err:  # the bench counts what the tests forbid
            unexpected.append(f"{name}: {type(err).__name__}")
    assert not unexpected, unexpected[:5]
    return f"{len(damaged)} damaged files, every one a result or a plain message"


def cases(work: Path) -> list[tuple[str, callable]]:
    """Return (kind, replay) for one hostile input of every kind in the issue."""
    from connectors.readers.limits import MAX_SERIES_PER_UPLOAD, MAX_SHEET_ELEMENTS, MAX_WORKBOOK_CELLS
    from metrics.strategy import MAX_ITEMS, MAX_YAML_DEPTH

    channels = "\n".join(f"2025-01-01,c{i},,comments,1" for i in range(MAX_SERIES_PER_UPLOAD + 1))
    big_csv = work / "150mb.csv"
    return [
        ("XLSX expanding to 300 MB", lambda: refused(hostile.xlsx_expanding(285), "big.xlsx", "100 MB")),
        (
            "3.5 MB XLSX of a million cells",
            lambda: refused(
                hostile.xlsx_grid(100_000, 10), "grid.xlsx", f"{MAX_SHEET_ELEMENTS:,}", channel="x"
            ),
        ),
        (
            "XLSX over the cell budget",
            lambda: refused(
                hostile.xlsx_grid(11_000, 10),
                "wide.xlsx",
                f"{MAX_WORKBOOK_CELLS:,} cells",
                channel="x",
            ),
        ),
        (
            "XLSX with a row at 1,000,000",
            lambda: refused(hostile.xlsx_far_row(1_000_000), "far.xlsx", "cells", channel="x"),
        ),
        (
            "XLSX with 250,000 shared texts",
            lambda: refused(hostile.xlsx_shared_strings(250_000), "texts.xlsx", "XML elements", channel="x"),
        ),
        (
            "strategy of 1,000 goals",
            lambda: strategy_refused(hostile.strategy_yaml(1_000), f"more than the {MAX_ITEMS['goals']}"),
        ),
        (
            "strategy of 10,000 goals",
            lambda: strategy_refused(hostile.strategy_yaml(10_000), "more than the"),
        ),
        (
            "strategy file of 2 MB",
            lambda: strategy_refused(hostile.strategy_yaml(1) + "mission: " + "x" * 2_000_000, "1,000 kB"),
        ),
        (
            "YAML nested 100,000 levels",
            lambda: strategy_refused("goals: " + "[" * 100_000 + "]" * 100_000, f"{MAX_YAML_DEPTH} levels"),
        ),
        (
            "10,001 distinct channels",
            lambda: refused(
                ("date,channel,audience,metric,value\n" + channels).encode(),
                "c.csv",
                "10,001 different series",
            ),
        ),
        (
            "UTF-8 with Windows-1252 rows",
            lambda: refused(
                hostile.tidy_csv([("2025-01-01", "føl", "", "comments", 1)])
                + "2025-01-02,føl,,comments,2\n".encode("cp1252"),
                "m.csv",
                "row 3, column “channel”: the file mixes two text encodings",
            ),
        ),
        (
            "mojibake id fÃ¸l",
            lambda: refused(
                hostile.tidy_csv([("2025-01-01", "fÃ¸l", "", "comments", 1)]),
                "m.csv",
                "one encoding and read in another",
            ),
        ),
        ("1.7e308 twice in a month", lambda: case_overflow(work)),
        (
            "zero-width id in a CSV",
            lambda: refused(
                hostile.tidy_csv([("2025-01-01", "gr\u200bow", "", "comments", 1)]), "z.csv", "U+200B"
            ),
        ),
        (
            "zero-width id in a strategy",
            lambda: strategy_refused(
                hostile.strategy_yaml(1).replace("id: goal0", 'id: "gr\\u200bow"'), "U+200B"
            ),
        ),
        (
            "goal starting in 1970",
            lambda: strategy_refused(
                hostile.strategy_yaml(1).replace("start: 2025-01-01", "start: 1970-01-01"), "before 1990"
            ),
        ),
        (
            "goal deadline in 9999",
            lambda: strategy_refused(
                hostile.strategy_yaml(1).replace("deadline: 2025-12-31", "deadline: 9999-12-31"), "20 years"
            ),
        ),
        ("damaged CSV, XLSX and XLS files", case_damaged_files),
        ("CSV of 150 MB", lambda: big_file_refused(big_csv)),
        ("store overwritten with 40 KB of noise", lambda: case_damaged_store(work)),
        ("backup during an ingest, then restore", lambda: case_backup_during_ingest(work)),
        ("store in a read-only folder", lambda: case_read_only_folder(work)),
    ]


def big_file_refused(path: Path) -> str:
    from connectors.readers import read_upload
    from metrics.errors import UploadError

    with open(path, "wb") as handle:
        handle.write(b"date,value\n" + b"2025-01-01,1\n" * (150 * MB // 13))
    try:
        with open(path, "rb") as handle:
            read_upload(handle, path.name)
    except UploadError as err:
        assert "the file is 150 MB, more than the 100 MB" in str(err), str(err)
        return str(err)
    finally:
        path.unlink()
    raise AssertionError("read")


def replay(work: Path) -> bool:
    """Print one line per hostile input: held or not, with the message; return True when all held."""
    results = []
    for kind, run in cases(work):
        started = time.perf_counter()
        try:
            outcome, held = run(), True
        except AssertionError as err:
            outcome, held = f"did not hold: {err}", False
        except Exception as err:  # an unexpected exception is exactly what did not hold
            outcome, held = f"did not hold: {type(err).__name__}: {err}", False
        seconds = time.perf_counter() - started
        results.append(held)
        print(f"  {'held' if held else 'FAIL'}  {kind:40} {seconds:6.2f} s  {str(outcome)[:160]}")
    print(f"{sum(results)} of {len(results)} held")
    return all(results)


# ---------------------------------------------------------------- part 2: time and memory, each in a fresh process


def child(task: str, path: Path) -> dict:
    """Run one measurement in this (fresh) process and return its numbers."""
    import openpyxl  # noqa: F401  (imports are a fixed cost, not the file's)
    import pandas as pd

    import connectors.readers  # noqa: F401
    from connectors.readers import read_upload
    from metrics.errors import GoalpostError

    content = path.read_bytes() if path.is_file() else b""
    reset_peak_rss()
    before = peak_rss_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    outcome = "read"
    if task == "openpyxl":
        book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        cells = sum(len(row) for sheet in book.worksheets for row in sheet.iter_rows())
        outcome = f"{cells:,} cells read bare"
    elif task == "read_csv":
        frame = pd.read_csv(io.BytesIO(content), dtype=str, keep_default_na=False)
        outcome = f"{len(frame):,} rows read bare"
    elif task == "goalpost":
        try:
            parsed = read_upload(io.BytesIO(content), path.name, channel="x")
            outcome = f"read: {len(parsed.observations):,} values"
        except GoalpostError as err:
            outcome = "refused: " + str(err).split(": ", 1)[1][:70]
    elif task.startswith("progress"):
        from connectors.store import Store, progress_report
        from metrics.strategy import load_strategy

        goals, channels = (int(n) for n in task.split(":")[1:])
        store = Store.open(path)
        # On more than two channels every goal covers its own pair of channels: 500 different scopes.
        strategy = load_strategy(hostile.strategy_yaml(goals, channels, pairs=channels > 2))
        reset_peak_rss()
        before = peak_rss_bytes()
        started, cpu = time.perf_counter(), time.process_time()
        report = progress_report(strategy, store, date(2025, 9, 30))
        outcome = f"{len(report['goals'])} goals"
    elif task in ("quick_check", "integrity_check", "read_file"):
        with contextlib.closing(sqlite3.connect(path)) as conn:
            if task == "read_file":
                with open(path, "rb") as handle:
                    while handle.read(MB):
                        pass
                outcome = f"{path.stat().st_size / MB:.0f} MB read once"
            else:
                outcome = conn.execute(f"PRAGMA {task}").fetchone()[0]
    return {
        "seconds": time.perf_counter() - started,
        "cpu_seconds": time.process_time() - cpu,
        "memory_mb": (peak_rss_bytes() - before) / MB,
        "outcome": outcome,
    }


def run_child(task: str, path: Path) -> dict:
    result = subprocess.run(
        [sys.executable, __file__, "--child", task, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    if result.returncode:
        return {
            "seconds": float("nan"),
            "cpu_seconds": float("nan"),
            "memory_mb": float("nan"),
            "outcome": result.stderr.strip().splitlines()[-1],
        }
    return json.loads(result.stdout.strip().splitlines()[-1])


def line(label: str, numbers: dict, baseline: dict) -> None:
    ratio = numbers["cpu_seconds"] / baseline["cpu_seconds"] if baseline["cpu_seconds"] else float("nan")
    print(
        f"  {label:48} {numbers['seconds']:6.2f} s  CPU {numbers['cpu_seconds']:6.2f} s {ratio:6.1f}x  "
        f"+{numbers['memory_mb']:5.0f} MB  {numbers['outcome'][:60]}"
    )


def measure(work: Path) -> None:
    from connectors.readers.limits import MAX_WORKBOOK_CELLS

    rows = MAX_WORKBOOK_CELLS // 10 - 1
    workbooks = {
        f"largest allowed: {rows:,} rows x 10 numbers": hostile.xlsx_grid(rows, 10),
        f"largest allowed: {rows:,} rows x 10 texts of 40": hostile.xlsx_texts(rows, 10),
        "largest allowed: 49,000 shared texts": hostile.xlsx_shared_grid(49_000),
        "refused: 3.5 MB holding 1,000,000 cells": hostile.xlsx_grid(100_000, 10),
        "refused: 11,000 rows x 10 (cell budget)": hostile.xlsx_grid(11_000, 10),
        "refused: expands to 300 MB": hostile.xlsx_expanding(285),
    }
    paths = {}
    for label, content in workbooks.items():
        paths[label] = work / f"{len(paths)}.xlsx"
        paths[label].write_bytes(content)
    print(
        "Workbooks (time and peak memory over the process after imports; ratio to openpyxl reading the first bare):"
    )
    first = next(iter(paths.values()))
    baseline = run_child("openpyxl", first)
    line("openpyxl read-only, bare (baseline)", baseline, baseline)
    for label, path in paths.items():
        line(f"{label} ({path.stat().st_size / MB:.1f} MB)", run_child("goalpost", path), baseline)

    print("A CSV of a million distinct channel names:")
    channels = work / "channels.csv"
    with open(channels, "w") as handle:
        handle.write("date,channel,audience,metric,value\n")
        handle.writelines(f"2025-01-01,channel-{i:07d},,comments,1\n" for i in range(1_000_000))
    baseline = run_child("read_csv", channels)
    line(f"pandas.read_csv, bare ({channels.stat().st_size / MB:.0f} MB, baseline)", baseline, baseline)
    line("Goalpost read_upload", run_child("goalpost", channels), baseline)

    print("Progress of a strategy (store: daily comments on 200 channels, 2024-06 to 2025-12):")
    store = work / "progress.sqlite3"
    progress_store(store, 200)
    baseline = run_child("progress:10:2", store)
    line("10 goals on 2 channels (baseline)", baseline, baseline)
    line("500 goals on 2 channels", run_child("progress:500:2", store), baseline)
    line("500 goals, each on its own 2 of 200 channels", run_child("progress:500:200", store), baseline)

    print("Checking a store of a million values on opening:")
    big = work / "big.sqlite3"
    csv_path = work / "tidy.csv"
    write_tidy_csv(csv_path, 1_000_000)
    from connectors.readers import read_upload
    from connectors.store import Store

    with open(csv_path, "rb") as handle, Store.open(big) as opened:
        opened.ingest(read_upload(handle, csv_path.name), actor=EDITOR)
    baseline = run_child("read_file", big)
    line(f"reading the file once ({big.stat().st_size / MB:.0f} MB, baseline)", baseline, baseline)
    line("PRAGMA quick_check (on every open)", run_child("quick_check", big), baseline)
    line("PRAGMA integrity_check (backups, full check)", run_child("integrity_check", big), baseline)


def progress_store(path: Path, channels: int) -> None:
    import pandas as pd
    from test_store_faults import parsed

    from connectors.store import Store

    days = pd.date_range("2024-06-01", "2025-12-31")
    rows = [(str(d.date()), f"channel{c}", "all", "comments", 5.0) for d in days for c in range(channels)]
    with Store.open(path) as store:
        store.ingest(parsed(rows, "comments.csv"), actor=EDITOR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", action="store_true", help="only replay the hostile inputs")
    parser.add_argument("--child", nargs=2, metavar=("TASK", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child[0], Path(args.child[1]))))
        return 0
    print(
        f"Goalpost hostile-input bench, {date.today()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.machine()} {os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.1f}"
    )
    warnings.simplefilter("ignore")  # pandas' warnings about damaged rows would bury the report
    with tempfile.TemporaryDirectory(prefix="goalpost-hostile-") as folder:
        work = Path(folder)
        print("Hostile inputs:")
        held = replay(work)
        if not args.cases:
            measure(work)
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
