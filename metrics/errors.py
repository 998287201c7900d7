"""Errors a user sees: each one says in plain words what is wrong, where, and what to do."""

from __future__ import annotations


class GoalpostError(Exception):
    """A problem the user can fix; str() is the message shown to them."""

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
        super().__init__(f"{source} has {len(self.problems)} problem(s) to fix:\n{lines}")


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
