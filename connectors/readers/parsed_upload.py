"""What reading one file (or one sheet tab) yields, before it is stored."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

import pandas as pd


def content_hash(content: bytes) -> str:
    """Return the sha256 hex digest that identifies an upload's bytes in the ledger."""
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class ParsedUpload:
    """Observations read from one source, with what the ledger needs to keep and re-read it."""

    file_name: str
    preset: str
    preset_label: str
    observations: pd.DataFrame
    channel: str | None
    audience: str
    period_start: date
    period_end: date
    row_count: int
    metrics: list[str]
    content: bytes
    notes: list[str] = field(default_factory=list)
    # Per-item exports: one row per post or video with its text fields and values (metrics.attribution's
    # ITEM_COLUMNS, then one column per metric), for audience rules; None for every other kind of file.
    items: pd.DataFrame | None = field(default=None, compare=False, repr=False)

    @property
    def content_hash(self) -> str:
        """Return the sha256 hex digest of the original bytes."""
        return content_hash(self.content)
