"""Run a plain function off the GUI thread and get its result back on the GUI thread.

The only way the GUI starts background work (cf. Anki's QueryOp): the function never sees a
widget; success and failure callbacks run on the GUI thread; an unhandled failure goes to the
log and the error handler given to the runner.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job_id = job_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._relay.finished.emit(self._job_id, False, error)
        else:
            self._relay.finished.emit(self._job_id, True, result)


class TaskRunner(QObject):
    """Store work runs one job at a time (one writer); drained on shutdown."""

    def __init__(self, on_error: Failure, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        # The relay lives on the GUI thread, so emits from a worker are queued to it.
        self._relay.finished.connect(self._finished)
        self._callbacks: dict[int, tuple[Success | None, Failure | None]] = {}
        self._ids = itertools.count(1)
        self._on_error = on_error

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_success, on_failure)
        job = _Job(job_id, work, self._relay)
        job.setAutoDelete(True)
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    @Slot(int, bool, object)
    def _finished(self, job_id: int, ok: bool, value: object) -> None:
        on_success, on_failure = self._callbacks.pop(job_id, (None, None))
        if ok:
            if on_success is not None:
                on_success(value)
            return
        assert isinstance(value, BaseException)
        if on_failure is not None:
            on_failure(value)
        else:
            log.error("background task failed", exc_info=value)
            self._on_error(value)

    def drain(self, timeout_ms: int = 10_000) -> bool:
        """Wait for running jobs (on shutdown); True when all finished in time."""
        return self._pool.waitForDone(timeout_ms)
