"""The server settings keep Streamlit's protections on and agree with the readers' limits."""

from __future__ import annotations

import tomllib
from pathlib import Path

from connectors.readers.limits import MAX_UPLOAD_BYTES

CONFIG = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())


def test_xsrf_and_cors_protection_stay_on():
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert CONFIG["server"]["enableCORS"] is True


def test_drop_zone_limit_is_the_readers_limit():
    assert CONFIG["server"]["maxUploadSize"] * 1024 * 1024 == MAX_UPLOAD_BYTES


def test_users_never_see_tracebacks():
    assert CONFIG["client"]["showErrorDetails"] == "none"
