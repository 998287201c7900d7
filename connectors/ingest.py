"""One file from disk into the store: read it with the presets, store it, say what happened."""

from __future__ import annotations

from pathlib import Path

from connectors.readers import read_upload
from connectors.store import Store
from metrics.errors import GoalpostError


def ingest_file(
    store: Store,
    path: Path,
    *,
    channel: str | None = None,
    audience: str | None = None,
    preset: str | None = None,
    uploaded_by: str | None = None,
) -> str:
    """Return a plain-words summary of storing one file: preset, period, rows and metrics, or why not."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            parsed = read_upload(handle, path.name, channel=channel, audience=audience, preset=preset)
    except FileNotFoundError:
        raise GoalpostError(f"There is no file at “{path}”. Check the path.") from None
    except IsADirectoryError:
        raise GoalpostError(f"“{path}” is a folder. Name the files inside it.") from None
    result = store.ingest(parsed, uploaded_by=uploaded_by, source="file")
    lines = [
        f"{path.name}: {parsed.preset_label} · channel {parsed.channel or 'per row'} · audience {parsed.audience}",
        f"  period {parsed.period_start} to {parsed.period_end} · {parsed.row_count} rows · "
        f"metrics: {', '.join(parsed.metrics)}",
        f"  {result.message}",
    ]
    lines += [f"  note: {note}" for note in parsed.notes]
    return "\n".join(lines)
