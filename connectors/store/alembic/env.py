"""Alembic's entry point for the store: runs the revisions on the connection Goalpost hands it (no alembic.ini).

connectors/store/migrations.py calls Alembic with the open write transaction in `config.attributes`, so a
whole upgrade is one transaction: it commits completely or leaves the store as it was.
"""

from alembic import context


def run_migrations() -> None:
    """Run the revisions the store lacks on the caller's connection."""
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=None,
        # SQLite alters most tables by copying them; batch mode does that for op.alter_column and friends.
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if (
    getattr(context, "config", None) is not None
):  # run by Alembic; a plain import (a test's scan) does nothing
    run_migrations()
