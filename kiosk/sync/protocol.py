"""Sync protocol v1: typed messages shared by the kiosk client and the central server."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import zlib
from typing import Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

API_PREFIX: Final = "/api/v1"
PROTOCOL_VERSION: Final = 1

# Limits: every message from outside is checked against these before anything is stored.
MAX_BATCH_EVENTS: Final = 5000
MAX_EVENT_PAYLOAD_BYTES: Final = 8 * 1024
MAX_BODY_BYTES: Final = 4 * 1024 * 1024  # decompressed
MAX_COMPRESSED_BYTES: Final = 1024 * 1024
MAX_PULL_LIMIT: Final = 2000
MAX_PAYLOAD_DEPTH: Final = 4

UUID_PATTERN: Final = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_UUID = re.compile(UUID_PATTERN)

Uuid = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
HexKey = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
KeyId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
Name = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]{0,31}$")]
EntityId = Annotated[str, StringConstraints(min_length=1, max_length=36)]

# Entities a kiosk may upload. Anything else is rejected per event (never dropped silently).
ENTITIES: Final = frozenset(
    {
        "applicant",
        "card",
        "attendance_event",
        "attendance",
        "enrolment",
        "training_provider",
        "training_program",
        "training_session",
        "staff_account",
        "staff_login",
        "audit_event",
        "device_key",
    }
)

EventStatus = Literal["accepted", "duplicate", "rejected"]
ChangeKind = Literal[
    "training_provider",
    "training_program",
    "training_session",
    "enrolment",
    "staff_account",
    "device_key",
    "key_revocation",
    "card_revocation",
    "applicant_alias",
]


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("a time must carry its UTC offset")
    return value


AwareTime = Annotated[dt.datetime, AfterValidator(_aware)]


def _depth(value: object, level: int = 0) -> int:
    if isinstance(value, dict):
        return max((_depth(v, level + 1) for v in value.values()), default=level + 1)
    if isinstance(value, list):
        return max((_depth(v, level + 1) for v in value), default=level + 1)
    return level


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Health(Message):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    server_time: AwareTime


class ErrorBody(Message):
    code: str
    detail: str


class EnrolRequest(Message):
    code: Annotated[str, StringConstraints(min_length=4, max_length=64)]
    device_id: Uuid
    key_id: KeyId
    public_key: HexKey
    device_time: AwareTime
    label: Annotated[str, StringConstraints(max_length=80)] = ""


class EnrolResponse(Message):
    device_id: Uuid
    token: str
    site: str
    server_time: AwareTime


class PushEvent(Message):
    """One outbox event. ``seq`` is the device's own sequence number, ``created_at`` its wall
    time; ``payload`` is opaque to the transport and checked per entity by the server."""

    id: Uuid
    seq: Annotated[int, Field(ge=1, le=2**53)]
    entity: Name
    entity_id: EntityId
    op: Name
    created_at: AwareTime
    utc_offset_min: Annotated[int, Field(ge=-720, le=840)]
    payload: dict[str, Any]

    @field_validator("payload")
    @classmethod
    def _payload_size(cls, value: dict[str, Any]) -> dict[str, Any]:
        if _depth(value) > MAX_PAYLOAD_DEPTH:
            raise ValueError("payload nested too deeply")
        if len(json.dumps(value, separators=(",", ":"))) > MAX_EVENT_PAYLOAD_BYTES:
            raise ValueError("payload too large")
        return value


class PushRequest(Message):
    device_id: Uuid
    sent_at: AwareTime
    events: Annotated[list[PushEvent], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]


class EventResult(Message):
    id: str
    status: EventStatus
    reason: str | None = None
    canonical_id: str | None = None


class PushResponse(Message):
    server_time: AwareTime
    clock_offset_s: float
    results: list[EventResult]


class Change(Message):
    kind: ChangeKind
    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    data: dict[str, Any]


class PullResponse(Message):
    cursor: str
    more: bool
    server_time: AwareTime
    changes: list[Change]


class BundleManifest(Message):
    """The signed part of a USB bundle: what is inside and how to check it."""

    format: Literal["kios3in1-bundle"] = "kios3in1-bundle"
    protocol: Literal[1] = 1
    device_id: Uuid
    key_id: KeyId
    public_key: HexKey
    created_at: AwareTime
    event_count: Annotated[int, Field(ge=0, le=10_000_000)]
    files: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]]


class ProtocolError(ValueError):
    """A message that breaks the protocol (bad JSON, wrong shape, too large)."""


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def gzip_json(message: BaseModel | dict[str, Any]) -> bytes:
    if isinstance(message, BaseModel):
        raw = message.model_dump_json().encode()
    else:
        raw = json.dumps(message, separators=(",", ":")).encode()
    # Level 6 is near the best ratio at a fraction of level 9's time on a kiosk CPU.
    return gzip.compress(raw, compresslevel=6, mtime=0)


def gunzip_limited(data: bytes, limit: int = MAX_BODY_BYTES) -> bytes:
    """Decompress, refusing anything that would grow past ``limit`` (gzip bombs)."""
    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = decoder.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ProtocolError(f"not gzip: {exc}") from exc
    if len(out) > limit or decoder.unconsumed_tail:
        raise ProtocolError("body too large once decompressed")
    if not decoder.eof:
        raise ProtocolError("gzip stream cut short")
    return out


M = TypeVar("M", bound=BaseModel)


def parse_message(kind: type[M], raw: bytes) -> M:
    try:
        return kind.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {"loc": (), "msg": "invalid"}
        where = ".".join(str(part) for part in first.get("loc", ()))
        raise ProtocolError(f"{where}: {first.get('msg', 'invalid')}"[:300]) from exc


# USB bundles: a zip with these three members; the signature covers the manifest, which
# carries the SHA-256 of the events file, so no byte can change unnoticed.
BUNDLE_MANIFEST: Final = "manifest.json"
BUNDLE_SIGNATURE: Final = "manifest.sig"
BUNDLE_EVENTS: Final = "events.json.gz"
BUNDLE_SIGNING_CONTEXT: Final = b"K3IN1-BUNDLE-V1"
MAX_BUNDLE_BYTES: Final = 512 * 1024 * 1024


class BundleEvents(Message):
    events: list[PushEvent]
