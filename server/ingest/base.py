"""What every entity handler shares: the batch, its context, outcomes and field checks."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from kiosk.sync.protocol import EventStatus, WireEvent, is_uuid
from server.authority import Actor
from server.summary import MonthDeltas

NIK = re.compile(r"^\d{16}$")
CARD = re.compile(r"^[A-Z2-7]{16}$")


class Rejected(Exception):
    """One event that cannot be stored; the reason goes back to the kiosk."""


class Outcome(NamedTuple):
    """What became of one event (the push reply's per-event result)."""

    status: EventStatus
    reason: str | None = None
    canonical_id: str | None = None


ACCEPTED = Outcome("accepted")


@dataclass
class Batch:
    device_id: str
    sent_at: dt.datetime
    received_at: dt.datetime
    via: str
    # Device clock error; measured at this request for a push, the last measurement for a
    # bundle (which may have spent days in a pocket between writing and import).
    known_offset: dt.timedelta | None = None

    @property
    def offset(self) -> dt.timedelta:
        if self.known_offset is not None:
            return self.known_offset
        return self.received_at - self.sent_at


@dataclass
class Context:
    """One batch being ingested inside the caller's transaction."""

    session: Session
    batch: Batch
    actor: Actor
    # Attendance scans are merged set-based once the whole batch was read.
    scans: list[tuple[WireEvent, dict[str, Any]]] = field(default_factory=list)
    # The programme funnel is brought up to date once per batch (server/funnel.py): for the
    # people behind these applicant ids, and everyone present in these classes.
    touched: set[str] = field(default_factory=set)
    touched_sessions: set[str] = field(default_factory=set)
    months: MonthDeltas = field(default_factory=lambda: defaultdict(Counter))


def text(payload: dict[str, Any], key: str, pattern: re.Pattern[str] | None = None) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value or len(value) > 64:
        raise Rejected(f"{key} missing or invalid")
    if pattern is not None and not pattern.match(value):
        raise Rejected(f"{key} invalid")
    return value


def uuid(payload: dict[str, Any], key: str) -> str:
    value = payload.get(key)
    if not is_uuid(value):
        raise Rejected(f"{key} is not an id")
    assert isinstance(value, str)
    return value


def day(payload: dict[str, Any], key: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text(payload, key))
    except ValueError as exc:
        raise Rejected(f"{key} is not a date") from exc


def moment(payload: dict[str, Any], key: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text(payload, key))
    except ValueError as exc:
        raise Rejected(f"{key} is not a time") from exc
    if value.tzinfo is None:
        raise Rejected(f"{key} has no UTC offset")
    return value


def entity_uuid(event: WireEvent, what: str = "id") -> str:
    if not is_uuid(event.entity_id):
        raise Rejected(f"{what} is not an id")
    return event.entity_id
