"""Registering many applicants batch by batch, optionally with a process pool preparing them.

The workers check the forms with the domain rules, seal personal fields, sign cards and write
outbox events (:func:`kiosk.services.registration.prepare_registrations`); this process stays
the one writer and stores each batch in its own transaction, in order
(:meth:`RegistrationService.register_prepared`). Workers never open the store.

This module is what a worker imports, so it imports little: no Qt, no sync client.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from sqlalchemy.engine import Dialect

from kiosk.services.context import RecordMaker
from kiosk.services.registration import (
    ApplicantForm,
    PreparedRegistrations,
    RegistrationResult,
    RegistrationService,
    prepare_registrations,
)
from kiosk.store.db import engine_dialect


class BatchRegistration:
    """Registers batches of forms in order, each in its own transaction (a context manager).

    With ``workers`` > 0, that many processes prepare the next batches while this one writes;
    they start (and import what they need) as soon as this is made, so that the caller can
    do other work meanwhile.
    """

    def __init__(
        self,
        registration: RegistrationService,
        *,
        workers: int,
        records: RecordMaker,
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._registration = registration
        self._workers = workers
        self._clock = clock
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            # spawn, never fork: a forked child would share this process's open database.
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(records,),
            )
            self._pool.submit(int)  # starts the workers now

    def register(
        self, batches: Iterable[list[ApplicantForm]]
    ) -> Iterator[list[RegistrationResult]]:
        """Yields each batch's results once the batch is committed. Stopping early (an error,
        Ctrl-C, the caller breaking off) drops the batches not yet written, whole."""
        pool = self._pool
        if pool is None:
            for forms in batches:
                yield self._registration.register_many(forms)
            return
        pending: deque[tuple[list[ApplicantForm], Future[PreparedRegistrations | None]]] = deque()
        forms_left = iter(batches)
        try:
            while True:
                # Two batches in hand per worker, so none waits while this process writes.
                while len(pending) < 2 * self._workers:
                    upcoming = next(forms_left, None)
                    if upcoming is None:
                        break
                    pending.append((upcoming, pool.submit(_prepare, upcoming, self._clock())))
                if not pending:
                    return
                forms, future = pending.popleft()
                yield self._registration.register_prepared(forms, future.result())
        finally:
            for _, future in pending:
                future.cancel()

    def close(self) -> None:
        """Workers finish the batch they hold (nothing of it is written) and stop."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> BatchRegistration:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_worker: tuple[RecordMaker, Dialect] | None = None


def _start_worker(records: RecordMaker) -> None:
    global _worker
    # Ctrl-C is for the writing process, which rolls back the batch it is writing and shuts
    # the pool down; a worker interrupted on its own would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker = (records, engine_dialect())


def _prepare(forms: list[ApplicantForm], now: dt.datetime) -> PreparedRegistrations | None:
    if _worker is None:
        raise RuntimeError("not a registration worker")
    records, dialect = _worker
    return prepare_registrations(records, forms, now, dialect)
