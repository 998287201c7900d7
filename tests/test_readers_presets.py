"""Every sample in tests/files/presets is a test case: read it, and its month values must be the hand-computed ones.

Adding a case needs no code: drop a file and a `NAME.expected.json` next to it (see make_samples.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connectors.readers import detect_presets, read_upload, registered_presets
from metrics.monthly import month_values

SAMPLES = Path(__file__).resolve().parent / "files" / "presets"
CASES = sorted(
    p for p in SAMPLES.iterdir() if p.suffix != ".json" and (SAMPLES / f"{p.name}.expected.json").exists()
)
README = Path(__file__).resolve().parent.parent / "docs" / "reading-exports.md"


def expected_of(sample: Path) -> dict:
    return json.loads((SAMPLES / f"{sample.name}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sample", CASES, ids=[p.name for p in CASES])
def test_sample_yields_its_hand_computed_month_values(sample):
    expected = expected_of(sample)
    with sample.open("rb") as handle:
        parsed = read_upload(handle, sample.name, **expected["read"])
    assert parsed.preset == expected["preset"]
    months = month_values(parsed.observations)
    got = {(r.month, r.channel, r.audience, r.metric): r.value for r in months.itertuples(index=False)}
    wanted = {(m["month"], m["channel"], m["audience"], m["metric"]): m["value"] for m in expected["months"]}
    assert set(got) == set(wanted)
    for key, value in wanted.items():
        assert got[key] == pytest.approx(value, rel=1e-9), key
    for fragment in expected["notes_contain"]:
        assert any(fragment.lower() in note.lower() for note in parsed.notes), (fragment, parsed.notes)


@pytest.mark.parametrize("sample", CASES, ids=[p.name for p in CASES])
def test_detection_ranks_the_samples_preset_first(sample):
    with sample.open("rb") as handle:
        matches = detect_presets(handle, sample.name)
    assert matches and matches[0].preset == expected_of(sample)["preset"]


def test_every_preset_has_a_sample_and_documentation():
    presets = registered_presets()
    sampled = {expected_of(p)["preset"] for p in CASES}
    readme = README.read_text(encoding="utf-8")
    for preset in presets:
        assert preset.name in sampled, f"no sample file for preset {preset.name}"
        assert f"`{preset.name}`" in readme, f"preset {preset.name} missing from {README.name}"
        assert preset.label and preset.description


def test_samples_cover_the_nordic_header_languages():
    names = " ".join(p.name for p in CASES)
    for language in ("_nb", "_sv", "_da", "_en"):
        assert language in names
