"""Placement: vacancies pulled from the server, job-seeker registrations (AK/1) and
applications made at this kiosk."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"

ID = sa.String(36)


def upgrade() -> None:
    # New, empty tables only: every existing record stays as it is.
    op.create_table(
        "vacancy",
        sa.Column("id", ID, primary_key=True),
        sa.Column("employer", sa.String(160), nullable=False),
        sa.Column("title", sa.String(160), nullable=False),
        sa.Column("isco_code", sa.String(4), nullable=False),
        sa.Column("openings", sa.Integer, nullable=False),
        sa.Column("filled", sa.Integer, nullable=False),
        sa.Column("valid_from", sa.Date, nullable=False),
        sa.Column("valid_until", sa.Date, nullable=False),
        sa.Column("regency_code", sa.String(5), nullable=False),
        sa.Column("education_min", sa.String(16), nullable=False),
        sa.Column("age_min", sa.Integer),
        sa.Column("age_max", sa.Integer),
        sa.Column("sex", sa.String(1)),
        sa.Column("skills", sa.Text, nullable=False),
        sa.Column("experience_years", sa.Integer, nullable=False),
        sa.Column("wage_min", sa.Integer),
        sa.Column("wage_max", sa.Integer),
        sa.Column("source", sa.String(12), nullable=False),
        sa.Column("checked", sa.Boolean, nullable=False),
        sa.Column("published_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_vacancy_open", "vacancy", ["valid_until", "valid_from"])
    op.create_index("ix_vacancy_regency", "vacancy", ["regency_code"])
    op.create_table(
        "job_seeker",
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), primary_key=True),
        sa.Column("registered_at", sa.DateTime, nullable=False),
        sa.Column("valid_until", sa.Date, nullable=False),
        sa.Column("last_report_at", sa.DateTime, nullable=False),
        sa.Column("education", sa.JSON, nullable=False),
        sa.Column("skills", sa.JSON, nullable=False),
        sa.Column("experience", sa.JSON, nullable=False),
        sa.Column("desired_occupations", sa.JSON, nullable=False),
        sa.Column("desired_regions", sa.JSON, nullable=False),
        sa.Column("wage_band", sa.String(16)),
        sa.Column("disability", sa.String(40)),
        sa.Column("device_id", ID, nullable=False),
    )
    op.create_table(
        "job_application",
        sa.Column("id", ID, primary_key=True),
        sa.Column("applicant_id", ID, sa.ForeignKey("applicant.id"), nullable=False),
        sa.Column("vacancy_id", ID, nullable=False),
        sa.Column("card_id", sa.String(16), nullable=False),
        sa.Column("applied_at", sa.DateTime, nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("stage_at", sa.DateTime, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("snapshot", sa.JSON, nullable=False),
    )
    op.create_index("ix_job_application_applicant", "job_application", ["applicant_id"])


def downgrade() -> None:
    op.drop_table("job_application")
    op.drop_table("job_seeker")
    op.drop_table("vacancy")
