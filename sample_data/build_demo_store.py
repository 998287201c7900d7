"""Build sample_data/demo.goalpost-store: the demo organisation read and stored once, so a first start copies it.

Run after changing the exports, the strategy or the ingest code (a test says when):
    .venv/bin/python sample_data/build_demo_store.py
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from connectors.sample import (  # noqa: E402
    DEMO,
    DEMO_FINGERPRINT_FILE,
    DEMO_STORE_FILE,
    SAMPLE_SOURCE,
    apply_demo_metric_specs,
    demo_fingerprint,
    read_sample,
    sample_strategy_text,
)
from connectors.store import Store  # noqa: E402


def build(target: Path = DEMO_STORE_FILE) -> Path:
    """Return the path of a freshly built demo store (one transaction), its fingerprint written beside it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        with Store.open(path) as store:
            store.ingest_together(
                read_sample(),
                actor=DEMO,
                source=SAMPLE_SOURCE,
                strategy_text=sample_strategy_text(),
                strategy_note="Demo organisation",
            )
            apply_demo_metric_specs(store)
        # One compact file without a write-ahead log beside it.
        with closing(sqlite3.connect(path, isolation_level=None)) as raw:
            raw.execute("PRAGMA journal_mode=DELETE")
            raw.execute("VACUUM")
        target.write_bytes(path.read_bytes())
    DEMO_FINGERPRINT_FILE.write_text(demo_fingerprint() + "\n")
    return target


if __name__ == "__main__":
    built = build()
    print(f"Wrote {built} ({built.stat().st_size:,} bytes) and {DEMO_FINGERPRINT_FILE.name}.")
