"""Uploads made in tests from rows of Goalpost's tidy columns, without a file: what a reader would return."""

from __future__ import annotations

import json

import pandas as pd

from connectors.readers.parsed_upload import ParsedUpload
from metrics.observations import OBSERVATION_COLUMNS


def parsed(rows, name: str, channel: str | None = None, content: bytes | None = None) -> ParsedUpload:
    """Return a tidy upload of (date, channel, audience, metric, value) rows, named as a file would be.

    The file's bytes are the rows as JSON unless given (they decide whether it counts as a duplicate).
    """
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
        period_start=frame["date"].min().date(),
        period_end=frame["date"].max().date(),
        row_count=len(frame),
        metrics=sorted(set(frame["metric"])),
        content=json.dumps(rows, default=str).encode() if content is None else content,
    )


def series(metric: str, channel: str, values: dict[str, float]) -> list[tuple]:
    """Return tidy rows of one metric on one channel for all audiences, one per {day: value}."""
    return [(day, channel, "all", metric, value) for day, value in values.items()]
