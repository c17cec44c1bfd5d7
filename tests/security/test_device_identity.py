"""Finding 3 and part of 12: device takeover by enrolment, code guessing, invalid keys,
revoked devices, token expiry and rotation, each tried as an attacker would with plain HTTP
against the real server process."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update

from kiosk.services.kiosk import KioskServices
from kiosk.services.sync import SyncError
from kiosk.sync.identity import (
    add_points,
    decode_point,
    encode_point,
    multiply_point,
    sign_enrol_proof,
)
from server.accounts import _digest
from server.models import ChangeLog, Device, EnrolmentCode, TrustedKey
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.security.servers import ConfiguredServer, audit_rows, post_json, utc_now
from tests.servers import ServerProcess, make_database_url
from tests.synchelpers import enrol, fast_backoff, server_count

ENROL = "/api/v1/enrol"


def new_key() -> tuple[Ed25519PrivateKey, bytes]:
    key = Ed25519PrivateKey.generate()
    return key, key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def enrolment(code: str, device_id: str, public: bytes) -> dict[str, Any]:
    return {
        "code": code,
        "device_id": device_id,
        "key_id": hashlib.sha256(public).digest()[:8].hex(),
        "public_key": public.hex(),
        "device_time": utc_now().isoformat(),
        "label": "not-a-kiosk",
    }


def device_row(server: ServerProcess, device_id: str) -> tuple[Any, ...]:
    db = server.database()
    try:
        with db.transaction() as session:
            device = session.get(Device, device_id)
            assert device is not None
            return (
                device.token_hash,
                device.key_id,
                device.site,
                device.label,
                device.token_expires_at,
                device.revoked_at,
            )
    finally:
        db.close()


def code_used(server: ServerProcess, code: str) -> bool:
    db = server.database()
    try:
        with db.transaction() as session:
            normal = code.replace("-", "").upper()
            row = session.get(EnrolmentCode, _digest(normal))
            assert row is not None
            return row.used_at is not None
    finally:
        db.close()


def pull_status(server: ServerProcess, token: str) -> tuple[int, str]:
    answer = requests.get(
        server.url + "/api/v1/pull", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    return answer.status_code, answer.json().get("code", "") if answer.status_code != 200 else ""


@pytest.fixture
def live_kiosk(kiosk: KioskServices, clock: SettableClock) -> KioskServices:
    """A kiosk whose clock reads the real time (the server checks signed enrolments
    against its own clock)."""
    clock.moment = dt.datetime.now(dt.UTC).astimezone(clock.moment.tzinfo)
    return kiosk


def test_takeover_with_a_fresh_code_and_a_victims_id_is_refused(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    victim = live_kiosk
    victim.registration.register(applicant_form())
    enrol(victim, server)
    assert victim.sync.run(backoff=fast_backoff()).complete
    before = device_row(server, victim.ctx.device_id)
    changes_before = server_count(server, ChangeLog)

    # The attacker holds one legitimate code (for the victim's site, even) and the victim's
    # device id, which every kiosk pulls. Without proof, with a forged token, and with a
    # signature by the attacker's own key: all refused.
    code = server.enrolment_code()
    key, public = new_key()
    body = enrolment(code, victim.ctx.device_id, public)
    forged = sign_enrol_proof(
        key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        ),
        code,
        victim.ctx.device_id,
        public.hex(),
        utc_now(),
    )
    for proof in (None, "Bearer k3t_forged", forged):
        headers = {"Authorization": proof} if proof else {}
        answer = requests.post(server.url + ENROL, json=body, headers=headers, timeout=10)
        assert answer.status_code == 409, answer.text
        assert answer.json()["code"] == "device_exists"
        assert "token" not in answer.json()

    # Nothing changed: same token, key, site; the attacker's key is trusted nowhere.
    assert device_row(server, victim.ctx.device_id) == before
    assert server_count(server, TrustedKey, TrustedKey.key_id == body["key_id"]) == 0
    assert server_count(server, ChangeLog) == changes_before
    assert not code_used(server, code)  # the site admin's code still works
    victim.registration.register(applicant_form())
    assert victim.sync.run(backoff=fast_backoff()).complete
    refused = [
        row
        for row in audit_rows(server, "enrol")
        if row.device_id == victim.ctx.device_id and row.outcome == "refused"
    ]
    assert [row.reason for row in refused][-3:] == ["device_exists"] * 3
    assert refused[-1].client == "127.0.0.1"


def test_a_device_enrols_again_only_with_proof_of_possession(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    old_token = kiosk.sync.token_path.read_text()
    # The kiosk itself proves it holds its key (a signature) and gets a new token.
    enrol(kiosk, server)
    new_token = kiosk.sync.token_path.read_text()
    assert new_token != old_token
    assert pull_status(server, old_token) == (401, "bad_token")
    assert pull_status(server, new_token) == (200, "")
    # Its current token is proof too (e.g. its key file was lost and made anew).
    code = server.enrolment_code()
    body = enrolment(code, kiosk.ctx.device_id, kiosk.ctx.signer.public_bytes())
    answer = requests.post(
        server.url + ENROL, json=body, headers={"Authorization": f"Bearer {new_token}"}, timeout=10
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["device_id"] == kiosk.ctx.device_id


def test_a_signature_from_long_ago_is_no_proof(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    before = device_row(server, kiosk.ctx.device_id)
    code = server.enrolment_code()
    public = kiosk.ctx.signer.public_bytes()
    stale = sign_enrol_proof(
        kiosk.ctx.signer.private_bytes(),
        code,
        kiosk.ctx.device_id,
        public.hex(),
        utc_now() - dt.timedelta(hours=2),
    )
    body = enrolment(code, kiosk.ctx.device_id, public)
    answer = requests.post(
        server.url + ENROL, json=body, headers={"Authorization": stale}, timeout=10
    )
    assert (answer.status_code, answer.json()["code"]) == (409, "device_exists")
    assert device_row(server, kiosk.ctx.device_id) == before


@pytest.fixture(params=["sqlite", "postgresql"])
def limited_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ConfiguredServer]:
    """A server with small enrolment limits (`serve` options, as an operator sets them)."""
    process = ConfiguredServer(
        make_database_url(request.param, tmp_path),
        tmp_path / "server.log",
        options=["--enrol-limit-per-address", "4", "--enrol-limit-total", "7"],
    )
    process.start()
    try:
        yield process
    finally:
        process.stop()


def test_guessing_codes_hits_429_per_address_and_in_total(
    limited_server: ConfiguredServer, kiosk: KioskServices
) -> None:
    server = limited_server
    url = server.url + ENROL

    def guess(source: str, n: int) -> tuple[int, dict[str, str], dict[str, Any]]:
        _key, public = new_key()
        body = enrolment(f"GUES-SNUM-{n:04d}", f"01900000-0000-7000-8000-{n:012d}", public)
        return post_json(url, body, source=source)

    statuses = [guess("127.0.0.1", n)[0] for n in range(4)]
    assert statuses == [401] * 4
    status, headers, body = guess("127.0.0.1", 5)
    assert status == 429 and body["code"] == "too_many_attempts"
    assert 0 < int(headers["retry-after"]) <= 900
    # Even the right code waits now: guessing stopped before the code was looked at.
    good = server.enrolment_code()
    _key, public = new_key()
    status, _, _ = post_json(url, enrolment(good, "01900000-0000-7000-8000-0000000000aa", public))
    assert status == 429
    assert not code_used(server, good)
    with pytest.raises(SyncError) as waiting:  # what the site admin is told
        kiosk.sync.enroll(server.url, good)
    assert waiting.value.message.code == "sync.enrol_rate_limited"
    assert "detik" in waiting.value.render("id")
    assert not code_used(server, good)

    # Another address is not held back by the first one's failures ...
    assert guess("127.0.0.2", 10)[0] == 401
    assert guess("127.0.0.3", 11)[0] == 401
    # ... and a success from it costs nothing against the limits.
    status, _, _ = post_json(
        url,
        enrolment(server.enrolment_code(), "01900000-0000-7000-8000-0000000000bb", public),
        source="127.0.0.2",
    )
    assert status == 200
    # The total (7) is reached with a third address, so everyone waits.
    assert guess("127.0.0.4", 12)[0] == 401
    status, headers, _ = guess("127.0.0.5", 13)
    assert status == 429 and int(headers["retry-after"]) > 0

    rows = audit_rows(server, "enrol")
    reasons = [(row.outcome, row.reason) for row in rows]
    assert reasons.count(("refused", "bad_code")) == 7
    assert ("refused", "rate_limited") in reasons
    assert {row.client for row in rows if row.reason == "bad_code"} == {
        "127.0.0.1",
        "127.0.0.2",
        "127.0.0.3",
        "127.0.0.4",
    }
    log = server.log_text()
    assert log.count("WARNING server.audit refused enrol: bad_code") == 7
    assert "refused enrol: rate_limited" in log


def test_parallel_guesses_cannot_slip_past_the_limit(limited_server: ConfiguredServer) -> None:
    """Attempts are counted before they are judged, so 24 guesses at once from one address
    (several connections, the server's worker threads) still get exactly 4 answers."""
    from concurrent.futures import ThreadPoolExecutor

    url = limited_server.url + ENROL

    def guess(n: int) -> int:
        _key, public = new_key()
        body = enrolment(f"PARA-LLEL-{n:04d}", f"01900000-0000-7000-8000-{n:012d}", public)
        return post_json(url, body)[0]

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(guess, range(24)))
    assert sorted(statuses) == [401] * 4 + [429] * 20


