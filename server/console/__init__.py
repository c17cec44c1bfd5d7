"""The central web console at /console (issue 13): server-rendered pages for the people who
run the programme, with its static assets (and the API's /docs) served from the package."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from server.audit import record
from server.console import (
    certificates,
    routes_auth,
    routes_data,
    routes_fleet,
    routes_placement,
    routes_users,
    routes_vacancies,
)
from server.console.scope import ConsoleRefused
from server.console.users import viewer_of
from server.console.web import STATIC_DIR, NeedsLogin, now, refused_page, session_token
from server.db import Database

PREFIX = "/console"


def console_router() -> APIRouter:
    router = APIRouter(prefix=PREFIX, include_in_schema=False)
    for part in (
        routes_auth,
        routes_fleet,
        routes_data,
        routes_placement,
        routes_vacancies,
        routes_users,
        certificates,
    ):
        router.include_router(part.router)
    return router


async def _needs_login(request: Request, _exc: Exception) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"{PREFIX}/login?next={quote(target, safe='')}", status_code=303)


def _audit_refusal(db: Database, token: str | None, path: str, reason: str) -> None:
    """A refused console request, in its own transaction (the request's was rolled back)."""
    with db.transaction() as session:
        viewer = viewer_of(session, token, now())
        record(
            session,
            "console_refused",
            "refused",
            reason=reason,
            detail={"user": viewer.user_id if viewer else None, "path": path[:120]},
        )


async def _refused(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleRefused)
    await run_in_threadpool(
        _audit_refusal, request.app.state.db, session_token(request), request.url.path, exc.reason
    )
    return refused_page(request, exc)


_DOCS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – API</title>
<link rel="stylesheet" href="/console/static/vendor/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/console/static/vendor/swagger-ui-bundle.js"></script>
<script src="/console/static/docs.js"></script></body></html>
"""


def mount(app: FastAPI) -> None:
    """The console's pages, its static files and a /docs page whose assets are ours (FastAPI's
    own would load Swagger UI from a CDN)."""
    app.include_router(console_router())
    app.mount(f"{PREFIX}/static", StaticFiles(directory=STATIC_DIR), name="console-static")
    app.add_exception_handler(NeedsLogin, _needs_login)
    app.add_exception_handler(ConsoleRefused, _refused)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(_DOCS.format(title=app.title))
