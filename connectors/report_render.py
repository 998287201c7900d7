"""Reports out of one headless Chromium: each chart as a PNG (Kaleido) and the report's HTML printed to PDF.

Kaleido 1.x drives the Chromium it is given; it never fetches a browser by itself (only its explicit
`get_chrome` does, which Goalpost never calls). BROWSER_PATH is set before Kaleido is imported, and the path is
also passed to it, so a Chrome that Kaleido's own download folder might hold is never preferred over Debian's.
"""

from __future__ import annotations

import asyncio
import base64
import html
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from metrics.errors import GoalpostError, Message

SYSTEM_CHROMIUM = "/usr/bin/chromium"
READY_TIMEOUT_S = 60
"""How long printing waits for the document to say every chart is drawn, in seconds."""
PNG_SCALE = 2
"""PNG pixels per layout pixel: sharp on a slide or in a document."""
READY_SCRIPT = """
new Promise((resolve) => {
  const started = Date.now();
  const check = () => {
    if (document.body && document.body.dataset.chartsDrawn === "yes") resolve(true);
    else if (Date.now() - started > LIMIT_MS) resolve(false);
    else setTimeout(check, 50);
  };
  check();
})
""".replace("LIMIT_MS", str(READY_TIMEOUT_S * 1000))
"""Waits until the document marks itself ready (data-charts-drawn="yes" on its body)."""


@dataclass(frozen=True)
class Rendered:
    """What one browser session made: the PDF bytes (None when not asked) and one PNG per chart, in order."""

    pdf: bytes | None
    pngs: list[bytes]


def browser_path() -> str:
    """Return the Chromium Goalpost renders with: $BROWSER_PATH, else Debian's /usr/bin/chromium."""
    return os.environ.get("BROWSER_PATH") or SYSTEM_CHROMIUM


def missing_browser() -> Message | None:
    """Return why no PDF or PNG can be drawn here (no Chromium at the browser path); None when one is there."""
    path = Path(browser_path())
    if path.is_file():
        return None
    return Message(
        "report.no_browser",
        "Reports are drawn by the Chromium browser, and there is none at {path}. Install Debian's "
        "“chromium” package (make browser does), or set BROWSER_PATH to where yours is.",
        path=str(path),
    )


def _kaleido():
    """Return the kaleido module, imported only after BROWSER_PATH names the system browser."""
    missing = missing_browser()
    if missing is not None:
        raise GoalpostError(missing)
    os.environ["BROWSER_PATH"] = browser_path()
    import kaleido

    return kaleido


def footer_template(text: str) -> str:
    """Return Chromium's page footer: the text (shown literally) and "page n / total", in small grey type."""
    return (
        '<div style="font-size:8px;color:#666;width:100%;padding:0 12mm;display:flex;'
        'justify-content:space-between;font-family:sans-serif">'
        f"<span>{html.escape(text)}</span>"
        '<span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>'
    )


def render(
    document_html: str | None,
    figures: Sequence[dict[str, Any]] = (),
    footer: str = "",
) -> Rendered:
    """Return the document printed to A4 PDF (when given) and each figure (a Plotly dict) as PNG bytes.

    Everything is drawn in one Chromium process, started here and closed before returning.
    """
    kaleido = _kaleido()
    with ThreadPoolExecutor(max_workers=1) as pool:
        # A thread of its own: the caller may already run an event loop (Streamlit, Playwright's sync API).
        return pool.submit(asyncio.run, _render(kaleido, document_html, list(figures), footer)).result()


async def _render(kaleido, document_html: str | None, figures: list[dict[str, Any]], footer: str) -> Rendered:
    if not figures:
        # Printing alone needs no Kaleido tab (it loads plotly.js once more): the same browser, bare.
        import choreographer

        async with choreographer.Browser(path=browser_path(), headless=True) as browser:
            return Rendered(await _print(browser, document_html or "", footer), [])
    async with kaleido.Kaleido(n=1, path=browser_path(), mathjax=False) as browser:
        pngs = []
        for figure in figures:
            layout = figure.get("layout") or {}
            opts = {"format": "png", "scale": PNG_SCALE}
            opts.update({k: layout[k] for k in ("width", "height") if layout.get(k)})
            pngs.append(await browser.calc_fig(figure, opts=opts))
        pdf = await _print(browser, document_html, footer) if document_html is not None else None
    return Rendered(pdf, pngs)


async def _print(browser, document_html: str, footer: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="goalpost-report-") as folder:
        page = Path(folder) / "report.html"
        page.write_text(document_html, encoding="utf-8")
        tab = await browser.create_tab("")
        try:
            await tab.send_command("Page.enable")
            loaded = tab.subscribe_once("Page.loadEventFired")
            await tab.send_command("Page.navigate", params={"url": page.as_uri()})
            await asyncio.wait_for(loaded, READY_TIMEOUT_S)
            ready = await tab.send_command(
                "Runtime.evaluate", params={"expression": READY_SCRIPT, "awaitPromise": True}
            )
            if not ready.get("result", {}).get("result", {}).get("value"):
                raise GoalpostError(
                    Message(
                        "report.not_drawn",
                        "The report's charts were not drawn within {seconds} seconds, so no PDF was made. "
                        "Try again; if it happens again, tell whoever runs Goalpost.",
                        seconds=READY_TIMEOUT_S,
                    )
                )
            printed = await tab.send_command(
                "Page.printToPDF",
                params={
                    "printBackground": True,
                    "preferCSSPageSize": True,
                    "displayHeaderFooter": True,
                    "headerTemplate": "<span></span>",
                    "footerTemplate": footer_template(footer),
                },
            )
        finally:
            await browser.close_tab(tab.target_id)
    return base64.b64decode(printed["result"]["data"])
