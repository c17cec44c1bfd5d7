"""Personal data at rest: nothing readable in the database, its WAL, backups or logs."""

from __future__ import annotations

import base64
import logging
import shutil
from pathlib import Path

from kiosk.services.kiosk import KioskServices, open_kiosk
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
