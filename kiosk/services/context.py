"""What every use-case needs: the open store, this device's identity and a clock."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from kiosk.domain.card import CardSigner
from kiosk.domain.clock import Clock, system_clock
from kiosk.domain.ids import new_id
from kiosk.store.crypto import PersonalDataCipher
from kiosk.store.db import Store
from kiosk.store.models import OutboxEvent


def utc_offset_minutes(moment: dt.datetime) -> int:
    offset = moment.utcoffset()
    return 0 if offset is None else int(offset.total_seconds() // 60)


@dataclass
class ServiceContext:
    store: Store
    device_id: str
    signer: CardSigner
    clock: Clock = field(default=system_clock)

    def now(self) -> dt.datetime:
        moment = self.clock()
        if moment.tzinfo is None:
            raise ValueError("the clock must give aware datetimes")
        return moment

    def record(
        self,
        session: Session,
        entity: str,
        entity_id: str,
        op: str,
        payload: dict[str, Any],
        *,
        at: dt.datetime | None = None,
        personal: bool = False,
    ) -> OutboxEvent:
        """Append an outbox event in the caller's transaction, so the change and its upload
        record are committed together or not at all."""
        row = self.outbox_row(entity, entity_id, op, payload, at or self.now(), personal=personal)
        event = OutboxEvent(**row)
        session.add(event)
        return event

    @functools.cached_property
    def records(self) -> RecordMaker:
        return RecordMaker(cipher=self.store.cipher, signer=self.signer, device_id=self.device_id)

    def outbox_row(
        self,
        entity: str,
        entity_id: str,
        op: str,
        payload: dict[str, Any],
        at: dt.datetime,
        *,
        personal: bool = False,
    ) -> dict[str, Any]:
        """The column values of one outbox event, for bulk inserts in the caller's
        transaction (same rule as :meth:`record`)."""
        return self.records.outbox_row(entity, entity_id, op, payload, at, personal=personal)


@dataclass(frozen=True)
class RecordMaker:
    """What writing records needs of this device besides the store: its id, the cipher that
    seals personal data and the card signer. Pickles, so that the workers of a process pool
    can prepare rows that the one writer then stores (bulk registration)."""

    cipher: PersonalDataCipher
    signer: CardSigner
    device_id: str

    def outbox_row(
        self,
        entity: str,
        entity_id: str,
        op: str,
        payload: dict[str, Any],
        at: dt.datetime,
        *,
        personal: bool = False,
    ) -> dict[str, Any]:
        """The column values of one outbox event. A ``personal`` payload is sealed at rest
        like the record itself; the sync client opens it for upload."""
        event_id = new_id()
        body = {**payload, "device_id": self.device_id}
        if personal:
            body = self.cipher.seal_payload(body, row=event_id)
        return {
            "id": event_id,
            "entity": entity,
            "entity_id": entity_id,
            "op": op,
            "payload": body,
            "created_at": at,
            "utc_offset_min": utc_offset_minutes(at),
            "status": "pending",
            "attempts": 0,
        }


_PLAIN = (str, int, float, bool, type(None))


def jsonable(value: object) -> object:
    if type(value) in _PLAIN:  # the common case, checked first: this runs for every column
        return value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def row_payload(row: object, *, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The columns of a model instance as JSON-ready values, for outbox events."""
    table = row.__table__  # type: ignore[attr-defined]
    return {
        column.key: jsonable(getattr(row, column.key))
        for column in table.columns
        if column.key not in exclude
    }


def dict_payload(values: dict[str, Any]) -> dict[str, Any]:
    """Column values given as a dict (bulk inserts) as JSON-ready values."""
    return {key: jsonable(value) for key, value in values.items()}
