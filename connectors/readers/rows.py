"""Tables from rows already split into cells (workbook sheets, repaired CSV rows)."""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from connectors.readers.table import Table, cells_filled, locate_header, sample_frame, without_blank_rows


def table_from_rows(
    rows: list[list[str]],
    file_name: str,
    *,
    sheet: str | None = None,
    row_offset: int = 0,
    notes: tuple[str, ...] = (),
    decimal_hint: str | None = None,
) -> Table | None:
    """Return the table in rows of cell texts (None when there is no header); row_offset = rows above them."""
    if not any(cells_filled(r) for r in rows):
        return None
    header_index = locate_header(rows)
    header = tuple(str(cell).replace("\ufeff", "").strip() for cell in rows[header_index])
    while header and not header[-1]:
        header = header[:-1]
    width = max(len(header), 1)
    data_rows = rows[header_index + 1 :]
    preamble = tuple(
        " ".join(str(c).strip() for c in r if str(c).strip()) for r in rows[:header_index] if cells_filled(r)
    )

    def load(kinds: Mapping[int, str]) -> pd.DataFrame:  # rows already split: short ones are padded
        shaped = [(list(r) + [""] * width)[:width] for r in data_rows]
        frame = (
            pd.DataFrame(shaped, columns=range(width), dtype=object)
            if shaped
            else pd.DataFrame(columns=range(width), dtype=object)
        )
        return without_blank_rows(frame)

    return Table(
        file_name=file_name,
        header=header,
        sample=sample_frame(data_rows, width),
        first_row=row_offset + header_index + 2,
        loader=load,
        preamble=preamble,
        sheet=sheet,
        notes=notes,
        decimal_hint=decimal_hint,
    )
