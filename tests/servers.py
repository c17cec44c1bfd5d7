"""The real central server for tests: a `kiosk-server serve` process on loopback, on a SQLite
file and, when `.ci/run` provides one, on a throwaway PostgreSQL database (the `server` and
`own_server` fixtures in tests/conftest.py), and a second kiosk to sync with it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import requests

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.paths import DataPaths
from tests.netproxy import free_port, wait_until
from tests.pgtools import create_database

if TYPE_CHECKING:
    # Imported when used: every test run loads this module (tests/conftest.py), and most
    # tests never touch the server's own code.
    from server.db import Database

POSTGRES_ENV = "KIOSK_TEST_POSTGRES_URL"
BACKENDS = ["sqlite", "postgresql"]


def _postgres_database() -> str:
    """A fresh database on the test cluster, so tests never see each other's rows."""
    return create_database(os.environ[POSTGRES_ENV])


def make_database_url(backend: str, folder: Path) -> str:
    if backend == "postgresql":
        if not os.environ.get(POSTGRES_ENV):
            pytest.skip(f"PostgreSQL not provided (set {POSTGRES_ENV}; .ci/run does)")
        return _postgres_database()
    return f"sqlite:///{folder / 'server.sqlite3'}"


class ServerProcess:
    """`kiosk-server serve` in its own process, so a test can kill it and start it again."""

    def __init__(self, database_url: str, log: Path, secrets_dir: Path | None = None) -> None:
        self.database_url = database_url
        # The server's keys, apart from the database (server/secrets.py); every command and
        # every Database of this server uses the same folder.
        self.secrets_dir = secrets_dir or log.parent / "server-secrets"
        self.port = free_port()
        self._log = log
        self._process: subprocess.Popen[bytes] | None = None
        self.database(migrate=True).close()  # migrate once, before any request races it

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        with open(self._log, "ab") as log:
            self._process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "server.cli",
                    "serve",
                    "--database",
                    self.database_url,
                    "--secrets-dir",
                    str(self.secrets_dir),
                    "--port",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_until(self._healthy, timeout=60)

    def _healthy(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            raise RuntimeError(f"server exited: {self._log.read_text()[-2000:]}")
        try:
            return requests.get(self.url + "/api/v1/health", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait(30)
            self._process = None

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(30)
            self._process = None

    def database(self, *, migrate: bool = False) -> Database:
        from server.db import Database

        return Database(self.database_url, migrate=migrate, secrets_dir=self.secrets_dir)

    def cli(self, command: str, *args: str) -> subprocess.CompletedProcess[str]:
        """`kiosk-server COMMAND --database URL ARGS...` as the central operator runs it."""
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "server.cli",
                command,
                "--database",
                self.database_url,
                "--secrets-dir",
                str(self.secrets_dir),
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    def enrolment_code(self, site: str = "BLK-TEST") -> str:
        from server.accounts import new_enrolment_code

        db = self.database()
        try:
            with db.transaction() as session:
                return new_enrolment_code(session, site, dt.datetime.now(dt.UTC))
        finally:
            db.close()


def open_second_kiosk(
    tmp_path: Path, template_store: Path, name: str, clock: object
) -> KioskServices:
    paths = DataPaths(tmp_path / name)
    paths.root.mkdir()
    shutil.copyfile(template_store, paths.database)
    return open_kiosk(paths, clock=clock)  # type: ignore[arg-type]
