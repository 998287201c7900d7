"""Showing tables and messages safely: formula cells neutralised, uploaded text never read as Markdown."""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from connectors.exports import neutralise_formulas
from views.messages import error_text

_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
"""Every ASCII punctuation character: CommonMark lets each be backslash-escaped to stand for itself."""
_AUTOLINK_STARTS = re.compile(r"(?i)(https?|ftp|www|mailto)")
_WORD_JOINER = "\u2060"
WRAPPED_ROW_HEIGHT = 70
"""Row height (px) for st.dataframe tables of sentences: above 4rem the grid wraps text (two to three lines fit)."""


def safe_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy whose text cells cannot run as spreadsheet formulas, for st.dataframe and downloads."""
    return neutralise_formulas(frame)


def literal(text: object) -> str:
    """Return Markdown that shows the text exactly as written (no bold, links, colours, icons, maths, HTML).

    Every punctuation mark is escaped, bare web and e-mail addresses get an invisible word joiner so they
    are not turned into links, and line breaks stay line breaks.
    """
    lines = []
    for line in str(text).splitlines() or [""]:
        escaped = _MARKDOWN_PUNCTUATION.sub(r"\\\1", line.strip())
        escaped = _AUTOLINK_STARTS.sub(lambda m: m.group(1) + _WORD_JOINER, escaped)
        lines.append(escaped.replace("@", "@" + _WORD_JOINER))
    return "  \n".join(lines)


def show_error(err: BaseException, lang: str) -> None:
    """Show an error's plain-words message in the language (literally) in an error box."""
    st.error(literal(error_text(err, lang)), icon=":material/error:")
