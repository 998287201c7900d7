"""Reading one uploaded file for the Data page: a plain outcome (read, needs mapping, or refused), no Streamlit.

The outcome is plain data (no exception objects), so the page can keep it in the session and show it again
on every rerun without reading the file twice.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

from connectors.readers import ColumnMapping, NeedsMapping, read_upload
from connectors.readers.mapping import saved_mapping_for
from connectors.store import ParsedUpload, content_hash
from metrics.errors import GoalpostError, UploadError
from views.messages import error_text

log = logging.getLogger(__name__)

UPLOAD_TYPES = ["csv", "txt", "tsv", "xlsx", "xls"]
"""File endings the drop zone accepts: the platforms' CSV and Excel exports."""

PROGRESS_FROM_BYTES = 2_000_000
"""Files at least this large get a progress bar while they are read (smaller ones read in a blink)."""


@dataclass(frozen=True)
class MappingChoice:
    """What the user picked for a file no preset knows: which column is what."""

    date_column: str
    metrics: dict[str, str]  # column header -> metric id
    channel_column: str | None = None
    audience_column: str | None = None


@dataclass(frozen=True)
class ReadOutcome:
    """The result of reading one file: parsed, needing a column mapping, or refused with a plain message."""

    file_name: str
    content_hash: str
    parsed: ParsedUpload | None = None
    message: str | None = None
    row: int | None = None
    column: str | None = None
    needs_mapping: bool = False
    needs_channel: bool = False  # readable once told its channel (a tracker or mapped file without one)
    columns: tuple[str, ...] = ()
    sample: pd.DataFrame | None = field(default=None, repr=False)
    mapping_name: str | None = None  # a saved mapping that was applied automatically

    @property
    def ok(self) -> bool:
        """Return True when the file was read and can be stored."""
        return self.parsed is not None


def to_column_mapping(choice: MappingChoice, columns: tuple[str, ...] | list[str]) -> ColumnMapping:
    """Return the readers' ColumnMapping for the user's choice on a file with these headers."""
    return ColumnMapping(
        date_column=choice.date_column,
        channel_column=choice.channel_column,
        audience_column=choice.audience_column,
        metrics=dict(choice.metrics),
        signature=ColumnMapping.signature_of(list(columns)),
    )


def read_file(
    content: bytes,
    file_name: str,
    *,
    channel: str | None = None,
    audience: str | None = None,
    preset: str | None = None,
    mapping: ColumnMapping | None = None,
    saved_mappings: Mapping[str, dict] | None = None,
    probe_channel: str = "facebook",
    lang: str = "en",
    year: int | None = None,
) -> ReadOutcome:
    """Return the outcome of reading the file's bytes; never raises for a bad file.

    A file refused only because it does not say its channel comes back with needs_channel set, so the
    page asks for the channel instead of showing a dead end (found by reading it once with probe_channel).
    `year` is the year of dates written without one (None: from the file name, else the upload day).
    """
    digest = content_hash(content)
    stream = io.BytesIO(content)
    mapping_name = None
    effective_mapping = mapping
    try:
        try:
            parsed = read_upload(
                stream,
                file_name,
                channel=channel,
                audience=audience,
                preset=preset,
                mapping=mapping,
                year_hint=year,
            )
        except NeedsMapping as needs:
            fitting = None if mapping is not None else saved_mapping_for(needs.columns, saved_mappings or {})
            if fitting is None:
                raise
            mapping_name, effective_mapping = fitting
            stream.seek(0)
            parsed = read_upload(
                stream,
                file_name,
                channel=channel,
                audience=audience,
                mapping=effective_mapping,
                year_hint=year,
            )
    except NeedsMapping as needs:
        return ReadOutcome(
            file_name=file_name,
            content_hash=digest,
            message=error_text(needs, lang),
            needs_mapping=True,
            columns=tuple(str(c) for c in needs.columns),
            sample=needs.sample,
        )
    except UploadError as error:
        needs_channel = channel is None and _readable_with_channel(
            content, file_name, probe_channel, audience, preset, effective_mapping, year
        )
        return ReadOutcome(
            file_name=file_name,
            content_hash=digest,
            message=error_text(error, lang),
            row=error.row,
            column=error.column,
            needs_channel=needs_channel,
            mapping_name=mapping_name,
        )
    except GoalpostError as error:
        return ReadOutcome(file_name=file_name, content_hash=digest, message=error_text(error, lang))
    except Exception:
        # A reader bug must not show a traceback to a manager; the log keeps it for the developers.
        log.exception("reading %r failed unexpectedly", file_name)
        return ReadOutcome(file_name=file_name, content_hash=digest, message=None)
    return ReadOutcome(file_name=file_name, content_hash=digest, parsed=parsed, mapping_name=mapping_name)


def _readable_with_channel(
    content: bytes,
    file_name: str,
    channel: str,
    audience: str | None,
    preset: str | None,
    mapping: ColumnMapping | None,
    year: int | None = None,
) -> bool:
    try:
        read_upload(
            io.BytesIO(content),
            file_name,
            channel=channel,
            audience=audience,
            preset=preset,
            mapping=mapping,
            year_hint=year,
        )
    except Exception:  # any failure means the channel was not the only thing missing
        return False
    return True


def observations_preview(
    parsed: ParsedUpload,
    rows: int = 12,
    *,
    channel_names: Mapping[str, str] | None = None,
    audience_names: Mapping[str, str] | None = None,
    metric_names: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Return the first rows of the file's observations for the preview table: dates as YYYY-MM-DD text,

    channels, audiences and metrics by the names given (ids without a name stay as they are).
    """
    frame = parsed.observations.sort_values(["date", "channel", "audience", "metric"], kind="stable").head(
        rows
    )
    frame = frame.copy()
    frame["date"] = frame["date"].dt.strftime("%Y-%m-%d")
    for column, names in (("channel", channel_names), ("audience", audience_names), ("metric", metric_names)):
        if names:
            frame[column] = [names.get(str(v), str(v)) for v in frame[column]]
    return frame.reset_index(drop=True)


def file_channels(parsed: ParsedUpload) -> list[str]:
    """Return the distinct channel ids in the file's observations (blank ones left out), sorted."""
    values = parsed.observations["channel"].dropna().astype(str).str.strip()
    return sorted(v for v in values.unique() if v and v.lower() not in {"none", "nan"})


def file_audiences(parsed: ParsedUpload) -> list[str]:
    """Return the distinct audience ids in the file's observations, sorted."""
    return sorted(parsed.observations["audience"].dropna().astype(str).unique())
