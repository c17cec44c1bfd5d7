"""Staff log-ins and the kiosk's audit trail: kept as events, applied nowhere."""

from __future__ import annotations

from typing import Any

from kiosk.sync.protocol import WireEvent
from server.ingest.base import ACCEPTED, Context, Outcome


def _payload(event: WireEvent) -> dict[str, Any]:
    """The checked payload (the hook strict payload models plug into): kept as sent."""
    return event.payload


def handle(ctx: Context, event: WireEvent) -> Outcome:
    _payload(event)
    return ACCEPTED
