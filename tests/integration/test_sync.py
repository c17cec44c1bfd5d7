"""Kiosk and central server end to end over HTTP on 127.0.0.1: enrol, push, merge, pull."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from kiosk.services.kiosk import KioskServices
from kiosk.services.sync import SyncError
from kiosk.store.models import DeviceKey, OutboxEvent, TrainingSession
from server.models import ApplicantAlias, Attendance, AttendanceScan, Person
from server.secrets import secrets_of
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import (
    copy_applicant,
    distinct_forms,
    enrol,
    fast_backoff,
    open_session,
    outbox_ids,
    record_scan,
    server_count,
    server_event_ids,
)


def test_health_needs_no_token_and_openapi_is_served(server: ServerProcess) -> None:
    assert requests.get(server.url + "/api/v1/health", timeout=5).json()["status"] == "ok"
    paths = requests.get(server.url + "/openapi.json", timeout=5).json()["paths"]
    assert {"/api/v1/health", "/api/v1/enrol", "/api/v1/push", "/api/v1/pull"} <= set(paths)


def test_enrol_then_sync_uploads_everything_once(
    kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk.registration.register(applicant_form())
    open_session(kiosk)
    enrol(kiosk, server)
    assert oct(kiosk.sync.token_path.stat().st_mode & 0o777) == "0o600"
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete, report.error
    assert report.pending == 0 and report.accepted == len(outbox_ids(kiosk))
    assert sorted(server_event_ids(server, kiosk.ctx.device_id)) == sorted(outbox_ids(kiosk))
    assert kiosk.status.status().last_sync_at is not None
    # Nothing left to do: a second run sends nothing and changes nothing on the server.
    again = kiosk.sync.run(backoff=fast_backoff())
    assert again.complete and again.accepted == again.duplicate == 0


def test_a_replayed_batch_is_answered_duplicate(
    kiosk: KioskServices, server: ServerProcess
) -> None:
    kiosk.registration.register(applicant_form())
    enrol(kiosk, server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    with kiosk.store.transaction() as session:  # as if every acknowledgement had been lost
        for event in session.scalars(select(OutboxEvent)):
            event.status, event.acked_at = "pending", None
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.accepted == 0
    assert report.duplicate == len(outbox_ids(kiosk))
    assert len(server_event_ids(server, kiosk.ctx.device_id)) == len(outbox_ids(kiosk))


def test_bad_code_and_bad_token_are_refused(kiosk: KioskServices, server: ServerProcess) -> None:
    with pytest.raises(SyncError):
        kiosk.sync.enroll(server.url, "NOPE-NOPE-NOPE")
    code = server.enrolment_code()
    kiosk.sync.enroll(server.url, code)
    with pytest.raises(SyncError):  # one-time
        kiosk.sync.enroll(server.url, code)
    kiosk.sync.token_path.write_text("k3t_forged")
    report = kiosk.sync.run(backoff=fast_backoff())
    assert not report.complete and report.error is not None
    assert report.error.code == "sync.refused"
    assert report.pending > 0


def test_a_device_pushes_only_as_itself(kiosk: KioskServices, server: ServerProcess) -> None:
    enrol(kiosk, server)
    token = kiosk.sync.token_path.read_text()
    body = {
        "device_id": "01900000-0000-7000-8000-000000000001",
        "sent_at": "2026-03-02T09:30:00+07:00",
        "events": [
            {
                "id": "01900000-0000-7000-8000-0000000000aa",
                "seq": 1,
                "entity": "staff_login",
                "entity_id": "x",
                "op": "ok",
                "created_at": "2026-03-02T09:30:00+07:00",
                "utc_offset_min": 420,
                "payload": {},
            }
        ],
    }
    headers = {"Authorization": f"Bearer {token}", "Content-Encoding": "gzip"}
    answer = requests.post(
        server.url + "/api/v1/push",
        data=gzip.compress(json.dumps(body).encode()),
        headers=headers,
        timeout=10,
    )
    assert answer.status_code == 403
    body["device_id"] = kiosk.ctx.device_id
    body["events"][0]["payload"] = {"device_id": "01900000-0000-7000-8000-000000000001"}  # type: ignore[index]
    answer = requests.post(
        server.url + "/api/v1/push",
        json=body,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert answer.json()["results"][0]["status"] == "rejected"


def test_rejected_events_are_kept_and_visible(kiosk: KioskServices, server: ServerProcess) -> None:
    kiosk.registration.register(applicant_form())
    with kiosk.store.transaction() as session:
        kiosk.ctx.record(session, "hologram", "h1", "create", {"colour": "blue"})
    enrol(kiosk, server)
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.rejected == 1
    rejected = kiosk.sync.rejected_events()
    assert [(r.entity, "unknown entity" in r.reason) for r in rejected] == [("hologram", True)]
    assert kiosk.sync.health().rejected == 1


def test_same_nik_on_two_kiosks_is_one_person_with_a_canonical_id(
    kiosk: KioskServices,
    server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    form = applicant_form(seed=4242)
    first = kiosk.registration.register(form).applicant_id
    with open_second_kiosk(tmp_path, template_store, "second", clock) as other:
        second = other.registration.register(form).applicant_id
        enrol(kiosk, server)
        enrol(other, server)
        assert kiosk.sync.run(backoff=fast_backoff()).complete
        assert other.sync.run(backoff=fast_backoff()).complete
        db = server.database()
        with db.transaction() as session:
            alias = session.get(ApplicantAlias, second)
            digest = secrets_of(session).personal.nik_digest(form.nik)
            nik_rows = session.scalars(select(Person).where(Person.nik_digest == digest)).all()
        db.close()
        assert len(nik_rows) == 1 and nik_rows[0].id == first
        assert alias is not None and alias.person_id == first
        from kiosk.sync import state

        assert state.get(other.store, state.ALIAS_PREFIX + second) == first


@pytest.mark.parametrize("order", ["a_first", "b_first"])
def test_two_offline_kiosks_scanning_the_same_cards_make_one_attendance_each(
    order: str,
    kiosk: KioskServices,
    server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    session_id = open_session(kiosk)
    people = kiosk.registration.register_many(distinct_forms(3))
    enrol(kiosk, server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    with open_second_kiosk(tmp_path, template_store, "b", clock) as other:
        enrol(other, server)
        assert other.sync.run(backoff=fast_backoff()).complete  # pulls the session
        with other.store.reading() as session:
            assert session.get(TrainingSession, session_id) is not None
        for person in people:
            copy_applicant(kiosk, other, person.applicant_id)
        # Both offline now: every card scanned on both kiosks, one of them twice.
        for person in people:
            assert person.card_id
            record_scan(kiosk, session_id, person.card_id, person.applicant_id)
            record_scan(other, session_id, person.card_id, person.applicant_id)
        record_scan(other, session_id, people[0].card_id or "", people[0].applicant_id)
        first, second = (kiosk, other) if order == "a_first" else (other, kiosk)
        assert first.sync.run(backoff=fast_backoff()).complete
        assert second.sync.run(backoff=fast_backoff()).complete
    card_ids = [p.card_id for p in people]
    assert server_count(server, Attendance, Attendance.session_id == session_id) == 3
    scans = server_count(
        server,
        AttendanceScan,
        AttendanceScan.attendance_id.in_(
            select(Attendance.id).where(Attendance.card_id.in_(card_ids))
        ),
    )
    assert scans == 7  # every scan kept as evidence


def test_pull_brings_keys_and_revocations(
    kiosk: KioskServices,
    server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    result = kiosk.registration.register(applicant_form())
    assert result.card_payload and result.card_id
    enrol(kiosk, server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    with open_second_kiosk(tmp_path, template_store, "b", clock) as other:
        enrol(other, server)
        assert not other.cards.verify(result.card_payload).valid  # issuer unknown yet
        assert other.sync.run(backoff=fast_backoff()).complete
        with other.store.reading() as session:
            assert session.get(DeviceKey, kiosk.ctx.signer.key_id) is not None
        assert other.cards.verify(result.card_payload).valid
        revoke = _server_cli(server, "revoke-card", result.card_id)
        assert revoke.returncode == 0, revoke.stderr
        assert other.sync.run(backoff=fast_backoff()).complete
        assert other.cards.verify(result.card_payload).status == "revoked_card"
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    assert kiosk.cards.verify(result.card_payload).status == "revoked_card"


def test_revoked_device_is_refused(kiosk: KioskServices, server: ServerProcess) -> None:
    enrol(kiosk, server)
    assert _server_cli(server, "revoke-device", kiosk.ctx.device_id).returncode == 0
    kiosk.registration.register(applicant_form())
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.error is not None and report.error.code == "sync.device_revoked"
    assert report.pending > 0


def _server_cli(server: ServerProcess, *args: str) -> subprocess.CompletedProcess[str]:
    return server.cli(*args)


def test_bundle_import_is_signed_idempotent_and_refuses_tampering(
    kiosk: KioskServices, server: ServerProcess, tmp_path: Path
) -> None:
    enrol(kiosk, server)  # enrolled once at the office, then taken where no network reaches
    forms = distinct_forms(5)
    kiosk.registration.register_many(forms)
    bundle = tmp_path / "usb" / "kiosk.k3b"
    summary = kiosk.sync.export_bundle(bundle)
    assert summary.events == len(outbox_ids(kiosk))

    # The bundle travels on a removable drive: nothing personal can be read from it.
    raw = bundle.read_bytes()
    for form in forms:
        for secret in (form.nik, form.full_name, form.kk_number):
            assert secret.encode() not in raw
    with zipfile.ZipFile(bundle) as archive:
        sealed = archive.read("events.json.gz")
    with pytest.raises(gzip.BadGzipFile):
        gzip.decompress(sealed)

    def tamper(name: str, change: Callable[[bytes], bytes]) -> Path:
        tampered = tmp_path / f"tampered-{name}.k3b"
        with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
            for item in source.infolist():
                data = source.read(item)
                target.writestr(item, change(data) if item.filename == name else data)
        return tampered

    flipped = tamper("events.json.gz", lambda data: data[:-1] + bytes([data[-1] ^ 1]))

    # a consistent checksum does not help: the manifest is signed by the device
    def fewer(data: bytes) -> bytes:
        changed = re.sub(rb'"event_count": (\d+)', lambda m: b'"event_count": 1', data)
        assert changed != data
        return changed

    rehashed = tamper("manifest.json", fewer)
    for tampered in (flipped, rehashed):
        refused = _server_cli(server, "import-bundle", str(tampered))
        assert refused.returncode != 0 and "refused" in refused.stderr
        assert "Traceback" not in refused.stderr
    assert server_event_ids(server, kiosk.ctx.device_id) == []

    first = _server_cli(server, "import-bundle", str(bundle))
    assert first.returncode == 0, first.stderr
    assert f"{summary.events} accepted" in first.stdout
    second = _server_cli(server, "import-bundle", str(bundle))
    assert f"{summary.events} already known" in second.stdout
    report = kiosk.sync.run(backoff=fast_backoff())
    assert report.complete and report.accepted == 0 and report.duplicate == summary.events
    assert sorted(server_event_ids(server, kiosk.ctx.device_id)) == sorted(outbox_ids(kiosk))


def test_a_kiosk_never_paired_cannot_write_a_bundle(kiosk: KioskServices, tmp_path: Path) -> None:
    kiosk.registration.register(applicant_form())
    with pytest.raises(SyncError) as refused:
        kiosk.sync.export_bundle(tmp_path / "kiosk.k3b")
    assert "pair this kiosk" in refused.value.render("en")
    assert not (tmp_path / "kiosk.k3b").exists()


def test_cli_sync_exit_codes(kiosk: KioskServices, server: ServerProcess) -> None:
    kiosk.registration.register(applicant_form())
    folder = kiosk.store.paths.root
    code = server.enrolment_code()
    kiosk.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "kiosk", "--lang", "en", "--data-dir", str(folder), *args],
            capture_output=True,
            text=True,
            timeout=120,
        )

    not_enrolled = run("sync", "--json")
    assert not_enrolled.returncode == 1
    assert json.loads(not_enrolled.stdout)["pending"] > 0
    assert run("enroll", "--server", server.url, "--code", code).returncode == 0
    done = run("sync", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pending"] == 0
    stats = server.cli("stats", "--json")
    data = json.loads(stats.stdout)
    for key in (
        "devices",
        "events_received",
        "applicants",
        "cards",
        "sessions",
        "enrolments",
        "attendance_events",
    ):
        assert key in data


def test_clock_offset_is_recorded(
    kiosk: KioskServices, server: ServerProcess, clock: SettableClock
) -> None:
    enrol(kiosk, server)
    kiosk.registration.register(applicant_form())
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    from server.models import Device

    db = server.database()
    with db.transaction() as session:
        device = session.get(Device, kiosk.ctx.device_id)
        assert device is not None and device.clock_offset_s is not None
        expected = (dt.datetime.now(dt.UTC) - clock()).total_seconds()
        # The test clock stands in 2026-03-02; the offset is what the server saw.
        assert abs(device.clock_offset_s - expected) < 3600
    db.close()
