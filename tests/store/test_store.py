"""The store keeps every upload, lets a newer file win, undoes exactly, and serves month values."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from actors import EDITOR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

import connectors.store.upload_ingest as upload_ingest
from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.schema import SCHEMA_VERSION, metadata
from connectors.store.store import Store
from metrics.access import Actor, Role
from metrics.errors import StoreError, UploadError
from metrics.monthly import month_values as engine_month_values
from metrics.observations import OBSERVATION_COLUMNS
from metrics.semantics import MetricSpec


def parsed(rows, *, name="export.csv", content: bytes | None = None, channel=None) -> ParsedUpload:
    """Return a ParsedUpload of (date, channel, audience, metric, value) rows, as a reader would."""
    frame = pd.DataFrame(rows, columns=list(OBSERVATION_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    frame["value"] = frame["value"].astype("float64")
    return ParsedUpload(
        file_name=name,
        preset="tidy",
        preset_label="Goalpost tidy CSV",
        observations=frame,
        channel=channel,
        audience="all",
        period_start=frame["date"].min().date() if len(frame) else date(2024, 1, 1),
        period_end=frame["date"].max().date() if len(frame) else date(2024, 1, 1),
        row_count=len(frame),
        metrics=sorted(set(frame["metric"])),
        content=content if content is not None else json.dumps(rows, default=str).encode(),
    )


def daily(metric, values: dict[str, float], channel="facebook", audience="all"):
    """Return rows of one series: {date text: value}."""
    return [(day, channel, audience, metric, value) for day, value in values.items()]


def month_map(store: Store, metric: str, channel="facebook", audience="all") -> dict[str, float]:
    frame = store.month_values(metric=metric, channel=channel, audience=audience)
    return dict(zip(frame["month"], frame["value"], strict=True))


def raw_map(store: Store, metric: str) -> dict[str, float]:
    """Return current values by day of a median metric (the store hands those out raw)."""
    frame = store.goal_observations(metric)
    return {d.strftime("%Y-%m-%d"): v for d, v in zip(frame["date"], frame["value"], strict=True)}


@pytest.fixture
def store(store_url):
    """A new store, on SQLite and on PostgreSQL (tests/conftest.py starts the server)."""
    with Store.open(store_url) as opened:
        yield opened


# ---------------------------------------------------------------- opening


def test_open_creates_the_folder_and_a_wal_sqlite_file_with_foreign_keys(tmp_path):
    path = tmp_path / "new" / "folder" / "goalpost.sqlite3"
    with Store.open(path) as store:
        assert store.version() == 0
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_location_comes_from_the_argument_the_environment_or_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GOALPOST_STORE", raising=False)
    Store.open().close()
    assert (tmp_path / "data" / "goalpost.sqlite3").is_file()

    monkeypatch.setenv("GOALPOST_STORE", str(tmp_path / "env" / "store.sqlite3"))
    Store.open().close()
    assert (tmp_path / "env" / "store.sqlite3").is_file()

    url_path = tmp_path / "by-url.sqlite3"
    with Store.open(f"sqlite:///{url_path}") as store:
        store.ingest(parsed(daily("comments", {"2024-01-05": 3})), actor=EDITOR)
    with Store.open(url_path) as same:
        assert month_map(same, "comments") == {"2024-01": 3.0}


def test_a_file_that_is_not_a_store_gives_a_plain_error(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"MZ\x90\x00 this is an executable, not a database" * 100)
    with pytest.raises(StoreError, match="damaged or is not a Goalpost store"):
        Store.open(path)


# ---------------------------------------------------------------- the ledger


def test_ingest_records_the_upload_its_bytes_and_an_event(store):
    content = b"date,channel,audience,metric,value\n" + b"x" * 3_000_000  # large: streamed into the store
    result = store.ingest(
        parsed(
            daily("comments", {"2024-01-05": 3, "2024-01-06": 4}),
            name="jan.csv",
            content=content,
            channel="facebook",
        ),
        actor=Actor("Kari", Role.EDITOR),
    )
    assert (result.status, result.rows, result.restated.empty) == ("stored", 2, True)
    assert "jan.csv" in result.message and f"#{result.upload_id}" in result.message

    ledger = store.uploads()
    assert len(ledger) == 1
    entry = ledger.iloc[0]
    assert entry["id"] == result.upload_id
    assert entry["file_name"] == "jan.csv"
    assert (entry["preset"], entry["channel"], entry["channels"], entry["audience"]) == (
        "tidy",
        "facebook",
        "facebook",
        "all",
    )
    assert (entry["period_start"], entry["period_end"]) == (date(2024, 1, 5), date(2024, 1, 6))
    assert (entry["rows"], entry["values"], entry["uploaded_by"]) == (2, 2, "Kari")
    assert (entry["source"], entry["status"]) == ("file", "active")
    assert entry["content_hash"] == parsed([], content=content).content_hash
    assert str(entry["uploaded_at"].tz) == "UTC"
    assert store.upload_content(result.upload_id) == content

    events = store.upload_events(result.upload_id)
    assert list(events["event"]) == ["ingested"] and list(events["by"]) == ["Kari"]


def test_a_byte_identical_upload_changes_nothing_and_names_the_earlier_one(store):
    first = store.ingest(parsed(daily("comments", {"2024-01-05": 3}), name="jan.csv"), actor=EDITOR)
    version = store.version()
    again = store.ingest(parsed(daily("comments", {"2024-01-05": 3}), name="jan (1).csv"), actor=EDITOR)
    assert again.status == "duplicate"
    assert again.upload_id == again.duplicate_of == first.upload_id
    assert again.rows == 0
    assert f"upload #{first.upload_id}" in again.message and "“jan.csv”" in again.message
    assert "Nothing was changed" in again.message
    assert store.version() == version
    assert len(store.uploads()) == 1


def test_the_same_bytes_after_an_undo_are_stored_again(store):
    rows = daily("comments", {"2024-01-05": 3})
    first = store.ingest(parsed(rows), actor=EDITOR)
    store.undo(first.upload_id, actor=EDITOR)
    second = store.ingest(parsed(rows), actor=EDITOR)
    assert second.status == "stored" and second.upload_id != first.upload_id
    assert month_map(store, "comments") == {"2024-01": 3.0}


def test_a_changed_file_for_a_loaded_month_wins_and_lists_what_it_restates(store):
    store.ingest(
        parsed(daily("comments", {"2024-01-05": 3, "2024-01-06": 4, "2024-01-07": 5}), name="a.csv"),
        actor=EDITOR,
    )
    result = store.ingest(
        parsed(daily("comments", {"2024-01-06": 40, "2024-01-07": 5, "2024-01-08": 6}), name="b.csv"),
        actor=EDITOR,
    )
    assert result.status == "stored"
    assert result.restated_count == 1
    expected = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-06"]),
            "channel": ["facebook"],
            "audience": ["all"],
            "metric": ["comments"],
            "old": [4.0],
            "new": [40.0],
        }
    )
    pd.testing.assert_frame_equal(result.restated, expected)
    assert (
        "changes 1 value" in result.message
        and "1 value was already stored with the same numbers" in result.message
    )
    assert month_map(store, "comments") == {"2024-01": 3 + 40 + 5 + 6}
    assert list(store.uploads()["status"]) == ["active", "active"]


# ---------------------------------------------------------------- undo and restore


def test_undoing_the_middle_of_three_stacked_uploads_brings_back_exactly_what_it_replaced(store):
    first = store.ingest(
        parsed(daily("support_time", {"2024-01-01": 10, "2024-01-02": 20, "2024-01-03": 30})), actor=EDITOR
    )
    middle = store.ingest(
        parsed(daily("support_time", {"2024-01-02": 21, "2024-01-03": 31, "2024-01-04": 41})), actor=EDITOR
    )
    last = store.ingest(parsed(daily("support_time", {"2024-01-03": 32, "2024-01-05": 52})), actor=EDITOR)
    assert raw_map(store, "support_time") == {
        "2024-01-01": 10,
        "2024-01-02": 21,
        "2024-01-03": 32,
        "2024-01-04": 41,
        "2024-01-05": 52,
    }

    undone = store.undo(middle.upload_id, actor=Actor("Ola", Role.EDITOR))
    assert (undone.status, undone.values_back, undone.values_gone) == ("undone", 1, 1)
    # 01-03 belongs to the later upload and keeps its value; 01-04 only the undone upload had.
    assert raw_map(store, "support_time") == {
        "2024-01-01": 10,
        "2024-01-02": 20,
        "2024-01-03": 32,
        "2024-01-05": 52,
    }
    assert month_map(store, "support_time") == {"2024-01": 26.0}  # median of 10, 20, 32, 52

    store.undo(last.upload_id, actor=EDITOR)
    assert raw_map(store, "support_time") == {"2024-01-01": 10, "2024-01-02": 20, "2024-01-03": 30}

    restored = store.restore(middle.upload_id, actor=EDITOR)
    assert (restored.status, restored.values_back) == ("restored", 3)
    assert raw_map(store, "support_time") == {
        "2024-01-01": 10,
        "2024-01-02": 21,
        "2024-01-03": 31,
        "2024-01-04": 41,
    }

    store.undo(first.upload_id, actor=EDITOR)
    assert raw_map(store, "support_time") == {"2024-01-02": 21, "2024-01-03": 31, "2024-01-04": 41}
    assert month_map(store, "support_time") == {"2024-01": 31.0}


def test_restoring_an_upload_does_not_override_later_uploads(store):
    older = store.ingest(parsed(daily("comments", {"2024-01-01": 1, "2024-01-02": 2})), actor=EDITOR)
    newer = store.ingest(parsed(daily("comments", {"2024-01-02": 20})), actor=EDITOR)
    store.undo(older.upload_id, actor=EDITOR)
    assert month_map(store, "comments") == {"2024-01": 20.0}
    restored = store.restore(older.upload_id, actor=EDITOR)
    assert restored.values_back == 1 and "1 value keeps the numbers of later uploads" in restored.message
    assert month_map(store, "comments") == {"2024-01": 21.0}
    assert store.restore(older.upload_id, actor=EDITOR).status == "already_active"
    assert store.uploads().set_index("id").loc[newer.upload_id, "status"] == "active"


def test_undo_twice_says_it_is_already_undone_and_the_ledger_keeps_the_history(store):
    result = store.ingest(parsed(daily("comments", {"2024-01-01": 1})), actor=Actor("Kari", Role.EDITOR))
    store.undo(result.upload_id, actor=Actor("Ola", Role.EDITOR))
    version = store.version()
    again = store.undo(result.upload_id, actor=Actor("Ola", Role.EDITOR))
    assert again.status == "already_undone" and "already undone" in again.message
    assert store.version() == version
    assert store.uploads()["status"].tolist() == ["undone"]
    events = store.upload_events()
    assert events[["upload_id", "event", "by"]].values.tolist() == [
        [result.upload_id, "ingested", "Kari"],
        [result.upload_id, "undone", "Ola"],
    ]
    assert store.month_values().empty
    assert store.upload_content(result.upload_id)  # the bytes stay: an undone upload can be restored


def test_undo_of_an_unknown_upload_is_a_plain_error(store):
    with pytest.raises(StoreError, match="There is no upload #42"):
        store.undo(42, actor=EDITOR)
    with pytest.raises(StoreError, match="There is no upload #42"):
        store.upload_content(42)


# ---------------------------------------------------------------- month values and the engine

KEYS = st.tuples(
    st.sampled_from(["facebook", "linkedin"]),
    st.sampled_from(["all", "youth"]),
    st.sampled_from(["comments", "followers", "support_time", "engagement_rate"]),
    st.integers(min_value=0, max_value=75),  # days from 2024-01-01: three months
)
# Lists, not dicts: one upload may hold several values of a key (a helpdesk export: one per ticket).
UPLOADS = st.lists(st.tuples(KEYS, st.integers(min_value=0, max_value=50)), min_size=1, max_size=12)
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("ingest"), UPLOADS),
        st.tuples(st.just("undo"), st.integers(min_value=0, max_value=5)),
        st.tuples(st.just("restore"), st.integers(min_value=0, max_value=5)),
    ),
    min_size=1,
    max_size=8,
)


def rows_of(values: list) -> list[tuple]:
    start = pd.Timestamp("2024-01-01")
    return [
        ((start + pd.Timedelta(days=day)).strftime("%Y-%m-%d"), channel, audience, metric, float(value))
        for (channel, audience, metric, day), value in values
    ]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS)
def test_month_values_equal_the_engine_on_current_values_after_any_uploads_and_undos(steps):
    # A plain model: the current value of a key comes from the newest active upload holding it.
    uploads: list[dict] = []  # {id, rows, content, active}
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s.sqlite3") as store:
        for action, argument in steps:
            if action == "ingest":
                rows = rows_of(argument)
                content = json.dumps(rows).encode()
                result = store.ingest(parsed(rows, content=content), actor=EDITOR)
                if any(u["content"] == content and u["active"] for u in uploads):
                    assert result.status == "duplicate"
                else:
                    assert result.status == "stored"
                    uploads.append({"id": result.upload_id, "rows": rows, "content": content, "active": True})
            elif uploads:
                target = uploads[argument % len(uploads)]
                (store.undo if action == "undo" else store.restore)(target["id"], actor=EDITOR)
                target["active"] = action == "restore"
        current = {}  # key -> every value the newest active upload holding it has for it
        for upload in sorted((u for u in uploads if u["active"]), key=lambda u: u["id"]):
            mine = {}
            for day, channel, audience, metric, value in upload["rows"]:
                mine.setdefault((day, channel, audience, metric), []).append(value)
            current.update(mine)
        observations = pd.DataFrame(
            [(*key, value) for key, values in current.items() for value in values],
            columns=list(OBSERVATION_COLUMNS),
        )
        observations["date"] = pd.to_datetime(observations["date"])
        observations["value"] = observations["value"].astype("float64")
        expected = engine_month_values(observations).sort_values(["month", "channel", "audience", "metric"])
        actual = store.month_values()
        assert actual[["month", "channel", "audience", "metric"]].values.tolist() == (
            expected[["month", "channel", "audience", "metric"]].values.tolist()
        )
        assert np.allclose(actual["value"].to_numpy(), expected["value"].to_numpy())


def test_several_values_of_a_day_are_kept_pooled_and_replaced_together(store):
    tickets = [("2024-01-05", "helpdesk", "all", "support_time", v) for v in (10.0, 30.0, 50.0)]
    tickets += [("2024-01-06", "helpdesk", "all", "support_time", 20.0)]
    tickets += [("2024-01-06", "helpdesk", "all", "tickets", 1.0)] * 2
    first = store.ingest(parsed(tickets, name="zendesk-jan.csv"), actor=EDITOR)
    assert first.rows == 6
    assert month_map(store, "support_time", channel="helpdesk") == {
        "2024-01": 25.0
    }  # median of 10, 20, 30, 50
    assert month_map(store, "tickets", channel="helpdesk") == {"2024-01": 2.0}
    raw = store.goal_observations("support_time", None, ["helpdesk"], [])
    assert sorted(raw["value"]) == [10.0, 20.0, 30.0, 50.0]

    # A corrected export for 01-05: its values replace all three of that day, and the day is listed once.
    fixed = [("2024-01-05", "helpdesk", "all", "support_time", v) for v in (12.0, 14.0)]
    second = store.ingest(parsed(fixed, name="zendesk-jan-fixed.csv"), actor=EDITOR)
    assert second.restated[["old", "new"]].values.tolist() == [[30.0, 13.0]]  # the day's medians
    assert month_map(store, "support_time", channel="helpdesk") == {"2024-01": 14.0}  # median of 12, 14, 20

    undone = store.undo(second.upload_id, actor=EDITOR)
    assert (undone.values_back, undone.values_gone) == (1, 0)
    assert month_map(store, "support_time", channel="helpdesk") == {"2024-01": 25.0}


def test_goal_observations_give_month_rows_for_sums_and_raw_rows_for_medians(store):
    store.ingest(
        parsed(
            daily("comments", {"2024-01-05": 3, "2024-01-20": 4, "2024-02-01": 5})
            + daily("comments", {"2024-01-07": 7}, channel="linkedin")
            + daily("comments", {"2024-01-07": 1}, channel="linkedin", audience="youth")
            + daily("support_time", {"2024-01-05": 30, "2024-01-06": 10}, channel="helpdesk")
        ),
        actor=EDITOR,
    )
    sums = store.goal_observations("comments", None, ["facebook"], [])
    assert sums.columns.tolist() == list(OBSERVATION_COLUMNS)
    assert sums[["channel", "audience", "value"]].values.tolist() == [
        ["facebook", "all", 7.0],
        ["facebook", "all", 5.0],
    ]
    assert sums["date"].tolist() == [pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")]
    assert str(sums["date"].dtype) == "datetime64[ns]"

    youth = store.goal_observations("comments", None, [], ["youth"])
    assert youth[["channel", "audience", "value"]].values.tolist() == [["linkedin", "youth", 1.0]]

    medians = store.goal_observations("support_time", None, ["helpdesk"], [])
    assert medians["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-05", "2024-01-06"]
    assert medians["value"].tolist() == [30.0, 10.0]

    # A goal that reads comments as a level (mean) pools raw rows: month sums would be wrong for it.
    level = MetricSpec("comments", "Comments", "mean", "higher", "comments", builtin=False)
    assert store.goal_observations("comments", level, ["facebook"], [])["value"].tolist() == [3.0, 4.0, 5.0]
    assert store.goal_observations("reach", None, [], []).empty


def test_freshness_gives_the_latest_day_per_channel_and_follows_undo(store):
    store.ingest(
        parsed(daily("comments", {"2024-01-05": 3}) + daily("comments", {"2024-02-10": 1}, channel="x")),
        actor=EDITOR,
    )
    later = store.ingest(parsed(daily("comments", {"2024-03-02": 4})), actor=EDITOR)
    fresh = store.freshness()
    assert fresh.values.tolist() == [
        ["facebook", pd.Timestamp("2024-03-02")],
        ["x", pd.Timestamp("2024-02-10")],
    ]
    store.undo(later.upload_id, actor=EDITOR)
    assert store.freshness()["latest_date"].tolist() == [
        pd.Timestamp("2024-01-05"),
        pd.Timestamp("2024-02-10"),
    ]


def test_a_strategy_can_declare_how_its_own_metric_is_aggregated(tmp_path):
    path = tmp_path / "s.sqlite3"
    rows = daily("newsletter_subscribers", {"2024-01-05": 100, "2024-01-31": 120})
    with Store.open(path) as store:
        store.ingest(parsed(rows), actor=EDITOR)
        assert month_map(store, "newsletter_subscribers") == {"2024-01": 220.0}  # unknown metrics are summed
    stock = MetricSpec("newsletter_subscribers", "Subscribers", "last", "higher", "people", builtin=False)
    with Store.open(path, specs={"newsletter_subscribers": stock}) as store:
        assert month_map(store, "newsletter_subscribers") == {"2024-01": 120.0}
        assert store.use_metric_specs({"newsletter_subscribers": stock}) == []
        store.ingest(
            parsed(daily("newsletter_subscribers", {"2024-02-03": 125, "2024-02-29": 131})), actor=EDITOR
        )
        assert month_map(store, "newsletter_subscribers") == {"2024-01": 120.0, "2024-02": 131.0}


# ---------------------------------------------------------------- version, strategy, mappings


def test_version_grows_with_every_change_and_only_then(store):
    versions = [store.version()]
    first = store.ingest(parsed(daily("comments", {"2024-01-05": 3})), actor=EDITOR)
    versions.append(store.version())
    store.ingest(parsed(daily("comments", {"2024-01-05": 3})), actor=EDITOR)  # duplicate
    versions.append(store.version())
    store.undo(first.upload_id, actor=EDITOR)
    versions.append(store.version())
    store.restore(first.upload_id, actor=EDITOR)
    versions.append(store.version())
    store.save_strategy("goals: []\n", actor=EDITOR)
    versions.append(store.version())
    store.save_mapping("tracker", {"date": "Month"}, actor=EDITOR)
    versions.append(store.version())
    assert versions == [0, 1, 1, 2, 3, 4, 5]


def test_strategy_versions_are_kept_newest_first(store):
    assert store.strategy_text() is None
    assert store.strategy_versions().empty
    first = store.save_strategy(
        "organisation: Kommune\n", actor=Actor("Kari", Role.EDITOR), note="first draft"
    )
    second = store.save_strategy("organisation: Kommunen\n", actor=Actor("Ola", Role.EDITOR))
    version = store.version()
    assert (
        store.save_strategy("organisation: Kommunen\n", actor=Actor("Ola", Role.EDITOR)) == second
    )  # unchanged text
    assert store.version() == version
    versions = store.strategy_versions()
    assert versions["id"].tolist() == [second, first]
    assert versions[["author", "note"]].values.tolist() == [["Ola", None], ["Kari", "first draft"]]
    assert store.strategy_text() == "organisation: Kommunen\n"
    assert store.strategy_text(first) == "organisation: Kommune\n"
    with pytest.raises(StoreError, match="no saved strategy version 99"):
        store.strategy_text(99)


def test_column_mappings_are_saved_by_name_and_replaced(store):
    store.save_mapping("Månedsrapport", {"date": "Måned", "metrics": {"Følgere": "followers"}}, actor=EDITOR)
    store.save_mapping("tracker", {"date": "Month"}, actor=EDITOR)
    store.save_mapping("tracker", {"date": "Dato"}, actor=EDITOR)
    assert store.mappings() == {
        "Månedsrapport": {"date": "Måned", "metrics": {"Følgere": "followers"}},
        "tracker": {"date": "Dato"},
    }
    with pytest.raises(StoreError, match="needs a name"):
        store.save_mapping("  ", {}, actor=EDITOR)


# ---------------------------------------------------------------- bad input writes nothing


@pytest.mark.parametrize(
    ("rows", "problem"),
    [
        (daily("comments", {"2024-01-05": float("nan")}), "not a finite number"),
        (daily("comments", {"2024-01-05": float("inf")}), "not a finite number"),
        (daily("comments", {"1890-01-05": 1}), "outside the years"),
        ([("2024-01-05", "", "all", "comments", 1.0)], "no channel"),
        ([], "holds no values"),
    ],
)
def test_a_bad_upload_is_refused_in_plain_words_and_writes_nothing(store, rows, problem):
    store.ingest(parsed(daily("comments", {"2024-01-01": 1}), name="good.csv"), actor=EDITOR)
    before = (store.version(), store.uploads().values.tolist(), store.month_values().values.tolist())
    with pytest.raises(UploadError, match=problem) as raised:
        store.ingest(parsed(rows, name="bad.csv"), actor=EDITOR)
    assert raised.value.file_name == "bad.csv" and "“bad.csv”" in str(raised.value)
    assert (store.version(), store.uploads().values.tolist(), store.month_values().values.tolist()) == before


def test_a_failure_half_way_through_an_ingest_leaves_nothing_behind(store, monkeypatch, tmp_path):
    store.ingest(parsed(daily("comments", {"2024-01-01": 1}), name="good.csv"), actor=EDITOR)

    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated crash after the values were written")

    monkeypatch.setattr(upload_ingest, "replace_months", broken)
    with pytest.raises(RuntimeError):
        store.ingest(
            parsed(daily("comments", {"2024-01-02": 2, "2024-02-01": 3}), name="half.csv"), actor=EDITOR
        )
    monkeypatch.undo()
    assert store.version() == 1
    assert store.uploads()["file_name"].tolist() == ["good.csv"]
    with store.engine.connect() as conn:
        for table in ("observation", "upload_content", "upload_event", "upload_series"):
            assert conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() == 1
    assert (
        store.ingest(parsed(daily("comments", {"2024-01-02": 2}), name="half.csv"), actor=EDITOR).status
        == "stored"
    )
    assert month_map(store, "comments") == {"2024-01": 3.0}


def test_a_store_from_the_first_schema_is_upgraded_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    with Store.open(path) as store:
        store.ingest(
            parsed(daily("comments", {"2024-01-05": 3, "2024-01-06": 4})), actor=Actor("Kari", Role.EDITOR)
        )
    with closing(sqlite3.connect(path)) as raw, raw:
        # Schema version 1 had no seq column: one value per key and upload.
        raw.executescript(
            """
            CREATE TABLE observation_old (series_id INTEGER NOT NULL, day INTEGER NOT NULL,
                upload_id INTEGER NOT NULL, value DOUBLE NOT NULL, PRIMARY KEY (series_id, day, upload_id),
                FOREIGN KEY(series_id) REFERENCES series (id), FOREIGN KEY(upload_id) REFERENCES upload (id)
            ) WITHOUT ROWID;
            INSERT INTO observation_old SELECT series_id, day, upload_id, value FROM observation;
            DROP TABLE observation;
            ALTER TABLE observation_old RENAME TO observation;
            ALTER TABLE upload DROP COLUMN channels;
            UPDATE store_state SET schema_version = 1;
            DROP TABLE alembic_version;
            DROP TABLE last_visit; DROP TABLE pinned_version; DROP TABLE timeline_note; DROP TABLE decision;
            DROP TABLE workspace_member; DROP TABLE workspace;
            """
        )
    with Store.open(path) as store:
        assert month_map(store, "comments") == {"2024-01": 7.0}
        assert store.uploads()[["uploaded_by", "channels"]].values.tolist() == [["Kari", "facebook"]]
        store.ingest(
            parsed(daily("comments", {"2024-01-06": 5}) + daily("comments", {"2024-01-06": 6})), actor=EDITOR
        )
        assert month_map(store, "comments") == {"2024-01": 14.0}
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT schema_version FROM store_state").fetchone()[0] == SCHEMA_VERSION
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_schema_and_queries_compile_for_postgresql():
    from sqlalchemy.dialects import postgresql
    from sqlalchemy.schema import CreateTable

    from connectors.store.observation_history import current_observations

    dialect = postgresql.dialect()
    ddl = "\n".join(str(CreateTable(table).compile(dialect=dialect)) for table in metadata.sorted_tables)
    assert "WITHOUT ROWID" not in ddl and "DOUBLE PRECISION" in ddl and "BYTEA" in ddl
    assert "NOT (EXISTS" in str(current_observations([3, 4]).compile(dialect=dialect))


def test_days_are_kept_as_calendar_days_whatever_the_year_or_time_of_day():
    from connectors.store.day_numbers import dates_from_day_numbers, day_numbers

    dates = pd.to_datetime(
        ["1900-01-01", "1969-12-31 23:59", "1970-01-01", "2000-02-29 12:00", "2024-12-31", "2199-12-31"],
        format="ISO8601",
    )
    numbers = day_numbers(dates.to_numpy())
    assert numbers.tolist() == [19000101, 19691231, 19700101, 20000229, 20241231, 21991231]
    assert (dates_from_day_numbers(numbers) == dates.normalize().to_numpy()).all()


def test_data_months_lists_the_months_with_values_and_follows_undo(store):
    assert store.data_months() == []
    store.ingest(
        parsed(daily("comments", {"2024-01-05": 3}) + daily("comments", {"2024-02-10": 1}, channel="x")),
        actor=EDITOR,
    )
    later = store.ingest(parsed(daily("comments", {"2024-04-02": 4})), actor=EDITOR)
    assert store.data_months() == ["2024-01", "2024-02", "2024-04"]
    assert store.data_months() == sorted(set(store.month_values()["month"]))
    store.undo(later.upload_id, actor=EDITOR)
    assert store.data_months() == ["2024-01", "2024-02"]
