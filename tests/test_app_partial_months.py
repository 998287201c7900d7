"""The Overview with a partial month (AppTest on dashboard.py and a real store): what is in, what is missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from actors import EDITOR
from streamlit.testing.v1 import AppTest
from tidy_uploads import parsed

from connectors.store.store import Store
from views.i18n import format_month

ROOT = Path(__file__).resolve().parent.parent


def months_back(count: int) -> list[pd.Timestamp]:
    """Return the first days of the `count` months that ended before today, oldest first."""
    first = pd.Timestamp(dt.date.today().replace(day=1))
    return [first - pd.DateOffset(months=n) for n in range(count, 0, -1)]


def strategy_text(start: pd.Timestamp) -> str:
    deadline = (start + pd.DateOffset(months=20)).date()
    return f"""
organisation: Lyngtind
channels:
  - {{id: facebook, name: Facebook}}
  - {{id: linkedin, name: LinkedIn}}
goals:
  - id: comments
    title: More comments
    kind: effect
    metric: comments
    channels: [facebook, linkedin]
    start: {start.date().isoformat()}
    deadline: {deadline.isoformat()}
    baseline: 200
    target: 1000
    owner: Anna
"""


@pytest.fixture
def partial_store(tmp_path, monkeypatch) -> tuple[Path, str, str]:
    """A store where both channels reported ten months and only Facebook the month that ended last."""
    months = months_back(11)
    path = tmp_path / "goalpost.sqlite3"
    whole = [
        (m + pd.Timedelta(days=14), channel, "all", "comments", 100.0 + 10 * i)
        for i, m in enumerate(months[:-1])
        for channel in ("facebook", "linkedin")
    ]
    facebook_only = [(months[-1] + pd.Timedelta(days=14), "facebook", "all", "comments", 300.0)]
    with Store.open(path) as store:
        store.save_strategy(strategy_text(months[0]), actor=EDITOR)
        store.ingest(parsed(whole, "both.csv"), actor=EDITOR)
        store.ingest(parsed(facebook_only, "facebook.csv"), actor=EDITOR)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path, months[-2].strftime("%Y-%m"), months[-1].strftime("%Y-%m")


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def test_overview_says_what_is_in_and_measures_the_goal_at_its_latest_complete_month(partial_store):
    _, complete, partial = partial_store
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60).run()
    assert not at.exception
    captions = texts(at.caption)
    assert f"{format_month(partial, 'en')}: 1 of 2 channels in (Facebook); waiting for LinkedIn" in captions
    shown = texts(at.markdown)
    assert f"No data since {format_month(complete, 'en')}" in shown
    # The card's number is the last month both channels reported (100 + 10 × 9 on each channel).
    assert "380" in "\n".join(str(m.value) for m in at.metric)
    # The as-of picker still offers the partial month, marked as partial.
    picker = at.selectbox(key="shell.as_of")
    assert f"{format_month(partial, 'en')} · partial" in picker.options
