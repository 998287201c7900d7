"""X (Twitter) exports: the daily account overview and per-post exports (including legacy tweet_activity)."""

from __future__ import annotations

from connectors.readers.aliases import FIELD_ALIASES, aliases_of
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from metrics.errors import Message

POST_ID = words(en=("post id", "tweet id"), nb="innleggs-id", sv="inläggs-id", da="opslags-id", de="post-id")
NEW_FOLLOWS = words(
    en=("new follows", "follows"), nb="nye følgere", sv="nya följare", da="nye følgere", de="neue follower"
)
UNFOLLOWS = words(
    en="unfollows", nb="avfølginger", sv="slutade följa", da="stoppede med at følge", de="entfolgt"
)

COMMON = (
    MetricColumn(
        "impressions",
        words(en="impressions", nb="visninger", sv="visningar", da="visninger", de="impressionen"),
    ),
    MetricColumn(
        "likes", words(en="likes", nb="liker", sv="gilla-markeringar", da="synes godt om", de="gefällt mir")
    ),
    MetricColumn(
        "engagements",
        words(en="engagements", nb="engasjementer", sv="engagemang", da="engagementer", de="interaktionen"),
    ),
    MetricColumn(
        "saves", words(en="bookmarks", nb="bokmerker", sv="bokmärken", da="bogmærker", de="lesezeichen")
    ),
    MetricColumn("sends", words(en="shares", nb="delinger", sv="delningar", da="delinger", de="geteilt")),
    MetricColumn("followers_gained", NEW_FOLLOWS),
    MetricColumn("comments", words(en="replies", nb="svar", sv="svar", da="svar", de="antworten")),
    MetricColumn(
        "shares", words(en=("reposts", "retweets"), nb="reposter", sv="reposter", da="reposts", de="reposts")
    ),
    MetricColumn(
        "profile_visits",
        words(
            en=("profile visits", "user profile clicks"),
            nb="profilbesøk",
            sv="profilbesök",
            da="profilbesøg",
            de="profilbesuche",
        ),
    ),
    MetricColumn(
        "media_views",
        words(
            en="media views",
            nb="medievisninger",
            sv="mediavisningar",
            da="medievisninger",
            de="medienaufrufe",
        ),
    ),
)


class XOverviewPreset(ColumnPreset):
    """account_overview_analytics.csv: one row per day, newest first, new follows and unfollows."""

    name = "x_overview"
    label = "X account overview (account_overview_analytics.csv)"
    description = (
        "One row per day, newest first (Date like “Tue, Feb 18, 2025”, Impressions, Likes, Engagements, "
        "Bookmarks, Shares, New follows, Unfollows, Replies, Reposts, Profile visits, Create Post, Video views, "
        "Media views). New follows -> followers_gained, Unfollows -> followers_lost, Replies -> comments, "
        "Reposts -> shares, Bookmarks -> saves, X's own Shares -> sends."
    )
    channel = "x"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = aliases_of(FIELD_ALIASES, "date")
    required = (UNFOLLOWS,)
    forbidden = (POST_ID,)
    metric_columns = (
        *COMMON,
        MetricColumn("followers_lost", UNFOLLOWS),
        MetricColumn(
            "posts",
            words(
                en="create post",
                nb="opprett innlegg",
                sv="skapa inlägg",
                da="opret opslag",
                de="post erstellen",
            ),
        ),
        MetricColumn(
            "views",
            words(
                en="video views",
                nb="videovisninger",
                sv="videovisningar",
                da="videovisninger",
                de="videoaufrufe",
            ),
        ),
    )
    notes = (
        Message(
            "readers.note_x_follows",
            "X exports new follows and unfollows, not the follower total: stored as gains and losses.",
        ),
    )


class XPostsPreset(ColumnPreset):
    """Per-post exports, current and legacy (tweet_activity_metrics with "-" and "1777.0")."""

    name = "x_posts"
    label = "X post export (content export or legacy tweet_activity_metrics)"
    description = (
        "One row per post (Post id or Tweet id, Date or time, Impressions, Likes, Engagements, Replies, Reposts, "
        "URL Clicks, ...). URL clicks -> links. Legacy files quote every value and write “-” for none."
    )
    channel = "x"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = (*aliases_of(FIELD_ALIASES, "date"), "time", "tid", "zeit")
    required = (POST_ID,)
    per_item = True
    metric_columns = (
        *COMMON,
        MetricColumn(
            "links",
            words(
                en=("url clicks", "link clicks"),
                nb="lenkeklikk",
                sv="länkklick",
                da="linkklik",
                de="link-klicks",
            ),
        ),
        MetricColumn(
            "detail_expands",
            words(en="detail expands", nb="detaljutvidelser", sv="detaljexpansioner", da="detaljeudvidelser"),
        ),
        MetricColumn(
            "views", words(en="video views", nb="videovisninger", sv="videovisningar", da="videovisninger")
        ),
    )
    notes = (Message("readers.note_post_day", "Post values are counted on the day each post was published."),)


def register_presets(registry) -> None:
    """Register the X presets."""
    registry.register(XOverviewPreset())
    registry.register(XPostsPreset())
