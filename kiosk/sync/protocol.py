"""Sync protocol v1: typed messages shared by the kiosk client and the central server."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from kiosk.sync.fields import check_json_value, check_time, no_nul

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
EntityId = Annotated[str, StringConstraints(min_length=1, max_length=36), AfterValidator(no_nul)]
NoNul = AfterValidator(no_nul)

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
        # A pulled change this kiosk could not apply and set aside (kiosk.sync.apply).
        "sync_rejected_change",
        # A certificate this kiosk issued (docs/certificates.md).
        "certificate",
        # A signed competency assessment record, and a certificate's BNSP number.
        "assessment_record",
        "certificate_annotation",
        # Placement (docs/placement.md).
        "job_seeker",
        "job_application",
        # A follow-up survey answer after training (docs/placement.md).
        "followup_answer",
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
    "card_binding",
    "certificate_trust",
    "certificate_revocation",
    "assessment_scheme",
    "vacancy",
    "job_application",
]


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("a time must carry its UTC offset")
    # Within 1970..2100 and an offset of at most 14 h: no later conversion can overflow.
    return check_time(value)


AwareTime = Annotated[dt.datetime, AfterValidator(_aware)]


_TOO_BIG: Final = MAX_EVENT_PAYLOAD_BYTES + 1


def _bound(value: object, level: int) -> tuple[int, int]:
    """An upper bound on the compact JSON length of ``value`` and its nesting depth, without
    serialising it (every character counted at its longest escape)."""
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        if "\x00" in text:
            raise ValueError(_NUL)
        return len(text) * (6 if text.isascii() else 12) + 2, level
    if kind is float and not math.isfinite(value):  # type: ignore[arg-type]
        raise ValueError(_NAN)
    if value is None or kind is bool or kind is float:
        return 32, level
    if kind is int:
        return (24 if -(10**18) < value < 10**18 else _TOO_BIG), level  # type: ignore[operator]
    if kind is dict:
        size, depth = 2, level + 1
        for key, item in value.items():  # type: ignore[attr-defined]
            if type(key) is not str:
                raise ValueError("payload keys must be text")
            item_size, item_depth = _bound(item, level + 1)
            size += item_size + _bound(key, level)[0] + 2
            depth = max(depth, item_depth)
        return size, depth
    if kind is list:
        size, depth = 2, level + 1
        for item in value:  # type: ignore[attr-defined]
            item_size, item_depth = _bound(item, level + 1)
            size += item_size + 1
            depth = max(depth, item_depth)
        return size, depth
    return _TOO_BIG, level


_NUL: Final = "NUL characters are not allowed"
_NAN: Final = "numbers must be finite (no NaN or Infinity)"


def check_payload(value: dict[str, Any]) -> None:
    """Depth and size limits of one event payload, no NUL characters (in keys or values) and
    finite numbers only; raises ValueError. Serialises only when the cheap upper bound says
    the payload might be too large."""
    # Fast path for the usual flat payload of short scalars (an attendance scan).
    size, depth = 2, 1
    for key, item in value.items():
        kind = type(item)
        if type(key) is not str:
            raise ValueError("payload keys must be text")
        if "\x00" in key:
            raise ValueError(_NUL)
        if kind is str:
            if "\x00" in item:
                raise ValueError(_NUL)
            size += (len(key) + len(item)) * (6 if key.isascii() and item.isascii() else 12) + 7
        elif kind is float and not math.isfinite(item):
            raise ValueError(_NAN)
        elif item is None or kind is bool or kind is float or kind is int:
            if kind is int and not -(10**18) < item < 10**18:
                size = _TOO_BIG
                break
            size += len(key) * 12 + 36
        else:
            size, depth = _bound(value, 0)
            break
    if depth > MAX_PAYLOAD_DEPTH:
        raise ValueError("payload nested too deeply")
    if size > MAX_EVENT_PAYLOAD_BYTES and (
        len(json.dumps(value, separators=(",", ":"))) > MAX_EVENT_PAYLOAD_BYTES
    ):
        raise ValueError("payload too large")


class WireMessage(BaseModel):
    """A message of the sync protocol as it travels (not a user-facing text: that is
    kiosk.i18n.Message)."""

    # Strict: "5" is not 5, "yes" is not true, a number is not a time; no NaN or Infinity.
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)


class Health(WireMessage):
    status: Literal["ok"] = "ok"
    protocol: int = PROTOCOL_VERSION
    server_time: AwareTime


class ErrorBody(WireMessage):
    code: str
    detail: str


class EnrolRequest(WireMessage):
    code: Annotated[str, StringConstraints(min_length=4, max_length=64), NoNul]
    device_id: Uuid
    key_id: KeyId
    public_key: HexKey
    device_time: AwareTime
    label: Annotated[str, StringConstraints(max_length=80), NoNul] = ""


class EnrolResponse(WireMessage):
    device_id: Uuid
    token: str
    site: str
    server_time: AwareTime
    # The server's X25519 key that USB bundles are encrypted to (kiosk.sync.sealed_box).
    bundle_key: HexKey | None = None


class PushEvent(WireMessage):
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
        check_payload(value)
        return value


AppVersion = Annotated[str, StringConstraints(max_length=40), NoNul]


class PushRequest(WireMessage):
    device_id: Uuid
    sent_at: AwareTime
    events: Annotated[list[PushEvent], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]
    # What the kiosk says of itself, for the console's device health (optional: older kiosks
    # send neither): its version, and when its oldest record still waiting after this batch
    # was made (null: nothing else waits).
    app_version: AppVersion | None = None
    oldest_pending_at: AwareTime | None = None


class EventResult(WireMessage):
    id: str
    status: EventStatus
    reason: str | None = None
    canonical_id: str | None = None


class PushResponse(WireMessage):
    server_time: AwareTime
    clock_offset_s: float
    results: list[EventResult]


@dataclass(frozen=True, slots=True)
class WireEvent:
    """One event as both push layouts carry it (and as the server ingests it)."""

    id: str
    seq: int
    entity: str
    entity_id: str
    op: str
    created_at: dt.datetime
    utc_offset_min: int
    payload: dict[str, Any]

    @classmethod
    def of(cls, event: PushEvent) -> WireEvent:
        return cls(
            event.id,
            event.seq,
            event.entity,
            event.entity_id,
            event.op,
            event.created_at,
            event.utc_offset_min,
            event.payload,
        )


# The compact push layout ("columns"), sent with this content type: runs of consecutive
# events of one entity and op with the same payload keys, column by column, in order. Payload
# values equal to the envelope's (the row id, the device id, the UTC offset) are not repeated
# but named in ``copied``. About half the bytes of one object per event once gzipped.
PUSH_COLUMNS_TYPE: Final = "application/vnd.kios3in1.push-columns+json"

Copied = Literal["entity_id", "device_id", "utc_offset_min"]
Seq = Annotated[int, Field(ge=1, le=2**53)]
UtcOffset = Annotated[int, Field(ge=-720, le=840)]


class EventGroup(WireMessage):
    entity: Name
    op: Name
    id: Annotated[list[Uuid], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]
    seq: list[Seq]
    entity_id: list[EntityId]
    created_at: list[AwareTime]
    utc_offset_min: list[UtcOffset]
    copied: dict[str, Copied] = Field(default_factory=dict)
    payload: dict[str, list[Any]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _same_length(self) -> EventGroup:
        count = len(self.id)
        columns: list[Sequence[object]] = [
            self.seq,
            self.entity_id,
            self.created_at,
            self.utc_offset_min,
            *self.payload.values(),
        ]
        if any(len(column) != count for column in columns):
            raise ValueError("every column of a group has one value per event")
        if set(self.copied) & set(self.payload):
            raise ValueError("a payload key is either copied or sent, not both")
        if any("\x00" in key for key in (*self.copied, *self.payload)):
            raise ValueError(_NUL)
        return self


class PushColumns(WireMessage):
    device_id: Uuid
    sent_at: AwareTime
    groups: Annotated[list[EventGroup], Field(min_length=1, max_length=MAX_BATCH_EVENTS)]
    # When given, the reply also carries the first pull page after this cursor ("" for the
    # start), read after this batch was stored: one round trip less at the end of a push.
    pull_cursor: Annotated[str, StringConstraints(max_length=40), NoNul] | None = None
    app_version: AppVersion | None = None  # as in PushRequest
    oldest_pending_at: AwareTime | None = None

    @model_validator(mode="after")
    def _batch_size(self) -> PushColumns:
        if sum(len(group.id) for group in self.groups) > MAX_BATCH_EVENTS:
            raise ValueError(f"at most {MAX_BATCH_EVENTS} events per push")
        return self

    def events(self) -> list[WireEvent]:
        """The events in the order sent; ProtocolError if a payload breaks the limits."""
        events: list[WireEvent] = []
        for group in self.groups:
            keys = list(group.payload)
            columns = list(group.payload.values())
            copied = list(group.copied.items())
            for n, event_id in enumerate(group.id):
                payload = {key: column[n] for key, column in zip(keys, columns, strict=True)}
                for key, source in copied:
                    if source == "entity_id":
                        payload[key] = group.entity_id[n]
                    elif source == "device_id":
                        payload[key] = self.device_id
                    else:
                        payload[key] = group.utc_offset_min[n]
                try:
                    check_payload(payload)
                except ValueError as exc:
                    raise ProtocolError(f"event {event_id}: {exc}") from exc
                events.append(
                    WireEvent(
                        event_id,
                        group.seq[n],
                        group.entity,
                        group.entity_id[n],
                        group.op,
                        group.created_at[n],
                        group.utc_offset_min[n],
                        payload,
                    )
                )
        return events


def _copied_keys(event: WireEvent, device_id: str) -> tuple[tuple[str, Copied], ...]:
    envelope: tuple[tuple[str, Copied, object], ...] = (
        ("id", "entity_id", event.entity_id),
        ("device_id", "device_id", device_id),
        ("utc_offset_min", "utc_offset_min", event.utc_offset_min),
    )
    payload = event.payload
    return tuple(
        (key, source)
        for key, source, value in envelope
        if key in payload and type(payload[key]) is type(value) and payload[key] == value
    )


def encode_columns(
    device_id: str,
    sent_at: dt.datetime,
    events: Sequence[WireEvent],
    pull_cursor: str | None = None,
    *,
    app_version: str | None = None,
    oldest_pending_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The compact push body (JSON-ready) for ``events`` in order; decoded by
    :meth:`PushColumns.events` into the same events. ``app_version`` given: the kiosk
    reports itself, ``oldest_pending_at`` included (null when nothing else waits)."""
    groups: list[dict[str, Any]] = []
    shape: tuple[object, ...] | None = None
    group: dict[str, Any] = {}
    for event in events:
        copied = _copied_keys(event, device_id)
        skip = {key for key, _source in copied}
        keys = tuple(key for key in event.payload if key not in skip)
        this = (event.entity, event.op, keys, copied)
        if this != shape:
            shape = this
            group = {
                "entity": event.entity,
                "op": event.op,
                "id": [],
                "seq": [],
                "entity_id": [],
                "created_at": [],
                "utc_offset_min": [],
                "copied": dict(copied),
                "payload": {key: [] for key in keys},
            }
            groups.append(group)
        group["id"].append(event.id)
        group["seq"].append(event.seq)
        group["entity_id"].append(event.entity_id)
        group["created_at"].append(event.created_at.isoformat())
        group["utc_offset_min"].append(event.utc_offset_min)
        columns = group["payload"]
        for key in keys:
            columns[key].append(event.payload[key])
    body: dict[str, Any] = {"device_id": device_id, "sent_at": sent_at.isoformat()}
    body["groups"] = groups
    if pull_cursor is not None:
        body["pull_cursor"] = pull_cursor
    if app_version is not None:
        body["app_version"] = app_version
        body["oldest_pending_at"] = (
            None if oldest_pending_at is None else oldest_pending_at.isoformat()
        )
    return body


