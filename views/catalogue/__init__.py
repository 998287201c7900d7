"""The text catalogue: every page's module here defines TEXT = {key: {"en": ..., "nb": ..., "sv": ..., "da": ...}}; it never imports anything of Goalpost.

Modules are found by name, so a new page adds its own file and never edits a shared one.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import MappingProxyType


def catalogue_modules() -> dict[str, dict[str, dict[str, str]]]:
    """Return each catalogue module's name with its TEXT mapping, in name order."""
    modules: dict[str, dict[str, dict[str, str]]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        modules[info.name] = dict(getattr(module, "TEXT", {}))
    return modules


def merged_catalogue() -> dict[str, dict[str, str]]:
    """Return every key of every catalogue module in one mapping (a later module never overrides a key)."""
    merged: dict[str, dict[str, str]] = {}
    for text in catalogue_modules().values():
        for key, entry in text.items():
            merged.setdefault(key, entry)
    return merged


CATALOGUE = MappingProxyType(merged_catalogue())
"""key -> {language: text}, read-only, built once at import."""
