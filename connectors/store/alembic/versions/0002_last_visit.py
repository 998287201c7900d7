"""Each viewer's last visit: when it was and the goal statuses it showed, so the next visit says what changed.

Frozen: a new table and nothing else; later changes to the table are later revisions.
"""

from alembic import op
from sqlalchemy import Column, DateTime, String, Text

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "last_visit",
        # A signed-in identity (an e-mail address, lower case), or one shared name for open mode's one computer.
        Column("visitor", String(320), primary_key=True),
        Column("visited_at", DateTime, nullable=False),  # UTC
        # {goal id: status} as the viewer's Overview showed them.
        Column("statuses_json", Text, nullable=False),
    )
