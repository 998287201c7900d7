"""Header aliases: the words platforms and people use for each metric and field, per language.

One table per id, listing aliases per language (en, nb, sv, da, de, nl). To teach Goalpost a new header,
add it to the right list; matching ignores case, surrounding spaces, a BOM and repeated spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

Aliases = Mapping[str, Mapping[str, tuple[str, ...]]]

METRIC_ALIASES: Aliases = MappingProxyType(
    {
        "followers": {
            "en": (
                "followers",
                "total followers",
                "follower count",
                "followers total",
                "page followers",
                "subscribers",
                "total subscribers",
                "audience size",
            ),
            "nb": ("følgere", "totalt antall følgere", "antall følgere", "følgere totalt", "abonnenter"),
            "sv": ("följare", "totalt antal följare", "antal följare", "följare totalt", "prenumeranter"),
            "da": ("følgere", "samlet antal følgere", "antal følgere", "følgere i alt", "abonnenter"),
            "de": ("follower", "follower gesamt", "anzahl follower", "abonnenten"),
            "nl": ("volgers", "totaal aantal volgers", "aantal volgers", "abonnees"),
        },
        "followers_gained": {
            "en": (
                "new followers",
                "followers gained",
                "new follows",
                "follows",
                "page follows",
                "net followers",
                "new subscribers",
                "subscribers gained",
                "net new followers",
            ),
            "nb": ("nye følgere", "fått følgere", "nye følginger", "følginger", "nye abonnenter"),
            "sv": ("nya följare", "fått följare", "nya prenumeranter", "följningar"),
            "da": ("nye følgere", "fået følgere", "nye abonnenter", "følg"),
            "de": ("neue follower", "neue abonnenten", "gewonnene follower"),
            "nl": ("nieuwe volgers", "nieuwe abonnees", "gewonnen volgers"),
        },
        "followers_lost": {
            "en": ("lost followers", "unfollows", "followers lost", "unfollowers", "subscribers lost"),
            "nb": ("mistede følgere", "tapte følgere", "avfølginger", "sluttet å følge"),
            "sv": ("förlorade följare", "slutade följa", "tappade följare"),
            "da": ("mistede følgere", "tabte følgere", "stoppede med at følge"),
            "de": ("verlorene follower", "entfolgt", "verlorene abonnenten"),
            "nl": ("verloren volgers", "ontvolgd", "gestopt met volgen"),
        },
        "comments": {
            "en": ("comments", "replies", "comments added", "comments (total)"),
            "nb": ("kommentarer", "svar", "kommentarer (totalt)"),
            "sv": ("kommentarer", "svar", "kommentarer (totalt)"),
            "da": ("kommentarer", "svar", "kommentarer (i alt)"),
            "de": ("kommentare", "antworten", "kommentare (gesamt)"),
            "nl": ("opmerkingen", "antwoorden", "opmerkingen (totaal)"),
        },
        "links": {
            "en": (
                "link clicks",
                "url clicks",
                "clicks on links",
                "inbound links",
                "incoming links",
                "links",
                "link clicks (total)",
                "linking pages",
            ),
            "nb": ("lenkeklikk", "klikk på lenker", "koblingsklikk", "innkommende lenker", "lenker"),
            "sv": ("länkklick", "klick på länkar", "inkommande länkar", "länkar"),
            "da": ("linkklik", "klik på links", "indgående links", "links"),
            "de": ("link-klicks", "linkklicks", "klicks auf links", "eingehende links"),
            "nl": ("linkklikken", "klikken op links", "inkomende links"),
        },
        "support_time": {
            "en": (
                "first reply time",
                "first response time",
                "first reply time in minutes",
                "time to first response",
                "response time",
                "first response time (minutes)",
            ),
            "nb": ("første svartid", "svartid", "første svartid (minutter)"),
            "sv": ("första svarstid", "svarstid", "första svarstid (minuter)"),
            "da": ("første svartid", "svartid", "første svartid (minutter)"),
            "de": ("erste antwortzeit", "antwortzeit"),
            "nl": ("eerste reactietijd", "reactietijd"),
        },
        "support_time_business": {
            "en": (
                "first reply time within business hours",
                "first reply time in minutes within business hours",
                "first response time (business hours)",
            ),
            "nb": ("første svartid i arbeidstiden", "svartid i arbeidstiden"),
            "sv": ("första svarstid inom kontorstid", "svarstid inom kontorstid"),
            "da": ("første svartid inden for åbningstid", "svartid inden for åbningstid"),
            "de": ("erste antwortzeit innerhalb der geschäftszeiten",),
            "nl": ("eerste reactietijd binnen kantooruren",),
        },
        "resolution_time": {
            "en": (
                "resolution time",
                "full resolution time",
                "full resolution time in minutes",
                "time to close",
            ),
            "nb": ("løsningstid", "tid til løsning"),
            "sv": ("lösningstid", "tid till lösning"),
            "da": ("løsningstid", "tid til løsning"),
            "de": ("lösungszeit",),
            "nl": ("oplostijd",),
        },
        "tickets": {
            "en": ("tickets", "number of tickets", "conversations", "support requests"),
            "nb": ("saker", "henvendelser", "antall saker"),
            "sv": ("ärenden", "antal ärenden"),
            "da": ("sager", "henvendelser", "antal sager"),
            "de": ("anfragen", "anzahl tickets"),
            "nl": ("aantal tickets",),
        },
        "reach": {
            "en": ("reach", "reached audience", "accounts reached", "people reached", "unique impressions"),
            "nb": ("rekkevidde", "nådde kontoer", "personer nådd"),
            "sv": ("räckvidd", "nådda konton", "personer som nåtts"),
            "da": ("rækkevidde", "konti nået", "personer nået"),
            "de": ("reichweite", "erreichte konten", "erreichte personen"),
            "nl": ("bereik", "bereikte accounts", "bereikte personen"),
        },
        "impressions": {
            "en": ("impressions", "impressions (total)", "total impressions"),
            "nb": ("eksponeringer", "inntrykk"),
            "sv": ("exponeringar", "intryck"),
            "da": ("eksponeringer", "indtryk"),
            "de": ("impressionen",),
            "nl": ("vertoningen",),
        },
        "views": {
            "en": ("views", "video views", "video plays", "plays", "page views", "pageviews"),
            "nb": ("visninger", "videovisninger", "avspillinger", "sidevisninger"),
            "sv": ("visningar", "videovisningar", "uppspelningar", "sidvisningar"),
            "da": ("visninger", "videovisninger", "afspilninger", "sidevisninger"),
            "de": ("aufrufe", "videoaufrufe", "wiedergaben", "seitenaufrufe"),
            "nl": ("weergaven", "videoweergaven", "paginaweergaven"),
        },
        "profile_visits": {
            "en": ("profile visits", "profile views", "page visits", "visits", "user profile clicks"),
            "nb": ("profilbesøk", "profilvisninger", "sidebesøk", "besøk"),
            "sv": ("profilbesök", "profilvisningar", "sidbesök", "besök"),
            "da": ("profilbesøg", "profilvisninger", "sidebesøg", "besøg"),
            "de": ("profilbesuche", "profilaufrufe", "seitenbesuche"),
            "nl": ("profielbezoeken", "profielweergaven", "paginabezoeken"),
        },
        "reactions": {
            "en": ("reactions", "reactions (total)"),
            "nb": ("reaksjoner", "reaksjoner (totalt)"),
            "sv": ("reaktioner", "reaktioner (totalt)"),
            "da": ("reaktioner", "reaktioner (i alt)"),
            "de": ("reaktionen", "reaktionen (gesamt)"),
            "nl": ("reacties", "reacties (totaal)"),
        },
        "likes": {
            "en": ("likes", "post likes"),
            "nb": ("liker", "likerklikk", "liker-markeringer"),
            "sv": ("gilla-markeringar", "gillamarkeringar", "gillningar"),
            "da": ("synes godt om", "likes"),
            "de": ("gefällt mir", "gefällt-mir-angaben", "mag ich"),
            "nl": ("vind-ik-leuks", "likes"),
        },
        "shares": {
            "en": ("shares", "reposts", "retweets", "reposts (total)"),
            "nb": ("delinger", "deling", "videredelinger", "delinger (totalt)"),
            "sv": ("delningar", "delningar (totalt)"),
            "da": ("delinger", "delinger (i alt)"),
            "de": ("geteilte inhalte", "teilungen", "shares (gesamt)"),
            "nl": ("gedeeld", "keer gedeeld", "shares"),
        },
        "saves": {
            "en": ("saves", "bookmarks", "saved"),
            "nb": ("lagringer", "bokmerker", "lagret"),
            "sv": ("sparade", "bokmärken", "sparningar"),
            "da": ("gemte", "bogmærker", "gemninger"),
            "de": ("gespeichert", "lesezeichen"),
            "nl": ("opgeslagen", "bladwijzers"),
        },
        "engagements": {
            "en": ("engagements", "engagement", "total engagements"),
            "nb": ("engasjement", "engasjementer"),
            "sv": ("engagemang",),
            "da": ("engagementer",),
            "de": ("engagements", "interaktionen gesamt"),
            "nl": ("betrokkenheid", "engagementen"),
        },
        "interactions": {
            "en": ("content interactions", "interactions", "reactions, comments and shares"),
            "nb": ("innholdsinteraksjoner", "interaksjoner", "reaksjoner, kommentarer og delinger"),
            "sv": ("interaktioner med innehåll", "interaktioner", "reaktioner, kommentarer och delningar"),
            "da": ("interaktioner med indhold", "interaktioner", "reaktioner, kommentarer og delinger"),
            "de": ("interaktionen mit inhalten", "interaktionen"),
            "nl": ("interacties met content", "interacties"),
        },
        "posts": {
            "en": ("posts", "number of posts", "published posts", "create post", "videos published"),
            "nb": ("innlegg", "antall innlegg", "publiserte innlegg"),
            "sv": ("inlägg", "antal inlägg", "publicerade inlägg"),
            "da": ("opslag", "antal opslag", "udgivne opslag"),
            "de": ("beiträge", "anzahl beiträge"),
            "nl": ("berichten", "aantal berichten"),
        },
        "watch_time_hours": {
            "en": ("watch time (hours)", "watch time hours", "hours watched"),
            "nb": ("visningstid (timer)", "sett tid (timer)"),
            "sv": ("visningstid (timmar)", "tittartid (timmar)"),
            "da": ("visningstid (timer)", "afspilningstid (timer)"),
            "de": ("wiedergabezeit (stunden)",),
            "nl": ("kijktijd (uren)",),
        },
        "engagement_rate": {
            "en": ("engagement rate", "engagement rate (%)", "engagement rate (total)"),
            "nb": ("engasjementsrate", "engasjementsgrad", "engasjementsrate (%)"),
            "sv": ("engagemangsgrad", "engagemangsnivå", "engagemangsgrad (%)"),
            "da": ("engagementsrate", "engagementsgrad", "engagementsrate (%)"),
            "de": ("engagement-rate", "interaktionsrate"),
            "nl": ("engagementpercentage", "betrokkenheidspercentage"),
        },
    }
)
"""Metric id -> language -> header texts meaning that metric (in a tracker or a tidy file's metric column)."""

FIELD_ALIASES: Aliases = MappingProxyType(
    {
        "date": {
            "en": ("date", "day", "month", "period", "date (utc)", "week starting"),
            "nb": ("dato", "dag", "måned", "periode"),
            "sv": ("datum", "dag", "månad", "period"),
            "da": ("dato", "dag", "måned", "periode"),
            "de": ("datum", "tag", "monat", "zeitraum"),
            "nl": ("datum", "dag", "maand", "periode"),
            # pt ("Data", checked in real Meta daily files, tests/files/real/ufscar/), es, fr, it, fi, pl.
            "pt": ("data", "dia", "mês"),
            "es": ("fecha", "día", "mes"),
            "fr": ("jour", "mois"),
            "it": ("data", "giorno", "mese"),
            "fi": ("päivämäärä", "päivä", "kuukausi"),
            "pl": ("data", "dzień", "miesiąc"),
        },
        "channel": {
            "en": ("channel", "platform", "network", "social network"),
            "nb": ("kanal", "plattform", "nettverk"),
            "sv": ("kanal", "plattform", "nätverk"),
            "da": ("kanal", "platform", "netværk"),
            "de": ("kanal", "plattform", "netzwerk"),
            "nl": ("kanaal", "platform", "netwerk"),
        },
        "audience": {
            "en": ("audience", "segment", "target group"),
            "nb": ("målgruppe", "segment"),
            "sv": ("målgrupp", "segment"),
            "da": ("målgruppe", "segment"),
            "de": ("zielgruppe", "segment"),
            "nl": ("doelgroep", "segment"),
        },
        "metric": {
            "en": ("metric", "measure", "kpi"),
            "nb": ("måltall", "nøkkeltall", "beregning"),
            "sv": ("mått", "nyckeltal", "mätvärde"),
            "da": ("måletal", "nøgletal", "metrik"),
            "de": ("kennzahl", "metrik"),
            "nl": ("meetwaarde", "metriek", "kpi"),
        },
        "value": {
            "en": ("value", "count", "amount", "number"),
            "nb": ("verdi", "antall", "tall"),
            "sv": ("värde", "antal"),
            "da": ("værdi", "antal"),
            "de": ("wert", "anzahl"),
            "nl": ("waarde", "aantal"),
        },
    }
)
"""Field id -> language -> header texts for the columns that say when, where and for whom, not how much."""

CHANNEL_ALIASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "facebook": ("facebook", "fb", "meta facebook", "facebook page"),
        "instagram": ("instagram", "ig", "insta"),
        "linkedin": ("linkedin", "linked in"),
        "youtube": ("youtube", "yt", "you tube"),
        "tiktok": ("tiktok", "tik tok"),
        "x": ("x", "twitter", "x (twitter)", "x/twitter", "twitter/x"),
        "blog": ("blog", "blogg", "website", "nettside", "webbplats", "hjemmeside"),
        "helpdesk": ("helpdesk", "help desk", "support", "kundeservice", "kundtjänst", "kundeservice"),
    }
)
"""Channel id -> names people write for it; only ever suggested (suggested_channel), never applied silently."""

