"""Personal data at rest: nothing readable in the database, its WAL, backups or logs."""

from __future__ import annotations

import base64
import logging
import shutil
from pathlib import Path

import pytest

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.crypto import PersonalKeyMissing
from kiosk.store.db import backup_database
from kiosk.store.paths import DataPaths
from tests.conftest import SettableClock
from tests.factories import applicant_form


def _encodings(secret: str) -> list[bytes]:
    raw = secret.encode()
    return [
        raw,
        secret.encode("utf-16-le"),
        secret.encode("utf-16-be"),
        raw.hex().encode(),
        base64.b64encode(raw),
        base64.b32encode(raw),
    ]


def _files(paths: DataPaths) -> list[Path]:
    return [p for p in paths.root.rglob("*") if p.is_file() and p.suffix != ".key"]


def test_personal_values_never_appear_in_database_wal_or_backups(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    forms = [applicant_form(seed=500 + i, email=f"orang{i}@contoh.id") for i in range(5)]
    with open_kiosk(data_paths, clock=clock) as kiosk:
        for form in forms:
            kiosk.registration.register(form)
        # look at the WAL while it still holds the fresh pages
        backup_database(data_paths.database, data_paths.backups / "manual.sqlite3")
        wal = data_paths.root / "kiosk.sqlite3-wal"
        assert wal.exists()
        snapshot = data_paths.root / "wal-snapshot"
        shutil.copyfile(wal, snapshot)
        secrets = []
        for form in forms:
            secrets += [form.nik, form.kk_number, form.email, form.address]
            secrets.append(kiosk.registration.check(form).clean.phone)  # type: ignore[union-attr]
        files = _files(data_paths)
        assert {f.name for f in files} >= {"kiosk.sqlite3", "manual.sqlite3", "wal-snapshot"}
        for path in files:
            content = path.read_bytes()
            for secret in secrets:
                for encoded in _encodings(secret):
                    assert encoded not in content, (path.name, secret[:3])
        # and yet the kiosk can still find a person by the NIK they type
        assert kiosk.registration.is_registered(forms[0].nik)


def test_a_full_registration_logs_no_personal_data(kiosk: KioskServices, tmp_path: Path) -> None:
    from kiosk.logsetup import setup_logging

    log_file = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    assert log_file is not None
    form = applicant_form(full_name="Kartika Sulistyowati", email="kartika@contoh.id")
    try:
        result = kiosk.registration.register(form)
        kiosk.cards.reissue(result.applicant_id, staff_id="staff-1")
        kiosk.people.search("Kartika")
    finally:
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "_kiosk", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    text = log_file.read_text(encoding="utf-8")
    assert text, "the registration should have logged something"
    phone = kiosk.registration.check(form).clean.phone  # type: ignore[union-attr]
    for secret in (form.nik, "Kartika", "Sulistyowati", phone, form.phone, form.kk_number):
        assert secret not in text


def test_a_database_with_personal_data_but_no_key_is_refused(data_paths: DataPaths) -> None:
    import pytest

    from kiosk.store.crypto import PersonalKeyMissing

    with open_kiosk(data_paths) as kiosk:
        kiosk.registration.register(applicant_form())
    data_paths.personal_key.unlink()
    with pytest.raises(PersonalKeyMissing) as caught:
        open_kiosk(data_paths)
    assert "personal-data.key" in caught.value.render("en")


def _staff(kiosk: KioskServices) -> tuple[object, object]:
    staff = kiosk.staff.create("sari", "Sari", "482916", "staff")
    admin = kiosk.staff.create("adi", "Adi", "739154", "admin")
    return staff, admin


def _audit_actions(kiosk: KioskServices) -> list[str]:
    return [entry.action for entry in kiosk.audit.recent()]


def test_reveal_and_export_are_audited(kiosk: KioskServices) -> None:
    staff, _ = _staff(kiosk)
    form = applicant_form()
    result = kiosk.registration.register(form)
    assert kiosk.privacy.reveal_nik(result.applicant_id, staff) == form.nik  # type: ignore[arg-type]
    export = kiosk.privacy.export_applicant(result.applicant_id, staff)  # type: ignore[arg-type]
    assert export["applicant"]["nik"] == form.nik
    assert export["applicant"]["kk_number"] == form.kk_number
    assert [c["id"] for c in export["cards"]] == [result.card_id]
    actions = _audit_actions(kiosk)
    assert "nik_revealed" in actions and "personal_data_exported" in actions
    with kiosk.store.reading() as session:
        from kiosk.store.models import AuditEvent

        for event in session.query(AuditEvent):
            assert form.nik not in str(event.detail)


def test_erasure_needs_an_admin_and_travels_through_sync(kiosk: KioskServices) -> None:
    import pytest
    from sqlalchemy import select

    from kiosk.services.privacy import PrivacyError
    from kiosk.services.staff import StaffError
    from kiosk.store.models import Applicant, OutboxEvent

    staff, _ = _staff(kiosk)
    form = applicant_form()
    result = kiosk.registration.register(form)
    with pytest.raises(StaffError):
        kiosk.privacy.erase(result.applicant_id, staff, admin_username="adi", admin_pin="000000")  # type: ignore[arg-type]
    with pytest.raises(PrivacyError):
        kiosk.privacy.erase(result.applicant_id, staff, admin_username="sari", admin_pin="482916")  # type: ignore[arg-type]
    kiosk.privacy.erase(result.applicant_id, staff, admin_username="adi", admin_pin="739154")  # type: ignore[arg-type]
    with kiosk.store.reading() as session:
        applicant = session.get(Applicant, result.applicant_id)
        assert applicant is not None
        assert applicant.nik_sealed is None and applicant.phone_sealed is None
        assert applicant.full_name == "" and applicant.personal_data_removed_at is not None
        ops = [
            e.op
            for e in session.scalars(
                select(OutboxEvent).where(OutboxEvent.entity_id == result.applicant_id)
            )
        ]
    assert ops == ["erase"]  # the never-uploaded create is gone, the erasure goes up
    assert result.card_payload and not kiosk.cards.verify(result.card_payload).valid
    assert not kiosk.registration.is_registered(form.nik)
    kiosk.registration.register(form)  # the person may register again later


def test_retention_purges_only_acknowledged_people_without_sessions_ahead(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    import datetime as dt

    from sqlalchemy import update

    from kiosk.services.catalogue import WeeklySchedule
    from kiosk.store.models import Applicant, OutboxEvent

    old_acked = kiosk.registration.register(applicant_form(seed=1))
    old_pending = kiosk.registration.register(applicant_form(seed=2))
    old_in_class = kiosk.registration.register(applicant_form(seed=3))
    provider = kiosk.catalogue.create_provider("BLK Bandung", "BLK", "32.73")
    program = kiosk.catalogue.create_program("Barista Kopi", "kuliner", 40)
    today = clock().date()
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 1",
        start_date=today,
        end_date=today + dt.timedelta(days=500),
        schedule=WeeklySchedule((0,), "08:00", "12:00"),
        capacity=10,
    )
    kiosk.catalogue.enrol(training.id, old_in_class.applicant_id)
    # the server acknowledged everything but old_pending's registration
    with kiosk.store.transaction() as session:
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.entity_id != old_pending.applicant_id)
            .values(status="accepted")
        )
    clock.advance(days=400)
    fresh = kiosk.registration.register(applicant_form(seed=4))
    with kiosk.store.transaction() as session:
        session.execute(update(OutboxEvent).values(status="accepted"))
        session.execute(
            update(OutboxEvent)
            .where(OutboxEvent.entity_id == old_pending.applicant_id)
            .values(status="pending")
        )
    result = kiosk.privacy.purge_expired(retention_days=365)
    assert result.applicant_ids == (old_acked.applicant_id,)
    with kiosk.store.reading() as session:
        purged = session.get(Applicant, old_acked.applicant_id)
        kept = session.get(Applicant, fresh.applicant_id)
        assert purged is not None and purged.nik_sealed is None and purged.full_name == ""
        assert kept is not None and kept.nik_sealed is not None
    # the card stays valid and pseudonymous; the purge is idempotent
    assert old_acked.card_payload and kiosk.cards.verify(old_acked.card_payload).valid
    assert kiosk.privacy.purge_expired(retention_days=365).purged == 0
    assert "personal_data_purged" in _audit_actions(kiosk)


