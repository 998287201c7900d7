"""YouTube Studio exports (from the zip): Table data.csv per video, Chart data.csv per day and video, Totals.csv.

The three files are told apart by their columns, never by their names (YouTube names them in the user's
language: "Tabelldata.csv", "Diagramdata.csv", "Totalt.csv" in Swedish): Table data has no Date column;
Chart data has a Date column and a dimension column (Content, Traffic source, ...); Totals has only Date and
metric columns.
"""

from __future__ import annotations

from dataclasses import replace

from connectors.readers.aliases import FIELD_ALIASES, TOTAL_WORDS, aliases_of, normalise_header
from connectors.readers.context import ReadContext, Reading
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message

CONTENT = words(
    pt=("conteúdo", "título do vídeo"),  # checked: a real pt Table data (tests/files/real/ufscar/)
    en=("content", "video title", "video"),
    nb=("innhold", "videotittel"),
    sv=("innehåll", "videotitel"),
    da=("indhold", "videotitel"),
    de=("inhalt", "videotitel"),
    nl=("content", "videotitel"),
)
DATE = aliases_of(FIELD_ALIASES, "date")
# Chart data's dimension columns (what each row is split by), as seen in real Chart data.csv files: en
# "Date,Content,Video title,Video publish time,Duration,Views" and "Date,Traffic source,Views"; sv (a real
# Swedish export, tests/files/real/aigineer_*): Innehåll, Trafikkälla, Enhetstyp, Geografi, Städer,
# Operativsystem, Innehållstyp, Prenumerationskälla. Other languages are best guesses.
DIMENSIONS = words(
    en=(
        "content",
        "video title",
        "traffic source",
        "geography",
        "cities",
        "city name",
        "device type",
        "operating system",
        "content type",
        "subscription status",
        "subscription source",
    ),
    nb=(
        "innhold",
        "videotittel",
        "trafikkilde",
        "geografi",
        "byer",
        "enhetstype",
        "operativsystem",
        "innholdstype",
        "abonnementsstatus",
        "abonnementskilde",
    ),
    sv=(
        "innehåll",
        "videotitel",
        "trafikkälla",
        "geografi",
        "städer",
        "enhetstyp",
        "operativsystem",
        "innehållstyp",
        "prenumerationsstatus",
        "prenumerationskälla",
    ),
    da=(
        "indhold",
        "videotitel",
        "trafikkilde",
        "geografi",
        "byer",
        "enhedstype",
        "operativsystem",
        "indholdstype",
        "abonnementsstatus",
        "abonnementskilde",
    ),
    de=(
        "inhalt",
        "videotitel",
        "zugriffsquelle",
        "geografie",
        "städte",
        "gerätetyp",
        "betriebssystem",
        "inhaltstyp",
        "abostatus",
        "aboquelle",
    ),
    nl=(
        "content",
        "videotitel",
        "verkeersbron",
        "geografie",
        "steden",
        "apparaattype",
        "besturingssysteem",
        "contenttype",
        "abonnementsstatus",
        "abonneebron",
    ),
)
# Columns of Table data, Chart data or Totals that are not metrics to add up: durations, rates and averages.
NOT_ADDED = words(
    en=(
        "duration",
        "video publish time",
        "average view duration",
        "average percentage viewed (%)",
        "stayed to watch (%)",
        "impressions click-through rate (%)",
        "new viewers",
        "regular viewers",
        "returning viewers",
        "unique viewers",
    ),
    nb=("varighet", "gjennomsnittlig visningsvarighet"),
    sv=("längd", "genomsnittlig visningslängd"),
    da=("varighed", "gennemsnitlig visningsvarighed"),
    de=("dauer", "durchschnittliche wiedergabedauer"),
    nl=("duur", "gemiddelde weergaveduur"),
)
SUBSCRIBERS = words(
    pt="inscritos",
    en="subscribers",
    nb="abonnenter",
    sv="prenumeranter",
    da="abonnenter",
    de="abonnenten",
    nl="abonnees",
)
METRICS = (
    MetricColumn(
        "views",
        words(
            en="views",
            nb="visninger",
            sv="visningar",
            da="visninger",
            de="aufrufe",
            nl="weergaven",
            pt="visualizações",
        ),
    ),
    MetricColumn(
        "watch_time_hours",
        words(
            en="watch time (hours)",
            nb="visningstid (timer)",
            sv="visningstid (timmar)",
            da="visningstid (timer)",
            de="wiedergabezeit (stunden)",
            nl="kijktijd (uren)",
            pt="tempo de exibição (horas)",
        ),
    ),
    MetricColumn("followers_gained", SUBSCRIBERS),
    MetricColumn(
        "comments",
        words(
            en="comments added",
            nb="kommentarer lagt til",
            sv="tillagda kommentarer",
            da="tilføjede kommentarer",
            de="hinzugefügte kommentare",
            nl="toegevoegde reacties",
        ),
    ),
    MetricColumn(
        "likes",
        words(
            en="likes",
            nb="liker",
            sv="gilla-markeringar",
            da="synes godt om",
            de="mag ich",
            nl="vind-ik-leuks",
        ),
    ),
    MetricColumn(
        "shares", words(en="shares", nb="delinger", sv="delningar", da="delinger", de="geteilt", nl="gedeeld")
    ),
    MetricColumn(
        "impressions",
        words(
            en="impressions",
            nb="visninger av miniatyrbilder",
            sv="exponeringar",
            da="eksponeringer",
            de="impressionen",
            nl="vertoningen",
            pt="impressões",
        ),
    ),
)
SUBSCRIBER_NOTE = Message(
    "readers.note_youtube_subscribers",
    "Subscribers are the net change per day (it can be negative): stored as follower gains.",
)


