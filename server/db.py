"""The server's database: engine set-up for SQLite or PostgreSQL, migrations, portable upserts."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DATABASE = "sqlite:///kiosk-server.sqlite3"
HEAD = "0004"


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


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (the server's own Alembic history)."""
    from alembic import command
    from alembic.config import Config

    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.commit()


def schema_is_current(engine: Engine) -> bool:
    if "alembic_version" not in inspect(engine).get_table_names():
        return False
    with engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row is not None and row[0] == HEAD


class Database:
    """An engine and its sessions; one transaction per unit of work."""

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if migrate and not schema_is_current(self.engine):
            upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self._sessions() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


def insert_ignoring_conflicts(
    session: Session, table: Table, rows: Sequence[dict[str, Any]]
) -> None:
    """Insert rows, skipping those whose unique key already exists (portable across both
    databases; no SQL is ever built from strings)."""
    if not rows:
        return
    connection = session.connection()  # Core: no ORM bookkeeping for plain table inserts
    name = connection.dialect.name
    dialect_insert = postgresql.insert if name == "postgresql" else sqlite.insert
    connection.execute(dialect_insert(table).on_conflict_do_nothing(), list(rows))
