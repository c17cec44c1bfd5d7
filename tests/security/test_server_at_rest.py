"""Finding 9, the server half: personal data at rest on the central server.

A stolen copy of the server's database (a backup, a ``pg_dump``, the SQLite file) holds no
NIK, phone, email, address, family card number or name, and no key that opens them: the keys
live in the secrets folder. The server refuses to open its database with a missing or wrong
key folder, and its files are readable by their owner only.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from kiosk.domain.phone import normalize_mobile
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import ApplicantForm
from kiosk.store.models import OutboxEvent
from kiosk.sync.engine import to_push_event
from kiosk.sync.protocol import API_PREFIX
from server.db import Database, sqlite_file
from server.models import AuditEntry, Base, Event, KeyCheck, Person
from server.personal import (
    APPLICANT_CLEAR,
    SEALED,
    PersonalDataKey,
    SealError,
    open_event_payload,
    open_person,
)
from server.secrets import BUNDLE_KEY_FILE, ENV_SECRETS, PERSONAL_KEY_FILE, secrets_of
from tests.conftest import SettableClock
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import distinct_forms, enrol, fast_backoff


def _forms(count: int) -> list[ApplicantForm]:
    """Synthetic applicants whose every personal field is unique, so a leak is found."""
    return [
        dataclasses.replace(
            form,
            address=f"Jl. Kenanga Raya No. {n}{form.nik[-5:]}, RT 0{n % 9 + 1}/RW 03",
            email=f"pelamar.{form.nik[-7:]}@contoh.id",
            full_name="Ratna " + "".join("bcdfghjklm"[int(d)] for d in form.nik[-8:]).title(),
        )
        for n, form in enumerate(distinct_forms(count))
    ]


def _personal_values(form: ApplicantForm) -> list[str]:
    phone = normalize_mobile(form.phone)
    return [
        form.nik,
        form.kk_number,
        phone,
        "0" + phone.removeprefix("+62"),
        form.email,
        form.address,
        form.full_name,
    ]


def _text_of_every_row(db: Database) -> str:
    """Every column of every row of every table, as text (what a SQL dump would show)."""
    parts: list[str] = []
    with db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def _raw_sqlite(server: ServerProcess) -> bytes:
    path = sqlite_file(server.database_url)
    assert path is not None
    return b"".join(
        Path(name).read_bytes()
        for name in (path, f"{path}-wal", f"{path}-shm")
        if Path(name).exists()
    )


def _kiosk_server(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _without_secrets_env() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name != ENV_SECRETS}


def test_pushed_personal_data_is_not_readable_in_the_server_database(
    kiosk: KioskServices, own_server: ServerProcess
) -> None:
    forms = _forms(6)
    enrol(kiosk, own_server)
    kiosk.staff.create("admin1", "Wahyu Admin", "739154", "admin")
    kiosk.registration.register_many(forms)
    assert kiosk.sync.run(backoff=fast_backoff()).complete

    db = own_server.database()
    try:
        dump = _text_of_every_row(db)
        for form in forms:
            for value in _personal_values(form):
                assert value not in dump
        bundle_key = (own_server.secrets_dir / BUNDLE_KEY_FILE).read_bytes()
        personal_key = (own_server.secrets_dir / PERSONAL_KEY_FILE).read_bytes()
        assert bundle_key.hex() not in dump and personal_key.hex() not in dump
        # The server can still read what it holds, with the key from the secrets folder.
        with db.transaction() as session:
            key = secrets_of(session).personal
            people = session.scalars(select(Person)).all()
            opened = {open_person(key, p.id, p.data, p.sealed)["nik"] for p in people}
            assert opened == {form.nik for form in forms}
            assert all(set(p.data) <= APPLICANT_CLEAR for p in people)
            assert {p.nik_digest for p in people} == {key.nik_digest(f.nik) for f in forms}
            staff = session.scalars(select(Event).where(Event.entity == "staff_account")).one()
            assert "pin_hash" not in staff.payload and SEALED in staff.payload
            opened_staff = open_event_payload(key, staff.id, staff.entity, staff.payload)
            assert opened_staff["pin_hash"] and opened_staff["display_name"] == "Wahyu Admin"
    finally:
        db.close()

    if sqlite_file(own_server.database_url) is not None:
        raw = _raw_sqlite(own_server)
        for form in forms:
            for value in _personal_values(form):
                assert value.encode() not in raw
        assert bundle_key not in raw and personal_key not in raw


def test_server_files_are_owner_only(kiosk: KioskServices, own_server: ServerProcess) -> None:
    enrol(kiosk, own_server)
    kiosk.registration.register(_forms(1)[0])
    assert kiosk.sync.run(backoff=fast_backoff()).complete

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    folder = own_server.secrets_dir
    assert mode(folder) == 0o700
    assert mode(folder / PERSONAL_KEY_FILE) == 0o600
    assert mode(folder / BUNDLE_KEY_FILE) == 0o600
    database = sqlite_file(own_server.database_url)
    if database is None:
        return
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        assert path.exists() and mode(path) == 0o600, path

    # Files an older server left readable by everyone are tightened at the next start.
    own_server.stop()
    for path in (database, folder / PERSONAL_KEY_FILE, folder / BUNDLE_KEY_FILE):
        path.chmod(0o644)
    folder.chmod(0o755)
    assert own_server.cli("stats").returncode == 0
    for path in (database, folder / PERSONAL_KEY_FILE, folder / BUNDLE_KEY_FILE):
        assert mode(path) == 0o600, path
    assert mode(folder) == 0o700


def _stolen_copy(server: ServerProcess, where: Path) -> str:
    """What a thief takes: the database (an online SQLite backup; for PostgreSQL the same
    database, read by someone who does not have the secrets folder)."""
    source = sqlite_file(server.database_url)
    if source is None:
        return server.database_url
    where.mkdir()
    target = where / "kiosk-server.sqlite3"
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    live.close()
    copy.close()
    return f"sqlite:///{target}"


def _key_checks(url: str, secrets_dir: Path) -> dict[str, str]:
    db = Database(url, migrate=False, secrets_dir=secrets_dir)
    try:
        with db.transaction() as session:
            return {row.name: row.value for row in session.scalars(select(KeyCheck))}
    finally:
        db.close()


def test_a_stolen_database_without_the_secrets_folder_is_refused(
    kiosk: KioskServices, own_server: ServerProcess, tmp_path: Path
) -> None:
    forms = _forms(3)
    enrol(kiosk, own_server)
    kiosk.registration.register_many(forms)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    stolen = _stolen_copy(own_server, tmp_path / "stolen")
    checks = _key_checks(stolen, own_server.secrets_dir)
    if stolen != own_server.database_url:
        raw = Path(stolen.removeprefix("sqlite:///")).read_bytes()
        for form in forms:
            for value in _personal_values(form):
                assert value.encode() not in raw

    env = _without_secrets_env()
    empty = tmp_path / "thief-secrets"
    refused = _kiosk_server("stats", "--database", stolen, "--secrets-dir", str(empty), env=env)
    assert refused.returncode == 2
    assert f"{PERSONAL_KEY_FILE} is missing" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not empty.exists()  # no new key is made for sealed data
    if stolen != own_server.database_url:
        # The default folder, next to the copied file, does not exist either.
        alone = _kiosk_server("stats", "--database", stolen, env=env)
        assert alone.returncode == 2 and "is missing" in alone.stderr

    # A made-up key is refused too, for every command including serve.
    wrong = tmp_path / "wrong-secrets"
    wrong.mkdir(mode=0o700)
    (wrong / PERSONAL_KEY_FILE).write_bytes(os.urandom(32))
    (wrong / BUNDLE_KEY_FILE).write_bytes((own_server.secrets_dir / BUNDLE_KEY_FILE).read_bytes())
    for command in (("stats",), ("serve", "--port", "9")):
        refused = _kiosk_server(
            *command[:1], "--database", stolen, "--secrets-dir", str(wrong), *command[1:], env=env
        )
        assert refused.returncode == 2, refused.stderr
        assert "is not the key" in refused.stderr and "never mixes two keys" in refused.stderr

    # A lost bundle key is refused (the kiosks seal bundles to its public half).
    no_bundle = tmp_path / "no-bundle"
    no_bundle.mkdir(mode=0o700)
    personal_key = (own_server.secrets_dir / PERSONAL_KEY_FILE).read_bytes()
    (no_bundle / PERSONAL_KEY_FILE).write_bytes(personal_key)
    refused = _kiosk_server("stats", "--database", stolen, "--secrets-dir", str(no_bundle), env=env)
    assert refused.returncode == 2 and f"{BUNDLE_KEY_FILE} is missing" in refused.stderr
    assert not (no_bundle / BUNDLE_KEY_FILE).exists()

    # Nothing changed; with its own secrets folder the copy is a working backup.
    assert _key_checks(stolen, own_server.secrets_dir) == checks
    restored = _kiosk_server(
        "stats", "--json", "--database", stolen, "--secrets-dir", str(own_server.secrets_dir)
    )
    assert restored.returncode == 0, restored.stderr
    assert '"applicants": 3' in restored.stdout


def test_a_push_reply_reveals_only_an_opaque_id_for_a_known_nik(
    kiosk: KioskServices,
    server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    """A device at another site pushes a NIK the fleet knows: it learns the person's opaque
    id (needed to merge), nothing of their data, and the server keeps an audit entry."""
    form = _forms(1)[0]
    first = kiosk.registration.register(form).applicant_id
    enrol(kiosk, server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    with open_second_kiosk(tmp_path, template_store, "other-site", clock) as other:
        other.sync.enroll(server.url, server.enrolment_code("LPK-LAIN"))
        token = other.sync.token_path.read_text().strip()
        device_id = other.ctx.device_id
        # The insider's kiosk registers the NIK; its upload is sent by hand, reply read whole.
        probe = other.registration.register(form).applicant_id
        with other.store.reading() as session:
            outbox = session.scalars(
                select(OutboxEvent).where(OutboxEvent.entity == "applicant")
            ).one()
            event = to_push_event(outbox, other.store.cipher).model_dump(mode="json")
    reply = requests.post(
        f"{server.url}{API_PREFIX}/push",
        json={"device_id": device_id, "sent_at": "2026-03-02T09:30:00+07:00", "events": [event]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert reply.status_code == 200
    result = reply.json()["results"][0]
    assert result["status"] == "accepted" and result["canonical_id"] == first
    for value in _personal_values(form)[1:]:
        assert value not in reply.text
    db = server.database()
    try:
        with db.transaction() as session:
            merged = session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "person_merged", AuditEntry.device_id == device_id
                )
            ).one()
            assert merged.detail == {"applicant_id": probe, "person_id": first}
            digest = secrets_of(session).personal.nik_digest(form.nik)
            assert (
                len(session.scalars(select(Person).where(Person.nik_digest == digest)).all()) == 1
            )
    finally:
        db.close()


def test_a_sealed_value_opens_only_in_its_own_row_and_under_its_own_key() -> None:
    """Moving a sealed value to another person, or opening it with a made-up key, fails;
    the NIK digest of one key says nothing under another."""
    key = PersonalDataKey(os.urandom(32))
    sealed = key.seal({"nik": "3273014702800001"}, where="person/a")
    assert key.open(sealed, where="person/a") == {"nik": "3273014702800001"}
    other = PersonalDataKey(os.urandom(32))
    flipped = sealed[:-4] + ("A" if sealed[-4] != "A" else "B") + sealed[-3:]
    for attempt in (
        lambda: key.open(sealed, where="person/b"),
        lambda: key.open(sealed, where="event/a"),
        lambda: other.open(sealed, where="person/a"),
        lambda: key.open(flipped, where="person/a"),
    ):
        with pytest.raises(SealError):
            attempt()
    assert key.nik_digest("3273014702800001") != other.nik_digest("3273014702800001")
    assert key.check_value() != other.check_value()
