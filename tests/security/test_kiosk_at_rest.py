"""A stolen or tampered kiosk data folder, as an attacker or an accident would leave it.

Issue 10, findings 8, 10, 11 and part of 12: no readable NIK fragment at rest, owner-only
files, a wrong key refused, a missing or emptied store never silently replaced, a damaged
store reported by `status` and `--self-test`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.backup import daily_backup, write_backup
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.db import Store, StoreWriteError, migrate, schema_revision
from kiosk.store.guard import StoreMissing
from kiosk.store.keybinding import KEY_CHECK, KeyMismatch
from kiosk.store.keystore import import_key, write_private_file
from kiosk.store.migrations import HEAD
from kiosk.store.paths import DataPaths
from tests.conftest import SettableClock
from tests.factories import applicant_form


def kiosk_cmd(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk", "--lang", "en", "--data-dir", str(data), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def hint(nik: str) -> bytes:
    """What the old store kept readable: the first four and the last four digits."""
    return (nik[:4] + nik[-4:]).encode()


def every_file(paths: DataPaths) -> list[Path]:
    return [p for p in paths.root.rglob("*") if p.is_file() and p.parent != paths.keys]


def fingerprint(paths: DataPaths) -> dict[str, str]:
    return {
        str(p.relative_to(paths.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in every_file(paths)
        if p.parent != paths.logs and p != paths.lock  # the lock file holds the last pid
    }


def register_people(kiosk: KioskServices, count: int, first_seed: int = 900) -> list[str]:
    niks = []
    for i in range(count):
        form = applicant_form(seed=first_seed + i)
        kiosk.registration.register(form, accept_warnings=True)
        niks.append(form.nik)
    return niks


# --- Finding 8: the NIK hint ----------------------------------------------------------------


def _store_at_0003(folder: Path, niks: list[str]) -> DataPaths:
    """A data folder as a kiosk of today's previous release left it: schema 0003 with the
    readable hint column, its key file, and a daily backup taken at 0003."""
    scratch = DataPaths(folder / "scratch")
    scratch.root.mkdir()
    migrate(scratch.database, scratch.backups, target="0001")
    now = "2025-06-01 02:00:00.000000"
    with closing(sqlite3.connect(scratch.database)) as conn, conn:
        for i, nik in enumerate(niks):
            conn.execute(
                "INSERT INTO applicant VALUES (?,?,?,'Bandung','1999-05-17','P',1,'Jl. Mawar 2',"
                "'32','32.73','+6281234500000',NULL,'sma_smk','unemployed','unemployed',0,?,?,"
                "'2024-01',1,'[]',?,420,'d1')",
                (f"a{i:03d}", nik, f"Peserta Lama {i}", f"3273{i:012d}", now, now),
            )
    cipher, key = PersonalDataCipher.generate()
    migrate(scratch.database, scratch.backups, target="0003", cipher=cipher)
    paths = DataPaths(folder / "data")
    paths.root.mkdir()
    shutil.copyfile(scratch.database, paths.database)
    write_private_file(paths.personal_key, key)
    write_backup(paths, paths.backups / "daily-20250601.sqlite3")
    return paths


def test_upgrade_from_0003_wipes_every_readable_nik_hint_and_search_still_works(
    tmp_path: Path, clock: SettableClock
) -> None:
    # synthetic NIKs: Kota Bandung districts, women born 17-05-1999 (day + 40), serials 48xx
    niks = [f"3273{1 + i % 3:02d}570599{4821 + i:04d}" for i in range(12)]
    paths = _store_at_0003(tmp_path, niks)
    assert schema_revision(paths.database) == "0003"
    # the attack: the hints sit readable in the store and its backup
    before = {p.name: p.read_bytes() for p in every_file(paths)}
    assert all(hint(nik) in before["kiosk.sqlite3"] for nik in niks)
    assert all(hint(nik) in before["daily-20250601.sqlite3"] for nik in niks)

    with open_kiosk(paths, clock=clock) as kiosk:
        assert schema_revision(paths.database) == HEAD
        with closing(sqlite3.connect(paths.database)) as conn:
            columns = {row[1] for row in conn.execute("PRAGMA table_info(applicant)")}
        assert "nik_hint" not in columns and "nik_hint_digest" in columns
        # screens still show the masked NIK, and staff find people by its visible digits
        person = kiosk.people.get("a003")
        assert person is not None
        assert person.masked_nik == f"{niks[3][:4]}••••••••{niks[3][-4:]}"
        found = kiosk.people.search(f"{niks[3][:4]} {niks[3][-4:]}")
        assert [p.id for p in found] == ["a003"]
        assert kiosk.status.status().applicants == len(niks)
        # the store is now bound to its key
        with closing(sqlite3.connect(paths.database)) as conn:
            row = conn.execute("SELECT value FROM kiosk_setting WHERE key = ?", (KEY_CHECK,))
            assert row.fetchone() == (kiosk.store.cipher.key_check(),)
        files = every_file(paths)  # with the WAL of the open store
        names = {p.name for p in files}
        assert "daily-20250601.sqlite3" in names
        assert any(n.startswith("pre-migration-0003-") for n in names)
        for path in files:
            content = path.read_bytes()
            for nik in niks:
                assert hint(nik) not in content, (path.name, nik[:4])

    # a backup restored later still has everything the upgrade needs
    old_backup = paths.backups / "daily-20250601.sqlite3"
    assert kiosk_cmd("restore", str(old_backup), "--yes", data=paths.root).returncode == 0
    with open_kiosk(paths, clock=clock) as kiosk:
        person = kiosk.people.get("a007")
        assert person is not None and person.masked_nik.endswith(niks[7][-4:])
        assert [p.id for p in kiosk.people.search(niks[7][:4] + niks[7][-4:])] == ["a007"]


def test_new_registrations_leave_no_nik_fragment_in_store_wal_or_backups(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        niks = register_people(kiosk, 15)
        daily_backup(data_paths, clock().date())
        assert Path(f"{data_paths.database}-wal").stat().st_size > 0
        files = every_file(data_paths)
        assert len([p for p in files if p.parent == data_paths.backups]) == 1
        for path in files:
            content = path.read_bytes()
            for nik in niks:
                assert hint(nik) not in content, (path.name, nik[:4])
        summary = kiosk.people.search(niks[0][:4] + niks[0][-4:])
        assert len(summary) == 1 and summary[0].masked_nik.startswith(niks[0][:4])


# --- Finding 8: owner-only files ------------------------------------------------------------


def _modes(paths: DataPaths) -> dict[str, int]:
    return {
        str(p.relative_to(paths.root.parent)): stat.S_IMODE(p.stat().st_mode)
        for p in [paths.root, *paths.root.rglob("*")]
    }


def test_data_folder_store_wal_backups_keys_and_logs_are_owner_only(
    tmp_path: Path, clock: SettableClock
) -> None:
    import logging

    from kiosk.logsetup import setup_logging

    paths = DataPaths(tmp_path / "fresh")
    log_file = setup_logging(paths.logs)
    try:
        with open_kiosk(paths, clock=clock) as kiosk:
            register_people(kiosk, 2)
            daily_backup(paths, clock().date())
            logging.getLogger("kiosk.test").info("a line before the rotation")
            for handler in logging.getLogger().handlers:
                if getattr(handler, "_kiosk", False):
                    handler.doRollover()  # type: ignore[attr-defined]
            logging.getLogger("kiosk.test").info("a line after the rotation")
            modes = _modes(paths)
    finally:
        root = logging.getLogger()
        for handler in root.handlers[:]:
            if getattr(handler, "_kiosk", False):
                root.removeHandler(handler)
                handler.close()
    assert log_file is not None
    expected = {"fresh/kiosk.sqlite3-wal", "fresh/kiosk.sqlite3-shm", "fresh/logs/kiosk.log.1"}
    assert expected <= set(modes)
    assert "fresh/keys/personal-data.key" in modes and "fresh/backups" in modes
    loose = {name: oct(mode) for name, mode in modes.items() if mode & 0o077}
    assert loose == {}
    folders = {name for name in modes if (tmp_path / name).is_dir()}
    assert folders == {"fresh", "fresh/keys", "fresh/backups", "fresh/logs"}
    assert all(modes[name] == 0o700 for name in folders)


def test_a_folder_left_world_readable_by_an_older_kiosk_is_tightened_at_start_up(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        register_people(kiosk, 1)
        daily_backup(data_paths, clock().date())
    for path in [data_paths.root, *data_paths.root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    with open_kiosk(data_paths, clock=clock):
        modes = _modes(data_paths)
    assert {name: oct(mode) for name, mode in modes.items() if mode & 0o077} == {}


# --- Finding 11: a wrong personal-data key --------------------------------------------------


def test_a_replaced_key_is_refused_at_start_up_and_nothing_is_written(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        niks = register_people(kiosk, 3)
    good_key = data_paths.personal_key.read_bytes()
    write_private_file(data_paths.personal_key, os.urandom(32))  # the attack
    before = fingerprint(data_paths)

    with pytest.raises(KeyMismatch) as caught:
        open_kiosk(data_paths, clock=clock)
    assert "kiosk key import" in caught.value.render("en")
    assert "kiosk key import" in caught.value.render("id")
    result = kiosk_cmd("status", data=data_paths.root)
    assert result.returncode != 0
    assert "kiosk key import FILE" in result.stderr
    result = kiosk_cmd(
        "add-staff", "penyusup", "--name", "X", "--pin", "482916", data=data_paths.root
    )
    assert result.returncode != 0
    assert fingerprint(data_paths) == before  # not a byte changed, no second key mixed in

    # the wrong key cannot be imported either; the kiosk's own key can, and all is there
    stray = data_paths.root.parent / "stray.key"
    stray.write_bytes(os.urandom(32))
    with pytest.raises(KeyMismatch):
        import_key(data_paths, stray)
    carried = data_paths.root.parent / "carried.key"
    carried.write_bytes(good_key)
    result = kiosk_cmd("key", "import", str(carried), data=data_paths.root)
    assert result.returncode == 0, result.stderr
    with open_kiosk(data_paths, clock=clock) as kiosk:
        assert kiosk.registration.is_registered(niks[0])
        assert kiosk.status.status().applicants == 3


def test_a_store_upgraded_before_it_had_a_key_check_refuses_a_wrong_key_too(
    tmp_path: Path,
) -> None:
    paths = _store_at_0003(tmp_path, ["3273015705990001"])
    write_private_file(paths.personal_key, os.urandom(32))
    before = fingerprint(paths)
    with pytest.raises(KeyMismatch):
        Store.open(paths)
    assert fingerprint(paths) == before
    assert schema_revision(paths.database) == "0003"  # not migrated with the wrong key


# --- Finding 10: a missing or zero-byte store ------------------------------------------------


@pytest.mark.parametrize("how", ["truncated", "deleted"])
def test_an_emptied_store_is_refused_with_the_newest_backup_never_a_new_kiosk(
    data_paths: DataPaths, clock: SettableClock, how: str
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        register_people(kiosk, 4)
        device_id = kiosk.ctx.device_id
        daily_backup(data_paths, clock().date())
    newest = data_paths.backups / f"daily-{clock():%Y%m%d}.sqlite3"
    if how == "truncated":
        os.truncate(data_paths.database, 0)  # truncate -s 0 kiosk.sqlite3
    else:
        data_paths.database.unlink()

    check = kiosk_cmd("check", data=data_paths.root)
    assert check.returncode != 0
    assert f"kiosk restore {newest}" in check.stderr
    assert "intact" not in check.stdout
    status = kiosk_cmd("status", "--json", data=data_paths.root)
    assert status.returncode != 0 and str(newest) in status.stderr
    with pytest.raises(StoreMissing) as caught:
        open_kiosk(data_paths, clock=clock)
    assert caught.value.last_good == newest
    # nothing was made: no new database, so no new device id
    assert not data_paths.database.exists() or data_paths.database.stat().st_size == 0

    restored = kiosk_cmd("restore", str(newest), "--yes", data=data_paths.root)
    assert restored.returncode == 0, restored.stderr
    with open_kiosk(data_paths, clock=clock) as kiosk:
        assert kiosk.ctx.device_id == device_id
        assert kiosk.status.status().applicants == 4


def test_a_genuinely_new_folder_still_starts_a_new_kiosk(tmp_path: Path) -> None:
    result = kiosk_cmd("status", "--json", data=tmp_path / "new")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "new" / "kiosk.sqlite3").stat().st_size > 0


# --- Finding 12: a damaged store in status and the self-test --------------------------------


def _scribble(database: Path) -> None:
    with closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = database.stat().st_size
    with open(database, "r+b") as handle:
        for offset in range(size // 3, size, 8192):
            handle.seek(offset)
            handle.write(os.urandom(1024))


def test_status_and_self_test_report_a_damaged_store(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    with open_kiosk(data_paths, clock=clock) as kiosk:
        register_people(kiosk, 40)
    _scribble(data_paths.database)
    status = kiosk_cmd("status", data=data_paths.root)
    assert status.returncode != 0
    assert "damaged" in status.stderr
    test = kiosk_cmd("--self-test", data=data_paths.root)
    assert test.returncode != 0
    assert "damaged" in test.stderr
    assert "self-test ok" not in test.stdout


# --- Finding 12: a read-only data folder ------------------------------------------------------


@pytest.fixture
def read_only_mount(tmp_path: Path) -> Iterator[Path]:
    """A real file system mounted read-only (tmpfs, then remounted ro): the only honest way
    to make a folder unwritable for the root user the tests run as."""
    if os.geteuid() != 0:
        pytest.skip("mounting a read-only file system needs root (CAP_SYS_ADMIN)")
    mount = tmp_path / "mnt"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "kiosk-ro-test", str(mount)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def test_a_read_only_folder_allows_status_roster_and_exports_and_check_says_read_only(
    data_paths: DataPaths, clock: SettableClock, read_only_mount: Path, tmp_path: Path
) -> None:
    from tests.factories import open_session

    with open_kiosk(data_paths, clock=clock) as kiosk:
        session_id = open_session(kiosk)
        people = [kiosk.registration.register(applicant_form(seed=70 + i)) for i in range(3)]
        kiosk.catalogue.enrol_many(session_id, [p.applicant_id for p in people])
    assert not Path(f"{data_paths.database}-wal").exists()  # closed cleanly
    folder = read_only_mount / "data"
    shutil.copytree(data_paths.root, folder)
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)], check=True)
    with pytest.raises(OSError, match="Read-only file system"):  # even for root
        (folder / "probe").write_bytes(b"x")
    before = fingerprint(DataPaths(folder))

    check = kiosk_cmd("check", data=folder)
    assert check.returncode == 0, check.stderr
    assert "read-only" in check.stdout and "damaged" not in check.stdout + check.stderr
    status = kiosk_cmd("status", "--json", data=folder)
    assert status.returncode == 0, status.stderr
    assert '"read_only": true' in status.stdout and '"applicants": 3' in status.stdout
    roster = kiosk_cmd("roster", "--session", session_id, "--json", data=folder)
    assert roster.returncode == 0, roster.stderr
    assert roster.stdout.count("••••••••") == 3  # masked NIKs, opened with the key
    out = tmp_path / "hadir.csv"
    export = kiosk_cmd("export-attendance", "--session", session_id, "--out", str(out), data=folder)
    assert export.returncode == 0, export.stderr
    assert out.read_text(encoding="utf-8").count("••••••••") >= 3
    refused = kiosk_cmd("add-staff", "sari", "--name", "Sari", "--pin", "482916", data=folder)
    assert refused.returncode != 0
    assert "read-only: nothing was saved" in refused.stderr

    with open_kiosk(DataPaths(folder), clock=clock) as kiosk:
        assert kiosk.store.read_only
        with pytest.raises(StoreWriteError):
            kiosk.registration.register(applicant_form(seed=99))
    assert fingerprint(DataPaths(folder)) == before