class YouTubeTablePreset(ColumnPreset):
    """Table data.csv: one row per video, a Total row first; values counted on each video's publish day."""

    name = "youtube_table"
    label = "YouTube Studio Table data.csv (one row per video)"
    description = (
        "One row per video (Content, Video title, Video publish time, Views, Watch time (hours), Subscribers, "
        "...); the Total row (Gesamt, Totalt, ...) is dropped. Values are counted on each video's publish day."
    )
    channel = "youtube"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = words(
        en="video publish time",
        nb="publiseringstidspunkt for video",
        sv="publiceringstid för video",
        da="tidspunkt for udgivelse af video",
        de="veröffentlichungszeitpunkt des videos",
        nl="publicatietijd van video",
        pt="horário de publicação do vídeo",
    )
    required = (CONTENT,)
    forbidden = (DATE,)  # a Date column means Chart data (one row per day), never Table data
    per_item = True
    metric_columns = METRICS
    notes = (
        Message("readers.note_video_day", "Values per video are counted on the day the video was published."),
        SUBSCRIBER_NOTE,
    )

    def read(self, table: Table, context: ReadContext, metric_columns=None) -> Reading:
        """Return each video's values on its publish day; videos without a publish time are left out, with a note."""
        date_at = self.date_position(table)
        undated: list[int] = []

        def dated_rows(kinds):
            frame = table.rows(kinds)
            cells = frame[date_at].fillna("").astype(str).str.strip()
            first = frame[0].fillna("").astype(str).str.strip().str.casefold()
            missing = (cells == "") & ~first.isin(TOTAL_WORDS)
            undated.extend(int(i) for i in frame.index[missing.to_numpy()])
            return frame[~missing.to_numpy()]

        reading = super().read(replace(table, loader=dated_rows), context, metric_columns)
        if not undated:
            return reading
        note = Message(
            "readers.note_videos_without_publish_time",
            "{count} videos have no publish time (rows {rows}; YouTube leaves it empty for some unlisted, private or "
            "removed videos): their values cannot be placed in a month and were left out.",
            count=len(undated),
            rows=", ".join(str(table.row_number(i)) for i in undated[:5])
            + (", ..." if len(undated) > 5 else ""),
        )
        return Reading(
            reading.observations,
            reading.row_count,
            (*reading.notes, note),
            reading.channel,
            reading.per_item,
            net_metrics=reading.net_metrics,
        )


class YouTubeChartPreset(ColumnPreset):
    """Chart data.csv: one row per date and per video (or traffic source, ...); a day's rows add up."""

    name = "youtube_chart"
    label = "YouTube Studio Chart data.csv (one row per day and video)"
    description = (
        "Date, a dimension (Content, Video title, ... or Traffic source) and one metric per row, as in the Chart "
        "data.csv of a YouTube Studio export. The rows of one day are added up into the channel's daily value."
    )
    channel = "youtube"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = DATE
    required = (DIMENSIONS,)
    per_item = True
    metric_columns = METRICS
    base_score = 0.75
    notes = (
        Message(
            "readers.note_youtube_chart",
            "Chart data has one row per day and per video (or source): the rows of each day were added up.",
        ),
    )

    def matches(self, table: Table) -> float | None:
        """Return a score for Date, a dimension column and a YouTube metric; never for Table data or Totals."""
        if (
            self.date_position(table) is None
            or table.has(words(en="video publish time"))
            and not table.has(DIMENSIONS)
        ):
            return None
        return super().matches(table)


class YouTubeTotalsPreset(ColumnPreset):
    """Totals.csv: Date and one or more metric columns per day (Subscribers is the net change)."""

    name = "youtube_totals"
    label = "YouTube Studio Totals.csv (one row per day)"
    description = (
        "Date plus one or more metric columns per day (Date,Views or Date,Views,Subscribers), as in the Totals.csv "
        "of a YouTube Studio export; Subscribers is the net change per day (followers_gained, may be negative)."
    )
    channel = "youtube"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = DATE
    metric_columns = METRICS
    notes = ()

    def matches(self, table: Table) -> float | None:
        """Return 0.7 for Date plus YouTube metrics only, when the name says Totals or a metric is YouTube's own."""
        filled = [k for k in table.keys if k]
        date_at = table.find(self.date_aliases)
        if date_at is None or len(filled) < 2 or table.has(DIMENSIONS):
            return None
        found = [c for c in self.metric_columns if table.has(c.aliases)]
        known = {a for c in found for a in c.aliases} | set(NOT_ADDED)
        if not found or any(k not in known for i, k in enumerate(table.keys) if k and i != date_at):
            return None
        name = normalise_header(table.file_name)
        named = any(word in name for word in ("total", "summen", "totaal", "yhteensä"))
        own = any(c.metric in ("watch_time_hours", "followers_gained") for c in found)
        return 0.7 if named or own else None

    def read(self, table, context, metric_columns=None):
        """Return the daily values of every metric column."""
        reading = super().read(table, context, metric_columns)
        if "followers_gained" in set(reading.observations["metric"]):
            reading = type(reading)(
                reading.observations, reading.row_count, (*reading.notes, SUBSCRIBER_NOTE), reading.channel
            )
        return reading


def register_presets(registry) -> None:
    """Register the YouTube presets."""
    registry.register(YouTubeTablePreset())
    registry.register(YouTubeChartPreset())
    registry.register(YouTubeTotalsPreset())
