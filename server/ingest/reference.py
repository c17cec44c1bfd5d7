"""Catalogue (providers, programmes, sessions) and enrolments: reference records with an owner."""

from __future__ import annotations

from typing import Any

from kiosk.sync.protocol import WireEvent
from server import authority
from server.changes import add_change
from server.ingest.applicant import canonical_applicant
from server.ingest.base import ACCEPTED, Context, Outcome, entity_uuid, uuid
from server.models import ReferenceRecord
from server.summary import count_enrolment

CATALOGUE = frozenset({"training_provider", "training_program", "training_session"})


def _payload(event: WireEvent) -> dict[str, Any]:
    """The checked payload (the hook strict payload models plug into)."""
    data = dict(event.payload)
    entity_uuid(event)
    if event.entity == "enrolment":
        uuid(data, "applicant_id")
    return data


def handle(ctx: Context, event: WireEvent) -> Outcome:
    data = _payload(event)
    rule = authority.rule_for(event.entity, event.op)
    assert rule is not None  # ingest dispatches only listed entities and ops
    existing = authority.check_reference(ctx.session, ctx.actor, rule, event.entity_id)
    if event.entity == "enrolment":
        data["applicant_id"] = canonical_applicant(ctx.session, data["applicant_id"])
        ctx.touched.add(data["applicant_id"])
        before = existing.data if existing is not None else {}
        if isinstance(before.get("applicant_id"), str):
            ctx.touched.add(before["applicant_id"])
        count_enrolment(ctx.session, before.get("session_id"), {**before, **data}.get("session_id"))
    store(ctx, event, data, existing)
    return ACCEPTED


def store(
    ctx: Context, event: WireEvent, data: dict[str, Any], existing: ReferenceRecord | None
) -> None:
    """Create the record (owned by the pushing device and its site) or merge the change
    into it, and publish the whole row to the kiosks that may see it."""
    now = ctx.batch.received_at
    if existing is None:
        existing = ReferenceRecord(
            kind=event.entity,
            id=event.entity_id,
            data=data,
            device_id=ctx.actor.device_id,
            site=ctx.actor.site,
            updated_at=now,
        )
        ctx.session.add(existing)
    else:
        existing.data = {**existing.data, **data}
        existing.updated_at = now
    # The whole row: a kiosk upserts rows, and a partial one (a disable) would not fit.
    add_change(
        ctx.session,
        event.entity,
        event.entity_id,
        existing.data,
        site=authority.pull_site(event.entity, existing.site),
    )
