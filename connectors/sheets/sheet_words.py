"""Names, lists and sentences in sheet messages, built as Messages so each language quotes and joins its own way."""

from __future__ import annotations

from collections.abc import Sequence

from metrics.errors import Message


def quoted(name: object) -> Message:
    """Return a name in quotes (“Data”), quoted the reader's way when translated."""
    return Message("sheets.quoted", "“{name}”", name=str(name))


def none_word() -> Message:
    """Return the word a list without items shows ("none")."""
    return Message("sheets.none", "none")


def comma_list(items: Sequence[str]) -> str:
    """Return the items joined with ", " ("none" for no items); the separators follow the reader's language."""
    if not items:
        return none_word()
    joined: str = items[-1]
    for item in reversed(items[:-1]):
        joined = Message("sheets.list", "{first}, {rest}", first=item, rest=joined)
    return joined


def and_list(items: Sequence[str]) -> str:
    """Return the items joined with " and " ("“a” and “b”"), the "and" in the reader's language."""
    if not items:
        return none_word()
    joined: str = items[-1]
    for item in reversed(items[:-1]):
        joined = Message("sheets.list_and", "{first} and {rest}", first=item, rest=joined)
    return joined


def quoted_list(names: Sequence[object]) -> str:
    """Return the names in quotes joined with ", " (“a”, “b”), or "none" when there are none."""
    return comma_list([quoted(name) for name in names])


def sentences(parts: Sequence[str]) -> str:
    """Return sentences one after the other, separated by a space ("" for none)."""
    if not parts:
        return ""
    joined: str = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Message("sheets.sentences", "{first} {rest}", first=part, rest=joined)
    return joined
