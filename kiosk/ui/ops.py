"""Typed background operations: a plain function off the GUI thread, its answer back on it.

The only way the GUI starts store or network work (cf. Anki's ``QueryOp`` / ``CollectionOp``):

- ``ops.read(work, success)`` runs ``work()`` off the GUI thread and hands its result to
  ``success`` on the GUI thread; mypy checks that ``success`` takes what ``work`` returns.
- ``ops.write(work, Topic.PEOPLE, success)`` does the same for a change to the store and,
  once it succeeded, announces the changed topics on the one :class:`ChangeHub`, so every
  screen that shows that data refreshes itself (the caller does not tell it to).
- ``failure`` (optional) receives a :class:`~kiosk.i18n.UserError`: a problem the person can
  act on, shown where they are looking. Anything else is a bug: it is logged with its trace
  and handed to the one error reporter (the window's friendly notice), never to a screen.
  A ``UserError`` nobody handles goes to the same reporter.
- :class:`Generation` runs a screen's work for the person it shows now: an answer that
  arrives after the screen was reset (idle timeout, the next person) is dropped.

Reads and writes share one worker thread: the store has one connection per process and one
writer at a time, and correctness comes before the few milliseconds a parallel read would save.
The sync bridge has its own :class:`Operations` so network waits never hold up a screen.
"""

from __future__ import annotations

import enum
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.i18n import UserError

log = logging.getLogger(__name__)

T = TypeVar("T")

Report = Callable[[BaseException], None]
"""The one error reporter: shows a failure to the person (the trace is already logged)."""

OnUserError = Callable[[UserError], None]


class Topic(enum.Flag):
    """What a write changed; screens subscribe to the topics they show."""

    NONE = 0
    PEOPLE = enum.auto()  # applicants, their cards and personal data
    ATTENDANCE = enum.auto()  # scans, admissions
    CLASSES = enum.auto()  # trainings, sessions, enrolments
    STAFF = enum.auto()  # staff accounts
    SETTINGS = enum.auto()  # kiosk settings
    SYNC = enum.auto()  # pairing, a sync run, set-aside and rejected records
    CERTIFICATES = enum.auto()  # completion, withholding, issued certificates
    ASSESSMENTS = enum.auto()  # competency assessment records
    MAINTENANCE = enum.auto()  # backups and retention
    PLACEMENT = enum.auto()  # job seekers, applications, job-fair mode, follow-up answers
    AUDIT = enum.auto()  # the audit trail only (a NIK shown, data exported): nothing to redraw


class ChangeHub(QObject):
    """The one signal every write's announcement goes through."""

    changed = Signal(Topic)

    def announce(self, topics: Topic) -> None:
        if topics:
            self.changed.emit(topics)

    def subscribe(self, topics: Topic, refresh: Callable[[Topic], None]) -> None:
        """Call ``refresh(changed)`` whenever a write changed any of ``topics``. The
        subscription lasts as long as the hub (the window's: as long as its screens)."""

        def relay(changed: Topic) -> None:
            if changed & topics:
                refresh(changed)

        self.changed.connect(relay)


Changes = Topic | Callable[[T], Topic]
"""What a write changed: fixed, or read from its result (a scan that recorded nothing)."""


@dataclass(frozen=True)
class Op(Generic[T]):
    """One background operation: a read, or a write (``writes``) whose ``changes`` are
    announced once it succeeded. Built by :meth:`Operations.read` / :meth:`Operations.write`."""

    work: Callable[[], T]
    success: Callable[[T], None] | None = None
    failure: OnUserError | None = None
    changes: Changes[T] = Topic.NONE
    writes: bool = False

    def changed(self, result: T) -> Topic:
        """What the finished work changed (a write may tell from its result)."""
        return self.changes(result) if callable(self.changes) else self.changes


class _Relay(QObject):
    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._job_id = job_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:  # handed to the GUI thread, which decides what it is
            self._relay.finished.emit(self._job_id, False, error)
        else:
            self._relay.finished.emit(self._job_id, True, result)


class Operations(QObject):
    """Runs :class:`Op` s one at a time off the GUI thread; drained on shutdown."""

    def __init__(
        self, report: Report, hub: ChangeHub | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one writer; reads queue behind it
        self._relay = _Relay(self)
        # The relay lives on the GUI thread, so emits from the worker are queued to it.
        self._relay.finished.connect(self._finished)
        self._pending: dict[int, Op[object]] = {}
        self._ids = itertools.count(1)
        self.report = report
        self.hub = hub if hub is not None else ChangeHub(self)

    def read(
        self,
        work: Callable[[], T],
        success: Callable[[T], None] | None = None,
        *,
        failure: OnUserError | None = None,
    ) -> None:
        """Fetch something for the screen; changes nothing."""
        self.run(Op(work, success, failure, Topic.NONE, writes=False))

    def write(
        self,
        work: Callable[[], T],
        changes: Changes[T],
        success: Callable[[T], None] | None = None,
        *,
        failure: OnUserError | None = None,
    ) -> None:
        """Change the store; ``changes`` (or ``changes(result)``) is announced on the hub
        after ``success`` ran."""
        self.run(Op(work, success, failure, changes, writes=True))

    def run(self, op: Op[T]) -> None:
        job_id = next(self._ids)
        # Stored untyped: the job's result comes back through a Qt signal as an object, and
        # it is the same op's own work that produced it.
        self._pending[job_id] = op  # type: ignore[assignment]
        job = _Job(job_id, op.work, self._relay)
        job.setAutoDelete(True)
        self._pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, bool, object)
    def _finished(self, job_id: int, ok: bool, value: object) -> None:
        op = self._pending.pop(job_id, None)
        if op is None:
            return
        if ok:
            if op.success is not None:
                op.success(value)
            if op.writes:
                self.hub.announce(op.changed(value))
            return
        assert isinstance(value, BaseException)
        if isinstance(value, UserError):
            # The message code only: the rendered text may carry what the person typed.
            log.info("operation refused: %s", value.message.code)
            if op.failure is not None:
                op.failure(value)
                return
        else:
            log.error("background operation failed", exc_info=value)
        self.report(value)

    def drain(self, timeout_ms: int = 10_000) -> bool:
        """Wait for queued and running operations (on shutdown); True when all finished."""
        return self._pool.waitForDone(timeout_ms)


class Generation:
    """A screen's work for what it shows now: the answer (or refusal) of work started before
    the last :meth:`advance` (a reset, the next person) is dropped, so a slow look-up never
    lands on the next person's screen. A dropped write still announces what it changed."""

    def __init__(self, ops: Operations, failure: OnUserError) -> None:
        self.ops = ops
        self._failure = failure  # the screen's one place to show a refusal
        self._count = 0

    def advance(self) -> None:
        """Whatever is still running belongs to the past: its answer will be dropped."""
        self._count += 1

    def guard(self, callback: Callable[[T], None]) -> Callable[[T], None]:
        """``callback``, called only if nothing advanced since this guard was made."""
        started = self._count

        def call(value: T) -> None:
            if started == self._count:
                callback(value)

        return call

    def read(self, work: Callable[[], T], success: Callable[[T], None]) -> None:
        self.ops.read(work, self.guard(success), failure=self.guard(self._failure))

    def write(
        self, work: Callable[[], T], changes: Changes[T], success: Callable[[T], None]
    ) -> None:
        self.ops.write(work, changes, self.guard(success), failure=self.guard(self._failure))
