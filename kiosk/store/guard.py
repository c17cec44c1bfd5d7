"""Start-up guards of a data folder: a missing or emptied store in a folder where a kiosk
already lived, and a folder that cannot be written (read-only use). The key check is in
kiosk.store.keybinding."""

from __future__ import annotations

import errno
import logging
import os
from pathlib import Path

from kiosk.i18n import UserError, define, msg
from kiosk.store.paths import DataPaths

log = logging.getLogger(__name__)

_REFUSED_WRITE = (errno.EROFS, errno.EACCES, errno.EPERM)

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


define(
    "store.in_use_read_only",
    id="Kios sedang berjalan memakai folder data ini, jadi perintah ini hanya dapat membaca: "
    "tidak ada yang disimpan. Lakukan perubahan di layar kios, atau tutup kios terlebih dahulu.",
    en="The kiosk is running on this data folder, so this command can only read: nothing was "
    "saved. Make the change on the kiosk's screens, or close the kiosk first.",
)
define(
    "store.in_use_other_version",
    id="Kios yang sedang berjalan memakai folder data ini adalah versi lain ({revision}). "
    "Tutup kios itu, lalu jalankan perintah ini lagi.",
    en="The kiosk running on this data folder is another version ({revision}). Close it, "
    "then run this command again.",
)


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


def reader_beside_writer(paths: DataPaths, revision: str | None) -> str:
    """The URI to read a store whose writer lock another kiosk process holds (the GUI), for
    commands that only read. Refused as the lock itself would be when that process has not
    opened the store yet (no personal-data key made, schema not at this version's head)."""
    from kiosk.store.keystore import personal_key_store
    from kiosk.store.lock import DataDirLocked
    from kiosk.store.migrations import HEAD

    if store_is_empty(paths.database) or personal_key_store(paths).load() is None:
        raise DataDirLocked(msg("store.locked", path=str(paths.root)))
    if revision != HEAD:
        raise UserError(msg("store.in_use_other_version", revision=revision or "-"))
    return reader_uri(paths.database, writable=True)
