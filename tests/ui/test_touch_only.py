"""A finger and nothing else: a whole registration to the card, a staff log-in, a forgot-card
look-up and a kiosk pairing, by tapping on-screen keys and buttons at 1024×768. No key event
reaches any input; each test fails if a field on its path cannot be filled by touch."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.nik import Sex
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role
from kiosk.store.models import Applicant, AttendanceEvent
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form, open_session
from tests.servers import ServerProcess
from tests.ui.touch_driver import TouchDriver

PIN = "482915"
ADMIN_PIN = "731946"


def idle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=10_000)


def test_a_whole_registration_by_touch_to_the_card(
    window: MainWindow, touch: TouchDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    session_id = open_session(kiosk)
    form = applicant_form(sex=Sex.MALE, email="budi.s@contoh.co.id")
    reg = window.registration
    touch.tap(window.home.tiles["register"])
    touch.tap(reg.consent.agree)
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.identity, timeout=5000)

    page = reg.identity
    touch.type(page.nik, form.nik)
    touch.type(page.name, form.full_name)  # capitals through shift, a space on the space bar
    touch.type(page.birth_place, form.birth_place)
    touch.type(page.birth_date, str(form.birth_date))
    touch.tap(page.sex.buttons[form.sex])
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.address, timeout=5000)

    page = reg.address
    touch.type(page.address, form.address)  # dots, commas, slashes and digits
    touch.type(page.province.search, "jawa barat")
    touch.pick(page.province, form.province_code)
    touch.type(page.regency.search, "kota bandung")
    touch.pick(page.regency, form.regency_code)
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.contact, timeout=5000)

    page = reg.contact
    touch.type(page.phone, "".join(c for c in form.phone if c.isdigit()))
    touch.type(page.email, form.email)  # @ and dots
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.status, timeout=5000)

    page = reg.status
    touch.tap(page.education.buttons[form.education_level])
    touch.tap(page.employment.buttons[form.employment_status])
    touch.type(page.occupation.search, "tidak")
    touch.pick(page.occupation, form.occupation)
    touch.type(page.kk, form.kk_number)
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.verdict_page, timeout=5000)
    assert "Langkah berikutnya" in reg.verdict_page.note.text()  # what happens next

    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.training, timeout=5000)
    touch.pick(reg.training.list, session_id)
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: reg.current() is reg.review, timeout=5000)
    shown = {caption.text(): value.text() for caption, value in reg.review.rows}
    assert shown["Pelatihan yang dipilih"] == "Barista Kopi"
    assert shown["Tempat lahir"] == "Bandung"  # the date has a row of its own
    assert shown["Tanggal lahir"] == form.birth_date
    assert shown["Nomor KK"].startswith(form.kk_number[:4]) and form.kk_number not in shown.values()
    assert form.nik not in shown.values()
    touch.tap(reg.next)
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.card
    with kiosk.store.reading() as db:
        [person] = db.scalars(select(Applicant)).all()
        assert person.full_name == "Budi Santoso"  # a capital after a space, by shift


def test_staff_log_in_by_touch(
    window: MainWindow, touch: TouchDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    kiosk.staff.create("rina", "Rina Staf", PIN)
    kiosk.staff.create("adi", "Adi Admin", ADMIN_PIN, Role.ADMIN)
    area = window.staff_area
    touch.tap(window.home.tiles["staff"])
    qtbot.waitUntil(lambda: "rina" in area.login.names.buttons, timeout=5000)
    assert set(area.login.names.buttons) == {"rina", "adi"}  # this site's staff, by name
    touch.tap(area.login.names.buttons["rina"])
    for digit in PIN:
        touch.tap(next(b for b in area.login.pad_buttons if b.text() == digit))
    touch.tap(area.login.submit)
    qtbot.waitUntil(lambda: area.user is not None, timeout=10_000)
    assert area.user is not None and area.user.username == "rina"
    assert area.stack.currentWidget() is area.home


def test_forgot_card_look_up_by_touch(
    window: MainWindow, touch: TouchDriver, kiosk: KioskServices, qtbot: QtBot
) -> None:
    session_id = open_session(kiosk)
    trainee = kiosk.registration.register(applicant_form(seed=7, sex=Sex.MALE))
    kiosk.catalogue.enrol(session_id, trainee.applicant_id)
    # A namesake who is not in the class: listed after the class's own trainee.
    kiosk.registration.register(applicant_form(seed=8, sex=Sex.MALE))
    kiosk.staff.create("rina", "Rina Staf", PIN)
    area = window.staff_area
    touch.tap(window.home.tiles["staff"])
    qtbot.waitUntil(lambda: "rina" in area.login.names.buttons, timeout=5000)
    touch.tap(area.login.names.buttons["rina"])
    for digit in PIN:
        touch.tap(next(b for b in area.login.pad_buttons if b.text() == digit))
    touch.tap(area.login.submit)
    qtbot.waitUntil(lambda: area.home.list.count() == 1, timeout=10_000)
    touch.tap(area.home.scan)
    scan = area.scan
    qtbot.waitUntil(lambda: scan.counts.text() != "", timeout=5000)
    touch.type(scan.search, "Budi")
    qtbot.waitUntil(lambda: scan.results.count() == 2, timeout=5000)
    assert scan.results.currentRow() == -1  # nobody chosen by itself
    assert "belum terdaftar" not in scan.results.item(0).text()
    assert "belum terdaftar" in scan.results.item(1).text()
    touch.tap(window.keyboard.keyboard.hide_button)  # make room for the list
    touch.pick(scan.results, trainee.applicant_id)
    # Staff check the person against the KTP before anything is recorded.
    assert scan.lookup.currentWidget() is scan.confirm_box
    assert "••••" in scan.confirm_details.text() and "lahir" in scan.confirm_details.text()
    with kiosk.store.reading() as db:
        assert db.scalar(select(func.count()).select_from(AttendanceEvent)) == 0
    touch.tap(scan.record)
    qtbot.waitUntil(lambda: scan.banner.tone is not None, timeout=5000)
    with kiosk.store.reading() as db:
        [event] = db.scalars(select(AttendanceEvent)).all()
    assert event.applicant_id == trainee.applicant_id


def test_pairing_by_touch(
    window: MainWindow,
    touch: TouchDriver,
    kiosk: KioskServices,
    qtbot: QtBot,
    server: ServerProcess,
) -> None:
    kiosk.staff.create("kepala", "Kepala BLK", ADMIN_PIN, Role.ADMIN)
    touch.tap(window.top_bar.admin)
    pin = window.admin_pin
    qtbot.waitUntil(lambda: "kepala" in pin.names.buttons, timeout=5000)
    touch.tap(pin.names.buttons["kepala"])
    for digit in ADMIN_PIN:
        touch.tap(pin.keypad.buttons[digit])
    touch.tap(pin.ok)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.admin, timeout=10_000)
    touch.tap(window.admin.entries["pairing"])
    page = window.admin.pairing
    idle(window, qtbot)
    touch.tap(page.url)
    touch.tap(window.keyboard.keyboard.clear_button)
    touch.type(page.url, server.url)  # digits, dots, colons and slashes
    touch.type(page.code, server.enrolment_code("BLK-SENTUH"))
    touch.tap(page.submit)
    qtbot.waitUntil(lambda: page.submit.isEnabled(), timeout=30_000)
    assert "BLK-SENTUH" in page.outcome.text()
    assert kiosk.sync.health().enrolled
