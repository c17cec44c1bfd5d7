"""Findings 6, 7 and the gzip item of 12, as an attacker with one enrolled device and a plain
HTTP client would try them against the real server: every hostile input gets a 4xx or a
per-event ``rejected``, never a 5xx, and nothing is stored (the server checks every payload
with kiosk.sync.entities and every cursor with kiosk.sync.protocol.decode_cursor)."""

from __future__ import annotations

import gzip
import json
from typing import Any

import pytest
import requests

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from server.models import Device, Event, Person
from tests.servers import ServerProcess
from tests.synchelpers import enrol, server_count

TIME = "2026-03-02T09:30:00+07:00"


class Attacker:
    """One enrolled device, a token, and requests."""

    def __init__(self, kiosk: KioskServices, target: ServerProcess) -> None:
        enrol(kiosk, target)
        self.server = target
        self.device_id = kiosk.ctx.device_id
        self.token = kiosk.sync.token_path.read_text().strip()

    def stored(self) -> int:
        return server_count(self.server, Event, Event.device_id == self.device_id)

    def push(self, body: dict[str, Any] | bytes, **headers: str) -> requests.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return requests.post(
            self.server.url + "/api/v1/push",
            data=raw,
            headers={
                "Authorization": f"Bearer {self.token}",
                "Content-Type": "application/json",
                **headers,
            },
            timeout=30,
        )

    def event(self, entity: str, payload: dict[str, Any], **envelope: Any) -> dict[str, Any]:
        return {
            "id": new_id(),
            "seq": 1,
            "entity": entity,
            "entity_id": payload.get("id", new_id()),
            "op": "create",
            "created_at": TIME,
            "utc_offset_min": 420,
            "payload": payload,
            **envelope,
        }

    def batch(self, *events: dict[str, Any], **body: Any) -> dict[str, Any]:
        return {"device_id": self.device_id, "sent_at": TIME, "events": list(events), **body}


@pytest.fixture
def attacker(kiosk: KioskServices, server: ServerProcess) -> Attacker:
    return Attacker(kiosk, server)


def _refused(answer: requests.Response) -> bool:
    if 400 <= answer.status_code < 500:
        return "Traceback" not in answer.text
    results = answer.json().get("results", []) if answer.status_code == 200 else []
    return bool(results) and all(result["status"] == "rejected" for result in results)


def _scan(**overrides: Any) -> dict[str, Any]:
    payload = {
        "id": new_id(),
        "session_id": new_id(),
        "card_id": "ABCDEFGHIJKLMNOP",
        "applicant_id": new_id(),
        "kind": "check_in",
        "admitted_by": None,
        "local_day": "2026-03-02",
        "recorded_at": TIME,
        "utc_offset_min": 420,
        "staff_id": None,
    }
    payload.update(overrides)
    return payload


@pytest.mark.parametrize(
    "envelope",
    [
        {"seq": "5"},
        {"seq": 5.0},
        {"seq": True},
        {"created_at": "0001-01-01T00:00:00+14:00"},
        {"created_at": "9999-12-31T23:59:59+00:00"},
        {"created_at": 1767225600},
        {"utc_offset_min": "420"},
        {"entity_id": "x\x00"},
    ],
    ids=repr,
)
def test_an_ill_typed_envelope_is_a_4xx(attacker: Attacker, envelope: dict[str, Any]) -> None:
    answer = attacker.push(attacker.batch(attacker.event("staff_login", {}, **envelope)))
    assert 400 <= answer.status_code < 500, answer.text
    assert attacker.stored() == 0


