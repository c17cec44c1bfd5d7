"""Applying pulled reference data to the kiosk store (never re-uploaded: no outbox events)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Date, LargeBinary, select, update
from sqlalchemy.orm import Session

from kiosk.store.models import (
    Applicant,
    Base,
    Card,
    CardBinding,
    DeviceKey,
    Enrolment,
    StaffAccount,
    TrainingProgram,
    TrainingProvider,
    TrainingSession,
    UtcDateTime,
)
from kiosk.sync import state
from kiosk.sync.protocol import Change

log = logging.getLogger(__name__)

_CARD_ID = re.compile(r"[A-Z2-7]{16}")
_KEY_ID = re.compile(r"[0-9a-f]{16}")

_ROW_KINDS: dict[str, type[Base]] = {
    "training_provider": TrainingProvider,
    "training_program": TrainingProgram,
    "training_session": TrainingSession,
    "enrolment": Enrolment,
    "staff_account": StaffAccount,
}


def _columns(model: type[Base], data: dict[str, Any]) -> dict[str, Any] | None:
    """The model's columns from JSON values; None when a required one is missing or bad."""
    values: dict[str, Any] = {}
    for column in model.__table__.columns:
        if column.key not in data:
            if column.nullable or column.default is not None:
                continue
            return None
        raw = data[column.key]
        try:
            if raw is None:
                value: Any = None
            elif isinstance(column.type, UtcDateTime):
                value = dt.datetime.fromisoformat(raw)
            elif isinstance(column.type, Date):
                value = dt.date.fromisoformat(raw)
            elif isinstance(column.type, LargeBinary):
                value = bytes.fromhex(raw)
            else:
                value = raw
        except (TypeError, ValueError):
            return None
        values[column.key] = value
    return values


def apply_changes(session: Session, changes: Iterable[Change], now: dt.datetime) -> int:
    """Upsert what the server sent; rows that cannot fit this kiosk (a foreign key to a
    person it never saw) are skipped, not failed: the next pull does not need them."""
    applied = 0
    for change in changes:
        if _apply(session, change, now):
            applied += 1
    return applied


def _apply(session: Session, change: Change, now: dt.datetime) -> bool:
    data = change.data
    kind = change.kind
    if kind in _ROW_KINDS:
        return _upsert_row(session, _ROW_KINDS[kind], data)
    if kind == "device_key":
        key_id, public = str(data.get("key_id", "")), str(data.get("public_key", ""))
        if session.get(DeviceKey, key_id) is None and len(public) == 64:
            session.add(
                DeviceKey(
                    key_id=key_id,
                    public_key=bytes.fromhex(public),
                    device_id=data.get("device_id"),
                    own=False,
                    created_at=now,
                )
            )
        return True
    if kind == "key_revocation":
        at = _time(data.get("revoked_at"), now)
        session.execute(
            update(DeviceKey)
            .where(DeviceKey.key_id == change.id, DeviceKey.revoked_at.is_(None))
            .values(revoked_at=at)
        )
        return True
    if kind == "card_revocation":
        at = _time(data.get("revoked_at"), now)
        reason = str(data.get("reason", "revoked"))[:40]
        session.execute(
            update(Card)
            .where(Card.id == change.id, Card.revoked_at.is_(None))
            .values(revoked_at=at, revoked_reason=reason)
        )
        # Cards issued elsewhere are not in this kiosk's card table; remember the id so
        # that verification refuses them too.
        state.put(session, state.REVOKED_CARD_PREFIX + change.id, at.isoformat())
        return True
    if kind == "card_binding":
        return _bind_card(session, data)
    if kind == "applicant_alias":
        local = str(data.get("applicant_id", ""))
        if session.get(Applicant, local) is not None:
            state.put(session, state.ALIAS_PREFIX + local, str(data.get("canonical_id", "")))
        return True
    return False


def _bind_card(session: Session, data: dict[str, Any]) -> bool:
    """Record the issuer of a card printed before ids were bound (docs/sync-protocol.md,
    "Cards and their issuer"). The first binding stays: this kiosk's own record of its cards
    is the truth, and the server publishes one binding per card."""
    card_id, key_id = data.get("card_id"), data.get("key_id")
    if not (
        isinstance(card_id, str)
        and _CARD_ID.fullmatch(card_id)
        and isinstance(key_id, str)
        and _KEY_ID.fullmatch(key_id)
    ):
        return False
    recorded = session.get(CardBinding, card_id)
    if recorded is None:
        session.add(CardBinding(card_id=card_id, key_id=key_id))
    elif recorded.key_id != key_id:
        log.warning("card %s: pulled issuer %s kept %s", card_id, key_id, recorded.key_id)
    return True


def _time(value: object, default: dt.datetime) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return default
    return parsed if parsed.tzinfo is not None else default


def _upsert_row(session: Session, model: type[Base], data: dict[str, Any]) -> bool:
    values = _columns(model, data)
    if values is None:
        return False
    if model is Enrolment:
        if session.get(Applicant, values["applicant_id"]) is None:
            return False
        if session.get(TrainingSession, values["session_id"]) is None:
            return False
    if model is TrainingSession and (
        session.get(TrainingProgram, values["program_id"]) is None
        or session.get(TrainingProvider, values["provider_id"]) is None
    ):
        return False
    if model is StaffAccount:
        clash = session.scalar(
            select(StaffAccount.id).where(StaffAccount.username == values["username"])
        )
        if clash is not None and clash != values["id"]:
            return False
    existing = session.get(model, values["id"])
    if existing is None:
        session.add(model(**values))
    else:
        for key, value in values.items():
            setattr(existing, key, value)
    session.flush()
    return True
