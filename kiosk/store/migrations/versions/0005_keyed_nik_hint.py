"""The readable NIK hint (first 4 + last 4 digits) gives way to a keyed digest of those digits.

With the birth date and sex in the clear, the hint left only a handful of candidate NIKs per
person. Screens now mask the opened NIK in memory; staff search uses ``nik_hint_digest``. The
old values in free pages, the WAL and older backups are wiped after the upgrade
(kiosk.store.scrub), since dropping a column does not overwrite them.
"""

import sqlalchemy as sa
from alembic import context, op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    cipher = context.config.attributes.get("cipher")
    with op.batch_alter_table("applicant") as batch:
        batch.add_column(sa.Column("nik_hint_digest", sa.String(64)))

    bind = op.get_bind()
    rows = bind.execute(
        sa.text("SELECT id, nik_sealed FROM applicant WHERE nik_sealed IS NOT NULL")
    ).all()
    updates = []
    for row_id, sealed in rows:
        if cipher is None:
            raise RuntimeError("migration 0004 needs the personal-data key")
        nik = cipher.open(sealed, row=row_id, field="nik")
        updates.append({"id": row_id, "hint": cipher.hint_digest(nik[:4] + nik[-4:])})
    if updates:
        bind.execute(
            sa.text("UPDATE applicant SET nik_hint_digest = :hint WHERE id = :id"), updates
        )

    with op.batch_alter_table("applicant") as batch:
        batch.drop_index("ix_applicant_nik_hint")
        batch.drop_column("nik_hint")
        batch.create_index("ix_applicant_nik_hint_digest", ["nik_hint_digest"])
