"""Goals kept in a Google Sheet tab: fetch them, and merge them into the strategy's YAML."""

from __future__ import annotations

from typing import Any

from connectors.sheets.credentials import CredentialsInfo, discover_credentials
from connectors.sheets.goals_tab import goals_from_tab, merge_goals
from connectors.sheets.google_transport import GoogleTransport
from connectors.sheets.sheet_client import SheetClient, TabRef
from connectors.sheets.sheet_link import parse_sheet_link
from connectors.sheets.sheet_retry import RetryPolicy
from connectors.sheets.sheet_upload import sheet_source_name
from metrics.errors import Message

_THE_SHEET = Message("sheets.source_the_sheet", "the Google Sheet")


def read_goals_tab(
    sheet_url: str,
    tab: TabRef | int | str | None = None,
    *,
    credentials: CredentialsInfo | None = None,
    transport: GoogleTransport | None = None,
    retry: RetryPolicy | None = None,
) -> list[dict[str, Any]]:
    """Return the goals in one tab (the link's tab when None) as dicts of strategy goal fields."""
    link = parse_sheet_link(sheet_url)
    client = SheetClient(credentials or discover_credentials(None), transport=transport, retry=retry)
    snapshot = client.fetch(link, [] if tab is None else [tab])
    goals_tab = snapshot.tabs[0]
    return goals_from_tab(goals_tab, sheet_source_name(snapshot, [goals_tab]))


def merge_goals_into_strategy(
    strategy_text: str | None, goals: list[dict[str, Any]], *, source: str = _THE_SHEET
) -> str:
    """Return the strategy YAML with these goals merged in, checked by load_strategy (raises StrategyError)."""
    text, _ = merge_goals(strategy_text, goals, source=source)
    return text
