"""The library's messages in the reader's language: errors and notes from metrics/ and connectors/."""

from __future__ import annotations

from collections.abc import Sequence

from metrics.errors import GoalpostError, Message, StrategyError, UploadError
from metrics.words import WordList, listed
from views.i18n import LOCALES, has_text, is_plural, language, t, tn


def localized(text: object, lang: str) -> str:
    """Return a library message in the language; text without a catalogue entry comes back as written."""
    if isinstance(text, WordList):
        items = [localized(item, lang) for item in text.items]
        return listed(items, LOCALES[language(lang)], text.conjunction)
    if isinstance(text, Message) and has_text(f"error.{text.key}"):
        values = {name: localized(value, lang) for name, value in text.params.items()}
        if is_plural(f"error.{text.key}") and isinstance(text.params.get("count"), int):
            del values["count"]  # tn writes the count the language's way
            return tn(f"error.{text.key}", text.params["count"], lang, **values)
        return t(f"error.{text.key}", lang, **values)
    return str(text)


def problems_text(summary: str, problems: Sequence[str], lang: str) -> str:
    """Return a summary line and one "- problem" line per problem, in the language."""
    lines = "\n".join(f"- {localized(problem, lang)}" for problem in problems)
    return f"{localized(summary, lang)}\n{lines}"


def error_text(err: BaseException, lang: str) -> str:
    """Return an error's message in the language: where (file, row, column), what is wrong, what to do."""
    if isinstance(err, StrategyError):
        return problems_text(err.summary, err.problems, lang)
    if isinstance(err, UploadError):
        where = [t("error.where_file", lang, file=err.file_name)]
        if err.row is not None:
            where.append(t("error.where_row", lang, row=err.row))
        if err.column is not None:
            where.append(t("error.where_column", lang, column=err.column))
        return ", ".join(where) + ": " + localized(err.detail, lang)
    if isinstance(err, GoalpostError):
        return localized(err.message, lang)
    return str(err)
