"""Compute the month values of every real export in this folder, without Goalpost, into expected.json.

Independent of Goalpost's readers on purpose: only the standard library (csv, datetime) and openpyxl for a workbook, one small
function per kind of export written from what the platform documents the columns to mean. Run it from
the repository root with `python tests/files/real/expected_values.py` after adding a file; review the
diff of expected.json by hand before committing it.

Rules (the platform's own): a daily file's value is counted on its day; a post or video export's lifetime
values are counted on the publish day; months add up days, except a follower total (the last value of
the month). Blank cells and placeholders ("undefined", "-") are missing, never zero. Ratio columns
(CTR, position, rates, averages) are never added up: a month's ratio is computed the way the platform
documents it, from the month's sums of its parts (Search Console: CTR = clicks ÷ impressions, position =
Σ(position × impressions) ÷ Σ impressions; YouTube: average view duration = watch time ÷ views).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MONTHS_EN = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
MONTHS_ES = {
    m: i
    for i, m in enumerate(
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        start=1,
    )
}
SHORT_EN = {name[:3]: number for name, number in MONTHS_EN.items()}
MISSING = {"", "undefined", "nan", "-", "n/a"}


def text_of(path: Path) -> str:
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


def rows_of(path: Path, delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text_of(path)), delimiter=delimiter))


def number(cell: str) -> float | None:
    cell = cell.strip()
    if cell.lower() in MISSING:
        return None
    return float(cell.replace(",", ""))


class Months:
    """Month totals per (channel, metric); 'last' metrics keep the latest day's value."""

    def __init__(self) -> None:
        self.sums: dict[tuple[str, str, str], float] = defaultdict(float)
        self.last: dict[tuple[str, str, str], tuple[date, float]] = {}

    def add(self, day: date, channel: str, metric: str, value: float | None) -> None:
        if value is None:
            return
        self.sums[(day.strftime("%Y-%m"), channel, metric)] += value

    def keep_last(self, day: date, channel: str, metric: str, value: float | None) -> None:
        if value is None:
            return
        key = (day.strftime("%Y-%m"), channel, metric)
        if key not in self.last or day >= self.last[key][0]:
            self.last[key] = (day, value)

    def listed(self) -> list[dict]:
        values = dict(self.sums)
        values.update({k: v for k, (_, v) in self.last.items()})
        return [
            {"month": m, "channel": c, "audience": "all", "metric": metric, "value": round(v, 9)}
            for (m, c, metric), v in sorted(values.items())
        ]


def meta_daily(path: Path, metric: str, chosen: str) -> list[dict]:
    """One or more sections (a title line, then Date,Primary); a section's title names its platform."""
    rows = [r for r in rows_of(path, "\t" if "\t" in text_of(path).splitlines()[0] else ",") if any(r)]
    months = Months()
    channel = chosen
    for index, row in enumerate(rows):
        if row[0].startswith("sep=") or row[1:2] == ["Primary"]:
            continue  # the sep= line, or the header "Date","Primary" ("Data" in Portuguese)
        if index + 1 < len(rows) and rows[index + 1][1:2] == ["Primary"]:
            title = row[0].lower()
            channel = "facebook" if "facebook" in title else "instagram" if "instagram" in title else chosen
            continue
        months.add(date.fromisoformat(row[0][:10]), channel, metric, number(row[1]))
    return months.listed()


def meta_posts(
    path: Path, platform: str, columns: dict[str, str], page_column: int, publish_header: str = "Publish time"
) -> list[dict]:
    """Per post, on the publish day (month first); rows without a post id are Meta's error rows."""
    rows = rows_of(path)
    header = rows[0]
    publish = header.index(publish_header)
    pages = {r[page_column] for r in rows[1:] if r[0].strip()}
    months = Months()
    for row in rows[1:]:
        if not row[0].strip():
            continue
        day = datetime.strptime(row[publish], "%m/%d/%Y %H:%M").date()
        channel = platform if len(pages) == 1 else f"{platform}_{slug(row[page_column])}"
        for name, metric in columns.items():
            months.add(day, channel, metric, number(row[header.index(name)]))
    return months.listed()