def _torsion_points() -> list[bytes]:
    """The eight points of small order, found as L * P for curve points P."""
    order = 2**252 + 27742317777372353535851937790883648493
    found: set[bytes] = set()
    y = 2
    while len(found) < 8:
        point = decode_point(y.to_bytes(32, "little"))
        if point is not None:
            found.add(encode_point(multiply_point(order, point)))
        y += 1
    return sorted(found)


def _not_a_point() -> bytes:
    y = 2
    while decode_point(y.to_bytes(32, "little")) is not None:
        y += 1
    return y.to_bytes(32, "little")


def test_invalid_public_keys_are_refused(tmp_path: Path) -> None:
    server = ConfiguredServer(
        make_database_url("sqlite", tmp_path),
        tmp_path / "server.log",
        options=["--enrol-limit-per-address", "100"],
    )
    server.start()
    try:
        _key, honest = new_key()
        honest_point = decode_point(honest)
        assert honest_point is not None
        torsion = _torsion_points()
        eight = decode_point(torsion[3])
        assert eight is not None
        mixed = encode_point(add_points(honest_point, eight))  # a key plus a torsion part
        bad_keys = [*torsion, _not_a_point(), mixed, (2**255 - 19 + 1).to_bytes(32, "little")]
        changes = server_count(server, ChangeLog)
        for n, public in enumerate(bad_keys):
            code = server.enrolment_code()
            body = enrolment(code, f"01900000-0000-7000-8000-{500 + n:012d}", public)
            answer = requests.post(server.url + ENROL, json=body, timeout=10)
            assert (answer.status_code, answer.json()["code"]) == (400, "bad_key"), public.hex()
            assert not code_used(server, code)
        # Not even a key's shape (31 bytes): refused when read, audited all the same.
        short = enrolment(server.enrolment_code(), f"01900000-0000-7000-8000-{600:012d}", honest)
        short["public_key"] = short["public_key"][:62]
        answer = requests.post(server.url + ENROL, json=short, timeout=10)
        assert (answer.status_code, answer.json()["code"]) == (400, "invalid")
        assert server_count(server, TrustedKey) == 0
        assert server_count(server, Device) == 0
        assert server_count(server, ChangeLog) == changes
        reasons = [row.reason for row in audit_rows(server, "enrol")]
        assert reasons == ["bad_key"] * len(bad_keys) + ["invalid"]
    finally:
        server.stop()


