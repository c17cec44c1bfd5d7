"""The compact push layout: lossless round trip, shape checks and per-event payload limits."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import ValidationError

from kiosk.sync.protocol import (
    MAX_BATCH_EVENTS,
    MAX_EVENT_PAYLOAD_BYTES,
    ProtocolError,
    PushColumns,
    WireEvent,
    check_payload,
    encode_columns,
)

DEVICE = "01900000-0000-7000-8000-000000000001"
OTHER = "01900000-0000-7000-8000-000000000002"
WIB = dt.timezone(dt.timedelta(hours=7))


def _event(n: int, entity: str = "attendance_event", **payload: Any) -> WireEvent:
    entity_id = f"01900000-0000-7000-8000-{n:012x}"
    return WireEvent(
        id=f"01900000-0000-7000-9000-{n:012x}",
        seq=n,
        entity=entity,
        entity_id=entity_id,
        op="create",
        created_at=dt.datetime(2026, 3, 2, 9, 30, n % 60, tzinfo=WIB),
        utc_offset_min=420,
        payload={"id": entity_id, "device_id": DEVICE, "utc_offset_min": 420, **payload},
    )


def _decode(body: dict[str, Any]) -> list[WireEvent]:
    return PushColumns.model_validate_json(json.dumps(body)).events()


def test_round_trip_keeps_order_and_every_payload_exactly() -> None:
    events = [
        _event(1, kind="check_in", card_id="ABCDEFGHIJKLMNOP", admitted_by=None),
        _event(2, kind="check_in", card_id="ABCDEFGHIJKLMNOP", admitted_by=None),
        _event(3, "applicant", full_name="Siti Nurhaliza ü", reasons=["a", {"b": [1]}]),
        _event(4, kind="check_out", card_id="ABCDEFGHIJKLMNOP", admitted_by=None),
    ]
    # Values that only look like the envelope's are sent as they are.
    odd = _event(5, kind="check_in")
    odd.payload.update(id=OTHER, device_id=OTHER, utc_offset_min=True)
    no_copies = _event(6, kind="check_in")
    for key in ("id", "device_id", "utc_offset_min"):
        del no_copies.payload[key]
    events += [odd, no_copies]
    sent = dt.datetime(2026, 3, 2, 10, 0, tzinfo=WIB)
    body = encode_columns(DEVICE, sent, events, pull_cursor="v1.3")
    assert [len(group["id"]) for group in body["groups"]] == [2, 1, 1, 1, 1]
    assert body["groups"][0]["copied"] == {
        "id": "entity_id",
        "device_id": "device_id",
        "utc_offset_min": "utc_offset_min",
    }
    assert "id" not in body["groups"][0]["payload"]
    message = PushColumns.model_validate_json(json.dumps(body))
    assert message.pull_cursor == "v1.3" and message.sent_at == sent
    decoded = message.events()
    assert decoded == events
    assert decoded[4].payload["utc_offset_min"] is True


@pytest.mark.parametrize(
    "breakage",
    [
        lambda g: g["seq"].append(9),
        lambda g: g["payload"]["kind"].pop(),
        lambda g: g["copied"].update(kind="entity_id"),
        lambda g: g["copied"].update(x="nik"),
        lambda g: g["created_at"].__setitem__(0, "2026-03-02T09:30:00"),
        lambda g: g["id"].__setitem__(0, "not-an-id"),
        lambda g: g["seq"].__setitem__(0, 0),
    ],
)
def test_a_group_of_the_wrong_shape_is_refused(breakage: Any) -> None:
    body = encode_columns(DEVICE, dt.datetime.now(dt.UTC), [_event(1, kind="check_in")])
    breakage(body["groups"][0])
    with pytest.raises(ValidationError):
        PushColumns.model_validate_json(json.dumps(body))


def test_at_most_max_batch_events_over_all_groups() -> None:
    events = [_event(n, "staff_login" if n % 2 else "attendance_event") for n in range(1, 5002)]
    body = encode_columns(DEVICE, dt.datetime.now(dt.UTC), events)
    assert len(body["groups"]) > 1 and len(events) > MAX_BATCH_EVENTS
    with pytest.raises(ValidationError):
        PushColumns.model_validate_json(json.dumps(body))


def test_payload_limits_hold_per_event() -> None:
    big = _event(1, note="x" * MAX_EVENT_PAYLOAD_BYTES)
    deep = _event(2, nested={"a": {"b": {"c": {"d": 1}}}})
    for event in (big, deep):
        body = encode_columns(DEVICE, dt.datetime.now(dt.UTC), [event])
        with pytest.raises(ProtocolError):
            _decode(body)


@pytest.mark.parametrize("text", ["a", "é", "😀", '"', "\n"])
def test_the_cheap_size_bound_agrees_with_the_exact_size(text: str) -> None:
    for count in range(1, MAX_EVENT_PAYLOAD_BYTES, 97):
        payload = {"k": text * count, "n": [1, None, True, 2.5]}
        exact = len(json.dumps(payload, separators=(",", ":")))
        if exact > MAX_EVENT_PAYLOAD_BYTES:
            with pytest.raises(ValueError, match="too large"):
                check_payload(payload)
        else:
            check_payload(payload)
    check_payload({"a": {"b": {"c": [1]}}})
    with pytest.raises(ValueError, match="deeply"):
        check_payload({"a": {"b": {"c": [[1]]}}})
    with pytest.raises(ValueError, match="integer string conversion"):
        check_payload({"big": 10**5000})
