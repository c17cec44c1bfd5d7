"""Staff accounts: a site's own, changed only by its kiosks (acting for one of its admins)."""

from __future__ import annotations

from typing import Any

from kiosk.sync.protocol import WireEvent
from server import authority
from server.audit import record
from server.ingest import reference
from server.ingest.base import ACCEPTED, Context, Outcome, entity_uuid


def _payload(event: WireEvent) -> dict[str, Any]:
    """The checked payload (the hook strict payload models plug into)."""
    entity_uuid(event)
    return dict(event.payload)


def handle(ctx: Context, event: WireEvent) -> Outcome:
    data = _payload(event)
    rule = authority.rule_for(event.entity, event.op)
    assert rule is not None
    existing = authority.check_reference(ctx.session, ctx.actor, rule, event.entity_id)
    # `by`: the admin logged in on the kiosk when the account was made or changed.
    if authority.check_site_admin(ctx.session, ctx.actor, data.get("by")):
        record(
            ctx.session,
            "staff_without_admin",
            "done",
            at=ctx.batch.received_at,
            device_id=ctx.actor.device_id,
            site=ctx.actor.site,
            detail={"staff_id": event.entity_id, "op": event.op, "event_id": event.id},
        )
    reference.store(ctx, event, data, existing)
    return ACCEPTED
