"""The workspace registry: which workspaces a deployment has, and who is a member of each with which role.

Frozen: new tables only, no data moves; later changes to these tables are later revisions.
"""

from alembic import op
from sqlalchemy import Column, DateTime, ForeignKey, String

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "workspace",
        Column("id", String(40), primary_key=True),
        Column("name", String(200), nullable=False),
        Column("created_at", DateTime, nullable=False),  # UTC
        Column("created_by", String(320), nullable=False),
    )
    op.create_table(
        "workspace_member",
        Column("workspace_id", String(40), ForeignKey("workspace.id"), primary_key=True),
        Column("email", String(320), primary_key=True),
        Column("role", String(10), nullable=False),
        Column("saved_at", DateTime, nullable=False),  # UTC
        Column("saved_by", String(320), nullable=False),
    )
