"""Write the demo organisation's monthly exports, shaped like the files the platforms really give.

Lyngtind Friluft AS (see README.md) downloads its numbers at the start of every month. This script writes
those downloads for November 2024 to October 2026 under sample_data/exports/<YYYY-MM>/<platform>/.
It is deterministic: the same seed always gives byte-identical files, so a re-run changes nothing in git.

Run: .venv/bin/python sample_data/generate_exports.py
"""

from __future__ import annotations

import calendar
import csv
import hashlib
import io
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import openpyxl

SEED = 20261101
EXPORTS = Path(__file__).resolve().parent / "exports"
FIRST_MONTH = (2024, 11)
MONTH_COUNT = 24  # November 2024 to October 2026: the "today" of November 2026 sees complete months.

PAGE_NAME = "Lyngtind Friluft"
FACEBOOK_PAGE_ID = "104729386512047"
INSTAGRAM_ACCOUNT_ID = "17841405872216093"
INSTAGRAM_USERNAME = "lyngtindfriluft"
LINKEDIN_SLUG = "lyngtind-friluft"
TIKTOK_FOLLOWERS_BEFORE = 840  # the total on 31 October 2024, before the first demo month
FIRST_TICKET_ID = 48_213

# An outdoor retailer's year: Easter skiing, the summer hiking peak, the Christmas shopping rush, a dark autumn.
SEASON = {1: 0.85, 2: 0.95, 3: 1.15, 4: 1.10, 5: 1.05, 6: 1.20, 7: 1.25, 8: 1.05, 9: 0.95, 10: 0.85, 11: 1.0, 12: 1.1}  # fmt: skip
# Monday to Sunday: busier when people plan the weekend's trip and on Sunday evenings.
WEEKDAY_WEIGHT = (1.05, 1.0, 1.0, 1.05, 0.95, 0.9, 1.05)


