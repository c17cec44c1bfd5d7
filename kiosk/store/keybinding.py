"""Which personal-data key a store opens with: made with the first personal data, loaded,
checked against the store (its key check, or one of its sealed values) and then bound to it,
so that a wrong key is refused before anything is written and keys are never mixed."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.i18n import UserError, define, msg
from kiosk.store.crypto import PersonalDataCipher, SealError
from kiosk.store.guard import reader_uri, store_is_empty
from kiosk.store.keystore import load_or_create_key, personal_key_store
from kiosk.store.paths import DataPaths
from kiosk.store.scrub import scrub_needed, scrub_store

log = logging.getLogger(__name__)

# The kiosk_setting row that binds a store to its personal-data key (PersonalDataCipher.key_check).
KEY_CHECK = "personal_key_check"

define(
    "store.key_mismatch",
    id="Kunci data pribadi ({where}) bukan kunci basis data ini. Kios tidak dibuka dan tidak "
    "ada yang ditulis. Pasang kunci kios ini dari cadangan kuncinya: kiosk key import BERKAS",
    en="The personal-data key ({where}) is not this database's key. The kiosk was not opened "
    "and nothing was written. Install this kiosk's own key from its key backup: "
    "kiosk key import FILE",
)


class KeyMismatch(UserError):
    """The key found is not the one this store's personal data was sealed with."""


def _holds_personal_data(database: Path) -> bool:
    if not database.exists():
        return False
    with closing(sqlite3.connect(database)) as conn:
        try:
            return conn.execute("SELECT 1 FROM applicant LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:
            return False


def personal_data_cipher(
    paths: DataPaths, revision: str | None, *, writable: bool
) -> PersonalDataCipher:
    """The key is made with the first personal data; a database that already holds such data
    (or a key check) without its key is refused rather than given a new key that cannot open
    it, and a key that is not the database's own is refused (KeyMismatch) before anything is
    written."""
    sealed_schema = revision is not None and revision not in ("0001", "0002")
    bound = stored_key_check(paths.database, writable=writable) is not None
    allow_create = (
        writable and not bound and not (sealed_schema and _holds_personal_data(paths.database))
    )
    keys = personal_key_store(paths)
    cipher = PersonalDataCipher(load_or_create_key(keys, allow_create=allow_create))
    verify_key(paths.database, cipher, keys.describe(), writable=writable)
    return cipher


def finish_upgrade(paths: DataPaths, cipher: PersonalDataCipher) -> None:
    """After migrations, before any other connection: bind the store to its key, and wipe
    the readable NIK hints of older kiosk versions (kiosk.store.scrub) once."""
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.isolation_level = None
        conn.execute("PRAGMA busy_timeout = 5000")
        bind_to_key(conn, cipher)
        if scrub_needed(conn):
            scrub_store(conn, paths)


def _reader(database: Path, *, writable: bool) -> sqlite3.Connection:
    """A connection for a few reads at start-up. In a writable folder a plain one: as the
    last connection to close it removes the -wal and -shm files it made (a ``mode=ro`` one
    would leave them behind in a store that was refused)."""
    if writable:
        return sqlite3.connect(database)
    return sqlite3.connect(reader_uri(database, writable=False), uri=True)


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM kiosk_setting WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None  # before migration 0002
    return None if row is None else str(row[0])


def stored_key_check(database: Path, *, writable: bool) -> str | None:
    if store_is_empty(database):
        return None
    with closing(_reader(database, writable=writable)) as conn:
        return _setting(conn, KEY_CHECK)


def _sealed_sample(conn: sqlite3.Connection) -> tuple[str, str, str] | dict[str, str] | None:
    """One sealed value of the store: (row, field, text) of an applicant, or an outbox
    payload; None when the store holds nothing sealed."""
    try:
        row = conn.execute(
            "SELECT id, nik_sealed FROM applicant WHERE nik_sealed IS NOT NULL LIMIT 1"
        ).fetchone()
    except sqlite3.OperationalError:
        return None  # before migration 0003: nothing was sealed yet
    if row is not None:
        return (str(row[0]), "nik", str(row[1]))
    row = conn.execute(
        "SELECT id, payload FROM outbox_event WHERE payload LIKE '{\"sealed\":%' LIMIT 1"
    ).fetchone()
    return None if row is None else {"id": str(row[0]), "payload": str(row[1])}


def verify_key(database: Path, cipher: PersonalDataCipher, where: str, *, writable: bool) -> None:
    """Refuse (KeyMismatch) a key that is not the store's: by its key check, or, in a store
    that has none yet, by opening one of its sealed values."""
    if store_is_empty(database):
        return
    with closing(_reader(database, writable=writable)) as conn:
        stored = _setting(conn, KEY_CHECK)
        if stored is not None:
            if stored != cipher.key_check():
                log.error("personal-data key refused: it does not match the store's key check")
                raise KeyMismatch(msg("store.key_mismatch", where=where))
            return
        sample = _sealed_sample(conn)
    if sample is None:
        return  # nothing sealed: no key to mix with yet
    try:
        if isinstance(sample, tuple):
            cipher.open(sample[2], row=sample[0], field=sample[1])
        else:
            cipher.open_payload(json.loads(sample["payload"]), row=sample["id"])
    except (SealError, ValueError) as exc:
        log.error("personal-data key refused: it cannot open the store's sealed data")
        raise KeyMismatch(msg("store.key_mismatch", where=where)) from exc


def bind_to_key(conn: sqlite3.Connection, cipher: PersonalDataCipher) -> None:
    """Write the key check once the store holds sealed data (``cipher`` was verified by
    :func:`verify_key`, or sealed that data itself in a migration). A store with nothing
    sealed stays unbound: it has no key to mix yet, and the right key can still be imported."""
    if _setting(conn, KEY_CHECK) is None and _sealed_sample(conn) is not None:
        conn.execute(
            "INSERT INTO kiosk_setting (key, value) VALUES (?, ?)", (KEY_CHECK, cipher.key_check())
        )
        log.info("store bound to its personal-data key (key check written)")
