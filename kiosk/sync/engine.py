"""One sync run: push the outbox in order, in batches, with back-off; then pull reference data.

Plain Python, no Qt: progress and connectivity are published to a listener callable, which
the GUI adapts to signals. A run can be cancelled from another thread.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import bindparam, func, select, update

from kiosk import __version__
from kiosk.domain.chunks import in_chunks
from kiosk.domain.clock import Clock
from kiosk.i18n import Message, define, msg
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.db import Store
from kiosk.store.models import OutboxEvent
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from kiosk.sync.client import RefusedError, SyncClient, TransportError
from kiosk.sync.protocol import (
    MAX_BATCH_EVENTS,
    ColumnsPushResponse,
    PullResponse,
    PushEvent,
    WireEvent,
    encode_columns,
    gzip_json,
)
from kiosk.sync.transport import ServerKeyMismatch

log = logging.getLogger(__name__)

define(
    "sync.unreachable",
    id="Server tidak dapat dihubungi ({detail}).",
    en="The server cannot be reached ({detail}).",
)
define(
    "sync.refused",
    id="Server menolak kios ini ({detail}). Daftarkan ulang kios.",
    en="The server refused this kiosk ({detail}). Enrol the kiosk again.",
)
define(
    "sync.token_expired",
    id="Token kios ini sudah kedaluwarsa. Admin lokasi harus mendaftarkan ulang kios dengan kode "
    "baru dari operator pusat (kiosk enroll).",
    en="This kiosk's token has expired. The site admin must enrol the kiosk again with a new "
    "code from the central operator (kiosk enroll).",
)
define(
    "sync.device_revoked",
    id="Kios ini telah dicabut oleh operator pusat; server menolak sinkronisasinya.",
    en="This kiosk has been revoked by the central operator; the server refuses its syncs.",
)
define(
    "sync.server_key_changed",
    id="Server memakai kunci lain daripada yang disematkan saat pendaftaran: koneksi mungkin "
    "disadap. Tidak ada data yang dikirim. Bila operator pusat memang mengganti kunci server, "
    "daftarkan ulang kios dengan kode baru.",
    en="The server uses another key than the one pinned at enrolment: the connection may be "
    "intercepted. Nothing was sent. If the central operator did replace the server's key, "
    "enrol the kiosk again with a new code.",
)
define(
    "sync.plain_http_refused",
    id="Alamat server memakai http:// tanpa enkripsi ke komputer lain. Daftarkan ulang kios "
    "dengan alamat https://.",
    en="The server address uses unencrypted http:// to another computer. Enrol the kiosk "
    "again with an https:// address.",
)
define("sync.cancelled", id="Sinkronisasi dibatalkan.", en="Synchronisation cancelled.")
define(
    "sync.not_enrolled",
    id="Kios ini belum didaftarkan ke server pusat.",
    en="This kiosk is not enrolled with the central server.",
)

T = TypeVar("T")

# About as many bytes as 500 events took in the one-object-per-event layout.
FIRST_BATCH = 1000
# A push smaller than this measures the round trip more than the link: no rate learnt from it.
MIN_RATE_SAMPLE_BYTES = 16 * 1024


def _clamp(size: int) -> int:
    return max(1, min(size, MAX_BATCH_EVENTS))


def _learnt_batch(store: Store) -> int | None:
    value = state.get(store, state.BATCH_SIZE)
    return int(value) if value is not None and value.isdigit() else None


def _learnt_rate(store: Store) -> float | None:
    try:
        rate = float(state.get(store, state.LINK_RATE) or "")
    except ValueError:
        return None
    return rate if rate > 0 else None


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" or "pull"
    done: int
    total: int


@dataclass(frozen=True)
class SyncConnectivity:
    online: bool
    detail: str = ""


@dataclass(frozen=True)
class SyncRetry:
    """A request failed (``detail``); attempt ``attempt`` + 1 follows in ``delay_s`` seconds."""

    attempt: int
    delay_s: float
    detail: str


@dataclass
class SyncReport:
    accepted: int = 0
    duplicate: int = 0
    rejected: int = 0
    pulled: int = 0
    pending: int = 0
    requests: int = 0
    bytes_up: int = 0  # of the batches the server answered, not of attempts that failed
    error: Message | None = None
    pushed_ok: bool = False
    pulled_ok: bool = False

    @property
    def complete(self) -> bool:
        return self.error is None and self.pending == 0


@dataclass
class Backoff:
    """Exponential back-off with full jitter; a server's Retry-After is a lower bound."""

    base: float = 1.0
    cap: float = 120.0
    attempts: int = 8
    rng: random.Random = field(default_factory=random.Random)
    # Seconds a run may go on failing in a row (waits and requests) before it gives up;
    # None: only ``attempts`` bounds it.
    max_wait: float | None = None

    def delay(self, attempt: int, retry_after: float | None) -> float:
        wait = self.rng.uniform(0, min(self.cap, self.base * 2**attempt))
        return max(wait, retry_after or 0.0)


