"""LinkedIn Company Page workbooks: new followers per day and content metrics per day."""

from __future__ import annotations

import pandas as pd

from connectors.readers.aliases import FIELD_ALIASES, aliases_of
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.presets.meta import DAILY_REACH_NOTE
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

DATE = aliases_of(FIELD_ALIASES, "date")


class LinkedInFollowersPreset(ColumnPreset):
    """Sheet “New followers”: sponsored, organic, auto-invited and total new followers per day."""

    name = "linkedin_followers"
    label = "LinkedIn followers workbook (sheet New followers)"
    description = (
        "Sheet “New followers”: Date, Sponsored followers, Organic followers, Auto-invited followers, Total "
        "followers. “Total followers” there counts new followers per day: read as followers_gained."
    )
    channel = "linkedin"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = DATE
    date_order = "mdy"
    sheet_names = words(
        en="new followers", nb="nye følgere", sv="nya följare", da="nye følgere", de="neue follower"
    )
    required = (
        words(
            en="organic followers",
            nb="organiske følgere",
            sv="organiska följare",
            da="organiske følgere",
            de="organische follower",
        ),
    )
    metric_columns = (
        MetricColumn(
            "followers_gained",
            words(
                en="total followers",
                nb=("totalt antall følgere", "følgere totalt"),
                sv="totalt antal följare",
                da=("følgere i alt", "samlet antal følgere"),
                de="follower gesamt",
            ),
        ),
    )
    notes = (
        Message(
            "readers.note_linkedin_followers",
            "LinkedIn's “Total followers” column counts new followers per day: stored as follower gains, not as "
            "a follower total.",
        ),
    )


ENGAGEMENT_RATE = words(
    en="engagement rate (total)",
    nb="engasjementsrate (totalt)",
    sv="engagemangsgrad (totalt)",
    da="engagementsrate (i alt)",
    de="engagement-rate (gesamt)",
)


class LinkedInContentPreset(ColumnPreset):
    """Sheet “Metrics”: a note in row 1, the header in row 2, one row per day."""

    name = "linkedin_content"
    label = "LinkedIn content workbook (sheet Metrics)"
    description = (
        "Sheet “Metrics” (note in row 1, header in row 2): Impressions, Unique impressions, Clicks, Reactions, "
        "Comments, Reposts and Engagement rate per day; the (total) columns are read, the rate as a percentage."
    )
    channel = "linkedin"
    languages = ("en", "nb", "sv", "da", "de")
    date_aliases = DATE
    date_order = "mdy"
    sheet_names = words(en="metrics", nb="beregninger", sv="mätvärden", da="målinger", de="metriken")
    required = (
        words(
            en=("impressions (total)", "impressions (organic)"),
            nb=("eksponeringer (totalt)", "eksponeringer (organisk)"),
            sv=("exponeringar (totalt)", "exponeringar (organiska)"),
            da=("eksponeringer (i alt)", "eksponeringer (organisk)"),
            de=("impressionen (gesamt)", "impressionen (organisch)"),
        ),
    )
    metric_columns = (
        MetricColumn(
            "impressions",
            words(
                en="impressions (total)",
                nb="eksponeringer (totalt)",
                sv="exponeringar (totalt)",
                da="eksponeringer (i alt)",
                de="impressionen (gesamt)",
            ),
        ),
        MetricColumn(
            "reach",
            words(
                en="unique impressions (organic)",
                nb="unike eksponeringer (organisk)",
                sv="unika exponeringar (organiska)",
                da="unikke eksponeringer (organisk)",
                de="eindeutige impressionen (organisch)",
            ),
        ),
        MetricColumn(
            "clicks",
            words(
                en="clicks (total)",
                nb="klikk (totalt)",
                sv="klick (totalt)",
                da="klik (i alt)",
                de="klicks (gesamt)",
            ),
        ),
        MetricColumn(
            "reactions",
            words(
                en="reactions (total)",
                nb="reaksjoner (totalt)",
                sv="reaktioner (totalt)",
                da="reaktioner (i alt)",
                de="reaktionen (gesamt)",
            ),
        ),
        MetricColumn(
            "comments",
            words(
                en="comments (total)",
                nb="kommentarer (totalt)",
                sv="kommentarer (totalt)",
                da="kommentarer (i alt)",
                de="kommentare (gesamt)",
            ),
        ),
        MetricColumn(
            "shares",
            words(
                en="reposts (total)",
                nb="delinger (totalt)",
                sv="delningar (totalt)",
                da="delinger (i alt)",
                de="reposts (gesamt)",
            ),
        ),
        MetricColumn("engagement_rate", ENGAGEMENT_RATE, unit="fraction"),
        # The same column read again as the day's engagements (rate × impressions): summed over a month and
        # divided by the month's impressions, it gives LinkedIn's month engagement rate (impression_engagement_rate).
        MetricColumn("engagements", ENGAGEMENT_RATE, unit="fraction"),
    )
    notes = (
        Message(
            "readers.note_linkedin_clicks",
            "LinkedIn's clicks count clicks on the post, the page name and the logo: stored as clicks, not link "
            "clicks.",
        ),
        DAILY_REACH_NOTE,  # Unique impressions are unique people per day, stored as reach
    )

    def values(self, table: Table, frame: pd.DataFrame, position: int, column: MetricColumn) -> pd.Series:
        """Return a column's values; engagements come back as the day's rate (percent) × its impressions ÷ 100."""
        values = super().values(table, frame, position, column)
        if column.metric != "engagements":
            return values
        impressions = super().values(
            table, frame, table.find(self.metric_columns[0].aliases), self.metric_columns[0]
        )
        unweighted = values.isna().to_numpy() & (impressions.fillna(0).to_numpy() > 0)
        if unweighted.any():
            raise UploadError(
                Message(
                    "readers.engagement_rate_missing",
                    "this day has impressions but no engagement rate, so the month's engagement rate cannot be "
                    "computed; export the file again",
                ),
                file_name=table.file_name,
                row=table.row_number(int(frame.index[unweighted][0])),
                column=table.header[position],
            )
        return values * impressions / 100.0


def register_presets(registry) -> None:
    """Register the LinkedIn presets."""
    registry.register(LinkedInFollowersPreset())
    registry.register(LinkedInContentPreset())
