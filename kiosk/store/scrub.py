"""Wiping the readable NIK hints (first four + last four digits) that stores before migration
0005 kept: from the freed pages of the store and its WAL, and from older backups.

Dropping a column leaves its old values in SQLite's free pages and in the WAL until they are
overwritten, and every backup taken before the upgrade still has the column. The hints are
not needed by anything (migration 0005 derives the keyed digest from the sealed NIK), so a
backup keeps all its data when its hint column is blanked: restored, it upgrades as before.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.store.paths import DataPaths

log = logging.getLogger(__name__)

# A kiosk_setting row: set once the store and its backups hold no readable hint any more.
SCRUBBED = "clear_nik_hints_scrubbed"
BLANK_HINT = "00000000"


def scrub_needed(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM kiosk_setting WHERE key = ?", (SCRUBBED,)).fetchone()
    return row is None


def scrub_store(conn: sqlite3.Connection, paths: DataPaths) -> None:
    """Rewrite the store without free pages, empty its WAL, blank the hints of old backups,
    then mark the store (``conn`` is in autocommit mode, with no other connection open).
    VACUUM needs room for a second copy of the store: on a full disk the wipe waits for the
    next start rather than keep the kiosk from opening."""
    try:
        conn.execute("VACUUM")
    except sqlite3.OperationalError as exc:
        log.warning("NIK hints not wiped yet (next start tries again): %s", exc)
        return
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blanked = 0
    for path in _older_copies(paths):
        blanked += _blank_hints(path)
    conn.execute("INSERT OR REPLACE INTO kiosk_setting (key, value) VALUES (?, '1')", (SCRUBBED,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    log.info("readable NIK hints wiped from the store and %d older copies", blanked)


def _older_copies(paths: DataPaths) -> list[Path]:
    copies = sorted(paths.root.glob("kiosk.sqlite3.replaced-*"))
    if paths.backups.is_dir():
        copies += sorted(paths.backups.glob("*.sqlite3"))
    return [p for p in copies if p.is_file() and not p.name.endswith(("-wal", "-shm"))]


def _blank_hints(path: Path) -> int:
    """1 when ``path`` had a hint column and it is now blank (mtime kept: backups are
    offered newest first by it), else 0. A file SQLite cannot read is left alone."""
    info = path.stat()
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.isolation_level = None
            columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(applicant)")}
            if "nik_hint" not in columns:
                return 0
            conn.execute("UPDATE applicant SET nik_hint = ? WHERE nik_hint <> ?", (BLANK_HINT,) * 2)
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError as exc:
        log.warning("could not wipe NIK hints from %s: %s", path.name, exc)
        return 0
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    return 1
