"""Console summaries: registrations, reasons, meetings and presence tallied on ingest, filled
here from the existing rows; an index on enrolments' class and on newest registrations."""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"

ID = sa.String(36)


def upgrade() -> None:
    op.create_table(
        "registration_tally",
        sa.Column("site", sa.String(40), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("eligible", sa.String(8), primary_key=True),
        sa.Column("people", sa.Integer, nullable=False),
    )
    op.create_table(
        "reason_tally",
        sa.Column("site", sa.String(40), primary_key=True),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("reason", sa.String(80), primary_key=True),
        sa.Column("people", sa.Integer, nullable=False),
    )
    op.create_table(
        "session_day_tally",
        sa.Column("session_id", sa.String(36), primary_key=True),
        sa.Column("local_day", sa.Date, primary_key=True),
        sa.Column("check_ins", sa.Integer, nullable=False),
    )
    op.create_index("ix_session_day_tally_day", "session_day_tally", ["local_day"])
    op.create_table(
        "presence_tally",
        sa.Column("session_id", sa.String(36), primary_key=True),
        sa.Column("applicant_id", ID, primary_key=True),
        sa.Column("days", sa.Integer, nullable=False),
    )
    # Attendance of one applicant in one class (the ingest's "already present that day?").
    op.create_index("ix_attendance_session_applicant", "attendance", ["session_id", "applicant_id"])
    # Newest registrations first, page after page, without sorting every person.
    op.create_index("ix_person_created_id", "person", ["created_at", "id"])
    # A class's enrolments (the console's enrolled counts and rosters).
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_enrolment_session ON reference_record ((data ->> 'session_id')) "
            "WHERE kind = 'enrolment'"
        )
    else:
        op.execute(
            "CREATE INDEX ix_enrolment_session ON reference_record "
            "(json_extract(data, '$.session_id')) WHERE kind = 'enrolment'"
        )
    # Only this revision's tallies: the funnel's tables come with 0013.
    from server.summary import rebuild_tallies

    rebuild_tallies(bind)


def downgrade() -> None:
    op.drop_index("ix_enrolment_session", "reference_record")
    op.drop_index("ix_person_created_id", "person")
    op.drop_index("ix_attendance_session_applicant", "attendance")
    for table in ("presence_tally", "session_day_tally", "reason_tally", "registration_tally"):
        op.drop_table(table)
