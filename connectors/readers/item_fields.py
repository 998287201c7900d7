"""The text fields of a per-item export (post, video or tweet) that audience rules look at.

Read beside the metric values, never instead of them: what is stored for the totals does not change. Headers
are matched the same way as metric columns; the non-English ones are Meta's interface words as best known
(kept per language so a real file can correct them).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from connectors.readers.presets.base import words
from connectors.readers.presets.meta import POST_ID
from connectors.readers.table import Table
from metrics.attribution import ITEM_COLUMNS

ITEM_ID = POST_ID + words(
    en=("video asset id", "video id", "tweet id", "content", "id"),
    nb="video-id",
    sv="video-id",
    da="video-id",
)
TEXT = words(
    en=("title", "description", "tweet text", "video title", "post text", "message", "caption", "text"),
    nb=("tittel", "beskrivelse", "videotittel", "tekst"),
    sv=("titel", "beskrivning", "videotitel", "text"),
    da=("titel", "beskrivelse", "videotitel", "tekst"),
    de=("titel", "beschreibung"),
    nl=("titel", "beschrijving"),
)
LABELS = words(
    en=("custom labels", "custom label", "labels"),
    nb=("egendefinerte etiketter", "tilpassede etiketter", "etiketter"),
    sv=("anpassade etiketter", "etiketter"),
    da=("tilpassede etiketter", "brugerdefinerede etiketter", "etiketter"),
    de="benutzerdefinierte labels",
    nl="aangepaste labels",
)
PERMALINK = words(
    en=("permalink", "tweet permalink", "post link", "video link"),
    nb=("permalenke", "lenke til innlegget"),
    sv=("permalänk", "länk till inlägget"),
    da=("permalink", "link til opslaget"),
)
LINKS = words(
    en=("link", "links", "link url", "url", "destination url"),
    nb=("lenke", "lenker"),
    sv=("länk", "länkar"),
    da=("link", "links"),
)


def _positions(table: Table, aliases: tuple[str, ...]) -> list[int]:
    wanted = set(aliases)
    return [i for i, key in enumerate(table.keys) if key in wanted]


def item_rows(table: Table, long: pd.DataFrame) -> pd.DataFrame | None:
    """Return one row per item (ITEM_COLUMNS, then one column per metric), or None when the file has no text fields.

    `long` holds the read values with their spreadsheet row; each item's metric values are the sum of its
    row's values (one row is one post).
    """
    fields = {
        "item": _positions(table, ITEM_ID)[:1],
        "text": _positions(table, TEXT),
        "labels": _positions(table, LABELS)[:1],
        "permalink": _positions(table, PERMALINK)[:1],
        "urls": _positions(table, LINKS),
    }
    if not any(fields[name] for name in ("text", "labels", "permalink", "urls")) or long.empty:
        return None
    used = {p for positions in fields.values() for p in positions}
    kinds = {i: "filled" for i in range(len(table.header)) if i not in used}
    frame = table.rows(kinds, pad_short_rows=True)
    rows = long["row"].to_numpy(dtype=np.int64)
    values = pd.DataFrame(
        {
            "row": rows,
            "metric": np.asarray(long["metric"], dtype=object),
            "value": long["value"].to_numpy(dtype="float64"),
        }
    )
    wide = values.pivot_table(index="row", columns="metric", values="value", aggfunc="sum", sort=True)
    wide.columns = [str(c) for c in wide.columns]
    first = pd.DataFrame(
        {
            "row": rows,
            "date": pd.to_datetime(long["date"].to_numpy()),
            "channel": np.asarray(long["channel"], dtype=object),
        }
    ).drop_duplicates("row")
    first = first.set_index("row").reindex(wide.index)
    offsets = wide.index.to_numpy(dtype=np.int64) - table.first_row
    present = np.isin(offsets, frame.index.to_numpy())
    items = pd.DataFrame(index=wide.index)
    for name in ("item", "text", "labels", "permalink", "urls"):
        items[name] = _text_of(frame, fields[name], offsets, present)
    missing_id = items["item"] == ""
    items.loc[missing_id, "item"] = [f"row {r}" for r in items.index[missing_id]]
    items["date"] = first["date"].dt.normalize()
    items["channel"] = first["channel"].astype(str)
    items = items.loc[:, list(ITEM_COLUMNS)]
    return pd.concat([items, wide], axis=1).reset_index(drop=True)


def _text_of(
    frame: pd.DataFrame, positions: list[int], offsets: np.ndarray, present: np.ndarray
) -> np.ndarray:
    """Return, per item, the cells of these columns joined by a line break ('' where none)."""
    result = [""] * len(offsets)
    for position in positions:
        if position not in frame.columns:
            continue
        cells = frame[position].reindex(offsets).tolist()
        # Plain lists: a strip and a join per cell cost less than pandas' string methods on 100,000 posts.
        cells = [cell.strip() if isinstance(cell, str) else "" for cell in cells]
        result = [
            f"{old}\n{new}" if old and new else old or new for old, new in zip(result, cells, strict=True)
        ]
    return np.asarray(result, dtype=object)