SyncEvent = SyncProgress | SyncConnectivity | SyncRetry | SyncReport
Listener = Callable[[SyncEvent], None]


def refusal_message(exc: RefusedError) -> Message:
    """What the admin is told when the server refuses this kiosk itself."""
    if exc.code == "token_expired":
        return msg("sync.token_expired")
    if exc.code == "device_revoked":
        return msg("sync.device_revoked")
    return msg("sync.refused", detail=exc.code)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        device_id: str,
        client: SyncClient,
        *,
        clock: Clock,
        listener: Listener | None = None,
        backoff: Backoff | None = None,
        batch_size: int | None = None,
    ) -> None:
        self._store = store
        self._device_id = device_id
        self._client = client
        self._clock = clock
        self._listener = listener or (lambda _event: None)
        self._backoff = backoff or Backoff()
        # The first batch: what this kiosk learnt its link takes, else a cautious default.
        self._batch = _clamp(batch_size or _learnt_batch(store) or FIRST_BATCH)
        # Bytes per second a push achieved (round trip and server included), learnt.
        self._rate = _learnt_rate(store)
        self._cancel = threading.Event()
        self._bytes_answered = 0

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> SyncReport:
        """Push everything pending, then pull; a failed pull never holds back an upload."""
        self._cancel.clear()
        report = SyncReport()
        now = self._clock()
        with self._store.transaction() as session:
            state.put(session, state.LAST_ATTEMPT_AT, now.isoformat())
        report.pushed_ok, first_page = self._push_all(report)
        if report.pushed_ok:
            # After the upload, never before it: reference data can wait, records cannot.
            report.pulled_ok = self._pull_all(report, first_page)
            if report.pulled_ok and pending_count(self._store):
                # The pull wrote reports of changes it set aside (kiosk.sync.apply), or a
                # scan came in meanwhile: send them now rather than at the next sync.
                report.pushed_ok, _page = self._push_all(report)
        report.pending = pending_count(self._store)
        report.requests, report.bytes_up = self._client.requests, self._bytes_answered
        with self._store.transaction() as session:
            state.put(session, state.BATCH_SIZE, str(self._batch))
            if self._rate is not None:
                state.put(session, state.LINK_RATE, f"{self._rate:.0f}")
            if report.error is None:
                state.put(session, state.LAST_SYNC_AT, self._clock().isoformat())
                state.put(session, state.LAST_ERROR, None)
            else:
                error = {"code": report.error.code, "params": dict(report.error.params)}
                state.put(session, state.LAST_ERROR, json.dumps(error))
        self._listener(report)
        return report

    # -- push ---------------------------------------------------------------------------

    def _push_all(self, report: SyncReport) -> tuple[bool, PullResponse | None]:
        """Returns whether everything went up, and the pull page that came with the last
        batch's reply (the last batch asks for it, saving a round trip)."""
        total = pending_count(self._store)
        done = 0
        page: PullResponse | None = None
        self._listener(SyncProgress("push", 0, total))
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-read-ahead") as reader:
            ahead: Future[tuple[list[WireEvent], bool]] | None = None
            while True:
                events, last = ahead.result() if ahead is not None else self._next_batch()
                ahead = None
                if not events:
                    return True, page
                cursor = (state.get(self._store, state.CURSOR) or "") if last else None
                events, cursor, body = self._fit(events, cursor)
                if cursor is None:  # not the last batch (or cut short)
                    # Read and open the next batch while this one is on the wire. It is used
                    # only if every event of this one is answered, so the order holds.
                    ahead = reader.submit(self._next_batch, events[-1].seq)
                bodies = [body]
                try:
                    response = self._with_retries(
                        functools.partial(self._push, events, cursor, bodies), report, batch=True
                    )
                except RefusedError as exc:
                    self._split_refused(events, exc)
                    ahead = None
                    continue
                if response is None:
                    self._note_failure(events)
                    return False, None
                if not self._apply_results(events, response, report):
                    ahead = None
                page = response.pull
                done += len(events)
                self._listener(SyncProgress("push", min(done, total), max(total, done)))

    def _next_batch(self, after: int = 0) -> tuple[list[WireEvent], bool]:
        """The next pending events (after ``seq``) in order, and whether they are the last."""
        columns = (
            OutboxEvent.id,
            OutboxEvent.seq,
            OutboxEvent.entity,
            OutboxEvent.entity_id,
            OutboxEvent.op,
            OutboxEvent.created_at,
            OutboxEvent.utc_offset_min,
            OutboxEvent.payload,
        )
        with self._store.reading() as session:
            rows = (
                session.connection()
                .execute(  # Core rows: no ORM loading per event
                    select(*columns)
                    .where(OutboxEvent.status == "pending", OutboxEvent.seq > after)
                    .order_by(OutboxEvent.seq)
                    .limit(self._batch + 1)
                )
                .all()
            )
        cipher = self._store.cipher
        events = [
            WireEvent(
                row.id,
                row.seq,
                row.entity,
                row.entity_id,
                row.op,
                row.created_at.astimezone(_zone(row.utc_offset_min)),
                row.utc_offset_min,
                cipher.open_payload(row.payload, row=row.id),
            )
            for row in rows[: self._batch]
        ]
        return events, len(rows) <= self._batch

    @property
    def _budget_s(self) -> float:
        # A quarter of the timeout per batch: one lost request never costs more than that.
        return self._client.read_timeout / 4

    def _fit(
        self, events: list[WireEvent], pull_cursor: str | None
    ) -> tuple[list[WireEvent], str | None, bytes]:
        """The gzipped body of ``events``, cut to what the link carries within the budget
        (bytes, as learnt); a cut batch is not the last one, so it asks for no pull page."""
        body = self._body(events, pull_cursor)
        limit = None if self._rate is None else self._rate * self._budget_s
        if limit is not None and len(body) > limit and len(events) > 1:
            events = events[: max(1, int(len(events) * limit / len(body)))]
            pull_cursor = None
            body = self._body(events, pull_cursor)
        return events, pull_cursor, body

    def _body(self, events: list[WireEvent], pull_cursor: str | None) -> bytes:
        """The gzipped push body, with what the kiosk reports of itself: its version and
        when the oldest record that still waits after this batch was made (the console
        shows a kiosk whose queue does not drain)."""
        waiting = None if pull_cursor is not None else self._oldest_pending_after(events[-1].seq)
        return gzip_json(
            encode_columns(
                self._device_id,
                self._clock(),
                events,
                pull_cursor,
                app_version=__version__,
                oldest_pending_at=waiting,
            )
        )

    def _oldest_pending_after(self, seq: int) -> dt.datetime | None:
        with self._store.reading() as session:
            row = session.execute(
                select(OutboxEvent.created_at, OutboxEvent.utc_offset_min)
                .where(OutboxEvent.status == "pending", OutboxEvent.seq > seq)
                .order_by(OutboxEvent.seq)
                .limit(1)
            ).first()
        return None if row is None else row.created_at.astimezone(_zone(row.utc_offset_min))

    def _push(
        self, events: list[WireEvent], pull_cursor: str | None, bodies: list[bytes]
    ) -> ColumnsPushResponse:
        # The first attempt sends the body just made; a retry makes it again (new sent_at).
        body = bodies.pop() if bodies else None
        if body is None:
            body = self._body(events, pull_cursor)
        started = time.monotonic()
        response = self._client.push_columns(body)
        elapsed = max(time.monotonic() - started, 1e-3)
        self._bytes_answered += len(body)
        if len(body) >= MIN_RATE_SAMPLE_BYTES:
            self._rate = len(body) / elapsed
        # Sized for the link: the byte budget cuts batches (above); the count grows at most
        # fourfold at a time while a batch goes through within the budget.
        if elapsed < self._budget_s:
            self._batch = _clamp(self._batch * 4)
        return response

    def _apply_results(
        self, events: list[WireEvent], response: ColumnsPushResponse, report: SyncReport
    ) -> bool:
        """Write what the server said of each event; False if the reply did not answer every
        event (then the batch stays pending and goes again)."""
        if len(response.status) != len(events):
            log.warning("a push reply without one status per event; the batch goes again")
            return False
        now = self._clock()
        acked: dict[str, list[int]] = {"accepted": [], "duplicate": []}
        rejected: list[dict[str, object]] = []
        aliases: dict[str, str] = {}
        for n, (event, status) in enumerate(zip(events, response.status, strict=True)):
            setattr(report, status, getattr(report, status) + 1)
            canonical = response.canonical_id.get(str(n))
            if event.entity == "applicant" and canonical not in (None, event.entity_id):
                aliases[event.entity_id] = str(canonical)
            if status == "rejected":
                reason = response.reason.get(str(n))
                rejected.append({"b_seq": event.seq, "b_reason": reason})
                log.warning("event %s (%s) rejected: %s", event.id, event.entity, reason)
            else:
                acked[status].append(event.seq)
        with self._store.transaction() as session:
            # Set-based: one UPDATE per status (and chunk), not one per event.
            for outcome, seqs in acked.items():
                for chunk in in_chunks(seqs):
                    session.execute(
                        update(OutboxEvent)
                        .where(OutboxEvent.seq.in_(chunk))
                        .values(
                            status=outcome,
                            attempts=OutboxEvent.attempts + 1,
                            last_error=None,
                            acked_at=now,
                        )
                        .execution_options(synchronize_session=False)
                    )
            if rejected:
                session.connection().execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.seq == bindparam("b_seq"))
                    .values(
                        status="rejected",
                        attempts=OutboxEvent.attempts + 1,
                        last_error=bindparam("b_reason"),
                        acked_at=now,
                    ),
                    rejected,
                )
            for local, canonical in aliases.items():
                state.put(session, state.ALIAS_PREFIX + local, canonical)
        return True

    def _split_refused(self, events: list[WireEvent], exc: RefusedError) -> None:
        """Halve the batch until the one event the server cannot take is found; that one is
        marked rejected (kept and shown, never dropped) so the rest can flow."""
        if len(events) > 1:
            self._batch = max(1, len(events) // 2)
            return
        with self._store.transaction() as session:
            session.execute(
                update(OutboxEvent)
                .where(OutboxEvent.seq == events[0].seq)
                .values(
                    status="rejected",
                    last_error=f"{exc.code}: {exc.detail}"[:500],
                    attempts=OutboxEvent.attempts + 1,
                )
            )
        log.warning("event %s refused by the server: %s", events[0].id, exc.code)

    def _note_failure(self, events: list[WireEvent]) -> None:
        seqs = [event.seq for event in events]
        with self._store.transaction() as session:
            for chunk in in_chunks(seqs):
                session.execute(
                    update(OutboxEvent)
                    .where(OutboxEvent.seq.in_(chunk))
                    .values(attempts=OutboxEvent.attempts + 1)
                    .execution_options(synchronize_session=False)
                )

    # -- pull ---------------------------------------------------------------------------

    def _pull_all(self, report: SyncReport, first: PullResponse | None = None) -> bool:
        cursor = state.get(self._store, state.CURSOR)
        page = first
        while True:
            if page is None:
                page = self._with_retries(functools.partial(self._client.pull, cursor), report)
                if page is None:
                    return False
            with self._store.transaction() as session:
                report.pulled += apply_changes(session, page.changes, self._clock())
                state.put(session, state.CURSOR, page.cursor)
            cursor = page.cursor
            self._listener(SyncProgress("pull", report.pulled, report.pulled))
            if not page.more:
                return True
            page = None

    # -- retries ------------------------------------------------------------------------

    def _with_retries(
        self, call: Callable[[], T], report: SyncReport, *, batch: bool = False
    ) -> T | None:
        attempt = 0
        failing_since = time.monotonic()
        while True:
            if self._cancel.is_set():
                report.error = msg("sync.cancelled")
                return None
            try:
                result = call()
            except TransportError as exc:
                self._listener(SyncConnectivity(False, str(exc)))
                self._batch = max(1, self._batch // 2)
                if attempt + 1 >= self._backoff.attempts:
                    report.error = msg("sync.unreachable", detail=str(exc))
                    return None
                delay = self._backoff.delay(attempt, exc.retry_after)
                if self._backoff.max_wait is not None:
                    left = self._backoff.max_wait - (time.monotonic() - failing_since)
                    if left <= 0:
                        report.error = msg("sync.unreachable", detail=str(exc))
                        return None
                    delay = min(delay, left)
                log.info("sync attempt %d failed (%s); next in %.1fs", attempt + 1, exc, delay)
                self._listener(SyncRetry(attempt + 1, delay, str(exc)))
                attempt += 1
                if self._cancel.wait(delay):
                    report.error = msg("sync.cancelled")
                    return None
                continue
            except RefusedError as exc:
                if batch and exc.status in (400, 413, 422):
                    raise  # the batch itself is at fault: the caller splits it
                self._listener(SyncConnectivity(True, exc.code))
                report.error = refusal_message(exc)
                return None
            except ServerKeyMismatch as exc:
                # Not transient and not the server's word: never retried, nothing was sent.
                log.warning("sync stopped: %s", exc)
                self._listener(SyncConnectivity(False, "server_key_changed"))
                report.error = msg("sync.server_key_changed")
                return None
            self._listener(SyncConnectivity(True))
            return result


@functools.lru_cache(maxsize=64)
def _zone(utc_offset_min: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(minutes=utc_offset_min))


def to_push_event(event: OutboxEvent, cipher: PersonalDataCipher) -> PushEvent:
    """The wire form of an outbox event; payloads sealed at rest are opened for upload."""
    return PushEvent(
        id=event.id,
        seq=event.seq,
        entity=event.entity,
        entity_id=event.entity_id,
        op=event.op,
        created_at=event.created_at.astimezone(_zone(event.utc_offset_min)),
        utc_offset_min=event.utc_offset_min,
        payload=cipher.open_payload(event.payload, row=event.id),
    )


def pending_count(store: Store) -> int:
    with store.reading() as session:
        count = session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.status == "pending")
        )
    return int(count or 0)
