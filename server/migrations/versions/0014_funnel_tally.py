"""The programme funnel kept on ingest: each person's progress (enrolled, attended at least 80%,
certified, placed) and its sums per site and day of registration, and enrolments per class,
filled here from the existing rows; indexes to find the people a change touches."""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"

ID = sa.String(36)
STAGES = ("enrolled", "attended", "certified", "placed")


def upgrade() -> None:
    op.create_table(
        "person_progress",
        sa.Column("person_id", ID, primary_key=True),
        sa.Column("site", sa.String(40), nullable=False),
        sa.Column("day", sa.Date, nullable=False),
        *(sa.Column(stage, sa.Integer, nullable=False) for stage in STAGES),
    )
    op.create_table(
        "funnel_tally",
        sa.Column("site", sa.String(40), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        *(sa.Column(stage, sa.Integer, nullable=False) for stage in STAGES),
    )
    op.create_table(
        "class_size_tally",
        sa.Column("session_id", sa.String(36), primary_key=True),
        sa.Column("enrolled", sa.Integer, nullable=False),
    )
    op.create_table(
        "month_tally",
        sa.Column("site", sa.String(40), primary_key=True),
        sa.Column("month", sa.Date, primary_key=True),
        *(
            sa.Column(name, sa.Integer, nullable=False)
            for name in ("registered", "eligible", "ineligible", *STAGES)
        ),
    )
    # The classes that met lately read from the index alone.
    op.drop_index("ix_session_day_tally_day", "session_day_tally")
    op.create_index("ix_session_day_tally_day", "session_day_tally", ["local_day", "session_id"])
    op.create_index("ix_presence_tally_applicant", "presence_tally", ["applicant_id"])
    op.create_index("ix_certificate_applicant", "certificate", ["applicant_id"])
    op.create_index("ix_job_hire_applicant", "job_hire", ["applicant_id"])
    # A person's enrolments, under any of their applicant ids.
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_enrolment_applicant ON reference_record ((data ->> 'applicant_id')) "
            "WHERE kind = 'enrolment'"
        )
    else:
        op.execute(
            "CREATE INDEX ix_enrolment_applicant ON reference_record "
            "(json_extract(data, '$.applicant_id')) WHERE kind = 'enrolment'"
        )
    from server.funnel import rebuild_funnel

    rebuild_funnel(bind)


def downgrade() -> None:
    op.drop_index("ix_enrolment_applicant", "reference_record")
    op.drop_index("ix_job_hire_applicant", "job_hire")
    op.drop_index("ix_certificate_applicant", "certificate")
    op.drop_index("ix_presence_tally_applicant", "presence_tally")
    op.drop_index("ix_session_day_tally_day", "session_day_tally")
    op.create_index("ix_session_day_tally_day", "session_day_tally", ["local_day"])
    op.drop_table("month_tally")
    op.drop_table("class_size_tally")
    op.drop_table("funnel_tally")
    op.drop_table("person_progress")
