"""Where a problem is, how many there are, and the words that join parts of a message (views/messages.py).

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
    # Pieces of messages (metrics/words.py): quotes, lists and sentences the language's way.
    "error.words.quoted": {"en": "“{name}”", "nb": "«{name}»", "sv": "”{name}”", "da": "»{name}«"},
    "error.words.none": {"en": "none", "nb": "ingen", "sv": "inga", "da": "ingen"},
    "error.words.list": {
        "en": "{first}, {rest}",
        "nb": "{first}, {rest}",
        "sv": "{first}, {rest}",
        "da": "{first}, {rest}",
    },
    "error.words.list_and": {
        "en": "{first} and {rest}",
        "nb": "{first} og {rest}",
        "sv": "{first} och {rest}",
        "da": "{first} og {rest}",
    },
    "error.words.sentences": {
        "en": "{first} {rest}",
        "nb": "{first} {rest}",
        "sv": "{first} {rest}",
        "da": "{first} {rest}",
    },
}
