"""Jobs by touch alone at 1024×768: become a job seeker, browse and apply with reasons shown,
my applications, and a job-fair booth scan to the receipt. No key event reaches any input."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.followup import Status
from kiosk.services.kiosk import KioskServices
from kiosk.store.followup_models import FollowupAnswer
from kiosk.store.placement_models import JobApplication, JobSeeker
from kiosk.ui.main_window import MainWindow
from tests.conftest import SettableClock
from tests.factories import add_vacancy, applicant_form
from tests.followup_data import ended_class
from tests.ui.touch_driver import LEFT, TouchDriver


def _person(kiosk: KioskServices) -> tuple[str, str]:
    made = kiosk.registration.register(applicant_form())
    [card] = kiosk.people.printable_cards(applicant_id=made.applicant_id)
    return made.applicant_id, card.card_number


def _tap_row(touch: TouchDriver, listing: QListWidget, row: int) -> None:
    QApplication.processEvents()
    rect = listing.visualItemRect(listing.item(row))
    assert listing.viewport().rect().contains(rect.center()), f"row {row} not in view"
    touch.on_screen(listing)
    touch.qtbot.mouseClick(listing.viewport(), LEFT, pos=QPoint(rect.center()))


def _idle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)


def test_become_a_job_seeker_browse_apply_and_my_applications(
    window: MainWindow, touch: TouchDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    applicant_id, number = _person(kiosk)
    sewing = add_vacancy(kiosk)
    jobs = window.placement.jobs
    touch.tap(window.home.tiles["jobs"])
    touch.type(jobs.entry.number, number)
    touch.tap(jobs.entry.submit)
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is jobs.menu, timeout=5000)
    assert "belum terdaftar" in jobs.status.text()

    touch.tap(jobs.register)
    wizard = jobs.wizard
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is wizard, timeout=5000)
    touch.tap(wizard.level.buttons["sma_smk"])
    touch.tap(wizard.next)
    touch.type(wizard.wanted.search, "jahit")
    qtbot.waitUntil(lambda: wizard.wanted.item_for("8153") is not None, timeout=5000)
    touch.pick(wizard.wanted, "8153")
    touch.tap(wizard.next)
    touch.tap(wizard.next)  # no earlier job
    touch.type(wizard.skill, "menjahit")
    touch.tap(wizard.add_skill)
    touch.tap(wizard.next)
    touch.tap(wizard.wage.buttons["2-4jt"])
    touch.tap(wizard.next)  # save
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is jobs.menu, timeout=5000)
    assert "tersimpan" in jobs.status.text()
    with kiosk.store.reading() as session:
        row = session.get(JobSeeker, applicant_id)
        assert row is not None and row.skills == ["menjahit"]
        assert row.desired_occupations == ["8153"] and row.desired_regions == ["32"]

    touch.tap(jobs.browse_button)
    qtbot.waitUntil(lambda: jobs.results.count() == 1, timeout=5000)
    assert "cocok" in jobs.results.item(0).text()
    _tap_row(touch, jobs.results, 0)
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is jobs.detail, timeout=5000)
    reasons = [jobs.why.item(i).text() for i in range(jobs.why.count())]
    assert reasons[0].startswith("Cocok") and any("menjahit" in r.lower() for r in reasons)
    touch.tap(jobs.apply)
    qtbot.waitUntil(lambda: jobs.result.isVisible(), timeout=5000)
    assert "Lamaran terkirim" in jobs.result.text() and not jobs.apply.isEnabled()
    with kiosk.store.reading() as session:
        assert session.scalar(select(JobApplication.vacancy_id)) == sewing

    touch.tap(jobs.detail_back)
    touch.tap(jobs.browse_back)
    touch.tap(jobs.applications_button)
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is jobs.applications_page, timeout=5000)
    assert jobs.applications.count() == 1
    assert "Lamaran terkirim" in jobs.applications.item(0).text()
    _idle(window, qtbot)


def test_job_fair_scan_to_receipt_and_leave_with_a_staff_pin(
    window: MainWindow, touch: TouchDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    _applicant_id, number = _person(kiosk)
    add_vacancy(kiosk, employer="PT Booth", title="Penjahit")
    add_vacancy(kiosk, employer="PT Lain", title="Sopir", isco_code="8322")
    kiosk.staff.create("petugas", "Petugas Satu", "482915", role="staff")  # type: ignore[call-arg]
    kiosk.job_fair.start("PT Booth", staff_id="test")
    window.go_home()
    fair = window.placement.booth
    assert window.stack.currentWidget() is fair
    touch.type(fair.entry.number, number)
    touch.tap(fair.entry.submit)
    qtbot.waitUntil(lambda: fair.pages.currentWidget() is fair.choose, timeout=5000)
    assert fair.vacancies.count() == 1  # only the booth's employer
    _tap_row(touch, fair.vacancies, 0)
    qtbot.waitUntil(lambda: fair.pages.currentWidget() is fair.slip, timeout=5000)
    assert "PT Booth" in fair.receipt_label.text() and "Penjahit" in fair.receipt_label.text()
    with kiosk.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(JobApplication)) == 1
    touch.tap(fair.next)
    assert fair.pages.currentWidget() is fair.entry
    window._idle_expired()  # the idle timeout keeps the booth
    assert window.stack.currentWidget() is fair
    touch.tap(fair.leave)
    assert window.stack.currentWidget() is window.placement.leave_pin
    _idle(window, qtbot)
    assert kiosk.job_fair.employer() == "PT Booth"  # nothing ends without the PIN


def test_a_card_scanned_at_jobs_asks_the_follow_up_survey_due_then_the_menu(
    window: MainWindow,
    touch: TouchDriver,
    kiosk: KioskServices,
    clock: SettableClock,
    qtbot: QtBot,
) -> None:
    ended = ended_class(kiosk, clock, ("Citra",), seed=980)
    applicant_id = ended.people["Citra"]
    [card] = kiosk.people.printable_cards(applicant_id=applicant_id)
    jobs, survey = window.placement.jobs, window.placement.survey
    touch.tap(window.home.tiles["jobs"])
    touch.type(jobs.entry.number, card.card_number)
    touch.tap(jobs.entry.submit)
    # The one-month survey is open: it is asked first, by the person's first name.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is survey, timeout=10_000)
    assert "Citra" in survey.title.text()
    touch.tap(survey.tiles[Status.LOOKING])
    qtbot.waitUntil(lambda: survey.pages.currentWidget() is survey.thanks_page, timeout=10_000)
    touch.tap(survey.next)
    # Back where the scan was going: the jobs menu, for the same person.
    assert window.stack.currentWidget() is jobs
    assert jobs.pages.currentWidget() is jobs.menu
    with kiosk.store.reading() as session:
        stored = session.scalars(
            select(FollowupAnswer.status).where(FollowupAnswer.applicant_id == applicant_id)
        ).all()
    assert stored == ["looking"]
    # Answered once: the next scan goes straight to the menu.
    touch.tap(jobs.done)
    touch.tap(window.home.tiles["jobs"])
    touch.type(jobs.entry.number, card.card_number)
    touch.tap(jobs.entry.submit)
    qtbot.waitUntil(lambda: jobs.pages.currentWidget() is jobs.menu, timeout=10_000)
    _idle(window, qtbot)
    assert window.stack.currentWidget() is jobs
