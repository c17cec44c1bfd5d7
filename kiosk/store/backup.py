"""Backups of the kiosk database: online copies, daily rotation, integrity checks, restore."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.i18n import UserError, define, msg
from kiosk.store.db import backup_database, schema_revision
from kiosk.store.guard import folder_writable, reader_uri, refuse_missing_store
from kiosk.store.paths import DataPaths, private_file

log = logging.getLogger(__name__)

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7

define(
    "backup.not_a_backup",
    id="Berkas {path} bukan cadangan basis data kios yang utuh.",
    en="The file {path} is not an intact kiosk database backup.",
)
define(
    "backup.corrupt",
    id="Basis data kios rusak ({detail}). Pulihkan dari cadangan: kiosk restore BERKAS",
    en="The kiosk database is damaged ({detail}). Restore a backup: kiosk restore FILE",
)


class BackupError(UserError):
    pass


class DatabaseCorrupt(UserError):
    """The database failed its integrity check; carries the newest intact backup, if any."""

    def __init__(self, detail: str, last_good: Path | None) -> None:
        super().__init__(msg("backup.corrupt", detail=detail))
        self.detail = detail
        self.last_good = last_good


def integrity_problems(database: Path, *, quick: bool = True, writable: bool = True) -> list[str]:
    """An empty list when SQLite finds the file intact. ``writable`` False: the file sits in
    a folder this process cannot write (checked without the files SQLite would create)."""
    uri = reader_uri(database, writable=writable)
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def write_backup(paths: DataPaths, target: Path) -> Path:
    """A consistent copy of the live database (safe while the kiosk writes)."""
    return backup_database(paths.database, target)


def daily_backup(paths: DataPaths, today: dt.date, *, keep: int = KEEP_DAILY) -> Path | None:
    """Today's backup if there is none yet, then keep only the newest ``keep`` daily files.
    Returns the new file, or None when today's already exists."""
    target = paths.backups / f"{DAILY_PREFIX}{today:%Y%m%d}.sqlite3"
    written = None
    if not target.exists():
        written = write_backup(paths, target)
        log.info("daily backup written to %s", target.name)
    dailies = sorted(paths.backups.glob(f"{DAILY_PREFIX}*.sqlite3"))
    for old in dailies[:-keep] if keep > 0 else dailies:
        old.unlink(missing_ok=True)
    return written


def newest_good_backup(paths: DataPaths) -> Path | None:
    """The most recent backup file that passes the integrity check."""
    if not paths.backups.exists():
        return None
    candidates = sorted(
        paths.backups.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    writable = folder_writable(paths.backups)
    for candidate in candidates:
        try:
            if integrity_problems(candidate, writable=writable):
                continue
            if schema_revision(candidate, writable=writable) is not None:
                return candidate
        except UserError:
            continue  # unreadable in a read-only folder (unflushed WAL): not offered
    return None


def check_database(paths: DataPaths) -> bool:
    """Raise DatabaseCorrupt when the database fails SQLite's quick check, StoreMissing when
    it is missing or empty in a folder where a kiosk lived (kiosk.store.guard). Returns
    whether the data folder can be written (False: intact, but read-only)."""
    refuse_missing_store(paths)
    if not paths.database.exists():
        return True
    writable = folder_writable(paths.root)
    problems = integrity_problems(paths.database, writable=writable)
    if problems:
        log.error("integrity check failed: %s", problems[:5])
        raise DatabaseCorrupt(problems[0][:200], newest_good_backup(paths))
    return writable


def restore_backup(paths: DataPaths, source: Path, now: dt.datetime) -> Path | None:
    """Put ``source`` in place of the database. The caller holds the data-folder lock and has
    closed the store. The replaced file is kept beside it; returns where it went."""
    if integrity_problems(source) or schema_revision(source) is None:
        raise BackupError(msg("backup.not_a_backup", path=str(source)))
    kept: Path | None = None
    if paths.database.exists():
        kept = paths.root / f"kiosk.sqlite3.replaced-{now:%Y%m%dT%H%M%S}"
        os.replace(paths.database, kept)
    for suffix in ("-wal", "-shm"):
        # A WAL left from the replaced file must never be applied to the restored one.
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    tmp = paths.database.with_name("kiosk.sqlite3.restoring")
    tmp.unlink(missing_ok=True)
    shutil.copyfile(source, private_file(tmp))
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, paths.database)
    log.info("database restored from %s", source.name)
    return kept
