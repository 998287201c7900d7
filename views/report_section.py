"""The Report section of the Overview: the month's review as PDF, offline HTML, chart PNGs and tables.

Each file is made only when its button is clicked (Streamlit runs the callable then), from one cached
document per store version, strategy version, month and language.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

import reporting
from connectors.report_data import ReportInputs
from connectors.report_render import missing_browser
from connectors.store import Store
from metrics.strategy import Strategy
from views.context import AppContext
from views.i18n import format_month, t
from views.messages import localized
from views.report import ReportDocument


@st.cache_data(show_spinner=False, max_entries=4)
def _report(
    location: str,
    store_version: int,
    strategy_version: int | None,
    month: str,
    lang: str,
    _store: Store,
    _strategy: Strategy,
) -> tuple[ReportInputs, ReportDocument]:
    return reporting.monthly_report(_store, month, strategy=_strategy, lang=lang)


@st.cache_data(show_spinner=False, max_entries=4)
def _pdf(
    location: str, store_version: int, strategy_version: int | None, month: str, lang: str, _doc
) -> bytes:
    return reporting.report_pdf(_doc)


@st.cache_data(show_spinner=False, max_entries=4)
def _pngs(
    location: str, store_version: int, strategy_version: int | None, month: str, lang: str, _doc
) -> bytes:
    return reporting.chart_pngs(_doc)


def render(ctx: AppContext) -> None:
    """Show the Report section: one download button per file, for the view's month in the view's language."""
    if ctx.strategy is None or not ctx.as_of_month:
        return
    lang, month = ctx.language, ctx.as_of_month
    key: tuple[Any, ...] = (ctx.store_location, ctx.store_version, ctx.strategy_version, month, lang)

    def document() -> tuple[ReportInputs, ReportDocument]:
        return _report(*key, ctx.store, ctx.strategy)

    def tables(file_format: str) -> dict[str, bytes]:
        inputs, _ = document()
        return reporting.report_tables(ctx.store, inputs, lang, file_format)

    stem = f"goalpost-report-{month}"
    # PDF and PNGs need Chromium on the server; the HTML and the tables do not.
    missing = missing_browser()
    with st.container(key="report.section"):
        st.subheader(t("report.section_title", lang, month=format_month(month, lang)), anchor=False)
        st.caption(t("report.section_caption", lang))
        if missing is not None:
            st.caption(localized(missing, lang))
        columns = st.columns(4)
        columns[0].download_button(
            t("report.download_pdf", lang),
            data=lambda: _pdf(*key, document()[1]),
            file_name=f"{stem}.pdf",
            mime="application/pdf",
            key="report.pdf",
            icon=":material/picture_as_pdf:",
            on_click="ignore",
            disabled=missing is not None,
        )
        columns[1].download_button(
            t("report.download_html", lang),
            data=lambda: document()[1].html.encode("utf-8"),
            file_name=f"{stem}.html",
            mime="text/html",
            key="report.html",
            icon=":material/web:",
            on_click="ignore",
            help=t("report.download_html_help", lang),
        )
        columns[2].download_button(
            t("report.download_png", lang),
            data=lambda: _pngs(*key, document()[1]),
            file_name=f"{stem}-charts.zip",
            mime="application/zip",
            key="report.png",
            icon=":material/image:",
            on_click="ignore",
            disabled=missing is not None,
        )
        columns[3].download_button(
            t("report.download_xlsx", lang),
            data=lambda: tables("xlsx")[f"goalpost-{month}-tables.xlsx"],
            file_name=f"goalpost-{month}-tables.xlsx",
            mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            key="report.xlsx",
            icon=":material/table:",
            on_click="ignore",
            help=t("report.download_xlsx_help", lang),
        )
        csv_columns = st.columns(4)
        for column, name in zip(csv_columns, ("month-values", "goal-progress"), strict=False):
            column.download_button(
                t(f"report.download_csv_{name.replace('-', '_')}", lang),
                data=lambda name=name: tables("csv")[f"goalpost-{month}-{name}.csv"],
                file_name=f"goalpost-{month}-{name}.csv",
                mime="text/csv",
                key=f"report.csv.{name}",
                icon=":material/download:",
                on_click="ignore",
            )
