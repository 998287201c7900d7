"""The meeting's record: pinned versions of the numbers, notes on the timeline, and decisions per goal.

Frozen: new tables only, no data moves; later changes to these tables are later revisions.
"""

from alembic import op
from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Text

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pinned_version",
        Column("id", Integer, primary_key=True),
        Column("made_at", DateTime, nullable=False),  # UTC
        Column("made_by", String(320), nullable=False),
        Column("as_of_month", String(7), nullable=False),  # YYYY-MM
        Column("ledger_point", Integer, nullable=False),  # upload_event.id; 0 before any upload
        Column("strategy_version_id", Integer),
        Column("label", String(200), nullable=False),
    )
    op.create_table(
        "timeline_note",
        Column("id", Integer, primary_key=True),
        Column("kind", String(20), nullable=False),  # campaign | platform | outage | algorithm | other
        Column("text", String(500), nullable=False),
        Column("first_day", Date, nullable=False),
        Column("last_day", Date, nullable=False),
        Column("channel", String(200)),
        Column("audience", String(200)),
        Column("goal", String(200)),
        Column("saved_at", DateTime, nullable=False),  # UTC
        Column("saved_by", String(320), nullable=False),
    )
    op.create_index("ix_timeline_note_days", "timeline_note", ["first_day"])
    op.create_table(
        "decision",
        Column("id", Integer, primary_key=True),
        Column("goal", String(200), nullable=False),
        Column("decided_on", Date, nullable=False),
        Column("decided_by", String(320), nullable=False),
        Column("text", Text, nullable=False),
        Column("change_json", Text),  # {"tactic": id, "hours": n} or {"target": n}; None: no change
        Column("strategy_version_id", Integer, ForeignKey("strategy_version.id")),
        Column("saved_at", DateTime, nullable=False),  # UTC
        Column("saved_by", String(320), nullable=False),
    )
    op.create_index("ix_decision_goal", "decision", ["goal", "decided_on"])
