"""A server database written before personal data was sealed (schema 0003: plain NIKs in
``person`` and in stored payloads, the bundle key in ``server_secret``) is upgraded in place:
everything is sealed, nobody is lost, merging by NIK still finds the old people and the
kiosks' bundle key stays the same."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import inspect, select

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import OutboxEvent
from kiosk.sync import sealed_box, state
from kiosk.sync.engine import to_push_event
from kiosk.sync.protocol import WireEvent
from server.db import Database, make_engine, script_location
from server.models import Event, KeyCheck, Person
from server.personal import SEALED, open_event_payload, open_person
from server.secrets import BUNDLE_KEY_FILE, secrets_of
from tests.conftest import SettableClock
from tests.security.test_server_at_rest import _forms, _personal_values, _text_of_every_row
from tests.servers import BACKENDS, ServerProcess, make_database_url, open_second_kiosk
from tests.synchelpers import fast_backoff

_LEGACY = sa.MetaData()
_person = sa.Table(
    "person",
    _LEGACY,
    sa.Column("id", sa.String),
    sa.Column("nik", sa.String),
    sa.Column("data", sa.JSON),
    sa.Column("device_id", sa.String),
    sa.Column("created_at", sa.DateTime),
)
_event = sa.Table(
    "event",
    _LEGACY,
    *(sa.Column(name, sa.String) for name in ("id", "device_id", "entity", "entity_id", "op")),
    sa.Column("seq", sa.BigInteger),
    sa.Column("payload", sa.JSON),
    sa.Column("device_time", sa.DateTime),
    sa.Column("utc_offset_min", sa.Integer),
    sa.Column("corrected_time", sa.DateTime),
    sa.Column("clock_suspect", sa.Boolean),
    sa.Column("received_at", sa.DateTime),
    sa.Column("via", sa.String),
)
_alias = sa.Table(
    "applicant_alias",
    _LEGACY,
    sa.Column("applicant_id", sa.String),
    sa.Column("person_id", sa.String),
)
_secret = sa.Table(
    "server_secret",
    _LEGACY,
    sa.Column("name", sa.String),
    sa.Column("value", sa.String),
    sa.Column("created_at", sa.DateTime),
)


def _at_0003(url: str) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            command.upgrade(config, "0003")
            connection.commit()
    finally:
        engine.dispose()


def _wire_events(kiosk: KioskServices) -> list[WireEvent]:
    """The kiosk's uploads exactly as it sends them."""
    with kiosk.store.reading() as session:
        rows = session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).all()
        return [WireEvent.of(to_push_event(row, kiosk.store.cipher)) for row in rows]


def _write_legacy(url: str, events: list[WireEvent], device_id: str, bundle: bytes) -> str:
    """Rows as the server before migration 0004 wrote them; returns an erased person's id."""
    now = dt.datetime(2026, 3, 2, 3, 0)
    erased = new_id()
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            for event in events:
                connection.execute(
                    _event.insert().values(
                        id=event.id,
                        device_id=device_id,
                        seq=event.seq,
                        entity=event.entity,
                        entity_id=event.entity_id,
                        op=event.op,
                        payload=event.payload,
                        device_time=now,
                        utc_offset_min=event.utc_offset_min,
                        corrected_time=now,
                        clock_suspect=False,
                        received_at=now,
                        via="push",
                    )
                )
                if event.entity == "applicant":
                    connection.execute(
                        _person.insert().values(
                            id=event.entity_id,
                            nik=event.payload["nik"],
                            data=event.payload,
                            device_id=device_id,
                            created_at=now,
                        )
                    )
            first = next(e for e in events if e.entity == "applicant")
            connection.execute(
                _alias.insert().values(applicant_id=new_id(), person_id=first.entity_id)
            )
            placeholder = "X" + hashlib.sha256(erased.encode()).hexdigest()[:15]
            connection.execute(
                _person.insert().values(
                    id=erased,
                    nik=placeholder,
                    data={"erased": True},
                    device_id=device_id,
                    created_at=now,
                )
            )
            connection.execute(
                _secret.insert().values(name="bundle_x25519", value=bundle.hex(), created_at=now)
            )
    finally:
        engine.dispose()
    return erased


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_server_database_from_before_sealing_is_upgraded_without_losing_anyone(
    backend: str,
    kiosk: KioskServices,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    url = make_database_url(backend, tmp_path)
    forms = _forms(3)
    with open_second_kiosk(tmp_path, template_store, "old-kiosk", clock) as old:
        old.staff.create("admin1", "Wahyu Admin", "739154", "admin")
        registered = {old.registration.register(form).applicant_id: form for form in forms}
        events = _wire_events(old)
        old_device = old.ctx.device_id
    bundle_private, bundle_public = sealed_box.new_keypair()
    _at_0003(url)
    erased = _write_legacy(url, events, old_device, bundle_private)

    secrets_dir = tmp_path / "server-secrets"
    db = Database(url, secrets_dir=secrets_dir)
    try:
        assert "server_secret" not in inspect(db.engine).get_table_names()
        dump = _text_of_every_row(db)
        for form in forms:
            for value in _personal_values(form):
                assert value not in dump
        assert bundle_private.hex() not in dump
        assert (secrets_dir / BUNDLE_KEY_FILE).read_bytes() == bundle_private
        with db.transaction() as session:
            key = secrets_of(session).personal
            assert {check.name for check in session.scalars(select(KeyCheck))} == {
                "personal-data",
                "bundle-x25519",
                # Made at the first start after certificates came (docs/certificates.md).
                "certificate-trust",
            }
            plain = {e.id: e.payload for e in events}
            stored = session.scalars(select(Event)).all()
            assert len(stored) == len(events)
            for event in stored:
                assert (
                    open_event_payload(key, event.id, event.entity, event.payload)
                    == plain[event.id]
                )
                if event.entity in ("applicant", "staff_account"):
                    assert SEALED in event.payload
            for applicant_id, form in registered.items():
                person = session.get(Person, applicant_id)
                assert person is not None and person.nik_digest == key.nik_digest(form.nik)
                opened = open_person(key, person.id, person.data, person.sealed)
                assert opened == next(e.payload for e in events if e.entity_id == applicant_id)
            gone = session.get(Person, erased)
            assert gone is not None and gone.data == {"erased": True} and gone.sealed is None
    finally:
        db.close()

    # The upgraded server, for real: a new kiosk's registration of a known NIK merges into
    # the old person, and the kiosk is given the same bundle key as before.
    server = ServerProcess(url, tmp_path / "server.log", secrets_dir=secrets_dir)
    server.start()
    try:
        known = forms[0]
        old_id = next(i for i, f in registered.items() if f is known)
        again = kiosk.registration.register(known).applicant_id
        kiosk.sync.enroll(server.url, server.enrolment_code())
        assert state.get(kiosk.store, state.BUNDLE_KEY) == bundle_public
        assert kiosk.sync.run(backoff=fast_backoff()).complete
        assert state.get(kiosk.store, state.ALIAS_PREFIX + again) == old_id
        kiosk.registration.register(_forms(1)[0])
        bundle = tmp_path / "usb" / "kiosk.k3b"
        kiosk.sync.export_bundle(bundle)
        imported = server.cli("import-bundle", str(bundle))
        assert imported.returncode == 0, imported.stderr
        accepted = re.search(r"(\d+) accepted, .* (\d+) rejected", imported.stdout)
        assert accepted is not None and int(accepted[1]) >= 1 and accepted[2] == "0"
    finally:
        server.stop()
