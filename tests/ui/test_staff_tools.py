"""Staff tools through real taps and keys: opening a training, enrolling trainees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.nik import Sex
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import Enrolment, TrainingProgram, TrainingProvider, TrainingSession
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form
from tests.ui.wizard_driver import WizardDriver

PIN = "482915"
ADMIN_PIN = "730518"


def count(kiosk: KioskServices, model: type) -> int:
    with kiosk.store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def people(kiosk: KioskServices) -> dict[str, str]:
    kiosk.staff.create("rina", "Rina Staf", PIN)
    kiosk.staff.create("adi", "Adi Admin", ADMIN_PIN, "admin")
    budi = kiosk.registration.register(applicant_form(seed=1, sex=Sex.MALE))
    kiosk.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
    return {"budi": budi.applicant_id}


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices, people: dict[str, str]) -> Iterator[MainWindow]:
    win = MainWindow(lang="en")
    qtbot.addWidget(win)
    win.attach(kiosk)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ops.drain()
    win.close()


def log_in(window: MainWindow, qtbot: QtBot, username: str, pin: str) -> WizardDriver:
    drive = WizardDriver(window, qtbot)
    drive.tap(window.home.tiles["staff"])
    area = window.staff_area
    qtbot.waitUntil(lambda: username in area.login.names.buttons, timeout=5000)
    drive.tap(area.login.names.buttons[username])
    for digit in pin:
        drive.tap(next(b for b in area.login.pad_buttons if b.text() == digit))
    drive.tap(area.login.submit)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.home, timeout=10_000)
    return drive


def test_open_a_training_with_a_new_provider_then_enrol(
    window: MainWindow, qtbot: QtBot, kiosk: KioskServices, people: dict[str, str]
) -> None:
    drive = log_in(window, qtbot, "rina", PIN)
    area = window.staff_area
    assert not area.home.accounts.isVisible()  # staff, not admin
    drive.tap(area.home.open_training)
    screen = area.opening.screen
    assert area.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.providers.list.count() == 1, timeout=5000)

    drive.tap(screen.save)  # nothing filled in: every field says what is wrong
    qtbot.waitUntil(lambda: screen.fields["title"].error.isVisible(), timeout=5000)
    assert (
        screen.fields["provider"].error.text() == "Choose a training provider or fill in a new one."
    )
    assert screen.fields["schedule"].error.isVisible()
    assert count(kiosk, TrainingProgram) == 0

    drive.tap(screen.new_provider)
    drive.type(screen.edits["new_provider_name"], "LPK Maju Jaya")
    drive.tap(screen.kind.buttons["BLK"])
    drive.type(screen.regency.search, "Kota Bandung")
    drive.pick(screen.regency, "32.73")
    drive.type(screen.edits["title"], "Desain Grafis")
    pad = screen.keypad
    drive.keypad(screen.edits["hours"], "60", pad)
    drive.type(screen.edits["location"], "Ruang 3")
    drive.keypad(screen.edits["start_date"], "02-03-2026", pad)
    drive.keypad(screen.edits["end_date"], "01-03-2026", pad)  # before the start
    for day in (0, 2, 4):
        drive.tap(screen.day_buttons[day])
    drive.keypad(screen.edits["start_time"], "0800", pad)
    drive.keypad(screen.edits["end_time"], "1200", pad)
    drive.keypad(screen.edits["capacity"], "25", pad)
    drive.tap(screen.save)
    qtbot.waitUntil(lambda: not screen.fields["title"].error.isVisible(), timeout=5000)
    assert screen.fields["end_date"].error.text() == "The end date cannot be before the start date."
    assert count(kiosk, TrainingProvider) == 1  # nothing written yet

    drive.tap(screen.edits["end_date"])
    screen.edits["end_date"].clear()
    drive.keypad(screen.edits["end_date"], "27-03-2026", pad)
    drive.tap(screen.save)
    qtbot.waitUntil(lambda: screen.notice.isVisible(), timeout=5000)
    assert "Desain Grafis" in screen.notice.text()
    assert count(kiosk, TrainingProvider) == 2 and count(kiosk, TrainingSession) == 1

    drive.tap(screen.another)  # a second session of the same program
    assert not screen.program_box.isEnabled()
    drive.type(screen.edits["location"], "Ruang 4")
    drive.keypad(screen.edits["start_date"], "02-03-2026", pad)
    drive.keypad(screen.edits["end_date"], "20-03-2026", pad)
    drive.tap(screen.day_buttons[1])
    drive.keypad(screen.edits["start_time"], "1300", pad)
    drive.keypad(screen.edits["end_time"], "1500", pad)
    drive.keypad(screen.edits["capacity"], "1", pad)
    drive.tap(screen.save)
    qtbot.waitUntil(lambda: count(kiosk, TrainingSession) == 2, timeout=5000)
    qtbot.waitUntil(lambda: screen.enrol.isVisible(), timeout=5000)
    assert count(kiosk, TrainingProgram) == 1
    second = screen.opened
    assert second is not None

    drive.tap(screen.enrol)
    enrol = area.enrolment.screen
    assert area.stack.currentWidget() is enrol
    qtbot.waitUntil(lambda: enrol.sessions.current_key() == second.session_id, timeout=5000)
    drive.type(enrol.search, "Budi")
    qtbot.waitUntil(lambda: enrol.results.list.count() == 1, timeout=5000)
    drive.tap(enrol.submit)
    qtbot.waitUntil(lambda: "is enrolled" in enrol.message.text(), timeout=5000)
    assert count(kiosk, Enrolment) == 1
    qtbot.waitUntil(lambda: "1 of 1" in enrol.seats.text(), timeout=5000)
    drive.tap(enrol.submit)  # again: the catalogue's refusal, shown inline
    qtbot.waitUntil(lambda: "already enrolled" in enrol.message.text(), timeout=5000)
    assert count(kiosk, Enrolment) == 1


def test_enrol_searches_by_masked_nik_on_the_keypad(
    window: MainWindow, qtbot: QtBot, kiosk: KioskServices, people: dict[str, str]
) -> None:
    import datetime as dt

    from kiosk.services.catalogue import WeeklySchedule

    [provider] = kiosk.opening.providers()
    program = kiosk.catalogue.create_program("Barista", "kuliner", 40)
    today = kiosk.ctx.now().date()
    kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 1",
        start_date=today,
        end_date=today + dt.timedelta(days=5),
        schedule=WeeklySchedule((0,), "08:00", "10:00"),
        capacity=5,
    )
    budi = kiosk.people.get(people["budi"])
    assert budi is not None
    drive = log_in(window, qtbot, "rina", PIN)
    area = window.staff_area
    drive.tap(area.home.enrol)
    enrol = area.enrolment.screen
    qtbot.waitUntil(lambda: enrol.sessions.list.count() == 1, timeout=5000)
    digits = budi.masked_nik[:4] + budi.masked_nik[-4:]
    drive.keypad(enrol.search, digits, enrol.keypad)
    qtbot.waitUntil(lambda: enrol.results.list.count() == 1, timeout=5000)
    assert budi.masked_nik in enrol.results.list.item(0).text()
    qtbot.mouseClick(enrol.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(kiosk, Enrolment) == 1, timeout=5000)


def test_admin_creates_and_disables_accounts(
    window: MainWindow, qtbot: QtBot, kiosk: KioskServices
) -> None:
    drive = log_in(window, qtbot, "adi", ADMIN_PIN)
    area = window.staff_area
    drive.tap(area.home.accounts)
    screen = area.accounts.screen
    assert area.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.accounts.list.count() == 2, timeout=5000)

    drive.type(screen.username, "dewi")
    drive.type(screen.name, "Dewi Lestari")
    drive.tap(screen.role.buttons["admin"])
    drive.keypad(screen.pin, "591734", screen.keypad)
    drive.keypad(screen.pin_again, "591743", screen.keypad)
    drive.tap(screen.create_button)
    qtbot.waitUntil(lambda: screen.pin_error.isVisible(), timeout=5000)
    assert screen.pin_error.text() == "The two PINs differ. Type the same PIN twice."
    assert screen.pin_again.property("invalid")
    assert screen.pin.text() == ""  # a refused PIN is not left on screen
    drive.keypad(screen.pin, "591734", screen.keypad)
    drive.keypad(screen.pin_again, "591734", screen.keypad)
    drive.tap(screen.create_button)
    qtbot.waitUntil(lambda: screen.accounts.list.count() == 3, timeout=5000)
    assert "dewi" in screen.list_message.text()
    dewi = kiosk.staff.find("dewi")
    assert dewi is not None and dewi.role.value == "admin" and dewi.active

    own = kiosk.staff.find("adi")
    assert own is not None
    drive.pick(screen.accounts, own.id)
    drive.tap(screen.disable)
    qtbot.waitUntil(lambda: "your own account" in screen.list_message.text(), timeout=5000)

    rina = kiosk.staff.find("rina")
    assert rina is not None
    drive.pick(screen.accounts, rina.id)
    drive.tap(screen.disable)
    qtbot.waitUntil(lambda: "disabled" in screen.list_message.text(), timeout=5000)
    found = kiosk.staff.find("rina")
    assert found is not None and not found.active

    def rina_row() -> str:
        item = screen.accounts.item_for(rina.id)
        return "" if item is None else item.text()

    qtbot.waitUntil(lambda: rina_row().endswith("disabled"), timeout=5000)


def test_staff_do_not_see_accounts(window: MainWindow, qtbot: QtBot) -> None:
    log_in(window, qtbot, "rina", PIN)
    area = window.staff_area
    assert area.home.open_training.isVisible()
    assert not area.home.accounts.isVisible()
    area.accounts.show()  # even when asked directly, the screen is not shown
    assert area.stack.currentWidget() is area.home


def test_show_nik_export_and_erase_from_the_look_up(
    window: MainWindow,
    qtbot: QtBot,
    kiosk: KioskServices,
    people: dict[str, str],
    tmp_path: Path,
) -> None:
    import json

    from kiosk.store.models import AuditEvent

    budi = kiosk.people.get(people["budi"])
    assert budi is not None
    full_nik = kiosk.privacy.export_applicant(budi.id, kiosk.staff.login("rina", PIN))["applicant"][
        "nik"
    ]
    drive = log_in(window, qtbot, "rina", PIN)
    area = window.staff_area
    drive.tap(area.home.people)
    screen = area.people.screen
    assert area.stack.currentWidget() is screen
    drive.type(screen.search, "Budi")
    qtbot.waitUntil(lambda: screen.results.list.count() == 1, timeout=5000)
    assert screen.person_nik.text() == budi.masked_nik

    audits_before = count(kiosk, AuditEvent)
    drive.tap(screen.show_nik)
    qtbot.waitUntil(lambda: screen.person_nik.text() == full_nik, timeout=5000)
    assert count(kiosk, AuditEvent) == audits_before + 1  # the reveal is audited
    screen.reveal._timer.setInterval(50)  # the ~10 s, shortened for the test
    screen.reveal._timer.start()
    qtbot.waitUntil(lambda: screen.person_nik.text() == budi.masked_nik, timeout=5000)

    drive.tap(screen.show_nik)
    qtbot.waitUntil(lambda: screen.person_nik.text() == full_nik, timeout=5000)
    drive.tap(screen.back)  # leaving the screen masks it at once
    assert not screen.reveal.active
    assert budi.masked_nik in screen.person_nik.text()
    drive.tap(area.home.people)
    drive.type(screen.search, "Budi")
    qtbot.waitUntil(lambda: screen.results.list.count() == 1, timeout=5000)

    target = tmp_path / "budi"
    area.people.choose_export_path = lambda _parent, _name: str(target)
    drive.tap(screen.export)
    qtbot.waitUntil(lambda: "Saved" in screen.message.text(), timeout=5000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["applicant"]["nik"] == full_nik

    drive.tap(screen.erase)
    assert screen.pages.currentIndex() == 1
    drive.type(screen.admin_user, "rina")  # not an admin
    drive.keypad(screen.admin_pin, PIN, screen.keypad)
    drive.tap(screen.erase_confirm)
    qtbot.waitUntil(lambda: bool(screen.erase_error.text()), timeout=5000)
    assert "admin" in screen.erase_error.text()
    assert screen.admin_pin.text() == ""
    screen.admin_user.clear()
    drive.type(screen.admin_user, "adi")
    drive.keypad(screen.admin_pin, ADMIN_PIN, screen.keypad)
    drive.tap(screen.erase_confirm)
    qtbot.waitUntil(lambda: "erased" in screen.message.text(), timeout=5000)
    assert screen.pages.currentIndex() == 0
    with pytest.raises(Exception, match="removed"):
        kiosk.privacy.reveal_nik(budi.id, kiosk.staff.login("rina", PIN))


def test_show_nik_in_the_roster(
    window: MainWindow, qtbot: QtBot, kiosk: KioskServices, people: dict[str, str]
) -> None:
    import datetime as dt

    from kiosk.services.catalogue import WeeklySchedule

    [provider] = kiosk.opening.providers()
    program = kiosk.catalogue.create_program("Barista", "kuliner", 40)
    today = kiosk.ctx.now().date()
    training = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 1",
        start_date=today,
        end_date=today + dt.timedelta(days=5),
        schedule=WeeklySchedule((0,), "08:00", "10:00"),
        capacity=5,
    )
    kiosk.catalogue.enrol(training.id, people["budi"])
    budi = kiosk.people.get(people["budi"])
    assert budi is not None
    drive = log_in(window, qtbot, "rina", PIN)
    area = window.staff_area
    qtbot.waitUntil(lambda: area.home.list.count() == 1, timeout=5000)
    drive.tap(area.home.roster)
    roster = area.roster
    qtbot.waitUntil(lambda: roster.table.rowCount() == 1, timeout=5000)
    roster.table.selectRow(0)
    drive.tap(roster.show_nik)
    qtbot.waitUntil(lambda: "•" not in roster.table.item(0, 1).text(), timeout=5000)
    assert len(roster.table.item(0, 1).text()) == 16
    drive.tap(roster.back)
    assert not roster.reveal.active
