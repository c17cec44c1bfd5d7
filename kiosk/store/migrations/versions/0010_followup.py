"""Follow-up surveys after training: the answers given at this kiosk."""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

ID = sa.String(36)


def upgrade() -> None:
    # A new, empty table only: every existing record stays as it is.
    op.create_table(
        "followup_answer",
        sa.Column("id", ID, primary_key=True),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("session_id", ID, sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column("month", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("employer", sa.String(120), nullable=False),
        sa.Column("sector", sa.String(16)),
        sa.Column("wage_band", sa.String(8)),
        sa.Column("related", sa.Boolean),
        sa.Column("answered_at", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("device_id", ID, nullable=False),
        sa.UniqueConstraint("applicant_id", "session_id", "month"),
    )
    op.create_index("ix_followup_answer_applicant_id", "followup_answer", ["applicant_id"])


def downgrade() -> None:
    op.drop_index("ix_followup_answer_applicant_id", "followup_answer")
    op.drop_table("followup_answer")
