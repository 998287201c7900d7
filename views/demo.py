"""Leaving the demo: the sample organisation's uploads are undone (kept in the ledger, restorable)."""

from __future__ import annotations

from connectors.sample import SAMPLE_SOURCE
from connectors.store import Store
from metrics.access import Actor


def demo_upload_ids(store: Store) -> list[int]:
    """Return the ids of the demo's uploads that still count, oldest first."""
    uploads = store.uploads()
    if uploads.empty:
        return []
    demo = uploads[(uploads["source"] == SAMPLE_SOURCE) & (uploads["status"] == "active")]
    return sorted(int(i) for i in demo["id"])


def clear_demo(store: Store, actor: Actor) -> int:
    """Return how many demo uploads were undone (editor role); each undo is one transaction, kept in the ledger."""
    undone = 0
    # Newest first: an older upload's values then come back only to be undone in turn, never mixed with ours.
    for upload_id in reversed(demo_upload_ids(store)):
        if store.undo(upload_id, actor=actor).changed:
            undone += 1
    return undone
