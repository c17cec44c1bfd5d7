"""Upgrades that record card issuers: a kiosk store at 0003 with printed cards, and a server
database at 0003 with stored cards; every card keeps working afterwards."""

from __future__ import annotations

import base64
import datetime as dt
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from kiosk.domain.attendance import ScanOutcome
from kiosk.domain.card import CardSigner, VerifyStatus, card_id_text
from kiosk.domain.card_binding import card_id_binds
from kiosk.services.kiosk import open_kiosk
from kiosk.store.db import migrate, schema_revision
from kiosk.store.migrations import HEAD
from kiosk.store.models import CardBinding, DeviceKey
from kiosk.store.paths import DataPaths
from server.db import Database, make_engine, script_location
from server.models import ChangeLog
from tests.conftest import SettableClock
from tests.factories import open_session
from tests.synchelpers import distinct_forms


def _random_id(*key_ids: str) -> bytes:
    raw = os.urandom(10)
    while any(card_id_binds(raw, key_id) for key_id in key_ids):
        raw = os.urandom(10)  # 1 in 2**32 per key: an old id that fits a key by chance
    return raw


def _make_cards_old(database: Path, signer: CardSigner) -> None:
    """Give every card a random id, as every kiosk issued them before this release, re-signed
    by the kiosk's own key exactly as it signed them then."""
    with closing(sqlite3.connect(database)) as conn, conn:
        rows = conn.execute("SELECT id, issued_at, valid_until FROM card").fetchall()
        for card_id, issued_at, valid_until in rows:
            raw = _random_id(signer.key_id)
            payload = signer.issue(
                raw,
                dt.date.fromisoformat(issued_at[:10]),
                dt.date.fromisoformat(valid_until),
            )
            conn.execute(
                "UPDATE card SET id = ?, payload = ? WHERE id = ?",
                (card_id_text(raw), payload, card_id),
            )


def _as_revision_0003(paths: DataPaths, filled: Path) -> None:
    """A store built by the migrations up to 0003, holding the rows of ``filled``."""
    migrate(paths.database, paths.backups, target="0003")
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute("ATTACH DATABASE ? AS filled", (str(filled),))
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
                " AND name NOT LIKE 'sqlite_%'"
            )
        ]
        assert "card" in tables and "card_binding" not in tables
        for table in tables:
            # Later migrations change other tables too (the NIK hint became a keyed digest):
            # copy the columns both schemas share, and give 0003's readable hint the blank
            # value the upgrade's scrub leaves in old copies.
            ours = [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]
            theirs = {row[1] for row in conn.execute(f"PRAGMA filled.table_info({table})")}
            shared = [name for name in ours if name in theirs]
            names = ", ".join(shared)
            values = names
            if table == "applicant" and "nik_hint" in ours and "nik_hint" not in theirs:
                names += ", nik_hint"
                values += ", '00000000'"
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {values} FROM filled.{table}")
        conn.commit()
        conn.execute("DETACH DATABASE filled")


def test_store_at_0003_records_every_cards_issuer_and_every_card_still_works(
    data_paths: DataPaths, clock: SettableClock, tmp_path: Path
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        session_id = open_session(kiosk, starts_in_days=-1)
        people = kiosk.registration.register_many(distinct_forms(6))
        for person in people:
            kiosk.catalogue.enrol(session_id, person.applicant_id)
        signer = kiosk.ctx.signer
    filled = tmp_path / "filled.sqlite3"
    data_paths.database.rename(filled)
    _make_cards_old(filled, signer)
    _as_revision_0003(data_paths, filled)
    assert schema_revision(data_paths.database) == "0003"
    with closing(sqlite3.connect(data_paths.database)) as conn:
        cards = dict(conn.execute("SELECT id, key_id FROM card").fetchall())
        payloads = dict(conn.execute("SELECT id, payload FROM card").fetchall())
    assert len(cards) == len(people)

    other = CardSigner.generate()
    with open_kiosk(data_paths, clock=clock) as kiosk:
        assert schema_revision(data_paths.database) == HEAD
        assert list(data_paths.backups.glob("pre-migration-0003-*.sqlite3"))
        with kiosk.store.transaction() as session:
            bindings = {b.card_id: b.key_id for b in session.scalars(select(CardBinding))}
            # Another enrolled kiosk's key, trusted here as a pull would bring it.
            session.add(
                DeviceKey(
                    key_id=other.key_id,
                    public_key=other.public_bytes(),
                    own=False,
                    created_at=clock(),
                )
            )
        assert bindings == cards
        for card_id, payload in payloads.items():
            assert kiosk.cards.verify(payload).valid
            verdict = kiosk.attendance.record_scan(session_id, payload, staff_id=None)
            assert verdict.outcome is ScanOutcome.CHECKED_IN and verdict.card_id == card_id
            raw = base64.b32decode(card_id)
            today = clock().date()
            forged = other.issue(raw, today, today + dt.timedelta(days=9000))
            assert kiosk.cards.verify(forged).status is VerifyStatus.WRONG_ISSUER
            refused = kiosk.attendance.record_scan(session_id, forged, staff_id=None)
            assert refused.card_status is VerifyStatus.WRONG_ISSUER and not refused.recorded
        # New cards after the upgrade name their key and need no record.
        late = kiosk.registration.register(distinct_forms(1, start=900)[0])
        assert late.card_id and late.card_payload
        assert card_id_binds(base64.b32decode(late.card_id), kiosk.ctx.signer.key_id)
        with kiosk.store.reading() as session:
            assert session.get(CardBinding, late.card_id) is None
        assert kiosk.cards.verify(late.card_payload).valid


def test_server_at_0003_publishes_the_issuer_of_every_older_card(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    engine = make_engine(url)
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.commit()
    engine.dispose()
    signer = CardSigner.generate()
    older = [card_id_text(_random_id(signer.key_id)) for _ in range(3)]
    bound = card_id_text(signer.new_card_id())
    with closing(sqlite3.connect(tmp_path / "server.sqlite3")) as conn, conn:
        conn.executemany(
            "INSERT INTO card (id, applicant_id, key_id, data) VALUES (?, ?, ?, '{}')",
            [
                (card_id, f"0190000{n}-0000-7000-8000-000000000000", signer.key_id)
                for n, card_id in enumerate([*older, bound])
            ],
        )
    db = Database(url)
    try:
        with db.transaction() as session:
            changes = session.scalars(
                select(ChangeLog).where(ChangeLog.kind == "card_binding")
            ).all()
            assert sorted(change.record_id for change in changes) == sorted(older)
            for change in changes:
                assert change.data == {"card_id": change.record_id, "key_id": signer.key_id}
                assert change.at.tzinfo is not None
    finally:
        db.close()
