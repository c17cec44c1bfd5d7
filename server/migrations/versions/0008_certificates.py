"""Certificates kiosks issued (credential sealed, figures readable) and the server's numbered,
signed certificate revocations (docs/certificates.md)."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"


def upgrade() -> None:
    # New, empty tables only: every existing record stays as it is.
    op.create_table(
        "certificate",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("applicant_id", sa.String(36), nullable=False),
        sa.Column("session_id", sa.String(36)),
        sa.Column("scheme", sa.String(64)),
        sa.Column("result", sa.String(4)),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("valid_until", sa.Date),
        sa.Column("sealed", sa.Text, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
        sa.Column("revoked_reason", sa.String(200)),
    )
    op.create_index("ix_certificate_site_kind", "certificate", ["site", "kind"])
    op.create_table(
        "certificate_revocation",
        sa.Column("number", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("certificate_id", sa.String(16), nullable=False, unique=True),
        sa.Column("revoked_at", sa.DateTime, nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
    )
