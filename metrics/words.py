"""Names, lists and sentences inside messages, built as Messages so each language quotes and joins its own way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from metrics.errors import Message


def quoted(name: object) -> Message:
    """Return a name in quotes (“Data”), in the reader's quotation marks when translated."""
    return Message("words.quoted", "“{name}”", name=str(name))


def none_word() -> Message:
    """Return the word a list without items shows ("none")."""
    return Message("words.none", "none")


def comma_list(items: Sequence[str]) -> str:
    """Return the items joined with ", " ("none" for no items)."""
    return _joined(
        items, lambda first, rest: Message("words.list", "{first}, {rest}", first=first, rest=rest)
    )


def and_list(items: Sequence[str]) -> str:
    """Return the items joined with " and " ("“a” and “b”"), the "and" in the reader's language."""
    return _joined(
        items, lambda first, rest: Message("words.list_and", "{first} and {rest}", first=first, rest=rest)
    )


def quoted_list(names: Sequence[object]) -> str:
    """Return the names in quotes joined with ", " (“a”, “b”), or "none" when there are none."""
    return comma_list([quoted(name) for name in names])


def sentences(*parts: str) -> str:
    """Return sentences one after the other, separated by a space ("" for none), each translated on its own."""
    if not parts:
        return ""
    return _joined(
        parts, lambda first, rest: Message("words.sentences", "{first} {rest}", first=first, rest=rest)
    )


def _joined(items: Sequence[str], join: Callable[[str, str], Message]) -> str:
    if not items:
        return none_word()
    joined: str = items[-1]
    for item in reversed(items[:-1]):
        # Nested from the right, so the language's own joining word stands at every join.
        joined = join(item, joined)
    return joined
