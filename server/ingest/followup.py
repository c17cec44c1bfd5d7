"""Follow-up survey answers pushed by kiosks (docs/placement.md, *Follow-up surveys*)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import select

from kiosk.domain.followup import window_of
from kiosk.sync.entities import parse_push_payload
from kiosk.sync.followup_entities import FollowupAnswerCreate
from kiosk.sync.protocol import WireEvent
from server.authority import NOT_OWNER, NotAuthorized
from server.followup_models import FollowupRecord
from server.ingest.applicant import canonical_applicant
from server.ingest.base import ACCEPTED, Context, Outcome, Rejected
from server.models import ApplicantAlias, Attendance, Person, ReferenceRecord

UNKNOWN_CLASS: Final = "unknown_class"
NOT_TRAINEE: Final = "not_trainee"
SURVEY_NOT_OPEN: Final = "survey_not_open"
# A kiosk's clock may run a little ahead; further than this is not an answer given yet.
FUTURE_SLACK: Final = dt.timedelta(hours=1)


def _holds(ctx: Context, applicant_id: str) -> None:
    """The pushing device registered this person under this id (its own or an alias)."""
    owner = ctx.session.scalar(select(Person.device_id).where(Person.id == applicant_id))
    if owner is None:
        alias = ctx.session.get(ApplicantAlias, applicant_id)
        owner = alias.device_id if alias is not None else None
    if owner != ctx.actor.device_id:
        raise NotAuthorized(NOT_OWNER)


def _scanned_in_batch(ctx: Context, session_id: str, people: set[str]) -> bool:
    """A check-in earlier in this very batch (scans are merged once the batch is read)."""
    return any(
        fields["session_id"] == session_id
        and fields["applicant_id"] in people
        and fields["kind"] == "check_in"
        for _event, fields in ctx.scans
    )


def _enrolled(ctx: Context, session_id: str, people: set[str]) -> bool:
    """Enrolled in the class (its attendance may have been taken on a device whose scans
    name the person under another id, or not uploaded yet)."""
    found = ctx.session.scalar(
        select(ReferenceRecord.id)
        .where(
            ReferenceRecord.kind == "enrolment",
            ReferenceRecord.data["session_id"].as_string() == session_id,
            ReferenceRecord.data["applicant_id"].as_string().in_(sorted(people)),
        )
        .limit(1)
    )
    return found is not None


def handle(ctx: Context, event: WireEvent) -> Outcome:
    parsed = parse_push_payload(event.entity, event.op, event.payload)
    assert isinstance(parsed, FollowupAnswerCreate)
    existing = ctx.session.get(FollowupRecord, parsed.id)
    if existing is not None:
        # An answer, once stored, is its device's and never changes (verification rests on it).
        if existing.device_id != ctx.actor.device_id:
            raise NotAuthorized(NOT_OWNER)
        return ACCEPTED
    _holds(ctx, parsed.applicant_id)
    person = canonical_applicant(ctx.session, parsed.applicant_id)
    training = ctx.session.get(ReferenceRecord, ("training_session", parsed.session_id))
    if training is None:
        raise Rejected(UNKNOWN_CLASS)
    attended = ctx.session.scalar(
        select(Attendance.id)
        .where(
            Attendance.session_id == parsed.session_id,
            Attendance.applicant_id.in_({parsed.applicant_id, person}),
            Attendance.kind == "check_in",
        )
        .limit(1)
    )
    if attended is None and not _scanned_in_batch(
        ctx, parsed.session_id, {parsed.applicant_id, person}
    ):
        raise NotAuthorized(NOT_TRAINEE)
    try:
        end = dt.date.fromisoformat(str(training.data.get("end_date")))
    except ValueError:
        raise Rejected(UNKNOWN_CLASS) from None
    local_day = (parsed.answered_at + dt.timedelta(minutes=parsed.utc_offset_min)).date()
    if not window_of(end, parsed.month).contains(local_day):
        raise Rejected(SURVEY_NOT_OPEN)
    # The device's clock error (batch.offset) corrected: an answer not given yet is forged.
    if parsed.answered_at + ctx.batch.offset > ctx.batch.received_at + FUTURE_SLACK:
        raise Rejected(SURVEY_NOT_OPEN)
    answered_before = ctx.session.scalar(
        select(FollowupRecord.id).where(
            FollowupRecord.person_id == person,
            FollowupRecord.session_id == parsed.session_id,
            FollowupRecord.month == parsed.month,
        )
    )
    if answered_before is not None:
        # Asked at two kiosks while offline: the first answer stored counts, the second stays
        # in the event log only.
        return ACCEPTED
    ctx.session.add(
        FollowupRecord(
            id=parsed.id,
            person_id=person,
            applicant_id=parsed.applicant_id,
            session_id=parsed.session_id,
            month=parsed.month,
            status=parsed.status,
            employer=parsed.employer.strip(),
            sector=parsed.sector,
            wage_band=parsed.wage_band,
            related=parsed.related,
            answered_at=parsed.answered_at,
            channel=parsed.channel,
            device_id=ctx.actor.device_id,
            site=training.site or "",
        )
    )
    ctx.session.flush()
    return ACCEPTED
