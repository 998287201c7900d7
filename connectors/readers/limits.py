"""Size limits that keep one upload from exhausting the server's memory or time."""

from __future__ import annotations

MAX_UPLOAD_BYTES = 100 * 1024 * 1024
"""Largest file accepted (100 MB): a year of daily data for every channel is a few megabytes."""

MAX_WORKBOOK_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
"""Largest total size (100 MB) an XLSX may expand to; checked from the zip directory before anything is expanded."""

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

# The reading budget (connectors/readers/budget.py): what one read may spend before it is refused.
# The figures are measured in bench/hostile_bench.py: the worst workbook these limits let through reads
# in under 5 s and 500 MB on the CI-size machine.

MAX_WORKBOOK_CELLS = 100_000
"""Most cells (rows x columns, blanks included) read from one workbook: 4,000 rows of 25 columns.

openpyxl reads about 80,000 cells a second; larger tables are read far quicker as CSV.
"""

MAX_WORKBOOK_ELEMENTS = 100_000
"""Most XML elements in a workbook's parts other than its sheets (shared texts, styles), counted before reading.

openpyxl reads those parts whole when it opens the workbook, at about 80,000 elements a second.
"""

MAX_SHEET_ELEMENTS = 500_000
"""Most XML elements in all of a workbook's sheets (a cell is two or three), counted before reading."""

MAX_TABLE_CELLS = 20_000_000
"""Most cells (rows x header columns) read from one CSV: a million rows of 20 columns."""

MAX_READ_SECONDS = 10.0
"""Most CPU seconds (of the reading thread) one workbook read may use before it is stopped and refused.

A backstop: the counted limits above keep any workbook they let through near 2 s on an idle CI-size
machine; the clock stops what they do not count, with room for a busy server.
"""

MAX_SERIES_PER_UPLOAD = 10_000
"""Most distinct (channel, audience, metric) series one upload may hold; real exports hold a few dozen."""
