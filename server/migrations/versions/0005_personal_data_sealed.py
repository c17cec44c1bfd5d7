"""Personal data sealed at rest: a keyed NIK digest in place of the NIK, personal fields of
people and of stored applicant and staff-account events sealed, the bundle key moved out of
the database into the secrets folder, and the key checks that bind the two."""

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import context, op

from server.personal import (
    APPLICANT_CLEAR,
    ERASED_PAYLOAD,
    SEALED_ENTITIES,
    PersonalDataKey,
    erased_person,
    seal_event_payload,
    seal_fields,
)
from server.secrets import BUNDLE_CHECK, PERSONAL_CHECK, adopt_bundle_key

revision = "0005"
down_revision = "0004"

_PAGE = 1000

_person = sa.table(
    "person",
    sa.column("id", sa.String),
    sa.column("nik_digest", sa.String),
    sa.column("data", sa.JSON),
    sa.column("sealed", sa.Text),
)
_event = sa.table(
    "event",
    sa.column("id", sa.String),
    sa.column("entity", sa.String),
    sa.column("payload", sa.JSON),
)


def upgrade() -> None:
    folder = context.config.attributes.get("secrets_folder")
    master = context.config.attributes.get("personal_key")
    if folder is None or master is None:
        raise RuntimeError("migration 0004 needs the secrets folder: run it through server.db")
    key = PersonalDataKey(master)
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

    op.create_table(
        "key_check",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    checks = {PERSONAL_CHECK: key.check_value()}
    row = bind.execute(sa.text("SELECT value FROM server_secret WHERE name = 'bundle_x25519'"))
    found = row.first()
    if found is not None:
        from kiosk.sync import sealed_box

        private = adopt_bundle_key(Path(folder), bytes.fromhex(found[0]))
        checks[BUNDLE_CHECK] = sealed_box.public_of(private)
    op.drop_table("server_secret")

    # A rename keeps the unique constraint on both databases without rebuilding the table
    # (SQLite's table rebuild would trip over applicant_alias's foreign key).
    op.add_column("person", sa.Column("sealed", sa.Text(), nullable=True))
    op.execute("ALTER TABLE person RENAME COLUMN nik TO nik_digest")
    if bind.dialect.name == "postgresql":
        op.alter_column(
            "person", "nik_digest", type_=sa.String(length=64), existing_type=sa.String(16)
        )
        op.execute("ALTER TABLE person RENAME CONSTRAINT person_nik_key TO person_nik_digest_key")
    _seal_people(bind, key)
    _seal_events(bind, key)

    op.bulk_insert(
        sa.table(
            "key_check",
            sa.column("name", sa.String),
            sa.column("value", sa.String),
            sa.column("created_at", sa.DateTime),
        ),
        [{"name": name, "value": value, "created_at": now} for name, value in checks.items()],
    )


def _pages(bind: Any, table: Any, columns: list[Any], *where: Any) -> Any:
    last = ""
    while True:
        rows = bind.execute(
            sa.select(*columns).where(table.c.id > last, *where).order_by(table.c.id).limit(_PAGE)
        ).all()
        if not rows:
            return
        yield rows
        last = rows[-1].id


def _seal_people(bind: Any, key: PersonalDataKey) -> None:
    columns = [_person.c.id, _person.c.nik_digest, _person.c.data]
    for rows in _pages(bind, _person, columns):
        for row in rows:
            data = dict(row.data or {})
            if data == ERASED_PAYLOAD and not row.nik_digest.isdigit():
                values = erased_person(row.id)  # erased before: the placeholder NIK goes too
            else:
                kept = seal_fields(key, data, APPLICANT_CLEAR, where=f"person/{row.id}")
                values = {
                    "nik_digest": key.nik_digest(row.nik_digest),
                    "sealed": kept.pop("sealed", None),
                    "data": kept,
                }
            bind.execute(sa.update(_person).where(_person.c.id == row.id).values(**values))


def _seal_events(bind: Any, key: PersonalDataKey) -> None:
    columns = [_event.c.id, _event.c.entity, _event.c.payload]
    for rows in _pages(bind, _event, columns, _event.c.entity.in_(sorted(SEALED_ENTITIES))):
        for row in rows:
            if row.payload == ERASED_PAYLOAD:
                continue
            sealed = seal_event_payload(key, row.id, row.entity, dict(row.payload))
            bind.execute(sa.update(_event).where(_event.c.id == row.id).values(payload=sealed))
