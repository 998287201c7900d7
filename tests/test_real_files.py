"""Real export files (tests/files/real, see SOURCES.md) give exactly the month values computed without Goalpost.

expected.json is written by tests/files/real/expected_values.py, which uses only the standard library. A file
that should be read and is refused fails here, and so does any month value that differs, any extra or
missing month, and a file that should be refused but is read.
"""

from __future__ import annotations

import json

import pytest

from bench.real_files import CORPUS, cases, judge

CASES = cases()


def test_the_corpus_is_real_and_large_enough():
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    files = [c["file"] for c in CASES]
    assert len(files) >= 40
    for name in files:
        assert f"`{name}`" in sources, f"{name} has no provenance in SOURCES.md"
        assert (CORPUS / name).stat().st_size < 200_000, name
    on_disk = {
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name not in ("SOURCES.md", "expected.json", "expected_values.py")
    }
    assert on_disk == set(files), "every file in the corpus has expected values, and the reverse"
    listed = {line.split("`")[1] for line in sources.splitlines() if line.startswith("| `")}
    assert listed == on_disk, "SOURCES.md lists exactly the files of the corpus"


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_real_file_is_read_right(case):
    verdict = judge(case)
    assert verdict.outcome == "right", verdict.detail


def test_expected_values_are_independent_of_goalpost():
    script = (CORPUS / "expected_values.py").read_text(encoding="utf-8")
    assert "connectors" not in script and "metrics" not in script.replace("metric", "")
    assert json.loads((CORPUS / "expected.json").read_text(encoding="utf-8")) == CASES


def test_judge_catches_a_wrong_number():
    case = next(c for c in CASES if c["outcome"] == "read" and c["months"])
    broken = json.loads(json.dumps(case))
    broken["months"][0]["value"] += 1
    assert judge(broken).outcome == "wrong"


def test_every_supported_kind_has_a_real_file():
    presets = {c["preset"] for c in CASES if c["outcome"] == "read"}
    for name in (
        "meta_daily",
        "meta_posts_facebook",
        "meta_posts_instagram",
        "youtube_table",
        "youtube_totals",
        "youtube_chart",
        "tiktok_overview",
        "tiktok_followers",
        "x_overview",
        "search_console",
        "ga4",
    ):
        assert name in presets, name
