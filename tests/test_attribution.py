"""Audience rules: which posts count for which audience, at ingest, in history and against the total.

Expected values are added up by hand from the rows written below, never by Goalpost.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from actors import EDITOR
from hypothesis import given, settings
from hypothesis import strategies as st

from connectors.readers import read_upload
from connectors.store.store import Store
from metrics.attribution import ITEM_COLUMNS, audience_observations, audience_rules, match_items
from metrics.errors import StrategyError
from metrics.strategy import load_strategy

STRATEGY = """
organisation: Lyngtind
channels:
  - id: facebook
    name: Facebook
  - id: linkedin
    name: LinkedIn
audiences:
  - id: club
    name: Club buyers
    assumed_channels: [linkedin, facebook]
    recognise:
      labels: [klubb]
      hashtags: ["#klubbpris"]
      words: [skoleklasse, klubbtur]
      campaigns: [club-2026]
  - id: families
    assumed_channels: [facebook]
    recognise:
      labels: [families]
      hashtags: ["#SouthAfrica"]
      campaigns: fam-feb
  - id: press
"""

EXPORT_EN = (
    '"Post ID","Page ID","Page name",Title,Description,"Publish time",Permalink,"Custom labels",Date,Reach,'
    'Comments,"Link Clicks"\n'
    '"111_1","111","Lyngtind",,"Group prices for your club #klubbpris https://shop.example/?utm_campaign=club-2026",'
    '"01/05/2026 10:00",https://www.facebook.com/111/posts/1,,Lifetime,100,4,10\n'
    '"111_2","111","Lyngtind",,"Hiking with the family #SouthAfricaNews","01/12/2026 10:00",'
    "https://www.facebook.com/111/posts/2,Families,Lifetime,200,6,3\n"
    '"111_3","111","Lyngtind",,"Klubbtur for the whole family #SouthAfrica","01/20/2026 10:00",'
    'https://www.facebook.com/111/posts/3,"Klubb, Families",Lifetime,300,10,0\n'
    '"111_4","111","Lyngtind",,"Opening hours","01/28/2026 10:00",https://www.facebook.com/111/posts/4,,Lifetime,'
    "50,1,2\n"
    '"111_5","111","Lyngtind",,"SKOLEKLASSÉ special","02/03/2026 10:00",https://www.facebook.com/111/posts/5,,'
    "Lifetime,120,3,5\n"
    '"111_6","111","Lyngtind",,"New trail https://x.example/a?utm_source=fb&utm_content=fam-feb",'
    '"02/10/2026 10:00",https://www.facebook.com/111/posts/6,,Lifetime,80,2,7\n'
)
# By hand. January: total reach 100+200+300+50, comments 4+6+10+1, link clicks 10+3+0+2;
# club = posts 1 (hashtag, campaign) and 3 (label, word); families = posts 2 (label) and 3 (label, hashtag).
# February: club = post 5 (word, other case and accent), families = post 6 (utm_content).
EXPECTED_EN = {
    ("2026-01", "all"): {"reach": 650, "comments": 21, "links": 15},
    ("2026-01", "club"): {"reach": 400, "comments": 14, "links": 10},
    ("2026-01", "families"): {"reach": 500, "comments": 16, "links": 3},
    ("2026-02", "all"): {"reach": 200, "comments": 5, "links": 12},
    ("2026-02", "club"): {"reach": 120, "comments": 3, "links": 5},
    ("2026-02", "families"): {"reach": 80, "comments": 2, "links": 7},
}

EXPORT_NB = (
    '"Innleggs-id","Side-id","Sidenavn",Tittel,Beskrivelse,Publiseringstidspunkt,Permalenke,'
    '"Egendefinerte etiketter",Dato,Rekkevidde,Kommentarer,Lenkeklikk\n'
    '"222_1","222","Lyngtind",,"Ny prisliste for klubben #Klubbpris","03/02/2026 09:00",'
    "https://www.facebook.com/222/posts/1,,Levetid,90,5,12\n"
    '"222_2","222","Lyngtind",,"Påsketur med hele familien #southafrica","03/09/2026 09:00",'
    "https://www.facebook.com/222/posts/2,klubb,Levetid,210,8,4\n"
    '"222_3","222","Lyngtind",,"Åpningstider i påsken #klubbprisliste","03/16/2026 09:00",'
    "https://www.facebook.com/222/posts/3,,Levetid,40,1,0\n"
)
# By hand, March: total reach 90+210+40, comments 5+8+1, link clicks 12+4+0. Post 1: club (#Klubbpris, case
# aside); post 2: club (label) and families (#southafrica); post 3: none (#klubbprisliste is another hashtag).
EXPECTED_NB = {
    ("2026-03", "all"): {"reach": 340, "comments": 14, "links": 16},
    ("2026-03", "club"): {"reach": 300, "comments": 13, "links": 16},
    ("2026-03", "families"): {"reach": 210, "comments": 8, "links": 4},
}


def upload(text: str, name: str):
    return read_upload(io.BytesIO(text.encode("utf-8")), name)


def month_table(store: Store) -> dict[tuple[str, str], dict[str, float]]:
    frame = store.month_values(channel="facebook")
    table: dict[tuple[str, str], dict[str, float]] = {}
    for row in frame.itertuples():
        table.setdefault((row.month, row.audience), {})[row.metric] = row.value
    return table


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "goalpost.sqlite3") as opened:
        yield opened


def test_a_meta_post_export_in_english_counts_each_post_for_every_audience_its_rules_catch(store):
    store.save_strategy(STRATEGY, actor=EDITOR)
    result = store.ingest(upload(EXPORT_EN, "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR)
    table = month_table(store)
    for key, values in EXPECTED_EN.items():
        assert {m: table[key][m] for m in values} == pytest.approx(values), key
    assert not any(audience == "press" for _, audience in table)  # no rules: no audience values
    assert result.attribution.per_audience == {"club": 3, "families": 3}
    assert result.attribution.unattributed == 1


def test_a_meta_post_export_in_norwegian_is_attributed_the_same_way(store):
    store.save_strategy(STRATEGY, actor=EDITOR)
    store.ingest(upload(EXPORT_NB, "Mar-01-2026_Mar-31-2026_222.csv"), actor=EDITOR)
    table = month_table(store)
    for key, values in EXPECTED_NB.items():
        assert {m: table[key][m] for m in values} == pytest.approx(values), key


def test_rules_never_change_the_stored_total(tmp_path):
    with Store.open(tmp_path / "plain.sqlite3") as plain, Store.open(tmp_path / "rules.sqlite3") as ruled:
        ruled.save_strategy(STRATEGY, actor=EDITOR)
        for store in (plain, ruled):
            store.ingest(upload(EXPORT_EN, "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR)
        totals = [s.month_values(audience="all").reset_index(drop=True) for s in (plain, ruled)]
        pd.testing.assert_frame_equal(totals[0], totals[1])


CHANGED = STRATEGY.replace("      labels: [klubb]\n", "").replace(
    "words: [skoleklasse, klubbtur]", "words: [skoleklasse]"
)


def test_a_rule_change_reattributes_stored_history_and_restoring_the_older_version_restores_it(store):
    store.save_strategy(STRATEGY, actor=EDITOR)
    store.ingest(upload(EXPORT_EN, "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR)
    before = month_table(store)
    store.save_strategy(CHANGED, actor=EDITOR, note="club without the label")
    # Post 3 was club's by its label and by "Klubbtur"; neither rule is left, so only post 1 counts in January.
    after = month_table(store)
    assert after[("2026-01", "club")] == pytest.approx({"reach": 100, "comments": 4, "links": 10})
    assert after[("2026-01", "families")] == before[("2026-01", "families")]
    assert after[("2026-01", "all")] == before[("2026-01", "all")]
    assert store.last_reattribution.posts_changed == 1
    assert store.last_reattribution.uploads == 1
    store.save_strategy(STRATEGY, actor=EDITOR, note="restored")
    assert month_table(store) == before
    assert store.last_reattribution.posts_changed == 1


def test_a_strategy_saved_without_rule_changes_reads_nothing_again(store):
    store.save_strategy(STRATEGY, actor=EDITOR)
    store.ingest(upload(EXPORT_EN, "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR)
    store.save_strategy(STRATEGY.replace("Lyngtind", "Lyngtind IL"), actor=EDITOR)
    assert store.last_reattribution is None


def test_undoing_an_upload_takes_its_audience_values_away_too(store):
    store.save_strategy(STRATEGY, actor=EDITOR)
    result = store.ingest(upload(EXPORT_EN, "Jan-01-2026_Feb-28-2026_111.csv"), actor=EDITOR)
    store.undo(result.upload_id, actor=EDITOR)
    assert store.month_values().empty


# ---------------------------------------------------------------- the rules themselves


def items_of(texts: list[str], **columns) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "item": [str(i) for i in range(len(texts))],
            "date": pd.Timestamp("2026-01-01"),
            "channel": "facebook",
            "text": texts,
            "labels": "",
            "urls": "",
            "permalink": "",
        }
    )
    for name, values in columns.items():
        frame[name] = values
    return frame


def caught(texts: list[str], recognise: str, **columns) -> list[int]:
    strategy = load_strategy(f"organisation: X\naudiences:\n  - id: a\n    recognise:\n{recognise}")
    return sorted(match_items(items_of(texts, **columns), audience_rules(strategy))["position"].tolist())


def test_hashtags_match_whole_and_without_case():
    texts = ["#SouthAfrica rocks", "#SouthAfricaNews", "#southafrica.", "South Africa"]
    assert caught(texts, '      hashtags: ["#SouthAfrica"]\n') == [0, 2]


def test_words_and_phrases_match_whole_words_without_case_or_accents():
    texts = ["En SKOLEKLASSÉ i dag", "skoleklasser", "klubb-tur i mai", "klubbtur", "#skoleklasse"]
    assert caught(texts, "      words: [skoleklasse, klubb tur]\n") == [0, 2, 4]


def test_campaigns_come_from_utm_campaign_or_utm_content_of_a_link():
    texts = [
        "see https://a.example/?utm_campaign=Club%202026",
        "see https://a.example/?utm_term=club-2026",
        "",
    ]
    urls = ["", "", "https://b.example/x?a=1&utm_content=club+2026"]
    assert caught(texts, '      campaigns: ["club 2026"]\n', urls=urls) == [0, 2]


def test_posts_listed_by_hand_match_by_id_or_permalink():
    permalinks = ["https://www.facebook.com/1/posts/9/", "", ""]
    frame_ids = ["x", "y", "12345"]
    strategy = load_strategy(
        "organisation: X\naudiences:\n  - id: a\n    recognise:\n"
        "      posts: [facebook.com/1/posts/9, 12345]\n"
    )
    items = items_of(["", "", ""], permalink=permalinks)
    items["item"] = frame_ids
    assert sorted(match_items(items, audience_rules(strategy))["position"]) == [0, 2]


@pytest.mark.parametrize(
    ("rules", "named"),
    [
        ('      hashtags: ["#klubb pris"]\n', "recognise → hashtags"),
        ('      words: ["!!"]\n', "recognise → words"),
        ("      tags: [x]\n", "tags"),
        ("      labels: {a: 1}\n", "recognise → labels"),
    ],
)
def test_a_mistake_in_rules_names_the_audience_and_the_field(rules, named):
    with pytest.raises(StrategyError) as raised:
        load_strategy(f"organisation: X\naudiences:\n  - id: club\n    recognise:\n{rules}")
    text = str(raised.value)
    assert "“club”" in text and f"“{named}”" in text


WORDS = ["klubb", "tur", "#klubb", "#tur", "familie", "Åpning"]


@settings(max_examples=60, deadline=None)
@given(
    posts=st.lists(
        st.tuples(st.lists(st.sampled_from(WORDS), max_size=4), st.integers(0, 1000), st.integers(0, 3)),
        min_size=1,
        max_size=12,
    ),
    rules=st.lists(st.tuples(st.sampled_from(["words", "hashtags"]), st.sampled_from(WORDS)), max_size=6),
)
def test_no_rule_ever_changes_the_total_and_each_audience_is_the_sum_of_its_own_posts(posts, rules):
    texts = [" ".join(words) for words, _, _ in posts]
    comments = [float(value) for _, value, _ in posts]
    days = [pd.Timestamp("2026-01-01") + pd.Timedelta(days=day) for _, _, day in posts]
    items = items_of(texts, comments=comments)
    items["date"] = days
    lines = "".join(
        f'  - id: a{i}\n    recognise:\n      {kind}: ["{word if kind == "words" else "#" + word.lstrip("#")}"]\n'
        for i, (kind, word) in enumerate(rules)
        if word.lstrip("#")
    )
    strategy = load_strategy("organisation: X\naudiences:\n" + lines if lines else "organisation: X\n")
    audience_list = audience_rules(strategy)
    matches = match_items(items, audience_list)
    frame = audience_observations(items, matches, [r.audience for r in audience_list])
    assert list(items.columns[: len(ITEM_COLUMNS)]) == list(ITEM_COLUMNS)
    assert items["comments"].sum() == sum(comments)  # the total is the items, untouched
    for rule in audience_list:
        own = matches.loc[matches["audience"] == rule.audience, "position"]
        assert frame.loc[frame["audience"] == rule.audience, "value"].sum() == pytest.approx(
            sum(comments[p] for p in own)
        )


def test_cli_progress_applies_the_rules_to_an_export(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    strategy = tmp_path / "strategy.yaml"
    goals = """
