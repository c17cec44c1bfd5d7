"""Taking attendance: one card scan in, one verdict out, at most one appended event."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, literal_column, select

from kiosk.domain.attendance import (
    ADMITTABLE,
    EventKind,
    PriorEvent,
    ScanDecision,
    ScanOutcome,
    Tone,
    decide_scan,
    layout_variants,
    meets_on,
    schedule_weekdays,
    session_open_on,
)
from kiosk.domain.card import CardVerification, Keyring, VerifyStatus, verify_card
from kiosk.domain.chunks import in_chunks
from kiosk.domain.ids import new_id
from kiosk.i18n import Message, define, msg
from kiosk.services.cards import StoreKeyring, recorded_issuer_sqlite
from kiosk.services.catalogue import CatalogueError
from kiosk.services.context import ServiceContext, dict_payload, utc_offset_minutes
from kiosk.services.people import display_name_raw
from kiosk.store.fastpath import RawStatement, insert_row
from kiosk.store.models import (
    Applicant,
    AttendanceEvent,
    Card,
    DeviceKey,
    Enrolment,
    OutboxEvent,
    TrainingSession,
)

define("scan.checked_in", id="Hadir — tercatat masuk {time}", en="Present — checked in at {time}")
define(
    "scan.checked_in_admitted",
    id="Hadir (diizinkan staf, belum terdaftar) — masuk {time}",
    en="Present (admitted by staff, not enrolled) — checked in at {time}",
)
define("scan.checked_out", id="Tercatat pulang {time}", en="Checked out at {time}")
define(
    "scan.already_recorded",
    id="Sudah tercatat pukul {time}",
    en="Already recorded at {time}",
)
define(
    "scan.not_enrolled",
    id="Belum terdaftar di kelas ini. Izinkan masuk?",
    en="Not enrolled in this session. Admit?",
)
define(
    "scan.unknown_card",
    id="Kartu sah, tetapi pemiliknya belum ada di kios ini. Lakukan sinkronisasi.",
    en="Valid card, but its holder is not on this kiosk yet. Synchronise.",
)
define(
    "scan.session_closed",
    id="Kelas ini tidak berlangsung hari ini ({start} s.d. {end}).",
    en="This session is not running today ({start} to {end}).",
)
define(
    "scan.not_meeting_today",
    id="Kelas ini tidak dijadwalkan hari ini. Izinkan masuk?",
    en="This class does not meet today. Admit anyway?",
)
define(
    "scan.checked_in_off_day",
    id="Hadir (diizinkan staf di luar jadwal) — masuk {time}",
    en="Present (admitted by staff outside the schedule) — checked in at {time}",
)
define("scan.unnamed", id="(nama tidak tersedia)", en="(name not available)")

# What a payload typed through the wrong keyboard layout looks like: retried under others.
_LAYOUT_MISHAPS = (VerifyStatus.MALFORMED, VerifyStatus.BAD_SIGNATURE, VerifyStatus.UNKNOWN_KEY)

# What a scan reads and writes, on the store's raw connection (kiosk.store.fastpath).
_SESSION = RawStatement(
    select(
        TrainingSession.start_date,
        TrainingSession.end_date,
        TrainingSession.uses_checkout,
        TrainingSession.weekly_schedule,
    ).where(TrainingSession.id == bindparam("session_id"))
)
_CARD = RawStatement(
    select(Card.applicant_id, Card.revoked_at).where(Card.id == bindparam("card_id"))
)
_ENROLLED = RawStatement(
    select(literal_column("1")).where(
        Enrolment.session_id == bindparam("session_id"),
        Enrolment.applicant_id == bindparam("applicant_id"),
    )
)
_EVENTS_TODAY = RawStatement(
    select(AttendanceEvent.kind, AttendanceEvent.recorded_at).where(
        AttendanceEvent.session_id == bindparam("session_id"),
        AttendanceEvent.card_id == bindparam("card_id"),
        AttendanceEvent.local_day == bindparam("day"),
    )
)
_KEYS_CHANGED = RawStatement(
    select(func.count(), func.max(DeviceKey.created_at), func.max(DeviceKey.revoked_at))
)
_KEYS = RawStatement(select(DeviceKey.key_id, DeviceKey.public_key, DeviceKey.revoked_at))
_EVENT_TABLE = cast(Table, AttendanceEvent.__table__)
_OUTBOX_TABLE = cast(Table, OutboxEvent.__table__)

# What warm_station reads: a session's trainees and the index entries their scans touch.
_TRAINEES = RawStatement(
    select(Enrolment.applicant_id).where(Enrolment.session_id == bindparam("session_id"))
)
_SESSION_EVENTS = RawStatement(
    select(func.count())
    .select_from(AttendanceEvent)
    .where(AttendanceEvent.session_id == bindparam("session_id"))
)
_CARDS_OF = RawStatement(
    select(Card.id).where(Card.applicant_id.in_(bindparam("people", expanding=True)))
)
_CARD_ROWS = RawStatement(
    select(func.count(Card.revoked_at)).where(Card.id.in_(bindparam("cards", expanding=True)))
)
_NAME_ROWS = RawStatement(
    select(func.count(Applicant.full_name)).where(
        Applicant.id.in_(bindparam("people", expanding=True))
    )
)
_PERSON_EVENTS = RawStatement(
    select(func.count())
    .select_from(AttendanceEvent)
    .where(AttendanceEvent.applicant_id.in_(bindparam("people", expanding=True)))
)


@dataclass(frozen=True)
class ScanVerdict:
    """What staff see after a scan, and what (if anything) was written."""

    outcome: ScanOutcome
    reason: Message
    card_id: str | None = None
    applicant_id: str | None = None
    full_name: str | None = None
    event_id: str | None = None
    kind: EventKind | None = None
    at: dt.datetime | None = None
    card_status: VerifyStatus | None = None
    admitted_by: str | None = None

    @property
    def tone(self) -> Tone:
        return ScanDecision(self.outcome).tone

    @property
    def recorded(self) -> bool:
        return self.event_id is not None

    @property
    def can_admit(self) -> bool:
        return self.outcome in ADMITTABLE

    def as_json(self, lang: str = "id") -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "tone": self.tone.value,
            "reason": self.reason.render(lang),
            "card_status": None if self.card_status is None else self.card_status.value,
            "card_id": self.card_id,
            "applicant_id": self.applicant_id,
            "full_name": self.full_name,
            "recorded": self.recorded,
            "event_id": self.event_id,
            "kind": None if self.kind is None else self.kind.value,
            "at": None if self.at is None else self.at.isoformat(),
            "admitted_by": self.admitted_by,
        }


def _hhmm(moment: dt.datetime, now: dt.datetime) -> str:
    return moment.astimezone(now.tzinfo).strftime("%H:%M")


class _KeyringCache:
    """The trusted public keys, reloaded only when the device_key table changes.

    Card revocations are not cached at all: the scanned card's own row is read on every scan
    anyway, so a revocation is seen at once whoever wrote it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fingerprint: tuple[Any, ...] | None = None
        self._keyring = Keyring(public_keys={})

    def get(self, db: sqlite3.Connection) -> Keyring:
        fingerprint = _KEYS_CHANGED.first(db)
        with self._lock:
            if fingerprint != self._fingerprint:
                keys = _KEYS.all(db)
                self._keyring = Keyring(
                    public_keys={key_id: bytes(raw) for key_id, raw, _ in keys},
                    revoked_keys=frozenset(key_id for key_id, _, revoked in keys if revoked),
                )
                self._fingerprint = fingerprint
            return self._keyring


