"""Freshness per channel and kind of file: a tracker row does not make a channel's own exports look current."""

from __future__ import annotations

import json

import pandas as pd
from actors import EDITOR

from connectors.readers.parsed_upload import ParsedUpload
from connectors.store.store import Store
from metrics.observations import OBSERVATION_COLUMNS
from views.ledger_table import SourceLag, source_lags, source_months


def parsed(rows, name: str, preset: str, label: str) -> ParsedUpload:
    frame = pd.DataFrame(rows, columns=list(OBSERVATION_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    return ParsedUpload(
        file_name=name,
        preset=preset,
        preset_label=label,
        observations=frame,
        channel=None,
        audience="all",
        period_start=frame["date"].min().date(),
        period_end=frame["date"].max().date(),
        row_count=len(frame),
        metrics=sorted(set(frame["metric"])),
        content=json.dumps(rows, default=str).encode(),
    )


def test_each_kind_of_file_has_its_own_latest_month(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as store:
        store.ingest(
            parsed(
                [("2026-08-31", "linkedin", "all", "followers", 5000.0)],
                "li.csv",
                "linkedin_page",
                "LinkedIn page",
            ),
            actor=EDITOR,
        )
        tracker = store.ingest(
            parsed(
                [
                    ("2026-11-30", "linkedin", "all", "followers", 5300.0),
                    ("2026-11-30", "blog", "all", "comments", 9.0),
                ],
                "tracker.csv",
                "wide_tracker",
                "Monthly tracker",
            ),
            actor=EDITOR,
        )
        by_source = store.source_freshness()
        # The channel as a whole looks current: that is what hid the missing exports.
        assert store.freshness().set_index("channel").loc["linkedin", "latest_date"] == pd.Timestamp(
            "2026-11-30"
        )
        months = source_months(by_source)
        assert months.values.tolist() == [
            ["blog", "Monthly tracker", "2026-11"],
            ["linkedin", "Monthly tracker", "2026-11"],
            ["linkedin", "LinkedIn page", "2026-08"],
        ]
        assert source_lags(by_source) == [
            SourceLag("linkedin", "LinkedIn page", "2026-08", "Monthly tracker", "2026-11")
        ]
        # An undone upload no longer counts for its kind of file.
        store.undo(tracker.upload_id, actor=EDITOR)
        assert source_lags(store.source_freshness()) == []
