"""YouTube Studio exports (from the zip): Table data.csv per video and Totals.csv per day."""

from __future__ import annotations

from connectors.readers.aliases import FIELD_ALIASES, aliases_of, normalise_header
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message

CONTENT = words(
    en=("content", "video title", "video"),
    nb=("innhold", "videotittel"),
    sv=("innehåll", "videotitel"),
    da=("indhold", "videotitel"),
    de=("inhalt", "videotitel"),
    nl=("content", "videotitel"),
)
SUBSCRIBERS = words(
    en="subscribers", nb="abonnenter", sv="prenumeranter", da="abonnenter", de="abonnenten", nl="abonnees"
)
METRICS = (
    MetricColumn(
        "views",
        words(en="views", nb="visninger", sv="visningar", da="visninger", de="aufrufe", nl="weergaven"),
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
    )
    required = (CONTENT,)
    per_item = True
    metric_columns = METRICS
    notes = (
        Message("readers.note_video_day", "Values per video are counted on the day the video was published."),
        SUBSCRIBER_NOTE,
    )


class YouTubeTotalsPreset(ColumnPreset):
    """Totals.csv: Date and one metric per day (Subscribers is the net change)."""

    name = "youtube_totals"
    label = "YouTube Studio Totals.csv (one metric per day)"
    description = (
        "Date plus one metric column per day, as in the Totals.csv of a YouTube Studio export; Subscribers is "
        "the net change per day (followers_gained, may be negative)."
    )
    channel = "youtube"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = aliases_of(FIELD_ALIASES, "date")
    metric_columns = METRICS
    notes = ()

    def matches(self, table: Table) -> float | None:
        """Return 0.7 for Date plus one YouTube metric, when the name says Totals or the metric is YouTube's own."""
        filled = [k for k in table.keys if k]
        if len(filled) != 2 or table.find(self.date_aliases) is None:
            return None
        found = [c for c in self.metric_columns if table.has(c.aliases)]
        if not found:
            return None
        named = "total" in normalise_header(table.file_name) or "summen" in normalise_header(table.file_name)
        own = found[0].metric in ("watch_time_hours", "followers_gained")
        return 0.7 if named or own else None

    def read(self, table, context, metric_columns=None):
        """Return the one metric's daily values."""
        reading = super().read(table, context, metric_columns)
        if "followers_gained" in set(reading.observations["metric"]):
            reading = type(reading)(
                reading.observations, reading.row_count, (*reading.notes, SUBSCRIBER_NOTE), reading.channel
            )
        return reading


def register_presets(registry) -> None:
    """Register the YouTube presets."""
    registry.register(YouTubeTablePreset())
    registry.register(YouTubeTotalsPreset())
