"""Console users, managed by admins: create, disable, set a new password (all audited)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy import select

from server.audit import record
from server.console.scope import ROLES, ConsoleRefused
from server.console.users import UserInvalid, create_user, end_sessions, set_password
from server.console.web import CurrentViewer, back_to, check_csrf, now, page
from server.deps import SessionDep
from server.models import ConsoleUser

router = APIRouter()

Csrf = Annotated[str, Form(max_length=100)]
Field = Annotated[str, Form(max_length=400)]


def _users_page(
    request: Request, session: SessionDep, viewer: CurrentViewer, **context: object
) -> Response:
    users = list(session.scalars(select(ConsoleUser).order_by(ConsoleUser.name)))
    status = 400 if context.get("error") else 200
    return page(request, "users.html", viewer, status=status, users=users, roles=ROLES, **context)


@router.get("/users")
def users_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    viewer.require(viewer.is_admin)
    return _users_page(request, session, viewer)


@router.post("/users")
def add_user(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    csrf: Csrf = "",
    name: Field = "",
    role: Field = "",
    sites: Field = "",
    password: Field = "",
) -> Response:
    check_csrf(viewer, csrf)
    viewer.require(viewer.is_admin)
    try:
        user = create_user(
            session, name.strip(), role, sites.replace(",", " ").split(), password, now()
        )
    except UserInvalid as exc:
        return _users_page(request, session, viewer, error=exc.code, form_name=name[:64])
    record(
        session,
        "console_user_added",
        "done",
        detail={"user": viewer.user_id, "new_user": user.id, "role": user.role},
    )
    return back_to("/console/users")


def _user(session: SessionDep, user_id: int) -> ConsoleUser:
    user = session.get(ConsoleUser, user_id)
    if user is None:
        raise ConsoleRefused(404, "no_user")
    return user


@router.post("/users/{user_id}/disable")
def disable_user(
    session: SessionDep, viewer: CurrentViewer, user_id: int, csrf: Csrf = ""
) -> Response:
    check_csrf(viewer, csrf)
    viewer.require(viewer.is_admin)
    user = _user(session, user_id)
    if user.id == viewer.user_id:
        raise ConsoleRefused(403, "not_yourself")  # an admin never locks the door behind them
    if user.disabled_at is None:
        user.disabled_at = now()
        end_sessions(session, user.id)
        record(
            session,
            "console_user_disabled",
            "done",
            detail={"user": viewer.user_id, "target": user.id},
        )
    return back_to("/console/users")


@router.post("/users/{user_id}/password")
def new_password(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    user_id: int,
    csrf: Csrf = "",
    password: Field = "",
) -> Response:
    check_csrf(viewer, csrf)
    viewer.require(viewer.is_admin)
    user = _user(session, user_id)
    try:
        set_password(session, user, password)
    except UserInvalid as exc:
        return _users_page(request, session, viewer, error=exc.code)
    record(
        session,
        "console_password_set",
        "done",
        detail={"user": viewer.user_id, "target": user.id},
    )
    return back_to("/console/users")