if TYPE_CHECKING:
    # What the server writes (checked statically where changes are made) ...
    PulledKind = ChangeKind
else:
    # ... and what a kiosk reads: any name, so that a kind this kiosk does not know (from a
    # newer server) is set aside on its own instead of making the whole page unreadable.
    PulledKind = Annotated[str, StringConstraints(min_length=1, max_length=64)]


class Change(WireMessage):
    """One pulled change. Loose on purpose: the kiosk checks each change on its own
    (kiosk.sync.entities.parse_change) and sets aside what it cannot apply, so one odd
    record never makes the whole page unreadable. The server sends only ``ChangeKind``."""

    kind: PulledKind
    id: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    data: dict[str, Any]


class PullResponse(WireMessage):
    cursor: str
    more: bool
    server_time: AwareTime
    changes: list[Change]


class ColumnsPushResponse(WireMessage):
    """The reply to a compact push: one status per event in the order sent; reasons and
    canonical ids only where there are some, keyed by the event's position (as text)."""

    server_time: AwareTime
    clock_offset_s: float
    status: list[EventStatus]
    reason: dict[str, str] = Field(default_factory=dict)
    canonical_id: dict[str, str] = Field(default_factory=dict)
    pull: PullResponse | None = None


class BundleEncryption(WireMessage):
    """How the events file is encrypted to the server (kiosk.sync.sealed_box)."""

    scheme: Literal["x25519-hkdf-sha256-aes256gcm"]
    ephemeral_public: HexKey
    nonce: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{24}$")]


