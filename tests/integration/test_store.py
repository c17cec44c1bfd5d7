"""The SQLite store: durable settings, the single-process lock, migrations with backups."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kiosk.store.checkpoint import SAFETY_NET_PAGES, WalCheckpointer
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.db import Store, StoreError, make_engine, migrate, schema_revision
from kiosk.store.keybinding import KEY_CHECK
from kiosk.store.lock import DataDirLocked
from kiosk.store.migrations import HEAD, script_location
from kiosk.store.models import Base
from kiosk.store.paths import DataPaths, resolve_data_dir
from kiosk.store.scrub import SCRUBBED


def test_pragmas_are_durable(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store, store.transaction() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_are_enforced(data_paths: DataPaths) -> None:
    with (
        Store.open(data_paths) as store,
        pytest.raises(Exception, match="FOREIGN KEY"),
        store.transaction() as session,
    ):
        session.execute(
            text(
                "INSERT INTO enrolment (id, session_id, applicant_id, enrolled_at) "
                "VALUES ('e', 'no-session', 'no-applicant', '2026-01-01')"
            )
        )


def test_second_store_in_same_process_is_refused(data_paths: DataPaths) -> None:
    with Store.open(data_paths), pytest.raises(DataDirLocked) as caught:
        Store.open(data_paths)
    assert str(data_paths.root) in caught.value.render("en")
    assert "Kios sudah berjalan" in caught.value.render("id")


def test_second_kiosk_process_is_refused_with_one_line(data_paths: DataPaths) -> None:
    with Store.open(data_paths):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "--data-dir",
                str(data_paths.root),
                "--lang",
                "en",
                # A command that writes (those that only read open beside a running kiosk).
                "add-staff",
                "rina",
                "--name",
                "Rina",
                "--pin",
                "482916",
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"Another kiosk is already running on the data folder {data_paths.root}. Close it first."
    ]
    assert "Traceback" not in result.stderr


def test_lock_is_released_when_the_store_closes(data_paths: DataPaths) -> None:
    Store.open(data_paths).close()
    Store.open(data_paths).close()


def test_data_dir_resolution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None).root == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "opt").root == (tmp_path / "opt").resolve()
    monkeypatch.delenv("KIOSK_DATA_DIR")
    assert resolve_data_dir(None).root.name == "Kios3in1"


def test_head_constant_matches_migration_scripts() -> None:
    assert ScriptDirectory(script_location()).get_current_head() == HEAD


def test_models_match_migrations(template_store: Path) -> None:
    engine = make_engine(template_store)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def _fill_first_schema(database: Path) -> None:
    """Rows in every table of revision 0001, written as a kiosk of that version would."""
    now = "2025-06-01 02:00:00.000000"
    with closing(sqlite3.connect(database)) as conn, conn:
        conn.execute(
            "INSERT INTO applicant VALUES ('a1','3273015705990001','Siti Rahmawati','Bandung',"
            "'1999-05-17','P',1,'Jl. Merdeka 1','32','32.73','+6281234567890',NULL,'sma_smk',"
            "'unemployed','unemployed',0,'3273010000000001',?,'2024-01',1,'[]',?,420,'d1')",
            (now, now),
        )
        conn.execute(
            "INSERT INTO training_provider VALUES ('p1','BLK Bandung','BLK','32.73','',?)", (now,)
        )
        conn.execute(
            "INSERT INTO training_program VALUES ('g1','Barista Kopi','kuliner',40,1,?)", (now,)
        )
        conn.execute(
            "INSERT INTO training_session VALUES ('s1','g1','p1','Ruang 1','2025-06-02',"
            '\'2025-06-30\',\'{"days": [0], "start": "08:00", "end": "12:00"}\',20,0,?)',
            (now,),
        )
        conn.execute("INSERT INTO enrolment VALUES ('e1','s1','a1',?,NULL)", (now,))
        conn.execute(
            "INSERT INTO card VALUES ('ABCDEFGHIJKLMNOP','a1','0011223344556677',?,'2028-06-01',"
            "'KPAYLOAD',NULL,NULL)",
            (now,),
        )
        conn.execute(
            "INSERT INTO attendance_event VALUES ('t1','s1','ABCDEFGHIJKLMNOP','a1','check_in',"
            "NULL,'2025-06-02',?,420,'d1',NULL)",
            (now,),
        )
        conn.execute(
            "INSERT INTO staff_account VALUES ('u1','admin','Admin','admin','scrypt$x',1,0,NULL,?)",
            (now,),
        )
        conn.execute(
            "INSERT INTO device_key VALUES ('0011223344556677',?,'d1',1,?,NULL)", (b"k" * 32, now)
        )
        conn.execute(
            "INSERT INTO outbox_event (id, entity, entity_id, op, payload, created_at, "
            "utc_offset_min, status, attempts) VALUES ('o1','applicant','a1','create',?,?,420,"
            "'pending',0)",
            ('{"nik": "3273015705990001"}', now),
        )


def _dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    tables = (
        "applicant training_provider training_program training_session enrolment card "
        "attendance_event staff_account device_key outbox_event"
    ).split()
    with closing(sqlite3.connect(database)) as conn:
        dump = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            dump[table] = [
                tuple(zip(columns, row, strict=True))
                for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1")
            ]
    return dump


def test_upgrade_from_first_migration_keeps_every_row(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    migrate(paths.database, paths.backups, target="0001")
    assert schema_revision(paths.database) == "0001"
    _fill_first_schema(paths.database)
    before = _dump(paths.database)

    with Store.open(paths) as store:
        assert schema_revision(paths.database) == HEAD
        with store.reading() as session:
            settings = dict(session.execute(text("SELECT key, value FROM kiosk_setting")).all())
    # only what the upgrade itself records: the key the data is sealed with, and that the
    # readable NIK hints of older versions are wiped
    cipher = PersonalDataCipher(paths.personal_key.read_bytes())
    assert settings == {KEY_CHECK: cipher.key_check(), SCRUBBED: "1"}

    after = _dump(paths.database)
    sealed = {
        "nik": "nik",
        "phone": "phone",
        "email": "email",
        "address": "address",
        "kk_number": "kk",
    }
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            old_values, new_values = dict(old), dict(new)
            for column, value in old_values.items():
                if table == "applicant" and column in sealed:
                    # personal columns are now sealed: they open to exactly the old value
                    assert column not in new_values
                    opened = cipher.open_optional(
                        new_values[f"{sealed[column]}_sealed"],
                        row=old_values["id"],
                        field=sealed[column],
                    )
                    assert opened == value, column
                elif table == "outbox_event" and column == "payload":
                    assert new_values["payload"] != value
                    reopened = cipher.open_payload(json.loads(new_values["payload"]), row="o1")
                    assert reopened == json.loads(value)
                else:
                    assert new_values[column] == value, (table, column)
    applicant = dict(after["applicant"][0])
    assert "nik_hint" not in applicant
    assert applicant["nik_hint_digest"] == cipher.hint_digest("32730001")
    assert applicant["nik_digest"] == cipher.digest("3273015705990001", purpose="nik")
    backups = list(paths.backups.glob("pre-migration-0001-*.sqlite3"))
    assert len(backups) == 1
    assert schema_revision(backups[0]) == "0001"
    assert _dump(backups[0])["applicant"] == before["applicant"]


def test_database_from_a_newer_kiosk_is_refused(data_paths: DataPaths) -> None:
    with closing(sqlite3.connect(data_paths.database)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError) as caught:
        Store.open(data_paths)
    assert "9999" in caught.value.render("en")


def test_corrupt_file_gives_a_user_error(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    paths.database.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store.open(paths)
    # the lock was released: a later open fails the same way, not with "already running"
    with pytest.raises(StoreError):
        Store.open(paths)


def test_aware_times_round_trip_as_utc(kiosk) -> None:  # type: ignore[no-untyped-def]
    status_time = dt.datetime(2026, 1, 1, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    from kiosk.store.models import KioskSetting, TrainingProgram

    with kiosk.store.transaction() as session:
        session.add(KioskSetting(key="x", value="y"))
        session.add(
            TrainingProgram(
                id="prog",
                title="T",
                category="c",
                hours=1,
                prakerja_funded=True,
                created_at=status_time,
            )
        )
    with kiosk.store.reading() as session:
        program = session.get(TrainingProgram, "prog")
        assert program is not None
        assert program.created_at == status_time
        assert program.created_at.tzinfo == dt.UTC


def _rows_in_main_file(database: Path) -> int:
    """Rows of the test's writes already copied into the database file itself (the log
    ignored): an immutable read opens only the main file."""
    uri = f"file:{database}?immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        row = conn.execute("SELECT count(*) FROM kiosk_setting WHERE key LIKE 'bench.%'").fetchone()
    return int(row[0])


def _rows(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        row = conn.execute("SELECT count(*) FROM kiosk_setting WHERE key LIKE 'bench.%'").fetchone()
    return int(row[0])


def _fill(store: Store, rounds: int) -> None:
    for i in range(rounds):
        with store.transaction() as session:
            session.execute(
                text("INSERT INTO kiosk_setting (key, value) VALUES (:k, :v)"),
                {"k": f"bench.{i}", "v": "x" * 3000},
            )


def test_commits_never_checkpoint_the_log_themselves(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        with store.reading() as session:
            assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar() == SAFETY_NET_PAGES
        assert store._checkpointer is not None
        store._checkpointer.stop()  # only commits run now
        # Well past SQLite's default automatic checkpoint of 1000 pages (not the safety net).
        _fill(store, 1500)
        wal = data_paths.database.with_name(data_paths.database.name + "-wal")
        assert wal.stat().st_size > 1000 * 4096
        assert _rows_in_main_file(data_paths.database) == 0
        assert _rows(data_paths.database) == 1500
    # The last connection to close folds the log into the file.
    assert _rows_in_main_file(data_paths.database) == 1500


def test_background_checkpointer_copies_the_log_when_writes_pause(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        checkpointer = store._checkpointer
        assert checkpointer is not None
        _fill(store, 300)
        # Generous: the deadline only matters when the checkpointer is broken (shared CI cores).
        deadline = time.monotonic() + 60
        while _rows_in_main_file(data_paths.database) < 300 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert checkpointer.rounds >= 1
        assert _rows_in_main_file(data_paths.database) == 300
    assert not [t for t in threading.enumerate() if t.name == "kiosk-wal-checkpoint"]


def test_a_few_commits_are_folded_in_once_the_kiosk_is_quiet(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        assert store._checkpointer is not None
        store._checkpointer.stop()
        _fill(store, 3)  # far fewer than a batch
        # A settle time far above any scheduling hiccup, so "not yet" is never a race.
        checkpointer = WalCheckpointer(data_paths.database, settle_s=3.0)
        checkpointer.start()
        try:
            checkpointer.wrote()
            time.sleep(0.2)
            assert _rows_in_main_file(data_paths.database) == 0  # not after every commit
            deadline = time.monotonic() + 60
            while _rows_in_main_file(data_paths.database) < 3 and time.monotonic() < deadline:
                time.sleep(0.05)
            assert _rows_in_main_file(data_paths.database) == 3
            assert checkpointer.rounds == 1
        finally:
            checkpointer.stop()
