"""Card-signing keys: a device publishes only the key it enrolled with."""

from __future__ import annotations

import hashlib
import re

from kiosk.sync.protocol import WireEvent
from server import authority
from server.changes import add_change
from server.ingest.base import ACCEPTED, Context, Outcome, Rejected, text
from server.models import TrustedKey

_PUBLIC_KEY = re.compile(r"^[0-9a-f]{64}$")


def _payload(event: WireEvent) -> str:
    """The checked payload (the hook strict payload models plug into): the public key."""
    public_hex = text(event.payload, "public_key", _PUBLIC_KEY)
    key_id = hashlib.sha256(bytes.fromhex(public_hex)).digest()[:8].hex()
    if key_id != event.entity_id:
        raise Rejected("key id does not match the public key")
    return public_hex


def handle(ctx: Context, event: WireEvent) -> Outcome:
    public_hex = _payload(event)
    key_id = event.entity_id
    authority.check_own_key(ctx.actor, key_id)
    session = ctx.session
    if session.get(TrustedKey, key_id) is None:
        session.add(
            TrustedKey(
                key_id=key_id,
                public_key=public_hex,
                device_id=ctx.actor.device_id,
                created_at=ctx.batch.received_at,
            )
        )
        add_change(
            session,
            "device_key",
            key_id,
            {"key_id": key_id, "public_key": public_hex, "device_id": ctx.actor.device_id},
            site=authority.pull_site("device_key", None),
        )
    return ACCEPTED
