"""GET /pull: the changes after a cursor that the authenticated device may see."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import MAX_PULL_LIMIT, BadCursor, PullResponse, decode_cursor
from server.certificates import refresh_trust_list
from server.changes import DEFAULT_PULL_LIMIT, pull_page
from server.deps import AnyKind, CurrentDevice, SessionDep
from server.errors import ERROR_RESPONSES, BadRequest

router = APIRouter(tags=["sync"])


@router.get("/pull", responses=ERROR_RESPONSES)
def pull(
    session: SessionDep,
    device: CurrentDevice,
    any_kind: AnyKind,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> PullResponse:
    try:
        after = decode_cursor(cursor)
    except BadCursor as exc:
        raise BadRequest("bad_cursor", str(exc)) from exc
    refresh_trust_list(session, utc_now())
    return pull_page(session, after, limit, device.site, any_kind=any_kind)
