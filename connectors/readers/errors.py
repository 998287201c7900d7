"""The one reader error that is not a dead end (a file no preset knows), and quoting names in messages."""

from __future__ import annotations

import pandas as pd

from metrics.errors import UploadError


class NeedsMapping(UploadError):
    """No preset recognises the file; `columns` and `sample` let the user say which column is what."""

    def __init__(self, message: str, *, file_name: str, columns: list[str], sample: pd.DataFrame):
        super().__init__(message, file_name=file_name)
        self.columns = list(columns)
        self.sample = sample
