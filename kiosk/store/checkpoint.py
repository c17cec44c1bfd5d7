"""Background WAL checkpoints, so that no user-facing commit pays for one.

By default SQLite copies the write-ahead log back into the database file ("checkpoints")
inside whichever commit pushes the log past 1000 pages. On the attendance station that commit
is a trainee's scan, and a checkpoint costs several milliseconds of writes and an fsync of the
database file: the slowest scans were exactly those. The store's connections therefore turn
automatic checkpoints off (``PRAGMA wal_autocheckpoint = 0``) and this thread does the work:

* when the log has changed and nothing has been written for ``idle_s`` (between scans, between
  wizard steps), or
* at least every ``max_lag_s`` while writes keep coming, so the log stays small even in a long
  bulk job.

Checkpoints are PASSIVE: they never wait for or block a reader or a writer; pages a reader still
needs are copied on a later round. Durability does not depend on this thread at all: a committed
transaction is already safe in the fsynced log, and SQLite replays the log on the next open
after a crash. When the last connection closes, SQLite checkpoints and removes the log itself.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

log = logging.getLogger(__name__)


class WalCheckpointer:
    """One daemon thread per open store; ``stop()`` ends it (``Store.close`` calls it)."""

    def __init__(
        self,
        database: Path,
        *,
        poll_s: float = 0.2,
        idle_s: float = 0.4,
        max_lag_s: float = 5.0,
    ) -> None:
        self._database = database
        self._wal = database.with_name(database.name + "-wal")
        self._poll_s = poll_s
        self._idle_s = idle_s
        self._max_lag_s = max_lag_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.rounds = 0  # checkpoints run (for tests and diagnostics)

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="kiosk-wal-checkpoint", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _log_signature(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self._wal)
        except OSError:
            return None
        return stat.st_size, stat.st_mtime_ns

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._database, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:  # pragma: no cover - the store itself just opened it
            log.warning("background checkpoints unavailable: %s", exc)
            return
        with closing(conn):
            checkpointed = self._log_signature()
            seen = checkpointed
            changed_at = time.monotonic()
            last_round = changed_at
            while not self._stop.wait(self._poll_s):
                now = time.monotonic()
                signature = self._log_signature()
                if signature != seen:
                    seen = signature
                    changed_at = now
                if signature is None or signature == checkpointed:
                    continue
                idle = now - changed_at >= self._idle_s
                lagging = now - last_round >= self._max_lag_s
                if not (idle or lagging):
                    continue
                last_round = now
                self.rounds += 1
                try:
                    _busy, frames, copied = conn.execute(
                        "PRAGMA wal_checkpoint(PASSIVE)"
                    ).fetchone()
                except sqlite3.Error as exc:
                    # A full disk or a busy database: the log simply stays longer; try later.
                    log.warning("background checkpoint failed: %s", exc)
                    continue
                if copied >= frames:
                    # All copied. A checkpoint does not touch the log file, so the signature
                    # now means "nothing new"; otherwise a reader held pages back: retry later.
                    checkpointed = signature
