"""Competency assessments: published schemes, assessment events and check-ins, signed and
immutable assessment records, and BNSP certificate numbers."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"

ID = sa.String(36)


def upgrade() -> None:
    # New, empty tables only: every existing record stays as it is.
    op.create_table(
        "assessment_scheme",
        sa.Column("number", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("lsp", sa.String(200), nullable=False),
        sa.Column("units", sa.JSON, nullable=False),
        sa.Column("published_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "assessment_event",
        sa.Column("id", ID, primary_key=True),
        sa.Column("scheme", sa.String(64), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("tuk", sa.String(200), nullable=False),
        sa.Column("assessor_id", ID, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("staff_id", ID),
    )
    op.create_table(
        "assessment_candidate",
        sa.Column("event_id", ID, primary_key=True),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), primary_key=True),
        sa.Column("card_id", sa.String(16), nullable=False),
        sa.Column("checked_in_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "assessment_record",
        sa.Column("id", ID, primary_key=True),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("applicant_id", ID, nullable=False),
        sa.Column("scheme", sa.String(64), nullable=False),
        sa.Column("result", sa.String(2), nullable=False),
        sa.Column("supersedes", ID, unique=True),
        sa.Column("signed_text", sa.Text, nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_assessment_record_event_id", "assessment_record", ["event_id"])
    # A signed record is never changed or removed, whatever code runs against the store.
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER assessment_record_no_{verb.lower()} BEFORE {verb} "
            "ON assessment_record BEGIN "
            "SELECT RAISE(ABORT, 'assessment records are immutable'); END"
        )
    op.create_table(
        "certificate_bnsp_number",
        sa.Column("certificate_id", sa.String(16), primary_key=True),
        sa.Column("bnsp_number", sa.String(64), nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for name in (
        "certificate_bnsp_number",
        "assessment_record",
        "assessment_candidate",
        "assessment_event",
        "assessment_scheme",
    ):
        op.drop_table(name)
