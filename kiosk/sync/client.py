"""HTTP client of the sync protocol (requests): gzip bodies, bearer token, errors classified,
https only (or loopback), with the server's key pinned (kiosk.sync.transport)."""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, TypeVar

import requests

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import (
    API_PREFIX,
    PUSH_COLUMNS_TYPE,
    ColumnsPushResponse,
    EnrolRequest,
    EnrolResponse,
    Health,
    ProtocolError,
    PullResponse,
    TokenResponse,
    WireMessage,
    gzip_json,
    parse_message,
)
from kiosk.sync.transport import PinnedAdapter, check_server_url

M = TypeVar("M", bound=WireMessage)

CONNECT_TIMEOUT_S = 10.0
READ_TIMEOUT_S = 60.0
MAX_RESPONSE_BYTES = 16 * 1024 * 1024


class TransportError(Exception):
    """The request may or may not have reached the server; retrying is safe and useful."""

    def __init__(self, detail: str, *, retry_after: float | None = None, tls: bool = False) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
        self.tls = tls  # the TLS handshake failed (e.g. a certificate no CA vouches for)


class RefusedError(Exception):
    """The server understood and refused (bad token, revoked device, bad code, bad request)."""

    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(f"{status} {code}: {detail}")
        self.status = status
        self.code = code
        self.detail = detail


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), 3600))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    current = now or utc_now()
    return max(0.0, min((when - current).total_seconds(), 3600.0))


@dataclass
class SyncClient:
    """One server; a token once enrolled. Thread-confined: one sync run uses it at a time.

    ``pins``: the server keys this kiosk pinned at enrolment; every https connection must
    present one of them, or ``transport.ServerKeyMismatch`` is raised before anything is
    sent (it is neither transient nor a refusal: the server is not the one we paired with).
    ``verify``: CA verification as in requests (True, a CA file, or False when pins alone
    are the trust anchor). A plain http address that is not this machine raises
    ``transport.UrlRefused`` unless ``allow_plain_http``."""

    base_url: str
    token: str | None = None
    connect_timeout: float = CONNECT_TIMEOUT_S
    read_timeout: float = READ_TIMEOUT_S
    pins: Collection[str] | None = None
    verify: bool | str = True
    allow_plain_http: bool = False

    def __post_init__(self) -> None:
        self.base_url = check_server_url(self.base_url, allow_plain_http=self.allow_plain_http)
        self._http = requests.Session()
        self._http.headers["User-Agent"] = "kios3in1-kiosk/1"
        # This kiosk sets aside pulled change kinds it does not know (kiosk/sync/apply.py),
        # so the server may send it every kind (server/changes.py).
        self._http.headers["X-Kios3in1-Pull"] = "any-kind"
        self._adapter = PinnedAdapter(self.pins)
        self._http.mount("https://", self._adapter)
        self.bytes_up = 0
        self.requests = 0

    @property
    def seen_pins(self) -> list[str]:
        """The keys the server presented on this client's https connections (to pin)."""
        return list(self._adapter.seen)

    def close(self) -> None:
        self._http.close()

    def health(self) -> Health:
        return self._call("GET", "/health", Health, auth=False)

    def enrol(self, request: EnrolRequest, *, proof: str | None = None) -> EnrolResponse:
        """``proof``: the Authorization value that proves this is the device when it enrols
        again (``Bearer <token>`` or a ``K3IN1-Ed25519`` signature)."""
        headers = {"Authorization": proof} if proof else None
        return self._call(
            "POST", "/enrol", EnrolResponse, body=request, auth=False, headers=headers
        )

    def rotate_token(self) -> TokenResponse:
        """A new token; the current one keeps working until the new one is first used."""
        return self._call("POST", "/token", TokenResponse)

    def push_columns(self, body: dict[str, Any] | bytes) -> ColumnsPushResponse:
        """A compact push (``encode_columns``, or that already gzipped); the reply has one
        status per event."""
        return self._call(
            "POST", "/push", ColumnsPushResponse, body=body, content_type=PUSH_COLUMNS_TYPE
        )

    def pull(self, cursor: str | None, limit: int = 500) -> PullResponse:
        params = {"limit": str(limit)}
        if cursor:
            params["cursor"] = cursor
        return self._call("GET", "/pull", PullResponse, params=params)

    def _call(
        self,
        method: str,
        path: str,
        kind: type[M],
        *,
        body: WireMessage | dict[str, Any] | bytes | None = None,
        params: dict[str, str] | None = None,
        auth: bool = True,
        content_type: str = "application/json",
        headers: dict[str, str] | None = None,
    ) -> M:
        headers = {"Accept-Encoding": "gzip", **(headers or {})}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else gzip_json(body)
            headers["Content-Encoding"] = "gzip"
            headers["Content-Type"] = content_type
        if auth:
            if not self.token:
                raise RefusedError(401, "not_enrolled", "this kiosk is not enrolled")
            headers["Authorization"] = f"Bearer {self.token}"
        self.requests += 1
        self.bytes_up += len(data or b"")
        try:
            response = self._http.request(
                method,
                self.base_url + API_PREFIX + path,
                data=data,
                params=params,
                headers=headers,
                timeout=(self.connect_timeout, self.read_timeout),
                stream=True,
                # Per request: a session's own value would lose to $REQUESTS_CA_BUNDLE.
                verify=self.verify,
            )
            raw = _read_limited(response)
        except requests.exceptions.SSLError as exc:
            raise TransportError(type(exc).__name__, tls=True) from exc
        except requests.RequestException as exc:
            raise TransportError(type(exc).__name__) from exc
        status = response.status_code
        if status in (408, 425, 429) or status >= 500:
            retry = parse_retry_after(response.headers.get("Retry-After"))
            raise TransportError(f"HTTP {status}", retry_after=retry)
        if status >= 400:
            code, detail = _error_body(raw)
            raise RefusedError(status, code, detail)
        try:
            return parse_message(kind, raw)
        except ProtocolError as exc:
            # A reply cut short or garbled by a proxy: the request may have been applied,
            # which is harmless because every event is idempotent.
            raise TransportError(f"unreadable reply: {exc}") from exc


def _read_limited(response: requests.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise TransportError("reply too large")
            chunks.append(chunk)
    finally:
        response.close()
    return b"".join(chunks)


def _error_body(raw: bytes) -> tuple[str, str]:
    import json

    try:
        data = json.loads(raw)
        return str(data.get("code", "error"))[:40], str(data.get("detail", ""))[:300]
    except (ValueError, AttributeError):
        return "error", raw[:200].decode("utf-8", "replace")
