"""File readers and platform presets: CSV, XLSX and XLS exports in, observations out; they never import Streamlit, views or a database library.

Public API: read_upload, detect_presets, read_tidy_frame, read_wide_frame, parse_number, ColumnMapping,
NeedsMapping, PresetMatch, Preset, PresetRegistry, build_registry, registered_presets.
"""

from connectors.readers.errors import NeedsMapping
from connectors.readers.mapping import ColumnMapping
from connectors.readers.numbers import parse_number
from connectors.readers.registry import (
    ENTRY_POINT_GROUP,
    Preset,
    PresetMatch,
    PresetRegistry,
    build_registry,
    registered_presets,
)
from connectors.readers.upload import detect_presets, read_tidy_frame, read_upload, read_wide_frame

__all__ = [
    "ENTRY_POINT_GROUP",
    "ColumnMapping",
    "NeedsMapping",
    "Preset",
    "PresetMatch",
    "PresetRegistry",
    "build_registry",
    "detect_presets",
    "parse_number",
    "read_tidy_frame",
    "read_upload",
    "read_wide_frame",
    "registered_presets",
]
