"""Names, lists and sentences inside messages, built so each language quotes and joins its own way.

Lists are written by Babel from CLDR's list patterns ("a, b and c", "a, b och c"): a `WordList` is English
text for the CLI and logs that keeps its items, so the dashboard lists them again in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from babel.core import Locale
from babel.lists import format_list

from metrics.errors import Message

ENGLISH = "en_GB"
"""The locale the library's own English text is written in (the dashboard re-lists in the reader's)."""


class WordList(str):
    """Items listed in English ("a, b and c"), a str that keeps its items and whether "and" joins the last."""

    items: tuple[str, ...]
    conjunction: bool

    def __new__(cls, items: Sequence[str], conjunction: bool) -> WordList:
        text = super().__new__(cls, listed([str(item) for item in items], ENGLISH, conjunction))
        text.items = tuple(items)
        text.conjunction = conjunction
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Kept across processes and caches, items and all, as a Message is.
        return (WordList, (self.items, self.conjunction))


def listed(items: Sequence[str], locale: str, conjunction: bool) -> str:
    """Return the items listed in the locale's way: "a, b and c", or "a, b, c" without the conjunction."""
    if not conjunction:
        # CLDR's "middle" pattern ("{0}, {1}") at every join: a plain enumeration.
        middle = Locale.parse(locale).list_patterns["standard"]["middle"]
        return _nested(items, middle.format)
    return format_list(list(items), locale=locale) if items else ""


def _nested(items: Sequence[str], join: Callable[[str, str], str]) -> str:
    joined = items[-1] if items else ""
    for item in reversed(items[:-1]):
        joined = join(item, joined)
    return joined


def quoted(name: object) -> Message:
    """Return a name in quotes (“Data”), in the reader's quotation marks when translated."""
    return Message("words.quoted", "“{name}”", name=str(name))


def none_word() -> Message:
    """Return the word a list without items shows ("none")."""
    return Message("words.none", "none")


def comma_list(items: Sequence[str]) -> str:
    """Return the items joined with ", " ("none" for no items)."""
    return WordList(items, conjunction=False) if items else none_word()


def and_list(items: Sequence[str]) -> str:
    """Return the items joined with ", " and " and " before the last ("“a” and “b”"), in the reader's words."""
    return WordList(items, conjunction=True) if items else none_word()


def quoted_list(names: Sequence[object]) -> str:
    """Return the names in quotes joined with ", " (“a”, “b”), or "none" when there are none."""
    return comma_list([quoted(name) for name in names])


def sentences(*parts: str) -> str:
    """Return sentences one after the other, separated by a space ("" for none), each translated on its own."""
    if not parts:
        return ""
    return _nested(
        list(parts), lambda first, rest: Message("words.sentences", "{first} {rest}", first=first, rest=rest)
    )