class BundleManifest(WireMessage):
    """The signed part of a USB bundle: what is inside and how to check it."""

    format: Literal["kios3in1-bundle"] = "kios3in1-bundle"
    protocol: Literal[1] = 1
    device_id: Uuid
    key_id: KeyId
    public_key: HexKey
    created_at: AwareTime
    event_count: Annotated[int, Field(ge=0, le=10_000_000)]
    files: dict[str, Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]]
    # Required by the server: a bundle's events are personal data on a removable drive.
    encryption: BundleEncryption | None = None


class ProtocolError(ValueError):
    """A message that breaks the protocol (bad JSON, wrong shape, too large)."""


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and _UUID.match(value) is not None


def gzip_json(message: BaseModel | dict[str, Any]) -> bytes:
    if isinstance(message, BaseModel):
        raw = message.model_dump_json().encode()
    else:
        raw = json.dumps(message, separators=(",", ":"), ensure_ascii=False).encode()
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
    # A second gzip member or any other bytes after the stream: never what a kiosk sends, and
    # a way to smuggle data past whatever reads only the first member.
    if decoder.unused_data:
        raise ProtocolError("bytes after the gzip stream")
    return out


M = TypeVar("M", bound="WireMessage")


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


class BundleEvents(WireMessage):
    events: list[PushEvent]