def slug(text: str) -> str:
    return re.sub(r"[^\w]+", "_", text.strip().casefold()).strip("_")


def tiktok_days(texts: list[str], upload_day: date, month_names: dict[str, int]) -> list[date]:
    """Dates without a year, oldest first: the newest falls on or before the upload day."""
    parts = []
    for text in texts:
        words = text.replace(" de ", " ").split()
        if words[0].isdigit():
            parts.append((month_names[words[1].lower()], int(words[0])))
        else:
            parts.append((month_names[words[0].lower()], int(words[1])))
    month, day = parts[-1]
    year = upload_day.year if (month, day) <= (upload_day.month, upload_day.day) else upload_day.year - 1
    days = [date(year, month, day)]
    for month, day in reversed(parts[:-1]):
        if (month, day) > (days[-1].month, days[-1].day):
            year -= 1
        days.append(date(year, month, day))
    return list(reversed(days))


def workbook_rows(path: Path) -> list[list[str]]:
    """Return the first sheet's rows as texts (openpyxl, not Goalpost's reader)."""
    import openpyxl

    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


def tiktok(
    path: Path,
    upload_day: date,
    columns: dict[str, str],
    lasts: dict[str, str] | None = None,
    month_names: dict[str, int] = MONTHS_EN,
) -> list[dict]:
    rows = workbook_rows(path) if path.suffix == ".xlsx" else rows_of(path)
    header, body = rows[0], [r for r in rows[1:] if r]
    days = tiktok_days([r[0] for r in body], upload_day, month_names)
    months = Months()
    for day, row in zip(days, body, strict=True):
        for name, metric in columns.items():
            months.add(day, "tiktok", metric, number(row[header.index(name)]))
        for name, metric in (lasts or {}).items():
            months.keep_last(day, "tiktok", metric, number(row[header.index(name)]))
    return months.listed()


def youtube_table(
    path: Path, columns: dict[str, str], published_header: str = "Video publish time"
) -> list[dict]:
    rows = rows_of(path)
    header = rows[0]
    published = header.index(published_header)
    months = Months()
    for row in rows[1:]:
        if not row or row[0] in ("Total", "Totalt") or not row[published]:
            continue  # a video without a publish time (unlisted, removed) cannot be placed in a month
        day = datetime.strptime(row[published], "%b %d, %Y").date()
        for name, metric in columns.items():
            months.add(day, "youtube", metric, number(row[header.index(name)]))
    return with_view_duration(months.listed())


def daily(
    path: Path,
    channel: str,
    columns: dict[str, str],
    date_format: str,
    skip: int = 0,
    comment: str | None = None,
) -> list[dict]:
    lines = text_of(path).splitlines()
    if comment:
        lines = [line for line in lines if not line.startswith(comment)]
    rows = list(csv.reader(lines[skip:]))
    header = rows[0]
    months = Months()
    for row in rows[1:]:
        if not row or not row[0].strip() or row[0] in ("Total", "Totalt"):
            continue  # YouTube's totals row is the sum of the rows below it
        day = datetime.strptime(row[0], date_format).date()
        for name, metric in columns.items():
            months.add(day, channel, metric, number(row[header.index(name)]))
    return months.listed()


FB_POST = {
    "Views": "views",
    "Reach": "reach",
    "Reactions, Comments and Shares": "interactions",
    "Reactions": "reactions",
    "Comments": "comments",
    "Shares": "shares",
    "Total clicks": "clicks",
    "Link Clicks": "links",
}
IG_POST = {
    "Views": "views",
    "Reach": "reach",
    "Likes": "likes",
    "Shares": "shares",
    "Comments": "comments",
    "Saves": "saves",
    "Follows": "followers_gained",
}
TIKTOK_OVERVIEW = {
    "Video Views": "views",
    "Profile Views": "profile_visits",
    "Likes": "likes",
    "Comments": "comments",
    "Shares": "shares",
}
YOUTUBE_TABLE = {
    "Views": "views",
    "Watch time (hours)": "watch_time_hours",
    "Subscribers": "followers_gained",
    "Impressions": "impressions",
}
X_OVERVIEW = {
    "Impressions": "impressions",
    "Likes": "likes",
    "Engagements": "engagements",
    "Bookmarks": "saves",
    "Shares": "sends",
    "New follows": "followers_gained",
    "Unfollows": "followers_lost",
    "Replies": "comments",
    "Reposts": "shares",
    "Profile visits": "profile_visits",
    "Create Post": "posts",
    "Video views": "views",
    "Media views": "media_views",
}
SEARCH_DATES = {"Clicks": "clicks", "Impressions": "impressions"}


