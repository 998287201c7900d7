"""One file from disk into the store: read it with the presets, store it, say what happened."""

from __future__ import annotations

import io
from pathlib import Path

from connectors.readers import NeedsMapping, read_upload
from connectors.readers.mapping import saved_mapping_for
from connectors.store.store import Store
from connectors.store.workspaces import acting_here
from metrics.access import Actor, Role, require
from metrics.errors import GoalpostError, Message


def ingest_file(
    store: Store,
    path: Path,
    *,
    channel: str | None = None,
    audience: str | None = None,
    preset: str | None = None,
    actor: Actor,
    year: int | None = None,
) -> str:
    """Return a plain-words summary of storing one file: preset, period, rows and metrics, or why not.

    `year` is the year of dates written without one (TikTok's "April 12"); by default a year in the file name,
    else the one that puts the newest date on or before today.
    """
    require(actor, Role.EDITOR, "upload")  # before reading: a viewer's file is not even opened
    acting_here(store, actor)
    path = Path(path)
    try:
        content = path.read_bytes()
    except FileNotFoundError:
        raise GoalpostError(
            Message("ingest.no_such_file", "There is no file at “{path}”. Check the path.", path=str(path))
        ) from None
    except IsADirectoryError:
        raise GoalpostError(
            Message(
                "ingest.path_is_folder", "“{path}” is a folder. Name the files inside it.", path=str(path)
            )
        ) from None
    parsed = _read(
        content, path.name, store, channel=channel, audience=audience, preset=preset, year_hint=year
    )
    result = store.ingest(parsed, actor=actor, source="file")
    lines = [
        f"{path.name}: {parsed.preset_label} · channel {parsed.channel or 'per row'} · audience {parsed.audience}",
        f"  period {parsed.period_start} to {parsed.period_end} · {parsed.row_count} rows · "
        f"metrics: {', '.join(parsed.metrics)}",
        f"  {result.message}",
    ]
    lines += [f"  note: {note}" for note in parsed.notes]
    return "\n".join(lines)


def _read(content: bytes, file_name: str, store: Store, **choices):
    """Return the parsed file, applying a mapping saved in the dashboard when no preset knows its layout."""
    try:
        return read_upload(io.BytesIO(content), file_name, **choices)
    except NeedsMapping as needs:
        saved = saved_mapping_for(needs.columns, store.mappings())
        if saved is None:
            # needs.message is "“<file>”: <detail>" (a NeedsMapping names no row or column).
            raise GoalpostError(
                Message(
                    "ingest.map_on_dashboard",
                    "“{file}”: {detail}. Map its columns once on the dashboard's Data page; after that "
                    "`cli.py ingest` applies the saved mapping to every file of the same shape.",
                    file=needs.file_name,
                    detail=needs.detail,
                )
            ) from None
        return read_upload(io.BytesIO(content), file_name, mapping=saved[1], **choices)
