"""Opening the kiosk store: lock, durable SQLite settings, migrations with a backup first."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.domain.clock import utc_now
from kiosk.i18n import UserError, define, msg
from kiosk.store.checkpoint import SAFETY_NET_PAGES, WalCheckpointer
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.guard import (
    folder_writable,
    reader_beside_writer,
    reader_uri,
    refuse_missing_store,
)
from kiosk.store.keybinding import finish_upgrade, personal_data_cipher
from kiosk.store.lock import DataDirLock, DataDirLocked
from kiosk.store.migrations import HEAD
from kiosk.store.paths import DataPaths, private_dir, private_file, tighten_data_dir

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536

define(
    "store.newer_schema",
    id="Basis data ini dibuat oleh versi kios yang lebih baru ({revision}). Perbarui aplikasi.",
    en="This database was written by a newer kiosk version ({revision}). Update the application.",
)
define(
    "store.cannot_open",
    id="Basis data kios tidak dapat dibuka: {reason}",
    en="The kiosk database cannot be opened: {reason}",
)


class StoreError(UserError):
    pass


class StoreWriteError(UserError):
    """The disk refused a write; the transaction was rolled back as a whole."""


define(
    "store.disk_full",
    id="Penyimpanan penuh: data tidak disimpan. Kosongkan ruang disk lalu coba lagi.",
    en="The disk is full: nothing was saved. Free some disk space and try again.",
)
define(
    "store.read_only",
    id="Folder data hanya-baca: data tidak disimpan. Periksa izin folder atau diska.",
    en="The data folder is read-only: nothing was saved. Check the folder or drive permissions.",
)
define(
    "store.io_error",
    id="Disk gagal menulis: data tidak disimpan. Periksa diska lalu coba lagi.",
    en="The disk failed to write: nothing was saved. Check the drive and try again.",
)


def _write_failure(exc: OperationalError | sqlite3.OperationalError) -> str | None:
    text = str(exc.orig if isinstance(exc, OperationalError) else exc).lower()
    if "full" in text:
        return "store.disk_full"
    if "readonly" in text or "read-only" in text:
        return "store.read_only"
    if "disk i/o error" in text:
        return "store.io_error"
    return None


def _refused_write(exc: OperationalError | sqlite3.OperationalError) -> StoreWriteError | None:
    """The user's one line for an error that means the disk refused the write, or None."""
    reason = _write_failure(exc)
    if reason is None:
        return None
    log.error("write refused by the disk: %s", reason)
    return StoreWriteError(msg(reason))


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The driver must not open transactions on its own: SQLAlchemy's "begin" hook does it,
    # so that every unit of work is one real SQLite transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Up to 64 MiB of pages in memory (the default is 2 MiB), taken only as the file grows:
    # the digest indexes take random inserts, which at 100 000 applicants and the default
    # cache made each bulk insert twice as slow as in an empty store.
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    cursor.close()


