"""Screenshot states of the follow-up survey (kiosk/ui/screens/followup.py): a trainee of a
class that ended in January, on every page of the survey (called by screenshot_states.walk)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from kiosk.domain.followup import Status
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.followup import FollowupScreen
from kiosk.ui.screens.followup_staff import FollowupStaffScreen

Shoot = Callable[..., None]


def _ended_class(services: KioskServices, clock: Any) -> str:
    """A trainee registered in December who attended a class from 5 to 30 January; their
    applicant id."""
    from screenshot_states import person

    now = clock.moment
    clock.moment = dt.datetime(2025, 12, 20, 9, 0, tzinfo=now.tzinfo)
    people = [services.registration.register(person(77, full_name="Siti Aminah"))]
    provider = services.catalogue.create_provider("BLK Bandung", "BLK", "32.73")
    program = services.catalogue.create_program("Menjahit Busana Dasar", "busana", 120)
    training = services.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang Jahit",
        start_date=dt.date(2026, 1, 5),
        end_date=dt.date(2026, 1, 30),
        schedule=WeeklySchedule((0, 2), "08:00", "12:00"),
        capacity=20,
    )
    for result in people:
        services.catalogue.enrol(training.id, result.applicant_id)
    clock.moment = dt.datetime(2026, 1, 5, 8, 5, tzinfo=now.tzinfo)
    for result in people:
        services.attendance.record_scan(training.id, result.card_payload, staff_id=None)
    clock.moment = now
    return people[0].applicant_id


def followup(
    window: MainWindow, services: KioskServices, clock: Any, shoot: Shoot, settle: Any
) -> None:
    survey = services.followup.due_survey(_ended_class(services, clock))
    assert survey is not None, "the screenshot trainee has no open survey"
    screen = FollowupScreen(window.ops)
    screen.attach(services)
    window.stack.addWidget(screen)
    window.stack.setCurrentWidget(screen)

    def state(setup: Callable[[], None]) -> Callable[[], None]:
        def before() -> None:
            screen.ask(survey, "Siti")
            screen.retranslate(window.lang)
            setup()

        return before

    def working() -> None:
        screen._chose(Status.WORKING)

    def typed() -> None:
        working()
        screen.employer.setText("Konveksi Sinar Jaya")
        screen.employer.setFocus()

    def sector() -> None:
        typed()
        screen._next()
        screen.sector.set_value("manufacturing")

    def pay() -> None:
        sector()
        screen._next()
        screen.wage.set_value("2m_3m")
        screen.related.set_value("yes")

    def missing() -> None:
        working()
        screen._next()

    def thanks() -> None:
        screen._show(screen.thanks_page)

    shoot("followup-status", state(lambda: None))
    shoot("followup-employer-keyboard", state(typed))
    shoot("followup-employer-missing", state(missing))
    shoot("followup-sector", state(sector))
    shoot("followup-pay", state(pay))
    shoot("followup-thanks", state(thanks))
    screen.reset()
    window.stack.removeWidget(screen)
    screen.deleteLater()

    staff = FollowupStaffScreen(window.ops)
    window.stack.addWidget(staff)
    window.stack.setCurrentWidget(staff)

    def listed() -> None:
        staff.retranslate(window.lang)
        staff.open(services, "")
        settle()
        staff._class_clicked(staff.classes.item(0))
        settle()
        staff.trainees.setCurrentRow(0)

    shoot("followup-staff-list", listed)
    staff.reset()
    window.stack.removeWidget(staff)
    staff.deleteLater()
    window.go_home()
