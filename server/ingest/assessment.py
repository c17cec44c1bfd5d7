"""Assessment records and BNSP numbers from kiosks: each record's signature is checked under
the pushing kiosk's key before it is kept; a record is never replaced, only superseded."""

from __future__ import annotations

from kiosk.domain import assessment as a
from kiosk.sync.protocol import WireEvent
from server import authority
from server.db import insert_ignoring_conflicts
from server.ingest.base import ACCEPTED, Context, Outcome, Rejected
from server.models import AssessmentRecord, CertificateAnnotation, TrustedKey


def handle_record(ctx: Context, event: WireEvent) -> Outcome:
    payload = event.payload
    try:
        record = a.record_from_text(payload["signed_text"])
    except a.AssessmentInvalid as exc:
        raise Rejected(f"signed_text: {str(exc)[:120]}") from None
    if record.id != payload["id"] or record.key_id != payload["key_id"]:
        raise Rejected("signed_text: does not match the event")
    session = ctx.session
    if session.get(AssessmentRecord, record.id) is not None:
        # Another event with the same record id: records are never changed.
        raise Rejected("assessment records are immutable")
    authority.check_assessment_create(
        session, ctx.actor, record.key_id, record.site, record.supersedes
    )
    key = session.get(TrustedKey, record.key_id)
    assert key is not None  # checked above
    if not a.verify_signature(
        payload["signed_text"], payload["signature"], bytes.fromhex(key.public_key)
    ):
        raise Rejected("signed_text: signature does not verify")
    if record.supersedes is not None:
        old = session.get(AssessmentRecord, record.supersedes)
        assert old is not None  # checked above
        if (old.event_id, old.applicant_id) != (record.event_id, record.applicant_id):
            raise Rejected("supersedes: another candidate's record")
    session.add(
        AssessmentRecord(
            id=record.id,
            device_id=ctx.actor.device_id,
            site=record.site,
            key_id=record.key_id,
            event_id=record.event_id,
            applicant_id=record.applicant_id,
            scheme=record.scheme,
            day=record.day,
            result=record.result,
            supersedes=record.supersedes,
            reason=record.reason,
            signed_text=payload["signed_text"],
            signature=payload["signature"],
            received_at=ctx.batch.received_at,
        )
    )
    session.flush()
    return ACCEPTED


def handle_annotation(ctx: Context, event: WireEvent) -> Outcome:
    payload = event.payload
    certificate_id = payload["certificate_id"]
    if certificate_id != event.entity_id:
        raise Rejected("certificate_id does not match entity_id")
    authority.check_certificate_site(ctx.session, ctx.actor, certificate_id)
    row = ctx.session.get(CertificateAnnotation, certificate_id)
    if row is None:
        insert_ignoring_conflicts(
            ctx.session,
            CertificateAnnotation.__table__,  # type: ignore[arg-type]
            [
                {
                    "certificate_id": certificate_id,
                    "bnsp_number": payload["bnsp_number"],
                    "device_id": ctx.actor.device_id,
                    "at": ctx.batch.received_at,
                }
            ],
        )
    else:
        # Staff correct a mistyped number; the event log keeps every earlier one.
        row.bnsp_number, row.device_id = payload["bnsp_number"], ctx.actor.device_id
        row.at = ctx.batch.received_at
    return ACCEPTED


def handle(ctx: Context, event: WireEvent) -> Outcome:
    if event.entity == "assessment_record":
        return handle_record(ctx, event)
    return handle_annotation(ctx, event)


def current_records(records: list[AssessmentRecord]) -> list[AssessmentRecord]:
    """Of each candidate's records at an event, the one that no other supersedes."""
    replaced = {row.supersedes for row in records if row.supersedes}
    return [row for row in records if row.id not in replaced]
