"""Kiosk migration 0008 on a kiosk at 0007 (the previous head) holding people, cards, scans,
a class and issued certificates: every record kept, and assessments work after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.db import make_engine
from kiosk.store.migrations import script_location
from kiosk.store.paths import DataPaths
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from tests.conftest import SettableClock
from tests.integration.test_assessments import ALL_K, hold_assessment, scheme_change
from tests.integration.test_certificates import FinishedClass, finished  # noqa: F401

KEPT = (
    "applicant",
    "card",
    "attendance_event",
    "enrolment",
    "training_session",
    "staff_account",
    "certificate",
    "outbox_event",
    "audit_event",
)


def _rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(database)
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in KEPT}
    finally:
        db.close()


def _to_0007(database: Path) -> None:
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            config.attributes["cipher"] = None
            command.downgrade(config, "0007")
            connection.commit()
    finally:
        engine.dispose()


def test_a_kiosk_at_0007_keeps_every_record_and_gains_assessments(
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    data_paths: DataPaths,
    clock: SettableClock,
) -> None:
    with kiosk.store.transaction() as session:
        state.put(session, state.SITE, "BLK-TEST")
    assert kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    kiosk.close()
    database = data_paths.database
    _to_0007(database)
    before = _rows(database)
    assert before["certificate"] and before["applicant"] and before["attendance_event"]

    upgraded = open_kiosk(data_paths, clock=clock)
    try:
        assert _rows(database) == before  # opening wrote nothing but the new tables
        with upgraded.store.transaction() as session:
            assert apply_changes(session, [scheme_change()], clock.moment) == 1
        held = hold_assessment(upgraded, clock)
        upgraded.assessments.check_in(held.event_id, held.cards["Ani"], staff=held.staff)
        record = upgraded.assessments.record(
            held.event_id, held.people["Ani"], ALL_K, "K", "", assessor=held.assessor
        )
        assert upgraded.assessments.current_records(held.event_id) == [record]
    finally:
        upgraded.close()
