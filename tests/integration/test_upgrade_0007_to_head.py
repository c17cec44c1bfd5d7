"""A kiosk at revision 0007 (certificates, the oldest revision the migration tests start from
after the v0.1 fixture) holding synthetic people, a class, attendance and issued
certificates, upgraded to head: every row of every table kept, and the kiosk works after.
And a kiosk at 0009 holding vacancies, upgraded to head: every vacancy kept and ranked."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config

from kiosk.domain.matching import Seeker
from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.services.vacancies import open_vacancies, ranked
from kiosk.store.db import make_engine, schema_revision
from kiosk.store.migrations import HEAD, script_location
from kiosk.store.paths import DataPaths
from kiosk.sync import state
from kiosk.sync.apply import apply_changes
from tests.conftest import SettableClock
from tests.integration.test_certificates import FinishedClass, finished  # noqa: F401
from tests.integration.test_vacancy_ranking_fast import _vacancy

Rows = dict[str, list[tuple[object, ...]]]


def _all_rows(database: Path) -> Rows:
    db = sqlite3.connect(database)
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
            )
        ]
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        db.close()


def _downgrade(database: Path, revision: str) -> None:
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            config.attributes["cipher"] = None
            command.downgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def test_a_kiosk_at_0007_with_people_classes_attendance_certificates_keeps_every_row(
    kiosk: KioskServices,
    finished: FinishedClass,  # noqa: F811
    data_paths: DataPaths,
    clock: SettableClock,
) -> None:
    with kiosk.store.transaction() as session:
        state.put(session, state.SITE, "BLK-TEST")
    issued = kiosk.completion.issue(finished.session_id, staff_id=finished.staff_id)
    assert issued
    people = {name: kiosk.people.get(pid) for name, pid in finished.people.items()}
    kiosk.close()
    database = data_paths.database
    _downgrade(database, "0007")
    assert schema_revision(database) == "0007"
    before = _all_rows(database)
    for table in (
        "applicant",
        "card",
        "training_session",
        "enrolment",
        "attendance_event",
        "certificate",
        "staff_account",
        "outbox_event",
    ):
        assert before[table], table  # the store really holds each kind of record

    upgraded = open_kiosk(data_paths, clock=clock)
    try:
        assert schema_revision(database) == HEAD
        after = _all_rows(database)
        # Every table of 0007 is still there with every row unchanged; only the kiosk's
        # settings may gain one (the personal-data key check written at opening).
        for table, rows in before.items():
            assert set(rows) <= set(after[table]), table
        assert {t: after[t] for t in before if t != "kiosk_setting"} == {
            t: rows for t, rows in before.items() if t != "kiosk_setting"
        }
        # The tables the later revisions add start empty, but the vacancy version's row.
        added = {t: rows for t, rows in after.items() if t not in before}
        assert set(added) >= {"vacancy", "job_seeker", "job_application", "vacancy_version"}
        assert {t: rows for t, rows in added.items() if t != "vacancy_version" and rows} == {}
        assert len(added["vacancy_version"]) == 1
        # And the upgraded kiosk reads them through its services as before.
        for name, pid in finished.people.items():
            assert upgraded.people.get(pid) == people[name]
        assert upgraded.completion.review(finished.session_id).candidates
    finally:
        upgraded.close()


def test_a_kiosk_at_0009_with_vacancies_keeps_and_ranks_them_at_head(
    data_paths: DataPaths, clock: SettableClock
) -> None:
    import random

    rng = random.Random(11)
    now = clock.moment.astimezone(dt.UTC)
    today = clock.moment.date()
    changes = [
        _vacancy(rng, valid_from="2026-02-01", valid_until="2026-04-30", filled=0)
        for _ in range(30)
    ]
    kiosk = open_kiosk(data_paths, clock=clock)
    with kiosk.store.transaction() as session:
        assert apply_changes(session, changes, now) == 30
    kiosk.close()
    _downgrade(data_paths.database, "0009")
    before = _all_rows(data_paths.database)
    assert len(before["vacancy"]) == 30 and "vacancy_version" not in before

    upgraded = open_kiosk(data_paths, clock=clock)
    try:
        assert {
            t: rows for t, rows in _all_rows(data_paths.database).items() if t in before
        } == before
        seeker = Seeker(
            birth_date=dt.date(1995, 5, 5), sex="P", education="d4_s1", regency_code="32.73"
        )
        with upgraded.store.reading() as session:
            assert len(open_vacancies(session, today)) == 30
            assert len(ranked(session, seeker, today, limit=100)) == 30
        # The triggers are in place: a pulled change is seen by the next tap.
        closing = changes[0]
        with upgraded.store.transaction() as session:
            apply_changes(session, [closing.model_copy(update={"data": {**closing.data, "valid_until": "2026-03-01", "valid_from": "2026-02-01"}})], now)  # fmt: skip
        with upgraded.store.reading() as session:
            assert closing.id not in {
                m.vacancy.id for m in ranked(session, seeker, today, limit=100)
            }
    finally:
        upgraded.close()
