"""The monthly report end to end, for the command line and the dashboard alike (no Streamlit here).

Reads the facts (connectors.report_data), lays out the document (views.report, pure), renders it in one
Chromium (connectors.report_render), and hands out the files: PDF, HTML, PNG charts, tables, the mail.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from connectors.exports import frame_to_csv, frames_to_xlsx
from connectors.mail import report_mail, send_mail, smtp_settings
from connectors.report_data import ReportInputs, report_inputs
from connectors.report_render import render
from connectors.store import Store
from metrics.strategy import Strategy, load_strategy
from views.report import ReportDocument, build_report, goal_progress_frame, titled_figure


def monthly_report(
    store: Store,
    month: str,
    *,
    strategy: Strategy | None = None,
    strategy_path: Path | None = None,
    lang: str = "en",
    decisions: Sequence[Mapping[str, Any]] | None = None,
    pinned: str | None = None,
) -> tuple[ReportInputs, ReportDocument]:
    """Return the report's facts and its document for a YYYY-MM month (strategy: given, a file, or the latest)."""
    ledger_point = None
    if pinned:
        pin = store.pinned_version(int(pinned)) if str(pinned).isdigit() else store.pinned_version(-1)
        ledger_point = pin.ledger_point
        if strategy is None and strategy_path is None and pin.strategy_version_id is not None:
            text = store.strategy_text(pin.strategy_version_id)
            if text is not None:
                strategy = load_strategy(text)
    inputs = report_inputs(
        store, month, strategy=strategy, strategy_path=strategy_path, ledger_point=ledger_point
    )
    return inputs, build_report(inputs, lang, decisions=decisions)


def report_pdf(document: ReportDocument) -> bytes:
    """Return the report printed to an A4 PDF (its HTML, every chart drawn, page numbers in the footer)."""
    return render(document.html, (), document.footer).pdf or b""


def chart_pngs(document: ReportDocument) -> bytes:
    """Return a ZIP of every chart of the report as a PNG (01-pace.png, 02-grid.png, 03-goal-….png)."""
    pngs = render(None, [titled_figure(c) for c in document.charts]).pngs
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:  # PNGs are compressed already
        for number, (chart, png) in enumerate(zip(document.charts, pngs, strict=True), start=1):
            archive.writestr(f"{number:02d}-{chart.name}.png", png)
    return buffer.getvalue()


def report_tables(store: Store, inputs: ReportInputs, lang: str, file_format: str) -> dict[str, bytes]:
    """Return {file name: bytes}: the month values and the goal progress as two CSV files or one XLSX workbook
    with a sheet each; formula cells neutralised."""
    values = store.month_values()
    values = values[values["month"].astype(str) <= inputs.as_of_month] if len(values) else values
    progress = goal_progress_frame(inputs, lang)
    tables = {"month-values": values, "goal-progress": progress}
    stem = f"goalpost-{inputs.as_of_month}"
    if file_format == "xlsx":
        return {f"{stem}-tables.xlsx": frames_to_xlsx(tables)}
    return {f"{stem}-{name}.csv": frame_to_csv(frame).encode("utf-8") for name, frame in tables.items()}


def mail_report(
    document: ReportDocument, pdf: bytes, recipients: Sequence[str], secrets: Mapping[str, Any]
) -> list[str]:
    """Send the PDF with the report's summary in the body; return the addresses the server accepted."""
    settings = smtp_settings(secrets)
    mail = report_mail(
        settings, recipients, document.title, document.summary, pdf, f"{document.file_stem}.pdf"
    )
    return send_mail(settings, mail)
