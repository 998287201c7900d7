"""The preset registry: each preset is a small unit saying "is this file mine?" apart from "read it".

Built-in presets register exactly as an extension does: a module with a `register_presets(registry)` function,
listed in BUILTIN_PRESET_MODULES or exposed by an installed package under the entry-point group
`goalpost.presets`. A registry is built per read (cheap), so no module keeps mutable state.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from importlib.metadata import entry_points

from connectors.readers.context import ReadContext, Reading
from connectors.readers.table import Table

ENTRY_POINT_GROUP = "goalpost.presets"

BUILTIN_PRESET_MODULES = (
    "connectors.readers.presets.meta",
    "connectors.readers.presets.linkedin",
    "connectors.readers.presets.x",
    "connectors.readers.presets.youtube",
    "connectors.readers.presets.tiktok",
    "connectors.readers.presets.helpdesk",
    "connectors.readers.presets.web",
    "connectors.readers.presets.goalpost",
)


class Preset:
    """One known file layout. Subclasses set the class attributes and implement matches() and read()."""

    name: str = ""
    label: str = ""
    description: str = ""
    channel: str | None = None  # the channel a file of this layout belongs to, when the layout says
    languages: tuple[str, ...] = ("en",)

    def matches(self, table: Table) -> float | None:
        """Return how sure this preset is that the table is its layout (0..1], or None when it is not."""
        raise NotImplementedError

    def read(self, table: Table, context: ReadContext) -> Reading:
        """Return the observations read from a table this preset matched."""
        raise NotImplementedError

    def missing_columns(self, table: Table) -> list[str]:
        """Return the headers this preset needs and the table lacks (for a forced preset that does not fit)."""
        return []


@dataclass(frozen=True)
class PresetMatch:
    """A preset that recognises a table of the file, with its confidence and proposed channel."""

    preset: str
    label: str
    score: float
    channel: str | None
    sheet: str | None = None


class PresetRegistry:
    """The presets known to one read; listable so every preset can be documented and tested."""

    def __init__(self) -> None:
        self._presets: dict[str, Preset] = {}

    def register(self, preset: Preset) -> None:
        """Add a preset; its name must be new."""
        if not preset.name or preset.name in self._presets:
            raise ValueError(f"preset name {preset.name!r} is empty or already registered")
        self._presets[preset.name] = preset

    def presets(self) -> tuple[Preset, ...]:
        """Return every registered preset, in registration order."""
        return tuple(self._presets.values())

    def get(self, name: str) -> Preset | None:
        """Return the preset of that name, or None."""
        return self._presets.get(name)

    def matches(self, tables: list[Table]) -> list[tuple[PresetMatch, Preset, Table]]:
        """Return every (match, preset, table) whose preset recognises the table, best first."""
        found = []
        for order, table in enumerate(tables):
            for rank, preset in enumerate(self._presets.values()):
                score = preset.matches(table)
                if score is None or score <= 0:
                    continue
                match = PresetMatch(preset.name, preset.label, float(score), preset.channel, table.sheet)
                found.append((match, preset, table, order, rank))
        found.sort(key=lambda item: (-item[0].score, item[3], item[4]))
        return [(m, p, t) for m, p, t, _, _ in found]


def build_registry(
    modules: tuple[str, ...] = BUILTIN_PRESET_MODULES, *, extensions: bool = True
) -> PresetRegistry:
    """Return a registry holding the presets of the given modules and of installed extensions."""
    registry = PresetRegistry()
    for module_name in modules:
        importlib.import_module(module_name).register_presets(registry)
    if extensions:
        for entry in entry_points(group=ENTRY_POINT_GROUP):
            entry.load()(registry)
    return registry


def registered_presets() -> tuple[Preset, ...]:
    """Return every preset Goalpost knows (built-in and extensions), for listing and documentation."""
    return build_registry().presets()
