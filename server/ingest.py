"""Storing pushed events exactly once and merging them: one person per NIK, one attendance per
card, session, day and kind with every scan kept as evidence."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.sync.protocol import ENTITIES, EventStatus, WireEvent, is_uuid
from server import personal
from server.audit import record
from server.db import insert_ignoring_conflicts
from server.models import (
    ApplicantAlias,
    Attendance,
    AttendanceScan,
    Card,
    ChangeLog,
    Event,
    Person,
    ReferenceRecord,
    TrustedKey,
)
from server.secrets import secrets_of

REFERENCE_KINDS = frozenset(
    {"training_provider", "training_program", "training_session", "enrolment", "staff_account"}
)
ATTENDANCE_KINDS = frozenset({"check_in", "check_out"})
EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
CLOCK_SLACK = dt.timedelta(minutes=5)
_NIK = re.compile(r"^\d{16}$")
_CARD = re.compile(r"^[A-Z2-7]{16}$")


class Rejected(Exception):
    """One event that cannot be stored; the reason goes back to the kiosk."""


class Outcome(NamedTuple):
    """What became of one event (the push reply's per-event result)."""

    status: EventStatus
    reason: str | None = None
    canonical_id: str | None = None


_ID_CHUNK = 1000


@dataclass
class Batch:
    device_id: str
    sent_at: dt.datetime
    received_at: dt.datetime
    via: str
    # Device clock error; measured at this request for a push, the last measurement for a
    # bundle (which may have spent days in a pocket between writing and import).
    known_offset: dt.timedelta | None = None

    @property
    def offset(self) -> dt.timedelta:
        if self.known_offset is not None:
            return self.known_offset
        return self.received_at - self.sent_at


def add_change(session: Session, kind: str, record_id: str, data: dict[str, Any]) -> None:
    session.add(ChangeLog(kind=kind, record_id=record_id, data=data, at=_now()))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _text(payload: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value or len(value) > 64:
        raise Rejected(f"{key} missing or invalid")
    if pattern is not None and not pattern.match(value):
        raise Rejected(f"{key} invalid")
    return value


def _uuid(payload: dict[str, Any], key: str) -> str:
    value = payload.get(key)
    if not is_uuid(value):
        raise Rejected(f"{key} is not an id")
    assert isinstance(value, str)
    return value


def _day(payload: dict[str, Any], key: str) -> dt.date:
    try:
        return dt.date.fromisoformat(_text(payload, key))
    except ValueError as exc:
        raise Rejected(f"{key} is not a date") from exc


def _time(payload: dict[str, Any], key: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(_text(payload, key))
    except ValueError as exc:
        raise Rejected(f"{key} is not a time") from exc
    if value.tzinfo is None:
        raise Rejected(f"{key} has no UTC offset")
    return value


def canonical_applicant(session: Session, applicant_id: str) -> str:
    alias = session.get(ApplicantAlias, applicant_id)
    return applicant_id if alias is None else alias.person_id


def ingest(session: Session, batch: Batch, events: Sequence[WireEvent]) -> list[Outcome]:
    """Store and merge one batch inside the caller's transaction; one outcome per event, in
    the order given. Set-based: one look-up for the ids already stored, one multi-row
    insert per table."""
    ids = [event.id for event in events]
    known: set[str] = set()
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        known.update(session.scalars(select(Event.id).where(Event.id.in_(chunk))))
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    attendance: list[tuple[WireEvent, dict[str, Any]]] = []
    outcomes: list[Outcome] = []
    for event in events:
        if event.id in known or event.id in seen:
            canonical = None
            if event.entity == "applicant":
                canonical = canonical_applicant(session, event.entity_id)
            outcomes.append(Outcome("duplicate", None, canonical))
            continue
        try:
            canonical = _project(session, batch, event, attendance)
        except Rejected as exc:
            outcomes.append(Outcome("rejected", str(exc)))
            continue
        seen.add(event.id)
        rows.append(_event_row(session, batch, event))
        outcomes.append(Outcome("accepted", None, canonical))
    _merge_attendance(session, batch, attendance)
    insert_ignoring_conflicts(session, Event.__table__, rows)  # type: ignore[arg-type]
    return outcomes


def _event_row(session: Session, batch: Batch, event: WireEvent) -> dict[str, Any]:
    corrected = event.created_at + batch.offset
    suspect = (
        event.created_at < EARLIEST
        or event.created_at > batch.sent_at + CLOCK_SLACK
        or corrected > batch.received_at + CLOCK_SLACK
    )
    return {
        "id": event.id,
        "device_id": batch.device_id,
        "seq": event.seq,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "op": event.op,
        "payload": personal.seal_event_payload(
            secrets_of(session).personal, event.id, event.entity, event.payload
        ),
        "device_time": event.created_at,
        "utc_offset_min": event.utc_offset_min,
        "corrected_time": corrected,
        "clock_suspect": suspect,
        "received_at": batch.received_at,
        "via": batch.via,
    }


def _project(
    session: Session,
    batch: Batch,
    event: WireEvent,
    attendance: list[tuple[WireEvent, dict[str, Any]]],
) -> str | None:
    """Apply one event to the merged tables; returns a canonical id where one applies."""
    if event.entity not in ENTITIES:
        raise Rejected(f"unknown entity {event.entity}")
    payload = event.payload
    # A device pushes only as itself, also inside the payload it signs nothing else for.
    if payload.get("device_id", batch.device_id) != batch.device_id:
        raise Rejected("device_id does not match the sending device")
    entity, op = event.entity, event.op
    if entity in ("attendance_event", "attendance"):
        if op != "create":
            raise Rejected(f"unsupported op {op}")
        attendance.append((event, _attendance_fields(event)))
        return None
    if entity == "applicant" and op == "create":
        return _merge_person(session, batch, event)
    if entity == "applicant" and op == "erase":
        _erase_person(session, event)
        return None
    if entity == "card":
        _card(session, event)
        return None
    if entity in REFERENCE_KINDS:
        _reference(session, batch, event)
        return None
    if entity == "device_key":
        _device_key(session, batch, event)
        return None
    if entity in ("staff_login", "audit_event", "applicant"):
        return None  # kept as events only (audit trail, later corrections)
    raise Rejected(f"unsupported op {op}")  # pragma: no cover - ENTITIES is exhaustive


def _merge_person(session: Session, batch: Batch, event: WireEvent) -> str:
    nik = _text(event.payload, "nik", _NIK)
    if not is_uuid(event.entity_id):
        raise Rejected("applicant id is not an id")
    key = secrets_of(session).personal
    # Insert-or-ignore then read back: two kiosks racing on one NIK end with one person.
    row = personal.person_row(key, event, batch.device_id, nik)
    insert_ignoring_conflicts(session, Person.__table__, [row])  # type: ignore[arg-type]
    person_id = session.scalar(select(Person.id).where(Person.nik_digest == row["nik_digest"]))
    assert person_id is not None
    if person_id != event.entity_id:
        # The reply tells this kiosk the NIK is known (docs/security.md); kept as evidence.
        record(
            session,
            "person_merged",
            "done",
            device_id=batch.device_id,
            detail={"applicant_id": event.entity_id, "person_id": person_id},
        )
        insert_ignoring_conflicts(
            session,
            ApplicantAlias.__table__,  # type: ignore[arg-type]
            [{"applicant_id": event.entity_id, "person_id": person_id}],
        )
        add_change(
            session,
            "applicant_alias",
            event.entity_id,
            {"applicant_id": event.entity_id, "canonical_id": person_id},
        )
    return person_id


def _erase_person(session: Session, event: WireEvent) -> None:
    """An erasure requested at a kiosk (UU PDP): the person's personal data goes here too,
    from the merged record and from every stored registration event; ids stay for the
    pseudonymous cards and attendance."""
    person_id = canonical_applicant(session, event.entity_id)
    person = session.get(Person, person_id)
    if person is not None:
        for name, value in personal.erased_person(person_id).items():
            setattr(person, name, value)
    applicant_ids = {person_id, event.entity_id}
    applicant_ids.update(
        session.scalars(
            select(ApplicantAlias.applicant_id).where(ApplicantAlias.person_id == person_id)
        )
    )
    session.execute(
        update(Event)
        .where(
            Event.entity == "applicant",
            Event.op == "create",
            Event.entity_id.in_(applicant_ids),
        )
        .values(payload=personal.ERASED_PAYLOAD)
    )


def _card(session: Session, event: WireEvent) -> None:
    payload = event.payload
    card_id = _text(payload, "card_id" if event.op == "revoke" else "id", _CARD)
    if event.op == "create":
        applicant = canonical_applicant(session, _uuid(payload, "applicant_id"))
        insert_ignoring_conflicts(
            session,
            Card.__table__,  # type: ignore[arg-type]
            [
                {
                    "id": card_id,
                    "applicant_id": applicant,
                    "key_id": _text(payload, "key_id"),
                    "data": payload,
                }
            ],
        )
    elif event.op == "revoke":
        revoke_card(session, card_id, str(payload.get("reason", "revoked"))[:40], event.created_at)
    else:
        raise Rejected(f"unsupported op {event.op}")


def revoke_card(session: Session, card_id: str, reason: str, at: dt.datetime) -> None:
    session.execute(
        update(Card)
        .where(Card.id == card_id, Card.revoked_at.is_(None))
        .values(revoked_at=at, revoked_reason=reason)
    )
    add_change(
        session,
        "card_revocation",
        card_id,
        {"card_id": card_id, "revoked_at": at.isoformat(), "reason": reason},
    )


def _reference(session: Session, batch: Batch, event: WireEvent) -> None:
    data = dict(event.payload)
    if not is_uuid(event.entity_id):
        raise Rejected("id is not an id")
    if event.entity == "enrolment":
        data["applicant_id"] = canonical_applicant(session, _uuid(data, "applicant_id"))
    existing = session.get(ReferenceRecord, (event.entity, event.entity_id))
    if existing is None:
        session.add(
            ReferenceRecord(
                kind=event.entity,
                id=event.entity_id,
                data=data,
                device_id=batch.device_id,
                updated_at=batch.received_at,
            )
        )
    else:
        existing.data = {**existing.data, **data}
        existing.updated_at = batch.received_at
    add_change(session, event.entity, event.entity_id, data)


def _device_key(session: Session, batch: Batch, event: WireEvent) -> None:
    public_hex = _text(event.payload, "public_key", re.compile(r"^[0-9a-f]{64}$"))
    key_id = hashlib.sha256(bytes.fromhex(public_hex)).digest()[:8].hex()
    if key_id != event.entity_id:
        raise Rejected("key id does not match the public key")
    if session.get(TrustedKey, key_id) is None:
        session.add(
            TrustedKey(
                key_id=key_id,
                public_key=public_hex,
                device_id=batch.device_id,
                created_at=batch.received_at,
            )
        )
        add_change(
            session,
            "device_key",
            key_id,
            {"key_id": key_id, "public_key": public_hex, "device_id": batch.device_id},
        )


def _attendance_fields(event: WireEvent) -> dict[str, Any]:
    payload = event.payload
    kind = _text(payload, "kind")
    if kind not in ATTENDANCE_KINDS:
        raise Rejected("kind must be check_in or check_out")
    if not is_uuid(event.entity_id):
        raise Rejected("attendance id is not an id")
    return {
        "session_id": _uuid(payload, "session_id"),
        "card_id": _text(payload, "card_id", _CARD),
        "local_day": _day(payload, "local_day"),
        "kind": kind,
        "applicant_id": payload.get("applicant_id")
        if is_uuid(payload.get("applicant_id"))
        else None,
        "recorded_at": _time(payload, "recorded_at"),
    }


def _merge_attendance(
    session: Session, batch: Batch, scans: list[tuple[WireEvent, dict[str, Any]]]
) -> None:
    """Set-based, because a field day is thousands of scans: create each attendance once
    (the first scan's id names it), then attach every scan to it."""
    if not scans:
        return
    # One row per attendance key (the first scan names it); the database keeps the one it
    # already has when another batch or kiosk created it first.
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event, f in scans:
        key = (f["session_id"], f["card_id"], f["local_day"], f["kind"])
        if key not in rows:
            rows[key] = {
                "id": event.entity_id,
                "session_id": f["session_id"],
                "card_id": f["card_id"],
                "local_day": f["local_day"],
                "kind": f["kind"],
                "applicant_id": f["applicant_id"],
                "first_recorded_at": f["recorded_at"],
            }
    insert_ignoring_conflicts(session, Attendance.__table__, list(rows.values()))  # type: ignore[arg-type]
    # One IN list per column, not a row-value IN: SQLite answers the latter by scanning the
    # whole table, the former through the unique index. The few extra rows (other
    # combinations of the same values) are dropped here.
    found: dict[tuple[Any, ...], str] = {}
    key_list = list(rows)
    for start in range(0, len(key_list), 300):
        chunk = key_list[start : start + 300]
        wanted = set(chunk)
        for row in session.execute(
            select(
                Attendance.id,
                Attendance.session_id,
                Attendance.card_id,
                Attendance.local_day,
                Attendance.kind,
            ).where(
                Attendance.session_id.in_({key[0] for key in chunk}),
                Attendance.card_id.in_({key[1] for key in chunk}),
                Attendance.local_day.in_({key[2] for key in chunk}),
                Attendance.kind.in_({key[3] for key in chunk}),
            )
        ):
            key = (row.session_id, row.card_id, row.local_day, row.kind)
            if key in wanted:
                found[key] = row.id
    evidence = [
        {
            "id": event.entity_id,
            "attendance_id": found[(f["session_id"], f["card_id"], f["local_day"], f["kind"])],
            "event_id": event.id,
            "device_id": batch.device_id,
            "recorded_at": f["recorded_at"],
        }
        for event, f in scans
    ]
    insert_ignoring_conflicts(session, AttendanceScan.__table__, evidence)  # type: ignore[arg-type]
