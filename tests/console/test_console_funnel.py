"""The programme funnel kept on ingest (server/funnel.py) equals the funnel recomputed from the
raw rows, through a realistic mixed ingest: two kiosks registering the same person (an alias),
attendance uploaded by another kiosk before the registrations it names, and new meeting days
that lower every trainee's share of a class, and an erasure."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, inspect, select, text

from server.console.programme import ProgrammeFilter, programme
from server.console.scope import Viewer
from server.db import make_engine, script_location
from server.models import Person
from server.summary import rebuild
from tests import factories
from tests.conftest import SettableClock
from tests.console.fleet import JAKARTA, SITE_A, SITE_B, RawDevice, _kiosk
from tests.servers import BACKENDS, ServerProcess, make_database_url
from tests.synchelpers import distinct_forms, fast_backoff, record_scan

STAGES = "enrolled, attended, certified, placed"


@pytest.fixture(params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(make_database_url(request.param, tmp_path), tmp_path / "server.log")
    process.start()
    try:
        yield process
    finally:
        process.stop()


def _snapshot(connection: Connection) -> tuple[set[tuple[str, ...]], ...]:
    # Fixed names; a row of zeros is the same as no row.
    def rows(sql: str) -> set[tuple[str, ...]]:
        return {
            tuple(str(v) for v in row) for row in connection.execute(text(sql)) if any(row[-4:])
        }

    return (
        rows(f"SELECT site, day, {STAGES} FROM funnel_tally"),
        rows(f"SELECT person_id, site, day, {STAGES} FROM person_progress"),
        rows(f"SELECT site, month, registered, eligible, ineligible, {STAGES} FROM month_tally"),
    )


def _kept_equals_recomputed(server: ServerProcess) -> dict[str, int]:
    """Compare, leave the server's tallies as ingest left them; the funnel's totals."""
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            kept = _snapshot(connection)
            rebuild(connection)
            recomputed = _snapshot(connection)
            connection.rollback()
    finally:
        engine.dispose()
    assert kept == recomputed
    names = STAGES.split(", ")
    return {name: sum(int(row[2 + i]) for row in kept[0]) for i, name in enumerate(names)}


def _scan(device: RawDevice, session_id: str, people: list[Any], day: dt.date) -> None:
    moment = dt.datetime.combine(day, dt.time(8, 30), JAKARTA).isoformat()
    events = []
    for person in people:
        scan_id = str(uuid.uuid4())
        payload = {
            "id": scan_id,
            "session_id": session_id,
            "card_id": person.card_id,
            "applicant_id": person.applicant_id,
            "kind": "check_in",
            "local_day": day.isoformat(),
            "recorded_at": moment,
            "utc_offset_min": 420,
        }
        events.append(("attendance_event", "create", scan_id, payload))
    reply = device.push(events)
    reply.raise_for_status()
    assert {r["status"] for r in reply.json()["results"]} == {"accepted"}


def _mixed_ingest(
    server: ServerProcess, tmp_path: Path, template_store: Path
) -> tuple[dict[str, int], dict[str, int]]:
    """The funnel's totals once both kiosks synced, and after two more meetings."""
    today = dt.datetime.now(JAKARTA).replace(hour=9, minute=0, second=0, microsecond=0)
    clock = SettableClock(today - dt.timedelta(days=10))
    a = _kiosk(tmp_path, template_store, "kiosk-a", clock)
    b = _kiosk(tmp_path, template_store, "kiosk-b", clock)
    try:
        forms = distinct_forms(5, start=300)
        class_a = factories.open_session(a, title="Barista Kopi", starts_in_days=-1, days=40)
        people_a = a.registration.register_many(forms)
        a.catalogue.enrol_many(class_a, [p.applicant_id for p in people_a])
        # The first of them registers at kiosk B too (one NIK): B syncs first, so the id kiosk
        # A gave her becomes an alias of B's.
        class_b = factories.open_session(b, title="Desain Grafis", starts_in_days=-1, days=40)
        people_b = b.registration.register_many([forms[0], *distinct_forms(2, start=700)])
        b.catalogue.enrol_many(class_b, [p.applicant_id for p in people_b])
        for offset in (1, 2, 3):
            clock.moment = today - dt.timedelta(days=10 - offset)
            for person in people_a:
                record_scan(a, class_a, person.card_id or "", person.applicant_id)
            for person in people_b[:2]:
                record_scan(b, class_b, person.card_id or "", person.applicant_id)
        clock.moment = dt.datetime.now(JAKARTA)
        b.sync.enroll(server.url, server.enrolment_code(SITE_B))
        assert b.sync.run(backoff=fast_backoff()).complete
        # A second kiosk at site A scanned three of A's trainees on a fourth day and uploads
        # before kiosk A has sent the registrations and enrolments these scans name.
        door = RawDevice(server, SITE_A, "Kios pintu")
        _scan(door, class_a, people_a[:3], (today - dt.timedelta(days=6)).date())
        _kept_equals_recomputed(server)
        a.sync.enroll(server.url, server.enrolment_code(SITE_A))
        assert a.sync.run(backoff=fast_backoff()).complete
        first = _kept_equals_recomputed(server)
        # Two more meetings, where only the first trainee came: the others' share falls.
        for offset in (5, 6):
            _scan(door, class_a, people_a[:1], (today - dt.timedelta(days=10 - offset)).date())
            _kept_equals_recomputed(server)
        # Kiosk B's last trainee asks to be erased: no longer counted as eligible.
        staff = b.staff.create("sari", "Sari", "482916", "staff")
        b.staff.create("adi", "Adi", "739154", "admin")
        b.privacy.erase(people_b[2].applicant_id, staff, admin_username="adi", admin_pin="739154")
        assert b.sync.run(backoff=fast_backoff()).complete
        last = _kept_equals_recomputed(server)
    finally:
        a.close()
        b.close()
    return first, last


