"""Opening a training from a whole form: every bad field reported at once, nothing written."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from kiosk.services.kiosk import KioskServices
from kiosk.services.opening import OpeningError, SessionDraft, TrainingDraft, clock_time
from kiosk.store.models import TrainingProgram, TrainingProvider, TrainingSession


def _count(kiosk: KioskServices, model: type) -> int:
    with kiosk.store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def good_session(**changes: object) -> SessionDraft:
    values: dict[str, object] = {
        "location": "Ruang 3",
        "start_date": "09-03-2026",
        "end_date": "27-03-2026",
        "days": (0, 2, 4),
        "start_time": "0800",
        "end_time": "12.00",
        "capacity": "25",
        "uses_checkout": True,
    }
    values.update(changes)
    return SessionDraft(**values)  # type: ignore[arg-type]


def test_clock_time_accepts_how_people_type_times() -> None:
    assert clock_time("8:00") == "08:00"
    assert clock_time("0830") == "08:30"
    assert clock_time("13.15") == "13:15"
    assert clock_time("24:00") is None
    assert clock_time("8") is None


def test_a_bad_form_names_every_field_and_writes_nothing(kiosk: KioskServices) -> None:
    draft = TrainingDraft(
        new_provider=True,
        new_provider_name="LPK Baru",
        new_provider_regency="99.99",
        title=" ",
        hours="banyak",
        session=good_session(end_date="01-03-2026", days=(), capacity="0"),
    )
    with pytest.raises(OpeningError) as caught:
        kiosk.opening.open(draft)
    assert set(caught.value.errors) == {
        "new_provider_regency",
        "title",
        "hours",
        "end_date",
        "schedule",
        "capacity",
    }
    assert caught.value.errors["end_date"].code == "catalogue.dates_invalid"
    for model in (TrainingProvider, TrainingProgram, TrainingSession):
        assert _count(kiosk, model) == 0


def test_open_with_a_new_provider_then_add_a_session(kiosk: KioskServices) -> None:
    draft = TrainingDraft(
        new_provider=True,
        new_provider_name="LPK Cahaya",
        new_provider_kind="LPK",
        new_provider_regency="32.73",
        title="Desain Grafis",
        category="kreatif",
        hours="60",
        session=good_session(),
    )
    opened = kiosk.opening.open(draft)
    [choice] = kiosk.opening.providers()
    assert choice.id == opened.provider_id and choice.regency == "Kota Bandung"
    [summary] = kiosk.catalogue.sessions()
    assert summary.capacity == 25 and summary.uses_checkout
    assert summary.schedule == {"days": [0, 2, 4], "start": "08:00", "end": "12:00"}
    assert summary.start_date == dt.date(2026, 3, 9)
    kiosk.opening.add_session(
        opened.program_id, opened.provider_id, good_session(location="Ruang 4")
    )
    assert _count(kiosk, TrainingSession) == 2
    assert _count(kiosk, TrainingProgram) == 1


def test_no_provider_chosen(kiosk: KioskServices) -> None:
    errors = kiosk.opening.check(TrainingDraft(title="A", hours="1", session=good_session()))
    assert errors["provider"].code == "opening.provider_required"
