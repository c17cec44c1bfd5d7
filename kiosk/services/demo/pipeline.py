"""The demo's bulk registration: batches of synthetic forms checked, sealed and signed (in a
process pool for large runs) while this process writes, by the rules of RegistrationService.

Workers never open the store: this process stays the one writer and stores each batch in its
own transaction, in order. Only plain data crosses between the processes (form values, keys
as bytes, encoded rows, ids); no domain type is pickled. This module is what a worker
imports, so it imports little: no Qt, no sync client.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import operator
import signal
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from kiosk.domain.applicant_form import ApplicantForm
from kiosk.domain.card import CardSigner
from kiosk.domain.chunks import in_chunks
from kiosk.services.context import RecordMaker, ServiceContext
from kiosk.services.registration import (
    InvalidForm,
    RegistrationService,
    check_all,
    log_registered,
    registration_rows,
)
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.fastpath import EncodedRows, encode_rows, insert_encoded
from kiosk.store.models import Applicant, Card, OutboxEvent

# A form as the tuple of its values, in field order: what crosses to a worker (half the
# pickling time of the dataclass, which would carry every field's name with every form).
_form_values = operator.attrgetter(*(f.name for f in dataclasses.fields(ApplicantForm)))


class Registered(NamedTuple):
    applicant_id: str
    eligible: bool


@dataclass(frozen=True)
class WorkerKeys:
    """What a worker needs to seal, sign and record for this kiosk, as plain bytes."""

    device_id: str
    signing_key: bytes
    sealing_keys: tuple[bytes, bytes]

    @classmethod
    def of(cls, records: RecordMaker) -> WorkerKeys:
        return cls(records.device_id, records.signer.private_bytes(), records.cipher.derived_keys())

    def records(self) -> RecordMaker:
        return RecordMaker(
            cipher=PersonalDataCipher.from_derived_keys(*self.sealing_keys),
            signer=CardSigner(self.signing_key),
            device_id=self.device_id,
        )


@dataclass(frozen=True)
class PreparedBatch:
    """A batch of registrations checked, sealed and signed away from the store."""

    nik_digests: tuple[str, ...]
    kk_digests: tuple[str, ...]
    tables: tuple[EncodedRows, ...]  # in foreign-key order
    registered: list[Registered]


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def prepare_batch(
    records: RecordMaker, forms: Sequence[ApplicantForm], now: dt.datetime
) -> PreparedBatch | None:
    """Everything of registering ``forms`` that needs no store: the same checks, seals, card
    signatures and outbox events as RegistrationService.register_many, with verdicts that
    count family cards within the batch only (:func:`store_batch` makes sure that is right).
    None when a form is invalid or two share a NIK: register_many then says what is wrong."""
    try:
        checked = check_all(forms, now.date())
    except InvalidForm:
        return None
    cipher = records.cipher
    niks = [cipher.digest(clean.nik.value, purpose="nik") for clean, _ in checked]
    if len(set(niks)) != len(niks):
        return None
    kk_digests = {
        clean.kk_number: cipher.digest(clean.kk_number, purpose="kk") for clean, _ in checked
    }
    rows = registration_rows(records, checked, now, niks, kk_digests, {}, issue_card=True)
    return PreparedBatch(
        nik_digests=tuple(niks),
        kk_digests=tuple(kk_digests.values()),
        tables=(
            encode_rows(_table(Applicant), rows.applicants),
            encode_rows(_table(Card), rows.cards),
            encode_rows(_table(OutboxEvent), rows.events),
        ),
        registered=[Registered(r.applicant_id, r.eligible) for r in rows.results],
    )


def _knows_any(session: Session, prepared: PreparedBatch) -> bool:
    """Whether the store holds one of the batch's NIKs or family cards already."""
    for column, values in (
        (Applicant.nik_digest, prepared.nik_digests),
        (Applicant.kk_digest, prepared.kk_digests),
    ):
        for chunk in in_chunks(values):
            if session.scalar(select(Applicant.id).where(column.in_(chunk)).limit(1)):
                return True
    return False


def store_batch(
    ctx: ServiceContext,
    registration: RegistrationService,
    forms: Sequence[ApplicantForm],
    prepared: PreparedBatch | None,
) -> list[Registered]:
    """Store a prepared batch in one transaction. Its verdicts assumed the store holds none of
    the batch's NIKs and family cards; when it does, or the batch could not be prepared, the
    forms go through RegistrationService.register_many, which counts what is stored and says
    what is wrong."""
    if prepared is not None:
        with ctx.store.transaction() as session:
            if not _knows_any(session, prepared):
                for encoded in prepared.tables:
                    insert_encoded(session, encoded)
                log_registered(prepared.registered)
                return prepared.registered
    results = registration.register_many(forms)
    return [Registered(r.applicant_id, r.eligible) for r in results]


class BatchRegistration:
    """Registers batches of forms in order, each in its own transaction (a context manager).

    With ``workers`` > 0, that many processes prepare the next batches while this one writes;
    they start (and import what they need) as soon as this is made, so that the caller can
    do other work meanwhile.
    """

    def __init__(
        self, ctx: ServiceContext, registration: RegistrationService, *, workers: int
    ) -> None:
        self._ctx = ctx
        self._registration = registration
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            # spawn, never fork: a forked child would share this process's open database.
            self._pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(WorkerKeys.of(ctx.records),),
            )
            self._pool.submit(int)  # starts the workers now

    def register(self, batches: Iterable[list[ApplicantForm]]) -> Iterator[list[Registered]]:
        """Yields each batch's registrations once the batch is committed. Stopping early (an
        error, Ctrl-C, the caller breaking off) drops the batches not yet written, whole."""
        ctx, registration = self._ctx, self._registration
        pool = self._pool
        if pool is None:
            for forms in batches:
                prepared = prepare_batch(ctx.records, forms, ctx.now())
                yield store_batch(ctx, registration, forms, prepared)
            return
        pending: deque[tuple[list[ApplicantForm], Future[PreparedBatch | None]]] = deque()
        forms_left = iter(batches)
        try:
            while True:
                # Two batches in hand per worker, so none waits while this process writes.
                while len(pending) < 2 * self._workers:
                    upcoming = next(forms_left, None)
                    if upcoming is None:
                        break
                    values = [_form_values(form) for form in upcoming]
                    pending.append((upcoming, pool.submit(_prepare, values, ctx.now())))
                if not pending:
                    return
                forms, future = pending.popleft()
                yield store_batch(ctx, registration, forms, future.result())
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


_worker_records: RecordMaker | None = None


def _start_worker(keys: WorkerKeys) -> None:
    global _worker_records
    # Ctrl-C is for the writing process, which rolls back the batch it is writing and shuts
    # the pool down; a worker interrupted on its own would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_records = keys.records()


def _prepare(values: list[tuple[Any, ...]], now: dt.datetime) -> PreparedBatch | None:
    if _worker_records is None:
        raise RuntimeError("not a registration worker")
    return prepare_batch(_worker_records, [ApplicantForm(*v) for v in values], now)
