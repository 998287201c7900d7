"""Bringing a store written by an older Goalpost up to date, inside one transaction, data kept."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    Double,
    Integer,
    MetaData,
    Table,
    bindparam,
    inspect,
    literal,
    select,
    update,
)

from connectors.store.schema import (
    ACCESS_TABLES,
    MEETING_TABLES,
    SCHEMA_VERSION,
    VISIT_TABLES,
    metadata,
    observation,
    series,
    store_state,
    upload,
    upload_series,
)


def migrate(conn: Connection, from_version: int) -> None:
    """Upgrade the store's tables from an older schema version to SCHEMA_VERSION."""
    if from_version < 2:
        _number_values_of_a_key(conn)
        _list_channels_of_uploads(conn)
    if from_version < 3:
        _add_access_tables(conn)
    if from_version < 4:
        _record_batches(conn)
    if from_version < 5:
        _add_visit_table(conn)
    if from_version < 6:
        _add_meeting_tables(conn)
    conn.execute(update(store_state).where(store_state.c.id == 1).values(schema_version=SCHEMA_VERSION))


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


def _record_batches(conn: Connection) -> None:
    # Version 4 records which files were stored together, so one undo can take a whole batch out.
    if "batch" not in {column["name"] for column in inspect(conn).get_columns("upload")}:
        conn.exec_driver_sql("ALTER TABLE upload ADD COLUMN batch VARCHAR(40)")


def _add_access_tables(conn: Connection) -> None:
    # Version 3 records who saved a mapping, and adds accounts, role rules, meeting links and settings.
    if "saved_by" not in {column["name"] for column in inspect(conn).get_columns("column_mapping")}:
        conn.exec_driver_sql("ALTER TABLE column_mapping ADD COLUMN saved_by VARCHAR(200)")
    metadata.create_all(conn, tables=list(ACCESS_TABLES))  # checkfirst: only the missing ones


def _add_visit_table(conn: Connection) -> None:
    # Version 5 keeps each viewer's last visit (time and the statuses seen): a new table and nothing else.
    metadata.create_all(conn, tables=list(VISIT_TABLES))  # checkfirst: only when missing


def _add_meeting_tables(conn: Connection) -> None:
    # Version 6 adds pinned versions, timeline notes and decisions: new tables only, no data moves.
    metadata.create_all(conn, tables=list(MEETING_TABLES))  # checkfirst: only the missing ones
