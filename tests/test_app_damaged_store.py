"""A damaged store on the dashboard: a red box saying so and how to restore, instead of numbers (issue 13)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest
from test_store_damage import filled_store, overwrite_middle

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


def test_a_damaged_store_shows_a_red_banner_and_no_numbers(tmp_path, monkeypatch):
    path = tmp_path / "goalpost.sqlite3"
    filled_store(path)
    overwrite_middle(path, 0)
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    app = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert [e.value for e in app.exception] == []
    assert len(app.error) == 1 and "is damaged" in app.error[0].value
    assert "restore BACKUP\\-FILE" in app.error[0].value  # shown literally: Markdown characters escaped
    assert not [node for node in app.main if str(getattr(node, "key", "")).startswith("overview.card.")]
