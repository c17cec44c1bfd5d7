"""The HTTP API of the central server (FastAPI): health, enrolment, push and pull."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Annotated, Any, TypeVar

from fastapi import FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.sync import sealed_box
from kiosk.sync.protocol import (
    API_PREFIX,
    MAX_BODY_BYTES,
    MAX_COMPRESSED_BYTES,
    MAX_PULL_LIMIT,
    PUSH_COLUMNS_TYPE,
    Change,
    ColumnsPushResponse,
    EnrolRequest,
    EnrolResponse,
    ErrorBody,
    EventResult,
    Health,
    ProtocolError,
    PullResponse,
    PushColumns,
    PushRequest,
    PushResponse,
    TokenResponse,
    WireEvent,
    gunzip_limited,
    parse_message,
)
from server import __version__
from server.accounts import (
    ApiError,
    IdentitySettings,
    authenticate,
    bundle_private_key,
    enrol,
    record_clock,
    refuse_malformed_enrolment,
    rotate_token,
)
from server.db import Database
from server.ingest import Batch, Outcome, ingest
from server.models import ChangeLog

log = logging.getLogger(__name__)

DEFAULT_PULL_LIMIT = 500

_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 409, 413, 415, 429)
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def encode_cursor(seq: int) -> str:
    return f"v1.{seq}"


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    prefix, _, number = cursor.partition(".")
    if prefix != "v1" or not number.isdigit() or len(number) > 18:
        raise ApiError(400, "bad_cursor", "the cursor was not issued by this server")
    return int(number)


async def _read_body(request: Request) -> bytes:
    encoding = request.headers.get("content-encoding", "identity").lower()
    if encoding not in ("gzip", "identity"):
        raise ApiError(415, "bad_encoding", "only gzip or identity bodies are accepted")
    limit = MAX_COMPRESSED_BYTES if encoding == "gzip" else MAX_BODY_BYTES
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "too_large", f"a body may have at most {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"a body may have at most {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    if encoding == "gzip":
        try:
            body = gunzip_limited(body)
        except ProtocolError as exc:
            raise ApiError(413 if "large" in str(exc) else 400, "bad_body", str(exc)) from exc
    return body


M = TypeVar("M", bound=BaseModel)


def _body_schema(kind: type[BaseModel], **alternatives: type[BaseModel]) -> dict[str, Any]:
    # The body is read by hand (gzip, size limits), so its schema is declared explicitly.
    content = {"application/json": {"schema": kind.model_json_schema()}}
    for media_type, other in alternatives.items():
        content[media_type] = {"schema": other.model_json_schema()}
    return {
        "requestBody": {
            "required": True,
            "content": content,
            "description": "JSON, optionally with Content-Encoding: gzip.",
        }
    }


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").partition(";")[0].strip().lower()


def pull_page(session: Session, after: int, limit: int) -> PullResponse:
    rows = session.scalars(
        select(ChangeLog).where(ChangeLog.seq > after).order_by(ChangeLog.seq).limit(limit + 1)
    ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if rows else after
    changes = [Change(kind=row.kind, id=row.record_id, data=row.data) for row in rows]  # type: ignore[arg-type]
    return PullResponse(cursor=encode_cursor(last), more=more, server_time=_now(), changes=changes)


async def _read_message(request: Request, kind: type[M]) -> M:
    body = await _read_body(request)
    try:
        return parse_message(kind, body)
    except ProtocolError as exc:
        raise ApiError(400, "invalid", str(exc)) from exc


def create_app(db: Database, *, identity: IdentitySettings | None = None) -> FastAPI:
    app = FastAPI(
        title="Kios3in1 central server",
        version=__version__,
        description="Sync protocol v1 (docs/sync-protocol.md): enrolment, push, pull.",
    )
    # Replies to a 2G/3G kiosk are worth compressing too (a push result per event).
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    identity = identity or IdentitySettings.from_env()

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        if exc.retry_after is not None:
            headers["Retry-After"] = str(exc.retry_after)
        body = ErrorBody(code=exc.code, detail=exc.detail).model_dump()
        return JSONResponse(body, status_code=exc.status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        detail = f"{where}: {first.get('msg', 'invalid')}"[:300]
        return JSONResponse(ErrorBody(code="invalid", detail=detail).model_dump(), 422)

    @app.get(f"{API_PREFIX}/health")
    def health() -> Health:
        return Health(server_time=_now())

    @app.post(f"{API_PREFIX}/enrol", responses=_ERRORS, openapi_extra=_body_schema(EnrolRequest))
    async def enrol_endpoint(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> EnrolResponse:
        """Enrol a kiosk with a one-time code. Enrolling an existing device id again needs
        ``Authorization: Bearer <its token>`` or ``K3IN1-Ed25519 <signature>`` (see the
        protocol document); failures are rate limited (429 with Retry-After)."""
        client = request.client.host if request.client else "unknown"
        try:
            message = await _read_message(request, EnrolRequest)
        except ApiError as exc:
            await run_in_threadpool(
                refuse_malformed_enrolment,
                db,
                _now(),
                client=client,
                reason=exc.code,
                settings=identity,
            )
            raise
        return await run_in_threadpool(_enrol, message, client, authorization)

    def _enrol(request: EnrolRequest, client: str, authorization: str | None) -> EnrolResponse:
        now = _now()
        device, token = enrol(
            db, request, now, client=client, authorization=authorization, settings=identity
        )
        with db.transaction() as session:
            bundle_key = sealed_box.public_of(bundle_private_key(session, now))
        return EnrolResponse(
            device_id=device.id,
            token=token,
            site=device.site,
            server_time=now,
            bundle_key=bundle_key,
        )

    @app.post(f"{API_PREFIX}/token", responses=_ERRORS)
    def token_endpoint(authorization: Annotated[str | None, Header()] = None) -> TokenResponse:
        """A new bearer token for the caller; the one it called with ends at the new one's
        first use."""
        now = _now()
        with db.transaction() as session:
            device, token = rotate_token(session, authorization, now, identity)
        expires_at = device.token_expires_at or now + identity.token_lifetime
        return TokenResponse(token=token, issued_at=now, expires_at=expires_at)

    @app.post(
        f"{API_PREFIX}/push",
        responses={
            **_ERRORS,
            200: {
                "content": {PUSH_COLUMNS_TYPE: {"schema": ColumnsPushResponse.model_json_schema()}},
                "description": "PushResponse, or ColumnsPushResponse for a compact push.",
            },
        },
        openapi_extra=_body_schema(PushRequest, **{PUSH_COLUMNS_TYPE: PushColumns}),
    )
    async def push(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> PushResponse:
        if _media_type(request) == PUSH_COLUMNS_TYPE:
            columns = await _read_message(request, PushColumns)
            reply = await run_in_threadpool(_push_columns, authorization, columns)
            return Response(reply, media_type=PUSH_COLUMNS_TYPE)  # type: ignore[return-value]
        message = await _read_message(request, PushRequest)
        events = [WireEvent.of(event) for event in message.events]
        now, offset, outcomes, _page = await run_in_threadpool(
            _ingest, authorization, message.device_id, message.sent_at, events, None
        )
        results = [
            EventResult(id=event.id, status=o.status, reason=o.reason, canonical_id=o.canonical_id)
            for event, o in zip(events, outcomes, strict=True)
        ]
        return PushResponse(server_time=now, clock_offset_s=offset, results=results)

    def _ingest(
        authorization: str | None,
        device_id: str,
        sent_at: dt.datetime,
        events: list[WireEvent],
        pull_cursor: str | None,
    ) -> tuple[dt.datetime, float, list[Outcome], PullResponse | None]:
        """One transaction: authenticate (locking the device row), record the clock, store
        the batch, and read the pull page after it when one was asked for."""
        now = _now()
        with db.transaction() as session:
            device = authenticate(session, authorization, lock=True)
            if device_id != device.id:
                raise ApiError(403, "wrong_device", "a device pushes only as itself")
            offset = record_clock(session, device, sent_at, now)
            batch = Batch(device_id=device.id, sent_at=sent_at, received_at=now, via="push")
            outcomes = ingest(session, batch, events)
            page = None
            if pull_cursor is not None:
                try:
                    page = pull_page(session, decode_cursor(pull_cursor), DEFAULT_PULL_LIMIT)
                except ApiError:
                    page = None  # a cursor we cannot read never fails the upload
        return now, offset, outcomes, page

    def _push_columns(authorization: str | None, message: PushColumns) -> bytes:
        try:
            events = message.events()
        except ProtocolError as exc:
            raise ApiError(400, "invalid", str(exc)) from exc
        now, offset, outcomes, page = _ingest(
            authorization, message.device_id, message.sent_at, events, message.pull_cursor
        )
        reply = ColumnsPushResponse(
            server_time=now,
            clock_offset_s=offset,
            status=[o.status for o in outcomes],
            reason={str(n): o.reason for n, o in enumerate(outcomes) if o.reason is not None},
            canonical_id={
                str(n): o.canonical_id for n, o in enumerate(outcomes) if o.canonical_id is not None
            },
            pull=page,
        )
        return reply.model_dump_json().encode()

    @app.get(f"{API_PREFIX}/pull", responses=_ERRORS)
    def pull(
        authorization: Annotated[str | None, Header()] = None,
        cursor: Annotated[str | None, Query(max_length=40)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
    ) -> PullResponse:
        after = decode_cursor(cursor)
        with db.transaction() as session:
            authenticate(session, authorization)
            return pull_page(session, after, limit)

    app.state.db = db
    return app
