"""The dashboard driven through Streamlit's AppTest on a real SQLite store holding the demo organisation."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from connectors.readers import read_upload
from connectors.sample import sample_strategy_text
from connectors.store.last_visit import previous_visit, record_visit
from connectors.store.store import Store
from metrics.access import VIA_LOCAL, Actor, Role
from metrics.progress import month_end, strategy_month_series, strategy_progress
from metrics.strategy import load_strategy
from views.context import selectable_months
from views.figures.common import STATUS_COLOURS, STATUS_ORDER
from views.labels import tactic_name
from views.tables import literal

TIMEOUT = 60
DASHBOARD = Path(__file__).resolve().parent.parent / "dashboard.py"


@pytest.fixture(scope="module")
def first_start(tmp_path_factory):
    """The dashboard's first run on an empty store (it loads the demo), and that store's file.

    Loading the demo takes a while, so this one store, made the way a first start makes it, is copied for
    every other test.
    """
    path = tmp_path_factory.mktemp("first_start") / "goalpost.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GOALPOST_STORE", str(path))
        app = dashboard().run(timeout=300)
    return app, path


@pytest.fixture
def sample_store_file(first_start):
    return first_start[1]


@pytest.fixture
def store_path(sample_store_file, tmp_path, monkeypatch):
    """A private copy of the demo store that the dashboard under test opens through GOALPOST_STORE."""
    copy = tmp_path / "goalpost.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = sample_store_file.with_name(sample_store_file.name + suffix)
        if source.exists():
            shutil.copy(source, copy.with_name(copy.name + suffix))
    monkeypatch.setenv("GOALPOST_STORE", str(copy))
    return copy


def dashboard(page: str | None = None, **query: str) -> AppTest:
    """Return the app ready to open a page (its url_path) with query parameters, as a link would."""
    app = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)
    app.query_params.update(query)
    if page:
        # AppTest.switch_page() takes page files; st.Page identifies a callable page by its url_path's hash.
        app._page_hash = calc_hash(page)
    return app


def latest_as_of(path) -> dt.date:
    store = Store.open(path)
    months = selectable_months(sorted(set(store.month_values()["month"]), reverse=True), dt.date.today())
    store.close()
    return month_end(months[0])


def no_exceptions(app: AppTest) -> None:
    assert [e.value for e in app.exception] == []
    assert [e.value for e in app.error] == []


def keyed_blocks(app: AppTest, prefix: str) -> list:
    return [node for node in app.main if getattr(node, "key", None) and str(node.key).startswith(prefix)]


def markdown_in(block) -> list[str]:
    return [node.value for node in block if getattr(node, "type", None) == "markdown"]


def test_first_start_on_an_empty_store_opens_the_marked_demo(first_start):
    app, path = first_start
    no_exceptions(app)
    assert app.title[0].value == "Is the strategy working?"
    demo = app.sidebar.get_by_key("shell.demo")
    assert any("Demo data" in text for text in markdown_in(demo))
    assert app.sidebar.button(key="shell.start_own").label == "Start with your own data"
    strategy = load_strategy(sample_strategy_text())
    assert len(keyed_blocks(app, "overview.card.")) == len(strategy.goals)
    store = Store.open(path)
    uploads = store.uploads()
    store.close()
    assert len(uploads) > 0 and set(uploads["source"]) == {"sample"}


def test_overview_cards_put_off_track_and_at_risk_goals_first(store_path):
    app = dashboard().run()
    no_exceptions(app)
    store = Store.open(store_path)
    strategy = load_strategy(store.strategy_text())
    expected = {p.id: p.status for p in strategy_progress(strategy, store, latest_as_of(store_path))}
    store.close()
    cards = [str(block.key).removeprefix("overview.card.") for block in keyed_blocks(app, "overview.card.")]
    assert sorted(cards) == sorted(expected)
    ranks = [STATUS_ORDER.index(expected[goal]) for goal in cards]
    assert ranks == sorted(ranks)
    assert {"off_track", "at_risk"} <= set(expected.values())  # the demo shows every status
    summary = markdown_in(app.main.get_by_key("overview.summary"))
    on_track = sum(s in ("on_track", "achieved") for s in expected.values())
    assert summary[0] == f"#### {on_track} of {len(expected)} goals on track or achieved."
    # The pace bars and the channel x audience grid; each card with two months or more has a sparkline image.
    assert len(app.get("plotly_chart")) == 2
    assert len(sparklines(app)) >= len(expected) - 1


def test_overview_highlights_each_status_change_since_the_viewers_last_visit(store_path):
    # Open mode: one visitor, "this computer", whatever the computer calls the person at it.
    here = Actor("someone at this computer", Role.ADMIN, VIA_LOCAL)
    first = dashboard().run()
    no_exceptions(first)
    assert not [i for i in first.info if "last visit" in i.value]  # a first visit has nothing to compare
    with Store.open(store_path) as store:
        seen = dict(previous_visit(store, here).statuses)  # the first view was recorded
        assert seen["linkedin_new_followers"] == "at_risk"
        # As if the viewer had last looked on 3 November, when the LinkedIn goal was still on track.
        record_visit(
            store, {**seen, "linkedin_new_followers": "on_track"}, actor=here, at=dt.datetime(2026, 11, 3, 8)
        )

    app = dashboard().run()
    no_exceptions(app)
    notes = [i.value.replace("\\", "") for i in app.info if "last visit" in i.value]  # shown literally
    assert len(notes) == 1
    assert notes[0].startswith("Since your last visit on 3 November 2026:")
    assert "went from on track to at risk" in notes[0] and "150 new LinkedIn followers" in notes[0]
    card = markdown_in(app.main.get_by_key("overview.card.linkedin_new_followers"))
    assert any("Was on track at your last visit" in text for text in card)
    others = [
        markdown_in(b)
        for b in keyed_blocks(app, "overview.card.")
        if b.key != "overview.card.linkedin_new_followers"
    ]
    assert not any("last visit" in text for texts in others for text in texts)

    # The visit just made is the last one now: the next has nothing new to highlight.
    again = dashboard().run()
    assert not [i for i in again.info if "last visit" in i.value]
    assert any("No goal has changed status since your last visit" in c.value for c in again.caption)


def sparklines(app: AppTest) -> dict[str, str]:
    """Return each card's sparkline (the SVG text of its image) by goal id."""
    found = {}
    for block in keyed_blocks(app, "overview.card."):
        images = [node for node in block if node.type == "image"]
        if images:
            url = images[0].proto.imgs[0].url
            assert url.startswith("data:image/svg+xml;base64,")
            found[str(block.key).removeprefix("overview.card.")] = base64.b64decode(
                url.split(",", 1)[1]
            ).decode()
    return found


