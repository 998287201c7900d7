"""Ids (goal, channel, audience, metric): one spelling per id, so two ids never only look the same.

An id is normalised to Unicode NFC; one holding a control or invisible character (zero-width, bidi
controls), or text that is UTF-8 read as Windows-1252 ("fÃ¸l" for "føl"), is refused.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile(
    "[\u0000-\u001f\u007f-\u009f"  # control characters (C0, DEL, C1)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f"  # soft hyphen, joiners and fillers
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f"  # zero-width, direction marks, bidi embeddings and isolates
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb"  # fillers, variation selectors, BOM, specials
    "\U000e0000-\U000e0fff]"  # tags and variation selectors supplement
)
_CP1252_RUN = re.compile("[\u00a0-\u00ff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2,}")
"""Two or more non-ASCII characters Windows-1252 can write: where UTF-8 read as Windows-1252 shows."""


def normalised_id(text: str) -> str:
    """Return an id in Unicode NFC (the composed form: 'ø' one character, never 'o' plus a stroke)."""
    return unicodedata.normalize("NFC", text)


def invisible_character(text: str) -> str | None:
    """Return the first control or invisible character in a text as U+XXXX, or None when there is none."""
    found = _INVISIBLE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def is_mojibake(text: str) -> bool:
    """Return True when part of a text is UTF-8 bytes read as Windows-1252 ('fÃ¸l' for 'føl')."""
    for run in _CP1252_RUN.findall(text):
        for variant in (run, run.upper()):  # "fã¸l" was "fÃ¸l" before the id was lower-cased
            try:
                variant.encode("cp1252").decode("utf-8")
            except UnicodeError:
                continue
            return True
    return False


def id_problem(text: str) -> str | None:
    """Return what is wrong with an id in a few words ('U+200B', 'mojibake'), or None when it is fine."""
    invisible = invisible_character(text)
    if invisible is not None:
        return invisible
    return "mojibake" if is_mojibake(text) else None
