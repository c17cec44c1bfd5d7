"""GET /health: the server is up, its protocol version and clock."""

from __future__ import annotations

from fastapi import APIRouter

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import Health

router = APIRouter(tags=["health"])


@router.get("/health")
def health() -> Health:
    return Health(server_time=utc_now())