@dataclass(frozen=True)
class Month:
    """One calendar month of the demo period; `index` counts from November 2024 (0)."""

    index: int
    year: int
    month: int

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def days(self) -> list[date]:
        return [
            date(self.year, self.month, d)
            for d in range(1, calendar.monthrange(self.year, self.month)[1] + 1)
        ]

    @property
    def first(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    @property
    def season(self) -> float:
        return SEASON[self.month]


def demo_months() -> list[Month]:
    """Return the 24 demo months in order."""
    months = []
    year, month = FIRST_MONTH
    for index in range(MONTH_COUNT):
        months.append(Month(index, year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def rng_for(*names: object) -> np.random.Generator:
    """Return a random generator seeded by the series name, so one series can change without moving the others."""
    digest = hashlib.sha256(":".join([str(SEED), *map(str, names)]).encode()).digest()
    return np.random.default_rng(int.from_bytes(digest[:8], "little"))


def noisy(value: float, rng: np.random.Generator, spread: float = 0.06) -> float:
    """Return the value times a normal noise factor around 1."""
    return value * float(rng.normal(1.0, spread))


def split_over_days(
    total: int, days: list[date], rng: np.random.Generator, spread: float = 0.35
) -> list[int]:
    """Return whole daily counts that add up to the month's total, busier on the usual days."""
    weights = np.array([WEEKDAY_WEIGHT[d.weekday()] for d in days]) * rng.gamma(
        1 / spread**2, spread**2, len(days)
    )
    return [int(n) for n in rng.multinomial(max(int(total), 0), weights / weights.sum())]


# --------------------------------------------------------------------------------------------------------------
# The organisation's story, month by month (the numbers every file below is cut from).
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Story:
    """The month values the exports are made of, per series, indexed like demo_months()."""

    facebook_follows: list[int]
    facebook_unfollows: list[int]
    facebook_total: list[int]
    facebook_link_clicks: list[int]
    facebook_posts: list[int]
    facebook_comments: list[int]
    instagram_follows: list[int]
    instagram_unfollows: list[int]
    instagram_total: list[int]
    instagram_posts: list[int]
    instagram_comments: list[int]
    linkedin_new_followers: list[int]
    linkedin_total: list[int]
    tiktok_net_growth: list[int]
    tiktok_total: list[int]
    blog_shop_clicks: list[int]
    blog_comments: dict[str, list[int]]
    support_reply_median: list[float]
    tickets: list[int]


def tell_story(months: list[Month]) -> Story:
    """Return the demo organisation's month values: trends, seasons, noise and the events in the README."""
    fb_follows, fb_unfollows, fb_total = [], [], []
    ig_follows, ig_unfollows, ig_total = [], [], []
    fb_clicks, fb_posts, fb_comments, ig_posts, ig_comments = [], [], [], [], []
    li_new, li_total, tt_net, tt_total, blog_clicks = [], [], [], [], []
    blog = {"weekend_explorers": [], "peak_chasers": [], "club_buyers": [], "untagged": []}
    reply_median, tickets = [], []
    facebook, instagram, linkedin, tiktok = 18_420, 11_260, 2_310, TIKTOK_FOLLOWERS_BEFORE
    for m in months:
        r = rng_for("story", m.key)
        # Facebook: a mature page, slow steady growth and a fair share of people leaving.
        follows = round(noisy(160 * m.season, r))
        unfollows = round(noisy(48, r, 0.15))
        facebook += follows - unfollows
        fb_follows.append(follows)
        fb_unfollows.append(unfollows)
        fb_total.append(facebook)
        # Instagram: where the team put its effort; growth picks up through 2025 and 2026.
        follows = round(noisy((210 + 7 * m.index) * m.season, r))
        unfollows = round(noisy(55 + m.index, r, 0.15))
        instagram += follows - unfollows
        ig_follows.append(follows)
        ig_unfollows.append(unfollows)
        ig_total.append(instagram)
        # Links to the web shop from Facebook: the gear-test posts lift them from spring 2025.
        fb_clicks.append(round(noisy((1_480 + 14 * m.index) * (0.55 + 0.45 * m.season), r, 0.03)))
        blog_clicks.append(round(noisy((860 + 10 * m.index) * (0.6 + 0.4 * m.season), r, 0.03)))
        fb_posts.append(int(r.integers(12, 17)))
        fb_comments.append(round(noisy(190 * m.season, r, 0.08)))
        # Instagram comments hold well above 250 a month, until the October 2026 sick leave halves the posting.
        if m.key == "2026-10":
            ig_posts.append(7)
            ig_comments.append(round(noisy(212, r, 0.02)))
        else:
            ig_posts.append(int(r.integers(13, 19)))
            ig_comments.append(round(noisy((330 + 4 * m.index) * m.season, r, 0.06)))
        # LinkedIn: about 60 new followers a month until the 2026 recruitment push, which grows too slowly.
        base = 60 if m.year < 2026 else 60 + 2.6 * (m.month + 1)
        li_new.append(round(noisy(base * (0.85 if m.month in (7, 12) else 1.0), r, 0.05)))
        linkedin += li_new[-1] - round(noisy(9, r, 0.3))
        li_total.append(linkedin)
        # TikTok: a slow start, then the "first trip" series goes viral in summer 2025.
        if m.key < "2025-05":
            growth = noisy(70, r, 0.2)
        elif m.key < "2025-09":
            growth = noisy(1_050, r, 0.15)
        else:
            growth = noisy(330 * m.season, r, 0.1)
        tt_net.append(round(growth))
        tiktok += tt_net[-1]
        tt_total.append(tiktok)
        # Blog comments by audience (tagged in moderation): hikers grow, club buyers barely comment at all.
        blog["weekend_explorers"].append(round(noisy((42 + 1.3 * m.index) * (0.7 + 0.3 * m.season), r, 0.05)))
        blog["peak_chasers"].append(round(noisy(27 * (0.6 + 0.4 * m.season), r, 0.12)))
        blog["club_buyers"].append(int(r.integers(3, 8)))
        blog["untagged"].append(round(noisy(18 + 0.8 * m.index, r, 0.15)))
        # Customer service: the Christmas 2024 backlog, then a new routine brings first replies down.
        median = 330 if m.index < 3 else max(135.0, 300 - 14 * (m.index - 2))
        reply_median.append(noisy(median, r, 0.05))
        tickets.append(int(np.clip(round(noisy(78 * m.season, r, 0.1)), 40, 120)))
    return Story(
        facebook_follows=fb_follows,
        facebook_unfollows=fb_unfollows,
        facebook_total=fb_total,
        facebook_link_clicks=fb_clicks,
        facebook_posts=fb_posts,
        facebook_comments=fb_comments,
        instagram_follows=ig_follows,
        instagram_unfollows=ig_unfollows,
        instagram_total=ig_total,
        instagram_posts=ig_posts,
        instagram_comments=ig_comments,
        linkedin_new_followers=li_new,
        linkedin_total=li_total,
        tiktok_net_growth=tt_net,
        tiktok_total=tt_total,
        blog_shop_clicks=blog_clicks,
        blog_comments=blog,
        support_reply_median=reply_median,
        tickets=tickets,
    )


# --------------------------------------------------------------------------------------------------------------
# Writers: one per export shape.
# --------------------------------------------------------------------------------------------------------------


def csv_text(
    rows: list[list[object]], *, delimiter: str = ",", quote_all: bool = False, newline: str = "\n"
) -> str:
    """Return rows as CSV text; Meta quotes every field, most others only where needed."""
    buffer = io.StringIO()
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


def meta_csv_text(rows: list[list[object]]) -> str:
    """Return rows as Meta's post exports write them: text with spaces, commas or line breaks in quotes."""

    def field(value: object) -> str:
        text = str(value)
        if any(c in text for c in ' ,"\n'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join(",".join(field(v) for v in row) + "\n" for row in rows)


def write_bytes(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def meta_daily_metric(path: Path, title: str, days: list[date], values: list[int]) -> None:
    """Meta Business Suite daily metric file: UTF-16LE with BOM, sep= line, a title line, Date/Primary rows."""
    rows = [
        [title],
        ["Date", "Primary"],
        *[[f"{d.isoformat()}T00:00:00", v] for d, v in zip(days, values, strict=True)],
    ]
    text = "sep=,\n" + csv_text(rows, quote_all=True)
    write_bytes(path, b"\xff\xfe" + text.encode("utf-16-le"))


FACEBOOK_POST_CAPTIONS = (
    "Helgetips: {place} i {season_word}.\nKart, parkering og hva du bør ha i sekken 👇",
    "Vi har testet {count} lettvektstelt i vind og regn.\nResultatene ligger på bloggen nå!",
    "Verkstedet vårt fikser glidelåser, sømmer og staver.\nTa med utstyret til butikken i Trondheim.",
    "Klubbkveld: rabatt for lag og skoler hele uka. Spør oss om tilbud!",
    "Sikkerhet først: sjekk varsom.no før du går {place}.",
    "Nyhet i butikk: ullundertøy som tåler {count} vasker.",
)
INSTAGRAM_CAPTIONS = (
    "Morgensol over {place} ☀️ #friluftsliv #lyngtind",
    "Pakk med oss: dagstur til {place} 🎒 #turtips",
    "Første tur? Slik velger du sko 👟 #nybegynner",
    "Toppturfeber på {place} ⛷️ #topptur",
    "Kveldsbål og kaffe ☕ #hyttetur",
)
# Business Suite's "Custom labels", as the team sets them on posts made for an audience (strategy.yaml's
# `recognise` rules read them); only the labels are added, so every number of the exports stays as it was.
FACEBOOK_LABELS = {0: "Helgetur", 3: "Klubb"}
PLACES = ("Bymarka", "Gråkallen", "Trollheimen", "Dovrefjell", "Sylan", "Lofoten", "Oppdal", "Forollhogna")
SEASON_WORDS = {12: "vinter", 1: "vinter", 2: "vinter", 3: "vår", 4: "vår", 5: "vår"}


def spread_total(total: int, count: int, rng: np.random.Generator, spread: float = 0.6) -> list[int]:
    """Return `count` whole numbers adding up to `total`, some posts doing much better than others."""
    weights = rng.gamma(1 / spread**2, spread**2, count)
    return [int(n) for n in rng.multinomial(max(int(total), 0), weights / weights.sum())]


def publish_times(m: Month, count: int, rng: np.random.Generator) -> list[datetime]:
    """Return sorted publish times spread over the month, at office hours or weekend mornings."""
    days = sorted(rng.choice(len(m.days), size=count, replace=count > len(m.days)))
    hours = rng.choice([7, 8, 11, 15, 19, 20], size=count)
    minutes = rng.integers(0, 60, size=count)
    return [
        datetime.combine(m.days[d], datetime.min.time()) + timedelta(hours=int(h), minutes=int(mi))
        for d, h, mi in zip(days, hours, minutes, strict=True)
    ]


def meta_file_name(m: Month, account_id: str) -> str:
    """Return Meta's post export name, like Oct-01-2026_Oct-31-2026_<id>.csv."""
    return f"{m.first.strftime('%b-%d-%Y')}_{m.last.strftime('%b-%d-%Y')}_{account_id}.csv"


def facebook_posts(path: Path, m: Month, story: Story) -> None:
    """Facebook post export from Meta Business Suite: UTF-8 with BOM, one row per post, month-first times."""
    r = rng_for("facebook posts", m.key)
    count = story.facebook_posts[m.index]
    comments = spread_total(story.facebook_comments[m.index], count, r)
    header = [
        "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time",
        "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels",
        "Funded content status", "Data comment", "Date", "Views", "Reach", "Reactions, Comments and Shares",
        "Reactions", "Comments", "Shares", "Total clicks", "Link Clicks", "Other Clicks",
    ]  # fmt: skip
    rows: list[list[object]] = [header]
    for n, (when, post_comments) in enumerate(zip(publish_times(m, count, r), comments, strict=True)):
        post_id = (
            f"{FACEBOOK_PAGE_ID}_{1_000_000_000_000_000 + m.index * 1000 + n * 37 + int(r.integers(0, 30))}"
        )
        caption_index = int(r.integers(0, len(FACEBOOK_POST_CAPTIONS)))
        caption = FACEBOOK_POST_CAPTIONS[caption_index].format(
            place=PLACES[int(r.integers(0, len(PLACES)))],
            count=int(r.integers(5, 40)),
            season_word=SEASON_WORDS.get(m.month, "høst" if m.month >= 9 else "sommer"),
        )
        is_video = r.random() < 0.25
        reach = round(float(r.lognormal(np.log(2_400 * m.season), 0.5)))
        reactions = round(reach * float(r.uniform(0.03, 0.07)))
        shares = round(reach * float(r.uniform(0.002, 0.01)))
        other_clicks = round(reach * float(r.uniform(0.01, 0.04)))
        rows.append([
            post_id, FACEBOOK_PAGE_ID, PAGE_NAME, "", caption, int(r.integers(15, 120)) if is_video else "",
            when.strftime("%m/%d/%Y %H:%M"), "", f"https://www.facebook.com/{post_id.replace('_', '/posts/')}",
            "No", "No", "Videos" if is_video else "Photos", "nb", FACEBOOK_LABELS.get(caption_index, ""), "", "",
            "Lifetime",
            round(reach * float(r.uniform(1.3, 1.8))), reach, reactions + post_comments + shares, reactions,
            post_comments, shares, other_clicks, "", other_clicks,
        ])  # fmt: skip
    write_bytes(path, b"\xef\xbb\xbf" + meta_csv_text(rows).encode("utf-8"))


def instagram_posts(path: Path, m: Month, story: Story) -> None:
    """Instagram post export from Meta Business Suite: UTF-8 with BOM, one row per post."""
    r = rng_for("instagram posts", m.key)
    count = story.instagram_posts[m.index]
    comments = spread_total(story.instagram_comments[m.index], count, r)
    header = [
        "Post ID", "Account ID", "Account username", "Account name", "Description", "Duration (sec)",
        "Publish time", "Permalink", "Post type", "Data comment", "Date", "Views", "Reach", "Likes", "Shares",
        "Comments", "Saves", "Follows",
    ]  # fmt: skip
    rows: list[list[object]] = [header]
    for n, (when, post_comments) in enumerate(zip(publish_times(m, count, r), comments, strict=True)):
        post_id = str(18_000_000_000_000_000 + m.index * 10_000 + n * 113)
        is_reel = r.random() < 0.45
        caption = INSTAGRAM_CAPTIONS[int(r.integers(0, len(INSTAGRAM_CAPTIONS)))].format(
            place=PLACES[int(r.integers(0, len(PLACES)))]
        )
        reach = round(float(r.lognormal(np.log(3_100 * m.season), 0.45)))
        rows.append([
            post_id, INSTAGRAM_ACCOUNT_ID, INSTAGRAM_USERNAME, PAGE_NAME, caption,
            int(r.integers(8, 60)) if is_reel else "", when.strftime("%m/%d/%Y %H:%M"),
            f"https://www.instagram.com/{'reel' if is_reel else 'p'}/C{post_id[-9:]}/",
            "IG reel" if is_reel else "IG image", "", "Lifetime", round(reach * float(r.uniform(1.4, 2.2))), reach,
            round(reach * float(r.uniform(0.04, 0.09))), round(reach * float(r.uniform(0.003, 0.012))),
            post_comments, round(reach * float(r.uniform(0.005, 0.02))), "",
        ])  # fmt: skip
    write_bytes(path, b"\xef\xbb\xbf" + meta_csv_text(rows).encode("utf-8"))


def deterministic_xlsx(workbook: openpyxl.Workbook, saved_at: datetime) -> bytes:
    """Return the workbook's bytes with every timestamp set to `saved_at`, so a re-run writes an identical file."""
    workbook.properties.created = saved_at
    workbook.properties.creator = "LinkedIn"
    raw = io.BytesIO()
    workbook.save(raw)
    stamp = saved_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                # openpyxl stamps the save time as "modified"; the download time is what the file should say.
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp.encode(), content)
            info = zipfile.ZipInfo(item.filename, date_time=saved_at.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content)
    return fixed.getvalue()


def downloaded_at(m: Month) -> datetime:
    """Return when the month's exports were downloaded: the 1st of the next month, 08:00 UTC."""
    following = m.last + timedelta(days=1)
    return datetime(following.year, following.month, 1, 8, 0)


def linkedin_timestamp(m: Month) -> int:
    """Return the download time in LinkedIn's file names, in milliseconds since 1970 (UTC)."""
    return int(downloaded_at(m).replace(tzinfo=UTC).timestamp() * 1000)


def linkedin_followers(path: Path, m: Month, story: Story) -> None:
    """LinkedIn followers workbook: sheet 'New followers' with daily gains (no follower total), plus breakdowns."""
    r = rng_for("linkedin followers", m.key)
    daily = split_over_days(story.linkedin_new_followers[m.index], m.days, r)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "New followers"
    sheet.append(
        ["Date", "Sponsored followers", "Organic followers", "Auto-invited followers", "Total followers"]
    )
    for day, total in zip(m.days, daily, strict=True):
        invited = int(r.binomial(total, 0.08))
        sheet.append([day.strftime("%m/%d/%Y"), 0, total - invited, invited, total])
    for title, labels in (
        ("Location", ("Trondheim, Trøndelag", "Oslo", "Bergen, Vestland", "Bodø, Nordland", "Tromsø")),
        ("Job function", ("Education", "Sales", "Operations", "Healthcare Services", "Arts and Design")),
        ("Industry", ("Retail", "Education", "Sporting Goods", "Non-profit Organizations", "Government")),
    ):
        breakdown = workbook.create_sheet(title)
        breakdown.append([title, "Total followers"])
        counts = sorted(spread_total(story.linkedin_total[m.index], len(labels), r, 0.8), reverse=True)
        for label, count in zip(labels, counts, strict=True):
            breakdown.append([label, count])
    write_bytes(path, deterministic_xlsx(workbook, downloaded_at(m)))


def linkedin_content(path: Path, m: Month, story: Story) -> None:
    """LinkedIn content workbook: sheet 'Metrics' with a note in row 1 and the header in row 2, dates month first."""
    r = rng_for("linkedin content", m.key)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Metrics"
    sheet.append([
        "Aggregated engagement metrics for posts in the selected date range. Metrics are counted on the day "
        "the engagement happened."
    ])  # fmt: skip
    sheet.append([
        "Date", "Impressions (organic)", "Impressions (sponsored)", "Impressions (total)",
        "Unique impressions (organic)", "Clicks (organic)", "Clicks (sponsored)", "Clicks (total)",
        "Reactions (organic)", "Reactions (sponsored)", "Reactions (total)", "Comments (organic)",
        "Comments (sponsored)", "Comments (total)", "Reposts (organic)", "Reposts (sponsored)", "Reposts (total)",
        "Engagement rate (organic)", "Engagement rate (sponsored)", "Engagement rate (total)",
    ])  # fmt: skip
    impressions = split_over_days(round(noisy(5_200 + 80 * m.index, r, 0.1)), m.days, r, 0.5)
    for day, shown in zip(m.days, impressions, strict=True):
        if day.weekday() >= 5:
            shown = shown // 3
        clicks = int(r.binomial(shown, 0.012))
        reactions = int(r.binomial(shown, 0.018))
        comments = int(r.binomial(shown, 0.0016))
        reposts = int(r.binomial(shown, 0.0012))
        rate = round((clicks + reactions + comments + reposts) / shown, 4) if shown else 0
        sheet.append([
            day.strftime("%m/%d/%Y"), shown, 0, shown, round(shown * 0.62), clicks, 0, clicks, reactions, 0,
            reactions, comments, 0, comments, reposts, 0, reposts, rate, 0, rate,
        ])  # fmt: skip
    write_bytes(path, deterministic_xlsx(workbook, downloaded_at(m)))


def tiktok_follower_history(path: Path, m: Month, story: Story, previous_total: int) -> None:
    """TikTok Studio FollowerHistory.csv: a real running total per day; dates carry no year ("October 12")."""
    r = rng_for("tiktok followers", m.key)
    net = story.tiktok_net_growth[m.index]
    lost = int(r.poisson(4 * len(m.days)))
    gains = split_over_days(net + lost, m.days, r, 0.6)
    losses = split_over_days(lost, m.days, r, 0.8)
    rows: list[list[object]] = [["Date", "Followers", "Difference in followers from previous day"]]
    total = previous_total
    for day, gained, left in zip(m.days, gains, losses, strict=True):
        total += gained - left
        rows.append([f"{day.strftime('%B')} {day.day}", total, gained - left])
    assert total == story.tiktok_total[m.index]
    write_bytes(path, csv_text(rows, quote_all=True).encode("utf-8"))


ZENDESK_SUBJECTS = (
    ("Reklamasjon: glidelås på jakke røk", "reklamasjon", "Warranty"),
    ("Når kommer bestillingen min?", "levering", "Orders"),
    ("Bytte til større størrelse på fjellsko", "bytte", "Orders"),
    ("Spørsmål om smøring av fellesski", "produktråd", "Product advice"),
    ("Tilbud på sekker til skoleklasse", "klubb_skole", "Clubs and schools"),
    ("Retur av telt", "retur", "Orders"),
    ("Faktura for klubbinnkjøp", "klubb_skole", "Clubs and schools"),
    ("Vanntett bukse lekker i sømmen", "reklamasjon", "Warranty"),
    ("Kan dere reparere sekken min?", "verksted", "Workshop"),
    ("Hvilket sovepose passer til høstfjellet?", "produktråd", "Product advice"),
)
ZENDESK_AGENTS = ("Jonas Berg", "Sigrid Aune", "Emil Rønning", "Hanne Moe")
ZENDESK_VIA = ("Facebook Messenger", "Instagram DM", "Mail", "Web form", "Chat")
REQUESTERS = (
    "Kari",
    "Ola",
    "Ingrid",
    "Lars",
    "Nora",
    "Sindre",
    "Emma",
    "Henrik",
    "Sofie",
    "Magnus",
    "Ida",
    "Jakob",
)
ZENDESK_COLUMNS = (
    "Id", "Requester", "Requester id", "Assignee", "Group", "Subject", "Tags", "Status", "Priority", "Via",
    "Ticket type", "Created at", "Updated at", "Assigned at", "Initially assigned at", "Solved at",
    "Satisfaction Score", "Reopens", "Replies", "First reply time in minutes",
    "First reply time in minutes within business hours", "First resolution time in minutes",
    "First resolution time in minutes within business hours", "Full resolution time in minutes",
    "Full resolution time in minutes within business hours", "Agent wait time in minutes",
    "Requester wait time in minutes", "On hold time in minutes",
)  # fmt: skip


def zendesk_tickets(path: Path, m: Month, story: Story, first_id: int) -> int:
    """Zendesk ticket export (one row per ticket, times in minutes); returns the next ticket id."""
    r = rng_for("zendesk", m.key)
    count = story.tickets[m.index]
    stamp = "%Y-%m-%d %H:%M"
    seconds = np.sort(r.integers(0, len(m.days) * 86_400, size=count))
    rows: list[list[object]] = [list(ZENDESK_COLUMNS)]
    month_end = datetime.combine(m.last, datetime.max.time())
    for n, offset in enumerate(seconds):
        created = datetime.combine(m.first, datetime.min.time()) + timedelta(seconds=int(offset))
        subject, tag, group = ZENDESK_SUBJECTS[int(r.integers(0, len(ZENDESK_SUBJECTS)))]
        reply = round(float(r.lognormal(np.log(story.support_reply_median[m.index]), 0.7)))
        replied = created + timedelta(minutes=reply)
        requester = f"{REQUESTERS[int(r.integers(0, len(REQUESTERS)))]} {chr(65 + int(r.integers(0, 26)))}."
        agent = ZENDESK_AGENTS[int(r.integers(0, len(ZENDESK_AGENTS)))]
        if replied > month_end:
            # Still waiting for a first reply when the export was taken: Zendesk leaves the times blank.
            rows.append([
                first_id + n, requester, 36_000_000 + int(r.integers(0, 999_999)), "", group, subject, tag, "New",
                "Normal", ZENDESK_VIA[int(r.integers(0, len(ZENDESK_VIA)))], "Question", created.strftime(stamp),
                created.strftime(stamp), "", "", "", "Not Offered", 0, 0, "", "", "", "", "", "", "", "", "",
            ])  # fmt: skip
            continue
        resolution = reply + round(float(r.lognormal(np.log(600), 1.0)))
        solved = created + timedelta(minutes=resolution)
        done = solved <= month_end
        business = round(reply * float(r.uniform(0.45, 0.8)))
        rows.append([
            first_id + n, requester, 36_000_000 + int(r.integers(0, 999_999)), agent, group, subject, tag,
            "Solved" if done else "Open", "Normal" if r.random() < 0.85 else "High",
            ZENDESK_VIA[int(r.integers(0, len(ZENDESK_VIA)))], "Problem" if tag == "reklamasjon" else "Question",
            created.strftime(stamp), (solved if done else replied).strftime(stamp), replied.strftime(stamp),
            replied.strftime(stamp), solved.strftime(stamp) if done else "",
            ("Good" if r.random() < 0.8 else "Bad") if done and r.random() < 0.4 else "Offered",
            0, int(r.integers(1, 4)), reply, business, resolution if done else "",
            round(resolution * 0.55) if done else "", resolution if done else "",
            round(resolution * 0.55) if done else "", business, round(reply * 1.1), 0,
        ])  # fmt: skip
    write_bytes(path, csv_text(rows).encode("utf-8"))
    return first_id + count


NBSP = "\u00a0"


def nordic_number(value: float, decimals: int = 0) -> str:
    """Return a number as Excel writes it in a Norwegian locale: 12 345 with a no-break space, 3,4."""
    text = f"{value:,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    return text


def tracker(path: Path, m: Month, story: Story) -> None:
    """The team's own monthly tracker, saved by Excel in a Norwegian locale: Windows-1252, ';', decimal commas.

    It carries the follower totals the platforms do not export (the anchor for Facebook, Instagram, LinkedIn).
    """
    r = rng_for("tracker", m.key)
    day = m.last.strftime("%d.%m.%Y")
    facebook, instagram = float(r.uniform(2.6, 3.6)), float(r.uniform(3.8, 5.2))
    rows = [
        ["Dato", "Kanal", "Følgere", "Engasjementsrate (%)"],
        [day, "Facebook", nordic_number(story.facebook_total[m.index]), nordic_number(facebook, 1)],
        [day, "Instagram", nordic_number(story.instagram_total[m.index]), nordic_number(instagram, 1)],
        [day, "LinkedIn", nordic_number(story.linkedin_total[m.index]), ""],
    ]
    write_bytes(path, csv_text(rows, delimiter=";", newline="\r\n").encode("cp1252"))


def blog_statistics(path: Path, m: Month, story: Story) -> None:
    """The blog's daily statistics as the web editor keeps them: Excel "CSV UTF-8" in a Norwegian locale.

    UTF-8 with BOM, ';', day-first dates, no channel column (the upload is told it is the blog).
    """
    r = rng_for("blog statistics", m.key)
    clicks = split_over_days(story.blog_shop_clicks[m.index], m.days, r, 0.25)
    views = split_over_days(round(noisy(26_000 * m.season, r, 0.05)), m.days, r, 0.25)
    rows = [["Dato", "Sidevisninger", "Lenkeklikk", "Lesetid"]]
    for day, shown, clicked in zip(m.days, views, clicks, strict=True):
        reading = float(np.clip(r.normal(2.75 + 0.01 * m.index, 0.25), 1.5, 4.5))
        rows.append(
            [
                day.strftime("%d.%m.%Y"),
                nordic_number(shown),
                nordic_number(clicked),
                nordic_number(reading, 1),
            ]
        )
    write_bytes(path, b"\xef\xbb\xbf" + csv_text(rows, delimiter=";", newline="\r\n").encode("utf-8"))


def blog_comments(path: Path, m: Month, story: Story) -> None:
    """Blog comments tagged by audience in moderation, in Goalpost's tidy layout; the blank-audience row is the total."""
    rows: list[list[object]] = [["date", "channel", "audience", "metric", "value"]]
    total = 0
    for audience, values in story.blog_comments.items():
        total += values[m.index]
        if audience != "untagged":
            rows.append([m.last.isoformat(), "blog", audience, "comments", values[m.index]])
    rows.append([m.last.isoformat(), "blog", "", "comments", total])
    write_bytes(path, csv_text(rows).encode("utf-8"))


def write_month(root: Path, m: Month, story: Story, state: dict[str, int]) -> None:
    """Write every export the team downloads for one month under root/<YYYY-MM>/."""
    folder = root / m.key
    r = rng_for("daily", m.key)
    meta_daily_metric(
        folder / "facebook" / "Follows.csv",
        "Facebook follows",
        m.days,
        split_over_days(story.facebook_follows[m.index], m.days, r),
    )
    meta_daily_metric(
        folder / "facebook" / "Link clicks.csv",
        "Facebook link clicks",
        m.days,
        split_over_days(story.facebook_link_clicks[m.index], m.days, r, 0.2),
    )
    facebook_posts(folder / "facebook" / meta_file_name(m, FACEBOOK_PAGE_ID), m, story)
    meta_daily_metric(
        folder / "instagram" / "Follows.csv",
        "Instagram follows",
        m.days,
        split_over_days(story.instagram_follows[m.index], m.days, r),
    )
    instagram_posts(folder / "instagram" / meta_file_name(m, INSTAGRAM_ACCOUNT_ID), m, story)
    stamp = linkedin_timestamp(m)
    linkedin_followers(folder / "linkedin" / f"{LINKEDIN_SLUG}_followers_{stamp}.xlsx", m, story)
    linkedin_content(folder / "linkedin" / f"{LINKEDIN_SLUG}_content_{stamp}.xlsx", m, story)
    tiktok_follower_history(folder / "tiktok" / "FollowerHistory.csv", m, story, state["tiktok"])
    state["tiktok"] = story.tiktok_total[m.index]
    state["ticket"] = zendesk_tickets(
        folder / "zendesk" / f"lyngtind-kundeservice-{m.key}.csv", m, story, state["ticket"]
    )
    tracker(folder / "tracker" / f"Lyngtind sporing {m.key}.csv", m, story)
    blog_statistics(folder / "tracker" / f"bloggstatistikk-{m.key}.csv", m, story)
    blog_comments(folder / "tracker" / f"bloggkommentarer-{m.key}.csv", m, story)


def write_exports(root: Path = EXPORTS) -> list[Path]:
    """Rewrite the month folders under root from the seed; return the files written."""
    months = demo_months()
    story = tell_story(months)
    for child in root.glob("20*-*"):
        shutil.rmtree(child)
    state = {"tiktok": TIKTOK_FOLLOWERS_BEFORE, "ticket": FIRST_TICKET_ID}
    for m in months:
        write_month(root, m, story, state)
    return sorted(p for m in months for p in (root / m.key).rglob("*") if p.is_file())


def main() -> None:
    """Rewrite sample_data/exports/ and say how much was written."""
    files = write_exports(EXPORTS)
    size = sum(p.stat().st_size for p in files)
    print(f"wrote {len(files)} files, {size / 1e6:.2f} MB, under {EXPORTS}")


if __name__ == "__main__":
    main()
