"""Schema 4, the store as Goalpost kept it before Alembic: creates it, or brings an older store up to it.

Frozen: this file describes the tables as they were when Alembic took over (hand-numbered schema 4) and must
not follow later changes to schema.py; those are later revisions. A store made before Alembic has no
alembic_version table, so Alembic runs this revision on it too: existing tables are kept, the steps of the
old hand-written migrator bring a schema 1-3 store up to 4, and only missing tables are created.
"""

from alembic import op
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Double,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    inspect,
    literal,
    select,
    update,
)

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

LEGACY_SCHEMA_VERSION = 4
"""The last hand-numbered schema: store_state.schema_version stays 4 from here on; Alembic counts the rest."""

baseline = MetaData()

store_state = Table(
    "store_state",
    baseline,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # Bumped in the same transaction as every change, so readers can cache on it.
    Column("version", BigInteger, nullable=False),
    Column("schema_version", Integer, nullable=False),
)

series = Table(
    "series",
    baseline,
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
    baseline,
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
    baseline,
    # Kept apart from the ledger so listing uploads never loads file bytes.
    Column("upload_id", Integer, ForeignKey("upload.id"), primary_key=True, autoincrement=False),
    Column("content", LargeBinary, nullable=False),
)

upload_event = Table(
    "upload_event",
    baseline,
    Column("id", Integer, primary_key=True),
    Column("upload_id", Integer, ForeignKey("upload.id"), nullable=False),
    Column("event", String(20), nullable=False),  # ingested | undone | restored
    Column("at", DateTime, nullable=False),  # UTC
    Column("by", String(200)),
    Index("ix_upload_event_upload", "upload_id"),
)

upload_series = Table(
    "upload_series",
    baseline,
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
    baseline,
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
    baseline,
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
    baseline,
    Column("id", Integer, primary_key=True),
    Column("yaml_text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("author", String(200)),
    Column("note", Text),
)

column_mapping = Table(
    "column_mapping",
    baseline,
    Column("name", String(200), primary_key=True),
    Column("mapping_json", Text, nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(200)),
)

# Who may sign in and with which role (schema 3). Accounts are the built-in sign-in for teams without an
# identity provider; role rules give roles to identities an OpenID provider vouches for.
account = Table(
    "account",
    baseline,
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
    baseline,
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
    baseline,
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
    baseline,
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
    baseline,
    # Deployment settings kept with the data: the link-signing key, the allowed Google Sheets.
    Column("name", String(100), primary_key=True),
    Column("value", Text, nullable=False),
    Column("saved_at", DateTime, nullable=False),  # UTC
    Column("saved_by", String(320)),
)

# The Google Sheets tables (connectors/sheets/) lived beside the store's and were made on first use.
sheet_sync_schedule = Table(
    "sheet_sync_schedule",
    baseline,
    Column("sync_key", String(100), primary_key=True),
    Column("spreadsheet_id", String(200), nullable=False),
    Column("last_attempt_at", Float, nullable=True),
    Column("last_success_at", Float, nullable=True),
    Column("last_error", Text, nullable=True),
    Column("last_error_transient", Boolean, nullable=False, default=False),
    Column("last_upload_id", Integer, nullable=True),
)

sheet_connections = Table(
    "sheet_connections",
    baseline,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("connection_key", String(64), nullable=False, unique=True),
    Column("sheet_url", Text, nullable=False),
    Column("tabs", Text, nullable=False),
    Column("layout", String(20), nullable=True),
    Column("goals_tabs", Text, nullable=False),
    Column("channel", String(100), nullable=True),
    Column("audience", String(100), nullable=True),
    Column("title", Text, nullable=True),
    Column("connected_at", Float, nullable=False),
    Column("connected_by", String(200), nullable=True),
)


def upgrade() -> None:
    conn = op.get_bind()
    if inspect(conn).has_table("store_state"):
        found = conn.execute(select(store_state.c.schema_version).where(store_state.c.id == 1)).scalar()
        if found is not None and found < LEGACY_SCHEMA_VERSION:
            _upgrade_legacy(conn, found)
    baseline.create_all(conn, checkfirst=True)  # only the missing ones
    if conn.execute(select(store_state.c.id).where(store_state.c.id == 1)).first() is None:
        conn.execute(store_state.insert().values(id=1, version=0, schema_version=LEGACY_SCHEMA_VERSION))
    else:
        conn.execute(
            update(store_state).where(store_state.c.id == 1).values(schema_version=LEGACY_SCHEMA_VERSION)
        )


def _upgrade_legacy(conn: Connection, from_version: int) -> None:
    """Bring a store of hand-numbered schema 1-3 up to 4 (the steps of the migrator Alembic replaced)."""
    if from_version < 2:
        _number_values_of_a_key(conn)
        _list_channels_of_uploads(conn)
    if from_version < 3 and "saved_by" not in _columns(conn, "column_mapping"):
        # Version 3 records who saved a mapping (its new tables come from create_all above).
        conn.exec_driver_sql("ALTER TABLE column_mapping ADD COLUMN saved_by VARCHAR(200)")
    if from_version < 4 and "batch" not in _columns(conn, "upload"):
        # Version 4 records which files were stored together, so one undo can take a whole batch out.
        conn.exec_driver_sql("ALTER TABLE upload ADD COLUMN batch VARCHAR(40)")


def _columns(conn: Connection, table: str) -> set[str]:
    return {column["name"] for column in inspect(conn).get_columns(table)}


def _number_values_of_a_key(conn: Connection) -> None:
    # Version 2 keeps several values of one key per upload: the primary key gains seq, so the table is
    # rebuilt (neither SQLite nor PostgreSQL can widen a primary key in place).
    conn.exec_driver_sql("ALTER TABLE observation RENAME TO observation_v1")
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "ALTER TABLE observation_v1 RENAME CONSTRAINT observation_pkey TO observation_v1_pkey"
        )
    old = Table(
        "observation_v1",
        MetaData(),
        Column("series_id", Integer),
        Column("day", Integer),
        Column("upload_id", Integer),
        Column("value", Double),
    )
    observation.create(conn)
    conn.execute(
        observation.insert().from_select(
            ["series_id", "day", "upload_id", "seq", "value"],
            select(old.c.series_id, old.c.day, old.c.upload_id, literal(0), old.c.value),
        )
    )
    old.drop(conn)


def _list_channels_of_uploads(conn: Connection) -> None:
    # Version 2 records the channels an upload's values are for beside the channel it was told.
    if "channels" in _columns(conn, "upload"):
        return
    conn.exec_driver_sql("ALTER TABLE upload ADD COLUMN channels VARCHAR(2000) NOT NULL DEFAULT ''")
    found: dict[int, set[str]] = {}
    rows = conn.execute(
        select(upload_series.c.upload_id, series.c.channel).join(
            series, series.c.id == upload_series.c.series_id
        )
    )
    for upload_id, channel in rows:
        found.setdefault(upload_id, set()).add(channel)
    if found:
        conn.execute(
            update(upload).where(upload.c.id == bindparam("uid")).values(channels=bindparam("names")),
            [{"uid": uid, "names": ", ".join(sorted(names))} for uid, names in found.items()],
        )
