"""The central server's FastAPI application: routers per resource under /api/v1, one
handler for every API error; and the factory each of several uvicorn workers starts from."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import API_PREFIX, ErrorBody
from server import __version__, console
from server.accounts import IdentitySettings, note_revoked_caller
from server.db import Database, schema_is_current
from server.errors import ApiError
from server.routes import enrol, health, pull, push, token, verify
from server.secrets import ENV_SECRETS


async def api_error(request: Request, exc: Exception) -> JSONResponse:
    """Every typed error (server/errors.py) as `{code, detail}` with its status."""
    assert isinstance(exc, ApiError)
    if exc.code == "device_revoked":
        # The request's transaction is over (rolled back): noted in one of its own.
        await run_in_threadpool(
            note_revoked_caller,
            request.app.state.db,
            request.headers.get("authorization"),
            utc_now(),
        )
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
    if exc.retry_after is not None:
        headers["Retry-After"] = str(exc.retry_after)
    body = ErrorBody(code=exc.code, detail=exc.detail).model_dump()
    return JSONResponse(body, status_code=exc.status, headers=headers)


async def invalid_request(_request: Request, exc: Exception) -> JSONResponse:
    """Bad query parameters or headers: 422 in the same `{code, detail}` shape."""
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()))
    detail = f"{where}: {first.get('msg', 'invalid')}"[:300]
    return JSONResponse(ErrorBody(code="invalid", detail=detail).model_dump(), 422)


def create_app(db: Database, *, identity: IdentitySettings | None = None) -> FastAPI:
    app = FastAPI(
        title="Kios3in1 central server",
        version=__version__,
        description="Sync protocol v1 (docs/sync-protocol.md): enrolment, push, pull.",
        # FastAPI's own pages load their assets from a CDN; server.console serves /docs
        # from assets shipped in the package instead.
        docs_url=None,
        redoc_url=None,
    )
    app.state.db = db
    app.state.identity = identity or IdentitySettings.from_env()
    # Replies to a 2G/3G kiosk are worth compressing too (a push result per event).
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    for router in (health.router, enrol.router, token.router, push.router, pull.router, verify.api):
        app.include_router(router, prefix=API_PREFIX)
    # The public page a person opens from the address printed on a certificate.
    app.include_router(verify.page)
    console.mount(app)
    return app


def app_from_env(environ: Mapping[str, str] = os.environ) -> FastAPI:
    """The application of one worker (``uvicorn server.app:app_from_env --factory``).

    Every worker reads the same settings from the environment, so they behave as one server;
    all they share is the database (rate limits, sessions, devices) and the secrets folder.
    The schema must already be current: ``serve`` migrates once before it starts workers,
    and a worker never migrates, so several of them cannot race each other at start."""
    # `serve --workers N` leaves the database URL, the secrets folder and the identity
    # settings in these variables for the workers it starts.
    from server.cli import ENV_DATABASE

    url = environ.get(ENV_DATABASE, "").strip()
    if not url:
        raise RuntimeError(f"${ENV_DATABASE} is not set: start workers with kiosk-server serve")
    identity = IdentitySettings.from_env(environ)
    db = Database(url, migrate=False, secrets_dir=environ.get(ENV_SECRETS) or None)
    try:
        if not schema_is_current(db.engine):
            raise RuntimeError(
                "the database schema is not this server's: start kiosk-server serve, which "
                "migrates it once before its workers start"
            )
        app = create_app(db, identity=identity)
    except BaseException:
        db.close()
        raise
    opened = app.router.lifespan_context

    @asynccontextmanager
    async def closing(target: Any) -> AsyncIterator[Any]:
        # The worker's pool of database connections goes when the worker stops.
        try:
            async with opened(target) as state:
                yield state
        finally:
            db.close()

    app.router.lifespan_context = closing
    return app
