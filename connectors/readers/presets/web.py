"""Web effect goals: Google Search Console's Dates file and Google Analytics 4 report CSVs.

Ratio columns (CTR, Position, rates, averages, "per user" figures) are never added up: a month's CTR is its
clicks ÷ its impressions, not the sum of daily CTRs. What a ratio is made of is stored instead (clicks,
impressions, each day's position × its impressions) and the month's ratio is computed from it
(metrics/semantics.py RATIO_METRICS); a ratio without its parts in the file is not stored, and a note says so.
"""

from __future__ import annotations

import pandas as pd

from connectors.readers.aliases import FIELD_ALIASES, aliases_of, normalise_header
from connectors.readers.context import ReadContext, Reading
from connectors.readers.layouts import audience_id
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

DATE = aliases_of(FIELD_ALIASES, "date")

# Search Console "Performance" export (a zip of Dates.csv, Queries.csv, Pages.csv, Countries.csv, ...).
# en: real files (Iman-hamdan/seo-python-project, ztokar/zechanah-seo-dashboard); fr: a real Dates.csv with
# "Date,Clics,Impressions,CTR,Position" (GAP028/michelin-seo-dashboard); the other languages are best guesses
# from Search Console's interface words.
CLICKS = words(
    en="clicks",
    fr="clics",
    es="clics",
    de="klicks",
    nl="klikken",
    nb="klikk",
    sv="klick",
    da="klik",
    fi="klikkaukset",
    pl="kliknięcia",
)
IMPRESSIONS = words(
    en="impressions",
    fr="impressions",
    es="impresiones",
    de="impressionen",
    nl="vertoningen",
    nb="visninger",
    sv="visningar",
    da="visninger",
    fi="näyttökerrat",
    pl="wyświetlenia",
)
CTR = words(
    en="ctr", fr="ctr", de="ctr", nl="ctr", nb="ctr", sv="ctr", da="ctr", fi="napsautussuhde", pl="ctr"
)
POSITION = words(
    en="position",
    fr="position",
    es="posición",
    de="position",
    nl="positie",
    nb="plassering",
    sv="position",
    da="placering",
    fi="sijainti",
    pl="pozycja",
)
RATIO_NOTE = Message(
    "readers.note_search_ratios",
    "CTR and Position are ratios, never added up: a month's CTR is computed as its clicks ÷ its impressions, "
    "and its average position as each day's position weighted by that day's impressions.",
)


class SearchConsoleDatesPreset(ColumnPreset):
    """Search Console's Dates.csv: clicks, impressions and position × impressions per day (CTR is computed)."""

    name = "search_console"
    label = "Google Search Console Dates.csv (Performance export)"
    description = (
        "Date, Clicks, Impressions, CTR, Position per day, newest first (headers in the interface language, "
        "e.g. Clics in French). Clicks, impressions and position × impressions are stored; the month's CTR "
        "(clicks ÷ impressions) and average position (weighted by impressions) are computed from them."
    )
    channel = "search"
    languages = ("en", "fr")
    date_aliases = DATE
    required = (CLICKS, IMPRESSIONS, POSITION)
    metric_columns = (
        MetricColumn("clicks", CLICKS),
        MetricColumn("impressions", IMPRESSIONS),
        # Stored as position × impressions: summed over a month and divided by the month's impressions, it
        # gives the impression-weighted average position Search Console shows for the month.
        MetricColumn("position_weighted", POSITION),
    )
    base_score = 0.8
    notes = (RATIO_NOTE,)

    def values(self, table: Table, frame: pd.DataFrame, position: int, column: MetricColumn) -> pd.Series:
        """Return a column's values; Position comes back multiplied by the day's impressions."""
        values = super().values(table, frame, position, column)
        if column.metric != "position_weighted":
            return values
        impressions = super().values(table, frame, table.find(IMPRESSIONS), self.metric_columns[1])
        unplaced = values.isna().to_numpy() & (impressions.fillna(0).to_numpy() > 0)
        if unplaced.any():
            raise UploadError(
                Message(
                    "readers.position_missing",
                    "this day has impressions but no position, so the month's average position cannot be "
                    "computed; export the Dates file again",
                ),
                file_name=table.file_name,
                row=table.row_number(int(frame.index[unplaced][0])),
                column=table.header[position],
            )
        return values * impressions


