"""Where a problem is and how many there are: the frame around every library message (views/messages.py).

The messages themselves are in errors_*.py, keyed "error.<key>" by the key the library gives each Message.
"""

TEXT = {
    "error.where_file": {"en": "“{file}”", "nb": "«{file}»", "sv": "”{file}”", "da": "»{file}«"},
    "error.where_row": {"en": "row {row}", "nb": "rad {row}", "sv": "rad {row}", "da": "række {row}"},
    "error.where_column": {
        "en": "column “{column}”",
        "nb": "kolonne «{column}»",
        "sv": "kolumn ”{column}”",
        "da": "kolonne »{column}«",
    },
    "error.strategy_problems": {
        "en": "{source} has {count} problem(s) to fix:",
        "nb": "{source} har {count} feil som må rettes:",
        "sv": "{source} har {count} fel att rätta:",
        "da": "{source} har {count} fejl, der skal rettes:",
    },
}
