"""Backups, integrity checks, restore, and writes refused by a full disk."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.backup import (
    DatabaseCorrupt,
    check_database,
    daily_backup,
    integrity_problems,
    newest_good_backup,
)
from kiosk.store.db import StoreWriteError
from kiosk.store.paths import DataPaths
from tests.factories import applicant_form


def _corrupt(database: Path) -> None:
    """Scribble over pages in the middle of the file, as a torn write on cheap storage would."""
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    with open(database, "r+b") as handle:
        for offset in range(4096, size, 8192):
            handle.seek(offset)
            handle.write(b"\xde\xad\xbe\xef" * 256)


def test_daily_backup_once_a_day_with_rotation(kiosk: KioskServices, data_paths: DataPaths) -> None:
    kiosk.registration.register(applicant_form())
    start = dt.date(2026, 3, 1)
    for day in range(10):
        assert daily_backup(data_paths, start + dt.timedelta(days=day), keep=7) is not None
    assert daily_backup(data_paths, start + dt.timedelta(days=9), keep=7) is None  # same day
    files = sorted(p.name for p in data_paths.backups.glob("daily-*.sqlite3"))
    assert files == [f"daily-202603{d:02d}.sqlite3" for d in range(4, 11)]
    assert not integrity_problems(data_paths.backups / files[-1])
    assert kiosk.maintenance.run_daily().backup is not None  # today's real date is not among them


def test_corrupt_database_is_detected_and_restored_from_the_newest_good_backup(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    with open_kiosk(data_paths) as kiosk:
        for seed in range(30):
            kiosk.registration.register(applicant_form(seed=seed))
        kiosk.maintenance.run_daily()
        kept = kiosk.status.status().applicants
    _corrupt(data_paths.database)
    assert integrity_problems(data_paths.database)
    with pytest.raises(DatabaseCorrupt) as caught:
        check_database(data_paths)
    assert caught.value.last_good == newest_good_backup(data_paths)
    assert caught.value.last_good is not None

    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--lang",
            "en",
            "--data-dir",
            str(data_paths.root),
            "check",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert check.returncode == 2
    assert check.stderr.startswith("The kiosk database is damaged")
    restore = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(data_paths.root),
            "restore",
            str(caught.value.last_good),
            "--yes",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert restore.returncode == 0, restore.stderr
    check_database(data_paths)
    with open_kiosk(data_paths) as kiosk:
        assert kiosk.status.status().applicants == kept
    assert list(data_paths.root.glob("kiosk.sqlite3.replaced-*"))  # the damaged file is kept


def test_restore_refuses_a_file_that_is_not_a_backup(data_paths: DataPaths, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 1000)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--lang",
            "en",
            "--data-dir",
            str(data_paths.root),
            "restore",
            str(junk),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "is not an intact kiosk database backup" in result.stderr
    check_database(data_paths)


def test_full_disk_refuses_the_write_whole_and_reads_keep_working(kiosk: KioskServices) -> None:
    kiosk.registration.register(applicant_form(seed=1))
    before = kiosk.status.status()
    with kiosk.store.reading() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
    engine = kiosk.store.engine

    def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # SQLite's own "database or disk is full" (SQLITE_FULL), reached by capping the file.
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(engine, "connect", cap)
    engine.dispose()
    try:
        with pytest.raises(StoreWriteError) as caught:
            kiosk.registration.register_many([applicant_form(seed=100 + i) for i in range(200)])
        assert caught.value.render("en").startswith("The disk is full: nothing was saved.")
        assert "Penyimpanan penuh" in caught.value.render("id")
        after = kiosk.status.status()
        assert (after.applicants, after.cards, after.outbox_total) == (
            before.applicants,
            before.cards,
            before.outbox_total,
        )
        assert kiosk.people.search("Siti")  # reading still works
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()
    kiosk.registration.register(applicant_form(seed=2))  # and writing works again with room


def test_status_reports_disk_space_and_backups(kiosk: KioskServices) -> None:
    status = kiosk.status.status()
    assert status.free_disk_mb > 0
    assert status.disk_low is (status.free_disk_mb < 300)
    assert status.last_backup_at is None
    kiosk.maintenance.run_daily()
    assert kiosk.status.status().last_backup_at is not None
