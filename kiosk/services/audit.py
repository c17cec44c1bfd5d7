"""The local audit log: who did what sensitive thing, when. Ids only, never personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.ids import new_id
from kiosk.services.context import ServiceContext, row_payload, utc_offset_minutes
from kiosk.store.models import AuditEvent


class AuditAction(StrEnum):
    STAFF_LOGIN = "staff_login"
    STAFF_LOGIN_FAILED = "staff_login_failed"
    STAFF_LOCKED = "staff_locked"
    STAFF_CREATED = "staff_created"
    NIK_REVEALED = "nik_revealed"
    PERSONAL_DATA_EXPORTED = "personal_data_exported"
    PERSONAL_DATA_ERASED = "personal_data_erased"
    PERSONAL_DATA_PURGED = "personal_data_purged"
    CARD_REPRINTED = "card_reprinted"
    BACKUP_WRITTEN = "backup_written"
    BACKUP_RESTORED = "backup_restored"
    CERTIFICATES_ISSUED = "certificates_issued"
    CERTIFICATE_WITHHELD = "certificate_withheld"
    ASSESSMENT_RECORDED = "assessment_recorded"
    ASSESSMENT_SUPERSEDED = "assessment_superseded"
    BNSP_NUMBER_ENTERED = "bnsp_number_entered"
    JOB_FAIR_STARTED = "job_fair_started"
    JOB_FAIR_ENDED = "job_fair_ended"


def audit(
    ctx: ServiceContext,
    session: Session,
    action: AuditAction,
    *,
    staff_id: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEvent:
    """Append an audit event (and its outbox event: the audit log is synced) in the caller's
    transaction. ``detail`` must hold ids and counts only."""
    moment = at or ctx.now()
    event = AuditEvent(
        id=new_id(),
        at=moment,
        utc_offset_min=utc_offset_minutes(moment),
        device_id=ctx.device_id,
        staff_id=staff_id,
        action=action.value,
        subject_type=subject_type,
        subject_id=subject_id,
        detail=detail or {},
    )
    session.add(event)
    ctx.record(session, "audit_event", event.id, "create", row_payload(event), at=moment)
    return event


@dataclass(frozen=True)
class AuditEntry:
    at: dt.datetime
    action: str
    staff_id: str | None
    subject_type: str | None
    subject_id: str | None


class AuditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        with self._ctx.store.reading() as session:
            rows = session.scalars(select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit))
            return [
                AuditEntry(r.at, r.action, r.staff_id, r.subject_type, r.subject_id) for r in rows
            ]
