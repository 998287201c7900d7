"""The Data page's choices for real exports (AppTest on dashboard.py): the year of dates written without one,
a suggested channel for a typed alias (never applied unless ticked), and one channel per page, renamed."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_app_data import button, month_values, open_page, store_path, texts, upload  # noqa: F401

from views.upload_choices import channel_suggestions

REAL = Path(__file__).resolve().parent / "files" / "real"
TIKTOK = REAL / "bosszy" / "Overview.csv"  # "April 12" ... "April 18": no year
TWO_PAGES = REAL / "ftsvideo" / "May-25-2026_Jun-21-2026_1493633672508178.csv"  # caryjack and elitravelguy
EDITOR_EMAIL = "kari.nordmann@lyngtind.no"


def file_key(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()[:16]


def stored(path: Path, metric: str) -> dict[tuple[str, str], float]:
    months = month_values(path)
    rows = months[months["metric"] == metric]
    return {(r.month, r.channel): r.value for r in rows.itertuples()}


def test_a_year_field_places_tiktok_dates_written_without_a_year(store_path):  # noqa: F811
    content = TIKTOK.read_bytes()
    at = open_page("data", EDITOR_EMAIL)
    upload(at, ("Overview.csv", content))
    assert not at.exception
    year = at.number_input(key=f"data.year.{file_key(content)}")
    # The year taken is shown, and the note says why (the upload day); this run is after April 2026.
    assert year.value == 2026
    assert "upload day" in texts(at.caption)
    year.set_value(2024).run()
    assert not at.exception
    assert "12–18 Apr 2024" in texts(at.markdown)
    button(at, "data.confirm.").click().run()
    assert not at.exception
    # By hand from the file: 1591 + 1154 + 1737 + 1082 + 561 + 310 + 1484 video views in April 2024.
    assert stored(store_path, "views") == {("2024-04", "tiktok"): 7919.0}


def test_a_file_with_years_has_no_year_field(store_path):  # noqa: F811
    at = open_page("data", EDITOR_EMAIL)
    upload(at, ("tidy.csv", b"date,channel,metric,value\n2026-01-31,facebook,comments,4\n"))
    assert not [n for n in at.number_input if n.key and n.key.startswith("data.year.")]


TIDY_FB = b"date,channel,metric,value\n2026-01-31,FB,comments,4\n2026-01-31,kundeservice,tickets,9\n"


def test_a_typed_alias_is_only_suggested_and_stays_as_typed_unless_ticked(store_path):  # noqa: F811
    at = open_page("data", EDITOR_EMAIL)
    upload(at, ("tracker.csv", TIDY_FB))
    assert not at.exception
    key = file_key(TIDY_FB)
    suggestions = {c.key: c for c in at.checkbox if c.key and c.key.startswith("data.channel_suggested.")}
    assert set(suggestions) == {
        f"data.channel_suggested.{key}.fb",
        f"data.channel_suggested.{key}.kundeservice",
    }
    assert all(not c.value for c in suggestions.values())
    labels = " ".join(c.label for c in suggestions.values()).replace("\\", "")
    assert "“fb” looks like Facebook" in labels and "otherwise it stays “kundeservice”" in labels
    # Ticked for fb only: fb is stored as facebook; kundeservice stays as typed.
    suggestions[f"data.channel_suggested.{key}.fb"].check().run()
    button(at, "data.confirm.").click().run()
    assert not at.exception
    assert stored(store_path, "comments") == {("2026-01", "facebook"): 4.0}
    assert stored(store_path, "tickets") == {("2026-01", "kundeservice"): 9.0}


def test_nothing_is_suggested_for_the_strategys_own_channel_ids():
    assert channel_suggestions(["kundeservice", "fb"], ["kundeservice"]) == {"fb": "facebook"}
    assert channel_suggestions(["kundeservice"], ["helpdesk"]) == {"kundeservice": "helpdesk"}
    assert channel_suggestions(["facebook", "blog"], []) == {}


def test_a_post_export_of_two_pages_gets_a_channel_each_that_can_be_renamed(store_path):  # noqa: F811
    content = TWO_PAGES.read_bytes()
    at = open_page("data", EDITOR_EMAIL)
    upload(at, (TWO_PAGES.name, content))
    assert not at.exception
    key = file_key(content)
    fields = {f.key: f for f in at.text_input if f.key and f.key.startswith(f"data.channel_name.{key}.")}
    assert set(fields) == {
        f"data.channel_name.{key}.instagram_caryjack",
        f"data.channel_name.{key}.instagram_elitravelguy",
    }
    # Two pages under one name would add their numbers together: refused, nothing to confirm.
    fields[f"data.channel_name.{key}.instagram_caryjack"].input("Instagram").run()
    at.text_input(key=f"data.channel_name.{key}.instagram_elitravelguy").input("instagram").run()
    assert "would both be stored as the channel “instagram”" in texts(at.error)
    assert not [b for b in at.button if b.key and b.key.startswith("data.confirm.")]

    at.text_input(key=f"data.channel_name.{key}.instagram_elitravelguy").input("Eli Travel").run()
    assert not at.error
    button(at, "data.confirm.").click().run()
    assert not at.exception
    channels = set(month_values(store_path)["channel"])
    assert channels == {"instagram", "eli_travel"}


def test_renaming_is_refused_for_an_id_with_an_invisible_character():
    from datetime import date

    from connectors.readers import read_upload
    from metrics.errors import GoalpostError
    from views.upload_choices import with_channel_names

    with TWO_PAGES.open("rb") as handle:
        parsed = read_upload(handle, TWO_PAGES.name, today=date(2026, 6, 22))
    renamed = with_channel_names(parsed, {"instagram_caryjack": "Cary Jack"})
    assert set(renamed.observations["channel"]) == {"cary_jack", "instagram_elitravelguy"}
    assert renamed.observations["value"].sum() == pytest.approx(parsed.observations["value"].sum())
    with pytest.raises(GoalpostError, match="U\\+200B"):
        with_channel_names(parsed, {"instagram_caryjack": "cary\u200bjack"})


def test_renamed_pages_keep_their_posts_audience_values_on_the_new_channels():
    from datetime import date

    from connectors.readers import read_upload
    from views.upload_choices import with_channel_names

    with TWO_PAGES.open("rb") as handle:
        parsed = read_upload(handle, TWO_PAGES.name, today=date(2026, 6, 22))
    assert parsed.items is not None
    renamed = with_channel_names(parsed, {"instagram_caryjack": "Cary Jack"})
    assert set(renamed.items["channel"]) == {"cary_jack", "instagram_elitravelguy"}
