"""Kiosk settings table; card replacement link; outbox error, acknowledgement and status index."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "kiosk_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    with op.batch_alter_table("card") as batch:
        batch.add_column(sa.Column("replaced_by", sa.String(16)))
    with op.batch_alter_table("outbox_event") as batch:
        batch.add_column(sa.Column("last_error", sa.Text))
        batch.add_column(sa.Column("acked_at", sa.DateTime))
        batch.create_index("ix_outbox_event_status", ["status"])