def test_a_revoked_device_gets_403_everywhere(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    token = kiosk.sync.token_path.read_text()
    assert server.cli("revoke-device", kiosk.ctx.device_id).returncode == 0
    auth = {"Authorization": f"Bearer {token}"}
    event = {
        "id": "01900000-0000-7000-8000-0000000000cc",
        "seq": 1,
        "entity": "staff_login",
        "entity_id": "x",
        "op": "ok",
        "created_at": utc_now().isoformat(),
        "utc_offset_min": 0,
        "payload": {},
    }
    push = {"device_id": kiosk.ctx.device_id, "sent_at": utc_now().isoformat(), "events": [event]}
    answers = [
        requests.post(server.url + "/api/v1/push", json=push, headers=auth, timeout=10),
        requests.get(server.url + "/api/v1/pull", headers=auth, timeout=10),
        requests.post(server.url + "/api/v1/token", headers=auth, timeout=10),
    ]
    for answer in answers:
        assert (answer.status_code, answer.json()["code"]) == (403, "device_revoked")
    before = device_row(server, kiosk.ctx.device_id)
    with pytest.raises(SyncError) as refused:  # enrolling again with a new code and proof
        enrol(kiosk, server)
    assert refused.value.message.code == "sync.enrol_revoked"
    assert device_row(server, kiosk.ctx.device_id) == before
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.error is not None and report.error.code == "sync.device_revoked"


def _expire(server: ServerProcess, device_id: str) -> None:
    """What 90 days do to a token (the server's clock cannot be moved)."""
    db = server.database()
    try:
        with db.transaction() as session:
            session.execute(
                update(Device)
                .where(Device.id == device_id)
                .values(token_expires_at=utc_now() - dt.timedelta(seconds=1))
            )
    finally:
        db.close()


def test_an_expired_token_is_401_token_expired_and_the_kiosk_enrols_again(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    token = kiosk.sync.token_path.read_text()
    _expire(server, kiosk.ctx.device_id)
    assert pull_status(server, token) == (401, "token_expired")
    kiosk.registration.register(applicant_form())
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.error is not None and report.error.code == "sync.token_expired"
    assert "kode baru" in report.error.render("id")
    assert "new code" in report.error.render("en")
    assert report.pending > 0
    # An expired token proves nothing, but the kiosk's key does: a new code is enough.
    enrol(kiosk, server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete


def test_rotation_replaces_the_token_and_the_old_one_stops_working(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    old = kiosk.sync.token_path.read_text()
    expires = kiosk.sync.rotate_token()
    new = kiosk.sync.token_path.read_text()
    assert new != old and expires > utc_now() + dt.timedelta(days=89)
    # Until the new token is used, the old one still works (the reply might have been lost).
    assert pull_status(server, old) == (200, "")
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    assert pull_status(server, old) == (401, "bad_token")
    assert pull_status(server, new) == (200, "")
    rotated = [
        row for row in audit_rows(server, "rotate_token") if row.device_id == kiosk.ctx.device_id
    ]
    assert len(rotated) == 1


def test_a_lost_rotation_reply_does_not_lock_the_kiosk_out(
    live_kiosk: KioskServices, server: ServerProcess
) -> None:
    enrol(live_kiosk, server)
    old = live_kiosk.sync.token_path.read_text()
    auth = {"Authorization": f"Bearer {old}"}
    lost = requests.post(server.url + "/api/v1/token", headers=auth, timeout=10).json()["token"]
    # The kiosk never saw that reply and asks again with the token it has.
    again = requests.post(server.url + "/api/v1/token", headers=auth, timeout=10)
    assert again.status_code == 200
    fresh = again.json()["token"]
    assert pull_status(server, lost) == (401, "bad_token")
    assert pull_status(server, old) == (200, "")
    assert pull_status(server, fresh) == (200, "")
    assert pull_status(server, old) == (401, "bad_token")


def test_the_kiosk_rotates_by_itself_past_half_the_lifetime(
    live_kiosk: KioskServices, server: ServerProcess, clock: SettableClock
) -> None:
    kiosk = live_kiosk
    enrol(kiosk, server)
    first = kiosk.sync.token_path.read_text()
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    assert kiosk.sync.token_path.read_text() == first  # young: kept
    clock.advance(days=46)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    second = kiosk.sync.token_path.read_text()
    assert second != first
    assert pull_status(server, first) == (401, "bad_token")
    db = server.database()
    try:
        with db.transaction() as session:
            device = session.scalar(select(Device).where(Device.id == kiosk.ctx.device_id))
            assert device is not None and device.token_hash == _digest(second)
    finally:
        db.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_devices_enrolled_before_the_upgrade_keep_working(backend: str, tmp_path: Path) -> None:
    """A server database written by the previous release (revision 0003): its tokens never
    expired; after migration 0004 they work for one full lifetime from the upgrade."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from server.accounts import authenticate
    from server.db import Database, make_engine, script_location

    url = make_database_url(backend, tmp_path)
    engine = make_engine(url)
    with engine.connect() as connection:
        config = Config()
        config.set_main_option("script_location", script_location())
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.commit()
    enrolled = dt.datetime(2025, 1, 1, 8, 0)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO device (id, site, label, token_hash, key_id, enrolled_at) "
                "VALUES (:id, 'BLK-OLD', '', :hash, 'aaaaaaaaaaaaaaaa', :at)"
            ),
            {
                "id": "01900000-0000-7000-8000-0000000000d1",
                "hash": _digest("k3t_old"),
                "at": enrolled,
            },
        )
    engine.dispose()

    db = Database(url)  # migrates to head, as `kiosk-server serve` does at start-up
    try:
        with db.transaction() as session:
            device = authenticate(session, "Bearer k3t_old")
            assert device.site == "BLK-OLD"
            assert device.token_expires_at is not None
            left = device.token_expires_at - utc_now()
            assert dt.timedelta(days=89) < left <= dt.timedelta(days=90)
    finally:
        db.close()
