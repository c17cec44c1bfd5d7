"""Follow-up surveys after training: the answers kiosks push and the staff's verification."""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"

ID = sa.String(36)


def upgrade() -> None:
    # A new, empty table only: every existing record stays as it is.
    op.create_table(
        "followup_answer",
        sa.Column("id", ID, primary_key=True),
        sa.Column("person_id", ID, nullable=False),
        sa.Column("applicant_id", ID, nullable=False),
        sa.Column("session_id", ID, nullable=False),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("employer", sa.String(120), nullable=False),
        sa.Column("sector", sa.String(16)),
        sa.Column("wage_band", sa.String(8)),
        sa.Column("related", sa.Boolean),
        sa.Column("answered_at", sa.DateTime, nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("verified_at", sa.DateTime),
        sa.Column("verified_by", sa.String(80)),
        sa.UniqueConstraint("person_id", "session_id", "month"),
    )
    op.create_index("ix_followup_answer_answered", "followup_answer", ["answered_at"])


def downgrade() -> None:
    op.drop_index("ix_followup_answer_answered", "followup_answer")
    op.drop_table("followup_answer")
