"""Signing in and out of the console, and its language switch."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response

from kiosk.i18n import LANGUAGES
from server.console.users import SESSION_LIFETIME, LoginRefused, login, logout, viewer_of
from server.console.web import (
    LANG_COOKIE,
    back_to,
    check_csrf,
    now,
    page,
    safe_next,
    secure_cookies,
    session_cookie_name,
    session_token,
)
from server.deps import SessionDep

router = APIRouter()


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@router.get("/login")
def login_form(request: Request, next: str = "") -> Response:
    return page(request, "login.html", None, next=safe_next(next), error=None)


@router.post("/login")
def login_submit(
    request: Request,
    session: SessionDep,
    name: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=400)] = "",
    next: Annotated[str, Form(max_length=400)] = "",
) -> Response:
    try:
        token = login(session, name.strip(), password, _client(request), now())
    except LoginRefused as refused:
        code = {
            "locked": "console.login.locked",
            "rate_limited": "console.login.rate_limited",
        }.get(refused.reason, "console.login.failed")
        minutes = max(1, ((refused.retry_after or 60) + 59) // 60)
        response: Response = page(
            request,
            "login.html",
            None,
            status=429 if refused.retry_after else 401,
            next=safe_next(next),
            error=code,
            minutes=minutes,
            name=name[:64],
        )
        if refused.retry_after:
            response.headers["Retry-After"] = str(refused.retry_after)
        return response
    response = back_to(safe_next(next))
    response.set_cookie(
        session_cookie_name(request),
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        secure=secure_cookies(request),
        httponly=True,
        samesite="strict",
    )
    return response


@router.post("/logout")
def logout_submit(
    request: Request, session: SessionDep, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    token = session_token(request)
    viewer = viewer_of(session, token, now())
    if viewer is not None:
        check_csrf(viewer, csrf)
        logout(session, token)
    response = back_to("/console/login")
    response.delete_cookie(session_cookie_name(request), path="/")
    return response


@router.get("/lang/{lang}")
def switch_language(request: Request, lang: str, next: str = "") -> Response:
    """A link, so it works before signing in and without JavaScript; it changes only the
    language this browser shows."""
    response = back_to(safe_next(next))
    if lang in LANGUAGES:
        response.set_cookie(
            LANG_COOKIE,
            lang,
            max_age=365 * 24 * 3600,
            path="/console",
            secure=secure_cookies(request),
            httponly=True,
            samesite="lax",
        )
    return response
