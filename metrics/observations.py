"""The tidy observation frame every source is turned into and the goal engine reads."""

from __future__ import annotations

import pandas as pd

OBSERVATION_COLUMNS = ("date", "channel", "audience", "metric", "value")
ALL_AUDIENCES = "all"
"""Audience id for rows that carry no audience: the whole channel."""


def empty_observations() -> pd.DataFrame:
    """Return an observation frame with no rows and the right dtypes."""
    return pd.DataFrame(
        {
            "date": pd.Series([], dtype="datetime64[ns]"),
            "channel": pd.Series([], dtype=object),
            "audience": pd.Series([], dtype=object),
            "metric": pd.Series([], dtype=object),
            "value": pd.Series([], dtype="float64"),
        }
    )


def normalise_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the frame with the five observation columns, day dates, audience 'all' where blank."""
    missing = [c for c in OBSERVATION_COLUMNS if c not in frame.columns]
    if missing:
        raise ValueError(f"observation frame lacks columns: {', '.join(missing)}")
    result = frame.loc[:, list(OBSERVATION_COLUMNS)].copy()
    result["date"] = pd.to_datetime(result["date"]).dt.normalize()
    audience = result["audience"].astype(object)
    blank = audience.isna() | (audience.astype(str).str.strip() == "")
    result["audience"] = audience.where(~blank, ALL_AUDIENCES).astype(str)
    result["channel"] = result["channel"].astype(str)
    result["metric"] = result["metric"].astype(str)
    result["value"] = pd.to_numeric(result["value"]).astype("float64")
    return result.reset_index(drop=True)
