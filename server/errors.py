"""Typed API errors: each is an ApiError with its status, turned into `{code, detail}` by the
one handler the app installs (server/app.py)."""

from __future__ import annotations

from typing import Any, ClassVar

from kiosk.sync.protocol import ErrorBody
from server.accounts import ApiError

__all__ = [
    "ERROR_RESPONSES",
    "ApiError",
    "BadRequest",
    "Forbidden",
    "PayloadTooLarge",
    "UnsupportedEncoding",
]


class _Typed(ApiError):
    status_code: ClassVar[int]

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(self.status_code, code, detail)


class BadRequest(_Typed):
    status_code = 400


class Forbidden(_Typed):
    status_code = 403


class PayloadTooLarge(_Typed):
    status_code = 413


class UnsupportedEncoding(_Typed):
    status_code = 415


# What the OpenAPI schema lists for every endpoint that can fail.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 409, 413, 415, 429)
}
