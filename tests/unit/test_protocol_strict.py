"""The protocol's strict edges: pull cursors in ASCII digits only, JSON without NaN or NUL,
nothing after a gzip stream, strict message types and a sane time range."""

from __future__ import annotations

import contextlib
import gzip
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.sync.protocol import (
    BadCursor,
    EnrolRequest,
    ProtocolError,
    PushRequest,
    decode_cursor,
    encode_cursor,
    gunzip_limited,
    load_json,
    parse_message,
)


@pytest.mark.parametrize(
    "cursor", ["v1.²", "v1.٣", "v1.３", "v1.5\n", "v1.-5", "v1.", "v2.5", "v1.5 "]
)
def test_strict_cursor_refuses_lookalike_digits(cursor: str) -> None:
    with pytest.raises(BadCursor):
        decode_cursor(cursor)


@given(seq=st.integers(0, 10**18 - 1))
def test_cursor_round_trips(seq: int) -> None:
    assert decode_cursor(encode_cursor(seq)) == seq
    assert decode_cursor("") == decode_cursor(None) == 0


@given(text=st.text(max_size=25))
def test_any_cursor_decodes_or_is_bad_cursor(text: str) -> None:
    with contextlib.suppress(BadCursor):
        assert decode_cursor(text) >= 0


@given(value=st.recursive(st.floats() | st.text() | st.integers(), st.lists, max_leaves=5))
def test_load_json_refuses_nan_and_nul_or_returns_clean_json(value: object) -> None:
    raw = json.dumps({"v": value})
    try:
        loaded = load_json(raw)
    except ProtocolError:
        assert "NaN" in raw or "Infinity" in raw or "\\u0000" in raw
        return
    assert loaded == {"v": value}


def test_gunzip_refuses_bytes_after_the_stream() -> None:
    body = gzip.compress(b"{}")
    assert gunzip_limited(body) == b"{}"
    for tail in (b"x", gzip.compress(b"[]"), b"\x00"):
        with pytest.raises(ProtocolError, match="after the gzip stream"):
            gunzip_limited(body + tail)


@pytest.mark.parametrize(
    "change",
    [
        {"seq": "5"},
        {"seq": True},
        {"created_at": "0001-01-01T00:00:00+14:00"},
        {"created_at": "9999-12-31T23:59:59+00:00"},
        {"created_at": 0},
        {"payload": {"x": float("nan")}},
        {"payload": {"x": "a\x00"}},
        {"payload": {"a\x00": 1}},
        {"entity_id": "a\x00"},
    ],
    ids=repr,
)
def test_push_messages_are_strict(change: dict[str, object]) -> None:
    event = {
        "id": "01900000-0000-7000-8000-0000000000bb",
        "seq": 1,
        "entity": "staff_login",
        "entity_id": "x",
        "op": "ok",
        "created_at": "2026-03-02T09:30:00+07:00",
        "utc_offset_min": 420,
        "payload": {},
    }
    body = {"device_id": event["id"], "sent_at": event["created_at"], "events": [event]}
    assert parse_message(PushRequest, json.dumps(body).encode())
    event.update(change)
    with pytest.raises(ProtocolError):
        parse_message(PushRequest, json.dumps(body).encode())


@pytest.mark.parametrize("label", ["kios\x00", "x" * 81])
def test_enrol_label_has_no_nul_and_a_bound(label: str) -> None:
    body = {
        "code": "ABCD-EFGH",
        "device_id": "01900000-0000-7000-8000-0000000000bb",
        "key_id": "0011223344556677",
        "public_key": "ab" * 32,
        "device_time": "2026-03-02T09:30:00+07:00",
        "label": label,
    }
    with pytest.raises(ProtocolError):
        parse_message(EnrolRequest, json.dumps(body).encode())
