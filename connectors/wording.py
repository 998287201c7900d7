"""Small helpers for messages in plain words."""

from __future__ import annotations


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Return '1 value' or '1,234 values' (the plural form defaults to singular + 's')."""
    word = singular if count == 1 else (plural_form or f"{singular}s")
    return f"{count:,} {word}"
