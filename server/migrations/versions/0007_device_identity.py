"""Device identity: token issue and expiry times, a previous token kept through a rotation,
and the rate-limit windows of enrolment attempts."""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"

# Tokens issued before this revision never expired; they get one full lifetime from the
# upgrade, so every enrolled kiosk keeps working and rotates in time (server/accounts.py).
_LIFETIME = dt.timedelta(days=90)


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("token_issued_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("token_expires_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("previous_token_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("previous_token_expires_at", sa.DateTime(), nullable=True))
        batch.create_unique_constraint("uq_device_previous_token_hash", ["previous_token_hash"])
    # Naive UTC, as server.models.UtcDateTime stores it.
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    device = sa.table(
        "device",
        sa.column("token_hash", sa.String()),
        sa.column("token_issued_at", sa.DateTime()),
        sa.column("token_expires_at", sa.DateTime()),
    )
    op.execute(
        device.update()
        .where(device.c.token_hash.is_not(None))
        .values(token_issued_at=now, token_expires_at=now + _LIFETIME)
    )
    op.create_table(
        "rate_window",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("window_start", sa.DateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("refused", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope"),
    )
