"""Goal progress from a strategy file plus data files, or from the store: what the CLI and pages ask for."""

from __future__ import annotations

import calendar
import re
from datetime import date
from pathlib import Path

import pandas as pd

from connectors.readers import read_upload
from connectors.store.audience_attribution import with_audience_values
from connectors.store.store import Store
from metrics.attribution import audience_rules
from metrics.errors import GoalpostError, Message
from metrics.observations import empty_observations
from metrics.progress import strategy_progress
from metrics.strategy import Strategy, load_strategy


def parse_as_of(text: str) -> date:
    """Return the date a YYYY-MM-DD text names; YYYY-MM means the last day of that month."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text.strip())
    if not match:
        raise ValueError(
            Message(
                "progress.not_a_date",
                "“{text}” is not a date: write it as YYYY-MM-DD, for example 2026-03-31.",
                text=text,
            )
        )
    year, month = int(match[1]), int(match[2])
    try:
        day = int(match[3]) if match[3] else calendar.monthrange(year, month)[1]
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise ValueError(
            Message(
                "progress.not_a_real_date",
                "“{text}” is not a real date: check the month and the day.",
                text=text,
            )
        ) from None


def read_strategy_file(path: Path) -> Strategy:
    """Return the strategy a YAML file holds; a missing or unreadable file is a plain error."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoalpostError(
            Message(
                "progress.no_strategy_file",
                "There is no strategy file at “{path}”. Check the path.",
                path=str(path),
            )
        ) from None
    except UnicodeDecodeError:
        raise GoalpostError(
            Message(
                "progress.strategy_not_text",
                "“{path}” is not a text file. Save the strategy as UTF-8 YAML.",
                path=str(path),
            )
        ) from None
    return load_strategy(text, source=Path(path).name)


def read_data_files(paths: list[Path], strategy: Strategy | None = None) -> pd.DataFrame:
    """Return the observations of every data file, read with the same rules as uploads (audience rules too)."""
    frames = [empty_observations()]
    rules = audience_rules(strategy)
    specs = strategy.metric_specs() if strategy is not None else None
    for path in paths:
        try:
            with open(path, "rb") as handle:
                parsed, _ = with_audience_values(read_upload(handle, Path(path).name), rules, specs)
                frames.append(parsed.observations)
        except FileNotFoundError:
            raise GoalpostError(
                Message(
                    "progress.no_data_file",
                    "There is no data file at “{path}”. Check the path.",
                    path=str(path),
                )
            ) from None
    return pd.concat(frames, ignore_index=True)


def progress_report(strategy: Strategy, source, as_of: date | None, today: date | None = None) -> dict:
    """Return {"as_of", "goals"}: every goal's progress as plain JSON-ready data.

    Without as_of each goal is measured at its latest complete month (every channel it covers in) up to the
    last month that has ended by today; its "measured_at" says which date that is.
    """
    measured = as_of or today or date.today()
    goals = strategy_progress(strategy, source, measured, latest_complete=as_of is None)
    return {"as_of": measured.isoformat(), "goals": [p.to_dict() for p in goals]}


def progress_from_files(strategy_path: Path | None, data_paths: list[Path], as_of: date | None) -> dict:
    """Return the progress report of a strategy file measured against data files."""
    if strategy_path is None:
        raise GoalpostError(
            Message(
                "progress.which_strategy",
                "Say which strategy to measure with --strategy FILE when you read --data files.",
            )
        )
    strategy = read_strategy_file(strategy_path)
    return progress_report(strategy, read_data_files(data_paths, strategy), as_of)


def chosen_strategy(store: Store, strategy_path: Path | None) -> Strategy:
    """Return the strategy a file holds, or the store's latest version when no file is given."""
    if strategy_path is not None:
        return read_strategy_file(strategy_path)
    text = store.strategy_text()
    if text is None:
        raise GoalpostError(
            Message(
                "progress.no_strategy_in_store",
                "The store holds no strategy yet. Give one with --strategy FILE, or save one in the dashboard.",
            )
        )
    return load_strategy(text, source=Message("progress.latest_strategy", "the store's latest strategy"))


def progress_from_store(store: Store, strategy_path: Path | None, as_of: date | None) -> dict:
    """Return the progress report of a strategy file (default: the store's latest version) against the store."""
    return progress_report(chosen_strategy(store, strategy_path), store, as_of)
