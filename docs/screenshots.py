"""Take the README's picture of the Overview: Debian's Chromium on a real `streamlit run` of the demo organisation.

Run with `make screenshots`. The server gets an empty store in a temporary folder, so its first page view
loads the demo exactly as a new user's first `make run` does; the picture is the Overview at 1440×900, in
English. The script also prints how long the server took to answer and the first Overview took to draw.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "overview.png"
VIEWPORT = {"width": 1440, "height": 900}


def browser_helpers():
    """Return the browser tests' helpers module (tests/browser/conftest.py): one way to start and wait."""
    sys.path.insert(0, str(ROOT / "tests"))  # it imports tests/hosting.py
    spec = importlib.util.spec_from_file_location(
        "browser_helpers", ROOT / "tests" / "browser" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def draw_overview(viewer, output: Path, timeout_ms: int) -> float:
    """Open the Overview in English, wait until it is drawn, save it as a PNG; return the seconds it took to draw.

    viewer is the browser tests' DashboardPage on a page whose viewport is VIEWPORT.
    """
    opened = time.monotonic()
    viewer.open(params={"lang": "en"}, timeout=timeout_ms)
    drawn = time.monotonic() - opened
    # "The numbers were updated" greets the first view once the demo is in: let it go.
    viewer.page.wait_for_selector('[data-testid="stToast"]', state="detached", timeout=30_000)
    viewer.wait_idle()
    if viewer.exceptions():
        raise RuntimeError(f"The Overview shows an error:\n{viewer.exceptions()}")
    output.parent.mkdir(parents=True, exist_ok=True)
    viewer.page.screenshot(path=str(output))
    return drawn


def main(argv: list[str] | None = None) -> int:
    """Start the dashboard, draw the Overview, save docs/overview.png; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, help="port for the dashboard (default: a free one)")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"the PNG to write (default: {OUTPUT})")
    args = parser.parse_args(argv)

    helpers = browser_helpers()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="goalpost-screenshots-") as folder:
        started = time.monotonic()
        with helpers.run_dashboard(Path(folder), port=args.port) as server:
            answering = time.monotonic() - started
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=helpers.CHROMIUM, args=helpers.CHROMIUM_ARGS
                )
                try:
                    context = browser.new_context(
                        viewport=VIEWPORT, locale="en-GB", timezone_id="Europe/Oslo"
                    )
                    viewer = helpers.DashboardPage(context.new_page(), server)
                    drawn = draw_overview(viewer, args.output, helpers.FIRST_VIEW_MS)
                finally:
                    browser.close()
    print(f"Wrote {args.output}")
    print(f"Server answering after {answering:.1f} s; first Overview (demo loaded) drawn {drawn:.1f} s later")
    return 0


if __name__ == "__main__":
    sys.exit(main())
