"""Staff PIN hashes on a kiosk (issue 10, finding 2, kiosk side): argon2id, older scrypt hashes
upgraded at the next log-in, hashes only in the store and the outbox for the server."""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from pathlib import Path

import pytest
from argon2 import extract_parameters
from sqlalchemy import select

from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffError
from kiosk.store.models import OutboxEvent, StaffAccount
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change

PIN = "482916"


def scrypt_hash_of_an_older_kiosk(pin: str) -> str:
    """A PIN hash exactly as kiosks up to this change wrote it (scrypt, N=2^14, r=8, p=1)."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    salt_text, digest_text = base64.b64encode(salt).decode(), base64.b64encode(digest).decode()
    return f"scrypt$16384$8$1${salt_text}${digest_text}"


def stored_hash(kiosk: KioskServices, username: str) -> str:
    with kiosk.store.reading() as session:
        value = session.scalar(
            select(StaffAccount.pin_hash).where(StaffAccount.username == username)
        )
    assert value is not None
    return value


def staff_events(kiosk: KioskServices) -> int:
    """Outbox events about staff accounts (log-ins are audited: those go out as audit events)."""
    with kiosk.store.reading() as session:
        query = select(OutboxEvent.seq).where(OutboxEvent.entity == "staff_account")
        return len(session.scalars(query).all())


def test_new_pins_are_hashed_with_memory_hard_argon2id(kiosk: KioskServices) -> None:
    kiosk.staff.create("sari", "Sari", PIN)
    stored = stored_hash(kiosk, "sari")
    assert stored.startswith("$argon2id$")
    parameters = extract_parameters(stored)
    assert parameters.memory_cost >= 64 * 1024  # KiB: 64 MiB per guess
    assert parameters.time_cost >= 3
    assert PIN not in stored
    assert kiosk.staff.login("sari", PIN).username == "sari"


def test_an_older_scrypt_hash_still_logs_in_and_is_upgraded_to_argon2id(
    kiosk: KioskServices,
) -> None:
    kiosk.staff.create("adi", "Adi", "739154", "admin")
    old = scrypt_hash_of_an_older_kiosk(PIN)
    with kiosk.store.transaction() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.username == "adi"))
        assert account is not None
        account.pin_hash = old
    events = staff_events(kiosk)

    with pytest.raises(StaffError):
        kiosk.staff.login("adi", "000111")  # a wrong PIN upgrades nothing
    assert stored_hash(kiosk, "adi") == old

    assert kiosk.staff.login("adi", PIN).username == "adi"
    upgraded = stored_hash(kiosk, "adi")
    assert upgraded.startswith("$argon2id$")
    assert kiosk.staff.login("adi", PIN).username == "adi"
    with pytest.raises(StaffError):
        kiosk.staff.login("adi", "739154")
    # kept on this kiosk: the PIN did not change, so nothing new goes to the server
    assert staff_events(kiosk) == events


def test_a_pulled_hash_is_stored_as_it_arrives(kiosk: KioskServices) -> None:
    old = scrypt_hash_of_an_older_kiosk(PIN)
    change = Change(
        kind="staff_account",
        id="01900000-0000-7000-8000-00000000a001",
        data={
            "id": "01900000-0000-7000-8000-00000000a001",
            "username": "budi",
            "display_name": "Budi",
            "role": "staff",
            "pin_hash": old,
            "active": True,
            "created_at": "2026-03-01T08:00:00+07:00",
        },
    )
    with kiosk.store.transaction() as session:
        assert apply_changes(session, [change], kiosk.ctx.now()) == 1
    assert stored_hash(kiosk, "budi") == old
    assert kiosk.staff.login("budi", PIN).username == "budi"


def test_pin_hashes_go_to_the_outbox_for_the_server_and_never_into_the_log(
    kiosk: KioskServices, tmp_path: Path
) -> None:
    from kiosk.logsetup import setup_logging

    log_file = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    assert log_file is not None
    try:
        kiosk.staff.create("sari", "Sari", PIN)
        with kiosk.store.transaction() as session:
            account = session.scalar(select(StaffAccount).where(StaffAccount.username == "sari"))
            assert account is not None
            account.pin_hash = scrypt_hash_of_an_older_kiosk(PIN)
        with pytest.raises(StaffError):
            kiosk.staff.login("sari", "000111")
        kiosk.staff.login("sari", PIN)
    finally:
        root = logging.getLogger()
        for handler in root.handlers[:]:
            if getattr(handler, "_kiosk", False):
                root.removeHandler(handler)
                handler.close()
    with kiosk.store.reading() as session:
        created = session.scalars(
            select(OutboxEvent).where(OutboxEvent.entity == "staff_account")
        ).one()
    # the server needs the hash so the site's other kiosks can log the person in
    assert str(created.payload["pin_hash"]).startswith("$argon2id$")
    text = log_file.read_text(encoding="utf-8")
    assert "upgraded to argon2id" in text  # the log did see the log-ins
    for secret in (PIN, "$argon2id$", "scrypt$", stored_hash(kiosk, "sari")):
        assert secret not in text
