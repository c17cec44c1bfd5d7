"""Finding 5: one ill-typed pulled record must never stop sync. A real kiosk pulls from a real
server over HTTP; a change it cannot apply is set aside (kept and reported), the cursor
advances, and the changes after it still arrive."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role
from kiosk.store.models import Enrolment, OutboxEvent, SyncQuarantine
from kiosk.sync import state
from kiosk.sync.apply import REPORT_ENTITY
from server.ingest import add_change
from server.models import ChangeLog, Event
from tests.conftest import SettableClock
from tests.factories import applicant_form
from tests.servers import ServerProcess, open_second_kiosk
from tests.synchelpers import enrol, fast_backoff, open_session

CARD = "ABCDEFGHIJKLMNOP"


def _session_payload(**overrides: object) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "id": new_id(),
        "program_id": new_id(),
        "provider_id": new_id(),
        "location": "Ruang 2",
        "start_date": "2026-03-02",
        "end_date": "2026-04-02",
        "weekly_schedule": {"days": [0, 2], "start": "08:00", "end": "12:00"},
        "capacity": 20,
        "uses_checkout": False,
        "created_at": "2026-03-02T02:30:00+00:00",
    }
    payload.update(overrides)
    return payload


def _write_changes(server: ServerProcess, changes: list[tuple[str, str, dict[str, Any]]]) -> int:
    """Straight into the server's change log, as a server of any version might have it."""
    db = server.database()
    try:
        with db.transaction() as session:
            for kind, record_id, data in changes:
                add_change(session, kind, record_id, data)
        with db.transaction() as session:
            return max(session.scalars(select(ChangeLog.seq)))
    finally:
        db.close()


def _quarantine(kiosk: KioskServices) -> list[SyncQuarantine]:
    with kiosk.store.reading() as session:
        rows = session.scalars(select(SyncQuarantine).order_by(SyncQuarantine.kind)).all()
        session.expunge_all()
        return list(rows)


def _reports(kiosk: KioskServices) -> list[OutboxEvent]:
    with kiosk.store.reading() as session:
        rows = session.scalars(select(OutboxEvent).where(OutboxEvent.entity == REPORT_ENTITY))
        result = list(rows)
        session.expunge_all()
        return result


