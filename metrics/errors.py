"""Errors a user sees: each one says in plain words what is wrong, where, and what to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class Message(str):
    """A sentence for a user, in English, that carries its catalogue key and values for translation.

    It is a str, so the CLI, logs and tests read it as plain English; the dashboard looks up "error.<key>"
    in its catalogue and fills the same {placeholders} in the reader's language.
    """

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, template: str, **params: Any) -> Message:
        text = super().__new__(cls, template.format(**params))
        text.key = key
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Kept across processes and caches: a plain str's pickling would drop the key and values.
        return (_restored_message, (str(self), self.key, self.params))


def plural_message(key: str, singular: str, plural: str, count: int, **params: Any) -> Message:
    """Return a Message about count things, its English in the form that fits ("1 problem", "3 problems").

    The catalogue's "error.<key>" is a plural entry, so each language picks its own form for count.
    """
    return Message(key, singular if count == 1 else plural, count=count, **params)


def _restored_message(text: str, key: str, params: Mapping[str, Any]) -> Message:
    message = str.__new__(Message, text)
    message.key = key
    message.params = dict(params)
    return message


class GoalpostError(Exception):
    """A problem the user can fix; str() is the message shown to them (a Message, when it can be translated)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StrategyError(GoalpostError):
    """The strategy file has one or more mistakes; `problems` lists each in plain words."""

    def __init__(self, problems: list[str], source: str = "strategy.yaml"):
        self.problems = list(problems)
        self.source = source
        lines = "\n".join(f"- {p}" for p in self.problems)
        self.summary = plural_message(
            "strategy_problems",
            "{source} has {count} problem to fix:",
            "{source} has {count} problems to fix:",
            len(self.problems),
            source=source,
        )
        super().__init__(f"{self.summary}\n{lines}")


class UploadError(GoalpostError):
    """A file could not be read; names the file, and the row and column where there is one."""

    def __init__(self, message: str, *, file_name: str, row: int | None = None, column: str | None = None):
        self.file_name = file_name
        self.row = row
        self.column = column
        where = [f"“{file_name}”"]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column “{column}”")
        super().__init__(f"{', '.join(where)}: {message}")
        self.detail = message


class StoreError(GoalpostError):
    """The store cannot be read or written (busy, read-only, full, unknown upload)."""


class SheetError(GoalpostError):
    """A Google Sheet could not be read; says which account needs access or what is missing."""