@pytest.mark.parametrize("sent_at", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59+00:00"])
def test_sent_at_out_of_range_is_a_4xx(attacker: Attacker, sent_at: str) -> None:
    answer = attacker.push(attacker.batch(attacker.event("staff_login", {}), sent_at=sent_at))
    assert answer.status_code == 400, answer.text
    assert attacker.stored() == 0


@pytest.mark.parametrize(
    "raw",
    [
        b'{"where": NaN}',
        b'{"where": Infinity}',
        b'{"where": -Infinity}',
        b'{"where": 1e400}',
        b'{"where": "a\\u0000b"}',
        b'{"wh\\u0000ere": 1}',
        b'{"where": [NaN]}',
    ],
)
def test_nan_infinity_and_nul_anywhere_in_a_payload_are_a_4xx(
    attacker: Attacker, raw: bytes
) -> None:
    event = json.dumps(attacker.event("staff_login", {"k": "PLACEHOLDER"}))
    event = event.replace('{"k": "PLACEHOLDER"}', raw.decode())
    body = json.dumps(attacker.batch()).replace('"events": []', f'"events": [{event}]')
    answer = attacker.push(body.encode())
    assert answer.status_code == 400, answer.text
    assert attacker.stored() == 0


def test_bytes_after_the_gzip_stream_are_refused(attacker: Attacker) -> None:
    body = gzip.compress(json.dumps(attacker.batch(attacker.event("staff_login", {}))).encode())
    for tail in (b"junk", gzip.compress(b"{}")):
        answer = attacker.push(body + tail, **{"Content-Encoding": "gzip"})
        assert answer.status_code == 400, answer.text
        assert "after the gzip stream" in answer.json()["detail"]
    assert attacker.stored() == 0
    assert attacker.push(body, **{"Content-Encoding": "gzip"}).status_code == 200  # as sent


@pytest.mark.parametrize(
    "device_time", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59+00:00", "2026-03-02T09:30"]
)
def test_enrolment_with_an_absurd_device_time_is_a_4xx(
    server: ServerProcess,
    device_time: str,
) -> None:
    code = server.enrolment_code()
    devices = server_count(server, Device)
    body = {
        "code": code,
        "device_id": new_id(),
        "key_id": "0011223344556677",
        "public_key": "ab" * 32,
        "device_time": device_time,
        "label": "x",
    }
    answer = requests.post(server.url + "/api/v1/enrol", json=body, timeout=30)
    assert answer.status_code == 400, answer.text
    assert server_count(server, Device) == devices


def test_a_nul_in_the_enrolment_label_is_a_4xx(server: ServerProcess) -> None:
    devices = server_count(server, Device)
    body = {
        "code": server.enrolment_code(),
        "device_id": new_id(),
        "key_id": "0011223344556677",
        "public_key": "ab" * 32,
        "device_time": TIME,
        "label": "kios\x00A",
    }
    answer = requests.post(server.url + "/api/v1/enrol", json=body, timeout=30)
    assert answer.status_code == 400, answer.text
    assert server_count(server, Device) == devices


@pytest.mark.parametrize(
    "cursor",
    ["v1.²", "v1.٣", "v1.３", "v1.5\n", "v1.-5", "v2.5", "v1.1234567890123456789"],
)
def test_a_lookalike_cursor_is_a_4xx(attacker: Attacker, cursor: str) -> None:
    for token in (attacker.token, None):  # the finding: even without a token
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = requests.get(
            attacker.server.url + "/api/v1/pull",
            params={"cursor": cursor},
            headers=headers,
            timeout=30,
        )
        assert 400 <= answer.status_code < 500, answer.text


@pytest.mark.parametrize(
    "overrides",
    [
        {"recorded_at": "0001-01-01T00:00:00+14:00"},
        {"recorded_at": "9999-12-31T23:59:59+00:00"},
        {"local_day": "9999-12-31"},
        {"kind": "check_in", "card_id": "ABCDEFGHIJKLMNOP\n"},
    ],
    ids=repr,
)
def test_an_absurd_scan_is_rejected_never_a_5xx(
    attacker: Attacker, overrides: dict[str, Any]
) -> None:
    scan = _scan(**overrides)
    answer = attacker.push(attacker.batch(attacker.event("attendance_event", scan)))
    assert _refused(answer), answer.text
    assert attacker.stored() == 0


@pytest.mark.parametrize(
    "nik", ["٣٢٧٣٠١٥٧٠٨٩٠٩٠٠١", "3273015708909001\n", "３２７３０１５７０８９０９００１"]
)
def test_a_lookalike_nik_never_becomes_a_person(attacker: Attacker, nik: str) -> None:
    people = server_count(attacker.server, Person)
    applicant = {"id": new_id(), "nik": nik, "full_name": "Siti"}
    answer = attacker.push(attacker.batch(attacker.event("applicant", applicant)))
    assert _refused(answer), answer.text
    assert server_count(attacker.server, Person) == people
    assert attacker.stored() == 0
