"""Request bodies: a route class that reads them size-limited and gunzipped, and typed body
dependencies that parse them with the protocol's models (declared in the OpenAPI schema)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

from fastapi import Request, Response
from fastapi.routing import APIRoute

from kiosk.sync.protocol import (
    MAX_BODY_BYTES,
    MAX_COMPRESSED_BYTES,
    ProtocolError,
    WireMessage,
    gunzip_limited,
    parse_message,
)
from server.errors import BadRequest, PayloadTooLarge, UnsupportedEncoding

M = TypeVar("M", bound=WireMessage)


class LimitedBodyRequest(Request):
    """A request whose body is read at most to the protocol's limits, then gunzipped when
    it came with `Content-Encoding: gzip`; ``body()`` gives the plain JSON bytes."""

    async def body(self) -> bytes:
        if not hasattr(self, "_body"):
            self._body = await self._read_limited()
        return self._body

    async def _read_limited(self) -> bytes:
        encoding = self.headers.get("content-encoding", "identity").lower()
        if encoding not in ("gzip", "identity"):
            raise UnsupportedEncoding("bad_encoding", "only gzip or identity bodies are accepted")
        limit = MAX_COMPRESSED_BYTES if encoding == "gzip" else MAX_BODY_BYTES
        too_large = PayloadTooLarge("too_large", f"a body may have at most {limit} bytes")
        declared = self.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        async for chunk in self.stream():
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
        body = b"".join(chunks)
        if encoding == "gzip":
            try:
                body = gunzip_limited(body)
            except ProtocolError as exc:
                if "large" in str(exc):
                    raise PayloadTooLarge("bad_body", str(exc)) from exc
                raise BadRequest("bad_body", str(exc)) from exc
        return body

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").partition(";")[0].strip().lower()


class LimitedBodyRoute(APIRoute):
    """The route class of every endpoint that takes a body (FastAPI's custom request and
    route class pattern)."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def limited(request: Request) -> Response:
            return await handler(LimitedBodyRequest(request.scope, request.receive))

        return limited


async def read_message(request: Request, kind: type[M]) -> M:
    """Parse the (limited, gunzipped) body as ``kind``; a malformed one is a 400."""
    try:
        return parse_message(kind, await request.body())
    except ProtocolError as exc:
        raise BadRequest("invalid", str(exc)) from exc


def message_body(kind: type[M]) -> Callable[[Request], Awaitable[M]]:
    """A dependency that gives the request body parsed as ``kind``."""

    async def read(request: Request) -> M:
        return await read_message(request, kind)

    return read


def body_schema(kind: type[WireMessage], **alternatives: type[WireMessage]) -> dict[str, Any]:
    """The OpenAPI request body of a route whose body a dependency reads (gzip, limits)."""
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
