"""POST /push: one batch of a device's outbox, stored in one transaction that locks the
device's row; the compact (columns) layout may also carry the first pull page back."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import (
    PUSH_COLUMNS_TYPE,
    BadCursor,
    ColumnsPushResponse,
    EventResult,
    ProtocolError,
    PullResponse,
    PushColumns,
    PushRequest,
    PushResponse,
    WireEvent,
    decode_cursor,
)
from server.accounts import record_clock
from server.certificates import refresh_trust_list
from server.changes import DEFAULT_PULL_LIMIT, pull_page
from server.deps import AnyKind, PushingDevice, SessionDep
from server.errors import ERROR_RESPONSES, BadRequest, Forbidden
from server.ingest import Batch, Outcome, ingest
from server.models import Device
from server.routing import LimitedBodyRequest, LimitedBodyRoute, body_schema, read_message

router = APIRouter(tags=["sync"], route_class=LimitedBodyRoute)


async def read_push(request: Request) -> PushRequest | PushColumns:
    """The body in the layout its content type names (per-event JSON or columns)."""
    assert isinstance(request, LimitedBodyRequest)
    if request.media_type == PUSH_COLUMNS_TYPE:
        return await read_message(request, PushColumns)
    return await read_message(request, PushRequest)


PushBody = Annotated[PushRequest | PushColumns, Depends(read_push)]


@router.post(
    "/push",
    response_model=PushResponse,
    responses={
        **ERROR_RESPONSES,
        200: {
            "content": {PUSH_COLUMNS_TYPE: {"schema": ColumnsPushResponse.model_json_schema()}},
            "description": "PushResponse, or ColumnsPushResponse for a compact push.",
        },
    },
    openapi_extra=body_schema(PushRequest, **{PUSH_COLUMNS_TYPE: PushColumns}),
)
def push(
    message: PushBody, session: SessionDep, device: PushingDevice, any_kind: AnyKind
) -> Response | PushResponse:
    if message.device_id != device.id:
        raise Forbidden("wrong_device", "a device pushes only as itself")
    if isinstance(message, PushColumns):
        try:
            events = message.events()
        except ProtocolError as exc:
            raise BadRequest("invalid", str(exc)) from exc
    else:
        events = [WireEvent.of(event) for event in message.events]
    moment = utc_now()
    offset = record_clock(session, device, message.sent_at, moment)
    report_health(device, message)
    batch = Batch(device_id=device.id, sent_at=message.sent_at, received_at=moment, via="push")
    outcomes = ingest(session, batch, events)
    if isinstance(message, PushColumns):
        page = _page(session, message.pull_cursor, device.site, any_kind)
        return _columns_reply(moment, offset, outcomes, page)
    return PushResponse(
        server_time=moment,
        clock_offset_s=offset,
        results=[
            EventResult(id=event.id, status=o.status, reason=o.reason, canonical_id=o.canonical_id)
            for event, o in zip(events, outcomes, strict=True)
        ],
    )


def report_health(device: Device, message: PushRequest | PushColumns) -> None:
    """What the kiosk says of itself (server/console shows it); a kiosk that reports
    nothing (an older one) leaves what is known as it is."""
    if message.app_version is None:
        return
    device.app_version = message.app_version
    device.oldest_pending_at = message.oldest_pending_at


def _page(session: Session, cursor: str | None, site: str, any_kind: bool) -> PullResponse | None:
    """The pull page after the batch, in the same transaction, when one was asked for."""
    if cursor is None:
        return None
    try:
        after = decode_cursor(cursor)
    except BadCursor:
        return None  # a cursor we cannot read never fails the upload
    refresh_trust_list(session, utc_now())
    try:
        return pull_page(session, after, DEFAULT_PULL_LIMIT, site, any_kind=any_kind)
    except BadCursor:
        return None  # a cursor we cannot read never fails the upload


def _columns_reply(
    moment: dt.datetime, offset: float, outcomes: list[Outcome], page: PullResponse | None
) -> Response:
    reply = ColumnsPushResponse(
        server_time=moment,
        clock_offset_s=offset,
        status=[o.status for o in outcomes],
        reason={str(n): o.reason for n, o in enumerate(outcomes) if o.reason is not None},
        canonical_id={
            str(n): o.canonical_id for n, o in enumerate(outcomes) if o.canonical_id is not None
        },
        pull=page,
    )
    return Response(reply.model_dump_json().encode(), media_type=PUSH_COLUMNS_TYPE)