def test_overview_cards_show_the_change_a_sparkline_and_a_progress_bar_in_the_status_colour(store_path):
    app = dashboard(lang="en").run()
    no_exceptions(app)
    store = Store.open(store_path)
    strategy = load_strategy(store.strategy_text())
    progress = {
        p.id: p for p in strategy_progress(strategy, store, latest_as_of(store_path), latest_complete=True)
    }
    series = strategy_month_series(strategy, store)
    store.close()
    lines = sparklines(app)
    assert len(lines) >= len(progress) - 1  # the goal without data has none
    for goal_id, svg in lines.items():
        # A small SVG line of at most twelve monthly values in the status colour, the latest one marked.
        points = re.search(r'points="([^"]+)"', svg).group(1).split()
        assert 2 <= len(points) <= 12
        assert f'stroke="{STATUS_COLOURS[progress[goal_id].status]}"' in svg and "<circle" in svg
        assert 'height="56"' in svg
    changes = 0
    for block in keyed_blocks(app, "overview.card."):
        goal_id = str(block.key).removeprefix("overview.card.")
        goal = progress[goal_id]
        metric = next(node for node in block if node.type == "metric")
        values = series[goal_id].dropna()
        month = goal.current_month
        before = (
            values.get(f"{int(month[:4]) - (month[5:] == '01')}-{(int(month[5:]) - 2) % 12 + 1:02d}")
            if month
            else None
        )
        if before is None:
            assert not metric.delta
            continue
        changes += 1
        change = goal.current - before
        assert metric.delta.startswith(
            ("+" if round(change) > 0 else "") + (str(round(change)) if goal.counts else "")
        )
        assert "since" in metric.delta
        bars = [
            k for k in (getattr(n, "key", None) for n in block) if k and str(k).startswith("overview.bar.")
        ]
        if goal.progress is not None:
            assert bars == [f"overview.bar.{goal.status}.{goal_id}"]
    assert changes >= 8