def test_key_kept_in_the_os_keyring_and_moved_with_export_import(
    tmp_path: Path, monkeypatch: object
) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    from kiosk.store.keystore import export_key, import_key

    class MemoryKeyring(KeyringBackend):  # a real backend, living in memory for the test
        priority = 10  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("KIOSK_KEYRING", "1")  # type: ignore[attr-defined]
    try:
        old_pc = DataPaths(tmp_path / "old")
        form = applicant_form()
        with open_kiosk(old_pc) as kiosk:
            result = kiosk.registration.register(form)
        assert not old_pc.personal_key.exists()  # the key went to the keyring, not to a file
        assert len(backend.items) == 1
        carried = export_key(old_pc, tmp_path / "usb" / "kiosk.key")
        assert carried.stat().st_mode & 0o777 == 0o600

        new_pc = DataPaths(tmp_path / "new")
        shutil.copytree(old_pc.root, new_pc.root, ignore=shutil.ignore_patterns("*.lock"))
        backend.items.clear()  # another PC: its keyring does not have the key
        with pytest.raises(PersonalKeyMissing):
            open_kiosk(new_pc)
        import_key(new_pc, carried)
        with open_kiosk(new_pc) as kiosk:
            assert kiosk.registration.is_registered(form.nik)
            staff = kiosk.staff.create("sari", "Sari", "482916", "staff")
            assert kiosk.privacy.reveal_nik(result.applicant_id, staff) == form.nik
    finally:
        keyring.set_keyring(previous)
