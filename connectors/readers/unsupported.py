"""Files of known exports that no preset reads: recognised, and refused with a message saying what to upload.

Asked only when no preset matches, before the column-mapping step: a file with no dates (a Search Console
Queries file, a Meta audience breakdown, YouTube Table data split by traffic source) cannot be mapped either,
so the user is told which file of the same export to upload instead. A per-item list that could be mapped
(TikTok's per-video Content.csv) goes to the mapping step with words that say what it is.
"""

from __future__ import annotations

from connectors.readers.aliases import normalise_header
from connectors.readers.errors import NeedsMapping
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

# Search Console's Performance export: the first column names the file. en: real files; fr: real Filtres.csv
# (GAP028/michelin-seo-dashboard); the rest best guesses.
SEARCH_CONSOLE_FILES = {
    "top queries": "Queries",
    "requêtes les plus fréquentes": "Queries",
    "top pages": "Pages",
    "pages les plus populaires": "Pages",
    "country": "Countries",
    "countries": "Countries",
    "pays": "Countries",
    "device": "Devices",
    "devices": "Devices",
    "appareil": "Devices",
    "search appearance": "Search appearance",
    "apparence dans les résultats de recherche": "Search appearance",
    "filter": "Filters",
    "filtre": "Filters",
}
META_AUDIENCE_TITLES = (
    "age & gender",
    "top cities",
    "top countries",
    "followers",
    "audience",
    "age and gender",
)
AVERAGE_WORDS = (
    "average",
    "rate",
    "(%)",
    "per user",
    "per session",
    "gjennomsnitt",
    "genomsnitt",
    "durchschnitt",
)


def unsupported_file(tables: list[Table], file_name: str) -> UploadError | None:
    """Return the error for a file of a known export that no preset reads, or None for an unknown layout."""
    for table in tables:
        for check in (
            _search_console_other,
            _meta_audience,
            _tiktok_content,
            _youtube_without_dates,
            _averages,
        ):
            error = check(table, file_name)
            if error is not None:
                return error
    return None


def _search_console_other(table: Table, file_name: str) -> UploadError | None:
    keys = table.keys
    if not keys or keys[0] not in SEARCH_CONSOLE_FILES:
        return None
    which = SEARCH_CONSOLE_FILES[keys[0]]
    if which != "Filters" and not any(k in ("clicks", "clics", "impressions", "ctr") for k in keys):
        return None
    return UploadError(
        Message(
            "readers.search_console_no_dates",
            "this is the {which} file of a Search Console export; it has no dates, so it cannot be counted per "
            "month. Upload Dates.csv from the same export instead",
            which=which,
        ),
        file_name=file_name,
    )


def _meta_audience(table: Table, file_name: str) -> UploadError | None:
    title = normalise_header(table.title())
    named = normalise_header(file_name).startswith(("audience", "målgruppe", "målgrupp", "publikum"))
    if not (named or any(title.endswith(word) for word in META_AUDIENCE_TITLES)) or table.has(
        {"date", "primary"}
    ):
        return None
    if (
        not named
        and "facebook" not in title
        and "instagram" not in title
        and title not in META_AUDIENCE_TITLES
    ):
        return None
    return UploadError(
        Message(
            "readers.meta_audience",
            "this is Meta's audience breakdown (“{title}”): who the followers are, with no dates. Goalpost reads "
            "the daily files of the same download (Follows.csv, Reach.csv, Visits.csv, ...) and the post export",
            title=table.title() or file_name,
        ),
        file_name=file_name,
    )


def _tiktok_content(table: Table, file_name: str) -> UploadError | None:
    if not (table.has({"video link"}) and table.has({"post time"})):
        return None
    return NeedsMapping(
        Message(
            "readers.tiktok_content",
            "this looks like TikTok's per-video list (Content.csv): one row per video with its lifetime totals, "
            "dated without a year. Goalpost reads the daily Overview.csv of the same download; upload that, or "
            "map the columns yourself",
        ),
        file_name=file_name,
        columns=list(table.header),
        sample=table.sample.head(5),
    )


def _youtube_without_dates(table: Table, file_name: str) -> UploadError | None:
    keys = table.keys
    youtube = any(
        k.startswith(("watch time (hours)", "visningstid (timmar)", "visningstid (timer)", "wiedergabezeit"))
        or k.startswith(("impressions click-through rate", "klickfrekvens för exponeringar"))
        for k in keys
    )
    dated = any(k in ("date", "datum", "dato", "day", "dag") for k in keys)
    if not youtube or dated:
        return None
    return UploadError(
        Message(
            "readers.youtube_no_dates",
            "this is YouTube Studio's Table data split by “{dimension}”, with no dates, so it cannot be counted "
            "per month. Upload Totals.csv (one row per day) or Chart data.csv from the same export instead",
            dimension=table.header[0],
        ),
        file_name=file_name,
    )


def _averages(table: Table, file_name: str) -> UploadError | None:
    filled = [(h, k) for h, k in zip(table.header, table.keys, strict=True) if k]
    if len(filled) < 2 or filled[0][1] not in ("date", "datum", "dato", "day"):
        return None
    rest = [h for h, k in filled[1:]]
    if not all(any(word in normalise_header(h) for word in AVERAGE_WORDS) for h in rest):
        return None
    return UploadError(
        Message(
            "readers.only_averages",
            "the file holds only {columns}: an average or a rate per day, which cannot be added up into a month. "
            "Export the counts it is made of instead (for YouTube: Views and Watch time)",
            columns=", ".join(f"“{h}”" for h in rest),
        ),
        file_name=file_name,
    )
