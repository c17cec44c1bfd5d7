"""Cards: stored when signed by the pushing device's own key; revoked by the issuer's site."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import update
from sqlalchemy.orm import Session

from kiosk.sync.protocol import WireEvent
from server import authority, cards
from server.authority import NotAuthorized
from server.changes import add_change
from server.db import insert_ignoring_conflicts
from server.ingest.applicant import canonical_applicant
from server.ingest.base import CARD, Context, Outcome, text, uuid
from server.models import Card


class CardFields(NamedTuple):
    card_id: str
    applicant_id: str | None  # create only
    key_id: str | None  # create only
    reason: str  # revoke only


def _payload(event: WireEvent) -> CardFields:
    """The checked payload (the hook strict payload models plug into)."""
    payload = event.payload
    if event.op == "revoke":
        reason = str(payload.get("reason", "revoked"))[:40]
        return CardFields(text(payload, "card_id", CARD), None, None, reason)
    return CardFields(
        text(payload, "id", CARD), uuid(payload, "applicant_id"), text(payload, "key_id"), ""
    )


def handle(ctx: Context, event: WireEvent) -> Outcome:
    card = _payload(event)
    session = ctx.session
    if event.op == "revoke":
        authority.check_card_revoke(session, ctx.actor, card.card_id)
        revoke_card(session, card.card_id, card.reason, event.created_at)
        return Outcome("accepted")
    assert card.key_id is not None
    assert card.applicant_id is not None
    authority.check_card_create(session, ctx.actor, card.card_id, card.key_id)
    # The card id must name the key that signs it, or be an older card known to no other
    # key (server/cards.py, docs/sync-protocol.md "Cards and their issuer").
    refused = cards.check_pushed_card(session, card.card_id, card.key_id, card.key_id)
    if refused is not None:
        raise NotAuthorized(refused)
    known = session.get(Card, card.card_id) is not None
    insert_ignoring_conflicts(
        session,
        Card.__table__,  # type: ignore[arg-type]
        [
            {
                "id": card.card_id,
                "applicant_id": canonical_applicant(session, card.applicant_id),
                "key_id": card.key_id,
                "data": event.payload,
            }
        ],
    )
    if not known:
        cards.card_stored(session, card.card_id, card.key_id, ctx.batch.received_at)
    return Outcome("accepted")


def revoke_card(session: Session, card_id: str, reason: str, at: dt.datetime) -> None:
    session.execute(
        update(Card)
        .where(Card.id == card_id, Card.revoked_at.is_(None))
        .values(revoked_at=at, revoked_reason=reason)
    )
    add_change(
        session,
        "card_revocation",
        card_id,
        {"card_id": card_id, "revoked_at": at.isoformat(), "reason": reason},
        site=authority.pull_site("card_revocation", None),
    )