def test_a_bad_change_in_the_change_log_is_set_aside_and_the_sync_goes_on(
    kiosk: KioskServices, own_server: ServerProcess
) -> None:
    enrol(kiosk, own_server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    bad = _session_payload(uses_checkout="yes")
    last = _write_changes(
        own_server,
        [
            ("training_session", bad["id"], bad),
            ("hologram", "h1", {"colour": "blue"}),  # a kind this kiosk does not know
            (
                "card_revocation",
                CARD,
                {"card_id": CARD, "revoked_at": "2026-03-02T02:00:00+00:00", "reason": "lost"},
            ),
        ],
    )

    report = kiosk.sync.run(backoff=fast_backoff())

    assert report.error is None and report.complete
    assert state.get(kiosk.store, state.CURSOR) == f"v1.{last}"  # the cursor moved past it
    assert state.get(kiosk.store, state.REVOKED_CARD_PREFIX + CARD) is not None  # applied
    kept = _quarantine(kiosk)
    assert [(row.kind, row.record_id) for row in kept] == [
        ("hologram", "h1"),
        ("training_session", bad["id"]),
    ]
    session_row = next(row for row in kept if row.kind == "training_session")
    assert session_row.reason == "uses_checkout: must be a boolean"
    assert json.loads(session_row.data) == bad  # kept exactly as received
    # Reported through the outbox: kind, record id and reason, never the data.
    reports = {event.payload["record_id"]: event for event in _reports(kiosk)}
    assert set(reports) == {"h1", bad["id"]}
    assert set(reports[bad["id"]].payload) == {"kind", "record_id", "reason", "received_at"}
    assert kiosk.sync.health().set_aside == 2

    # The next sync sends the reports; a third pulls nothing new and sets nothing aside again.
    assert kiosk.sync.run(backoff=fast_backoff()).error is None
    assert all(event.status != "pending" for event in _reports(kiosk))
    assert kiosk.sync.run(backoff=fast_backoff()).error is None
    assert len(_quarantine(kiosk)) == 2
    assert len(_reports(kiosk)) == 2


def test_uses_checkout_yes_pushed_by_one_kiosk_never_stops_another(
    kiosk: KioskServices,
    own_server: ServerProcess,
    tmp_path: Path,
    template_store: Path,
    clock: SettableClock,
) -> None:
    """The finding as observed: a kiosk pushes ``"uses_checkout": "yes"``. Whether the server
    refuses it (strict validation) or passes it on, the other kiosk's sync goes on."""
    enrol(kiosk, own_server)
    bad = _session_payload(uses_checkout="yes")
    with kiosk.store.transaction() as session:
        kiosk.ctx.record(session, "training_session", bad["id"], "create", bad)
    kiosk.sync.run(backoff=fast_backoff())
    with open_second_kiosk(tmp_path, template_store, "b", clock) as other:
        enrol(other, own_server)
        report = other.sync.run(backoff=fast_backoff())
        assert report.error is None and report.complete
        db = own_server.database()
        try:
            with db.transaction() as session:
                last = max(session.scalars(select(ChangeLog.seq)))
        finally:
            db.close()
        assert state.get(other.store, state.CURSOR) == f"v1.{last}"
        kept = [(row.kind, row.record_id) for row in _quarantine(other)]
        assert kept in ([], [("training_session", bad["id"])])


def test_a_change_the_store_refuses_is_set_aside_in_its_own_savepoint(
    kiosk: KioskServices, own_server: ServerProcess
) -> None:
    """Valid by its model, refused by the database (a second enrolment of the same person in
    the same session): only that change is rolled back; the ones around it are applied."""
    session_id = open_session(kiosk)
    applicant = kiosk.registration.register(applicant_form()).applicant_id
    kiosk.catalogue.enrol(session_id, applicant)
    enrol(kiosk, own_server)
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    clash = {
        "id": new_id(),
        "session_id": session_id,
        "applicant_id": applicant,
        "enrolled_at": "2026-03-02T02:30:00+00:00",
        "enrolled_by": None,
    }
    revoked = {"card_id": CARD, "revoked_at": "2026-03-02T02:00:00+00:00", "reason": "lost"}
    _write_changes(
        own_server, [("enrolment", clash["id"], clash), ("card_revocation", CARD, revoked)]
    )

    report = kiosk.sync.run(backoff=fast_backoff())

    assert report.error is None
    assert [row.kind for row in _quarantine(kiosk)] == ["enrolment"]
    assert _quarantine(kiosk)[0].reason.startswith("store refused it: IntegrityError")
    assert state.get(kiosk.store, state.REVOKED_CARD_PREFIX + CARD) is not None
    with kiosk.store.reading() as session:
        assert session.get(Enrolment, clash["id"]) is None


def test_the_server_keeps_the_report(kiosk: KioskServices, own_server: ServerProcess) -> None:
    enrol(kiosk, own_server)
    _write_changes(own_server, [("hologram", "h1", {"colour": "blue"})])
    kiosk.sync.run(backoff=fast_backoff())
    assert kiosk.sync.run(backoff=fast_backoff()).complete
    db = own_server.database()
    try:
        with db.transaction() as session:
            kept = session.scalars(select(Event).where(Event.entity == REPORT_ENTITY)).all()
            assert [event.payload["record_id"] for event in kept] == ["h1"]
    finally:
        db.close()
    assert all(event.status == "accepted" for event in _reports(kiosk))


def test_cli_counts_set_aside_changes(kiosk: KioskServices, own_server: ServerProcess) -> None:
    kiosk.staff.create("kepala", "Kepala BLK", "731946", Role.ADMIN)
    enrol(kiosk, own_server)
    _write_changes(own_server, [("hologram", "h1", {"colour": "blue"})])
    folder = kiosk.store.paths.root
    kiosk.close()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "kiosk", "--lang", "en", "--data-dir", str(folder)]
        return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120)

    synced = run("sync", "--json")
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["set_aside"] == 1
    status = run("status", "--json")
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["sync_set_aside"] == 1
    assert "h1" not in synced.stdout + status.stdout  # a count, not the records
    assert dt.datetime.fromisoformat(json.loads(status.stdout)["last_sync_at"])
