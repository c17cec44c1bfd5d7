"""The web console: its users and their sessions, and what a kiosk reports of itself with a
push (app version, age of its oldest unsent record) for the console's device health."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    # Older kiosks keep working: every new device column is optional.
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("app_version", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("oldest_pending_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("refused_at", sa.DateTime(), nullable=True))
    op.create_table(
        "console_user",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("sites", sa.JSON(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "console_session",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["console_user.id"]),
        sa.PrimaryKeyConstraint("token_hash"),
    )
    op.create_index("ix_console_session_user_id", "console_session", ["user_id"])
    # The console's lists and attention list (measured with bench/console.py).
    op.create_index("ix_event_entity_received", "event", ["entity", "received_at"])
    op.create_index("ix_person_created_at", "person", ["created_at"])
    op.create_index("ix_person_device_created", "person", ["device_id", "created_at"])
    op.create_index("ix_attendance_day", "attendance", ["local_day", "first_recorded_at"])


def downgrade() -> None:
    op.drop_index("ix_attendance_day", table_name="attendance")
    op.drop_index("ix_person_device_created", table_name="person")
    op.drop_index("ix_person_created_at", table_name="person")
    op.drop_index("ix_event_entity_received", table_name="event")
    op.drop_index("ix_console_session_user_id", table_name="console_session")
    op.drop_table("console_session")
    op.drop_table("console_user")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("refused_at")
        batch.drop_column("oldest_pending_at")
        batch.drop_column("app_version")
