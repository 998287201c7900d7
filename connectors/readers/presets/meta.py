"""Meta Business Suite exports: one-metric daily files and post exports (Facebook, Instagram)."""

from __future__ import annotations

import re

from connectors.readers.aliases import (
    FIELD_ALIASES,
    METRIC_ALIASES,
    alias_index,
    aliases_of,
    normalise_header,
)
from connectors.readers.context import ReadContext, Reading
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

PRIMARY = words(en="primary", nb="primær", sv="primär", da="primær", de="primär", nl="primair")
PUBLISH_TIME = words(
    en="publish time",
    nb="publiseringstidspunkt",
    sv="publiceringstid",
    da="udgivelsestidspunkt",
    de="veröffentlichungszeitpunkt",
    nl="publicatietijd",
)
POST_ID = words(
    en="post id", nb="innleggs-id", sv="inläggs-id", da="opslags-id", de="beitrags-id", nl="bericht-id"
)
PAGE = words(
    en=("page id", "page name"),
    nb=("side-id", "sidenavn"),
    sv=("sid-id", "sidnamn"),
    da=("side-id", "sidenavn"),
    de=("seiten-id", "seitenname"),
    nl=("pagina-id", "paginanaam"),
)
ACCOUNT = words(
    en=("account id", "account username", "account name"),
    nb=("konto-id", "kontobrukernavn", "kontonavn"),
    sv=("konto-id", "kontots användarnamn", "kontonamn"),
    da=("konto-id", "kontobrugernavn", "kontonavn"),
    de=("konto-id", "kontoname"),
    nl=("account-id", "accountnaam"),
)
# Meta's own words in a daily file's title line, on top of the shared metric aliases.
TITLE_METRICS = {
    "follows": "followers_gained",
    "følginger": "followers_gained",
    "följningar": "followers_gained",
    "følgere": "followers_gained",
    "unfollows": "followers_lost",
    "new likes": "followers_gained",
    "visits": "profile_visits",
    "profile visits": "profile_visits",
    "besøk": "profile_visits",
    "content interactions": "interactions",
    "link clicks": "links",
    "views": "views",
    "reach": "reach",
}


def _platform(text: str) -> str | None:
    lowered = text.casefold()
    for platform in ("facebook", "instagram"):
        if platform in lowered:
            return platform
    return None


class MetaDailyPreset(ColumnPreset):
    """A Meta Business Suite daily file: a title line naming the metric, then `Date,Primary`."""

    name = "meta_daily"
    label = "Meta Business Suite daily metric (Facebook or Instagram)"
    description = (
        "One file per metric (Follows.csv, Reach.csv, Visits.csv, Link clicks.csv, ...): UTF-16, `sep=,`, a title "
        "line such as “Facebook follows”, then Date,Primary. Follows are new follows per day (followers_gained)."
    )
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = aliases_of(FIELD_ALIASES, "date")

    def matches(self, table: Table) -> float | None:
        """Return 0.9 for a two-column Date,Primary table."""
        filled = [k for k in table.keys if k]
        if len(filled) != 2 or table.find(self.date_aliases) is None or not table.has(PRIMARY):
            return None
        return 0.9

    def metric_of(self, table: Table) -> str:
        """Return the metric id named by the title line (or, failing that, the file name)."""
        index = {**alias_index(METRIC_ALIASES), **TITLE_METRICS}
        for source in (table.title(), re.sub(r"\.[^.]*$", "", table.file_name)):
            text = normalise_header(source)
            text = re.sub(r"\b(facebook|instagram)\b[-\s]*", "", text).strip(" -_")
            text = re.sub(r"\s*\(\d+\)$", "", text)  # "Follows (1).csv" after a second download
            if text in index:
                return index[text]
        raise UploadError(
            Message(
                "readers.meta_metric_unknown",
                "the title line “{title}” does not say which metric this file holds; rename the file after the "
                "metric (for example “Follows.csv”) or use the column mapping",
                title=table.title() or table.file_name,
            ),
            file_name=table.file_name,
        )

    def proposed_channel(self, table: Table, context: ReadContext) -> str | None:
        """Return facebook or instagram when the title line or the file name says so."""
        return _platform(table.title()) or _platform(table.file_name)

    def read(self, table: Table, context: ReadContext) -> Reading:
        """Return the daily values of the one metric the title names."""
        metric = self.metric_of(table)
        reading = super().read(table, context, (MetricColumn(metric, PRIMARY),))
        notes = list(reading.notes)
        if metric == "followers_gained":
            notes.append(
                Message(
                    "readers.note_meta_follows",
                    "Follows are new follows per day: stored as follower gains, not as a follower total.",
                )
            )
        return Reading(reading.observations, reading.row_count, tuple(notes), reading.channel, False)


