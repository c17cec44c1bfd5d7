"""Server migration 0006 (authority) on a database written before it: owners and pull scopes filled in,
no row lost, and a kiosk of another site no longer pulls the old staff rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import select, text

from server.changes import pull_page
from server.db import Database, make_engine, script_location
from server.models import ApplicantAlias, ChangeLog, ReferenceRecord
from tests.servers import BACKENDS, make_database_url

AT = dt.datetime(2026, 3, 2, 2, 30)
DEVICE_A, DEVICE_B = "01900000-0000-7000-8000-00000000000a", "01900000-0000-7000-8000-00000000000b"
ADMIN, SESSION, PERSON, ALIAS = (f"01900000-0000-7000-8000-0000000001{n:02d}" for n in range(4))


def _database_at_0003(url: str) -> None:
    engine = make_engine(url)
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.commit()
        rows = {
            "device": [
                {"id": DEVICE_A, "site": "LPK-A", "key_id": "aa" * 8},
                {"id": DEVICE_B, "site": "BLK-B", "key_id": "bb" * 8},
            ],
        }
        for device in rows["device"]:
            connection.execute(
                text(
                    "INSERT INTO device (id, site, label, key_id, enrolled_at) "
                    "VALUES (:id, :site, '', :key_id, :at)"
                ),
                {**device, "at": AT},
            )
        for kind, record_id, device in (
            ("staff_account", ADMIN, DEVICE_A),
            ("training_session", SESSION, DEVICE_A),
        ):
            connection.execute(
                text(
                    "INSERT INTO reference_record (kind, id, data, device_id, updated_at) "
                    'VALUES (:kind, :id, \'{"pin_hash": "scrypt$x"}\', :device, :at)'
                ),
                {"kind": kind, "id": record_id, "device": device, "at": AT},
            )
            connection.execute(
                text(
                    "INSERT INTO change_log (kind, record_id, data, at) "
                    'VALUES (:kind, :id, \'{"pin_hash": "scrypt$x"}\', :at)'
                ),
                {"kind": kind, "id": record_id, "at": AT},
            )
        connection.execute(
            text(
                "INSERT INTO person (id, nik, data, device_id, created_at) "
                "VALUES (:id, '3273010101900001', '{}', :device, :at)"
            ),
            {"id": PERSON, "device": DEVICE_A, "at": AT},
        )
        connection.execute(
            text("INSERT INTO applicant_alias (applicant_id, person_id) VALUES (:a, :p)"),
            {"a": ALIAS, "p": PERSON},
        )
        connection.execute(
            text(
                "INSERT INTO event (id, device_id, seq, entity, entity_id, op, payload, "
                "device_time, utc_offset_min, corrected_time, clock_suspect, received_at, via) "
                "VALUES (:id, :device, 1, 'applicant', :alias, 'create', '{}', :at, 420, :at, "
                ":no, :at, 'push')"
            ),
            {
                "id": "01900000-0000-7000-8000-000000000200",
                "device": DEVICE_B,
                "alias": ALIAS,
                "at": AT,
                "no": False,
            },
        )
        connection.execute(
            text(
                "INSERT INTO change_log (kind, record_id, data, at) "
                "VALUES ('applicant_alias', :a, '{}', :at)"
            ),
            {"a": ALIAS, "at": AT},
        )
        connection.commit()
    engine.dispose()


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0006_fills_owners_and_scopes(backend: str, tmp_path: Path) -> None:
    url = make_database_url(backend, tmp_path)
    _database_at_0003(url)
    db = Database(url)  # upgrades to the head
    try:
        with db.transaction() as session:
            sites = dict(session.execute(select(ReferenceRecord.kind, ReferenceRecord.site)).all())
            assert sites == {"staff_account": "LPK-A", "training_session": "LPK-A"}
            alias = session.get(ApplicantAlias, ALIAS)
            assert alias is not None and alias.device_id == DEVICE_B
            scopes = {row.kind: row.site for row in session.scalars(select(ChangeLog)).all()}
            assert scopes == {
                "staff_account": "LPK-A",
                "training_session": None,
                "applicant_alias": "BLK-B",
            }
            other_site = pull_page(session, 0, 100, "BLK-B")
            own_site = pull_page(session, 0, 100, "LPK-A")
        assert {c.kind for c in other_site.changes} == {"training_session", "applicant_alias"}
        assert {c.kind for c in own_site.changes} == {"training_session", "staff_account"}
    finally:
        db.close()
