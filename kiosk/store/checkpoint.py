"""Background WAL checkpoints, so that no user-facing commit pays for one.

By default SQLite copies the write-ahead log back into the database file ("checkpoints")
inside whichever commit pushes the log past 1000 pages. On the attendance station that commit
is a trainee's scan, and a checkpoint costs several milliseconds of scattered writes and an
fsync of the database file: the slowest scans were exactly those. So the store's connections
only checkpoint by themselves as a safety net, far later (``SAFETY_NET_PAGES``), and this
thread does the work in the pauses instead. Every commit through the store's engine tells it
(``wrote``); it checkpoints

* in the first pause of ``idle_s`` (a scan line leaves one after every card, a wizard step
  seconds) once ``batch_commits`` commits are waiting, or once the oldest waiting commit is
  ``settle_s`` old (a quiet kiosk folds its log within that time);
* after ``max_lag_s`` of writes without any pause (a bulk job), pause or not.

Not after every commit: the first commit after a complete checkpoint starts the log afresh,
and with ``synchronous=FULL`` that costs one more fsync (of the new log header). Batching
keeps that to one scan in a few hundred, as SQLite's own 1000-page rhythm did.

Checkpoints are PASSIVE: they never wait for, or block, a reader or a writer; pages a reader
still needs are copied on a later round. Durability does not depend on this thread: a
committed transaction is already safe in the fsynced log, and SQLite replays the log on the
next open after a crash. When the last connection closes, SQLite checkpoints and removes the
log itself.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path

log = logging.getLogger(__name__)

# Pages after which a commit checkpoints by itself (SQLite's default is 1000): reached only
# if this thread cannot keep up or has stopped, so the log can never grow without bound.
SAFETY_NET_PAGES = 10_000
# A reader still using the log held pages back: try again after this long.
RETRY_S = 1.0


class WalCheckpointer:
    """One daemon thread per open store; ``stop()`` ends it (``Store.close`` calls it)."""

    def __init__(
        self,
        database: Path,
        *,
        idle_s: float = 0.02,
        batch_commits: int = 200,
        settle_s: float = 30.0,
        max_lag_s: float = 1.0,
    ) -> None:
        self._database = database
        self._idle_s = idle_s
        self._batch_commits = batch_commits
        self._settle_s = settle_s
        self._max_lag_s = max_lag_s
        self._dirty = threading.Event()
        self._stopping = threading.Event()
        self._last_write = 0.0
        self._commits = 0
        self._thread: threading.Thread | None = None
        self.rounds = 0  # checkpoints run (for tests and diagnostics)

    def wrote(self) -> None:
        """A transaction was committed (called on the committing thread: keep it tiny; the
        thread is woken only by the first commit after a checkpoint)."""
        self._last_write = time.monotonic()
        self._commits += 1
        if not self._dirty.is_set():
            self._dirty.set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="kiosk-wal-checkpoint", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._dirty.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _wait_for_pause(self) -> None:
        first = time.monotonic()
        paused = False
        while not self._stopping.is_set():
            now = time.monotonic()
            quiet, age = now - self._last_write, now - first
            if quiet >= self._idle_s:
                paused = True
                if self._commits >= self._batch_commits or age >= self._settle_s:
                    return
                wait = min(0.25, self._settle_s - age)  # too little waiting: look again later
            elif not paused and age >= self._max_lag_s:
                return  # writes without a single pause: a bulk job
            else:
                wait = self._idle_s - quiet
            self._stopping.wait(max(wait, 0.001))

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._database, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:  # pragma: no cover - the store itself has just opened it
            log.warning("background checkpoints unavailable: %s", exc)
            return
        with closing(conn):
            while True:
                self._dirty.wait()
                if self._stopping.is_set():
                    return
                self._wait_for_pause()
                if self._stopping.is_set():
                    return
                # Cleared before the checkpoint: a commit during it wakes the next round.
                self._dirty.clear()
                self._commits = 0
                self.rounds += 1
                try:
                    _busy, frames, copied = conn.execute(
                        "PRAGMA wal_checkpoint(PASSIVE)"
                    ).fetchone()
                except sqlite3.Error as exc:
                    # A full disk, say: the log simply stays longer; the next commit retries.
                    log.warning("background checkpoint failed: %s", exc)
                    continue
                if copied < frames and not self._stopping.wait(RETRY_S):
                    self._dirty.set()
