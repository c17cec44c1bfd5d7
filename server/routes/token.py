"""POST /token: an enrolled kiosk trades its bearer token for a fresh one (rotation)."""

from __future__ import annotations

from fastapi import APIRouter

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import TokenResponse
from server.accounts import rotate_token
from server.deps import AuthorizationHeader, IdentityDep, SessionDep
from server.errors import ERROR_RESPONSES

router = APIRouter(tags=["enrolment"])


@router.post("/token", responses=ERROR_RESPONSES)
def token(
    session: SessionDep, identity: IdentityDep, authorization: AuthorizationHeader = None
) -> TokenResponse:
    """A new bearer token for the caller; the one it called with ends at the new one's first
    use, so a reply lost on the way never locks the kiosk out."""
    moment = utc_now()
    device, fresh = rotate_token(session, authorization, moment, identity)
    expires_at = device.token_expires_at or moment + identity.token_lifetime
    return TokenResponse(token=fresh, issued_at=moment, expires_at=expires_at)
