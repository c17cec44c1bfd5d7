"""Initial schema: applicants, providers, programs, sessions, enrolments, cards, attendance,
staff, device keys and the outbox."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "applicant",
        sa.Column("id", ID, primary_key=True),
        sa.Column("nik", sa.String(16), nullable=False, unique=True),
        sa.Column("full_name", sa.String(120), nullable=False),
        sa.Column("birth_place", sa.String(80), nullable=False),
        sa.Column("birth_date", sa.Date, nullable=False),
        sa.Column("sex", sa.String(1), nullable=False),
        sa.Column("citizen_wni", sa.Boolean, nullable=False),
        sa.Column("address", sa.String(250), nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("phone", sa.String(16), nullable=False),
        sa.Column("email", sa.String(120)),
        sa.Column("education_level", sa.String(16), nullable=False),
        sa.Column("employment_status", sa.String(16), nullable=False),
        sa.Column("occupation", sa.String(24), nullable=False),
        sa.Column("in_formal_education", sa.Boolean, nullable=False),
        sa.Column("kk_number", sa.String(16), nullable=False),
        sa.Column("consent_at", sa.DateTime, nullable=False),
        sa.Column("consent_version", sa.String(16), nullable=False),
        sa.Column("eligible", sa.Boolean, nullable=False),
        sa.Column("ineligible_reasons", sa.JSON, nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("device_id", ID, nullable=False),
    )
    op.create_index("ix_applicant_kk_number", "applicant", ["kk_number"])
    op.create_table(
        "training_provider",
        sa.Column("id", ID, primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("kind", sa.String(3), nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("address", sa.String(250), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "training_program",
        sa.Column("id", ID, primary_key=True),
        sa.Column("title", sa.String(120), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("hours", sa.Integer, nullable=False),
        sa.Column("prakerja_funded", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "training_session",
        sa.Column("id", ID, primary_key=True),
        sa.Column("program_id", ID, sa.ForeignKey("training_program.id"), nullable=False),
        sa.Column("provider_id", ID, sa.ForeignKey("training_provider.id"), nullable=False),
        sa.Column("location", sa.String(160), nullable=False),
        sa.Column("start_date", sa.Date, nullable=False),
        sa.Column("end_date", sa.Date, nullable=False),
        sa.Column("weekly_schedule", sa.JSON, nullable=False),
        sa.Column("capacity", sa.Integer, nullable=False),
        sa.Column("uses_checkout", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_training_session_program_id", "training_session", ["program_id"])
    op.create_index("ix_training_session_provider_id", "training_session", ["provider_id"])
    op.create_table(
        "enrolment",
        sa.Column("id", ID, primary_key=True),
        sa.Column("session_id", ID, sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("enrolled_at", sa.DateTime, nullable=False),
        sa.Column("enrolled_by", ID),
        sa.UniqueConstraint("session_id", "applicant_id"),
    )
    op.create_index("ix_enrolment_applicant_id", "enrolment", ["applicant_id"])
    op.create_table(
        "card",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("issued_at", sa.DateTime, nullable=False),
        sa.Column("valid_until", sa.Date, nullable=False),
        sa.Column("payload", sa.String(200), nullable=False),
        sa.Column("revoked_at", sa.DateTime),
        sa.Column("revoked_reason", sa.String(40)),
    )
    op.create_index("ix_card_applicant_id", "card", ["applicant_id"])
    op.create_table(
        "attendance_event",
        sa.Column("id", ID, primary_key=True),
        sa.Column("session_id", ID, sa.ForeignKey("training_session.id"), nullable=False),
        sa.Column("card_id", sa.String(16), nullable=False),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("admitted_by", ID),
        sa.Column("local_day", sa.Date, nullable=False),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("staff_id", ID),
    )
    op.create_index(
        "ix_attendance_session_card_day", "attendance_event", ["session_id", "card_id", "local_day"]
    )
    op.create_index("ix_attendance_event_applicant_id", "attendance_event", ["applicant_id"])
    op.create_table(
        "staff_account",
        sa.Column("id", ID, primary_key=True),
        sa.Column("username", sa.String(40), nullable=False, unique=True),
        sa.Column("display_name", sa.String(120), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("pin_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "device_key",
        sa.Column("key_id", sa.String(16), primary_key=True),
        sa.Column("public_key", sa.LargeBinary(32), nullable=False),
        sa.Column("device_id", ID),
        sa.Column("own", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    op.create_table(
        "outbox_event",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", ID, nullable=False, unique=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
    )
