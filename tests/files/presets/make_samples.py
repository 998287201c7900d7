"""Write the preset sample files and their expected month values (computed by hand, written out below).

Run once from the repository root: `.venv/bin/python tests/files/presets/make_samples.py`. The files are
committed; each `NAME.expected.json` lists every month value the sample must yield (month, channel,
audience, metric, value) plus how to read it. The .xls sample was written with xlwt (see README.md).
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent


def month(m, channel, metric, value, audience="all"):
    return {"month": m, "channel": channel, "audience": audience, "metric": metric, "value": value}


def write(
    name: str,
    content: bytes,
    preset: str,
    months: list[dict],
    read: dict | None = None,
    notes: list[str] | None = None,
) -> None:
    (HERE / name).write_bytes(content)
    expected = {"preset": preset, "read": read or {}, "months": months, "notes_contain": notes or []}
    (HERE / f"{name}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def xlsx(sheets: list[tuple[str, list[list]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# Meta daily, English: UTF-16LE with BOM, sep=, line, title line. Jan 3+5, Feb 2.
write(
    "meta_daily_follows_en.csv",
    (
        'sep=,\r\n"Facebook follows"\r\n"Date","Primary"\r\n"2025-01-30T00:00:00","3"\r\n'
        '"2025-01-31T00:00:00","5"\r\n"2025-02-01T00:00:00","2"\r\n'
    ).encode("utf-16"),
    "meta_daily",
    [
        month("2025-01", "facebook", "followers_gained", 8),
        month("2025-02", "facebook", "followers_gained", 2),
    ],
    notes=["new follows per day"],
)

# Meta daily, Norwegian: title "Instagram-rekkevidde", header Dato,Primær. Jan 1200+1300, Feb 1400 (one blank).
write(
    "meta_daily_reach_nb.csv",
    (
        'sep=,\n"Instagram-rekkevidde"\n"Dato","Primær"\n"2025-01-30","1200"\n"2025-01-31","1300"\n'
        '"2025-02-01","1400"\n"2025-02-02",""\n'
    ).encode("utf-16"),
    "meta_daily",
    [month("2025-01", "instagram", "reach", 2500), month("2025-02", "instagram", "reach", 1400)],
)

# Facebook posts, English: UTF-8 BOM, caption with line break and comma, Reach twice (same values),
# Date says Lifetime, Link Clicks blank once, two posts on 2 Feb.
fb_header = (
    '"Post ID","Page ID","Page name",Title,Description,"Publish time",Permalink,Reach,Date,Views,Reach,'
    '"Reactions, Comments and Shares",Reactions,Comments,Shares,"Total clicks","Link Clicks","Other Clicks"'
)
fb_rows = [
    '"1234567890_1","1234567890","Kommunen",,"New library hours,\nopen on Sundays","01/30/2025 18:02",'
    "https://fb.example/1,80,Lifetime,100,80,8,5,2,1,10,4,6",
    '"1234567890_2","1234567890","Kommunen",,"Snow clearing","01/31/2025 07:15",https://fb.example/2,40,Lifetime,'
    "50,40,3,3,0,0,6,,6",
    '"1234567890_3","1234567890","Kommunen",,"Budget meeting","02/02/2025 09:00",https://fb.example/3,60,Lifetime,'
    "70,60,4,1,1,2,3,1,2",
    '"1234567890_4","1234567890","Kommunen",,"=HYPERLINK(""x"")","02/02/2025 21:30",https://fb.example/4,25,Lifetime,'
    "30,25,0,0,0,0,1,0,1",
]
write(
    "Jan-14-2025_Feb-14-2025_1234567890.csv",
    ("\ufeff" + fb_header + "\n" + "\n".join(fb_rows) + "\n").encode("utf-8"),
    "meta_posts_facebook",
    [
        month("2025-01", "facebook", "views", 150),
        month("2025-01", "facebook", "reach", 120),
        month("2025-01", "facebook", "interactions", 11),
        month("2025-01", "facebook", "reactions", 8),
        month("2025-01", "facebook", "comments", 2),
        month("2025-01", "facebook", "shares", 1),
        month("2025-01", "facebook", "clicks", 16),
        month("2025-01", "facebook", "links", 4),
        month("2025-02", "facebook", "views", 100),
        month("2025-02", "facebook", "reach", 85),
        month("2025-02", "facebook", "interactions", 4),
        month("2025-02", "facebook", "reactions", 1),
        month("2025-02", "facebook", "comments", 1),
        month("2025-02", "facebook", "shares", 2),
        month("2025-02", "facebook", "clicks", 4),
        month("2025-02", "facebook", "links", 1),
    ],
    notes=["appears twice", "lifetime totals"],
)

# Instagram posts, Swedish headers; views with a no-break space as thousands separator.
ig = (
    '"Inläggs-id","Konto-id","Kontots användarnamn","Kontonamn",Beskrivning,"Varaktighet (sek)","Publiceringstid",'
    'Permalänk,"Inläggstyp",Datum,Visningar,Räckvidd,Gilla-markeringar,Delningar,Kommentarer,Sparade,Följningar\n'
    '"1790001","178400","kommunen","Kommunen","Vinter i parken",0,"01/15/2025 10:00",https://ig.example/a,'
    'Bild,Lifetime,"1\u00a0200",150,20,2,3,4,1\n'
    '"1790002","178400","kommunen","Kommunen","Ny skola",0,"02/03/2025 12:30",https://ig.example/b,'
    "Reel,Lifetime,100,90,10,0,1,2,0\n"
)
write(
    "instagram_posts_sv.csv",
    ig.encode("utf-8"),
    "meta_posts_instagram",
    [
        month("2025-01", "instagram", "views", 1200),
        month("2025-01", "instagram", "reach", 150),
        month("2025-01", "instagram", "likes", 20),
        month("2025-01", "instagram", "shares", 2),
        month("2025-01", "instagram", "comments", 3),
        month("2025-01", "instagram", "saves", 4),
        month("2025-01", "instagram", "followers_gained", 1),
        month("2025-02", "instagram", "views", 100),
        month("2025-02", "instagram", "reach", 90),
        month("2025-02", "instagram", "likes", 10),
        month("2025-02", "instagram", "shares", 0),
        month("2025-02", "instagram", "comments", 1),
        month("2025-02", "instagram", "saves", 2),
        month("2025-02", "instagram", "followers_gained", 0),
    ],
)

# LinkedIn followers workbook (xlsx): real date cells, a second sheet with another table.
write(
    "kommunen_followers_1738368000000.xlsx",
    xlsx(
        [
            (
                "New followers",
                [
                    [
                        "Date",
                        "Sponsored followers",
                        "Organic followers",
                        "Auto-invited followers",
                        "Total followers",
                    ],
                    [dt.datetime(2025, 1, 30), 0, 3, 0, 3],
                    [dt.datetime(2025, 1, 31), 1, 4, 0, 5],
                    [dt.datetime(2025, 2, 1), 0, 2, 1, 3],
                ],
            ),
            ("Location", [["Location", "Total followers"], ["Oslo", 120], ["Bergen", 40]]),
        ]
    ),
    "linkedin_followers",
    [
        month("2025-01", "linkedin", "followers_gained", 8),
        month("2025-02", "linkedin", "followers_gained", 3),
    ],
    notes=["new followers per day"],
)

# LinkedIn content workbook, Danish headers: a note in row 1, header in row 2, month-first text dates,
# engagement rate as fractions (mean of 5% and 3% = 4%).
write(
    "kommunen_content_1738368000000.xlsx",
    xlsx(
        [
            (
                "Metrics",
                [
                    ["Aggregerede målinger for sidens opslag. Data kan være forsinket op til 48 timer."],
                    [
                        "Dato",
                        "Eksponeringer (organisk)",
                        "Eksponeringer (sponsoreret)",
                        "Eksponeringer (i alt)",
                        "Unikke eksponeringer (organisk)",
                        "Klik (i alt)",
                        "Reaktioner (i alt)",
                        "Kommentarer (i alt)",
                        "Delinger (i alt)",
                        "Engagementsrate (i alt)",
                    ],
                    ["01/30/2025", 100, 0, 100, 80, 5, 3, 1, 0, 0.05],
                    ["01/31/2025", 150, 50, 200, 150, 7, 4, 0, 1, 0.03],
                    ["02/01/2025", 50, 0, 50, 40, 1, 1, 1, 0, 0.04],
                ],
            ),
        ]
    ),
    "linkedin_content",
    [
        month("2025-01", "linkedin", "impressions", 300),
        month("2025-01", "linkedin", "reach", 230),
        month("2025-01", "linkedin", "clicks", 12),
        month("2025-01", "linkedin", "reactions", 7),
        month("2025-01", "linkedin", "comments", 1),
        month("2025-01", "linkedin", "shares", 1),
        month("2025-01", "linkedin", "engagement_rate", 4.0),
        month("2025-02", "linkedin", "impressions", 50),
        month("2025-02", "linkedin", "reach", 40),
        month("2025-02", "linkedin", "clicks", 1),
        month("2025-02", "linkedin", "reactions", 1),
        month("2025-02", "linkedin", "comments", 1),
        month("2025-02", "linkedin", "shares", 0),
        month("2025-02", "linkedin", "engagement_rate", 4.0),
        # CTR = the month's clicks ÷ its impressions: 12 / 300 and 1 / 50.
        month("2025-01", "linkedin", "ctr", 4.0),
        month("2025-02", "linkedin", "ctr", 2.0),
        # Engagements = rate × impressions: 5 % of 100 + 3 % of 200 = 11, and 4 % of 50 = 2; the month's
        # engagement rate is 11 / 300 and 2 / 50 (not the mean of the days' rates).
        month("2025-01", "linkedin", "engagements", 11.0),
        month("2025-02", "linkedin", "engagements", 2.0),
        month("2025-01", "linkedin", "impression_engagement_rate", 100.0 * 11 / 300),
        month("2025-02", "linkedin", "impression_engagement_rate", 4.0),
    ],
)

# X account overview: newest first, weekday dates.
x_overview = (
    "Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows,Replies,Reposts,Profile visits,"
    "Create Post,Video views,Media views\n"
    '"Sat, Feb 1, 2025",100,5,10,1,0,3,1,2,1,4,1,0,7\n'
    '"Fri, Jan 31, 2025",200,6,12,0,1,2,0,1,2,5,2,10,3\n'
    '"Thu, Jan 30, 2025",150,4,8,2,0,1,2,0,0,3,0,5,1\n'
)
x_jan = dict(
    impressions=350,
    likes=10,
    engagements=20,
    saves=2,
    sends=1,
    followers_gained=3,
    followers_lost=2,
    comments=1,
    shares=2,
    profile_visits=8,
    posts=2,
    views=15,
    media_views=4,
)
x_feb = dict(
    impressions=100,
    likes=5,
    engagements=10,
    saves=1,
    sends=0,
    followers_gained=3,
    followers_lost=1,
    comments=2,
    shares=1,
    profile_visits=4,
    posts=1,
    views=0,
    media_views=7,
)
write(
    "account_overview_analytics.csv",
    x_overview.encode("utf-8"),
    "x_overview",
    [month("2025-01", "x", k, v) for k, v in x_jan.items()]
    + [month("2025-02", "x", k, v) for k, v in x_feb.items()]
    # X's engagement rate: the month's engagements ÷ its impressions, 20 / 350 and 10 / 100.
    + [
        month("2025-01", "x", "impression_engagement_rate", 100.0 * 20 / 350),
        month("2025-02", "x", "impression_engagement_rate", 10.0),
    ],
)

# Legacy X tweet_activity: every field quoted, counts like "1777.0", "-" for none.
legacy_header = [
    "Tweet id",
    "Tweet permalink",
    "Tweet text",
    "time",
    "impressions",
    "engagements",
    "engagement rate",
    "retweets",
    "replies",
    "likes",
    "user profile clicks",
    "url clicks",
    "hashtag clicks",
    "detail expands",
    "permalink clicks",
    "app opens",
    "app installs",
    "follows",
    "email tweet",
    "dial phone",
    "media views",
    "media engagements",
]
legacy_rows = [
    [
        "1465678901234567890",
        "https://x.example/1",
        "Vaccination today",
        "2021-11-30 16:00 +0000",
        "1777.0",
        "40.0",
        "0.0225",
        "2.0",
        "1.0",
        "10.0",
        "3.0",
        "5.0",
        "0.0",
        "7.0",
        "0",
        "-",
        "-",
        "1.0",
        "-",
        "-",
        "100.0",
        "4.0",
    ],
    [
        "1465678901234567891",
        "https://x.example/2",
        "Road works",
        "2021-12-01 09:00 +0000",
        "500.0",
        "10.0",
        "0.02",
        "-",
        "0.0",
        "3.0",
        "1.0",
        "-",
        "0.0",
        "2.0",
        "0",
        "-",
        "-",
        "0.0",
        "-",
        "-",
        "-",
        "-",
    ],
    [
        "1465678901234567892",
        "https://x.example/3",
        "Library",
        "2021-11-29 08:00 +0000",
        "300.0",
        "5.0",
        "0.0167",
        "1.0",
        "0.0",
        "2.0",
        "0.0",
        "1.0",
        "0.0",
        "1.0",
        "0",
        "-",
        "-",
        "-",
        "-",
        "-",
        "20.0",
        "1.0",
    ],
]
write(
    "tweet_activity_metrics_kommunen_20211101_20211231_en.csv",
    "\n".join(",".join(f'"{c}"' for c in row) for row in [legacy_header, *legacy_rows]).encode("utf-8")
    + b"\n",
    "x_posts",
    [
        month("2021-11", "x", "impressions", 2077),
        month("2021-11", "x", "engagements", 45),
        month("2021-11", "x", "impression_engagement_rate", 100.0 * 45 / 2077),  # engagements ÷ impressions
        month("2021-12", "x", "impression_engagement_rate", 100.0 * 10 / 500),
        month("2021-11", "x", "shares", 3),
        month("2021-11", "x", "comments", 1),
        month("2021-11", "x", "likes", 12),
        month("2021-11", "x", "profile_visits", 3),
        month("2021-11", "x", "links", 6),
        month("2021-11", "x", "detail_expands", 8),
        month("2021-11", "x", "followers_gained", 1),
        month("2021-11", "x", "media_views", 120),
        month("2021-12", "x", "impressions", 500),
        month("2021-12", "x", "engagements", 10),
        month("2021-12", "x", "comments", 0),
        month("2021-12", "x", "likes", 3),
        month("2021-12", "x", "profile_visits", 1),
        month("2021-12", "x", "detail_expands", 2),
        month("2021-12", "x", "followers_gained", 0),
    ],
)

# YouTube Table data.csv: Total row first (dropped), values on each video's publish day; a negative
# subscriber change on one video.
write(
    "Table data.csv",
    (
        b"Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions\n"
        b"Total,,,,1000,50.5,7,20000\n"
        b'abc123,Video A,"Jan 30, 2025",300,400,20.5,3,8000\n'
        b'def456,"Video B, part 2","Feb 2, 2025",125,500,25.0,5,10000\n'
        b'ghi789,Video C,"Feb 2, 2025",60,100,5.0,-1,2000\n'
    ),
    "youtube_table",
    [
        month("2025-01", "youtube", "views", 400),
        month("2025-01", "youtube", "watch_time_hours", 20.5),
        month("2025-01", "youtube", "followers_gained", 3),
        month("2025-01", "youtube", "impressions", 8000),
        month("2025-02", "youtube", "views", 600),
        month("2025-02", "youtube", "watch_time_hours", 30.0),
        month("2025-02", "youtube", "followers_gained", 4),
        month("2025-02", "youtube", "impressions", 12000),
        # Average view duration = watch time ÷ views: 20.5 h × 60 / 400 and 30 h × 60 / 600 minutes.
        month("2025-01", "youtube", "average_view_duration", 3.075),
        month("2025-02", "youtube", "average_view_duration", 3.0),
    ],
    notes=["Totals row dropped"],
)

# YouTube Totals.csv, German headers: Subscribers is the net change and can be negative.
write(
    "Totals.csv",
    b"Datum,Abonnenten\n2025-01-31,5\n2025-02-01,-2\n2025-02-02,3\n",
    "youtube_totals",
    [month("2025-01", "youtube", "followers_gained", 5), month("2025-02", "youtube", "followers_gained", 1)],
)

# TikTok Studio overview, Norwegian month names, no year: the year comes from the file name.
write(
    "tiktok_oversikt_2025.csv",
    (
        b'"Dato","Videovisninger","Profilvisninger","Liker","Kommentarer","Delinger"\n'
        b'"30. januar","100","10","20","2","1"\n"31. januar","200","5","30","0","2"\n'
        b'"1. februar","50","1","5","1","0"\n'
    ),
    "tiktok_overview",
    [
        month("2025-01", "tiktok", "views", 300),
        month("2025-01", "tiktok", "profile_visits", 15),
        month("2025-01", "tiktok", "likes", 50),
        month("2025-01", "tiktok", "comments", 2),
        month("2025-01", "tiktok", "shares", 3),
        month("2025-02", "tiktok", "views", 50),
        month("2025-02", "tiktok", "profile_visits", 1),
        month("2025-02", "tiktok", "likes", 5),
        month("2025-02", "tiktok", "comments", 1),
        month("2025-02", "tiktok", "shares", 0),
    ],
)

# TikTok Studio overview, English, over New Year with the year given at upload (newest date in 2025).
write(
    "tiktok_overview_en.csv",
    (
        b'"Date","Video Views","Profile Views","Likes","Comments","Shares","New followers"\n'
        b'"December 31","10","1","2","0","0","1"\n"January 1","20","2","3","1","1","2"\n'
    ),
    "tiktok_overview",
    [
        month("2024-12", "tiktok", "views", 10),
        month("2024-12", "tiktok", "profile_visits", 1),
        month("2024-12", "tiktok", "likes", 2),
        month("2024-12", "tiktok", "comments", 0),
        month("2024-12", "tiktok", "shares", 0),
        month("2024-12", "tiktok", "followers_gained", 1),
        month("2025-01", "tiktok", "views", 20),
        month("2025-01", "tiktok", "profile_visits", 2),
        month("2025-01", "tiktok", "likes", 3),
        month("2025-01", "tiktok", "comments", 1),
        month("2025-01", "tiktok", "shares", 1),
        month("2025-01", "tiktok", "followers_gained", 2),
    ],
    read={"year_hint": 2025},
)

# TikTok FollowerHistory.csv: a real running total (last of the month) and the daily difference.
write(
    "FollowerHistory.csv",
    (
        b'"Date","Followers","Difference in followers from previous day"\n'
        b'"2025-01-30","1000","5"\n"2025-01-31","1010","10"\n"2025-02-01","1008","-2"\n'
    ),
    "tiktok_followers",
    [
        month("2025-01", "tiktok", "followers", 1010),
        month("2025-01", "tiktok", "followers_gained", 15),
        month("2025-02", "tiktok", "followers", 1008),
        month("2025-02", "tiktok", "followers_gained", -2),
    ],
)

# TikTok Business Suite: NAN for missing, a header with a trailing space, dates 2025/01/31.
write(
    "tiktok_business_overview.csv",
    (
        b"Date,Video views,Reached audience,Profile views,Likes,Shares,Comments,Phone number clicks ,Net growth,"
        b"New followers,Lost followers\n"
        b"2025/01/31,100,80,5,10,1,2,0,3,4,1\n"
        b"2025/02/01,200,NAN,3,20,NAN,1,NAN,-1,1,2\n"
    ),
    "tiktok_business",
    [
        month("2025-01", "tiktok", "views", 100),
        month("2025-01", "tiktok", "reach", 80),
        month("2025-01", "tiktok", "profile_visits", 5),
        month("2025-01", "tiktok", "likes", 10),
        month("2025-01", "tiktok", "shares", 1),
        month("2025-01", "tiktok", "comments", 2),
        month("2025-01", "tiktok", "followers_gained", 4),
        month("2025-01", "tiktok", "followers_lost", 1),
        month("2025-02", "tiktok", "views", 200),
        month("2025-02", "tiktok", "profile_visits", 3),
        month("2025-02", "tiktok", "likes", 20),
        month("2025-02", "tiktok", "comments", 1),
        month("2025-02", "tiktok", "followers_gained", 1),
        month("2025-02", "tiktok", "followers_lost", 2),
    ],
)

# Zendesk: medians per month by creation day, business hours apart, one blank business figure.
write(
    "zendesk_tickets.csv",
    (
        b"Id,Subject,Created at,Solved at,First reply time in minutes,"
        b"First reply time in minutes within business hours,First resolution time in minutes,"
        b"Full resolution time in minutes\n"
        b"101,Parking permit,2025-01-30T14:02:00+01:00,2025-01-30T15:42:00+01:00,10,5,100,100\n"
        b"102,Waste collection,2025-01-31T08:00:00+01:00,2025-01-31T11:20:00+01:00,30,20,200,200\n"
        b"103,@SUM(1+1),2025-01-31T22:00:00+01:00,2025-01-31T22:50:00+01:00,20,,50,50\n"
        b"104,School places,2025-02-02T09:00:00+01:00,2025-02-02T14:00:00+01:00,60,40,300,300\n"
    ),
    "zendesk",
    [
        month("2025-01", "helpdesk", "support_time", 20),
        month("2025-01", "helpdesk", "support_time_business", 12.5),
        month("2025-01", "helpdesk", "resolution_time", 100),
        month("2025-01", "helpdesk", "tickets", 3),
        month("2025-02", "helpdesk", "support_time", 60),
        month("2025-02", "helpdesk", "support_time_business", 40),
        month("2025-02", "helpdesk", "resolution_time", 300),
        month("2025-02", "helpdesk", "tickets", 1),
    ],
)

# Freshdesk, Swedish headers: HH:MM:SS strings (hours may pass 24), often empty.
write(
    "freshdesk_arenden_sv.csv",
    (
        "Ärende-id,Ämne,Status,Skapad tid,Löst tid,Första svarstid (i timmar),Lösningstid (i timmar)\n"
        "1,Bygglov,Löst,2025-01-30 10:00:00,2025-01-30 12:00:00,00:30:00,02:00:00\n"
        "2,Parkering,Löst,2025-01-31 09:00:00,2025-01-31 12:00:00,01:15:30,03:00:00\n"
        "3,Skola,Öppen,2025-02-01 08:00:00,,,\n"
        "4,Avfall,Löst,2025-02-01 16:00:00,2025-02-03 22:00:00,27:00:00,30:00:00\n"
    ).encode(),
    "freshdesk",
    [
        month("2025-01", "helpdesk", "support_time", 52.75),
        month("2025-01", "helpdesk", "resolution_time", 150),
        month("2025-01", "helpdesk", "tickets", 2),
        month("2025-02", "helpdesk", "support_time", 1620),
        month("2025-02", "helpdesk", "resolution_time", 1800),
        month("2025-02", "helpdesk", "tickets", 2),
    ],
)

# Intercom: seconds, the time zone written in the date header.
write(
    "intercom_conversations.csv",
    (
        b'"Conversation ID","Conversation started at (America/New_York)","First response time (seconds)",'
        b'"Time to close (seconds)"\n'
        b'"c1","2025-01-31 09:00","120","3600"\n"c2","2025-01-31 10:00","600","7200"\n'
        b'"c3","2025-02-03 11:00","60",""\n'
    ),
    "intercom",
    [
        month("2025-01", "helpdesk", "support_time", 6),
        month("2025-01", "helpdesk", "resolution_time", 90),
        month("2025-01", "helpdesk", "tickets", 2),
        month("2025-02", "helpdesk", "support_time", 1),
        month("2025-02", "helpdesk", "tickets", 1),
    ],
)

# Goalpost tidy, English: audience blank or named, thousands comma, a follower total (last of month wins).
write(
    "goalpost_tidy_en.csv",
    (
        b"date,channel,audience,metric,value\n"
        b"2025-01-31,facebook,,followers,1000\n2025-01-15,Facebook,,followers,990\n"
        b"2025-02-28,facebook,,followers,1050\n"
        b'2025-01-31,instagram,young,reach,"1,240"\n2025-02-01,Instagram,young,Reach,100\n'
    ),
    "goalpost_tidy",
    [
        month("2025-01", "facebook", "followers", 1000),
        month("2025-02", "facebook", "followers", 1050),
        month("2025-01", "instagram", "reach", 1240, "young"),
        month("2025-02", "instagram", "reach", 100, "young"),
    ],
)

# Goalpost tidy, Danish headers: Windows-1252, CRLF, ';', decimal commas, day-first dashed dates.
write(
    "goalpost_tidy_da.csv",
    (
        "dato;kanal;målgruppe;måletal;værdi\r\n"
        "31-01-2025;linkedin;;engagement rate;3,5\r\n15-01-2025;linkedin;;engagement rate;4,5\r\n"
        "01-02-2025;LinkedIn;studerende;followers;1.234\r\n"
    ).encode("cp1252"),
    "goalpost_tidy",
    [
        month("2025-01", "linkedin", "engagement_rate", 4.0),
        month("2025-02", "linkedin", "followers", 1234, "studerende"),
    ],
)

# Wide tracker, Norwegian, xlsx: month names, a channel column, a notes column that is not read.
write(
    "sporing_nb.xlsx",
    xlsx(
        [
            (
                "Sporing",
                [
                    ["Måned", "Kanal", "Følgere", "Rekkevidde", "Nye følgere", "Notat"],
                    ["januar 2025", "Facebook", 1000, 5000, 20, "ok"],
                    ["februar 2025", "Facebook", 1020, 4000, 25, None],
                    ["januar 2025", "Instagram", 500, 3000, 10, None],
                ],
            ),
        ]
    ),
    "wide_tracker",
    [
        month("2025-01", "facebook", "followers", 1000),
        month("2025-01", "facebook", "reach", 5000),
        month("2025-01", "facebook", "followers_gained", 20),
        month("2025-02", "facebook", "followers", 1020),
        month("2025-02", "facebook", "reach", 4000),
        month("2025-02", "facebook", "followers_gained", 25),
        month("2025-01", "instagram", "followers", 500),
        month("2025-01", "instagram", "reach", 3000),
        month("2025-01", "instagram", "followers_gained", 10),
    ],
)

# Wide tracker, Swedish, ';' and narrow no-break spaces; the channel is chosen at upload.
write(
    "uppfoljning_sv.csv",
    "Datum;Följare;Räckvidd;Länkklick\n2025-01-31;1\u202f200;3\u202f500;40\n2025-02-28;1\u202f300;4\u202f000;55\n".encode(),
    "wide_tracker",
    [
        month("2025-01", "blog", "followers", 1200),
        month("2025-01", "blog", "reach", 3500),
        month("2025-01", "blog", "links", 40),
        month("2025-02", "blog", "followers", 1300),
        month("2025-02", "blog", "reach", 4000),
        month("2025-02", "blog", "links", 55),
    ],
    read={"channel": "blog"},
)

# Wide tracker, English: sep= line, a # comment block, a title line, CR-only line endings, a Total row.
write(
    "tracker_en.csv",
    (
        b"sep=,\r# Exported from the team tracker\r# Owner: comms\rMonthly tracker 2025\r"
        b"Month,Channel,Followers,Link clicks,Comments\r2025-01,X,300,12,4\r2025-02,x,320,8,6\rTotal,,,20,10\r"
    ),
    "wide_tracker",
    [
        month("2025-01", "x", "followers", 300),
        month("2025-01", "x", "links", 12),
        month("2025-01", "x", "comments", 4),
        month("2025-02", "x", "followers", 320),
        month("2025-02", "x", "links", 8),
        month("2025-02", "x", "comments", 6),
    ],
    notes=["Totals row dropped"],
)
