"""Applicants: one person per NIK (later ids become aliases), and erasure on request."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.sync.protocol import WireEvent
from server import authority, personal
from server.audit import record
from server.changes import add_change
from server.db import insert_ignoring_conflicts, insert_new
from server.ingest.base import NIK, Context, Outcome, Rejected, entity_uuid, text
from server.models import ApplicantAlias, Card, Event, Person
from server.secrets import secrets_of
from server.summary import count_person


class Registration(NamedTuple):
    nik: str


def canonical_applicant(session: Session, applicant_id: str) -> str:
    alias = session.get(ApplicantAlias, applicant_id)
    return applicant_id if alias is None else alias.person_id


def _payload(event: WireEvent) -> Registration | None:
    """The checked payload (the hook strict payload models plug into); None for an erasure,
    whose payload carries nothing the server uses."""
    if event.op == "erase":
        return None
    return Registration(nik=text(event.payload, "nik", NIK))


def handle(ctx: Context, event: WireEvent) -> Outcome:
    registration = _payload(event)
    applicant_id = entity_uuid(event, "applicant id")
    # Only the device that registered an applicant id may register or erase through it.
    authority.check_registrant(ctx.session, ctx.actor, applicant_id)
    if registration is None:
        _erase_person(ctx, applicant_id)
        return Outcome("accepted")
    return Outcome("accepted", None, _merge_person(ctx, event, applicant_id, registration))


def _merge_person(
    ctx: Context, event: WireEvent, applicant_id: str, registration: Registration
) -> str:
    session = ctx.session
    key = secrets_of(session).personal
    # Insert-or-ignore then read back: two kiosks racing on one NIK end with one person.
    row = personal.person_row(key, event, ctx.actor.device_id, registration.nik)
    table = Person.__table__
    if insert_new(session, table, [row], table.c.id):  # type: ignore[arg-type]
        count_person(session, row["device_id"], row["created_at"], row["data"], 1, ctx.months)
        # Enrolled or present before this registration arrived (a late upload).
        ctx.touched.add(row["id"])
    person_id = session.scalar(select(Person.id).where(Person.nik_digest == row["nik_digest"]))
    if person_id is None or (
        person_id != applicant_id and session.get(Person, applicant_id) is not None
    ):
        raise Rejected("applicant id already registered with another NIK")
    if person_id != applicant_id:
        # The reply tells this kiosk the NIK is known (docs/security.md); kept as evidence.
        record(
            session,
            "person_merged",
            "done",
            device_id=ctx.actor.device_id,
            detail={"applicant_id": applicant_id, "person_id": person_id},
        )
        insert_ignoring_conflicts(
            session,
            ApplicantAlias.__table__,  # type: ignore[arg-type]
            [
                {
                    "applicant_id": applicant_id,
                    "person_id": person_id,
                    "device_id": ctx.actor.device_id,
                }
            ],
        )
        # What was recorded under this id now counts for the person.
        ctx.touched.add(person_id)
        add_change(
            session,
            "applicant_alias",
            applicant_id,
            {"applicant_id": applicant_id, "canonical_id": person_id},
            site=authority.pull_site("applicant_alias", ctx.actor.site),
        )
    return person_id


def _erase_person(ctx: Context, applicant_id: str) -> None:
    """An erasure requested at a kiosk (UU PDP): the person's personal data goes here too,
    from the merged record and from every stored registration event; ids stay for the
    pseudonymous cards and attendance."""
    session = ctx.session
    person_id = canonical_applicant(session, applicant_id)
    person = session.get(Person, person_id)
    if person is not None:
        # The figures move the person from their eligibility to "unknown".
        count_person(session, person.device_id, person.created_at, person.data, -1, ctx.months)
        erased = personal.erased_person(person_id)
        count_person(session, person.device_id, person.created_at, erased["data"], 1, ctx.months)
        for name, value in erased.items():
            setattr(person, name, value)
    applicant_ids = {person_id, applicant_id}
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
    # The kiosk that erased the person revoked their cards locally; every other kiosk must
    # refuse them too, so the revocations travel like any other.
    from server.ingest.card import revoke_card  # card.py uses canonical_applicant from here

    for card_id in session.scalars(
        select(Card.id).where(Card.applicant_id.in_(applicant_ids), Card.revoked_at.is_(None))
    ):
        revoke_card(session, card_id, "erased", ctx.batch.received_at)
