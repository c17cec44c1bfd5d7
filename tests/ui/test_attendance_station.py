"""The attendance station through real widgets and real key events: scanner bursts, typing,
pop-ups, admit, roster, log-in and idle log-out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.domain.attendance import Tone
from kiosk.domain.nik import Sex
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.store.models import AttendanceEvent
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form, open_session

PIN = "482915"


@pytest.fixture
def cards(kiosk: KioskServices) -> dict[str, str]:
    session_id = open_session(kiosk, days=20, schedule=WeeklySchedule((0, 2, 4), "08:00", "12:00"))
    enrolled = kiosk.registration.register(applicant_form(seed=1, sex=Sex.MALE))
    kiosk.catalogue.enrol(session_id, enrolled.applicant_id)
    stranger = kiosk.registration.register(applicant_form(seed=2))
    kiosk.staff.create("rina", "Rina Staf", PIN)
    assert enrolled.card_payload and stranger.card_payload
    return {"enrolled": enrolled.card_payload, "stranger": stranger.card_payload}


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    win = MainWindow(lang="en")
    qtbot.addWidget(win)
    win.attach(kiosk)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def station(window: MainWindow, qtbot: QtBot, cards: dict[str, str]) -> MainWindow:
    """Logged in as staff, scanning the session."""
    qtbot.mouseClick(window.home.tiles["staff"], Qt.MouseButton.LeftButton)
    area = window.staff_area
    assert area.stack.currentWidget() is area.login
    qtbot.waitUntil(lambda: "rina" in area.login.names.buttons, timeout=5000)
    qtbot.mouseClick(area.login.names.buttons["rina"], Qt.MouseButton.LeftButton)
    for digit in PIN:  # the on-screen pad, as on a touch kiosk
        button = next(b for b in area.login.pad_buttons if b.text() == digit)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.home.list.count() == 1, timeout=10_000)
    qtbot.mouseClick(area.home.scan, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.scan
    qtbot.waitUntil(
        lambda: area.scan.scanner.active and area.scan.counts.text() != "", timeout=5000
    )
    return window


def verdicts(window: MainWindow) -> list[ScanVerdict]:
    seen: list[ScanVerdict] = []
    window.staff_area.verdict_shown.connect(seen.append)
    return seen


def event_count(kiosk: KioskServices) -> int:
    with kiosk.store.reading() as session:
        return session.scalar(select(func.count()).select_from(AttendanceEvent)) or 0


def test_scanner_burst_with_enter_checks_in_wherever_focus_is(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str], kiosk: KioskServices
) -> None:
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.search, cards["enrolled"])
    qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert scan.banner.tone is Tone.GREEN, seen[0].reason
    assert scan.banner.name.text() == "Budi Santoso"
    assert scan.search.text() == ""  # the burst never reached the search box
    assert event_count(kiosk) == 1
    qtbot.waitUntil(lambda: "1 of 1" in scan.counts.text(), timeout=5000)


def test_burst_without_enter_is_taken_after_a_quiet_gap(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str]
) -> None:
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.results, cards["enrolled"])
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0].tone is Tone.GREEN


def test_same_code_sent_twice_counts_once(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str]
) -> None:
    scan = station.staff_area.scan
    seen = verdicts(station)
    for _ in range(2):
        qtbot.keyClicks(scan.search, cards["enrolled"])
        qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.keyClicks(scan.search, "KNOTACARDATALLXX")  # a different code after it
    qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert [v.tone for v in seen] == [Tone.GREEN, Tone.RED]


def test_slow_human_typing_goes_into_the_search_box(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str]
) -> None:
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.search, "Budi Santoso", delay=70)
    qtbot.waitUntil(lambda: scan.search.text() == "Budi Santoso", timeout=5000)
    qtbot.waitUntil(lambda: scan.results.count() == 1, timeout=5000)
    assert seen == []
    item = scan.results.item(0)  # forgot the card: by hand, checked against the KTP
    rect = scan.results.visualItemRect(item)
    qtbot.mouseClick(scan.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(scan.record, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0].tone is Tone.GREEN


# The offscreen platform says it cannot size top-level dialogs; that is not our warning.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_scan_while_a_pop_up_is_open_is_not_swallowed(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str]
) -> None:
    seen = verdicts(station)
    box = QDialog(station)
    field = QLineEdit(box)
    ok = QPushButton("OK", box)
    ok.setDefault(True)
    ok.clicked.connect(box.accept)
    layout = QVBoxLayout(box)
    layout.addWidget(field)
    layout.addWidget(ok)
    box.open()
    qtbot.waitExposed(box)
    qtbot.keyClicks(field, cards["enrolled"])
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0].tone is Tone.GREEN
    assert field.text() == ""
    assert box.isVisible()  # the scanner's Enter did not press the pop-up's default button
    box.close()


def test_not_enrolled_is_admitted_with_one_tap(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str], kiosk: KioskServices
) -> None:
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.search, cards["stranger"])
    qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert scan.banner.tone is Tone.AMBER and scan.banner.admit.isVisible()
    assert scan.banner.admit.height() >= 44
    qtbot.mouseClick(scan.banner.admit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[1].tone is Tone.GREEN and seen[1].admitted_by is not None


def test_roster_and_log_out(station: MainWindow, qtbot: QtBot, cards: dict[str, str]) -> None:
    area = station.staff_area
    qtbot.mouseClick(area.scan.roster, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.roster.table.rowCount() == 1, timeout=5000)
    assert "Absent 1" in area.roster.counts.text()
    assert "Budi Santoso" in area.roster.roster_html()
    qtbot.mouseClick(area.roster.back, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.home.logout, Qt.MouseButton.LeftButton)
    assert area.stack.currentWidget() is area.login and area.user is None


def test_idle_staff_are_logged_out(station: MainWindow, qtbot: QtBot) -> None:
    area = station.staff_area
    area._idle.setInterval(50)
    area._idle.start()
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.login, timeout=5000)
    assert area.login.message.isVisible() and not area.scan.scanner.active


def test_wrong_pin_shows_a_message(window: MainWindow, qtbot: QtBot, cards: dict[str, str]) -> None:
    qtbot.mouseClick(window.home.tiles["staff"], Qt.MouseButton.LeftButton)
    login = window.staff_area.login
    qtbot.waitUntil(lambda: "rina" in login.names.buttons, timeout=5000)
    qtbot.mouseClick(login.names.buttons["rina"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(login.pin, "000111")
    qtbot.mouseClick(login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: login.message.isVisible(), timeout=10_000)
    assert login.message.text() == "Wrong username or PIN."
    assert login.pin.text() == ""


def test_a_refused_write_is_a_red_verdict_on_the_scan_screen_and_records_nothing(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str], kiosk: KioskServices
) -> None:
    station.ops.drain()  # the station has read its trainees on the store's own connection
    hot = kiosk.store._hot
    assert hot is not None
    # SQLite refuses every write on this connection: SQLITE_READONLY, as on a write-protected
    # USB stick (the full-disk twin of this path is in tests/integration/test_attendance.py).
    hot.execute("PRAGMA query_only = 1")
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.search, cards["enrolled"])
    qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert scan.banner.tone is Tone.RED
    assert scan.banner.reason.text().startswith("The data folder is read-only: nothing was saved.")
    assert station.staff_area.stack.currentWidget() is scan  # no dialog, the line goes on
    assert event_count(kiosk) == 0


def test_a_card_re_signed_by_another_kiosk_is_a_red_wrong_issuer_verdict(
    station: MainWindow, qtbot: QtBot, cards: dict[str, str], kiosk: KioskServices
) -> None:
    import base64
    import datetime as dt

    from kiosk.domain.card import CardSigner, parse_payload
    from kiosk.store.models import DeviceKey

    thief = CardSigner.generate()
    with kiosk.store.transaction() as session:  # trusted here, as a pull would bring it
        session.add(
            DeviceKey(
                key_id=thief.key_id,
                public_key=thief.public_bytes(),
                own=False,
                created_at=kiosk.ctx.now(),
            )
        )
    genuine = parse_payload(cards["enrolled"])
    assert genuine is not None
    forged = thief.issue(
        base64.b32decode(genuine.card_id_text), genuine.issued, dt.date(2179, 6, 6)
    )
    scan = station.staff_area.scan
    seen = verdicts(station)
    qtbot.keyClicks(scan.search, forged)
    qtbot.keyClick(scan.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert scan.banner.tone is Tone.RED
    assert scan.banner.reason.text().startswith("This card was not issued by the kiosk")
    assert thief.key_id in scan.banner.reason.text()
    assert scan.banner.name.text() != "Budi Santoso"  # the real holder is not named
    assert event_count(kiosk) == 0


def test_scans_every_two_seconds_keep_staff_logged_in_for_three_idle_timeouts(
    window: MainWindow, qtbot: QtBot, kiosk: KioskServices
) -> None:
    """Nobody touches the screen; a trainee's card is scanned every 2 s. The window's idle
    clock runs by hand (six seconds to time out), so three time-outs pass in no time."""
    session_id = open_session(kiosk, days=20, schedule=WeeklySchedule((0, 2, 4), "08:00", "12:00"))
    timeout_s = 6
    scans = 3 * timeout_s // 2
    payloads = []
    for seed in range(100, 100 + scans):
        trainee = kiosk.registration.register(applicant_form(seed=seed))
        kiosk.catalogue.enrol(session_id, trainee.applicant_id)
        assert trainee.card_payload is not None
        payloads.append(trainee.card_payload)
    kiosk.staff.create("rina", "Rina Staf", PIN)
    area = window.staff_area
    qtbot.mouseClick(window.home.tiles["staff"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "rina" in area.login.names.buttons, timeout=5000)
    qtbot.mouseClick(area.login.names.buttons["rina"], Qt.MouseButton.LeftButton)
    for digit in PIN:
        button = next(b for b in area.login.pad_buttons if b.text() == digit)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(area.login.submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.home.list.count() == 1, timeout=10_000)
    area.home.list.setCurrentRow(0)
    qtbot.mouseClick(area.home.scan, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.scan.scanner.active, timeout=5000)
    idle = window.idle
    idle.manual_clock = True
    idle.configure(timeout_s, 2)
    idle.arm(True)
    warned: list[int] = []
    idle.countdown.connect(warned.append)
    seen = verdicts(window)
    for number, payload in enumerate(payloads, start=1):
        focus = QApplication.focusWidget() or area.scan.results
        qtbot.keyClicks(focus, payload)  # the scanner's burst, with no touch at all
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=number: len(seen) == n, timeout=5000)
        for _second in range(2):
            idle.tick()
    assert warned == [] and not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is area and area.user is not None
    assert [v.tone for v in seen] == [Tone.GREEN] * scans
    assert event_count(kiosk) == scans
    for _second in range(timeout_s):  # and once the scans stop, the time-out still comes
        idle.tick()
    assert window.stack.currentWidget() is window.home and area.user is None
