"""POST /enrol: a kiosk trades a one-time enrolment code for its bearer token."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Depends

from kiosk.sync import sealed_box
from kiosk.sync.protocol import EnrolRequest, EnrolResponse
from server.accounts import bundle_private_key, enrol_device
from server.deps import SessionDep
from server.errors import ERROR_RESPONSES
from server.routes import now
from server.routing import LimitedBodyRoute, body_schema, message_body

log = logging.getLogger(__name__)

router = APIRouter(tags=["enrolment"], route_class=LimitedBodyRoute)

EnrolBody = Annotated[EnrolRequest, Depends(message_body(EnrolRequest))]


@router.post("/enrol", responses=ERROR_RESPONSES, openapi_extra=body_schema(EnrolRequest))
def enrol(message: EnrolBody, session: SessionDep) -> EnrolResponse:
    moment = now()
    device, token = enrol_device(session, message, moment)
    bundle_key = sealed_box.public_of(bundle_private_key(session, moment))
    log.info("device %s enrolled for site %s", device.id, device.site)
    return EnrolResponse(
        device_id=device.id,
        token=token,
        site=device.site,
        server_time=moment,
        bundle_key=bundle_key,
    )
