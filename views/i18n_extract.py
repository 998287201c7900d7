"""Babel's extraction method for Goalpost: text keys in t()/tn()/N_() calls and the library's keyed Messages.

`pybabel extract` (see babel.cfg and `make translations`) runs Babel's own Python extractor and hands the
calls it finds to this module, which
- turns a library `Message("store_busy", "The store is busy…")` into the text key "error.store_busy" (the
  key the dashboard looks up), so the library keeps its keys and stays free of Streamlit and gettext;
- makes a `tn(key, count, lang)` or `plural_message(key, one, other, count)` call a plural entry (msgid and msgid_plural are both the key);
- adds each key's English text (from locale/en, or the Message's own template) as an extracted comment, so
  `pybabel update` shows translators the English beside every key in Poedit, Weblate and the like.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.extract import extract_python
from babel.messages.pofile import read_po

ENGLISH_PO = Path(__file__).resolve().parent.parent / "locale" / "en" / "LC_MESSAGES" / "goalpost.po"


@cache
def english_texts() -> dict[str, list[str]]:
    """Return key -> English text from the English catalogue (each form of a plural entry)."""
    if not ENGLISH_PO.exists():
        return {}
    with ENGLISH_PO.open("rb") as handle:
        catalog = read_po(handle)
    texts = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        forms = message.string if isinstance(message.string, tuple | list) else [message.string]
        texts[key] = [form for form in forms if form]
    return texts


def extract_goalpost(
    fileobj: Any, keywords: Collection[str], comment_tags: Collection[str], options: Mapping[str, Any]
) -> Iterator[tuple[int, str, tuple[str | None, ...], list[str]]]:
    """Yield (line, function, messages, comments) for Babel: keys as msgids, English as the comment."""
    for lineno, funcname, messages, comments in extract_python(fileobj, keywords, comment_tags, options):
        found = tuple(messages) if isinstance(messages, tuple | list) else (messages,)
        if not found or not isinstance(found[0], str):
            continue  # a key built at run time: listed in views/text_keys.py instead
        key = found[0]
        if funcname in ("Message", "plural_message"):
            # The library's own English: Message(key, text) or plural_message(key, singular, plural, count).
            english = [
                text for text in found[1 : 3 if funcname == "plural_message" else 2] if isinstance(text, str)
            ]
            key = f"error.{key}"
        else:
            english = english_texts().get(key, [])
        found = (key, key) if funcname in ("tn", "N_plural", "plural_message") else (key,)
        yield lineno, funcname, found, [*comments, *english]
