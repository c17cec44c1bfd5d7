"""POST /enrol: a kiosk trades a one-time enrolment code for its bearer token."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from kiosk.domain.clock import utc_now
from kiosk.sync import sealed_box
from kiosk.sync.protocol import EnrolRequest, EnrolResponse
from server.accounts import (
    IdentitySettings,
    bundle_private_key,
    enrol,
    refuse_malformed_enrolment,
)
from server.db import Database
from server.deps import AuthorizationHeader, DatabaseDep, IdentityDep
from server.errors import ERROR_RESPONSES, ApiError
from server.routing import LimitedBodyRoute, body_schema, read_message

log = logging.getLogger(__name__)

router = APIRouter(tags=["enrolment"], route_class=LimitedBodyRoute)


@router.post("/enrol", responses=ERROR_RESPONSES, openapi_extra=body_schema(EnrolRequest))
async def enrol_device(
    request: Request,
    db: DatabaseDep,
    identity: IdentityDep,
    authorization: AuthorizationHeader = None,
) -> EnrolResponse:
    """Enrol a kiosk with a one-time code. Enrolling an existing device id again needs
    ``Authorization: Bearer <its token>`` or ``K3IN1-Ed25519 <signature>`` (see the protocol
    document); failures are rate limited per address and in total (429 with Retry-After).

    Each attempt runs in its own transactions (rate count, enrolment, audit), because a
    refusal rolls the enrolment back and its audit entry must still be written."""
    client = request.client.host if request.client else "unknown"
    try:
        message = await read_message(request, EnrolRequest)
    except ApiError as exc:
        await run_in_threadpool(
            refuse_malformed_enrolment,
            db,
            utc_now(),
            client=client,
            reason=exc.code,
            settings=identity,
        )
        raise
    return await run_in_threadpool(_enrol, db, identity, message, client, authorization)


def _enrol(
    db: Database,
    identity: IdentitySettings,
    message: EnrolRequest,
    client: str,
    authorization: str | None,
) -> EnrolResponse:
    moment = utc_now()
    device, token = enrol(
        db, message, moment, client=client, authorization=authorization, settings=identity
    )
    with db.transaction() as session:
        bundle_key = sealed_box.public_of(bundle_private_key(session, moment))
    log.info("device %s enrolled for site %s", device.id, device.site)
    return EnrolResponse(
        device_id=device.id,
        token=token,
        site=device.site,
        server_time=moment,
        bundle_key=bundle_key,
    )
