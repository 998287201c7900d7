"""The store's tables: upload ledger, observation history, monthly table, strategy versions, mappings.

This is the shape the code expects; Alembic revisions bring every store to it (a test compares the two).

Days are kept as integers `yyyymmdd` and months as `yyyymm`: they bind as plain ints in bulk inserts
(no per-row date objects), sort like dates, and `day / 100` is the month in every SQL dialect.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 4
"""The last hand-numbered schema, kept in store_state.schema_version and never bumped again: since then a
change of shape is an Alembic revision (connectors/store/alembic/versions/, whose README says how)."""

UPLOAD_ACTIVE = "active"
UPLOAD_UNDONE = "undone"

metadata = MetaData()

store_state = Table(
    "store_state",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # Bumped in the same transaction as every change, so readers can cache on it.
    Column("version", BigInteger, nullable=False),
    Column("schema_version", Integer, nullable=False),
)

series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("channel", String(200), nullable=False),
    Column("audience", String(200), nullable=False),
    Column("metric", String(200), nullable=False),
    # The aggregation the monthly table was computed with; re-computed when a strategy declares another.
    Column("aggregation", String(10), nullable=False),
    UniqueConstraint("channel", "audience", "metric", name="uq_series_key"),
)

upload = Table(
    "upload",
    metadata,
    # Ids only grow and are never reused (uploads are never deleted): a higher id is a newer upload.
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("file_name", String(500), nullable=False),
    Column("preset", String(100), nullable=False),
    Column("preset_label", String(200), nullable=False),
    Column("channel", String(200)),  # as the upload said or was told; None when each row names its own
    Column("channels", String(2000), nullable=False),  # the channels its values are for, comma separated
    Column("audience", String(200)),
    Column("period_start", Date),
    Column("period_end", Date),
    Column("row_count", Integer, nullable=False),
    Column("value_count", Integer, nullable=False),
    Column("metrics", Text, nullable=False),
    Column("notes", Text, nullable=False),
    Column("uploaded_at", DateTime, nullable=False),  # UTC
    Column("uploaded_by", String(200)),
    Column("source", String(10), nullable=False),
    Column("status", String(10), nullable=False),
    # Files stored together from one drop (schema 4): one undo takes the whole batch out. None: stored alone.
    Column("batch", String(40)),
    Index("ix_upload_content_hash", "content_hash"),
)

upload_content = Table(
    "upload_content",
    metadata,
    # Kept apart from the ledger so listing uploads never loads file bytes.
    Column("upload_id", Integer, ForeignKey("upload.id"), primary_key=True, autoincrement=False),
    Column("content", LargeBinary, nullable=False),
)

upload_event = Table(
    "upload_event",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("upload_id", Integer, ForeignKey("upload.id"), nullable=False),
    Column("event", String(20), nullable=False),  # ingested | undone | restored
    Column("at", DateTime, nullable=False),  # UTC
    Column("by", String(200)),
    Index("ix_upload_event_upload", "upload_id"),
)

upload_series = Table(
    "upload_series",
    metadata,
    # Which series (and which days of them) each upload touched: tells ingest and undo which months to
    # recompute and whether other uploads overlap, without scanning observations.
    Column("upload_id", Integer, ForeignKey("upload.id"), primary_key=True, autoincrement=False),
    Column("series_id", Integer, ForeignKey("series.id"), primary_key=True, autoincrement=False),
    Column("first_day", Integer, nullable=False),
    Column("last_day", Integer, nullable=False),
    Column("value_count", Integer, nullable=False),
    Index("ix_upload_series_series", "series_id", "first_day"),
)

observation = Table(
    "observation",
    metadata,
    # Every value every upload brought, never deleted. The current values of a key (series and day) are
    # those of the newest active upload holding it, so undo and restore only flip an upload's status.
    Column("series_id", Integer, ForeignKey("series.id"), primary_key=True, autoincrement=False),
    Column("day", Integer, primary_key=True, autoincrement=False),
    Column("upload_id", Integer, ForeignKey("upload.id"), primary_key=True, autoincrement=False),
    # An upload may hold several values of one key (a helpdesk export: one per ticket); seq tells them apart.
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("value", Double, nullable=False),
    sqlite_with_rowid=False,
)

month_value = Table(
    "month_value",
    metadata,
    # The compact monthly table pages read; recomputed for the months an ingest, undo or restore touches.
    Column("series_id", Integer, ForeignKey("series.id"), primary_key=True, autoincrement=False),
    Column("month", Integer, primary_key=True, autoincrement=False),
    Column("value", Double, nullable=False),
    Column("n", Integer, nullable=False),
    Column("last_day", Integer, nullable=False),
    sqlite_with_rowid=False,
)

strategy_version = Table(
    "strategy_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("yaml_text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("author", String(200)),
    Column("note", Text),
)

column_mapping = Table(
    "column_mapping",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("mapping_json", Text, nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(200)),
)

# Who may sign in and with which role (schema 3). Accounts are the built-in sign-in for teams without an
# identity provider; role rules give roles to identities an OpenID provider vouches for.
account = Table(
    "account",
    metadata,
    Column("email", String(320), primary_key=True),  # lower case, trimmed
    Column("role", String(10), nullable=False),
    # An argon2 hash (argon2-cffi's encoded form, salt and parameters included); never the password.
    Column("password_hash", String(500), nullable=False),
    Column("created_at", DateTime, nullable=False),  # UTC
    Column("created_by", String(320)),
    Column("changed_at", DateTime, nullable=False),  # UTC: a password or role change ends older sessions
)

sign_in_failure = Table(
    "sign_in_failure",
    metadata,
    # One row per failed password sign-in, kept in the store so the limit holds across server processes.
    Column("id", Integer, primary_key=True),
    Column("email", String(320), nullable=False),
    Column("address", String(100), nullable=False),
    Column("at", DateTime, nullable=False),  # UTC
    Index("ix_sign_in_failure_email", "email", "at"),
    Index("ix_sign_in_failure_address", "address", "at"),
)

role_rule = Table(
    "role_rule",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),  # email | domain | group
    Column("value", String(320), nullable=False),
    Column("role", String(10), nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320)),
    UniqueConstraint("kind", "value", name="uq_role_rule"),
)

share_link = Table(
    "share_link",
    metadata,
    # Read-only meeting links: the token in the URL is this id signed with the store's link key.
    Column("id", Integer, primary_key=True),
    Column("label", String(200), nullable=False),
    Column("view_json", Text, nullable=False),  # the view's query parameters
    Column("created_at", DateTime, nullable=False),  # UTC
    Column("created_by", String(320), nullable=False),
    Column("expires_on", Date, nullable=False),  # the last day the link opens
    Column("revoked_at", DateTime),  # UTC
    Column("revoked_by", String(320)),
)

setting = Table(
    "setting",
    metadata,
    # Deployment settings kept with the data: the link-signing key, the allowed Google Sheets.
    Column("name", String(100), primary_key=True),
    Column("value", Text, nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320)),
)

ACCESS_TABLES = (account, sign_in_failure, role_rule, share_link, setting)
"""The tables schema 3 added: an older store gains them on upgrade."""

# Alembic revision 0002: each viewer's last visit (a new table, and nothing refers to it).
last_visit = Table(
    "last_visit",
    metadata,
    # A signed-in identity (an e-mail address, lower case), or one shared name for open mode's one computer.
    Column("visitor", String(320), primary_key=True),
    Column("visited_at", DateTime, nullable=False),  # UTC
    # {goal id: status} as the viewer's Overview showed them, so the next visit can say what changed.
    Column("statuses_json", Text, nullable=False),
)

VISIT_TABLES = (last_visit,)

# --- Alembic revision 0003: the meeting's record (pinned versions, timeline notes, decisions) ---
# New tables only, nothing else changes shape. Notes and decisions name goal, channel and audience ids (never a strategy version),
# so they survive every strategy change.

pinned_version = Table(
    "pinned_version",
    metadata,
    # "The numbers as presented": a ledger point (the newest upload_event id then) and an as-of month.
    Column("id", Integer, primary_key=True),
    Column("made_at", DateTime, nullable=False),  # UTC
    Column("made_by", String(320), nullable=False),
    Column("as_of_month", String(7), nullable=False),  # YYYY-MM
    Column("ledger_point", Integer, nullable=False),  # upload_event.id; 0 before any upload
    Column("strategy_version_id", Integer),  # the goals and targets shown then; None without a strategy
    Column("label", String(200), nullable=False),
)

timeline_note = Table(
    "timeline_note",
    metadata,
    # A campaign, a platform change, an outage, an algorithm change: drawn on the charts it concerns.
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),  # campaign | platform | outage | algorithm | other
    Column("text", String(500), nullable=False),
    Column("first_day", Date, nullable=False),
    Column("last_day", Date, nullable=False),  # equal to first_day for a single day
    Column("channel", String(200)),  # None: every channel
    Column("audience", String(200)),
    Column("goal", String(200)),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320), nullable=False),
    Index("ix_timeline_note_days", "first_day"),
)

decision = Table(
    "decision",
    metadata,
    # Decided in the meeting against one goal; a change it makes is saved as a strategy version it names.
    Column("id", Integer, primary_key=True),
    Column("goal", String(200), nullable=False),
    Column("decided_on", Date, nullable=False),
    Column("decided_by", String(320), nullable=False),
    Column("text", Text, nullable=False),
    Column("change_json", Text),  # {"tactic": id, "hours": n} or {"target": n}; None: no change
    Column("strategy_version_id", Integer, ForeignKey("strategy_version.id")),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320), nullable=False),
    Index("ix_decision_goal", "goal", "decided_on"),
)

MEETING_TABLES = (pinned_version, timeline_note, decision)
"""The tables revision 0003 added (connectors/store/alembic/versions/0003_meeting_record.py)."""

# --- Alembic revision 0004: the workspace registry (several organisations in one deployment) ---
# Kept in the deployment's home store only (the default workspace); every store has the tables, the others
# leave them empty. A workspace's own data is a store of its own (connectors/store/workspaces.py).

workspace = Table(
    "workspace",
    metadata,
    Column("id", String(40), primary_key=True),  # a slug: lower-case letters, digits and hyphens
    Column("name", String(200), nullable=False),
    Column("created_at", DateTime, nullable=False),  # UTC
    Column("created_by", String(320), nullable=False),
)

workspace_member = Table(
    "workspace_member",
    metadata,
    # A person's role in one workspace; their sign-in (account or OpenID) is the home store's.
    Column("workspace_id", String(40), ForeignKey("workspace.id"), primary_key=True),
    Column("email", String(320), primary_key=True),  # lower case, trimmed
    Column("role", String(10), nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320), nullable=False),
)

WORKSPACE_TABLES = (workspace, workspace_member)
"""The tables revision 0004 added (connectors/store/alembic/versions/0004_workspaces.py)."""
