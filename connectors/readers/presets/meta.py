"""Meta Business Suite exports: one-metric daily files and post exports (Facebook, Instagram)."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from connectors.readers.aliases import (
    FIELD_ALIASES,
    LIFETIME_WORDS,
    METRIC_ALIASES,
    alias_index,
    aliases_of,
    normalise_header,
    slug,
)
from connectors.readers.context import ReadContext, Reading
from connectors.readers.presets.base import ColumnPreset, MetricColumn, words
from connectors.readers.table import Table
from metrics.errors import Message, UploadError

PRIMARY = words(en="primary", nb="primær", sv="primär", da="primær", de="primär", nl="primair")
# Meta localises a post export's headers and values into the user's interface language. English is checked
# against real exports (tests/files/real: oigetit/, ftsvideo/, bubniak/); the other languages are best guesses
# from Meta Business Suite's interface words (no real localised export has been found in public repositories
# yet), kept per language so a real file can correct them. The export is also recognised by its shape (ids,
# a facebook.com or instagram.com permalink, a month-first publish time), so a header word we guessed wrong
# never makes it fall back to the tracker reading.
PUBLISH_TIME = words(
    en="publish time",
    nb="publiseringstidspunkt",
    sv=("publiceringstid", "publiceringstidpunkt"),
    da="udgivelsestidspunkt",
    de="veröffentlichungszeitpunkt",
    nl=("publicatietijd", "publicatietijdstip"),
    fi="julkaisuaika",
    fr="heure de publication",
    es="hora de publicación",
    pl="godzina publikacji",
    pt="horário de publicação",  # checked: a real pt Instagram post export (tests/files/real/ufscar/)
)
POST_ID = words(
    en="post id",
    nb="innleggs-id",
    sv="inläggs-id",
    da="opslags-id",
    de="beitrags-id",
    nl="bericht-id",
    fi="julkaisun tunnus",
    fr="identifiant de la publication",
    es="identificador de la publicación",
    pl="identyfikator posta",
    pt="identificação da publicação",
)
PAGE_ID = words(
    en="page id",
    nb="side-id",
    sv="sid-id",
    da="side-id",
    de="seiten-id",
    nl="pagina-id",
    fi="sivun tunnus",
    fr="identifiant de la page",
    es="identificador de la página",
    pl="identyfikator strony",
)
PAGE_NAME = words(
    en="page name",
    nb="sidenavn",
    sv="sidnamn",
    da="sidenavn",
    de="seitenname",
    nl="paginanaam",
    fi="sivun nimi",
    fr="nom de la page",
    es="nombre de la página",
    pl="nazwa strony",
)
PAGE = PAGE_ID + PAGE_NAME
ACCOUNT_ID = words(
    en="account id",
    nb="konto-id",
    sv="konto-id",
    da="konto-id",
    de="konto-id",
    nl="account-id",
    fi="tilin tunnus",
    fr="identifiant du compte",
    es="identificador de la cuenta",
    pl="identyfikator konta",
    pt="identificação da conta",
)
ACCOUNT_NAME = words(
    en=("account username", "account name"),
    nb=("kontobrukernavn", "kontonavn"),
    sv=("kontots användarnamn", "kontonamn"),
    da=("kontobrugernavn", "kontonavn"),
    de=("kontoname", "benutzername des kontos"),
    nl=("gebruikersnaam van account", "accountnaam"),
    fi=("tilin käyttäjänimi", "tilin nimi"),
    fr=("nom d'utilisateur du compte", "nom du compte"),
    es=("nombre de usuario de la cuenta", "nombre de la cuenta"),
    pl=("nazwa użytkownika konta", "nazwa konta"),
    pt=("nome de usuário da conta", "nome da conta"),
)
ACCOUNT = ACCOUNT_ID + ACCOUNT_NAME


def _metric(metric: str, **languages) -> MetricColumn:
    return MetricColumn(metric, words(**languages))


VIEWS = _metric(
    "views",
    en="views",
    nb="visninger",
    sv="visningar",
    da="visninger",
    de="aufrufe",
    nl="weergaven",
    fi="katselukerrat",
    fr="vues",
    es="visualizaciones",
    pl="wyświetlenia",
    pt="visualizações",
)
REACH = _metric(
    "reach",
    en="reach",
    nb="rekkevidde",
    sv="räckvidd",
    da="rækkevidde",
    de="reichweite",
    nl="bereik",
    fi="kattavuus",
    fr="couverture",
    es="alcance",
    pl="zasięg",
    pt="alcance",
)
IMPRESSIONS = _metric(
    "impressions",
    en="impressions",
    nb="eksponeringer",
    sv="exponeringar",
    da="eksponeringer",
    de="impressionen",
    nl="weergaven van bericht",
    fi="näyttökerrat",
    fr="impressions",
    es="impresiones",
    pl="wyświetlenia posta",
)
COMMENTS = _metric(
    "comments",
    en="comments",
    nb="kommentarer",
    sv="kommentarer",
    da="kommentarer",
    de="kommentare",
    nl="reacties",
    fi="kommentit",
    fr="commentaires",
    es="comentarios",
    pl="komentarze",
    pt="comentários",
)
REACTIONS = _metric(
    "reactions",
    en="reactions",
    nb="reaksjoner",
    sv="reaktioner",
    da="reaktioner",
    de="reaktionen",
    nl="reacties op bericht",
    fi="reaktiot",
    fr="réactions",
    es="reacciones",
    pl="reakcje",
)
SHARES = _metric(
    "shares",
    en="shares",
    nb="delinger",
    sv="delningar",
    da="delinger",
    de="geteilte inhalte",
    nl="gedeeld",
    fi="jaot",
    fr="partages",
    es="veces compartido",
    pl="udostępnienia",
    pt="compartilhamentos",
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
    # pt, from a real Brazilian download (tests/files/real/ufscar/): "Alcance", "Cliques no link do Instagram",
    # "Seguidores no Instagram" (new follows per day, the file Follows.csv is in English), "Visitas ao perfil do
    # Instagram". es shares "alcance"; the other languages below are best guesses.
    "alcance": "reach",
    "cliques no link": "links",
    "seguidores": "followers_gained",
    "visitas ao perfil": "profile_visits",
    "visitas": "profile_visits",
    "interações com o conteúdo": "interactions",
    "visualizações": "views",
    "clics en el enlace": "links",
    "visitas al perfil": "profile_visits",
    "couverture": "reach",
    "clics sur un lien": "links",
    "visites du profil": "profile_visits",
    "kattavuus": "reach",
    "zasięg": "reach",
}
# Words joining the metric and the platform in a localised title ("Cliques no link do Instagram").
TITLE_JOINERS = r"\b(do|da|no|na|de|del|du|des|en|på|på din|i|auf|op|di|na stronie)\s*$"


def _platform(text: str) -> str | None:
    lowered = text.casefold()
    for platform in ("facebook", "instagram"):
        if platform in lowered:
            return platform
    return None


DAILY_REACH_NOTE = Message(
    "readers.note_daily_reach",
    "Reach is counted per day: a month's total adds up each day's unique people, which is more than the month's "
    "unique reach (the platform shows that figure for the month as a whole).",
)

POST_REACH_NOTE = Message(
    "readers.note_post_reach",
    "Reach is counted per post: a month's total adds up each post's unique people, which is more than the month's "
    "unique reach (someone reached by two posts counts twice).",
)


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
            text = re.sub(TITLE_JOINERS, "", text).strip(" -_")
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
        if metric == "reach":
            notes.append(DAILY_REACH_NOTE)
        return Reading(reading.observations, reading.row_count, tuple(notes), reading.channel, False)


class MetaPostsPreset(ColumnPreset):
    """What the Facebook and Instagram post exports share: one row per post, lifetime totals, Meta's quirks.

    Error rows ("An error occurred while computing metadata", no post id and no publish time) are skipped and
    counted in a note; a file holding several Pages or accounts is split per page, each under a channel of
    its own; the Date column (which says "Lifetime" in the user's language) is never taken as the date.
    """

    platform = ""
    page_names: tuple[tuple[str, ...], ...] = ()  # the page's name columns, best first (a name, then an id)
    permalink_host = ""
    date_order = "mdy"
    per_item = True
    notes = (
        Message(
            "readers.note_post_lifetime",
            "Post values are lifetime totals, counted on the day each post was published.",
        ),
    )

    def unread_number_columns(self, table: Table, columns, date_at: int | None) -> list[str]:
        """Return the number columns of the file that no metric of this preset reads (named in a note)."""
        read = {date_at} | {i for c in columns for i, k in enumerate(table.keys) if k in c.aliases}
        return _unread_number_columns(table, {p for p in read if p is not None})

    def date_position(self, table: Table) -> int | None:
        """Return Publish time by its header, else the column whose cells look like Meta's publish time."""
        position = table.find(self.date_aliases)
        if position is not None or not self._shaped(table):
            return position
        for index in range(table.sample.shape[1]):
            cells = table.sample[index].astype(str).str.strip()
            cells = cells[cells != ""]
            if len(cells) and cells.str.match(r"^\d{2}/\d{2}/\d{4} \d{1,2}:\d{2}$").all():
                return index
        return None

    def _shaped(self, table: Table) -> bool:
        """Return True for a post export by its shape: long numeric ids first, a permalink on the platform."""
        if table.sample.empty or table.sample.shape[1] < 8:
            return False
        ids = table.sample[0].astype(str).str.strip()
        ids = ids[ids != ""]
        links = table.sample.astype(str).apply(
            lambda c: c.str.contains(self.permalink_host, regex=False).mean()
        )
        return bool(len(ids) and ids.str.fullmatch(r"\d{10,}").all() and (links > 0.5).any())

    def matches(self, table: Table) -> float | None:
        """Return a score when the post id and page columns are there, or when the file has the export's shape."""
        score = super().matches(table)
        if score is not None or not self._shaped(table) or self.date_position(table) is None:
            return score
        return self.base_score

    def read(self, table: Table, context: ReadContext, metric_columns=None) -> Reading:
        """Return the posts' values on their publish days, error rows skipped, several pages kept apart."""
        post_at = table.find(POST_ID)
        post_at = 0 if post_at is None else post_at
        date_at = self.date_position(table)
        page_at = next((table.find(names) for names in self.page_names if table.has(names)), None)
        skipped: list[int] = []
        seen: dict[str, pd.Series] = {}

        def without_error_rows(kinds):
            if page_at is not None:
                kinds = {**kinds, page_at: "category"}  # the page names are read once, with the rows
            frame = table.rows(kinds, pad_short_rows=True)
            blank = _blank(frame[post_at]) & _blank(frame[date_at])
            skipped.extend(int(i) for i in frame.index[blank.to_numpy()])
            frame = frame[~blank.to_numpy()]
            if page_at is not None:
                seen["names"] = frame[page_at].astype(object).fillna("").astype(str).str.strip()
            return frame

        reading = super().read(replace(table, loader=without_error_rows), context, metric_columns)
        notes = list(reading.notes)
        if skipped:
            notes.append(
                Message(
                    "readers.note_meta_error_rows",
                    "{count} rows skipped (rows {rows}): Meta wrote them without a post and without a date (“An "
                    "error occurred while computing metadata”); their values are not in the file.",
                    count=len(skipped),
                    rows=", ".join(str(table.row_number(i)) for i in skipped[:5]),
                )
            )
        unread = self.unread_number_columns(table, metric_columns or self.metric_columns, date_at)
        if unread:
            notes.append(
                Message(
                    "readers.note_columns_not_read",
                    "Columns not stored (Goalpost has no metric for them yet; map the file to keep them): {columns}.",
                    columns=", ".join(f"“{c}”" for c in unread),
                )
            )
        observations = reading.observations
        if (observations["metric"].astype(object) == "reach").any():
            notes.append(POST_REACH_NOTE)
        if "names" in seen and not observations.empty:
            names = seen["names"]
            pages = list(dict.fromkeys(names[names != ""]))
            if len(pages) > 1:
                base = context.channel or self.platform
                channel_of = {p: f"{base}_{slug(p)}" for p in pages}
                offsets = observations["row"].to_numpy() - table.first_row
                observations = observations.copy()
                channels = names.reindex(offsets).map(channel_of).to_numpy(dtype=object)
                observations["channel"] = pd.Categorical(channels)
                notes.append(
                    Message(
                        "readers.note_several_pages",
                        "The file holds {count} Pages or accounts; each was kept apart, under its own channel: "
                        "{channels}. Choose other channel names on the Data page if you like.",
                        count=len(pages),
                        channels=", ".join(f"{p} → {c}" for p, c in channel_of.items()),
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


_ID_WORDS = ("id", "tunnus", "identifi", "duration", "duração", "varighet", "längd", "dauer", "duur", "kesto")


def _unread_number_columns(table: Table, read: set[int]) -> list[str]:
    """Return the headers of columns not read whose sample cells are all numbers (ids and durations aside)."""
    found = []
    for position, header in enumerate(table.header):
        key = table.keys[position]
        if (
            position in read
            or not key
            or any(word in key for word in _ID_WORDS)
            or position not in table.sample
        ):
            continue
        cells = table.sample[position].astype(str).str.strip()
        cells = cells[cells != ""]
        if len(cells) and cells.str.fullmatch(r"-?\d+(\.\d+)?").all():
            found.append(header)
    return list(dict.fromkeys(found))


def _blank(values: pd.Series) -> pd.Series:
    """Return True where a cell is empty (a text column, or a "filled" column of booleans)."""
    if pd.api.types.is_bool_dtype(values):
        return ~values
    return values.isna() | (values.astype(str).str.strip() == "")


class MetaFacebookPostsPreset(MetaPostsPreset):
    """A Facebook post export: one row per post with lifetime totals, dated by Publish time."""

    name = "meta_posts_facebook"
    label = "Meta Business Suite Facebook post export"
    description = (
        "One row per post (Post ID, Page ID, Publish time, Views, Reach, Impressions, Reactions, Comments, Shares, "
        "Link Clicks, ...). Lifetime totals are counted on the day each post was published; several Pages in one "
        "file are kept apart."
    )
    channel = "facebook"
    platform = "facebook"
    page_names = (PAGE_NAME, PAGE_ID)
    permalink_host = "facebook.com"
    languages = ("en", "nb", "sv", "da", "de", "nl", "fi", "fr", "es", "pl")
    date_aliases = PUBLISH_TIME
    required = (POST_ID, PAGE)
    metric_columns = (
        VIEWS,
        REACH,
        IMPRESSIONS,
        _metric(
            "interactions",
            en="reactions, comments and shares",
            nb="reaksjoner, kommentarer og delinger",
            sv="reaktioner, kommentarer och delningar",
            da="reaktioner, kommentarer og delinger",
            de="reaktionen, kommentare und geteilte inhalte",
            nl="reacties, opmerkingen en gedeelde berichten",
            fi="reaktiot, kommentit ja jaot",
            fr="réactions, commentaires et partages",
            es="reacciones, comentarios y veces que se compartió",
            pl="reakcje, komentarze i udostępnienia",
        ),
        REACTIONS,
        COMMENTS,
        SHARES,
        _metric(
            "clicks",
            en="total clicks",
            nb="klikk totalt",
            sv="totalt antal klick",
            da="klik i alt",
            de="klicks insgesamt",
            nl="totaal aantal klikken",
            fi="napsautukset yhteensä",
            fr="total des clics",
            es="clics totales",
            pl="łączna liczba kliknięć",
        ),
        _metric(
            "links",
            en="link clicks",
            nb="lenkeklikk",
            sv="länkklick",
            da="linkklik",
            de="link-klicks",
            nl="linkklikken",
            fi="linkkien napsautukset",
            fr="clics sur un lien",
            es="clics en el enlace",
            pl="kliknięcia linku",
        ),
    )


class MetaInstagramPostsPreset(MetaPostsPreset):
    """An Instagram post export: one row per post, dated by Publish time."""

    name = "meta_posts_instagram"
    label = "Meta Business Suite Instagram post export"
    description = (
        "One row per post (Post ID, Account ID, Account username, Publish time, Views, Reach, Likes, Shares, "
        "Comments, Saves, Follows). Lifetime totals are counted on the day each post was published; several "
        "accounts in one file are kept apart."
    )
    channel = "instagram"
    platform = "instagram"
    page_names = (ACCOUNT_NAME, ACCOUNT_ID)
    permalink_host = "instagram.com"
    languages = ("en", "pt", "nb", "sv", "da", "de", "nl", "fi", "fr", "es", "pl")
    date_aliases = PUBLISH_TIME
    required = (POST_ID, ACCOUNT)
    forbidden = (PAGE,)
    metric_columns = (
        VIEWS,
        REACH,
        _metric(
            "likes",
            en="likes",
            nb="liker",
            sv="gilla-markeringar",
            da="synes godt om",
            de="gefällt mir",
            nl="vind-ik-leuks",
            fi="tykkäykset",
            fr="j'aime",
            es="me gusta",
            pl="polubienia",
            pt="curtidas",
        ),
        SHARES,
        COMMENTS,
        _metric(
            "saves",
            en="saves",
            nb="lagringer",
            sv="sparade",
            da="gemte",
            de="gespeichert",
            nl="opgeslagen",
            fi="tallennukset",
            fr="enregistrements",
            es="guardados",
            pl="zapisania",
            pt="salvamentos",
        ),
        _metric(
            "followers_gained",
            en="follows",
            nb="følginger",
            sv="följningar",
            da="følg",
            de="follower",
            nl="volgers",
            fi="seuraajat",
            fr="abonnements",
            es="seguidores",
            pl="obserwujący",
            pt="seguimentos",
        ),
    )


VIDEO_ASSET_ID = words(
    en="video asset id",
    nb="id for videoressurs",
    sv="id för videotillgång",
    da="id for videoaktiv",
    de="video-asset-id",
    nl="id van video-asset",
    fi="videosisällön tunnus",
    fr="identifiant de la ressource vidéo",
    es="identificador del activo de video",
    pl="identyfikator zasobu wideo",
)
"""The column that makes a Meta video export (en from public parsers of real exports; others best guesses)."""


class MetaVideosPreset(MetaPostsPreset):
    """A Meta Business Suite video export: one row per video (lifetime) or per video and day."""

    name = "meta_videos"
    label = "Meta Business Suite video export (Video asset ID)"
    description = (
        "One row per video (Video asset ID, Page ID, Page name, Publish time, ..., Views, Reach, 3-second video "
        "views, Seconds or Minutes viewed, Reactions, Comments, Shares). Lifetime rows count on the publish day; "
        "a daily video export (a real date in its Date column) counts each row on its date. Watched time is "
        "stored in hours; averages are not stored."
    )
    channel = "facebook"
    platform = "facebook"
    page_names = (PAGE_NAME, PAGE_ID)
    permalink_host = "facebook.com"
    languages = ("en", "nb", "sv", "da", "de", "nl", "fi", "fr", "es", "pl")
    date_aliases = PUBLISH_TIME
    required = (VIDEO_ASSET_ID,)
    base_score = 0.7  # above the Facebook post preset, whose columns a video export also has
    metric_columns = (
        VIEWS,
        REACH,
        _metric(
            "video_views_3s",
            en="3-second video views",
            nb="3-sekunders videovisninger",
            sv="videovisningar på 3 sekunder",
            da="3-sekunders videovisninger",
            de="3-sekündige videoaufrufe",
            nl="videoweergaven van 3 seconden",
        ),
        MetricColumn(
            "watch_time_hours",
            words(
                en="seconds viewed",
                nb="sekunder sett",
                sv="sekunder visade",
                da="sekunder set",
                de="angesehene sekunden",
                nl="bekeken seconden",
            ),
            unit="seconds_as_hours",
        ),
        MetricColumn(
            "watch_time_hours",
            words(
                en="minutes viewed",
                nb="minutter sett",
                sv="minuter visade",
                da="minutter set",
                de="angesehene minuten",
                nl="bekeken minuten",
            ),
            unit="minutes_as_hours",
        ),
        REACTIONS,
        COMMENTS,
        SHARES,
    )

    def date_position(self, table: Table) -> int | None:
        """Return the Date column when it holds real dates (a daily export), else the publish time."""
        date_at = table.find(aliases_of(FIELD_ALIASES, "date"))
        if date_at is not None and not table.sample.empty:
            cells = {normalise_header(c) for c in table.sample[date_at].astype(str)} - {""}
            if cells and not cells <= LIFETIME_WORDS:
                return date_at
        return super().date_position(table)

    def matches(self, table: Table) -> float | None:
        """Return a score for a file with a Video asset ID column and a date."""
        if not table.has(VIDEO_ASSET_ID) or self.date_position(table) is None:
            return None
        return 0.95  # a video export also has the post export's columns: the video preset must win

    def read(self, table: Table, context: ReadContext, metric_columns=None) -> Reading:
        """Return the videos' values; of Seconds viewed and Minutes viewed, the first one found."""
        chosen = list(metric_columns or self.metric_columns)
        watched = [c for c in chosen if c.metric == "watch_time_hours" and table.has(c.aliases)]
        chosen = [c for c in chosen if c.metric != "watch_time_hours"] + watched[:1]
        return super().read(table, context, tuple(chosen))


def register_presets(registry) -> None:
    """Register the Meta presets."""
    registry.register(MetaDailyPreset())
    registry.register(MetaFacebookPostsPreset())
    registry.register(MetaInstagramPostsPreset())
    registry.register(MetaVideosPreset())