class AttendanceService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._keyring = _KeyringCache()

    def _verify(self, db: sqlite3.Connection, payload: str, today: dt.date) -> CardVerification:
        keyring = StoreKeyring(self._keyring.get(db), recorded_issuer_sqlite(db))
        verification = verify_card(payload, keyring, today)
        if verification.status in _LAYOUT_MISHAPS:
            for variant in layout_variants(payload):
                retried = verify_card(variant, keyring, today)
                if retried.card_id is not None:  # the signature verified under that layout
                    return retried
        return verification

    def record_scan(
        self,
        session_id: str,
        payload: str,
        *,
        staff_id: str | None,
        admit: bool = False,
    ) -> ScanVerdict:
        """Verify a scanned card payload and apply the attendance rules in one durable
        transaction. Never raises for bad input: every payload gets a verdict."""
        ctx = self._ctx
        now = ctx.now()
        today = now.date()
        with ctx.store.hot_transaction() as db:
            training = _SESSION.first(db, session_id=session_id)
            if training is None:
                raise CatalogueError(msg("catalogue.session_unknown"))
            verification = self._verify(db, payload, today)
            if not verification.valid and verification.card_id is None:
                return ScanVerdict(
                    ScanOutcome.REJECTED, verification.reason, card_status=verification.status
                )
            card_id = verification.card_id
            card = _CARD.first(db, card_id=card_id)
            applicant_id: str | None = None
            if card is not None:
                applicant_id = card[0]
                if card[1] is not None:
                    verification = dataclasses.replace(
                        verification, status=VerifyStatus.REVOKED_CARD
                    )
            full_name = None if applicant_id is None else display_name_raw(db, applicant_id)
            enrolled = (
                applicant_id is not None
                and _ENROLLED.first(db, session_id=session_id, applicant_id=applicant_id)
                is not None
            )
            prior = [
                PriorEvent(EventKind(kind), at)
                for kind, at in _EVENTS_TODAY.all(
                    db, session_id=session_id, card_id=card_id, day=today
                )
            ]
            start, end = training[0], training[1]
            meets = meets_on(schedule_weekdays(training[3]), start, end, today)
            decision = decide_scan(
                verification=verification,
                card_known=card is not None,
                session_open=session_open_on(start, end, today),
                enrolled=enrolled,
                meets_today=meets,
                admit=admit and staff_id is not None,
                uses_checkout=bool(training[2]),
                prior=prior,
                now=now,
            )
            verdict = ScanVerdict(
                decision.outcome,
                self._reason(
                    decision,
                    verification,
                    now,
                    start,
                    end,
                    admitted=not enrolled,
                    off_day=not meets,
                ),
                card_id=card_id,
                applicant_id=applicant_id,
                full_name=full_name,
                card_status=verification.status,
            )
            if decision.kind is None or applicant_id is None:
                return verdict
            # Who let in someone not enrolled, or anyone on a day the class does not meet.
            admitted_by = staff_id if not (enrolled and meets) else None
            row: dict[str, Any] = {
                "id": new_id(),
                "session_id": session_id,
                "card_id": card_id,
                "applicant_id": applicant_id,
                "kind": decision.kind.value,
                "admitted_by": admitted_by,
                "local_day": today,
                "recorded_at": now,
                "utc_offset_min": utc_offset_minutes(now),
                "device_id": ctx.device_id,
                "staff_id": staff_id,
            }
            insert_row(db, _EVENT_TABLE, row)
            # The upload record is committed together with the event, or neither is.
            outbox = ctx.outbox_row("attendance_event", row["id"], "create", dict_payload(row), now)
            insert_row(db, _OUTBOX_TABLE, outbox)
        return dataclasses.replace(
            verdict, event_id=row["id"], kind=decision.kind, at=now, admitted_by=admitted_by
        )

    def warm_station(self, session_id: str) -> int:
        """Read, without writing anything, the pages that scans of this session's trainees
        will touch: their enrolments, cards, names and attendance index entries. A station
        calls it when it opens a session, so that the first scan of each trainee finds them
        in memory rather than waiting on a slow disk (on a large store each scan otherwise
        reads a handful of scattered pages). Returns the number of trainees."""
        with self._ctx.store.hot_transaction(write=False) as db:
            people = [row[0] for row in _TRAINEES.all(db, session_id=session_id)]
            # The session's own entries in the (session, card, day) index, all days.
            _SESSION_EVENTS.first(db, session_id=session_id)
            for chunk in in_chunks(people):
                cards = [row[0] for row in _CARDS_OF.all(db, people=chunk)]
                if cards:  # the card's own row, as a scan looks it up (by its id)
                    _CARD_ROWS.first(db, cards=cards)
                _NAME_ROWS.first(db, people=chunk)
                # Where each trainee's next event goes in the per-applicant index.
                _PERSON_EVENTS.first(db, people=chunk)
        return len(people)

    def _reason(
        self,
        decision: ScanDecision,
        verification: CardVerification,
        now: dt.datetime,
        start: dt.date,
        end: dt.date,
        *,
        admitted: bool,
        off_day: bool = False,
    ) -> Message:
        outcome = decision.outcome
        if outcome is ScanOutcome.REJECTED:
            return verification.reason
        if outcome is ScanOutcome.CHECKED_IN:
            if admitted:
                return msg("scan.checked_in_admitted", time=_hhmm(now, now))
            if off_day:
                return msg("scan.checked_in_off_day", time=_hhmm(now, now))
            return msg("scan.checked_in", time=_hhmm(now, now))
        if outcome is ScanOutcome.CHECKED_OUT:
            return msg("scan.checked_out", time=_hhmm(now, now))
        if outcome is ScanOutcome.ALREADY_RECORDED:
            assert decision.previous_at is not None
            return msg("scan.already_recorded", time=_hhmm(decision.previous_at, now))
        if outcome is ScanOutcome.SESSION_CLOSED:
            return msg(
                "scan.session_closed",
                start=start.strftime("%d-%m-%Y"),
                end=end.strftime("%d-%m-%Y"),
            )
        if outcome is ScanOutcome.NOT_MEETING_TODAY:
            return msg("scan.not_meeting_today")
        if outcome is ScanOutcome.NOT_ENROLLED:
            return msg("scan.not_enrolled")
        return msg("scan.unknown_card")

    def admit(self, session_id: str, payload: str, *, staff_id: str) -> ScanVerdict:
        """Let a card holder who is not enrolled in, recorded as admitted by ``staff_id``."""
        return self.record_scan(session_id, payload, staff_id=staff_id, admit=True)

    def record_card(
        self, session_id: str, card_id: str, *, staff_id: str | None, admit: bool = False
    ) -> ScanVerdict:
        """Manual look-up path: the trainee forgot the card; staff picked it by name or
        number. The stored payload of that card goes through exactly the same rules."""
        payload = self.payload_of(card_id)
        return self.record_scan(session_id, payload, staff_id=staff_id, admit=admit)

    def payload_of(self, card_id: str) -> str:
        with self._ctx.store.reading() as session:
            return session.scalar(select(Card.payload).where(Card.id == card_id)) or ""

    def current_card_of(self, applicant_id: str) -> str | None:
        """The newest card of a person that is not revoked, for the manual look-up."""
        with self._ctx.store.reading() as session:
            return session.scalar(
                select(Card.id)
                .where(Card.applicant_id == applicant_id, Card.revoked_at.is_(None))
                .order_by(Card.issued_at.desc())
                .limit(1)
            )