def test_funnel_kept_on_ingest_equals_funnel_recomputed_from_raw_rows(
    server: ServerProcess, tmp_path: Path, template_store: Path
) -> None:
    first, last = _mixed_ingest(server, tmp_path, template_store)
    # Seven people (one registered at both kiosks), all enrolled. In class A three of five
    # came to four of four meetings, in class B two of three to every meeting; the first of
    # each class is the same person: four attended.
    assert first["enrolled"] == last["enrolled"] == 7
    assert first["attended"] == 4
    # Four of six meetings is less than 80%: only the first trainee of class A still counts
    # there, and B's two; A's first and B's first are one person.
    assert last["attended"] == 2
    # The programme page's funnel (one of the seven erased: registered, no longer eligible):
    # the same totals read from whole months, from the days of a partial month, or both.
    db = server.database()
    try:
        with db.transaction() as session:
            day = session.scalars(select(Person.created_at)).first()
            assert day is not None
            registered = day.date()
            everything = _funnel(session, ProgrammeFilter())
            assert everything == (7, 6, 7, 2)
            for since, until in (
                (registered, registered),
                (registered.replace(day=1), None),
                (None, registered + dt.timedelta(days=40)),
                (registered - dt.timedelta(days=40), registered + dt.timedelta(days=1)),
            ):
                assert _funnel(session, ProgrammeFilter("", since, until)) == everything
            later = registered + dt.timedelta(days=1)
            assert _funnel(session, ProgrammeFilter("", later, None)) == (0, 0, 0, 0)
    finally:
        db.close()


def _funnel(session: Any, wanted: ProgrammeFilter) -> tuple[int, int, int, int]:
    admin = Viewer(0, "admin", "admin", None, "")
    rows = programme(session, admin, wanted, dt.date.today()).funnel
    return (
        sum(r.registered for r in rows),
        sum(r.eligible for r in rows),
        sum(r.enrolled for r in rows),
        sum(r.attended for r in rows),
    )


def _migrate(url: str, revision: str, down: bool = False) -> None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def test_migration_0014_fills_the_funnel_from_a_database_written_before_it(
    server: ServerProcess, tmp_path: Path, template_store: Path
) -> None:
    _mixed_ingest(server, tmp_path, template_store)
    server.stop()
    engine = create_engine(server.database_url)
    try:
        with engine.connect() as connection:
            kept = _snapshot(connection)
            counts = _counts(connection)
        # Back to before the funnel (0014) and follow-up (0013) existed, then up again as an upgrade would.
        _migrate(server.database_url, "0012", down=True)
        assert "funnel_tally" not in inspect(engine).get_table_names()
        _migrate(server.database_url, "head")
        with engine.connect() as connection:
            assert _snapshot(connection) == kept
            assert _counts(connection) == counts
    finally:
        engine.dispose()
    assert sum(int(row[2]) for row in kept[0]) == 7  # everyone enrolled is counted


def _counts(connection: Connection) -> dict[str, int]:
    return {
        table: int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
        for table in ("person", "applicant_alias", "reference_record", "attendance")
    }
