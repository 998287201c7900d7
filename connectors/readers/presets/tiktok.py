"""TikTok exports: Studio overview (dates without a year), follower history, Business Suite overview."""

from __future__ import annotations

from connectors.readers.aliases import FIELD_ALIASES, aliases_of
from connectors.readers.numbers import MISSING_MARKERS, NAN_MARKERS
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.presets.meta import DAILY_REACH_NOTE

DATE = aliases_of(FIELD_ALIASES, "date")
VIDEO_VIEWS = words(
    en="video views",
    nb="videovisninger",
    sv="videovisningar",
    da="videovisninger",
    de="videoaufrufe",
    nl="videoweergaven",
)
PROFILE_VIEWS = words(
    en="profile views",
    nb="profilvisninger",
    sv="profilvisningar",
    da="profilvisninger",
    de="profilaufrufe",
    nl="profielweergaven",
)
NEW_FOLLOWERS = words(
    en="new followers",
    nb="nye følgere",
    sv="nya följare",
    da="nye følgere",
    de="neue follower",
    nl="nieuwe volgers",
)
BUSINESS_ONLY = words(
    en=("reached audience", "net growth"),
    nb=("nådd publikum", "nettovekst"),
    sv=("nådd publik", "nettotillväxt"),
    da=("nået publikum", "nettovækst"),
    de=("erreichtes publikum", "nettowachstum"),
    nl=("bereikt publiek", "nettogroei"),
)
ENGAGEMENT = (
    MetricColumn("views", VIDEO_VIEWS),
    MetricColumn("profile_visits", PROFILE_VIEWS),
    MetricColumn(
        "likes",
        words(
            en="likes", nb="liker", sv="gilla-markeringar", da="synes godt om", de="likes", nl="vind-ik-leuks"
        ),
    ),
    MetricColumn(
        "comments",
        words(
            en="comments",
            nb="kommentarer",
            sv="kommentarer",
            da="kommentarer",
            de="kommentare",
            nl="opmerkingen",
        ),
    ),
    MetricColumn(
        "shares", words(en="shares", nb="delinger", sv="delningar", da="delinger", de="geteilt", nl="gedeeld")
    ),
    MetricColumn("followers_gained", NEW_FOLLOWERS),
)


class TikTokOverviewPreset(ColumnPreset):
    """TikTok Studio overview: dates like “April 12” with no year, month names translated."""

    name = "tiktok_overview"
    label = "TikTok Studio overview"
    description = (
        "Date (without a year, month names in the app's language), Video Views, Profile Views, Likes, Comments, "
        "Shares (newer: New followers). The year comes from the file name or is chosen at upload."
    )
    channel = "tiktok"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = DATE
    required = (VIDEO_VIEWS, PROFILE_VIEWS)
    forbidden = (BUSINESS_ONLY,)
    metric_columns = ENGAGEMENT
    # Real overview files carry daily Comments of -1 and -4: TikTok counts them net of deleted comments (and
    # likes net of unlikes, shares likewise); views and profile views are never negative.
    net_metrics = frozenset({"comments", "likes", "shares"})


class TikTokFollowerHistoryPreset(ColumnPreset):
    """FollowerHistory.csv: the real running follower total per day and the change from the day before."""

    name = "tiktok_followers"
    label = "TikTok FollowerHistory.csv"
    description = (
        "Date, Followers, Difference in followers from previous day: Followers is a real total (followers), "
        "the difference is followers_gained."
    )
    channel = "tiktok"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = DATE
    required = (
        words(
            en="difference in followers from previous day",
            nb="endring i følgere fra dagen før",
            sv="förändring i följare från föregående dag",
            da="ændring i følgere fra dagen før",
            de="veränderung der follower zum vortag",
        ),
    )
    metric_columns = (
        MetricColumn(
            "followers", words(en="followers", nb="følgere", sv="följare", da="følgere", de="follower")
        ),
        MetricColumn("followers_gained", required[0]),
    )
    base_score = 0.7


class TikTokBusinessPreset(ColumnPreset):
    """TikTok Business Suite overview: dates 2025/10/31, `NAN` for missing, a header with a trailing space."""

    name = "tiktok_business"
    label = "TikTok Business Suite overview"
    description = (
        "Date (2025/10/31), Video views, Reached audience, Profile views, Likes, Shares, Comments, ..., Net "
        "growth, New followers, Lost followers; `NAN` means no value."
    )
    channel = "tiktok"
    languages = ("en", "nb", "sv", "da", "de", "nl")
    date_aliases = DATE
    required = (VIDEO_VIEWS, BUSINESS_ONLY)
    missing = MISSING_MARKERS | NAN_MARKERS
    notes = (DAILY_REACH_NOTE,)  # Reached audience is a daily unique count
    metric_columns = (
        *ENGAGEMENT,
        MetricColumn(
            "reach",
            words(
                en="reached audience",
                nb="nådd publikum",
                sv="nådd publik",
                da="nået publikum",
                de="erreichtes publikum",
                nl="bereikt publiek",
            ),
        ),
        MetricColumn(
            "followers_lost",
            words(
                en="lost followers",
                nb="mistede følgere",
                sv="förlorade följare",
                da="mistede følgere",
                de="verlorene follower",
                nl="verloren volgers",
            ),
        ),
    )
    base_score = 0.7


def register_presets(registry) -> None:
    """Register the TikTok presets."""
    registry.register(TikTokOverviewPreset())
    registry.register(TikTokFollowerHistoryPreset())
    registry.register(TikTokBusinessPreset())