def _manual_checkpoints(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # The store's WalCheckpointer does this work between commits (see checkpoint.py).
    dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {SAFETY_NET_PAGES}")


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # A store in a read-only folder: no journal-mode change (that is a write), no writes.
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    dbapi_connection.execute("PRAGMA query_only = 1")


def _foreign_keys_off(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = OFF")


def _on_begin(connection: Any) -> None:
    # A writer takes the lock up front (IMMEDIATE), so it never fails half-way on SQLITE_BUSY;
    # readers use a deferred BEGIN and never wait for a writer under WAL.
    if connection.get_execution_options().get("kiosk_write"):
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    else:
        connection.exec_driver_sql("BEGIN")


def make_engine(
    database: Path,
    *,
    foreign_keys: bool = True,
    background_checkpoints: bool = False,
    read_only_uri: str | None = None,
) -> Engine:
    """``read_only_uri`` (kiosk.store.guard.reader_uri) opens a store that can only be read."""
    # LIFO: a thread gets back the connection it used last, whose page cache holds what it
    # read (a scan station's roster, say), instead of a colder one from the back of the pool.
    # (An in-memory database has one connection per thread and no such choice.)
    options: dict[str, Any] = {} if str(database) == ":memory:" else {"pool_use_lifo": True}
    if read_only_uri is not None:
        engine = create_engine(f"sqlite:///{read_only_uri}&uri=true", future=True, **options)
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin)
        return engine
    engine = create_engine(f"sqlite:///{database}", future=True, **options)
    event.listen(engine, "connect", _on_connect)
    if not foreign_keys:
        event.listen(engine, "connect", _foreign_keys_off)
    if background_checkpoints:
        event.listen(engine, "connect", _manual_checkpoints)
    event.listen(engine, "begin", _on_begin)
    return engine


def schema_revision(database: Path, *, writable: bool = True) -> str | None:
    """The Alembic revision of a database file, read without importing Alembic."""
    if not database.exists():
        return None
    uri = reader_uri(database, writable=writable) if not writable else str(database)
    with closing(sqlite3.connect(uri, uri=not writable)) as conn:
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError:
            return None
    return None if row is None else str(row[0])


def backup_database(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while others write)."""
    private_dir(target.parent)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    private_file(tmp)  # owner-only before SQLite writes personal data into it
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        src.backup(dst)
    tmp.replace(target)
    return target


def migrate(
    database: Path,
    backups: Path,
    *,
    target: str = "head",
    cipher: PersonalDataCipher | None = None,
) -> str | None:
    """Bring the schema to ``target``; returns the path of the pre-migration backup if one was
    taken. Alembic is imported only when there is something to do, to keep start-up fast."""
    current = schema_revision(database)
    if current == HEAD and target == "head":
        return None
    from kiosk.store.migrations import known_revisions

    if current is not None and current not in known_revisions():
        raise StoreError(msg("store.newer_schema", revision=current))
    backup: str | None = None
    if current is not None:
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        path = backups / f"pre-migration-{current}-{stamp}.sqlite3"
        backup = str(backup_database(database, path))
        log.info("backup before migration from %s written to %s", current, path)
    _run_alembic(database, target, cipher)
    return backup


def _run_alembic(database: Path, target: str, cipher: PersonalDataCipher | None) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from kiosk.store.migrations import script_location

    # Table rebuilds (SQLite "batch" migrations) drop and re-create tables that others
    # reference; foreign keys are checked once, after the whole migration, instead.
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            config.attributes["cipher"] = cipher
            command.upgrade(config, target)
            problems = connection.execute(text("PRAGMA foreign_key_check")).all()
            if problems:
                connection.rollback()
                raise StoreError(msg("store.cannot_open", reason=f"foreign keys: {problems[:3]}"))
            connection.commit()
    finally:
        engine.dispose()


class Store:
    """The open kiosk database of one data folder, held exclusively by this process."""

    def __init__(
        self,
        paths: DataPaths,
        *,
        engine: Engine,
        lock: DataDirLock | None,
        cipher: PersonalDataCipher,
        read_only: bool = False,
        beside_writer: bool = False,
    ) -> None:
        self.paths = paths
        self.engine = engine
        self.cipher = cipher
        # A data folder this process cannot write (a read-only mount or share), or one whose
        # writer lock another process (the GUI) holds: the store is read as it is; every write
        # is refused with a message that says which.
        self.read_only = read_only or beside_writer
        self.beside_writer = beside_writer
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._checkpointer: WalCheckpointer | None = None
        self._hot_lock = threading.Lock()
        self._hot: sqlite3.Connection | None = None

    def start_background_checkpoints(self) -> None:
        """Only for an engine made with ``background_checkpoints=True`` (``Store.open``)."""
        if self._checkpointer is None:
            self._checkpointer = WalCheckpointer(self.paths.database)
            event.listen(self.engine, "commit", self._wrote)
            self._checkpointer.start()

    def _wrote(self, _connection: Any) -> None:
        if self._checkpointer is not None:
            self._checkpointer.wrote()

    @classmethod
    def open(
        cls, paths: DataPaths, *, lock: bool | DataDirLock = True, shared: bool = False
    ) -> Store:
        """Open (creating and migrating as needed). ``lock`` may be a lock the caller already
        holds, so that a GUI can refuse a second instance before it does anything slow.
        ``shared``: when another process holds the lock, open for reading only beside it
        (commands that only read, while the GUI runs) instead of refusing."""
        data_lock: DataDirLock | None
        if not paths.root.is_dir():
            private_dir(paths.root)
        writable = folder_writable(paths.root)
        if isinstance(lock, DataDirLock):
            data_lock = lock
        elif lock:
            data_lock = DataDirLock(paths.lock)
            try:
                data_lock.acquire()
            except DataDirLocked:
                if not shared:
                    raise
                return cls._beside_writer(paths)
        else:
            data_lock = None
        try:
            refuse_missing_store(paths)
            if writable:
                tighten_data_dir(paths)
                private_file(paths.database)
                cipher = personal_data_cipher(paths, schema_revision(paths.database), writable=True)
                migrate(paths.database, paths.backups, cipher=cipher)
                finish_upgrade(paths, cipher)
                engine = make_engine(paths.database, background_checkpoints=True)
            else:
                cipher = personal_data_cipher(paths, None, writable=False)
                if schema_revision(paths.database, writable=False) != HEAD:
                    raise StoreError(msg("store.read_only_upgrade"))
                uri = reader_uri(paths.database, writable=False)
                engine = make_engine(paths.database, read_only_uri=uri)
                log.warning("data folder is read-only: the store is opened for reading only")
        except sqlite3.DatabaseError as exc:
            if data_lock is not None:
                data_lock.release()
            raise StoreError(msg("store.cannot_open", reason=str(exc))) from exc
        except BaseException:
            if data_lock is not None:
                data_lock.release()
            raise
        store = cls(paths, engine=engine, lock=data_lock, cipher=cipher, read_only=not writable)
        if writable:
            store.start_background_checkpoints()
        return store

    @classmethod
    def _beside_writer(cls, paths: DataPaths) -> Store:
        """Read-only, with no lock taken: the writer keeps its lock and stays the only
        writer; this process never migrates, binds a key or makes a file."""
        uri = reader_beside_writer(paths, schema_revision(paths.database))
        cipher = personal_data_cipher(paths, HEAD, writable=True)  # the key exists: no new one
        engine = make_engine(paths.database, read_only_uri=uri)
        log.info("the data folder is in use by another kiosk process: opened for reading only")
        return cls(paths, engine=engine, lock=None, cipher=cipher, beside_writer=True)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            code = "store.in_use_read_only" if self.beside_writer else "store.read_only"
            raise StoreWriteError(msg(code))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed durably on success, rolled back entirely on error.
        A full disk or a read-only folder becomes a StoreWriteError; nothing is half-written."""
        self._refuse_if_read_only()
        try:
            with self._sessions() as session, session.begin():
                session.connection(execution_options={"kiosk_write": True})
                yield session
        except OperationalError as exc:
            refused = _refused_write(exc)
            if refused is None:
                raise
            raise refused from exc

    @contextmanager
    def hot_transaction(self, *, write: bool = True) -> Iterator[sqlite3.Connection]:
        """One transaction on the store's own long-lived driver connection, for tiny hot
        paths (a card scan): no pool checkout and no SQLAlchemy execution machinery, and a
        page cache that stays warm from one call to the next (a station reads its trainees
        into it). One caller at a time. Same pragmas, same rules as ``transaction``: a write
        takes the lock up front and is committed durably, or rolled back entirely; a full
        disk or read-only folder becomes a StoreWriteError."""
        if write:
            self._refuse_if_read_only()
        with self._hot_lock:
            if self._hot is None:
                if self.read_only:
                    uri = reader_uri(self.paths.database, writable=self.beside_writer)
                    db = sqlite3.connect(uri, uri=True, check_same_thread=False)
                    _on_connect_read_only(db, None)
                else:
                    db = sqlite3.connect(self.paths.database, check_same_thread=False)
                    _on_connect(db, None)
                    _manual_checkpoints(db, None)
                self._hot = db
            db = self._hot
            try:
                db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                try:
                    yield db
                except BaseException:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                refused = _refused_write(exc)
                if refused is None:
                    raise
                raise refused from exc
        if write and self._checkpointer is not None:
            self._checkpointer.wrote()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        with self._hot_lock:
            if self._hot is not None:
                self._hot.close()
                self._hot = None
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
