"""Which Google Sheets may be connected: an admin's list of spreadsheet ids, kept in the store.

Goalpost reads sheets with its own service account, which may be able to read far more than the team's
trackers (a confused deputy). An empty list lets editors connect any sheet the account can read; once an
admin lists spreadsheets, every other one is refused before Google is asked for a single cell.
"""

from __future__ import annotations

import json
import re

from connectors.access.settings import put_setting, stored_setting
from connectors.sheets.sheet_link import parse_sheet_link
from connectors.store.workspaces import acting_here
from metrics.access import Actor, Role, require
from metrics.errors import Message, SheetError

ALLOWED_SHEETS = "allowed_spreadsheets"
_SPREADSHEET_ID = re.compile(r"^[A-Za-z0-9_-]{20,100}$")


def allowed_spreadsheets(store) -> tuple[str, ...]:
    """Return the spreadsheet ids editors may connect; () means any sheet the service account can read."""
    text = stored_setting(store, ALLOWED_SHEETS)
    return tuple(json.loads(text)) if text else ()


def save_allowed_spreadsheets(store, actor: Actor, entries: list[str]) -> tuple[str, ...]:
    """Return the ids saved as the allowed spreadsheets (admin role); entries are sheet links or ids."""
    require(actor, Role.ADMIN, "sheet_policy")
    acting_here(store, actor)
    ids: list[str] = []
    for entry in entries:
        cleaned = str(entry).strip()
        if not cleaned:
            continue
        sheet_id = cleaned if _SPREADSHEET_ID.match(cleaned) else parse_sheet_link(cleaned).spreadsheet_id
        if sheet_id not in ids:
            ids.append(sheet_id)
    with store.writing() as conn:
        put_setting(conn, ALLOWED_SHEETS, json.dumps(ids), actor.identity)
    return tuple(ids)


def check_spreadsheet_allowed(store, spreadsheet_id: str) -> None:
    """Refuse a spreadsheet an admin has not allowed (when a list is set); return None when it may be read."""
    allowed = allowed_spreadsheets(store)
    if allowed and spreadsheet_id not in allowed:
        raise SheetError(
            Message(
                "sheets.not_allowed",
                "This Google Sheet is not on the list of sheets Goalpost may read, so nothing was read from "
                "it. Ask an admin to add it on the Team page if it belongs to the team's numbers.",
            )
        )
