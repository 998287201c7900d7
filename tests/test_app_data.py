"""The Data page in the real app (AppTest on dashboard.py): upload, confirm, ledger, undo, mapping, bad files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sign_in import signed_in
from streamlit.testing.v1 import AppTest

from connectors.sample import sample_strategy_text
from connectors.store.store import Store
from metrics.access import Actor, Role

ROOT = Path(__file__).resolve().parent.parent
# Meta Business Suite's daily "Follows.csv": UTF-16 with BOM, a sep= line and a title naming the platform.
META_FOLLOWS = (
    'sep=,\n"Facebook follows"\n"Date","Primary"\n'
    + "".join(f'"2026-01-{day:02d}T00:00:00","{day % 7 + 1}"\n' for day in range(1, 32))
).encode("utf-16")

LINKEDIN_JAN_FEB = b"date,channel,audience,metric,value\n2026-01-31,linkedin,,followers,5000\n2026-02-28,linkedin,,followers,5100\n"
LINKEDIN_FEB_MAR = b"date,channel,audience,metric,value\n2026-02-28,linkedin,,followers,5150\n2026-03-31,linkedin,,followers,5200\n"
BAD_TIDY = b"date,channel,audience,metric,value\n2026-01-31,facebook,,followers,1200\n2026-02-28,facebook,,followers,abc\n"
OWN_LAYOUT_JAN = "Uke;Sidevisninger;Påmeldinger\n2026-01-05;1 200;35\n2026-01-12;1 350;41\n".encode()
OWN_LAYOUT_FEB = "Uke;Sidevisninger;Påmeldinger\n2026-02-02;1 100;30\n2026-02-09;1 250;44\n".encode()


@pytest.fixture
def store_path(tmp_path, monkeypatch) -> Path:
    """A store holding only the sample strategy (no data), so the app does not load the demo."""
    path = tmp_path / "goalpost.sqlite3"
    with Store.open(path) as store:
        store.save_strategy(sample_strategy_text(), actor=Actor("Test", Role.EDITOR))
    monkeypatch.setenv("GOALPOST_STORE", str(path))
    return path


def open_page(url_path: str, email: str | None = None, role: str = "editor") -> AppTest:
    """Return the real app, run once and switched to one of its pages (signed in when an e-mail is given)."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=30)
    if email:
        signed_in(at, email, role)
    at.run()
    # Pages are callables registered by st.navigation; AppTest.switch_page only finds file pages, so
    # the page is chosen by the hash st.navigation registered for its url_path.
    at._page_hash = next(
        h for h, info in at._registered_pages.items() if info.get("url_pathname") == url_path
    )
    return at.run()


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key="data.uploader").set_value([(name, content, "text/csv") for name, content in files])
    return at.run()


def button(at: AppTest, prefix: str):
    matches = [b for b in at.button if b.key and b.key.startswith(prefix)]
    assert len(matches) == 1, [b.key for b in at.button]
    return matches[0]


def texts(elements) -> str:
    # literal() escapes Markdown punctuation with backslashes; compare on the words.
    return "\n".join(str(e.value) for e in elements).replace("\\", "")


def month_values(path: Path) -> pd.DataFrame:
    with Store.open(path) as store:
        return store.month_values()


def ledger(path: Path) -> pd.DataFrame:
    with Store.open(path) as store:
        return store.uploads().sort_values("id").reset_index(drop=True)


