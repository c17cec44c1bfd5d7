"""Storing pushed events exactly once: each event is checked against the authority table
(server/authority.py), then handed to its entity's handler; a batch is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.chunks import in_chunks
from kiosk.sync.entities import PayloadInvalid, parse_push_payload
from kiosk.sync.protocol import ENTITIES, WireEvent
from server import audit, authority, funnel, personal
from server.authority import Actor, NotAuthorized
from server.changes import add_change
from server.db import insert_ignoring_conflicts
from server.ingest import (
    applicant,
    assessment,
    attendance,
    card,
    certificate,
    device_key,
    events_only,
    followup,
    placement,
    reference,
    staff,
)
from server.ingest.applicant import canonical_applicant
from server.ingest.base import Batch, Context, Outcome, Rejected
from server.ingest.card import revoke_card
from server.models import Device, Event
from server.secrets import secrets_of

__all__ = [
    "Batch",
    "Outcome",
    "Rejected",
    "add_change",
    "canonical_applicant",
    "ingest",
    "revoke_card",
]

EARLIEST = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
CLOCK_SLACK = dt.timedelta(minutes=5)

Handler = Callable[[Context, WireEvent], Outcome]

# One handler per entity; which ops each may receive is the authority table's business.
HANDLERS: dict[str, Handler] = {
    "applicant": applicant.handle,
    "card": card.handle,
    "attendance_event": attendance.handle,
    "attendance": attendance.handle,
    "enrolment": reference.handle,
    "training_provider": reference.handle,
    "training_program": reference.handle,
    "training_session": reference.handle,
    "staff_account": staff.handle,
    "device_key": device_key.handle,
    "staff_login": events_only.handle,
    "audit_event": events_only.handle,
    "sync_rejected_change": events_only.handle,
    "certificate": certificate.handle,
    "assessment_record": assessment.handle,
    "certificate_annotation": assessment.handle,
    "job_seeker": placement.handle,
    "job_application": placement.handle,
    "followup_answer": followup.handle,
}
assert set(HANDLERS) == ENTITIES


def ingest(session: Session, batch: Batch, events: Sequence[WireEvent]) -> list[Outcome]:
    """Store and merge one batch inside the caller's transaction; one outcome per event, in
    the order given. Set-based: one look-up for the ids already stored, one multi-row
    insert per table."""
    device = session.get(Device, batch.device_id)
    if device is None:
        raise LookupError(f"no device {batch.device_id}")
    ctx = Context(session=session, batch=batch, actor=Actor.of(device))
    ids = [event.id for event in events]
    known: set[str] = set()
    for chunk in in_chunks(ids):
        known.update(session.scalars(select(Event.id).where(Event.id.in_(chunk))))
    seen: set[str] = set()
    rows: list[dict[str, Any]] = []
    outcomes: list[Outcome] = []
    for event in events:
        if event.id in known or event.id in seen:
            canonical = None
            if event.entity == "applicant":
                canonical = canonical_applicant(session, event.entity_id)
            outcomes.append(Outcome("duplicate", None, canonical))
            continue
        try:
            outcome = _dispatch(ctx, event)
        except NotAuthorized as exc:
            _audit_refusal(ctx, event, exc.reason)
            outcomes.append(Outcome("rejected", exc.reason))
            continue
        except Rejected as exc:
            outcomes.append(Outcome("rejected", str(exc)))
            continue
        seen.add(event.id)
        rows.append(_event_row(session, batch, event))
        outcomes.append(outcome)
    attendance.merge(ctx)
    funnel.touch(session, ctx.touched, ctx.touched_sessions, ctx.months)
    insert_ignoring_conflicts(session, Event.__table__, rows)  # type: ignore[arg-type]
    return outcomes


def _dispatch(ctx: Context, event: WireEvent) -> Outcome:
    if event.entity not in ENTITIES:
        raise Rejected(f"unknown entity {event.entity}")
    if authority.rule_for(event.entity, event.op) is None:
        raise Rejected(f"unsupported op {event.op}")
    try:
        # One strict model per entity (kiosk/sync/entities.py): no "5" for 5, ASCII digits
        # only, sane dates, no NaN or NUL; the handlers then read checked values.
        parse_push_payload(event.entity, event.op, event.payload)
    except PayloadInvalid as exc:
        raise Rejected(exc.reason) from None
    own_id = event.payload.get("id")
    if isinstance(own_id, str) and own_id != event.entity_id:
        raise Rejected("id does not match entity_id")
    authority.check_itself(ctx.actor, event.payload)
    return HANDLERS[event.entity](ctx, event)


def _audit_refusal(ctx: Context, event: WireEvent, reason: str) -> None:
    audit.record(
        ctx.session,
        "push_rejected",
        "refused",
        at=ctx.batch.received_at,
        device_id=ctx.actor.device_id,
        site=ctx.actor.site,
        reason=reason,
        detail={
            "entity": event.entity,
            "op": event.op,
            "entity_id": event.entity_id,
            "event_id": event.id,
            "via": ctx.batch.via,
        },
    )


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
        # Personal fields (and staff PIN hashes) sealed with the key outside the database.
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