goals:
  - id: club_comments
    title: Club buyers comment
    kind: communication
    metric: comments
    channels: [facebook]
    audiences: [club]
    start: 2026-01-01
    deadline: 2026-12-31
    baseline: 10
    target: 20
    owner: Kari
  - id: all_comments
    title: Everyone comments
    kind: communication
    metric: comments
    channels: [facebook]
    start: 2026-01-01
    deadline: 2026-12-31
    baseline: 10
    target: 20
    owner: Kari
"""
    strategy.write_text(STRATEGY + goals, encoding="utf-8")
    export = tmp_path / "Jan-01-2026_Feb-28-2026_111.csv"
    export.write_text(EXPORT_EN, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(root / "cli.py"), "progress", "--strategy", str(strategy), "--data", str(export)]
        + ["--as-of", "2026-02-28", "--format", "json"],
        capture_output=True,
        text=True,
        cwd=root,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    goals_found = {goal["id"]: goal for goal in json.loads(run.stdout)["goals"]}
    assert goals_found["club_comments"]["current"] == 3  # February: post 5 only
    assert goals_found["all_comments"]["current"] == 5  # posts 5 and 6, the total untouched


def test_the_sample_organisation_measures_every_audience_on_an_assumed_channel_with_one_mismatch():
    from pathlib import Path

    from connectors.sample import sample_strategy_text
    from metrics.audience_posts import audience_channel_summary, channel_mismatches, counted_posts

    root = Path(__file__).resolve().parent.parent / "sample_data" / "exports"
    strategy = load_strategy(sample_strategy_text())
    frames = []
    # The Audiences page's window: the six months up to the newest (2026-05 to 2026-10).
    for path in sorted(root.glob("2026-*/*/*_*.csv")):
        if path.parent.name in ("facebook", "instagram") and path.parts[-3] >= "2026-05":
            with open(path, "rb") as handle:
                frames.append(read_upload(handle, path.name).items)
    posts = pd.concat(frames, ignore_index=True)
    summary = audience_channel_summary(
        counted_posts(posts, match_items(posts, audience_rules(strategy))), strategy
    )
    for audience in strategy.audiences:
        mine = summary[(summary["audience"] == audience.id) & summary["assumed"]]
        assert (mine["comments"] > 0).any(), audience.id
    found = {(m.audience, m.channel) for m in channel_mismatches(summary, strategy)}
    assert ("peak_chasers", "facebook") in found
