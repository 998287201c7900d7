"""The Data page's tables name things (AppTest on dashboard.py): no ids, no "None", in the ledger and elsewhere."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.sample import sample_strategy_text
from connectors.store import Store
from metrics.access import Actor, Role

ROOT = Path(__file__).resolve().parent.parent
LINKEDIN_JAN_FEB = b"date,channel,audience,metric,value\n2026-01-31,linkedin,,followers,5000\n2026-02-28,linkedin,,followers,5100\n"
LINKEDIN_FEB_MAR = b"date,channel,audience,metric,value\n2026-02-28,linkedin,,followers,5150\n2026-03-31,linkedin,,followers,5200\n"
IDS = {
    "zendesk",
    "wide_tracker",
    "meta_daily",
    "goalpost_tidy",
    "helpdesk",
    "facebook",
    "all",
    "sample",
    "active",
}


def open_data_page(lang: str = "en") -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    signed_in(at, "kari.nordmann@lyngtind.no", "editor")
    at.query_params["lang"] = lang
    at.run()
    at._page_hash = next(h for h, info in at._registered_pages.items() if info.get("url_pathname") == "data")
    return at.run()


def cells(frame: pd.DataFrame) -> set[str]:
    return {str(value) for value in frame.to_numpy().ravel()}


def test_the_ledger_table_names_kinds_of_file_channels_audiences_sources_and_statuses(tmp_path, monkeypatch):
    monkeypatch.setenv("GOALPOST_STORE", str(tmp_path / "goalpost.sqlite3"))  # empty: the demo is loaded
    at = open_data_page()
    assert not at.exception
    ledger = next(d.value for d in at.dataframe if {"preset", "source", "status"} <= set(d.value.columns))
    shown = cells(ledger)
    assert not shown & IDS
    assert not shown & {"None", "nan", "NaT", "<NA>"}
    assert (
        "Zendesk ticket export" in shown and "Tracker (one row per month or day, metrics as columns)" in shown
    )
    assert "Kundeservice (Zendesk)" in set(ledger["channel"])
    # A tracker holds several channels: the ledger names them instead of leaving the cell empty.
    assert "Facebook, Instagram, LinkedIn" in set(ledger["channel"])
    assert set(ledger["audience"]) == {"All audiences"}
    assert set(ledger["source"]) == {"Demo organisation"} and set(ledger["status"]) == {"Counts"}


def test_changed_values_are_shown_with_names(tmp_path, monkeypatch):
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=Actor("Test", Role.EDITOR))
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    at = open_data_page("nb")
    for name, content in (("jan-feb.csv", LINKEDIN_JAN_FEB), ("feb-mar.csv", LINKEDIN_FEB_MAR)):
        at.file_uploader(key="data.uploader").set_value([(name, content, "text/csv")])
        at.run()
        next(b for b in at.button if b.key and b.key.startswith("data.confirm.")).click().run()
        assert not at.exception
    restated = next(d.value for d in at.dataframe if {"old", "new"} <= set(d.value.columns))
    assert restated[["channel", "audience", "metric"]].values.tolist() == [
        ["LinkedIn", "Alle målgrupper", "Følgere"]
    ]
    ledger = next(d.value for d in at.dataframe if {"preset", "source", "status"} <= set(d.value.columns))
    assert set(ledger["source"]) == {"Opplastet fil"} and set(ledger["status"]) == {"Teller"}
