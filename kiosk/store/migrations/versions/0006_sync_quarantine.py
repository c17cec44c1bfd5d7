"""Pulled changes set aside by sync (kept, shown to the admin, reported to the server)."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"

ID = sa.String(36)


def upgrade() -> None:
    # A new, empty table: every existing record stays as it is.
    op.create_table(
        "sync_quarantine",
        sa.Column("id", ID, primary_key=True),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("report_event_id", ID),
    )
    op.create_index("ix_sync_quarantine_received_at", "sync_quarantine", ["received_at"])
