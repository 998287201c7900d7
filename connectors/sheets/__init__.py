"""Google Sheets as a live source: links, credentials, fetching with retries, reading tabs, syncing on a schedule; it never imports Streamlit or views.

Public API (see each module): parse_sheet_link, SheetLink; discover_credentials, CredentialsInfo;
SheetClient, TabRef, SheetSnapshot, SheetUnavailable; RetryPolicy; GoogleTransport; read_goals_tab,
goals_from_tab, merge_goals, merge_goals_into_strategy; sync_sheet, auto_sync_sheet, sheet_sync_state,
SyncResult; SheetSyncSchedule, DEFAULT_TTL_SECONDS; connect_sheet, connected_sheets, disconnect_sheet,
sync_connected_sheets, SheetConnection (the deployment's connected sheets, kept in the store);
allowed_spreadsheets, save_allowed_spreadsheets, check_spreadsheet_allowed (which sheets may be read).
"""

from connectors.sheets.credentials import (
    KEY_FILE_VARIABLE,
    SECRETS_SECTION,
    CredentialsInfo,
    discover_credentials,
)
from connectors.sheets.goals_tab import GOAL_FIELDS, goals_from_tab, merge_goals
from connectors.sheets.google_transport import GoogleTransport
from connectors.sheets.sheet_client import (
    SheetClient,
    SheetSnapshot,
    SheetUnavailable,
    TabInfo,
    TabRef,
    TabValues,
)
from connectors.sheets.sheet_connections import (
    SheetConnection,
    connect_sheet,
    connected_sheets,
    disconnect_sheet,
    sync_connected_sheets,
)
from connectors.sheets.sheet_goals import merge_goals_into_strategy, read_goals_tab
from connectors.sheets.sheet_link import SheetLink, parse_sheet_link
from connectors.sheets.sheet_policy import (
    allowed_spreadsheets,
    check_spreadsheet_allowed,
    save_allowed_spreadsheets,
)
from connectors.sheets.sheet_retry import RetryPolicy
from connectors.sheets.sheet_schedule import DEFAULT_TTL_SECONDS, SheetSyncSchedule, SheetSyncState
from connectors.sheets.sheet_sync import (
    AUTOMATIC_SYNC,
    MANUAL_SYNC_FLOOR_SECONDS,
    SyncResult,
    auto_sync_sheet,
    sheet_sync_state,
    sync_sheet,
)

__all__ = [
    "AUTOMATIC_SYNC",
    "DEFAULT_TTL_SECONDS",
    "GOAL_FIELDS",
    "KEY_FILE_VARIABLE",
    "MANUAL_SYNC_FLOOR_SECONDS",
    "SECRETS_SECTION",
    "CredentialsInfo",
    "GoogleTransport",
    "RetryPolicy",
    "SheetClient",
    "SheetConnection",
    "SheetLink",
    "SheetSnapshot",
    "SheetSyncSchedule",
    "SheetSyncState",
    "SheetUnavailable",
    "SyncResult",
    "TabInfo",
    "TabRef",
    "TabValues",
    "allowed_spreadsheets",
    "auto_sync_sheet",
    "check_spreadsheet_allowed",
    "connect_sheet",
    "connected_sheets",
    "disconnect_sheet",
    "discover_credentials",
    "goals_from_tab",
    "merge_goals",
    "merge_goals_into_strategy",
    "parse_sheet_link",
    "read_goals_tab",
    "save_allowed_spreadsheets",
    "sheet_sync_state",
    "sync_connected_sheets",
    "sync_sheet",
]
