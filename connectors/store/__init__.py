"""The store: every upload, value, strategy version and mapping Goalpost keeps, behind one interface; it never imports Streamlit or views.

Views, the CLI, benches and the demo builder import from here only (tests/test_architecture.py checks it); the
modules behind it are private to the package.
"""

from connectors.readers.parsed_upload import ParsedUpload, content_hash
from connectors.store.audience_attribution import audience_frame, rules_of_text
from connectors.store.backup import backup_store, restore_store
from connectors.store.engine import DEFAULT_STORE_PATH, STORE_ENV_VAR
from connectors.store.ingest import ingest_file

# --- public interface ---
from connectors.store.last_visit import Visit, previous_visit, record_visit, utc_today, visitor
from connectors.store.ledger import utc_now
from connectors.store.meeting_record import (
    NOTE_KINDS,
    PinnedVersion,
    decisions_of_goal,
    decisions_of_month,
    notes_concerning,
)
from connectors.store.progress_source import (
    parse_as_of,
    progress_from_files,
    progress_from_store,
    progress_report,
)
from connectors.store.store import IngestResult, LedgerPointView, Store, new_batch
from connectors.store.whole_copy import StoreCopy, copy_store
from connectors.store.workspaces import (
    DEFAULT_WORKSPACE,
    Membership,
    Workspace,
    WorkspaceRefused,
    create_workspace,
    is_deployment_admin,
    members,
    remove_member,
    set_member,
    workspace_actor,
    workspace_label,
    workspace_location,
    workspaces,
    workspaces_of,
)

__all__ = [
    "Visit",
    "previous_visit",
    "record_visit",
    "utc_today",
    "visitor",
    "audience_frame",
    "rules_of_text",
    "DEFAULT_STORE_PATH",
    "STORE_ENV_VAR",
    "IngestResult",
    "LedgerPointView",
    "NOTE_KINDS",
    "PinnedVersion",
    "decisions_of_goal",
    "decisions_of_month",
    "notes_concerning",
    "ParsedUpload",
    "Store",
    "backup_store",
    "content_hash",
    "copy_store",
    "StoreCopy",
    "ingest_file",
    "new_batch",
    "parse_as_of",
    "progress_from_files",
    "progress_from_store",
    "progress_report",
    "restore_store",
    "utc_now",
    "DEFAULT_WORKSPACE",
    "Membership",
    "Workspace",
    "WorkspaceRefused",
    "create_workspace",
    "is_deployment_admin",
    "members",
    "remove_member",
    "set_member",
    "workspace_actor",
    "workspace_label",
    "workspace_location",
    "workspaces",
    "workspaces_of",
]
