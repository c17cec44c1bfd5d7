"""Follow-up surveys on a real kiosk store: which survey a scanned trainee is asked, storing
an answer with its outbox event, the field officer's list, and the upgrade from 0009."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select

from kiosk.domain.followup import Answer, Sector, Status, WageBand
from kiosk.services.followup import CHANNEL_STAFF, FollowupError
from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store import models as m
from kiosk.store.db import make_engine
from kiosk.store.followup_models import FollowupAnswer
from kiosk.store.migrations import script_location
from kiosk.store.paths import DataPaths
from kiosk.sync.entities import parse_push_payload
from tests.conftest import JAKARTA, SettableClock
from tests.followup_data import ended_class

WORKING = Answer(Status.WORKING, "CV Jahit Rapi", Sector.MANUFACTURING, WageBand.FROM_2M, True)


def _counts(kiosk: KioskServices) -> tuple[int, int]:
    with kiosk.store.reading() as session:
        answers = session.scalar(select(func.count()).select_from(FollowupAnswer))
        events = session.scalar(
            select(func.count())
            .select_from(m.OutboxEvent)
            .where(m.OutboxEvent.entity == "followup_answer")
        )
    return int(answers or 0), int(events or 0)


def test_the_one_month_survey_is_asked_once_and_synced(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    ended = ended_class(kiosk, clock)  # the clock stands on 2 March 2026
    ani = ended.people["Ani"]
    survey = kiosk.followup.due_survey(ani)
    assert survey is not None
    assert (survey.session_id, survey.month, survey.title) == (
        ended.session_id,
        1,
        "Menjahit Dasar",
    )

    answer_id = kiosk.followup.answer(survey, WORKING)
    assert kiosk.followup.due_survey(ani) is None
    with kiosk.store.reading() as session:
        event = session.scalars(
            select(m.OutboxEvent).where(m.OutboxEvent.entity_id == answer_id)
        ).one()
        row = session.get(FollowupAnswer, answer_id)
    assert row is not None and row.employer == "CV Jahit Rapi" and row.channel == "applicant"
    # The payload is exactly what the server's strict model accepts.
    parsed = parse_push_payload("followup_answer", "create", event.payload)
    assert parsed.model_dump()["month"] == 1

    # Asking again is refused and writes nothing.
    before = _counts(kiosk)
    with pytest.raises(FollowupError) as refused:
        kiosk.followup.answer(survey, WORKING)
    assert refused.value.message.code == "followup.not_due"
    assert _counts(kiosk) == before

    # Three months after the end the next point opens.
    clock.moment = dt.datetime(2026, 5, 20, 10, 0, tzinfo=JAKARTA)
    later = kiosk.followup.due_survey(ani)
    assert later is not None and later.month == 3


def test_an_incomplete_answer_writes_nothing(kiosk: KioskServices, clock: SettableClock) -> None:
    ended = ended_class(kiosk, clock, ("Ani",), seed=720)
    survey = kiosk.followup.due_survey(ended.people["Ani"])
    assert survey is not None
    before = _counts(kiosk)
    with pytest.raises(FollowupError) as refused:
        kiosk.followup.answer(survey, Answer(Status.WORKING, employer="CV Maju"))
    assert refused.value.render("id") == "Pilih bidang usaha."
    assert _counts(kiosk) == before


def test_a_trainee_who_never_came_is_not_followed_up(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    ended = ended_class(kiosk, clock, ("Ani", "Budi"), seed=730, absent=("Budi",))
    assert kiosk.followup.due_survey(ended.people["Budi"]) is None
    due = kiosk.followup.trainees_due(ended.session_id)
    assert [d.first_name for d in due] == ["Ani"]


def test_a_class_whose_attendance_was_taken_elsewhere_asks_everyone_enrolled(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    # No scan on this kiosk: a staff laptop took the attendance and its scans are not here.
    ended = ended_class(kiosk, clock, ("Ani", "Budi"), seed=735, absent=("Ani", "Budi"))
    assert kiosk.followup.due_survey(ended.people["Ani"]) is not None
    assert len(kiosk.followup.trainees_due(ended.session_id)) == 2


def test_the_field_officer_lists_and_answers_for_a_finished_class(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    ended = ended_class(kiosk, clock, ("Ani", "Budi"), seed=740)
    staff = kiosk.staff.create("petugas", "Petugas Lapangan", "482913")
    [finished] = [c for c in kiosk.followup.finished_classes() if c.session_id == ended.session_id]
    assert finished.due == 2 and finished.end_date == dt.date(2026, 1, 30)

    budi = next(d for d in kiosk.followup.trainees_due(ended.session_id) if d.first_name == "Budi")
    kiosk.followup.answer(
        budi.survey, Answer(Status.LOOKING), channel=CHANNEL_STAFF, staff_id=staff.id
    )
    assert [d.first_name for d in kiosk.followup.trainees_due(ended.session_id)] == ["Ani"]
    with kiosk.store.reading() as session:
        row = session.scalars(
            select(FollowupAnswer).where(FollowupAnswer.applicant_id == ended.people["Budi"])
        ).one()
    assert (row.channel, row.staff_id, row.status) == ("staff", staff.id, "looking")


def _to_0009(database: Path) -> None:
    engine = make_engine(database, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", script_location())
            config.attributes["connection"] = connection
            config.attributes["cipher"] = None
            command.downgrade(config, "0009")
            connection.commit()
    finally:
        engine.dispose()


KEPT = ("applicant", "card", "attendance_event", "enrolment", "training_session", "outbox_event")


def _rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    db = sqlite3.connect(database)
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in KEPT}
    finally:
        db.close()


def test_a_kiosk_at_0009_keeps_every_record_and_gains_surveys(
    kiosk: KioskServices, clock: SettableClock, data_paths: DataPaths
) -> None:
    ended = ended_class(kiosk, clock, ("Ani",), seed=750)
    kiosk.close()
    _to_0009(data_paths.database)
    before = _rows(data_paths.database)
    assert before["attendance_event"] and before["applicant"]
    upgraded = open_kiosk(data_paths, clock=clock)
    try:
        assert _rows(data_paths.database) == before
        survey = upgraded.followup.due_survey(ended.people["Ani"])
        assert survey is not None
        upgraded.followup.answer(survey, Answer(Status.STUDYING))
        assert upgraded.followup.due_survey(ended.people["Ani"]) is None
    finally:
        upgraded.close()
