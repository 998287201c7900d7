"""Size limits that keep one upload from exhausting the server's memory or time."""

from __future__ import annotations

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
"""Largest file accepted (100 MB): a year of daily data for every channel is a few megabytes."""

MAX_WORKBOOK_UNCOMPRESSED_BYTES = 300 * 1024 * 1024
"""Largest total size an XLSX may expand to; checked from the zip directory before anything is expanded."""

MAX_WORKBOOK_RATIO = 200
"""Largest compression ratio of one XLSX part; real sheets compress 5-50 times, zip bombs thousands."""

MAX_WORKBOOK_PARTS = 5000
"""Most files one XLSX zip may hold."""

CAREFUL_CHECK_BYTES = 5 * 1024 * 1024
"""Text files up to this size get a row-by-row field count check (larger ones are read in bulk)."""

HEAD_ROWS = 60
"""Rows inspected to find the delimiter, the preamble and the header."""

EARLIEST_DATE = "1990-01-01"
"""Dates before this are taken for typing mistakes (Excel's 1900 zero date, a lost century)."""
