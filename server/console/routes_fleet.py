"""The attention list (the console's landing page) and the kiosks: health, enrolment codes,
revocation (the CLI's functions, audited; admins any site, managers their own)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from server.accounts import new_enrolment_code, revoke_device, valid_site
from server.audit import record
from server.console.fleet import (
    KioskFilter,
    Limits,
    attention,
    kiosk,
    kiosk_problems,
    kiosks,
)
from server.console.lists import ListFilter, sites_in_scope
from server.console.scope import ConsoleRefused
from server.console.web import CurrentViewer, back_to, check_csrf, now, page
from server.deps import SessionDep

router = APIRouter()

Csrf = Annotated[str, Form(max_length=100)]


@router.get("/")
def attention_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    days = request.query_params.get("silent_days", "")
    limits = Limits(silent_days=int(days) if days.isdigit() and 0 < int(days) <= 365 else 3)
    items = attention(session, viewer, now(), limits)
    return page(request, "attention.html", viewer, items=items, limits=limits)


@router.get("/kiosks")
def kiosks_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    query = ListFilter.of(request.query_params)
    status = request.query_params.get("status", "")
    wanted = KioskFilter(
        site=query.site, status=status if status in ("active", "revoked") else "", page=query.page
    )
    devices, more = kiosks(session, viewer, wanted)
    return page(
        request,
        "kiosks.html",
        viewer,
        devices=devices,
        more=more,
        wanted=wanted,
        query=query,
        sites=sites_in_scope(session, viewer),
        moment=now(),
    )


@router.get("/kiosks/{device_id}")
def kiosk_page(
    request: Request, session: SessionDep, viewer: CurrentViewer, device_id: str
) -> Response:
    device = kiosk(session, viewer, device_id)
    problems = kiosk_problems(session, device.id)
    done = request.query_params.get("done") == "revoked" and device.revoked_at is not None
    return page(
        request,
        "kiosk.html",
        viewer,
        device=device,
        problems=problems,
        moment=now(),
        notice="console.kiosks.revoked_done" if done else None,
    )


@router.post("/kiosks/code")
def issue_code(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    csrf: Csrf = "",
    site: Annotated[str, Form(max_length=80)] = "",
) -> Response:
    check_csrf(viewer, csrf)
    viewer.require(viewer.may_manage_devices)
    site = site.strip()
    if not valid_site(site):
        return page(
            request,
            "code.html",
            viewer,
            status=400,
            code=None,
            site=site[:40],
            error="console.kiosks.bad_site",
        )
    if not viewer.sees(site):
        raise ConsoleRefused(403, "site_not_yours")
    code = new_enrolment_code(session, site, now())
    record(
        session,
        "enrolment_code",
        "done",
        site=site,
        detail={"via": "console", "user": viewer.user_id},
    )
    return page(request, "code.html", viewer, code=code, site=site, error=None)


@router.post("/kiosks/{device_id}/revoke")
def revoke(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    device_id: str,
    csrf: Csrf = "",
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    check_csrf(viewer, csrf)
    viewer.require(viewer.may_manage_devices)
    device = kiosk(session, viewer, device_id)
    if confirm != "yes":
        problems = kiosk_problems(session, device.id)
        return page(
            request,
            "kiosk.html",
            viewer,
            status=400,
            device=device,
            problems=problems,
            moment=now(),
            error="console.kiosks.confirm_needed",
        )
    if device.revoked_at is None:
        revoke_device(session, device.id, now())
        record(
            session,
            "revoke_device",
            "done",
            device_id=device.id,
            site=device.site,
            detail={"via": "console", "user": viewer.user_id},
        )
    return back_to(f"/console/kiosks/{device.id}?done=revoked")