# GA4 report exports: a "#" comment block (report, account, property, start and end date), then the header.
# en: a real export ("Date,Event count,Total users,Event count per user,Average session duration,New users,
# Returning users", marko7bub/Bubniak_Thesis); the other languages are best guesses from GA4's interface.
GA4_METRICS = (
    MetricColumn(
        "sessions", words(en="sessions", de="sitzungen", nb="økter", sv="sessioner", da="sessioner")
    ),
    MetricColumn(
        "engaged_sessions",
        words(en="engaged sessions", de="sitzungen mit interaktionen", nb="engasjerte økter"),
    ),
    MetricColumn(
        "users",
        words(
            en=("total users", "users"),
            de=("nutzer insgesamt", "nutzer"),
            nb="totalt antall brukere",
            sv="totalt antal användare",
            da="brugere i alt",
        ),
    ),
    MetricColumn("active_users", words(en="active users", de="aktive nutzer", nb="aktive brukere")),
    MetricColumn(
        "new_users",
        words(en="new users", de="neue nutzer", nb="nye brukere", sv="nya användare", da="nye brugere"),
    ),
    MetricColumn("returning_users", words(en="returning users", de="wiederkehrende nutzer")),
    MetricColumn(
        "events",
        words(en="event count", de="ereignisanzahl", nb="antall hendelser", sv="antal händelser"),
    ),
    MetricColumn(
        "key_events",
        words(
            en=("key events", "conversions"),
            de=("schlüsselereignisse", "conversions"),
            nb="nøkkelhendelser",
            sv="nyckelhändelser",
            da="nøglehændelser",
        ),
    ),
    MetricColumn("views", words(en=("views", "screen page views"), de="aufrufe", nb="visninger")),
)
GA4_DIMENSIONS = words(
    en=(
        "session source / medium",
        "session source",
        "session medium",
        "session default channel group",
        "session primary channel group (default channel group)",
        "first user source / medium",
        "first user default channel group",
    ),
    de=("sitzungsquelle/-medium", "sitzungsquelle", "sitzungsmedium", "standard-channelgruppe der sitzung"),
)
DAILY_UNIQUE = frozenset({"users", "active_users", "returning_users"})
# Stored as average × sessions (the day's session seconds): divided by the month's sessions, it gives the
# month's average session duration as GA4 computes it. Without a Sessions column it is not stored.
SESSION_SECONDS = MetricColumn(
    "session_seconds",
    words(
        en="average session duration", de="durchschnittliche sitzungsdauer", nb="gjennomsnittlig øktvarighet"
    ),
)


class GA4Preset(ColumnPreset):
    """A GA4 report CSV: `#` comment block, YYYYMMDD dates, optionally split by session source or medium."""

    name = "ga4"
    label = "Google Analytics 4 report CSV"
    description = (
        "A “#” comment block (account, property, start and end date), then Date (YYYYMMDD) and metrics: "
        "Sessions, Engaged sessions, Total users, Active users, New users, Returning users, Event count, Key "
        "events, Views. A session source or medium column becomes the audience. Rates and averages are never "
        "added up: with Sessions, the average session duration is stored as session seconds, and the month's "
        "average and engagement rate (engaged sessions ÷ sessions) are computed from their parts."
    )
    channel = "web"
    languages = ("en",)
    date_aliases = DATE
    metric_columns = (*GA4_METRICS, SESSION_SECONDS)
    base_score = 0.6

    def values(self, table: Table, frame: pd.DataFrame, position: int, column: MetricColumn) -> pd.Series:
        """Return a column's values; the average session duration comes back multiplied by the day's sessions."""
        values = super().values(table, frame, position, column)
        if column.metric != SESSION_SECONDS.metric:
            return values
        sessions = super().values(table, frame, table.find(GA4_METRICS[0].aliases), GA4_METRICS[0])
        unweighted = values.isna().to_numpy() & (sessions.fillna(0).to_numpy() > 0)
        if unweighted.any():
            raise UploadError(
                Message(
                    "readers.session_duration_missing",
                    "this day has sessions but no average session duration, so the month's average cannot be "
                    "computed; export the report again",
                ),
                file_name=table.file_name,
                row=table.row_number(int(frame.index[unweighted][0])),
                column=table.header[position],
            )
        return values * sessions

    def matches(self, table: Table) -> float | None:
        """Return a score for a table under a GA4 comment block (Property / Start date lines) with GA4 metrics."""
        preamble = " ".join(table.preamble).casefold()
        if not ("property" in preamble or "start date" in preamble or "eigenschaft" in preamble):
            return None
        score = super().matches(table)
        return None if score is None else min(score + 0.2, 1.0)

    def read(self, table: Table, context: ReadContext, metric_columns=None) -> Reading:
        """Return the daily values; a source or medium column splits them by audience."""
        chosen = metric_columns or self.metric_columns
        weighted = table.has(GA4_METRICS[0].aliases)
        if not weighted:  # an average without its sessions cannot be weighted: not stored, the note says so
            chosen = tuple(c for c in chosen if c.metric != SESSION_SECONDS.metric)
        reading = super().read(table, context, chosen)
        notes = list(reading.notes)
        observations = reading.observations
        dimension = table.find(GA4_DIMENSIONS)
        if dimension is not None and context.audience is None:
            texts = table.rows({}).loc[:, dimension]
            offsets = observations["row"].to_numpy() - table.first_row
            observations = observations.copy()
            observations["audience"] = [audience_id(str(texts.loc[o])) or None for o in offsets]
            notes.append(
                Message(
                    "readers.note_ga4_dimension",
                    "Each value is kept per “{column}” (as the audience), so a goal can count only visits from "
                    "social media.",
                    column=table.header[dimension],
                )
            )
        ratios = [
            h
            for h in table.header
            if any(
                w in normalise_header(h) for w in ("rate", "average", "per user", "per session", "duration")
            )
            and not (weighted and normalise_header(h) in SESSION_SECONDS.aliases)
        ]
        if ratios:
            notes.append(
                Message(
                    "readers.note_ga4_ratios",
                    "Not stored, because they are rates or averages and cannot be added up: {columns}.",
                    columns=", ".join(ratios),
                )
            )
        if DAILY_UNIQUE & set(map(str, observations["metric"])):
            notes.append(
                Message(
                    "readers.note_daily_unique",
                    "Users are counted per day: a month's total adds up daily unique users, which is more than "
                    "the month's unique users (GA4 shows that figure for the month as a whole).",
                )
            )
        return Reading(
            observations,
            reading.row_count,
            tuple(notes),
            reading.channel,
            reading.per_item,
            net_metrics=reading.net_metrics,
        )


def register_presets(registry) -> None:
    """Register the web and search presets."""
    registry.register(SearchConsoleDatesPreset())
    registry.register(GA4Preset())
