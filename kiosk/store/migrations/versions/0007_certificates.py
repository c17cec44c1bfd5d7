"""Certificates: issued completion certificates, the staff's decisions about them, class
completion rules and excused absences, and the server-signed trust and revocation lists."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

ID = sa.String(36)


def upgrade() -> None:
    # New, empty tables only: every existing record stays as it is.
    op.create_table(
        "certificate",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("session_id", ID),
        sa.Column("holder_name", sa.String(120), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("provider", sa.String(200), nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("valid_until", sa.Date),
        sa.Column("claims", sa.JSON, nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("credential", sa.Text, nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
        sa.Column("revoked_reason", sa.String(200)),
        sa.UniqueConstraint("session_id", "applicant_id", "kind"),
    )
    op.create_index("ix_certificate_applicant_id", "certificate", ["applicant_id"])
    op.create_table(
        "certificate_withheld",
        sa.Column("session_id", ID, primary_key=True),
        sa.Column("applicant_id", ID, primary_key=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "completion_rule",
        sa.Column("session_id", ID, primary_key=True),
        sa.Column("min_share_pct", sa.Integer, nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "attendance_excuse",
        sa.Column("session_id", ID, primary_key=True),
        sa.Column("applicant_id", ID, primary_key=True),
        sa.Column("local_day", sa.Date, primary_key=True),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("staff_id", ID),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "certificate_issuer",
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_table(
        "certificate_revocation",
        sa.Column("certificate_id", sa.String(16), primary_key=True),
        sa.Column("number", sa.Integer, nullable=False, unique=True),
        sa.Column("revoked_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
    )