def test_a_link_to_a_goal_opens_that_goal_with_its_chart_and_tactics(store_path):
    app = dashboard("goal", goal="linkedin_followers", lang="en").run()
    no_exceptions(app)
    assert app.selectbox(key="goal.goal").value == "linkedin_followers"
    strategy = load_strategy(sample_strategy_text())
    assert app.subheader[0].value == literal(strategy.goal("linkedin_followers").title)
    charts = app.get("plotly_chart")
    assert len(charts) == 2  # the goal's path and its status history
    tactics = app.dataframe[0].value  # the tactics table comes first, the month values table in the expander
    serving = [t.id for t in strategy.tactics if "linkedin_followers" in t.to_achieve]
    assert tactics["Tactic"].tolist() == [tactic_name(tactic) for tactic in serving]
    first = next(t for t in strategy.tactics if "linkedin_followers" in t.to_achieve)
    others = [strategy.goal(g).title for g in first.to_achieve if g != "linkedin_followers"]
    assert tactics["Also serves"].iloc[0] == ("; ".join(others) or "–")  # goal titles, not a count
    assert app.query_params["goal"] == "linkedin_followers"

    app.selectbox(key="goal.goal").set_value("reply_time").run()
    assert app.query_params["goal"] == "reply_time"
    assert app.subheader[0].value == literal(strategy.goal("reply_time").title)


def test_switching_language_changes_texts_numbers_and_the_link(store_path):
    app = dashboard().run()
    assert app.query_params["lang"] == "en"
    app.sidebar.selectbox(key="shell.lang").set_value("sv").run()
    no_exceptions(app)
    assert app.title[0].value == "Fungerar strategin?"
    assert app.query_params["lang"] == "sv"
    values = [m.value for m in app.metric]
    assert any(re.fullmatch(r"\d{1,3}(\u00a0\d{3})+", v) for v in values)  # 12 345 written the Swedish way
    assert not any(re.search(r"\d,\d{3}(?!\d)", v) for v in values)  # no English thousands commas
    app.sidebar.selectbox(key="shell.lang").set_value("da").run()
    assert app.title[0].value == "Virker strategien?"


def test_finnish_is_offered_and_every_page_reads_in_finnish(store_path):
    # Finnish is complete like the other languages: the editors' pages (Strategy, Data, Team) too.
    app = dashboard().run()
    assert "Suomi" in app.sidebar.selectbox(key="shell.lang").options
    app.sidebar.selectbox(key="shell.lang").set_value("fi").run()
    no_exceptions(app)
    assert app.title[0].value == "Toimiiko strategia?"
    pages = (
        ("goal", {"goal": "linkedin_followers"}),
        ("channels", {}),
        ("audiences", {}),
        ("strategy", {}),
        ("data", {}),
        ("team", {}),
    )
    for page, query in pages:
        shown = dashboard(page, lang="fi", **query).run()
        no_exceptions(shown)
        words = " ".join(
            node.value
            for node in [
                *shown.title,
                *shown.header,
                *shown.subheader,
                *shown.caption,
                *shown.button,
                *shown.tabs,
            ]
            if isinstance(getattr(node, "value", None), str)
        )
        labels = " ".join(node.label for node in [*shown.button, *shown.tabs, *shown.selectbox])
        assert not re.search(
            r"\b(the|and|of|months?|Upload|Save|Add|Import|Restore)\b", f"{words} {labels}"
        ), (
            page,
            words,
            labels,
        )
    assert "Versiot" in [tab.label for tab in dashboard("strategy", lang="fi").run().tabs]
    assert "Lataushistoria" in [node.value for node in dashboard("data", lang="fi").run().header]