def test_upload_confirm_restated_undo_and_restore_bring_the_store_back_exactly(store_path):
    at = open_page("data", "kari.nordmann@lyngtind.no")
    upload(at, ("linkedin-jan-feb.csv", LINKEDIN_JAN_FEB))
    assert not at.exception
    button(at, "data.confirm.").click().run()
    assert "Stored 2 values" in texts(at.success)
    before = month_values(store_path)

    upload(at, ("linkedin-feb-mar.csv", LINKEDIN_FEB_MAR))
    assert {m.label: m.value for m in at.metric}["Rows read"] == "2"
    assert (
        "Read as Goalpost tidy layout (date, channel, audience, metric, value), 28 Feb\u2009–\u200931 Mar 2026."
        in texts(at.markdown)
    )
    button(at, "data.confirm.").click().run()
    assert not at.exception
    assert "Stored 2 values" in texts(at.success)
    assert "1 values were already stored with other numbers" in texts(at.warning)
    restated = next(d.value for d in at.dataframe if {"old", "new"} <= set(d.value.columns))
    assert restated[["metric", "old", "new"]].values.tolist() == [["Followers", 5100.0, 5150.0]]
    assert "Latest data: March 2026" in texts(at.info)
    after = month_values(store_path)

    entries = ledger(store_path)
    assert entries["file_name"].tolist() == ["linkedin-jan-feb.csv", "linkedin-feb-mar.csv"]
    # Who uploaded is the signed-in identity, never a typed name.
    assert entries["uploaded_by"].tolist() == ["kari.nordmann@lyngtind.no"] * 2
    newest = int(entries["id"].iloc[-1])
    assert "linkedin-feb-mar.csv" in texts(at.markdown)

    at.button(key=f"data.undo.{newest}").click().run()
    # The confirm step says what comes back before anything changes.
    assert "these earlier uploads count again" in texts(at.markdown)
    assert "linkedin-jan-feb.csv" in texts(at.markdown)
    assert ledger(store_path)["status"].tolist() == ["active", "active"]
    at.button(key="data.undo_confirm").click().run()
    assert not at.exception
    assert f"Upload #{newest} was undone" in texts(at.success)
    assert ledger(store_path)["status"].tolist() == ["active", "undone"]
    with Store.open(store_path) as store:
        events = store.upload_events(newest)
    assert events[["event", "by"]].values.tolist()[-1] == ["undone", "kari.nordmann@lyngtind.no"]
    pd.testing.assert_frame_equal(month_values(store_path), before)

    # An undone upload can be brought back from the ledger.
    at.button(key=f"data.restore.{newest}").click().run()
    assert f"Upload #{newest} was restored" in texts(at.success)
    assert ledger(store_path)["status"].tolist() == ["active", "active"]
    pd.testing.assert_frame_equal(month_values(store_path), after)


def test_a_preset_proposes_the_channel_and_the_same_file_again_is_already_there(store_path):
    content = META_FOLLOWS
    at = open_page("data")
    upload(at, ("Follows.csv", content))
    channel = next(s for s in at.selectbox if s.key.startswith("data.channel."))
    assert channel.value == "facebook"
    assert "Read as Meta Business Suite daily metric" in texts(at.markdown)
    button(at, "data.confirm.").click().run()
    assert "Stored 31 values" in texts(at.success)
    version = Store.open(store_path).version()

    upload(at, ("Follows (1).csv", content))  # the same bytes under another name, as a browser renames it
    assert "This exact file is already stored (upload #1" in texts(at.info)
    button(at, "data.confirm.").click().run()
    assert "This file was already uploaded (upload #1): nothing changed." in texts(at.info)
    assert len(ledger(store_path)) == 1
    assert Store.open(store_path).version() == version


def test_several_files_are_stored_with_one_click(store_path):
    at = open_page("data")
    upload(at, ("linkedin-jan-feb.csv", LINKEDIN_JAN_FEB), ("Follows.csv", META_FOLLOWS))
    at.button(key="data.store_all").click().run()
    assert not at.exception
    assert sorted(ledger(store_path)["file_name"]) == ["Follows.csv", "linkedin-jan-feb.csv"]
    assert "Stored 2 values" in texts(at.success) and "Stored 31 values" in texts(at.success)


def test_a_bad_file_names_file_row_and_column_and_stores_nothing(store_path):
    version = Store.open(store_path).version()
    at = open_page("data")
    upload(at, ("numbers.csv", BAD_TIDY))
    assert not at.exception
    message = texts(at.error)
    assert "“numbers.csv”, row 3, column “value”" in message
    assert "“abc” is not a number" in message
    assert "Nothing from this file was stored." in texts(at.caption)
    assert not [b for b in at.button if b.key and b.key.startswith("data.confirm.")]
    assert ledger(store_path).empty
    assert Store.open(store_path).version() == version


