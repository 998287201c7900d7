"""The demo organisation: its strategy text and its monthly exports, ingested like any upload."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

import yaml

from connectors.readers import read_upload
from metrics.access import VIA_SYSTEM, Actor, Role
from metrics.strategy import load_strategy

if TYPE_CHECKING:
    from connectors.store.store import IngestResult, Store

SAMPLE_DIR = Path(__file__).resolve().parent.parent / "sample_data"
STRATEGY_FILE = SAMPLE_DIR / "strategy.yaml"
EXPORTS_DIR = SAMPLE_DIR / "exports"
MANIFEST_FILE = EXPORTS_DIR / "manifest.csv"
STRATEGY_TEXT_DIR = SAMPLE_DIR / "strategy_text"
"""The demo strategy's words in other languages (<lang>.yaml keyed by id): shown, never stored."""
UPLOADED_BY = "Goalpost demo"
DEMO = Actor(UPLOADED_BY, Role.ADMIN, VIA_SYSTEM)
"""Goalpost itself, loading the demo organisation into an empty store on the first start."""
SAMPLE_SOURCE = "sample"
DEMO_STORE_FILE = SAMPLE_DIR / "demo.goalpost-store"
"""The demo already read and stored (built by sample_data/build_demo_store.py): copied on a first start."""
DEMO_FINGERPRINT_FILE = SAMPLE_DIR / "demo.goalpost-store.sha256"
CONNECTORS_DIR = Path(__file__).resolve().parent
INGEST_CODE = (
    "readers",
    "store/prepared_observations.py",
    "store/month_table.py",
    "store/upload_ingest.py",
    "store/ledger.py",
    "store/observation_history.py",
    "store/schema.py",
)
"""The code that decides what the stored demo holds: when it changes, the stored demo is not used."""


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


def sample_strategy_words(lang: str) -> dict:
    """Return the demo strategy's words in a language, keyed by section and id ({} for English or none)."""
    path = STRATEGY_TEXT_DIR / f"{lang}.yaml"
    if not lang.isalpha() or not path.is_file():
        return {}
    words = yaml.safe_load(path.read_text(encoding="utf-8"))
    return words if isinstance(words, dict) else {}


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


def demo_fingerprint() -> str:
    """Return a SHA-256 (hex) of everything the stored demo is made from: exports, strategy and ingest code."""
    digest = hashlib.sha256()
    sources = [*sample_files(), STRATEGY_FILE, MANIFEST_FILE]
    for name in INGEST_CODE:
        path = CONNECTORS_DIR / name
        sources += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    for path in sources:
        digest.update(path.relative_to(SAMPLE_DIR.parent).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def stored_demo_is_current() -> bool:
    """Return True when sample_data's stored demo was built from today's exports, strategy and ingest code."""
    try:
        return DEMO_STORE_FILE.is_file() and DEMO_FINGERPRINT_FILE.read_text().strip() == demo_fingerprint()
    except OSError:
        return False


def read_sample(on_file: Callable[[int, int, str], None] | None = None) -> list:
    """Return every demo export read as an upload (ParsedUpload), oldest month first; nothing is stored."""
    uploads = sample_uploads()
    parsed = []
    for done, upload in enumerate(uploads):
        if on_file is not None:
            on_file(done, len(uploads), upload.relative_name)
        parsed.append(
            read_upload(
                io.BytesIO(upload.path.read_bytes()),
                upload.path.name,
                channel=upload.channel,
                audience=upload.audience,
                preset=upload.preset,
                year_hint=upload.year_hint,
            )
        )
    return parsed


def load_demo(store: Store, *, on_file: Callable[[int, int, str], None] | None = None) -> str:
    """Return how the demo organisation came into the store: "copied" (the stored demo) or "read".

    All or nothing: the strategy and every export go in one transaction, so a stop half-way leaves the store
    as it was and the next start loads (or finishes) the demo. Exports already stored are not stored again.
    """
    if stored_demo_is_current() and store.import_store_file(DEMO_STORE_FILE, actor=DEMO):
        return "copied"
    parsed = read_sample(on_file)
    store.ingest_together(
        parsed,
        actor=DEMO,
        source=SAMPLE_SOURCE,
        strategy_text=sample_strategy_text(),
        strategy_note="Demo organisation",
    )
    apply_demo_metric_specs(store)
    return "read"


def apply_demo_metric_specs(store: Store) -> list[str]:
    """Return the demo metrics whose month values were recomputed to aggregate as its strategy declares.

    Done while the demo is loaded (and when the stored demo is built), so the first page finds the store
    as it will stay: otherwise the page's own recomputation moved the store's version under the first
    viewer, who was told "the numbers were updated" on a page they had only just opened.
    """
    return store.use_metric_specs(
        load_strategy(sample_strategy_text(), source="the demo strategy").metric_specs()
    )


def demo_state(store: Store) -> str:
    """Return "empty" (nothing stored), "partial" (a demo an older Goalpost left half loaded) or "in_use"."""
    uploads = store.uploads()
    versions = store.strategy_versions()
    if uploads.empty and versions.empty:
        return "empty"
    demo_only = (versions["author"] == UPLOADED_BY).all() and (
        uploads.empty
        or ((uploads["source"] == SAMPLE_SOURCE).all() and (uploads["status"] == "active").all())
    )
    # A cleared demo has undone uploads, and a team's own data is not from the sample: neither is partial.
    if demo_only and len(uploads) < len(sample_files()):
        return "partial"
    return "in_use"


def _manifest_rules() -> list[dict[str, str]]:
    """Return the manifest rows: a file pattern (relative to exports/) and what to tell the reader."""
    if not MANIFEST_FILE.exists():
        return []
    with MANIFEST_FILE.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()} for row in rows]
