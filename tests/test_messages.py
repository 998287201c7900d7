"""Every message the library can show a user is keyed, translated in the catalogue, and shown in the language."""

from __future__ import annotations

import ast
import importlib
import io
import pickle
from pathlib import Path

import pytest

from connectors.readers import read_upload
from metrics.errors import GoalpostError, Message, StoreError, StrategyError, UploadError
from metrics.strategy import load_strategy
from metrics.words import and_list, quoted, quoted_list
from views.i18n import CATALOGUE
from views.messages import error_text, localized

ROOT = Path(__file__).resolve().parent.parent
BAD_NUMBER = b"date,channel,audience,metric,value\n2026-01-31,facebook,,followers,1200\n2026-02-28,facebook,,followers,abc\n"
LIBRARY = [path for folder in ("metrics", "connectors") for path in sorted((ROOT / folder).rglob("*.py"))]


def _calls(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node


def _name(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def library_messages() -> dict[str, set[str]]:
    """Return every Message key written in metrics/ and connectors/ with the English templates given for it."""
    found: dict[str, set[str]] = {}
    for path in LIBRARY:
        for call in _calls(path):
            name = _name(call.func)
            if name not in ("Message", "plural_message") or len(call.args) < 2:
                continue
            if path.name == "errors.py" and name == "Message" and isinstance(call.args[0], ast.Name):
                continue  # plural_message itself, handing its arguments on
            texts = call.args[: 3 if name == "plural_message" else 2]
            assert all(isinstance(arg, ast.Constant) for arg in texts), (
                f"{path.relative_to(ROOT)}:{call.lineno}: a Message's key and template are written out"
            )
            english = tuple(arg.value for arg in texts[1:])
            found.setdefault(texts[0].value, set()).add(english if len(english) > 1 else english[0])
    return found


def test_every_library_message_is_in_the_catalogue_in_four_languages_with_its_english_text():
    messages = library_messages()
    assert len(messages) > 50
    two_texts = {key: texts for key, texts in messages.items() if len(texts) > 1}
    missing = sorted(key for key in messages if f"error.{key}" not in CATALOGUE)
    different = sorted(
        key
        for key, texts in messages.items()
        if f"error.{key}" in CATALOGUE and CATALOGUE[f"error.{key}"]["en"] not in texts
    )
    assert two_texts == {}
    assert missing == []
    assert different == []


def user_error_names() -> set[str]:
    """Return the names of the exceptions whose text reaches users: GoalpostError and everything under it,
    and the readers' cell problems that become one; builtin errors are programmers' and stay English."""
    for path in LIBRARY:
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        importlib.import_module(module.removesuffix(".__init__"))
    found, todo = set(), [GoalpostError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found | {"NumberProblem", "DateProblem"}


def test_no_error_is_raised_with_untranslatable_text():
    # A literal or f-string handed to an error users read would reach Nordic readers in English.
    names = user_error_names()
    assert {"UploadError", "NeedsMapping", "SheetUnavailable", "StoreError"} <= names
    plain = []
    for path in LIBRARY:
        for call in _calls(path):
            if _name(call.func) not in names or not call.args:
                continue
            first = call.args[0]
            if isinstance(first, ast.JoinedStr | ast.BinOp) or (
                isinstance(first, ast.Constant) and isinstance(first.value, str)
            ):
                plain.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert plain == []


def test_an_upload_error_reads_in_norwegian_with_its_file_row_and_column():
    with pytest.raises(UploadError) as caught:
        read_upload(io.BytesIO(BAD_NUMBER), "eksport.csv")
    err = caught.value
    assert isinstance(err.detail, Message) and err.message.startswith(
        "“eksport.csv”, row 3, column “value”: "
    )
    text = error_text(err, "nb")
    assert text.startswith("«eksport.csv», rad 3, kolonne «value»: ")
    assert "abc" in text and localized(err.detail, "nb") != str(err.detail)


def test_a_strategy_with_mistakes_is_explained_in_swedish():
    text = (
        "organisation: X\nmission: m\ngoals:\n  - id: g\n    title: G\n    kind: efect\n"
        "    start: 2025-06-01\n    deadline: 2025-01-01\n"
    )
    with pytest.raises(StrategyError) as caught:
        load_strategy(text, source="strategi.yaml")
    english = caught.value.message
    swedish = error_text(caught.value, "sv")
    assert swedish.startswith("strategi.yaml har ") and "fel att rätta" in swedish
    assert swedish.count("\n- ") == english.count("\n- ") >= 4
    # Every problem, not just the header, is in Swedish: no line is left as the English one.
    pairs = list(zip(swedish.splitlines()[1:], english.splitlines()[1:], strict=True))
    assert [sv for sv, en in pairs if sv == en] == []
    assert not any(word in swedish for word in ("field", "missing", "Goal", "Write", "deadline is"))
    # The parts of a composed problem (item, field, dates, what to do) are each translated.
    assert "- Mål ”g”, fältet ”deadline”: slutdatumet 2025-01-01 är före starten 2025-06-01. " in swedish
    assert "Menade du ”effect”?" in swedish and "Did you mean" in english


def test_a_message_keeps_its_key_and_values_through_pickling_and_unknown_text_stays_as_written():
    message = Message("store_busy", "The store is busy; try again in {seconds} seconds.", seconds=5)
    copy = pickle.loads(pickle.dumps(StoreError(message))).message
    assert isinstance(copy, Message) and copy.key == message.key and copy.params == {"seconds": 5}
    assert localized("plain words", "da") == "plain words"
    assert error_text(GoalpostError("plain words"), "da") == "plain words"


def test_names_and_lists_inside_messages_take_each_languages_quotes_and_joining_words():
    names = quoted_list(["Data", "Kanaler"])
    assert names == "“Data”, “Kanaler”"
    assert localized(names, "nb") == "«Data», «Kanaler»"
    assert localized(and_list([quoted("a"), quoted("b")]), "sv") == "”a” och ”b”"
    assert localized(quoted_list([]), "da") == "ingen"
