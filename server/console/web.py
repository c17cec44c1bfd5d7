"""What every console page shares: the templates and their helpers, the signed-in user as a
dependency, CSRF checks, secure cookies and the console's security headers."""

from __future__ import annotations

import datetime as dt
import os
import re
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

import kiosk.domain.eligibility  # noqa: F401  (registers the reason and level texts)
from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, render
from server.console.scope import ConsoleRefused, Viewer
from server.console.texts import CODES
from server.console.users import csrf_matches, viewer_of
from server.deps import SessionDep

ENV_SECURE_COOKIES = "KIOSK_SERVER_CONSOLE_SECURE_COOKIES"
LANG_COOKIE = "k3c_lang"
_PLAIN_COOKIE = "k3c_session"
_SECURE_COOKIE = "__Host-k3c_session"  # the prefix: Secure, path /, no Domain (browsers check)
_UNFILLED = re.compile(r"\{[a-z_]+\}")

# Scripts and styles from this server only, no inline script, no framing.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


class NeedsLogin(Exception):
    """No valid session: the browser is sent to the sign-in page."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def secure_cookies(request: Request) -> bool:
    """Secure cookies over https (directly, or behind a proxy uvicorn believes) or when the
    operator says the console is only ever reached over https."""
    return request.url.scheme == "https" or os.environ.get(ENV_SECURE_COOKIES, "") in ("1", "true")


def session_cookie_name(request: Request) -> str:
    return _SECURE_COOKIE if secure_cookies(request) else _PLAIN_COOKIE


def session_token(request: Request) -> str | None:
    return request.cookies.get(session_cookie_name(request))


def language(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, DEFAULT_LANGUAGE)
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def current_viewer(request: Request, session: SessionDep) -> Viewer:
    viewer = viewer_of(session, session_token(request), now())
    if viewer is None:
        raise NeedsLogin
    return viewer


CurrentViewer = Annotated[Viewer, Depends(current_viewer)]


def check_csrf(viewer: Viewer, token: str | None) -> None:
    if not csrf_matches(viewer, token):
        raise ConsoleRefused(403, "csrf")


def label(code: str, lang: str) -> str:
    """A catalogue text shown as a label (a reason without its values: "…" for them)."""
    return _UNFILLED.sub("…", render(code, lang))


def _folder(name: str) -> str:
    return str(resources.files("server.console").joinpath(name))


templates = Jinja2Templates(directory=_folder("templates"))
STATIC_DIR = _folder("static")


def _when(value: Any, lang: str) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def page(
    request: Request,
    template: str,
    viewer: Viewer | None,
    *,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    lang = language(request)

    def t(code: str, **params: Any) -> str:
        return render(code, lang, **params)

    response = templates.TemplateResponse(
        request,
        template,
        {
            "viewer": viewer,
            "lang": lang,
            "t": t,
            "codes": CODES,
            "label": lambda code: label(code, lang),
            "when": lambda value: _when(value, lang),
            "path": request.url.path,
            # Where the language switch returns to: this page, unless it answered a form.
            "here": str(request.url.path) + (f"?{request.url.query}" if request.url.query else "")
            if request.method == "GET"
            else "/console/",
            **context,
        },
        status_code=status,
    )
    response.headers.update(SECURITY_HEADERS)
    return response


def back_to(path: str, *, status: int = 303) -> RedirectResponse:
    """After a form: back to a console page (only ever a console path)."""
    if not path.startswith("/console") or path.startswith("//"):
        path = "/console/"
    response = RedirectResponse(path, status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def safe_next(value: str | None) -> str:
    if value and value.startswith("/console") and "//" not in value and "\\" not in value:
        return value
    return "/console/"


def refused_page(request: Request, exc: ConsoleRefused) -> Response:
    return page(
        request,
        "error.html",
        None,
        status=exc.status,
        code="console.error.forbidden" if exc.status == 403 else "console.error.not_found",
    )