# Pull cursors: "v1." and the last change_log seq a kiosk has seen, in ASCII digits.
_CURSOR = re.compile(r"v1\.([0-9]{1,18})")


class BadCursor(ProtocolError):
    """A pull cursor this server did not issue."""


def encode_cursor(seq: int) -> str:
    return f"v1.{seq}"


def decode_cursor(cursor: str | None) -> int:
    """The seq in a cursor ("" or None: from the start); BadCursor for anything else, such
    as "v1.²" (``str.isdigit`` is true for "²", ``int`` is not)."""
    if not cursor:
        return 0
    match = _CURSOR.fullmatch(cursor)
    if match is None:
        raise BadCursor("the cursor was not issued by this server")
    return int(match.group(1))


def _refuse_constant(name: str) -> Any:
    raise ProtocolError(f"{name} is not a JSON number")


def load_json(raw: bytes | str) -> Any:
    """Plain ``json.loads`` that refuses NaN and Infinity (which Python accepts by default)
    and NUL characters anywhere; ProtocolError for anything that is not such JSON."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant)
        check_json_value(value)
    except ProtocolError:
        raise
    except (ValueError, RecursionError) as exc:
        raise ProtocolError(f"not valid JSON: {str(exc)[:200]}") from exc
    return value


class TokenResponse(WireMessage):
    """A rotated bearer token (``POST /api/v1/token``) and when it stops working."""

    token: Annotated[str, StringConstraints(min_length=20, max_length=200)]
    issued_at: AwareTime
    expires_at: AwareTime
