"""Each kind of real-export trouble from issue #10, at the reader level (read_upload and month values).

Small files shaped like the real ones in tests/files/real (see SOURCES.md there); each test fails if the
behaviour it names breaks.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from connectors.readers import NeedsMapping, read_upload
from connectors.readers.aliases import suggested_channel
from metrics.errors import UploadError
from metrics.monthly import month_values

TODAY = dt.date(2026, 6, 30)


def read(text: str | bytes, name: str, **options):
    data = text.encode("utf-8") if isinstance(text, str) else text
    options.setdefault("today", TODAY)
    return read_upload(io.BytesIO(data), name, **options)


def refused(text: str | bytes, name: str, **options) -> UploadError:
    with pytest.raises(UploadError) as caught:
        read(text, name, **options)
    return caught.value


def months(parsed) -> dict[tuple[str, str, str], float]:
    table = month_values(parsed.observations)
    return {(r.month, r.channel, r.metric): r.value for r in table.itertuples(index=False)}


# A user's own channel ids -------------------------------------------------------------------------------------


def test_a_typed_channel_is_kept_as_typed_and_never_merged_with_a_known_one():
    tracker = "Date,Channel,First reply time\n2026-01-05, Kundeservice ,90\n2026-01-06,kundeservice,110\n"
    parsed = read(tracker, "support.csv")
    assert set(parsed.observations["channel"]) == {"kundeservice"}
    assert (
        months(parsed)[("2026-01", "kundeservice", "support_time")] == 100.0
    )  # its own median, nothing pooled
    assert suggested_channel("kundeservice") == "helpdesk"  # only ever a suggestion
    assert suggested_channel("helpdesk") is None


# Meta ---------------------------------------------------------------------------------------------------------

META_DAILY_TWO_SECTIONS = (
    'sep=,\n"Follows"\n"Date","Primary"\n"2026-01-30T00:00:00","7"\n"2026-01-31T00:00:00","3"\n\n'
    '"Instagram follows"\n"Date","Primary"\n"2026-01-30T00:00:00","2"\n"2026-02-01T00:00:00","5"\n'
)


def test_a_meta_daily_file_with_two_sections_is_read_per_section_on_its_own_channel():
    data = META_DAILY_TWO_SECTIONS.encode("utf-16")
    parsed = read(data, "Follows.csv", channel="facebook")
    assert months(parsed) == {
        ("2026-01", "facebook", "followers_gained"): 10.0,
        ("2026-01", "instagram", "followers_gained"): 2.0,
        ("2026-02", "instagram", "followers_gained"): 5.0,
    }
    assert any("2 sections" in note for note in parsed.notes)


FB_HEADER = (
    '"Post ID","Page ID","Page name",Title,"Publish time",Permalink,"Data comment",Date,Views,Reach,Impressions,'
    "Reactions,Comments,Shares\n"
)


def test_meta_error_rows_are_skipped_and_counted_and_short_rows_padded():
    rows = (
        '111111111111,2222222222,"Page A",x,01/05/2026 10:00,https://www.facebook.com/a/1,,Lifetime,100,80,120,5,1\n'
        ',,,,,,"An error occurred while computing metadata",Lifetime,51,,,,,\n'
        '111111111112,2222222222,"Page A",y,01/06/2026 11:00,https://www.facebook.com/a/2,,Lifetime,50,40,60,1,0,2\n'
    )
    parsed = read(FB_HEADER + rows, "Jan-01-2026_Jan-31-2026_1.csv")
    assert parsed.preset == "meta_posts_facebook"
    values = months(parsed)
    assert values[("2026-01", "facebook", "views")] == 150.0
    assert values[("2026-01", "facebook", "impressions")] == 180.0  # the older layout's column is kept
    assert values[("2026-01", "facebook", "shares")] == 2.0
    assert any("1 rows skipped" in note and "An error occurred" in note for note in parsed.notes)


def test_a_meta_row_lacking_cells_in_the_middle_is_still_refused():
    rows = '111111111111,2222222222,"Page A",x,https://www.facebook.com/a/1,,Lifetime,100,80,120,5,1,0\n'
    error = refused(FB_HEADER + rows, "Jan-01-2026_Jan-31-2026_1.csv")
    assert error.row == 2


def test_several_pages_in_one_post_export_are_kept_apart():
    rows = (
        '111111111111,2222222222,"Page A",x,01/05/2026 10:00,https://www.facebook.com/a/1,,Lifetime,100,80,,5,1,0\n'
        '111111111113,3333333333,"Page B",y,01/06/2026 11:00,https://www.facebook.com/b/2,,Lifetime,7,6,,1,0,0\n'
    )
    parsed = read(FB_HEADER + rows, "Jan-01-2026_Jan-31-2026_1.csv")
    values = months(parsed)
    assert values[("2026-01", "facebook_page_a", "views")] == 100.0
    assert values[("2026-01", "facebook_page_b", "views")] == 7.0
    assert ("2026-01", "facebook", "views") not in values


@pytest.mark.parametrize(
    "header, lifetime",
    [
        (
            '"Bericht-ID","Pagina-ID","Paginanaam",Titel,Publicatietijdstip,Permalink,Datum,Weergaven,Bereik',
            "Looptijd",
        ),
        ('"Inläggs-ID","Sid-ID",Sidnamn,Titel,Publiceringstid,Permalänk,Datum,Visningar,Räckvidd', "Livstid"),
        (
            '"Innleggs-ID","Side-ID",Sidenavn,Tittel,Publiseringstidspunkt,Permalenke,Dato,Visninger,Rekkevidde',
            "Levetid",
        ),
        (
            '"Beitrags-ID","Seiten-ID",Seitenname,Titel,Veröffentlichungszeitpunkt,Permalink,Datum,Aufrufe,Reichweite',
            "Lebensdauer",
        ),
        (
            '"Julkaisun tunnus","Sivun tunnus","Sivun nimi",Otsikko,Julkaisuaika,Pysyvä linkki,Päivämäärä,Katselukerrat,Kattavuus',
            "Elinikä",
        ),
        # An unknown language: still recognised by its shape (ids, a facebook.com permalink, the publish time).
        ('"ID posta","ID strony",Nazwa,Tytuł,Czas,Link,Data,Views,Reach', "Od początku"),
    ],
)
def test_a_localised_meta_post_export_is_dated_by_its_publish_time_never_by_lifetime(header, lifetime):
    rows = (
        f"111111111111,2222222222,Sida,x,02/16/2026 05:14,https://www.facebook.com/p/1,{lifetime},100,80\n"
        f"111111111112,2222222222,Sida,y,03/02/2026 09:00,https://www.facebook.com/p/2,{lifetime},10,8\n"
    )
    parsed = read(header + "\n" + rows, "Feb-01-2026_Mar-31-2026_1.csv")
    assert parsed.preset == "meta_posts_facebook"
    values = months(parsed)
    assert values[("2026-02", "facebook", "views")] == 100.0
    assert values[("2026-03", "facebook", "reach")] == 8.0


def test_a_lifetime_date_column_is_never_a_tracker_date():
    with pytest.raises(NeedsMapping):
        read("Datum,Weergaven\nLooptijd,100\nLooptijd,7\n", "export.csv")


def test_a_metric_under_two_headers_is_read_once_from_whichever_cell_holds_it():
    header = '"Inläggs-ID","Sid-ID",Sidnamn,Publiceringstid,Permalänk,Datum,Visningar,Views\n'
    rows = (
        "111111111111,2222222222,Sida,02/16/2026 05:14,https://www.facebook.com/p/1,Livstid,100,\n"
        "111111111112,2222222222,Sida,02/17/2026 05:14,https://www.facebook.com/p/2,Livstid,,40\n"
    )
    parsed = read(header + rows, "Feb-01-2026_Feb-28-2026_1.csv")
    assert months(parsed)[("2026-02", "facebook", "views")] == 140.0
    clash = rows.replace(",Livstid,100,", ",Livstid,100,99")
    assert "different values" in refused(header + clash, "Feb-01-2026_Feb-28-2026_1.csv").detail


# YouTube ------------------------------------------------------------------------------------------------------


def test_the_three_youtube_files_are_never_mistaken_for_one_another():
    chart = (
        "Date,Content,Video title,Video publish time,Duration,Views\n"
        '2026-01-30,abc,A,"Sep 27, 2024",978,5\n2026-01-30,def,B,"Jan 2, 2026",60,7\n2026-02-01,abc,A,"Sep 27, 2024",978,1\n'
    )
    parsed = read(chart, "Diagramdata.csv")
    assert parsed.preset == "youtube_chart"
    assert months(parsed) == {("2026-01", "youtube", "views"): 12.0, ("2026-02", "youtube", "views"): 1.0}
    table = 'Content,Video title,Video publish time,Duration,Views\nTotal,,,,12\nabc,A,"Jan 2, 2026",60,12\n'
    assert read(table, "Tabelldata.csv").preset == "youtube_table"
    totals = "Date,Views,Subscribers\n2026-01-30,10,3\n2026-01-31,4,-2\n"
    parsed = read(totals, "Totalt.csv")
    assert parsed.preset == "youtube_totals"
    values = months(parsed)
    assert values[("2026-01", "youtube", "followers_gained")] == 1.0  # a net change, never a follower total
    assert ("2026-01", "youtube", "followers") not in values


# TikTok -------------------------------------------------------------------------------------------------------


def test_tiktok_net_negative_comments_are_stored_but_negative_views_refused():
    overview = (
        '"Date","Video Views","Profile Views","Likes","Comments","Shares"\n"June 1","10","1","2","-1","0"\n'
    )
    parsed = read(overview, "Overview.csv")
    assert months(parsed)[("2026-06", "tiktok", "comments")] == -1.0
    assert any("net of removals" in note for note in parsed.notes)
    error = refused(overview.replace('"10"', '"-10"'), "Overview.csv")
    assert "cannot be negative" in error.detail


def test_tiktok_undefined_is_an_empty_cell_with_a_note():
    history = (
        '"Date","Followers","Difference in followers from previous day"\n'
        '"June 1","undefined","0"\n"June 2","5010","3"\n'
    )
    parsed = read(history, "FollowerHistory.csv")
    assert months(parsed)[("2026-06", "tiktok", "followers")] == 5010.0
    assert any("undefined" in note for note in parsed.notes)


# Search Console and GA4 ---------------------------------------------------------------------------------------


def test_search_console_ctr_and_position_are_never_added_up():
    dates = "Date,Clicks,Impressions,CTR,Position\n2026-01-02,30,100,30%,2.5\n2026-01-01,0,10,0%,9\n"
    parsed = read(dates, "Dates.csv")
    assert parsed.preset == "search_console"
    values = months(parsed)
    # By hand: CTR = 30 clicks ÷ 110 impressions (not 30 % + 0 %); position = (2.5 × 100 + 9 × 10) ÷ 110
    # (not the mean 5.75 of the two days); position × impressions is the stored part.
    assert values == {
        ("2026-01", "search", "clicks"): 30.0,
        ("2026-01", "search", "impressions"): 110.0,
        ("2026-01", "search", "position_weighted"): 340.0,
        ("2026-01", "search", "ctr"): pytest.approx(100 * 30 / 110),
        ("2026-01", "search", "position"): pytest.approx(340 / 110),
    }
    assert any("CTR" in note for note in parsed.notes)


def test_a_search_console_file_without_dates_names_the_file_to_upload_instead():
    error = refused("Top queries,Clicks,Impressions,CTR,Position\nhci,44,71,61.97%,2.13\n", "Queries.csv")
    assert "Queries" in error.detail and "Dates.csv" in error.detail


def test_a_tracker_never_adds_up_a_ratio_column():
    parsed = read("Date,Channel,Link clicks,CTR\n2026-01-01,web,3,10%\n2026-01-02,web,5,50%\n", "web.csv")
    assert "ctr" not in set(parsed.observations["metric"])
    assert any("ratios" in note for note in parsed.notes)


def test_ga4_keeps_the_source_as_audience_and_says_daily_users_are_not_month_uniques():
    ga4 = (
        "# ----------------------------------------\n# Property: shop - GA4\n# Start date: 20260101\n"
        "# End date: 20260131\n# ----------------------------------------\n"
        "Date,Session source / medium,Sessions,Total users,Average session duration\n"
        "20260101,facebook / referral,10,8,61.5\n20260102,google / organic,5,4,30\n"
    )
    parsed = read(ga4, "data-export.csv")
    assert parsed.preset == "ga4"
    table = month_values(parsed.observations)
    got = {(r.audience, r.metric): r.value for r in table.itertuples(index=False)}
    assert got[("facebook_/_referral", "sessions")] == 10.0
    assert got[("google_/_organic", "users")] == 4.0
    # The average is stored as session seconds (61.5 × 10) and made again from them, never summed.
    assert got[("facebook_/_referral", "session_seconds")] == 615.0
    assert got[("facebook_/_referral", "average_session_duration")] == 61.5
    assert any("daily unique" in note for note in parsed.notes)


def test_ga4_average_session_duration_is_weighted_by_sessions():
    ga4 = (
        "# Property: shop - GA4\n# Start date: 20260101\n# End date: 20260131\n"
        "Date,Sessions,Engaged sessions,Average session duration,Engagement rate\n"
        "20260101,10,5,60,0.5\n20260102,30,27,20,0.9\n"
    )
    got = months(read(ga4, "data-export.csv"))
    # By hand: (60 × 10 + 20 × 30) ÷ 40 sessions = 30 s (the plain mean of the days would be 40 s);
    # engagement rate (5 + 27) ÷ 40 = 80 % (the plain mean would be 70 %).
    assert got[("2026-01", "web", "average_session_duration")] == pytest.approx(30.0)
    assert got[("2026-01", "web", "session_engagement_rate")] == pytest.approx(80.0)
    assert ("2026-01", "web", "engagement_rate") not in got


def test_ga4_average_without_sessions_is_not_stored_and_the_note_says_so():
    ga4 = "# Property: shop - GA4\n# Start date: 20260101\nDate,Total users,Average session duration\n20260101,8,61.5\n"
    parsed = read(ga4, "data-export.csv")
    assert set(parsed.observations["metric"]) == {"users"}
    assert any("Average session duration" in note for note in parsed.notes)


# Helpdesks ----------------------------------------------------------------------------------------------------


def test_a_zendesk_export_with_only_business_hours_times_is_still_zendesk():
    zendesk = (
        "Id,Requester,Assignee,Status,Created at,First reply time in minutes within business hours\n"
        "1,a,b,solved,2026-01-05 10:00,30\n2,a,b,solved,2026-01-06 10:00,50\n"
    )
    parsed = read(zendesk, "export.csv")
    assert parsed.preset == "zendesk"
    values = months(parsed)
    assert values[("2026-01", "helpdesk", "support_time_business")] == 40.0
    assert values[("2026-01", "helpdesk", "tickets")] == 2.0


def test_a_freshdesk_export_without_time_columns_still_gives_tickets():
    freshdesk = "Ticket ID,Subject,Status,Created time\n1,a,Closed,2026-01-05 10:00:00\n2,b,Open,2026-02-01 09:00:00\n"
    parsed = read(freshdesk, "tickets.csv")
    assert parsed.preset == "freshdesk"
    assert months(parsed) == {
        ("2026-01", "helpdesk", "tickets"): 1.0,
        ("2026-02", "helpdesk", "tickets"): 1.0,
    }
