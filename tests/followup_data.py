"""A class that ended, with trainees who attended it, built through the real services (the
follow-up survey tests of the kiosk, the server and the screens share it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.domain.nik import Sex
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from tests.conftest import SettableClock
from tests.factories import applicant_form

# Mondays and Wednesdays of January 2026; the class ends on Friday 30 January, so on the
# clock fixture's 2 March the one-month survey is open (28 February ± its window).
START, END = dt.date(2026, 1, 5), dt.date(2026, 1, 30)
MEETINGS = (dt.date(2026, 1, 5), dt.date(2026, 1, 7), dt.date(2026, 1, 12))


@dataclass
class EndedClass:
    session_id: str
    people: dict[str, str]  # first name -> applicant id
    cards: dict[str, str]  # first name -> card payload


def ended_class(
    kiosk: KioskServices,
    clock: SettableClock,
    names: tuple[str, ...] = ("Ani", "Budi"),
    *,
    seed: int = 700,
    absent: tuple[str, ...] = (),
) -> EndedClass:
    """Open a class in December, register and enrol ``names``, scan their cards on the meeting
    days (``absent`` ones never come), and put the clock back where it was."""
    then = clock.moment
    clock.moment = dt.datetime(2025, 12, 20, 9, 0, tzinfo=then.tzinfo)
    provider = kiosk.catalogue.create_provider("BLK Bandung", "BLK", "32.73")
    program = kiosk.catalogue.create_program("Menjahit Dasar", "busana", 120)
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 3",
        start_date=START,
        end_date=END,
        schedule=WeeklySchedule((0, 2), "08:00", "12:00"),
        capacity=20,
    )
    people, cards = {}, {}
    for n, name in enumerate(names):
        form = applicant_form(seed=seed + n, sex=Sex.FEMALE, full_name=f"{name} Lestari")
        result = kiosk.registration.register(form)
        assert result.card_payload is not None
        kiosk.catalogue.enrol(training.id, result.applicant_id)
        people[name] = result.applicant_id
        cards[name] = result.card_payload
    for day in MEETINGS:
        clock.moment = dt.datetime.combine(day, dt.time(8, 5), tzinfo=then.tzinfo)
        for name in names:
            if name not in absent:
                verdict = kiosk.attendance.record_scan(training.id, cards[name], staff_id=None)
                assert verdict.outcome.value == "checked_in", verdict
    clock.moment = then
    return EndedClass(training.id, people, cards)