def test_overview_charts_are_built_for_the_language_and_month_shown(store_path):
    # The charts are cached per view: a cache keyed too loosely would show one viewer another's chart.
    app = dashboard().run()
    english = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    app.sidebar.selectbox(key="shell.lang").set_value("nb").run()
    norwegian = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert english[0]["layout"]["separators"] == ".," and norwegian[0]["layout"]["separators"] == ",\u00a0"
    assert "Off track" in json.dumps(english[1]) and "Ikke i rute" in json.dumps(norwegian[1])
    assert "Off track" not in json.dumps(norwegian)
    months = app.sidebar.selectbox(key="shell.as_of").options
    app.sidebar.selectbox(key="shell.as_of").set_value(app.sidebar.selectbox(key="shell.as_of").options[-1])
    earlier = [json.loads(chart.proto.spec) for chart in app.run().get("plotly_chart")]
    no_exceptions(app)
    assert len(months) > 2 and earlier[0]["data"] != norwegian[0]["data"]  # other progress, other bars


def test_a_shared_link_reopens_the_same_language_month_and_channel(store_path):
    app = dashboard("channels", lang="nb", as_of="2026-03", channel="linkedin", period="12").run()
    no_exceptions(app)
    assert app.title[0].value.startswith("Kanaler")
    assert app.sidebar.selectbox(key="shell.as_of").value == "2026-03"
    assert app.selectbox(key="channels.channel").value == "linkedin"
    assert app.get("button_group")[0].value == "12"
    charts = app.get("plotly_chart")
    assert charts
    for chart in charts:
        months = {str(x)[:7] for trace in _traces(chart) for x in trace["x"]}
        assert months and max(months) <= "2026-03" and len(months) <= 12
    link = app.sidebar.code[0].value
    assert (
        "lang=nb" in link and "as_of=2026-03" in link and "channel=linkedin" in link and "period=12" in link
    )


def test_channels_charts_draw_the_target_of_each_goal_on_the_metric(store_path):
    app = dashboard("channels", channel="linkedin").run()
    no_exceptions(app)
    chart = app.get("plotly_chart")
    targets = [
        a["text"]
        for c in chart
        for a in json.loads(c.proto.spec)["layout"].get("annotations", [])
        if a["text"].startswith("Target")
    ]
    # The LinkedIn goal (150 new followers a month) is on LinkedIn alone: its line needs no channel name.
    assert "Target 150 followers" in targets, targets
    shapes = [s for c in chart for s in json.loads(c.proto.spec)["layout"].get("shapes", [])]
    assert any(s.get("y0") == 150 and s["line"]["dash"] == "dashdot" for s in shapes)


def _traces(chart) -> list[dict]:
    return json.loads(chart.proto.spec)["data"]


def test_audiences_page_notes_calmly_an_assumed_channel_without_audience_numbers(store_path):
    store = Store.open(store_path)
    assert store.month_values(channel="linkedin", audience="club_buyers").empty  # the demo's premise
    store.close()
    app = dashboard("audiences", audience="club_buyers").run()
    no_exceptions(app)
    card = app.main.get_by_key("audiences.fit.club_buyers")
    boxes = {
        kind: [node.value for node in card if getattr(node, "type", None) == kind]
        for kind in ("info", "warning")
    }
    # The platform not splitting numbers by audience is no mismatch: a neutral note, not a warning.
    assert any("Assumed on LinkedIn" in i and "not split by audience" in i for i in boxes["info"])
    assert not any("LinkedIn" in w for w in boxes["warning"])