class MetaFacebookPostsPreset(ColumnPreset):
    """A Facebook post export: one row per post with lifetime totals, dated by Publish time."""

    name = "meta_posts_facebook"
    label = "Meta Business Suite Facebook post export"
    description = (
        "One row per post (Post ID, Page ID, Publish time, Views, Reach, Reactions, Comments, Shares, Link "
        "Clicks, ...). Lifetime totals are counted on the day each post was published."
    )
    channel = "facebook"
    languages = ("en", "nb", "sv", "da")
    date_aliases = PUBLISH_TIME
    date_order = "mdy"
    per_item = True
    required = (POST_ID, PAGE)
    metric_columns = (
        MetricColumn("views", words(en="views", nb="visninger", sv="visningar", da="visninger")),
        MetricColumn("reach", words(en="reach", nb="rekkevidde", sv="räckvidd", da="rækkevidde")),
        MetricColumn(
            "interactions",
            words(
                en="reactions, comments and shares",
                nb="reaksjoner, kommentarer og delinger",
                sv="reaktioner, kommentarer och delningar",
                da="reaktioner, kommentarer og delinger",
            ),
        ),
        MetricColumn("reactions", words(en="reactions", nb="reaksjoner", sv="reaktioner", da="reaktioner")),
        MetricColumn("comments", words(en="comments", nb="kommentarer", sv="kommentarer", da="kommentarer")),
        MetricColumn("shares", words(en="shares", nb="delinger", sv="delningar", da="delinger")),
        MetricColumn(
            "clicks", words(en="total clicks", nb="klikk totalt", sv="totalt antal klick", da="klik i alt")
        ),
        MetricColumn("links", words(en="link clicks", nb="lenkeklikk", sv="länkklick", da="linkklik")),
    )
    notes = (
        Message(
            "readers.note_post_lifetime",
            "Post values are lifetime totals, counted on the day each post was published.",
        ),
    )


class MetaInstagramPostsPreset(ColumnPreset):
    """An Instagram post export: one row per post, dated by Publish time."""

    name = "meta_posts_instagram"
    label = "Meta Business Suite Instagram post export"
    description = (
        "One row per post (Post ID, Account ID, Account username, Publish time, Views, Reach, Likes, Shares, "
        "Comments, Saves, Follows). Lifetime totals are counted on the day each post was published."
    )
    channel = "instagram"
    languages = ("en", "nb", "sv", "da")
    date_aliases = PUBLISH_TIME
    date_order = "mdy"
    per_item = True
    required = (POST_ID, ACCOUNT)
    forbidden = (PAGE,)
    metric_columns = (
        MetricColumn("views", words(en="views", nb="visninger", sv="visningar", da="visninger")),
        MetricColumn("reach", words(en="reach", nb="rekkevidde", sv="räckvidd", da="rækkevidde")),
        MetricColumn("likes", words(en="likes", nb="liker", sv="gilla-markeringar", da="synes godt om")),
        MetricColumn("shares", words(en="shares", nb="delinger", sv="delningar", da="delinger")),
        MetricColumn("comments", words(en="comments", nb="kommentarer", sv="kommentarer", da="kommentarer")),
        MetricColumn("saves", words(en="saves", nb="lagringer", sv="sparade", da="gemte")),
        MetricColumn("followers_gained", words(en="follows", nb="følginger", sv="följningar", da="følg")),
    )
    notes = (
        Message(
            "readers.note_post_lifetime",
            "Post values are lifetime totals, counted on the day each post was published.",
        ),
    )


def register_presets(registry) -> None:
    """Register the Meta presets."""
    registry.register(MetaDailyPreset())
    registry.register(MetaFacebookPostsPreset())
    registry.register(MetaInstagramPostsPreset())