def test_a_bad_file_is_explained_in_the_readers_language(store_path):
    english = open_page("data")
    upload(english, ("numbers.csv", BAD_TIDY))
    at = open_page("data")
    at.selectbox(key="shell.lang").set_value("nb").run()
    upload(at, ("tall.csv", BAD_TIDY))
    assert not at.exception
    message = texts(at.error)
    assert "«tall.csv», rad 3, kolonne «value»" in message and "«abc»" in message
    # The whole sentence is Norwegian: none of the English message's words after the location are left.
    assert (
        "not a number" not in message and message.split(": ", 1)[1] != texts(english.error).split(": ", 1)[1]
    )
    assert ledger(store_path).empty


def test_an_unknown_file_is_mapped_stored_and_its_mapping_reused_next_month(store_path):
    at = open_page("data")
    upload(at, ("nettside.csv", OWN_LAYOUT_JAN))
    assert "Goalpost does not recognise this file" in texts(at.warning)
    date_column = next(s for s in at.selectbox if s.key.startswith("data.map_date."))
    date_column.set_value("Uke")
    metric_boxes = {
        s.label.replace("\\", ""): s for s in at.selectbox if s.key.startswith("data.map_metric.")
    }
    assert set(metric_boxes) == {"Sidevisninger", "Påmeldinger"}
    metric_boxes["Sidevisninger"].set_value("views")
    name = next(t for t in at.text_input if t.key.startswith("data.mapping_name."))
    name.set_value("Nettside ukentlig")
    at.run()
    button(at, "data.map_apply.").click().run()
    assert not at.exception

    # The file has no channel column: Goalpost asks for the channel instead of refusing the file.
    assert "does not say which channel" in texts(at.info)
    next(s for s in at.selectbox if s.key.startswith("data.channel.")).set_value("blog").run()
    assert "Read as Column mapping, 5–12 Jan 2026." in texts(at.markdown)
    button(at, "data.confirm.").click().run()
    assert not at.exception
    assert "Stored 2 values" in texts(at.success)
    stored = month_values(store_path)
    assert stored[["month", "channel", "metric", "value"]].values.tolist() == [
        ["2026-01", "blog", "views", 2550.0]
    ]
    with Store.open(store_path) as store:
        saved = store.mappings()
    assert saved["Nettside ukentlig"]["metrics"] == {"Sidevisninger": "views"}

    upload(at, ("nettside-feb.csv", OWN_LAYOUT_FEB))
    assert "Read with your saved column mapping “Nettside ukentlig”." in texts(at.caption)
    next(s for s in at.selectbox if s.key.startswith("data.channel.")).set_value("blog").run()
    button(at, "data.confirm.").click().run()
    assert month_values(store_path)["value"].tolist() == [2550.0, 2350.0]


def test_the_page_speaks_norwegian(store_path):
    at = open_page("data")
    at.selectbox(key="shell.lang").set_value("nb").run()
    upload(at, ("linkedin-jan-feb.csv", LINKEDIN_JAN_FEB))
    assert not at.exception
    assert {m.label for m in at.metric} == {"Rader lest", "Verdier"}
    assert "Lest som Goalpost tidy layout" in texts(at.markdown)
    button(at, "data.confirm.").click().run()
    assert "Lagret 2 verdier (opplasting nr. 1)." in texts(at.success)
    assert "Siste data: februar 2026." in texts(at.info)


