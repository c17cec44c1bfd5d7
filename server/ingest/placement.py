"""Job-seeker registrations and applications pushed by kiosks (docs/placement.md)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from sqlalchemy import select

from kiosk.sync.entities import parse_push_payload
from kiosk.sync.placement_entities import JobApplicationCreate, JobSeekerCreate
from kiosk.sync.protocol import WireEvent
from server.authority import NOT_OWNER, NotAuthorized
from server.ingest.applicant import canonical_applicant
from server.ingest.base import ACCEPTED, Context, Outcome, Rejected
from server.models import ApplicantAlias, Card, Person
from server.placement_models import Application, JobSeekerRecord, SiteRegion, VacancyRecord

UNKNOWN_VACANCY: Final = "unknown_vacancy"
VACANCY_CLOSED: Final = "vacancy_closed"
WRONG_CARD: Final = "wrong_card"


def _holds(ctx: Context, applicant_id: str) -> None:
    """The pushing device registered this person under this id (its own or an alias)."""
    owner = ctx.session.scalar(select(Person.device_id).where(Person.id == applicant_id))
    if owner is None:
        alias = ctx.session.get(ApplicantAlias, applicant_id)
        owner = alias.device_id if alias is not None else None
    if owner != ctx.actor.device_id:
        raise NotAuthorized(NOT_OWNER)


def _card_of(ctx: Context, card_id: str, person_id: str) -> None:
    holder = ctx.session.scalar(select(Card.applicant_id).where(Card.id == card_id))
    if holder is None or canonical_applicant(ctx.session, holder) != person_id:
        raise Rejected(WRONG_CARD)


def _published_to(ctx: Context, vacancy: VacancyRecord) -> bool:
    """Only a vacancy this kiosk's site was sent (its province's): an id from elsewhere is
    one the kiosk could never have shown."""
    region = ctx.session.get(SiteRegion, ctx.actor.site)
    return region is not None and region.province_code == vacancy.province_code


def handle(ctx: Context, event: WireEvent) -> Outcome:
    parsed = parse_push_payload(event.entity, event.op, event.payload)
    if isinstance(parsed, JobSeekerCreate):
        return _job_seeker(ctx, event, parsed)
    assert isinstance(parsed, JobApplicationCreate)
    return _application(ctx, parsed)


def _job_seeker(ctx: Context, event: WireEvent, parsed: JobSeekerCreate) -> Outcome:
    if parsed.applicant_id != event.entity_id:
        raise Rejected("applicant_id does not match entity_id")
    _holds(ctx, parsed.applicant_id)
    person = canonical_applicant(ctx.session, parsed.applicant_id)
    _card_of(ctx, parsed.card_id, person)
    data = parsed.model_dump(mode="json", exclude={"disability"})
    record = ctx.session.get(JobSeekerRecord, person)
    if record is None:
        ctx.session.add(
            JobSeekerRecord(
                applicant_id=person,
                data=data,
                device_id=ctx.actor.device_id,
                site=ctx.actor.site,
                valid_until=parsed.valid_until,
                last_report_at=parsed.last_report_at,
                checked=False,
            )
        )
    elif parsed.last_report_at >= record.last_report_at:
        # The newest report wins, from whichever kiosk holds the person.
        record.data = data
        record.device_id = ctx.actor.device_id
        record.site = ctx.actor.site
        record.valid_until = parsed.valid_until
        record.last_report_at = parsed.last_report_at
    return ACCEPTED


def _application(ctx: Context, parsed: JobApplicationCreate) -> Outcome:
    existing = ctx.session.get(Application, parsed.id)
    if existing is not None:
        if existing.device_id != ctx.actor.device_id:
            raise NotAuthorized(NOT_OWNER)
        return ACCEPTED  # its stage is the server's business now
    _holds(ctx, parsed.applicant_id)
    person = canonical_applicant(ctx.session, parsed.applicant_id)
    _card_of(ctx, parsed.card_id, person)
    vacancy = ctx.session.get(VacancyRecord, parsed.vacancy_id)
    if vacancy is None or not _published_to(ctx, vacancy):
        raise Rejected(UNKNOWN_VACANCY)
    # Made offline while the vacancy was open: it counts even if synced after it closed,
    # but not one made before its validity began or after it ended. The most lenient
    # reading of the day it was made: WIT (UTC+9, eastmost) against the first day, WIB
    # (UTC+7, westmost) against the last.
    first_day = dt.date.fromisoformat(vacancy.data["valid_from"])
    if (
        (parsed.applied_at + dt.timedelta(hours=9)).date() < first_day
        or (parsed.applied_at + dt.timedelta(hours=7)).date() > vacancy.valid_until
        or vacancy.filled >= vacancy.openings
    ):
        raise Rejected(VACANCY_CLOSED)
    ctx.session.add(
        Application(
            id=parsed.id,
            vacancy_id=parsed.vacancy_id,
            applicant_id=person,
            card_id=parsed.card_id,
            device_id=ctx.actor.device_id,
            site=ctx.actor.site,
            applied_at=parsed.applied_at,
            stage="applied",
            stage_at=parsed.applied_at,
        )
    )
    return ACCEPTED
