"""Placement: vacancies, applications, hires, job-seeker registrations, sites' provinces."""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"

ID = sa.String(36)


def upgrade() -> None:
    # New, empty tables only: every existing record stays as it is.
    op.create_table(
        "site_region",
        sa.Column("site", sa.String(40), primary_key=True),
        sa.Column("province_code", sa.String(2), nullable=False),
    )
    op.create_table(
        "vacancy",
        sa.Column("id", ID, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("province_code", sa.String(2), nullable=False),
        sa.Column("openings", sa.Integer, nullable=False),
        sa.Column("filled", sa.Integer, nullable=False),
        sa.Column("valid_until", sa.Date, nullable=False),
        sa.Column("owner_site", sa.String(40), nullable=False),
        sa.Column("import_key", sa.String(64), unique=True),
        sa.Column("published_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_vacancy_province", "vacancy", ["province_code"])
    op.create_table(
        "job_application",
        sa.Column("id", ID, primary_key=True),
        sa.Column("vacancy_id", ID, nullable=False),
        sa.Column("applicant_id", ID, nullable=False),
        sa.Column("card_id", sa.String(16), nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("applied_at", sa.DateTime, nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("stage_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_job_application_vacancy", "job_application", ["vacancy_id"])
    op.create_table(
        "job_hire",
        sa.Column("application_id", ID, primary_key=True),
        sa.Column("vacancy_id", ID, nullable=False),
        sa.Column("applicant_id", ID, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("vacancy_id", "applicant_id"),
    )
    op.create_table(
        "job_seeker",
        sa.Column("applicant_id", ID, primary_key=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("device_id", ID, nullable=False),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("valid_until", sa.Date, nullable=False),
        sa.Column("last_report_at", sa.DateTime, nullable=False),
        sa.Column("checked", sa.Boolean, nullable=False),
    )


def downgrade() -> None:
    for table in ("job_seeker", "job_hire", "job_application", "vacancy", "site_region"):
        op.drop_table(table)
