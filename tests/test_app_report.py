"""The Overview's Report section, driven through AppTest on a copy of the demo store: the buttons, the files."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
DASHBOARD = ROOT / "dashboard.py"
DEMO = ROOT / "sample_data" / "demo.goalpost-store"


@pytest.fixture
def overview(tmp_path, monkeypatch):
    """The Overview for October 2026 in Norwegian, and a way to click a download button (run its callable)."""
    store = tmp_path / "goalpost.sqlite3"
    shutil.copy(DEMO, store)
    monkeypatch.setenv("GOALPOST_STORE", str(store))
    managers: list[MediaFileManager] = []

    class KeptManager(MediaFileManager):
        # AppTest makes a media file manager per run; keeping it lets the test fetch what a click would.
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            managers.append(self)

    monkeypatch.setattr("streamlit.testing.v1.app_test.MediaFileManager", KeptManager)
    app = AppTest.from_file(DASHBOARD, default_timeout=120)
    app.query_params.update({"as_of": "2026-10", "lang": "nb"})
    app.run()
    assert [e.value for e in app.exception] == []
    buttons = {node.key: node for node in app.get("download_button")}

    def download(key: str) -> bytes:
        manager = managers[-1]
        url = manager.execute_deferred(buttons[key].proto.deferred_file_id)
        file_id = url.rsplit("/", 1)[-1].split(".")[0]
        return manager._storage.get_file(file_id).content

    return app, buttons, download


def test_the_overview_offers_the_months_report_in_every_format(overview):
    app, buttons, download = overview
    assert "Rapport for oktober 2026" in [s.value for s in app.subheader]
    labels = {key: node.proto.label for key, node in buttons.items() if key.startswith("report.")}
    assert labels == {
        "report.pdf": "PDF",
        "report.html": "HTML (virker uten nett)",
        "report.png": "Grafer som PNG (ZIP)",
        "report.xlsx": "Tabeller (Excel)",
        "report.csv.month-values": "Månedsverdier (CSV)",
        "report.csv.goal-progress": "Måloppnåelse (CSV)",
    }
    html = download("report.html").decode("utf-8")
    assert "<title>Lyngtind Friluft AS: månedsgjennomgang, oktober 2026</title>" in html
    assert "Ingen beslutninger er notert for oktober 2026." in html
    workbook = openpyxl.load_workbook(io.BytesIO(download("report.xlsx")))
    assert workbook.sheetnames == ["month-values", "goal-progress"]
    assert download("report.csv.goal-progress").decode("utf-8").startswith("goal,title,status,current")


def test_the_report_pdf_and_chart_pngs_download_from_the_overview(overview):
    _, _, download = overview
    assert download("report.pdf").startswith(b"%PDF-")
    archive = zipfile.ZipFile(io.BytesIO(download("report.png")))
    assert len(archive.namelist()) == 13


def test_without_chromium_the_pdf_and_png_buttons_say_what_to_install(tmp_path, monkeypatch):
    store = tmp_path / "goalpost.sqlite3"
    shutil.copy(DEMO, store)
    monkeypatch.setenv("GOALPOST_STORE", str(store))
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    app = AppTest.from_file(DASHBOARD, default_timeout=120)
    app.query_params.update({"as_of": "2026-10"})
    app.run()
    assert [e.value for e in app.exception] == []
    buttons = {node.key: node for node in app.get("download_button")}
    assert buttons["report.pdf"].proto.disabled and buttons["report.png"].proto.disabled
    assert not buttons["report.html"].proto.disabled and not buttons["report.xlsx"].proto.disabled
    assert any("Install Debian's “chromium” package" in c.value for c in app.caption)