def test_goal_titles_with_html_and_markdown_are_shown_literally(store_path):
    hostile = "<img src=x onerror=alert(1)> **Bold** [click](https://evil.example) :red[red] $x$"
    store = Store.open(store_path)
    document = yaml.safe_load(store.strategy_text())
    document["goals"][0]["title"] = hostile
    goal_id = document["goals"][0]["id"]
    store.save_strategy(
        yaml.safe_dump(document, allow_unicode=True, sort_keys=False), actor=Actor("test", Role.EDITOR)
    )
    store.close()

    app = dashboard().run()
    no_exceptions(app)
    card = app.main.get_by_key(f"overview.card.{goal_id}")
    title = [line for text in markdown_in(card) for line in text.split("  \n") if "img" in line]
    assert title == ["**" + literal(hostile) + "**"]
    unescaped = re.compile(r"(?<!\\)<img|(?<!\\)\]\(https|(?<!\\)\*\*Bold")
    for node in app.main:
        if getattr(node, "type", None) == "markdown":
            assert not node.proto.allow_html
            assert not unescaped.search(node.value), node.value
    specs = [chart.proto.spec for chart in app.get("plotly_chart")]
    assert not any("<img" in spec for spec in specs)
    assert any("&lt;img" in spec for spec in specs)  # Plotly shows the entity as the text "<img"

    app = dashboard("goal", goal=goal_id).run()
    assert app.subheader[0].value == literal(hostile)


def test_new_data_from_someone_else_shows_up_with_a_notice(store_path):
    app = dashboard().run()
    assert len(app.toast) == 0
    day = latest_as_of(store_path).replace(day=15)
    tidy = f"date,channel,audience,metric,value\n{day.isoformat()},linkedin,,comments,7\n".encode()
    store = Store.open(store_path)
    store.ingest(read_upload(io.BytesIO(tidy), "meeting-extra.csv"), actor=Actor("colleague", Role.EDITOR))
    store.close()
    app.run()
    no_exceptions(app)
    assert any(literal("meeting-extra.csv") in toast.value for toast in app.toast)


def test_start_with_your_own_data_puts_the_demo_aside_and_opens_the_data_page(store_path):
    app = dashboard().run()
    app.sidebar.button(key="shell.start_own").click().run()
    no_exceptions(app)
    store = Store.open(store_path)
    uploads = store.uploads()
    store.close()
    demo = uploads[uploads["source"] == "sample"]
    assert len(demo) and (demo["status"] != "active").all()
    assert app.get("file_uploader")  # the Data page, where one uploads one's own exports
    with pytest.raises(KeyError):
        app.sidebar.get_by_key("shell.start_own")


def test_each_page_renders_in_every_language(store_path):
    for page in ("overview", "goal", "channels", "audiences"):
        for lang in ("en", "nb", "sv", "da"):
            app = dashboard(page, lang=lang).run()
            no_exceptions(app)
            assert app.title or app.subheader, (page, lang)
            texts = [node.value for node in app.main if isinstance(getattr(node, "value", None), str)]
            leaked = [
                text for text in texts if text.startswith(("overview.", "goal.", "channels.", "audiences."))
            ]
            assert leaked == [], (page, lang)


def test_the_demo_mark_reads_well_when_the_saved_strategy_cannot_be_read(store_path):
    store = Store.open(store_path)
    store.save_strategy("goals: [this is not a strategy", actor=Actor("test", Role.EDITOR))
    store.close()
    app = dashboard().run()
    assert [e.value for e in app.exception] == []  # the page explains the broken strategy in an error box
    demo = app.sidebar.get_by_key("shell.demo")
    captions = [node.value for node in demo if getattr(node, "type", None) in ("markdown", "caption")]
    assert any("invented organisation with made" in text for text in captions)
    assert not any(", ," in text or ",  ," in text for text in captions)
