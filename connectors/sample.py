"""The demo organisation: its strategy text and its monthly exports, ingested like any upload."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from connectors.readers import read_upload
from metrics.access import VIA_SYSTEM, Actor, Role

if TYPE_CHECKING:
    from connectors.store import IngestResult, Store

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"
STRATEGY_FILE = SAMPLE_DIR / "strategy.yaml"
EXPORTS_DIR = SAMPLE_DIR / "exports"
MANIFEST_FILE = EXPORTS_DIR / "manifest.csv"
UPLOADED_BY = "Goalpost demo"
DEMO = Actor(UPLOADED_BY, Role.ADMIN, VIA_SYSTEM)
"""Goalpost itself, loading the demo organisation into an empty store on the first start."""
SAMPLE_SOURCE = "sample"


@dataclass(frozen=True)
class SampleUpload:
    """One demo export and what the upload form would be told about it (blank: the file says itself)."""

    path: Path
    channel: str | None
    audience: str | None
    preset: str | None
    year_hint: int

    @property
    def relative_name(self) -> str:
        """Return the path under sample_data/exports/, with forward slashes."""
        return self.path.relative_to(EXPORTS_DIR).as_posix()


def sample_strategy_text() -> str:
    """Return the demo organisation's strategy file as YAML text."""
    return STRATEGY_FILE.read_text(encoding="utf-8")


def sample_files() -> list[Path]:
    """Return every demo export, oldest month first (the order a team would have uploaded them)."""
    month_folders = sorted(p for p in EXPORTS_DIR.iterdir() if p.is_dir())
    return [f for folder in month_folders for f in sorted(folder.rglob("*")) if f.is_file()]


def sample_uploads() -> list[SampleUpload]:
    """Return every demo export with the channel, audience and preset the manifest gives it."""
    rules = _manifest_rules()
    uploads = []
    for path in sample_files():
        relative = path.relative_to(EXPORTS_DIR).as_posix()
        rule = next((r for r in rules if fnmatchcase(relative, r["file"])), {})
        uploads.append(
            SampleUpload(
                path=path,
                channel=rule.get("channel") or None,
                audience=rule.get("audience") or None,
                preset=rule.get("preset") or None,
                # Month folders are named YYYY-MM; TikTok writes dates without a year.
                year_hint=int(PurePosixPath(relative).parts[0][:4]),
            )
        )
    return uploads


def load_sample(
    store: Store, *, on_file: Callable[[int, int, str], None] | None = None
) -> list[IngestResult]:
    """Return the ingest result of every demo export, read and stored through the ordinary upload path.

    `on_file(done, total, name)` is called before each file (a progress bar: the demo is 288 files).
    """
    uploads = sample_uploads()
    results = []
    for done, upload in enumerate(uploads):
        if on_file is not None:
            on_file(done, len(uploads), upload.relative_name)
        parsed = read_upload(
            io.BytesIO(upload.path.read_bytes()),
            upload.path.name,
            channel=upload.channel,
            audience=upload.audience,
            preset=upload.preset,
            year_hint=upload.year_hint,
        )
        results.append(store.ingest(parsed, actor=DEMO, source=SAMPLE_SOURCE))
    return results


def _manifest_rules() -> list[dict[str, str]]:
    """Return the manifest rows: a file pattern (relative to exports/) and what to tell the reader."""
    if not MANIFEST_FILE.exists():
        return []
    with MANIFEST_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]
