"""The demo organisation: its strategy loads, its exports read as the platforms' own files, and it shows every status."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import importlib.util
import io
import sys
from fnmatch import fnmatchcase

import pytest

from connectors.readers import read_upload
from connectors.sample import EXPORTS_DIR, SAMPLE_DIR, load_sample, sample_strategy_text, sample_uploads
from connectors.store.store import Store
from metrics.progress import STATUSES, strategy_progress
from metrics.semantics import BUILTIN_METRICS
from metrics.strategy import load_strategy

AS_OF = dt.date(2026, 10, 31)
LATEST_MONTH = "2026-10"

# Which reader each export must land in: path pattern under a month folder -> (preset, channel).
# The tracker carries a channel per row, so its upload has no single channel.
EXPECTED_PRESETS = {
    "facebook/Follows.csv": ("meta_daily", "facebook"),
    "facebook/Link clicks.csv": ("meta_daily", "facebook"),
    "facebook/*_104729386512047.csv": ("meta_posts_facebook", "facebook"),
    "instagram/Follows.csv": ("meta_daily", "instagram"),
    "instagram/*_17841405872216093.csv": ("meta_posts_instagram", "instagram"),
    "linkedin/lyngtind-friluft_followers_*.xlsx": ("linkedin_followers", "linkedin"),
    "linkedin/lyngtind-friluft_content_*.xlsx": ("linkedin_content", "linkedin"),
    "tiktok/FollowerHistory.csv": ("tiktok_followers", "tiktok"),
    "zendesk/lyngtind-kundeservice-*.csv": ("zendesk", "helpdesk"),
    "tracker/Lyngtind sporing *.csv": ("wide_tracker", None),
    "tracker/bloggstatistikk-*.csv": ("wide_tracker", "blog"),
    "tracker/bloggkommentarer-*.csv": ("goalpost_tidy", "blog"),
}

TRACKER_CHANNELS = {"facebook", "instagram", "linkedin"}

# The status each goal was designed to have at the end of October 2026 (sample_data/README.md says why).
DESIGNED_STATUS = {
    "community_followers": "on_track",
    "tiktok_followers": "achieved",
    "linkedin_new_followers": "at_risk",
    "linkedin_followers": "at_risk",
    "instagram_comments": "off_track",
    "blog_comments": "on_track",
    "weekend_explorer_comments": "achieved",
    "club_buyer_questions": "off_track",
    "shop_clicks": "on_track",
    "reply_time": "on_track",
    "blog_reading_time": "on_track",
    "youtube_subscribers": "no_data",
}


def expected_reading(relative_name: str) -> tuple[str, str | None]:
    """Return the (preset, channel) an export under exports/ must be read as."""
    inside_month = relative_name.split("/", 1)[1]
    matches = [v for pattern, v in EXPECTED_PRESETS.items() if fnmatchcase(inside_month, pattern)]
    assert len(matches) == 1, f"{relative_name} matches {len(matches)} expected-preset patterns"
    return matches[0]


def read_sample(upload):
    """Return the ParsedUpload of one demo export, told what the manifest says."""
    return read_upload(
        io.BytesIO(upload.path.read_bytes()),
        upload.path.name,
        channel=upload.channel,
        audience=upload.audience,
        preset=upload.preset,
        year_hint=upload.year_hint,
    )


@pytest.fixture(scope="module")
def strategy():
    return load_strategy(sample_strategy_text(), "sample_data/strategy.yaml")


@pytest.fixture(scope="module")
def loaded_store(tmp_path_factory, strategy):
    store = Store.open(tmp_path_factory.mktemp("sample") / "goalpost.sqlite3", specs=strategy.metric_specs())
    results = load_sample(store)
    yield store, results
    store.close()


def test_strategy_has_what_the_demo_promises(strategy):
    presence = {c.id: c.presence for c in strategy.channels}
    assert "absent" in presence.values() and all(
        c.reason for c in strategy.channels if c.presence == "absent"
    )
    assert "planned" in presence.values()
    assert 2 <= len(strategy.audiences) <= 3 and all(
        a.needs and a.assumed_channels for a in strategy.audiences
    )
    goals = strategy.goals
    assert set(BUILTIN_METRICS) <= {g.metric for g in goals}
    assert {g.kind for g in goals} == {"communication", "effect"}
    assert any(g.target_change for g in goals), "a relative target"
    assert any(g.baseline is None and g.type == "reach" for g in goals), "a baseline taken from the data"
    assert any(g.type == "stay_below" and g.metric == "support_time" for g in goals)
    assert any(g.type == "stay_above" for g in goals)
    assert any(len(g.channels) > 1 for g in goals), "a multi-channel goal"
    assert any(g.audiences for g in goals), "a per-audience goal"
    assert all(g.owner for g in goals)
    assert all(t.hours_per_month for t in strategy.tactics) and any(t.core for t in strategy.tactics)
    assert {g.id for g in goals} == set(DESIGNED_STATUS)


def test_manifest_patterns_each_match_an_export():
    uploads = sample_uploads()
    names = [u.relative_name for u in uploads]
    assert len(names) == 24 * len(EXPECTED_PRESETS)
    told = [u for u in uploads if u.channel]
    assert told and all(u.path.name.startswith("bloggstatistikk-") for u in told)
    assert {u.year_hint for u in uploads} == {2024, 2025, 2026}


@pytest.mark.parametrize(
    "upload",
    [u for u in sample_uploads() if u.relative_name.startswith(LATEST_MONTH)],
    ids=lambda u: u.relative_name.split("/", 1)[1],
)
def test_latest_exports_are_read_as_their_platform(upload):
    parsed = read_sample(upload)
    preset, channel = expected_reading(upload.relative_name)
    assert (parsed.preset, parsed.channel) == (preset, channel)
    assert dt.date(2026, 10, 1) <= parsed.period_start <= parsed.period_end <= dt.date(2026, 10, 31)
    assert len(parsed.observations) > 0


def test_every_export_is_stored_under_its_preset_and_channel(loaded_store):
    store, results = loaded_store
    assert [r.status for r in results] == ["stored"] * len(sample_uploads())
    ledger = store.uploads().set_index("id")
    for upload, result in zip(sample_uploads(), results, strict=True):
        entry = ledger.loc[result.upload_id]
        preset, channel = expected_reading(upload.relative_name)
        assert (entry.file_name, entry.preset) == (upload.path.name, preset), upload.relative_name
        if channel is not None:
            assert entry.channel == channel, upload.relative_name
        assert str(entry.period_start)[:7] == upload.relative_name[:7]
    # The tracker carries a channel per row: its follower totals land on each channel, every month.
    followers = store.month_values(metric="followers")
    months_per_channel = followers.groupby("channel")["month"].nunique().to_dict()
    assert months_per_channel == {channel: 24 for channel in (*TRACKER_CHANNELS, "tiktok")}


def test_sample_shows_every_status_as_designed(loaded_store, strategy):
    store, _ = loaded_store
    progress = {p.id: p for p in strategy_progress(strategy, store, AS_OF)}
    assert {goal_id: p.status for goal_id, p in progress.items()} == DESIGNED_STATUS
    assert set(DESIGNED_STATUS.values()) == set(STATUSES)
    # The baseline of the TikTok goal is the data's March 2025 total, and the reading time is averaged.
    assert progress["tiktok_followers"].baseline_source == "data"
    assert 2.5 < progress["blog_reading_time"].current < 4


def test_blog_total_row_is_counted_once(loaded_store, strategy):
    store, _ = loaded_store
    comments_file = EXPORTS_DIR / LATEST_MONTH / "tracker" / f"bloggkommentarer-{LATEST_MONTH}.csv"
    rows = list(csv.DictReader(comments_file.read_text(encoding="utf-8").splitlines()))
    total = next(float(r["value"]) for r in rows if not r["audience"])
    per_audience = sum(float(r["value"]) for r in rows if r["audience"])
    assert total != per_audience  # untagged comments make the total more than the audiences added up
    progress = {p.id: p for p in strategy_progress(strategy, store, AS_OF)}
    assert progress["blog_comments"].current == total
    club_buyers = next(float(r["value"]) for r in rows if r["audience"] == "club_buyers")
    assert progress["club_buyer_questions"].current == club_buyers


def test_loading_the_sample_twice_stores_nothing_new(loaded_store):
    store, _ = loaded_store
    version, ledger = store.version(), store.uploads()
    again = load_sample(store)
    assert {r.status for r in again} == {"duplicate"}
    assert sum(r.rows for r in again) == 0
    assert store.version() == version
    assert len(store.uploads()) == len(ledger)


def test_generator_rewrites_the_committed_exports_byte_for_byte(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("generate_exports", SAMPLE_DIR / "generate_exports.py")
    generator = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "generate_exports", generator)  # dataclasses look their module up
    spec.loader.exec_module(generator)
    written = generator.write_exports(tmp_path)

    def digests(paths, root):
        return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}

    committed = [u.path for u in sample_uploads()]
    assert digests(written, tmp_path) == digests(committed, EXPORTS_DIR)
    assert sum(p.stat().st_size for p in written) < 3_000_000