def search_dates(path: Path, clicks_header: str) -> list[dict]:
    """Search Console Dates.csv: daily clicks and impressions add up; the month's CTR and average position are
    computed from them as Search Console does (position weighted by each day's impressions)."""
    rows = rows_of(path)
    header = rows[0]
    at = {name: header.index(name) for name in (clicks_header, "Impressions", "Position")}
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for row in rows[1:]:
        if not row:
            continue
        month = datetime.strptime(row[0], "%Y-%m-%d").strftime("%Y-%m")
        clicks, impressions = float(row[at[clicks_header]]), float(row[at["Impressions"]])
        sums[month][0] += clicks
        sums[month][1] += impressions
        sums[month][2] += float(row[at["Position"]]) * impressions
    out = []
    for month, (clicks, impressions, weighted) in sorted(sums.items()):
        values = {"clicks": clicks, "impressions": impressions, "position_weighted": weighted}
        if impressions > 0:
            values["ctr"] = 100.0 * clicks / impressions
            values["position"] = weighted / impressions
        out += [
            {"month": month, "channel": "search", "audience": "all", "metric": m, "value": round(v, 9)}
            for m, v in values.items()
        ]
    return sorted(out, key=lambda r: (r["month"], r["channel"], r["metric"]))


def with_view_duration(months: list[dict]) -> list[dict]:
    """Add YouTube's average view duration (minutes) where a month has both: watch time (hours) × 60 ÷ views."""
    by_key = {(m["month"], m["channel"], m["metric"]): m["value"] for m in months}
    extra = [
        {
            "month": month,
            "channel": channel,
            "audience": "all",
            "metric": "average_view_duration",
            "value": round(hours * 60.0 / by_key[(month, channel, "views")], 9),
        }
        for (month, channel, metric), hours in by_key.items()
        if metric == "watch_time_hours" and by_key.get((month, channel, "views"), 0) > 0
    ]
    return sorted(months + extra, key=lambda r: (r["month"], r["channel"], r["metric"]))


def with_ctr(months: list[dict]) -> list[dict]:
    """Add the click-through rate (%) where a month has both clicks and impressions: Meta's CTR (all) is
    clicks (all) ÷ impressions, the month's sums, not a sum or mean of the posts' rates."""
    by_key = {(m["month"], m["channel"], m["metric"]): m["value"] for m in months}
    extra = [
        {
            "month": month,
            "channel": channel,
            "audience": "all",
            "metric": "ctr",
            "value": round(100.0 * clicks / by_key[(month, channel, "impressions")], 9),
        }
        for (month, channel, metric), clicks in by_key.items()
        if metric == "clicks" and by_key.get((month, channel, "impressions"), 0) > 0
    ]
    return sorted(months + extra, key=lambda r: (r["month"], r["channel"], r["metric"]))


def with_engagement_rate(months: list[dict]) -> list[dict]:
    """Add X's engagement rate (%) where a month has engagements and impressions: engagements ÷ impressions of the
    month, as X's analytics define it, not a mean of the days' rates."""
    by_key = {(m["month"], m["channel"], m["metric"]): m["value"] for m in months}
    extra = [
        {
            "month": month,
            "channel": channel,
            "audience": "all",
            "metric": "impression_engagement_rate",
            "value": round(100.0 * engagements / by_key[(month, channel, "impressions")], 9),
        }
        for (month, channel, metric), engagements in by_key.items()
        if metric == "engagements" and by_key.get((month, channel, "impressions"), 0) > 0
    ]
    return sorted(months + extra, key=lambda r: (r["month"], r["channel"], r["metric"]))


def youtube_chart(path: Path) -> list[dict]:
    """Chart data: one row per date and per video (or traffic source); the day's views add up."""
    return daily(path, "youtube", {"Views": "views"}, "%Y-%m-%d")


