"""Hypothesis against the push endpoint: malformed or oversized bodies get a clean 4xx and
nothing is stored."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.services.kiosk import KioskServices
from kiosk.sync.protocol import PUSH_COLUMNS_TYPE, WireEvent, encode_columns
from server.models import Event
from tests.servers import ServerProcess
from tests.synchelpers import enrol, server_count

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
good_event = {
    "id": "01900000-0000-7000-8000-0000000000bb",
    "seq": 1,
    "entity": "staff_login",
    "entity_id": "x",
    "op": "ok",
    "created_at": "2026-03-02T09:30:00+07:00",
    "utc_offset_min": 420,
    "payload": {},
}
broken_event = st.fixed_dictionaries(
    {},
    optional={key: json_values | st.just(value) for key, value in good_event.items()},
).filter(lambda event: event != good_event)


def _body(device_id: str) -> st.SearchStrategy[Any]:
    return st.one_of(
        json_values,
        st.fixed_dictionaries(
            {
                "device_id": st.just(device_id) | st.text(max_size=40),
                "sent_at": st.just("2026-03-02T09:30:00+07:00") | st.text(max_size=30),
                "events": st.lists(broken_event, min_size=0, max_size=3),
            }
        ),
    )


@pytest.fixture
def pusher(kiosk: KioskServices, server: ServerProcess) -> tuple[ServerProcess, str, str]:
    enrol(kiosk, server)
    return server, kiosk.sync.token_path.read_text(), kiosk.ctx.device_id


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_malformed_push_is_a_clean_4xx(
    pusher: tuple[ServerProcess, str, str], data: st.DataObject
) -> None:
    server, token, device_id = pusher
    before = server_count(server, Event, Event.device_id == device_id)
    body = data.draw(_body(device_id))
    raw = json.dumps(body).encode()
    if data.draw(st.booleans()):
        raw = gzip.compress(raw)
        headers = {"Content-Encoding": "gzip"}
    else:
        headers = {}
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    headers["Authorization"] = f"Bearer {token}"
    answer = requests.post(server.url + "/api/v1/push", data=raw, headers=headers, timeout=30)
    assert 400 <= answer.status_code < 500 or (
        answer.status_code == 200
        and all(r["status"] == "rejected" for r in answer.json()["results"])
    ), answer.text
    assert "Traceback" not in answer.text
    assert server_count(server, Event, Event.device_id == device_id) == before


@pytest.mark.parametrize(
    "make",
    [
        lambda: b"\x1f\x8b" + b"garbage",
        lambda: gzip.compress(b"[" * 2_000_000 + b"]" * 2_000_000),  # bomb: small, huge inside
        lambda: gzip.compress(json.dumps({"events": [good_event] * 5000}).encode()),
        lambda: json.dumps(
            {
                "device_id": "x",
                "sent_at": "x",
                "events": [{**good_event, "payload": {"k": "v" * 20_000}}],
            }
        ).encode(),
    ],
    ids=["bad-gzip", "gzip-bomb", "too-many-events", "payload-too-large"],
)
def test_oversized_and_broken_bodies(pusher: tuple[ServerProcess, str, str], make: Any) -> None:
    server, token, device_id = pusher
    raw = make()
    headers = {"Authorization": f"Bearer {token}"}
    if raw[:2] == b"\x1f\x8b":
        headers["Content-Encoding"] = "gzip"
    answer = requests.post(server.url + "/api/v1/push", data=raw, headers=headers, timeout=60)
    assert 400 <= answer.status_code < 500
    assert server_count(server, Event, Event.device_id == device_id) == 0


good_group = {
    "entity": "staff_login",
    "op": "ok",
    "id": ["01900000-0000-7000-8000-0000000000cc"],
    "seq": [1],
    "entity_id": ["x"],
    "created_at": ["2026-03-02T09:30:00+07:00"],
    "utc_offset_min": [420],
    "copied": {"device_id": "device_id"},
    "payload": {"note": ["hi"]},
}
broken_group = st.fixed_dictionaries(
    {},
    optional={key: json_values | st.just(value) for key, value in good_group.items()},
).filter(lambda group: group != good_group)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_malformed_compact_push_is_a_clean_4xx(
    pusher: tuple[ServerProcess, str, str], data: st.DataObject
) -> None:
    server, token, device_id = pusher
    before = server_count(server, Event, Event.device_id == device_id)
    body = data.draw(
        st.one_of(
            json_values,
            st.fixed_dictionaries(
                {
                    "device_id": st.just(device_id) | st.text(max_size=40),
                    "sent_at": st.just("2026-03-02T09:30:00+07:00") | st.text(max_size=30),
                    "groups": st.lists(broken_group, min_size=0, max_size=3),
                },
                optional={"pull_cursor": json_values},
            ),
        )
    )
    raw = gzip.compress(json.dumps(body).encode())
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    headers = {
        "Authorization": f"Bearer {token}",
        "Content-Encoding": "gzip",
        "Content-Type": PUSH_COLUMNS_TYPE,
    }
    answer = requests.post(server.url + "/api/v1/push", data=raw, headers=headers, timeout=30)
    assert 400 <= answer.status_code < 500 or (
        answer.status_code == 200 and set(answer.json()["status"]) == {"rejected"}
    ), answer.text
    assert "Traceback" not in answer.text
    assert server_count(server, Event, Event.device_id == device_id) == before


def test_compact_push_with_a_bad_cursor_still_stores_and_skips_the_pull(
    pusher: tuple[ServerProcess, str, str],
) -> None:
    server, token, device_id = pusher
    event = WireEvent(
        id="01900000-0000-7000-8000-0000000000dd",
        seq=1,
        entity="staff_login",
        entity_id="x",
        op="ok",
        created_at=dt.datetime.now(dt.UTC),
        utc_offset_min=0,
        payload={"device_id": device_id},
    )
    headers = {"Authorization": f"Bearer {token}", "Content-Type": PUSH_COLUMNS_TYPE}
    for cursor, pulled in (("v2.nonsense", False), ("", True)):
        body = encode_columns(device_id, dt.datetime.now(dt.UTC), [event], pull_cursor=cursor)
        answer = requests.post(server.url + "/api/v1/push", json=body, headers=headers, timeout=30)
        assert answer.status_code == 200, answer.text
        reply = answer.json()
        assert reply["status"] == ["accepted" if not pulled else "duplicate"]
        assert (reply["pull"] is not None) is pulled
    assert server_count(server, Event, Event.device_id == device_id) == 1
