"""The Data page's pure parts: reading an upload into an outcome, the ledger newest first, undo, freshness."""

from __future__ import annotations

import pandas as pd

from views.ledger_table import NONE_SHOWN, freshness, ledger_for_people, ledger_view
from views.upload_flow import MappingChoice, read_file, to_column_mapping


def _ledger() -> pd.DataFrame:
    rows = [
        # id, file, channel, audience, start, end, status
        (1, "fb-jan.csv", "facebook", "all", "2026-01-01", "2026-01-31", "active"),
        (2, "li-jan.csv", "linkedin", "all", "2026-01-01", "2026-01-31", "active"),
        (3, "fb-jan-fixed.csv", "facebook", "all", "2026-01-01", "2026-01-31", "undone"),
        (4, "tracker.csv", None, "all", "2025-12-01", "2026-02-28", "active"),
        (5, "fb-jan-feb.csv", "facebook", "all", "2026-01-15", "2026-02-28", "active"),
    ]
    frame = pd.DataFrame(
        rows, columns=["id", "file_name", "channel", "audience", "period_start", "period_end", "status"]
    )
    frame["rows"] = 10
    frame["uploaded_at"] = pd.Timestamp("2026-03-01")
    return frame


def test_ledger_is_newest_first():
    assert ledger_view(_ledger())["id"].tolist() == [5, 4, 3, 2, 1]
    assert ledger_view(pd.DataFrame()).empty


def test_freshness_names_the_newest_month_the_channels_behind_and_those_without_data():
    latest = pd.DataFrame(
        {
            "channel": ["facebook", "linkedin", "instagram"],
            "latest_date": pd.to_datetime(["2026-03-28", "2026-01-31", "2026-03-01"]),
        }
    )
    state = freshness(latest, ["facebook", "linkedin", "instagram", "tiktok"])
    assert state.latest_month == "2026-03"
    assert state.behind == [("linkedin", "2026-01")]
    assert state.missing == ["tiktok"]
    empty = freshness(pd.DataFrame(columns=["channel", "latest_date"]), ["facebook"])
    assert empty.latest_month is None and empty.missing == ["facebook"]


BAD = b"date,channel,audience,metric,value\n2026-01-31,facebook,,followers,1200\n2026-02-28,facebook,,followers,abc\n"
OWN = "Uke;Sidevisninger;Påmeldinger\n2026-01-05;1 200;35\n2026-01-12;1 350;41\n".encode()


def test_a_bad_file_is_an_outcome_with_file_row_and_column_not_an_exception():
    outcome = read_file(BAD, "numbers.csv")
    assert not outcome.ok and not outcome.needs_mapping and not outcome.needs_channel
    assert (outcome.row, outcome.column) == (3, "value")
    assert outcome.message.startswith("“numbers.csv”, row 3, column “value”")


def test_an_unknown_layout_asks_for_a_mapping_then_for_its_channel():
    outcome = read_file(OWN, "own.csv")
    assert outcome.needs_mapping and outcome.columns == ("Uke", "Sidevisninger", "Påmeldinger")
    mapping = to_column_mapping(MappingChoice("Uke", {"Påmeldinger": "signups"}), outcome.columns)
    without_channel = read_file(OWN, "own.csv", mapping=mapping)
    assert without_channel.needs_channel and not without_channel.ok
    read = read_file(OWN, "own.csv", mapping=mapping, channel="blog")
    assert read.ok and read.parsed.observations["value"].tolist() == [35.0, 41.0]


def test_a_saved_mapping_whose_header_fits_is_applied_by_itself():
    mapping = to_column_mapping(
        MappingChoice("Uke", {"Sidevisninger": "views"}), ["Uke", "Sidevisninger", "Påmeldinger"]
    )
    other = to_column_mapping(MappingChoice("Date", {"Clicks": "links"}), ["Date", "Clicks"])
    saved = {"another shape": other.to_dict(), "web weekly": mapping.to_dict()}
    outcome = read_file(OWN, "own-feb.csv", channel="blog", saved_mappings=saved)
    assert outcome.ok and outcome.mapping_name == "web weekly"
    assert outcome.parsed.metrics == ["views"]


def test_a_reader_crash_becomes_a_plain_refusal(monkeypatch):
    import views.upload_flow as upload_flow

    def broken(*_args, **_kwargs):
        raise RuntimeError("bug in a preset")

    monkeypatch.setattr(upload_flow, "read_upload", broken)
    outcome = upload_flow.read_file(b"date\n", "x.csv")
    assert not outcome.ok and outcome.message is None  # the page shows its own "could not be read" text


def test_the_ledger_table_shows_names_words_and_a_dash_never_ids_or_none():
    ledger = pd.DataFrame(
        {
            "id": [2, 1],
            "file_name": ["tracker.csv", "tickets.csv"],
            "preset": ["wide_tracker", "zendesk"],
            "preset_label": [None, "Zendesk ticket export"],
            "channel": [None, "helpdesk"],
            "channels": ["facebook, linkedin", "helpdesk"],
            "audience": [None, "all"],
            "period_start": ["2026-01-01", None],
            "uploaded_by": [None, "kari@lyngtind.no"],
            "source": ["sheet", "file"],
            "status": ["undone", "active"],
        }
    )
    shown = ledger_for_people(
        ledger,
        channel_names={"facebook": "Facebook", "linkedin": "LinkedIn", "helpdesk": "Kundeservice (Zendesk)"},
        audience_names={"all": "All audiences"},
        words={"source_file": "File upload", "status_active": "Counts"},
    )
    assert shown["preset"].tolist() == ["Wide tracker", "Zendesk ticket export"]
    assert shown["channel"].tolist() == ["Facebook, LinkedIn", "Kundeservice (Zendesk)"]
    assert shown["audience"].tolist() == [NONE_SHOWN, "All audiences"]
    assert shown["period_start"].tolist() == ["2026-01-01", NONE_SHOWN]
    assert shown["uploaded_by"].tolist() == [NONE_SHOWN, "kari@lyngtind.no"]
    # A source or status without a word of its own still reads as words, not as an id.
    assert shown["source"].tolist() == ["Sheet", "File upload"] and shown["status"].tolist() == [
        "Undone",
        "Counts",
    ]
    assert "preset_label" not in shown.columns and "channels" not in shown.columns
