"""Competency assessments: published schemes, kiosk-signed assessment records (all kept) and
the BNSP numbers of competency certificates."""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"

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
        "assessment_record",
        sa.Column("id", ID, primary_key=True),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("event_id", ID, nullable=False),
        sa.Column("applicant_id", ID, nullable=False),
        sa.Column("scheme", sa.String(64), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("result", sa.String(2), nullable=False),
        sa.Column("supersedes", ID, unique=True),
        sa.Column("reason", sa.String(200)),
        sa.Column("signed_text", sa.Text, nullable=False),
        sa.Column("signature", sa.String(128), nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_assessment_record_site_scheme", "assessment_record", ["site", "scheme"])
    op.create_table(
        "certificate_annotation",
        sa.Column("certificate_id", sa.String(16), primary_key=True),
        sa.Column("bnsp_number", sa.String(64), nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
