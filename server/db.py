"""The server's database: engine set-up for SQLite or PostgreSQL, migrations, portable upserts,
and the secrets folder that goes with it (server/secrets.py)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from server import secrets as server_secrets
from server.secrets import ServerSecrets

DEFAULT_DATABASE = "sqlite:///kiosk-server.sqlite3"
HEAD = "0014"

log = logging.getLogger(__name__)


def _sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 15000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    # Every server transaction may write: take the write lock up front so two pushes never
    # deadlock upgrading their read locks, and the second sees the first one's rows.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def script_location() -> str:
    return str(Path(__file__).resolve().parent / "migrations")


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def owner_only_sqlite(url: str) -> None:
    """The database file owner-only before SQLite opens it: its -wal and -shm files take the
    same mode when SQLite creates them; ones left by an older server are tightened too."""
    path = sqlite_file(url)
    if path is None:
        return
    if not path.exists() and path.parent.is_dir():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            if name.stat().st_mode & 0o077:
                name.chmod(0o600)
        except FileNotFoundError:
            continue
        except PermissionError:
            log.warning("cannot make %s readable only by its owner", name)


def upgrade(engine: Engine, folder: Path, personal_key: bytes) -> None:
    """Bring the schema to the newest revision (the server's own Alembic history). Migration
    0004 seals existing personal data and moves the bundle key into ``folder``."""
    from alembic import command
    from alembic.config import Config

    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        config.attributes["secrets_folder"] = folder
        config.attributes["personal_key"] = personal_key
        command.upgrade(config, "head")
        connection.commit()


def schema_is_current(engine: Engine) -> bool:
    if "alembic_version" not in inspect(engine).get_table_names():
        return False
    with engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row is not None and row[0] == HEAD


class Database:
    """An engine, its secrets and its sessions; one transaction per unit of work.

    The secrets folder (``secrets_dir``, else $KIOSK_SERVER_SECRETS, else the default of
    server.secrets.default_folder) is opened before the schema is migrated and checked
    against the database: a missing or different key refuses to open (SecretsError). Every
    session carries the secrets in ``session.info`` (server.secrets.secrets_of)."""

    def __init__(
        self,
        url: str,
        *,
        migrate: bool = True,
        secrets_dir: str | os.PathLike[str] | None = None,
    ) -> None:
        self.url = url
        owner_only_sqlite(url)
        self.engine = make_engine(url)
        try:
            self.secrets = self._open_secrets(
                server_secrets.resolve_folder(url, secrets_dir), migrate
            )
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={"secrets": self.secrets}
        )

    def _open_secrets(self, folder: Path, migrate: bool) -> ServerSecrets:
        checks = server_secrets.read_checks(self.engine)
        personal = server_secrets.open_personal_key(folder, checks)
        if migrate and not schema_is_current(self.engine):
            upgrade(self.engine, folder, personal)
            checks = server_secrets.read_checks(self.engine)
        bundle = server_secrets.open_bundle_key(
            folder, checks, server_secrets.legacy_bundle_key(self.engine)
        )
        trust = server_secrets.open_trust_key(folder, checks)
        secrets = ServerSecrets(
            folder=folder, personal_key=personal, bundle_key=bundle, trust_key=trust
        )
        server_secrets.record_checks(self.engine, secrets)
        return secrets

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def insert_ignoring_conflicts(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    insert_new(session, table, rows)


def insert_new(
    session: Session, table: Table, rows: Sequence[dict[str, Any]], *returning: Any
) -> list[Any]:
    """Insert rows, skipping those whose unique key already exists (portable across both
    databases; no SQL is ever built from strings); with ``returning`` columns, those of the
    rows actually inserted."""
    if not rows:
        return []
    connection = session.connection()  # Core: no ORM bookkeeping for plain table inserts
    name = connection.dialect.name
    dialect_insert = postgresql.insert if name == "postgresql" else sqlite.insert
    statement = dialect_insert(table).on_conflict_do_nothing()
    if not returning:
        connection.execute(statement, list(rows))
        return []
    return list(connection.execute(statement.returning(*returning), list(rows)))
