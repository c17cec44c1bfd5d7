"""A scan storm and a background sync, killed with SIGKILL at random moments: after every
restart the database is intact and every scan the station reported is there with its outbox
event; once synced, the server holds each event exactly once."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import open_kiosk
from kiosk.store.backup import integrity_problems
from kiosk.store.models import AttendanceEvent, OutboxEvent
from kiosk.store.paths import DataPaths
from server.models import Event
from tests.factories import applicant_form
from tests.servers import ServerProcess

ROUNDS = 6


def _prepare(paths: DataPaths, server: ServerProcess, plan_file: Path) -> str:
    """Sessions running today, enrolled people with cards; returns a staff id."""
    with open_kiosk(paths) as kiosk:
        kiosk.sync.enroll(server.url, server.enrolment_code())
        today = kiosk.ctx.now().date()
        provider = kiosk.catalogue.create_provider("LPK Uji Daya", "LPK", "32.73")
        program = kiosk.catalogue.create_program("Teknisi Listrik", "teknik", 40)
        sessions = [
            kiosk.catalogue.create_session(
                program_id=program.id,
                provider_id=provider.id,
                location=f"Ruang {n}",
                start_date=today - dt.timedelta(days=1),
                end_date=today + dt.timedelta(days=30),
                schedule=WeeklySchedule(tuple(range(7)), "00:00", "23:59"),
                capacity=200,
            ).id
            for n in range(4)
        ]
        people = kiosk.registration.register_many(
            [applicant_form(seed=900 + i) for i in range(120)]
        )
        staff = kiosk.staff.create("penguji", "Penguji", "582913", "staff")
        lines = [f"{sid} {p.card_payload}" for sid in sessions for p in people]
        plan_file.write_text("\n".join(lines))
        return staff.id


@pytest.mark.slow
def test_scan_storm_and_sync_killed_at_random_moments(
    own_server: ServerProcess, data_paths: DataPaths, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.txt"
    staff_id = _prepare(data_paths, own_server, plan)
    repo = Path(__file__).resolve().parents[2]
    rng = random.Random(424242)
    reported: list[str] = []
    for round_number in range(ROUNDS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.scan_storm_worker",
                str(data_paths.root),
                str(round_number),
                str(plan),
                staff_id,
            ],
            cwd=repo,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.2, 1.2)
        while time.monotonic() < deadline:
            line = child.stdout.readline().strip()
            if line and line not in ("done",):
                reported.append(line)
            if line == "done":
                break
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reported.extend(
            line.strip()
            for line in child.stdout.read().splitlines()
            if line.strip() not in ("", "done")
        )
        child.stdout.close()
        assert integrity_problems(data_paths.database) == [], f"round {round_number}"
    assert reported, "the storm recorded nothing"

    with open_kiosk(data_paths) as kiosk:
        with kiosk.store.reading() as session:
            stored = set(session.scalars(select(AttendanceEvent.id)))
            with_event = set(
                session.scalars(
                    select(OutboxEvent.entity_id).where(OutboxEvent.entity == "attendance_event")
                )
            )
        assert set(reported) <= stored, f"{len(set(reported) - stored)} reported scans lost"
        assert stored == with_event  # nothing half-written: every scan has its outbox event
        # converge: one clean sync uploads whatever the killed runs left pending
        report = kiosk.sync.run()
        assert report.error is None
        assert kiosk.sync.health().pending == 0
        assert kiosk.sync.rejected_events() == []  # every kind of event is one the server takes
        with kiosk.store.reading() as session:
            all_events = set(session.scalars(select(OutboxEvent.id)))
    db = own_server.database()
    try:
        with db.transaction() as session:
            on_server = list(session.scalars(select(Event.id).where(Event.id.in_(all_events))))
    finally:
        db.close()
    assert len(on_server) == len(set(on_server)) == len(all_events)
