"""Cards and their issuer on the server: checks on a pushed card, ``card_binding`` changes."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from collections.abc import Iterator
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.card_binding import card_id_binds
from server.models import Card, ChangeLog, TrustedKey

CARD_BINDING: Final = "card_binding"
WRONG_ISSUER: Final = "wrong_issuer"


def card_binding_change(card_id: str, key_id: str) -> dict[str, str]:
    """The data of a pulled ``card_binding`` change: this card verifies only under this key."""
    return {"card_id": card_id, "key_id": key_id}


def binds(card_id: str, key_id: str) -> bool:
    """Whether a card id (16 Base32 characters) was made for this key id."""
    try:
        raw = base64.b32decode(card_id)
    except (binascii.Error, ValueError):
        return False
    return card_id_binds(raw, key_id)


def publish_binding(session: Session, card_id: str, key_id: str, at: dt.datetime) -> None:
    session.add(
        ChangeLog(
            kind=CARD_BINDING,
            record_id=card_id,
            data=card_binding_change(card_id, key_id),
            at=at,
        )
    )


def legacy_binding_changes(session: Session) -> Iterator[dict[str, str]]:
    """A ``card_binding`` for every stored card whose id does not name its key: all cards
    issued before the cut-over (server migration 0004 publishes them)."""
    rows = session.execute(select(Card.id, Card.key_id).order_by(Card.id))
    for card_id, key_id in rows:
        if not binds(card_id, key_id):
            yield card_binding_change(card_id, key_id)


def _bound_elsewhere(session: Session, card_id: str, key_id: str) -> str | None:
    """Another trusted key this id was made for, if any (a hash per key, so only for the
    rare card whose id does not name its own key)."""
    for other in session.scalars(select(TrustedKey.key_id).where(TrustedKey.key_id != key_id)):
        if binds(card_id, other):
            return other
    return None


def check_pushed_card(
    session: Session,
    card_id: str,
    key_id: str,
    device_key_id: str,
    *,
    unbound_ids_accepted: bool = True,
) -> str | None:
    """Why a pushed ``card`` create must be rejected (a reason starting with ``wrong_issuer``),
    or None when it may be stored. Call it before storing; then :func:`card_stored`.

    A device issues cards only under its own key; an id already stored stays with the key it
    was first stored under; a new-style id must name the pushing key. An id that names no key
    is a card printed before the cut-over (or by a kiosk not yet upgraded): accepted while
    ``unbound_ids_accepted`` (turn it off once every kiosk runs the bound-id release), unless
    it was made for some other trusted key.
    """
    if key_id != device_key_id:
        return f"{WRONG_ISSUER}: the card names key {key_id}, not this device's key"
    stored = session.get(Card, card_id)
    if stored is not None and stored.key_id != key_id:
        return f"{WRONG_ISSUER}: card {card_id} was issued under another key"
    if binds(card_id, key_id):
        return None
    if not unbound_ids_accepted:
        return f"{WRONG_ISSUER}: card {card_id} was not made for this device's key"
    other = _bound_elsewhere(session, card_id, key_id)
    if other is not None:
        return f"{WRONG_ISSUER}: card {card_id} was made for key {other}"
    return None


def card_stored(session: Session, card_id: str, key_id: str, at: dt.datetime) -> bool:
    """After a pushed card create was stored: publish its binding when its id does not name
    its key, so that every kiosk refuses it signed by any other. True if one was published."""
    if binds(card_id, key_id):
        return False
    publish_binding(session, card_id, key_id, at)
    return True


def bindings_for_new_key(session: Session, key_id: str, at: dt.datetime) -> int:
    """When a key becomes trusted: publish the binding of every stored card of another key
    whose id this new key happens to fit, so that the recorded issuer, not the id, decides.

    Against a key ground (about 2**32 / cards tries) until it fits someone's card before it
    was enrolled. One hash per stored card: seconds for millions, once per enrolment.
    Returns the number of bindings published.
    """
    published = 0
    rows = session.execute(select(Card.id, Card.key_id).where(Card.key_id != key_id))
    for card_id, issuer in rows:
        # A card whose id names no key had its binding published when it was stored.
        if binds(card_id, key_id) and binds(card_id, issuer):
            publish_binding(session, card_id, issuer, at)
            published += 1
    return published
