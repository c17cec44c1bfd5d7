"""Applying pulled reference data to the kiosk store (never re-uploaded: no outbox events).

Every change is checked against its strict model (kiosk.sync.entities) before it touches the
store, and applied inside its own SAVEPOINT. A change that fails either way is set aside in
``sync_quarantine`` (kept as received, reported to the server by an outbox event) and the
rest of the page goes on: one bad record must never stop sync on every kiosk.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from typing import Any, Final

from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.domain.ids import new_id
from kiosk.store.models import (
    Applicant,
    AssessmentScheme,
    Base,
    Card,
    CardBinding,
    DeviceKey,
    Enrolment,
    OutboxEvent,
    StaffAccount,
    SyncQuarantine,
    TrainingProgram,
    TrainingProvider,
    TrainingSession,
)
from kiosk.sync import certificate_trust, placement_apply, state
from kiosk.sync.entities import (
    ApplicantAliasChange,
    AssessmentSchemeChange,
    CardBindingChange,
    CardRevocation,
    DeviceKeyChange,
    EnrolmentChange,
    KeyRevocation,
    PayloadInvalid,
    ProgramChange,
    ProviderChange,
    SessionChange,
    StaffAccountChange,
    StaffAccountDisableChange,
    parse_change,
)
from kiosk.sync.protocol import Change

log = logging.getLogger(__name__)

REPORT_ENTITY: Final = "sync_rejected_change"

_ROWS: Final[dict[type[BaseModel], type[Base]]] = {
    ProviderChange: TrainingProvider,
    ProgramChange: TrainingProgram,
    SessionChange: TrainingSession,
    EnrolmentChange: Enrolment,
    StaffAccountChange: StaffAccount,
}
# Pulled changes whose record id is the key id or the card id rather than the row's "id".
_ID_FIELD: Final = {
    "device_key": "key_id",
    "key_revocation": "key_id",
    "card_revocation": "card_id",
    "card_binding": "card_id",
    "applicant_alias": "applicant_id",
    "certificate_revocation": "certificate_id",
    "certificate_trust": "",
    "assessment_scheme": "number",
}


class _Skip(Exception):
    """A valid change this kiosk has no use for (a person it never saw): not applied, not
    set aside either; the next pull does not need it."""


def apply_changes(
    session: Session, changes: Iterable[Change], now: dt.datetime, *, via_sync: bool = True
) -> int:
    """Upsert what the server sent; returns how many changes were applied. Rows that cannot
    fit this kiosk (a foreign key to a person it never saw) are skipped; changes that are
    invalid or that the store refuses are set aside (:func:`set_aside`). ``via_sync`` False
    for a trust file from a USB stick (kiosk.sync.certificate_trust)."""
    applied = 0
    for change in changes:
        try:
            parsed = parse_change(change.kind, change.data)
            _check_id(change, parsed)
            # Server-signed certificate trust data is checked under the server's key first.
            opened = certificate_trust.open_change(session, parsed, via_sync=via_sync)
        except PayloadInvalid as exc:
            set_aside(session, change, exc.reason, now)
            continue
        try:
            with session.begin_nested():
                if opened is not None:
                    certificate_trust.apply_opened(session, opened)
                else:
                    _apply(session, change.id, parsed, now)
                session.flush()
        except _Skip:
            continue
        except SQLAlchemyError as exc:
            if isinstance(exc, OperationalError):
                raise  # the disk or the database itself, not this change: the sync fails
            set_aside(session, change, f"store refused it: {type(exc).__name__}", now)
            continue
        applied += 1
    return applied


def _check_id(change: Change, parsed: BaseModel) -> None:
    field = _ID_FIELD.get(change.kind, "id")
    if not field:
        return  # one record, replaced whole (the trust list)
    if getattr(parsed, field, change.id) != change.id:
        raise PayloadInvalid(f"{field}: does not match the change's record id")


def set_aside(session: Session, change: Change, reason: str, now: dt.datetime) -> None:
    """Keep a change this kiosk cannot apply, and queue a report of it for the server (kind,
    record id and reason only: the data may hold personal details and stays here)."""
    data = json.dumps(change.data, ensure_ascii=False, sort_keys=True, default=str)
    record_id = change.id[:200]
    known = session.scalar(
        select(SyncQuarantine.id).where(
            SyncQuarantine.kind == change.kind[:64],
            SyncQuarantine.record_id == record_id,
            SyncQuarantine.data == data,
        )
    )
    if known is not None:
        return  # pulled again (the cursor starts over after a new enrolment): kept once
    quarantine_id, report_id = new_id(), new_id()
    offset = now.utcoffset()
    session.add(
        SyncQuarantine(
            id=quarantine_id,
            kind=change.kind[:64],
            record_id=record_id,
            data=data,
            reason=reason[:200],
            received_at=now,
            report_event_id=report_id,
        )
    )
    # Written like any other outbox event so that it travels with the next push (and in a
    # USB bundle). No device_id in the payload: the server takes the sender's.
    session.add(
        OutboxEvent(
            id=report_id,
            entity=REPORT_ENTITY,
            entity_id=quarantine_id,
            op="create",
            payload={
                "kind": _printable(change.kind, 32),
                "record_id": _printable(change.id, 64),
                "reason": _printable(reason, 200),
                "received_at": now.isoformat(),
            },
            created_at=now,
            utc_offset_min=0 if offset is None else int(offset.total_seconds() // 60),
            status="pending",
            attempts=0,
        )
    )
    log.warning("pulled change %s set aside: %s", change.kind[:32], reason)


def _printable(text: str, limit: int) -> str:
    """What the server sent, made safe to send back (no NUL or other control characters)."""
    return "".join(c if c.isprintable() else "?" for c in text[:limit])


def _apply(session: Session, record_id: str, parsed: BaseModel, now: dt.datetime) -> None:
    if placement_apply.handles(parsed):
        if not placement_apply.apply(session, parsed):
            raise _Skip
        return
    if isinstance(parsed, StaffAccountDisableChange):
        # Only the switched-off flag travels; today it is not applied on other kiosks.
        raise _Skip
    if isinstance(parsed, DeviceKeyChange):
        if session.get(DeviceKey, parsed.key_id) is None:
            session.add(
                DeviceKey(
                    key_id=parsed.key_id,
                    public_key=bytes.fromhex(parsed.public_key),
                    device_id=parsed.device_id,
                    own=False,
                    created_at=now,
                )
            )
    elif isinstance(parsed, KeyRevocation):
        session.execute(
            update(DeviceKey)
            .where(DeviceKey.key_id == parsed.key_id, DeviceKey.revoked_at.is_(None))
            .values(revoked_at=parsed.revoked_at)
        )
    elif isinstance(parsed, CardRevocation):
        reason = parsed.reason[:40]
        session.execute(
            update(Card)
            .where(Card.id == parsed.card_id, Card.revoked_at.is_(None))
            .values(revoked_at=parsed.revoked_at, revoked_reason=reason)
        )
        # Cards issued elsewhere are not in this kiosk's card table; remember the id so
        # that verification refuses them too.
        key = state.REVOKED_CARD_PREFIX + parsed.card_id
        state.put(session, key, parsed.revoked_at.isoformat())
    elif isinstance(parsed, CardBindingChange):
        _bind_card(session, parsed)
    elif isinstance(parsed, AssessmentSchemeChange):
        _put_scheme(session, parsed)
    elif isinstance(parsed, ApplicantAliasChange):
        if session.get(Applicant, parsed.applicant_id) is not None:
            state.put(session, state.ALIAS_PREFIX + parsed.applicant_id, parsed.canonical_id)
    else:
        _upsert_row(session, parsed)


def _put_scheme(session: Session, parsed: AssessmentSchemeChange) -> None:
    """A published scheme; a newer publication of the same number replaces it (records
    already made keep the units they were judged on: those are in their signed text)."""
    row = session.get(AssessmentScheme, parsed.number)
    if row is None:
        row = AssessmentScheme(number=parsed.number)
        session.add(row)
    row.title, row.lsp, row.published_at = parsed.title, parsed.lsp, parsed.published_at
    row.units = [unit.model_dump() for unit in parsed.units]


def _bind_card(session: Session, parsed: CardBindingChange) -> None:
    """Record the issuer of a card printed before ids were bound (docs/sync-protocol.md,
    "Cards and their issuer"). The first binding stays: this kiosk's own record of its cards
    is the truth, and the server publishes one binding per card."""
    recorded = session.get(CardBinding, parsed.card_id)
    if recorded is None:
        session.add(CardBinding(card_id=parsed.card_id, key_id=parsed.key_id))
    elif recorded.key_id != parsed.key_id:
        log.warning(
            "card %s: pulled issuer %s, kept %s", parsed.card_id, parsed.key_id, recorded.key_id
        )


def _values(model: type[Base], parsed: BaseModel) -> dict[str, Any]:
    """The row's columns from the checked change: the fields it carried (a field left out
    keeps the local value, or the column's default on insert)."""
    sent = parsed.model_fields_set
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key in sent:
            value = getattr(parsed, column.key)
            values[column.key] = value.model_dump() if isinstance(value, BaseModel) else value
    return values


def _upsert_row(session: Session, parsed: BaseModel) -> None:
    model = _ROWS[type(parsed)]
    values = _values(model, parsed)
    if model is Enrolment and (
        session.get(Applicant, values["applicant_id"]) is None
        or session.get(TrainingSession, values["session_id"]) is None
    ):
        raise _Skip
    if model is TrainingSession and (
        session.get(TrainingProgram, values["program_id"]) is None
        or session.get(TrainingProvider, values["provider_id"]) is None
    ):
        raise _Skip
    if model is StaffAccount:
        clash = session.scalar(
            select(StaffAccount.id).where(StaffAccount.username == values["username"])
        )
        if clash is not None and clash != values["id"]:
            raise _Skip
    existing = session.get(model, values["id"])
    if existing is None:
        session.add(model(**values))
    else:
        for key, value in values.items():
            setattr(existing, key, value)