def test_a_batch_is_one_table_a_duplicate_is_not_counted_and_one_undo_takes_the_batch_out(store_path):
    at = open_page("data", "kari.nordmann@lyngtind.no")
    upload(at, ("Follows.csv", META_FOLLOWS))
    button(at, "data.confirm.").click().run()
    before = month_values(store_path)

    upload(
        at,
        ("linkedin-jan-feb.csv", LINKEDIN_JAN_FEB),
        ("linkedin-feb-mar.csv", LINKEDIN_FEB_MAR),
        ("Follows (1).csv", META_FOLLOWS),
    )
    assert not at.exception
    summary = next(d.value for d in at.dataframe if "state" in d.value.columns)
    assert summary["file"].tolist() == ["linkedin-jan-feb.csv", "linkedin-feb-mar.csv", "Follows (1).csv"]
    assert summary["state"].tolist() == ["new", "new", "already uploaded (#1)"]
    assert summary["rows"].tolist() == [2, 2, 31]
    # The duplicate is not counted, and no file but "Store all" has a primary button.
    store_all = at.button(key="data.store_all")
    assert store_all.label == "Store all 2 files" and store_all.proto.type == "primary"
    assert all(b.proto.type != "primary" for b in at.button if b.key and b.key.startswith("data.confirm."))
    folded = [e.label for e in at.expander if e.label.endswith(".csv")]
    assert folded == [
        "linkedin-jan-feb.csv",
        "linkedin-feb-mar.csv",
        "Follows (1).csv",
    ]  # previews folded away
    store_all.click().run()
    assert not at.exception
    entries = ledger(store_path)
    assert entries["file_name"].tolist() == ["Follows.csv", "linkedin-jan-feb.csv", "linkedin-feb-mar.csv"]
    batch = entries["batch"].iloc[1]
    assert batch and entries["batch"].iloc[2] == batch and pd.isna(entries["batch"].iloc[0])

    at.button(key=f"data.undo_batch.{batch}").click().run()
    assert "Undo these 2 uploads" in texts(at.warning)
    assert entries["status"].tolist() == ledger(store_path)["status"].tolist()  # nothing changed yet
    at.button(key="data.undo_batch_confirm").click().run()
    assert not at.exception
    assert "2 uploads were undone" in texts(at.success)
    assert ledger(store_path)["status"].tolist() == ["active", "undone", "undone"]
    pd.testing.assert_frame_equal(month_values(store_path), before)


def test_the_undo_preview_says_exactly_what_the_undo_then_does(store_path):
    at = open_page("data", "kari.nordmann@lyngtind.no")
    upload(at, ("Follows.csv", META_FOLLOWS))
    button(at, "data.confirm.").click().run()
    # Same channel and months as Follows.csv, another metric: nothing of Follows.csv comes back.
    comments = b"date,channel,audience,metric,value\n2026-01-15,facebook,,comments,40\n"
    upload(at, ("comments.csv", comments))
    button(at, "data.confirm.").click().run()
    newest = int(ledger(store_path)["id"].iloc[-1])
    at.button(key=f"data.undo.{newest}").click().run()
    preview = texts(at.markdown)
    assert "Undoing it: 0 earlier values count again, 1 values are gone." in preview
    assert "No earlier upload holds these values" in preview and "Follows.csv" not in preview
    at.button(key="data.undo_confirm").click().run()
    assert f"Upload #{newest} was undone: 0 earlier values count again, 1 values are gone." in texts(
        at.success
    )


def test_the_data_page_names_a_channels_exports_that_lag_behind_a_tracker(store_path):
    at = open_page("data", "kari.nordmann@lyngtind.no")
    tracker = b"date,channel,audience,metric,value\n2026-03-31,facebook,,followers,1300\n"
    upload(at, ("Follows.csv", META_FOLLOWS), ("tidy-march.csv", tracker))
    at.button(key="data.store_all").click().run()
    assert not at.exception
    info = texts(at.info)
    assert "Latest data: March 2026." in info
    assert (
        "Facebook: its files of the kind Meta Business Suite daily metric (Facebook or Instagram) end in "
        "January 2026; March 2026 comes only from Goalpost tidy layout" in info
    )
    table = next(d.value for d in at.dataframe if "kind" in d.value.columns)
    assert table["month"].tolist() == ["March 2026", "January 2026"]
