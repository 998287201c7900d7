"""A user's column mapping for a file no preset knows, saved and reused for next month's file of the same shape."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from connectors.readers.aliases import normalise_header, slug


@dataclass(frozen=True)
class ColumnMapping:
    """Which column is the date, the channel, the audience, and which metric each other column holds."""

    date_column: str
    metrics: dict[str, str] = field(default_factory=dict)  # column header -> metric id
    channel_column: str | None = None
    audience_column: str | None = None
    signature: str = ""  # header shape this mapping was made for (see signature_of)

    @staticmethod
    def signature_of(header: list[str] | tuple[str, ...]) -> str:
        """Return a short hash of a header's normalised texts, equal for next month's file of the same shape."""
        keys = [normalise_header(h) for h in header]
        while keys and not keys[-1]:
            keys.pop()
        return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:16]

    def columns(self) -> list[str]:
        """Return every header this mapping reads."""
        named = [self.date_column, self.channel_column, self.audience_column, *self.metrics]
        return [c for c in named if c]

    def missing(self, header: list[str] | tuple[str, ...]) -> list[str]:
        """Return the mapped headers the given header lacks."""
        present = {normalise_header(h) for h in header}
        return [c for c in self.columns() if normalise_header(c) not in present]

    def fits(self, header: list[str] | tuple[str, ...]) -> bool:
        """Return True when every column this mapping reads is in the header."""
        return not self.missing(header)

    def to_dict(self) -> dict:
        """Return the mapping as JSON-ready plain data."""
        return {
            "date_column": self.date_column,
            "channel_column": self.channel_column,
            "audience_column": self.audience_column,
            "metrics": dict(self.metrics),
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, data: dict) -> ColumnMapping:
        """Return the mapping saved by to_dict(); raises KeyError/TypeError/ValueError when it is malformed."""
        metrics = data["metrics"]
        if not isinstance(metrics, dict) or not data["date_column"]:
            raise ValueError("a column mapping needs a date column and a metrics dictionary")
        cleaned = {str(header): slug(str(metric)) for header, metric in metrics.items()}
        if any(not metric for metric in cleaned.values()):
            raise ValueError("every mapped column needs a metric id")
        return cls(
            date_column=str(data["date_column"]),
            metrics=cleaned,
            channel_column=data.get("channel_column") or None,
            audience_column=data.get("audience_column") or None,
            signature=str(data.get("signature") or ""),
        )


def saved_mapping_for(
    columns: list[str] | tuple[str, ...], saved: Mapping[str, dict]
) -> tuple[str, ColumnMapping] | None:
    """Return (name, mapping) of the first saved mapping made for this header shape, or None."""
    wanted = ColumnMapping.signature_of(list(columns))
    for name, stored in sorted(saved.items()):
        try:
            mapping = ColumnMapping.from_dict(stored)
        except (KeyError, TypeError, ValueError):
            continue  # a mapping saved by an older version that no longer fits the format
        if mapping.signature == wanted:
            return name, mapping
    return None
