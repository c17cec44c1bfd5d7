"""Start-up guards of a data folder: the store's key check, a missing or emptied store in a
folder where a kiosk already lived, and a folder that cannot be written (read-only use)."""

from __future__ import annotations

import errno
import json
import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.i18n import UserError, define, msg
from kiosk.store.crypto import PersonalDataCipher, SealError
from kiosk.store.paths import DataPaths

log = logging.getLogger(__name__)

# The kiosk_setting row that binds a store to its personal-data key (PersonalDataCipher.key_check).
KEY_CHECK = "personal_key_check"
_REFUSED_WRITE = (errno.EROFS, errno.EACCES, errno.EPERM)

define(
    "store.key_mismatch",
    id="Kunci data pribadi ({where}) bukan kunci basis data ini. Kios tidak dibuka dan tidak "
    "ada yang ditulis. Pasang kunci kios ini dari cadangan kuncinya: kiosk key import BERKAS",
    en="The personal-data key ({where}) is not this database's key. The kiosk was not opened "
    "and nothing was written. Install this kiosk's own key from its key backup: "
    "kiosk key import FILE",
)
define(
    "store.missing",
    id="Basis data kios hilang atau kosong ({path}), padahal kios sudah pernah berjalan di "
    "folder ini. Kios tidak membuat basis data baru. Pulihkan cadangan terbaru: "
    "kiosk restore {backup}",
    en="The kiosk database is missing or empty ({path}) although a kiosk has run in this "
    "folder. No new database was made. Restore the newest backup: kiosk restore {backup}",
)
define(
    "store.missing_no_backup",
    id="Basis data kios hilang atau kosong ({path}), padahal kios sudah pernah berjalan di "
    "folder ini, dan tidak ada cadangan yang utuh. Kios tidak membuat basis data baru. "
    "Pulihkan basis data dari salinan lain (kiosk restore BERKAS), atau pindahkan folder "
    "{folder} untuk memulai kios baru.",
    en="The kiosk database is missing or empty ({path}) although a kiosk has run in this "
    "folder, and no intact backup exists. No new database was made. Restore the database "
    "from another copy (kiosk restore FILE), or move the folder {folder} away to start a "
    "new kiosk.",
)
define(
    "store.read_only_unflushed",
    id="Folder data hanya-baca dan masih memuat perubahan yang belum masuk ke basis data "
    "(berkas -wal). Jadikan folder dapat ditulis sekali agar kios menyelesaikannya.",
    en="The data folder is read-only and still holds changes not yet in the database (the "
    "-wal file). Make the folder writable once so the kiosk can finish them.",
)
define(
    "store.read_only_upgrade",
    id="Folder data hanya-baca, padahal basis data perlu diperbarui ke versi kios ini. "
    "Jadikan folder dapat ditulis lalu buka kios lagi.",
    en="The data folder is read-only but the database needs an upgrade to this kiosk "
    "version. Make the folder writable, then open the kiosk again.",
)


class KeyMismatch(UserError):
    """The key found is not the one this store's personal data was sealed with."""


class StoreMissing(UserError):
    """The store is gone or empty in a folder a kiosk lived in; carries the newest backup."""

    def __init__(self, paths: DataPaths, last_good: Path | None) -> None:
        if last_good is None:
            text = msg("store.missing_no_backup", path=str(paths.database), folder=str(paths.root))
        else:
            text = msg("store.missing", path=str(paths.database), backup=str(last_good))
        super().__init__(text)
        self.last_good = last_good


def folder_writable(root: Path) -> bool:
    """Whether this process can create files in ``root``, found out by creating one (the
    permission bits say nothing for an administrator, nor for a read-only mount)."""
    probe = root / f".write-probe-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        if exc.errno in _REFUSED_WRITE:
            return False
        raise
    probe.unlink(missing_ok=True)
    return True


def store_is_empty(database: Path) -> bool:
    return not database.exists() or database.stat().st_size == 0


def lived_in(paths: DataPaths) -> bool:
    """Signs that a kiosk has run in this folder: its card-signing key (written once the
    store exists), a backup, or a database set aside by a restore. The personal-data key
    alone is not one: it is made just before the first store is."""
    if paths.signing_key.exists():
        return True
    if any(paths.root.glob("kiosk.sqlite3.replaced-*")):
        return True
    return paths.backups.is_dir() and any(paths.backups.glob("*.sqlite3"))


def refuse_missing_store(paths: DataPaths) -> None:
    """A missing or zero-byte store in a lived-in folder is refused: it must never silently
    become a new kiosk with a new device id while its backups sit unused beside it."""
    if not store_is_empty(paths.database) or not lived_in(paths):
        return
    from kiosk.store.backup import newest_good_backup

    last_good = newest_good_backup(paths)
    log.error("store missing or empty in a used data folder; newest backup: %s", last_good)
    raise StoreMissing(paths, last_good)


def reader_uri(database: Path, *, writable: bool) -> str:
    """An SQLite URI that only reads ``database``. In a read-only folder SQLite cannot make
    the shared-memory file a WAL database needs, so the file is opened as immutable, which
    is exact only when no WAL content waits to be checkpointed (else refused: that data
    would be missing from what is shown)."""
    if writable:
        return f"file:{database}?mode=ro"
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise UserError(msg("store.read_only_unflushed"))
    return f"file:{database}?mode=ro&immutable=1"


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