TOTAL_WORDS = frozenset(
    {
        "total",
        "totals",
        "totalt",
        "sum",
        "summa",
        "summe",
        "gesamt",
        "insgesamt",
        "i alt",
        "totaal",
        "grand total",
        "yhteensä",
        "samlet",
        "alle",
    }
)
"""First-cell words that mark a totals row (English, Nordic, German, Dutch); such rows are dropped."""

LIFETIME_WORDS = frozenset(
    {
        # What Meta writes in a post export's Date column, in the user's language (en checked against real
        # exports; "looptijd" (nl) and "livstid" (sv) from the reports; the rest best guesses).
        "lifetime",
        "vitalício",  # pt, checked: a real Instagram post export (tests/files/real/ufscar/)
        "vitalicio",
        "levetid",
        "livstid",
        "lebensdauer",
        "gesamte laufzeit",
        "looptijd",
        "elinikä",
        "durée de vie",
        "à vie",
        "vida útil",
        "de por vida",
        "od początku",
        "cały okres",
    }
)
"""A "date" cell holding one of these is a lifetime total, never a date (the publish time is the post's date)."""

RATIO_WORDS = (
    "ctr",
    "position",
    "rate",
    "average",
    "avg",
    "(%)",
    " per ",
    "gjennomsnitt",
    "genomsnitt",
    "gennemsnit",
    "durchschnitt",
    "gemiddelde",
    "moyenne",
    "promedio",
    "positie",
    "plassering",
)
"""Words in a header that mark a ratio or an average: such a column is never added up over a month."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def normalise_header(text: object) -> str:
    """Return a header text as matched against aliases: no BOM, lower case, single spaces, trimmed."""
    value = "" if text is None else str(text)
    value = value.replace("\ufeff", "").replace("’", "'").replace("“", '"').replace("”", '"')
    value = _SPACES.sub(" ", value).strip().strip('"').strip().rstrip(":*").strip()
    return value.casefold()


def alias_index(*tables: Aliases) -> dict[str, str]:
    """Return normalised alias -> id for the given alias tables (earlier tables win on a clash)."""
    index: dict[str, str] = {}
    for table in tables:
        for target, languages in table.items():
            for aliases in languages.values():
                for alias in aliases:
                    index.setdefault(normalise_header(alias), target)
    return index


def aliases_of(table: Aliases, target: str) -> tuple[str, ...]:
    """Return every alias of one id in a table, normalised, all languages together."""
    return tuple(normalise_header(a) for aliases in table.get(target, {}).values() for a in aliases)


def lookup_channel(text: str) -> str:
    """Return the channel id a user typed: the text in lower case with its spaces as underscores, nothing more.

    A user's channel names are ids: "kundeservice" stays "kundeservice" (never silently `helpdesk`, which
    would merge it with another channel's data). A known alias may be suggested (suggested_channel), and the
    strategy's own channel ids always win.
    """
    return _SPACES.sub("_", normalise_header(text))


def suggested_channel(text: str) -> str | None:
    """Return the built-in channel id a typed name is a known alias of ("FB" -> facebook), for a suggestion only."""
    key = normalise_header(text)
    for channel, names in CHANNEL_ALIASES.items():
        if key in names and key != channel:
            return channel
    return None


def slug(text: str) -> str:
    """Return a stable lower-case id for a header or metric text (letters, digits and underscores)."""
    key = normalise_header(text)
    key = re.sub(r"[^\w]+", "_", key, flags=re.UNICODE).strip("_")
    return key


def known_words(values: Iterable[str]) -> frozenset[str]:
    """Return the values normalised like headers, as a set for membership tests."""
    return frozenset(normalise_header(v) for v in values)
