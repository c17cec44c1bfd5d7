"""Staff log-ins and the kiosk's audit trail: kept as events, applied nowhere."""

from __future__ import annotations

from kiosk.sync.protocol import WireEvent
from server.ingest.base import ACCEPTED, Context, Outcome


def handle(ctx: Context, event: WireEvent) -> Outcome:
    return ACCEPTED