def cases() -> list[dict]:
    """Every file: how to upload it (the upload day, a channel where the file names none) and what it holds."""
    read, refused = "read", "refused"
    d = HERE
    out = []

    def case(file, outcome, preset=None, months=None, read_args=None, message=None, notes=None):
        out.append(
            {
                "file": file,
                "outcome": outcome,
                "preset": preset,
                "read": read_args or {},
                "months": months or [],
                "message_contains": message or [],
                "notes_contain": notes or [],
            }
        )

    for folder, today in (("oigetit", "2025-04-15"), ("ftsvideo", "2026-06-22"), ("bubniak", "2024-03-29")):
        for name, metric in (
            ("Follows", "followers_gained"),
            ("Interactions", "interactions"),
            ("Reach", "reach"),
            ("Views", "views"),
            ("Visits", "profile_visits"),
            ("Link clicks", "links"),
        ):
            path = d / folder / f"{name}.csv"
            if not path.exists():
                continue
            title = " ".join(text_of(path).splitlines()[1:2]).lower()
            named = "facebook" if "facebook" in title else "instagram" if "instagram" in title else None
            chosen = {"oigetit": "facebook", "ftsvideo": "instagram", "bubniak": "facebook"}[folder]
            args = {"today": today} if named else {"today": today, "channel": chosen}
            case(
                f"{folder}/{name}.csv",
                read,
                "meta_daily",
                meta_daily(path, metric, named or chosen),
                args,
                notes=["unique reach"] if metric == "reach" else None,
            )
        case(f"{folder}/Audience.csv", refused, read_args={"today": today}, message=["audience"])
    case(
        "oigetit/Mar-18-2025_Apr-14-2025_553302954456165.csv",
        read,
        "meta_posts_facebook",
        meta_posts(d / "oigetit/Mar-18-2025_Apr-14-2025_553302954456165.csv", "facebook", FB_POST, 2),
        {"today": "2025-04-15"},
    )
    case(
        "oigetit/Mar-18-2025_Apr-14-2025_1019826952924933.csv",
        read,
        "meta_posts_instagram",
        meta_posts(d / "oigetit/Mar-18-2025_Apr-14-2025_1019826952924933.csv", "instagram", IG_POST, 2),
        {"today": "2025-04-15"},
    )
    case(
        "ftsvideo/May-25-2026_Jun-21-2026_1493633672508178.csv",
        read,
        "meta_posts_instagram",
        meta_posts(d / "ftsvideo/May-25-2026_Jun-21-2026_1493633672508178.csv", "instagram", IG_POST, 2),
        {"today": "2026-06-22"},
        notes=["caryjack"],
    )
    old = dict(FB_POST, Impressions="impressions")
    del old["Views"]
    case(
        "bubniak/Dec-12-2023_Mar-06-2024_1032418178499222.csv",
        read,
        "meta_posts_facebook",
        with_ctr(meta_posts(d / "bubniak/Dec-12-2023_Mar-06-2024_1032418178499222.csv", "facebook", old, 2)),
        {"today": "2024-03-29"},
        notes=["3 rows", "Other Clicks"],
    )
    case(
        "bubniak/data-export.csv",
        read,
        "ga4",
        daily(
            d / "bubniak/data-export.csv",
            "web",
            {
                "Event count": "events",
                "Total users": "users",
                "New users": "new_users",
                "Returning users": "returning_users",
            },
            "%Y%m%d",
            comment="#",
        ),
        {"today": "2024-03-29", "channel": "web"},
        notes=["unique"],
    )

    case(
        "bosszy/Overview.csv",
        read,
        "tiktok_overview",
        tiktok(d / "bosszy/Overview.csv", date(2026, 4, 23), TIKTOK_OVERVIEW),
        {"today": "2026-04-23"},
        notes=["upload day"],
    )
    case(
        "bosszy/Overview.xlsx",
        read,
        "tiktok_overview",
        tiktok(d / "bosszy/Overview.xlsx", date(2026, 4, 23), TIKTOK_OVERVIEW),
        {"today": "2026-04-23"},
    )
    case(
        "franco/Overview.csv",
        read,
        "tiktok_overview",
        tiktok(d / "franco/Overview.csv", date(2026, 3, 16), TIKTOK_OVERVIEW, month_names=MONTHS_ES),
        {"today": "2026-03-16"},
    )
    case(
        "htupy/Overview.csv",
        read,
        "tiktok_overview",
        tiktok(d / "htupy/Overview.csv", date(2026, 2, 28), TIKTOK_OVERVIEW),
        {"today": "2026-02-28"},
    )
    case(
        "htupy/FollowerHistory.csv",
        read,
        "tiktok_followers",
        tiktok(
            d / "htupy/FollowerHistory.csv",
            date(2026, 2, 28),
            {"Difference in followers from previous day": "followers_gained"},
            {"Followers": "followers"},
        ),
        {"today": "2026-02-28"},
        notes=["undefined"],
    )
    case("htupy/Content.csv", refused, read_args={"today": "2026-02-28"}, message=["per-video"])
    case("htupy/Viewers.csv", refused, read_args={"today": "2026-02-28"})

    for folder, today in (("rehan", "2025-03-28"), ("priyanka", "2026-06-21"), ("prakash", "2026-07-26")):
        table = d / folder / "Table data.csv"
        if "Video publish time" in text_of(table).splitlines()[0]:
            case(
                f"{folder}/Table data.csv",
                read,
                "youtube_table",
                youtube_table(table, YOUTUBE_TABLE),
                {"today": today},
            )
        else:
            case(f"{folder}/Table data.csv", refused, read_args={"today": today}, message=["Totals"])
    case(
        "rehan/Chart data.csv",
        read,
        "youtube_chart",
        youtube_chart(d / "rehan/Chart data.csv"),
        {"today": "2025-03-28"},
    )
    case(
        "rehan/Totals.csv",
        read,
        "youtube_totals",
        daily(d / "rehan/Totals.csv", "youtube", {"Views": "views"}, "%Y-%m-%d"),
        {"today": "2025-03-28"},
    )
    case(
        "priyanka/Totals.csv",
        read,
        "youtube_totals",
        daily(d / "priyanka/Totals.csv", "youtube", {"Views": "views"}, "%d-%m-%Y"),
        {"today": "2026-06-21"},
    )
    case(
        "tarun/Totals.csv",
        read,
        "youtube_totals",
        daily(d / "tarun/Totals.csv", "youtube", {"Views": "views"}, "%m/%d/%Y"),
        {"today": "2026-08-13"},
    )
    case("prakash/Totals.csv", refused, read_args={"today": "2026-07-26"}, message=["average"])

    for folder, today, clicks in (
        ("gap028", "2026-02-15", "Clics"),
        ("iman", "2024-11-03", "Clicks"),
        ("ztokar", "2025-04-23", "Clicks"),
    ):
        case(
            f"{folder}/Dates.csv",
            read,
            "search_console",
            search_dates(d / folder / "Dates.csv", clicks),
            {"today": today, "channel": "search"},
            notes=["CTR"],
        )
    for file, today in (
        ("iman/Queries.csv", "2024-11-03"),
        ("ztokar/Queries.csv", "2025-04-23"),
        ("ztokar/Pages.csv", "2025-04-23"),
    ):
        case(file, refused, read_args={"today": today}, message=["Dates.csv"])
    for file, today in (("ztokar/Filters.csv", "2025-04-23"), ("gap028/Filtres.csv", "2026-02-15")):
        case(file, refused, read_args={"today": today}, message=["Dates.csv"])

    # A real Brazilian (pt) download: Meta daily files, an Instagram post export, YouTube Table data.
    for name, metric in (
        ("Alcance", "reach"),
        ("Cliques no link", "links"),
        ("Seguidores", "followers_gained"),
        ("Visitas", "profile_visits"),
    ):
        path = d / "ufscar" / f"{name}.csv"
        named = "instagram" in text_of(path).splitlines()[1].lower()
        args = {"today": "2025-07-05"} if named else {"today": "2025-07-05", "channel": "instagram"}
        case(f"ufscar/{name}.csv", read, "meta_daily", meta_daily(path, metric, "instagram"), args)
    ig_pt = {
        "Visualizações": "views",
        "Curtidas": "likes",
        "Compartilhamentos": "shares",
        "Comentários": "comments",
        "Salvamentos": "saves",
        "Alcance": "reach",
        "Seguimentos": "followers_gained",
    }
    post_pt = "ufscar/dados 30-06 Apr-01-2025_Jun-30-2025_983340097073313.csv"
    case(
        post_pt,
        read,
        "meta_posts_instagram",
        meta_posts(d / post_pt, "instagram", ig_pt, 2, "Horário de publicação"),
        {"today": "2025-07-05"},
        notes=["lagoadosino_ufscar"],
    )
    case(
        "ufscar/Dados da tabela youtube 30-06.csv",
        read,
        "youtube_table",
        youtube_table(
            d / "ufscar/Dados da tabela youtube 30-06.csv",
            {
                "Visualizações": "views",
                "Tempo de exibição (horas)": "watch_time_hours",
                "Inscritos": "followers_gained",
                "Impressões": "impressions",
            },
            "Horário de publicação do vídeo",
        ),
        {"today": "2025-07-05"},
        notes=["no publish time"],
    )

    # A real Swedish YouTube Studio export, split every way Studio offers (SOURCES.md: aigineer_*).
    sv_day = {"Visningar": "views", "Visningstid (timmar)": "watch_time_hours"}
    case(
        "aigineer_datum/Tabelldata.csv",
        read,
        "youtube_totals",
        with_view_duration(daily(d / "aigineer_datum/Tabelldata.csv", "youtube", sv_day, "%Y-%m-%d")),
        {"today": "2024-09-23"},
    )
    for file, metric in (
        ("aigineer_datum/Totalt.csv", {"Visningar": "views"}),
        ("aigineer_prenumerationskalla/Totalt.csv", {"Prenumeranter": "followers_gained"}),
    ):
        case(
            file,
            read,
            "youtube_totals",
            daily(d / file, "youtube", metric, "%Y-%m-%d"),
            {"today": "2024-09-23"},
        )
    for file, metric in (
        ("aigineer_innehall/Diagramdata.csv", {"Visningar": "views"}),
        ("aigineer_enhetstyp/Diagramdata.csv", {"Visningar": "views"}),
        ("aigineer_trafikkalla/Diagramdata.csv", {"Visningar": "views"}),
        ("aigineer_stader/Diagramdata.csv", {"Visningar": "views"}),
        ("aigineer_operativsystem/Diagramdata.csv", {"Visningar": "views"}),
        ("aigineer_prenumerationskalla/Diagramdata.csv", {"Prenumeranter": "followers_gained"}),
    ):
        case(
            file,
            read,
            "youtube_chart",
            daily(d / file, "youtube", metric, "%Y-%m-%d"),
            {"today": "2024-09-23"},
        )
    case(
        "aigineer_innehall/Tabelldata.csv",
        read,
        "youtube_table",
        youtube_table(
            d / "aigineer_innehall/Tabelldata.csv",
            {
                "Visningar": "views",
                "Visningstid (timmar)": "watch_time_hours",
                "Prenumeranter": "followers_gained",
                "Exponeringar": "impressions",
            },
            "Publiceringstid för video",
        ),
        {"today": "2024-09-23"},
    )
    case(
        "aigineer_trafikkalla/Tabelldata.csv", refused, read_args={"today": "2024-09-23"}, message=["Totals"]
    )
    case(
        "aigineer_tittare/Tabelldata_alder.csv",
        refused,
        read_args={"today": "2024-09-23"},
        message=["no dates"],
    )

    case(
        "koe/account_overview_analytics.csv",
        read,
        "x_overview",
        with_engagement_rate(
            daily(d / "koe/account_overview_analytics.csv", "x", X_OVERVIEW, "%a, %b %d, %Y")
        ),
        {"today": "2025-08-26"},
    )
    return out


if __name__ == "__main__":
    found = cases()
    (HERE / "expected.json").write_text(
        json.dumps(found, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(found)} files: {sum(c['outcome'] == 'read' for c in found)} read, "
        f"{sum(c['outcome'] == 'refused' for c in found)} refused"
    )
