"""Personal data sealed at rest (NIK, phone, email, address, KK), keyed digests for look-ups,
the audit log, and a marker for purged or erased personal data."""

import json

import sqlalchemy as sa
from alembic import context, op

revision = "0003"
down_revision = "0002"

PLAIN = ("nik", "phone", "email", "address", "kk_number")


def upgrade() -> None:
    cipher = context.config.attributes.get("cipher")
    with op.batch_alter_table("applicant") as batch:
        batch.add_column(sa.Column("nik_digest", sa.String(64)))
        batch.add_column(sa.Column("nik_hint", sa.String(8)))
        batch.add_column(sa.Column("nik_sealed", sa.Text))
        batch.add_column(sa.Column("address_sealed", sa.Text))
        batch.add_column(sa.Column("phone_sealed", sa.Text))
        batch.add_column(sa.Column("email_sealed", sa.Text))
        batch.add_column(sa.Column("kk_digest", sa.String(64)))
        batch.add_column(sa.Column("kk_sealed", sa.Text))
        batch.add_column(sa.Column("personal_data_removed_at", sa.DateTime))

    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, nik, phone, email, address, kk_number FROM applicant"))
    updates = []
    for row_id, nik, phone, email, address, kk in rows.all():
        if cipher is None:
            raise RuntimeError("migration 0003 needs the personal-data key")
        updates.append(
            {
                "id": row_id,
                "nik_digest": cipher.digest(nik, purpose="nik"),
                "nik_hint": nik[:4] + nik[-4:],
                "nik_sealed": cipher.seal(nik, row=row_id, field="nik"),
                "address_sealed": cipher.seal(address, row=row_id, field="address"),
                "phone_sealed": cipher.seal(phone, row=row_id, field="phone"),
                "email_sealed": cipher.seal_optional(email, row=row_id, field="email"),
                "kk_digest": cipher.digest(kk, purpose="kk"),
                "kk_sealed": cipher.seal(kk, row=row_id, field="kk"),
            }
        )
    if updates:
        bind.execute(
            sa.text(
                "UPDATE applicant SET nik_digest=:nik_digest, nik_hint=:nik_hint, "
                "nik_sealed=:nik_sealed, address_sealed=:address_sealed, "
                "phone_sealed=:phone_sealed, email_sealed=:email_sealed, kk_digest=:kk_digest, "
                "kk_sealed=:kk_sealed WHERE id=:id"
            ),
            updates,
        )
    # Outbox payloads of applicants carried the plain values too.
    events = bind.execute(
        sa.text("SELECT seq, id, payload FROM outbox_event WHERE entity = 'applicant'")
    ).all()
    for seq, event_id, payload in events:
        data = json.loads(payload)
        if set(data) == {"sealed"}:
            continue
        if cipher is None:
            raise RuntimeError("migration 0003 needs the personal-data key")
        sealed = cipher.seal_payload(data, row=event_id)
        bind.execute(
            sa.text("UPDATE outbox_event SET payload = :payload WHERE seq = :seq"),
            {"payload": json.dumps(sealed), "seq": seq},
        )

    with op.batch_alter_table("applicant") as batch:
        batch.drop_index("ix_applicant_kk_number")
        for column in PLAIN:
            batch.drop_column(column)
        batch.alter_column("nik_digest", existing_type=sa.String(64), nullable=False)
        batch.alter_column("nik_hint", existing_type=sa.String(8), nullable=False)
        batch.alter_column("kk_digest", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint("uq_applicant_nik_digest", ["nik_digest"])
        batch.create_index("ix_applicant_nik_hint", ["nik_hint"])
        batch.create_index("ix_applicant_kk_digest", ["kk_digest"])

    op.create_table(
        "audit_event",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("utc_offset_min", sa.Integer, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("staff_id", sa.String(36)),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("subject_type", sa.String(32)),
        sa.Column("subject_id", sa.String(36)),
        sa.Column("detail", sa.JSON, nullable=False),
    )
    op.create_index("ix_audit_event_at", "audit_event", ["at"])
