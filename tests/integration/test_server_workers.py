"""`kiosk-server serve --workers N`: several worker processes in front of one PostgreSQL
database behave as one server; SQLite refuses several workers."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, inspect, select

from kiosk.services.kiosk import KioskServices
from kiosk.store.models import TrainingSession
from kiosk.sync.engine import SyncReport
from server.app import app_from_env
from server.cli import ENV_DATABASE
from server.db import Database, schema_is_current
from server.models import ApplicantAlias, Attendance, AttendanceScan, Device, Person
from server.secrets import ENV_SECRETS, secrets_of
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.netproxy import free_port, wait_until
from tests.servers import ServerProcess, make_database_url, open_second_kiosk
from tests.synchelpers import (
    copy_applicant,
    distinct_forms,
    enrol,
    fast_backoff,
    open_session,
    record_scan,
    server_count,
)


class WorkersServer(ServerProcess):
    """`kiosk-server serve --workers N` on a database nobody migrated: serve does it."""

    def __init__(
        self,
        database_url: str,
        log: Path,
        workers: int,
        *options: str,
        secrets_dir: Path | None = None,
    ) -> None:
        self.database_url = database_url
        self.secrets_dir = secrets_dir or log.parent / "server-secrets"
        self.port = free_port()
        self._log = log
        self._process: subprocess.Popen[bytes] | None = None
        self._command = [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--database",
            database_url,
            "--secrets-dir",
            str(self.secrets_dir),
            "--port",
            str(self.port),
            "--workers",
            str(workers),
            *options,
        ]

    def start(self) -> None:
        with open(self._log, "ab") as log:
            self._process = subprocess.Popen(self._command, stdout=log, stderr=subprocess.STDOUT)
        wait_until(self._healthy, timeout=60)

    def log_text(self) -> str:
        return self._log.read_text(errors="replace")

    def worker_pids(self) -> list[int]:
        """The serving processes uvicorn started under `serve` (its resource tracker aside)."""
        assert self._process is not None
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except OSError:  # gone meanwhile
                continue
            parent = int(stat.rpartition(")")[2].split()[1])
            if parent == self._process.pid and b"multiprocessing.spawn" in command:
                found.append(int(entry.name))
        return found


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[WorkersServer]:
    server = WorkersServer(make_database_url("postgresql", tmp_path), tmp_path / "server.log", 2)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def sync_together(*kiosks: KioskServices) -> list[SyncReport]:
    """Every kiosk syncs in its own thread, all let go at the same moment."""
    start = threading.Barrier(len(kiosks))

    def run(kiosk: KioskServices) -> SyncReport:
        start.wait(timeout=60)
        return kiosk.sync.run(backoff=fast_backoff())

    with ThreadPoolExecutor(max_workers=len(kiosks)) as pool:
        return list(pool.map(run, kiosks))


@pytest.mark.skipif(not os.environ.get("KIOSK_TEST_POSTGRES_URL"), reason="needs PostgreSQL")
def test_two_kiosks_sync_at_once_through_two_workers(
    two_workers: WorkersServer,
    kiosk: KioskServices,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    assert len(two_workers.worker_pids()) == 2
    session_id = open_session(kiosk)
    people = kiosk.registration.register_many(distinct_forms(3))
    enrol(kiosk, two_workers)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    with open_second_kiosk(tmp_path, template_store, "b", clock) as other:
        enrol(other, two_workers)
        assert other.sync.run(backoff=fast_backoff()).complete  # pulls the session
        with other.store.reading() as session:
            assert session.get(TrainingSession, session_id) is not None
        for person in people:
            copy_applicant(kiosk, other, person.applicant_id)
        # Offline on both: every card scanned on both kiosks, and one newcomer registered
        # on both (the same NIK), then both upload at the same moment.
        for person in people:
            assert person.card_id
            record_scan(kiosk, session_id, person.card_id, person.applicant_id)
            record_scan(other, session_id, person.card_id, person.applicant_id)
        form = applicant_form(seed=9191)
        here = kiosk.registration.register(form).applicant_id
        there = other.registration.register(form).applicant_id
        reports = sync_together(kiosk, other)
        assert all(report.complete for report in reports), reports
        # Concurrent transactions on one person and the same cards: no deadlock, no 5xx.
        assert "Traceback" not in two_workers.log_text()
        assert kiosk.sync.health().pending == other.sync.health().pending == 0
        assert kiosk.sync.health().rejected == other.sync.health().rejected == 0
    card_ids = [p.card_id for p in people]
    assert server_count(two_workers, Attendance, Attendance.session_id == session_id) == 3
    scans = server_count(
        two_workers,
        AttendanceScan,
        AttendanceScan.attendance_id.in_(
            select(Attendance.id).where(Attendance.card_id.in_(card_ids))
        ),
    )
    assert scans == 6  # one attendance per card, every scan kept as evidence
    db = two_workers.database()
    try:
        with db.transaction() as session:
            digest = secrets_of(session).personal.nik_digest(form.nik)
            person_ids = session.scalars(select(Person.id).where(Person.nik_digest == digest))
            merged = list(person_ids)
            aliases = session.scalars(
                select(ApplicantAlias.person_id).where(
                    ApplicantAlias.applicant_id.in_([here, there])
                )
            ).all()
            devices = session.scalar(select(Device.id).where(Device.revoked_at.is_not(None)))
    finally:
        db.close()
    assert len(merged) == 1 and merged[0] in (here, there)  # one person, the other an alias
    assert list(aliases) == merged
    assert devices is None


@pytest.mark.skipif(not os.environ.get("KIOSK_TEST_POSTGRES_URL"), reason="needs PostgreSQL")
def test_two_hosts_starting_together_on_a_new_database_migrate_once(tmp_path: Path) -> None:
    """Two `serve --workers 2` (two hosts sharing one secrets folder) started at the same
    moment on a database nobody migrated: one migrates, the other waits, both serve."""
    url = make_database_url("postgresql", tmp_path)
    shared = tmp_path / "server-secrets"
    hosts = [WorkersServer(url, tmp_path / f"host-{n}.log", 2, secrets_dir=shared) for n in (1, 2)]
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(WorkersServer.start, hosts))
        for host in hosts:
            assert len(host.worker_pids()) == 2
            assert requests.get(host.url + "/api/v1/health", timeout=30).status_code == 200
            assert "Traceback" not in host.log_text()
    finally:
        for host in hosts:
            host.stop()
    db = hosts[0].database()
    try:
        assert schema_is_current(db.engine)
    finally:
        db.close()


def wrong_enrolment() -> dict[str, str]:
    """A well-formed enrolment of a new device with a code the server never issued."""
    public = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    return {
        "code": "WRNG-CODE-XXXX",
        "device_id": str(uuid.uuid4()),
        "key_id": hashlib.sha256(public).digest()[:8].hex(),
        "public_key": public.hex(),
        "device_time": dt.datetime.now(dt.UTC).isoformat(),
        "label": "guess",
    }


@pytest.mark.skipif(not os.environ.get("KIOSK_TEST_POSTGRES_URL"), reason="needs PostgreSQL")
def test_every_worker_takes_the_options_and_shares_the_rate_limit(tmp_path: Path) -> None:
    """`--enrol-limit-per-address 2` reaches every worker, and the count is the database's:
    the third bad code is refused whichever worker answers it."""
    server = WorkersServer(
        make_database_url("postgresql", tmp_path),
        tmp_path / "server.log",
        2,
        "--enrol-limit-per-address",
        "2",
    )
    server.start()
    try:
        statuses = []
        for _ in range(6):
            # A new connection each time, so the kernel may hand it to either worker.
            reply = requests.post(
                server.url + "/api/v1/enrol",
                json=wrong_enrolment(),
                headers={"Connection": "close"},
                timeout=30,
            )
            statuses.append(reply.status_code)
    finally:
        server.stop()
    assert statuses[2:] == [429] * 4, statuses
    assert 429 not in statuses[:2], statuses
    assert server_count(server, Device) == 0


def test_sqlite_refuses_several_workers_and_writes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "server.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--database",
            f"sqlite:///{database}",
            "--port",
            str(free_port()),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--workers 2 needs PostgreSQL" in result.stderr
    assert "--workers 1" in result.stderr
    assert list(tmp_path.iterdir()) == []  # no database file, no secrets folder


def test_zero_workers_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "server.cli", "serve", "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "--workers must be at least 1" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_worker_never_migrates_and_refuses_a_schema_not_its_own(tmp_path: Path) -> None:
    """What `serve --workers N` starts each worker with; a database nobody migrated (or one a
    newer version migrated) is refused rather than migrated by workers racing each other."""
    url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    environment = {ENV_DATABASE: url, ENV_SECRETS: str(tmp_path / "secrets")}
    with pytest.raises(RuntimeError, match="not this server's"):
        app_from_env(environment)
    engine = create_engine(url)
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()
    with pytest.raises(RuntimeError, match="KIOSK_SERVER_DATABASE is not set"):
        app_from_env({})
    Database(url, secrets_dir=tmp_path / "secrets").close()  # what serve does, once
    app = app_from_env({**environment, "KIOSK_SERVER_ENROL_LIMIT_TOTAL": "7"})
    assert app.state.identity.enrol_total == 7
    assert app.state.db.secrets.folder == tmp_path / "secrets"

    async def start_and_stop() -> None:
        async with app.router.lifespan_context(app):
            pass

    asyncio.run(start_and_stop())  # the worker's pool of connections closes with it
