"""The one reader error that is not a dead end (a file no preset knows), and quoting names in messages."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from metrics.errors import Message, UploadError


class NeedsMapping(UploadError):
    """No preset recognises the file; `columns` and `sample` let the user say which column is what."""

    def __init__(self, message: str, *, file_name: str, columns: list[str], sample: pd.DataFrame):
        super().__init__(message, file_name=file_name)
        self.columns = list(columns)
        self.sample = sample


def quoted_names(names: Sequence[str]) -> Message:
    """Return names as “a”, “b”, “c”, each in the reader's quotation marks when the message is translated."""
    first = Message("readers.quoted", "“{name}”", name=str(names[0]))
    if len(names) == 1:
        return first
    return Message("readers.quoted_list", "{first}, {rest}", first=first, rest=quoted_names(names[1:]))
