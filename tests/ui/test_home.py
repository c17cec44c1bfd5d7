"""The kiosk window through real widgets: home tiles, language switch, status, trainings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screens.trainings import SessionCard
from tests.factories import applicant_form, open_session


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_home_has_five_large_named_tiles(window: MainWindow) -> None:
    tiles = window.home.tiles
    assert [t.accessibleName() for t in tiles.values()] == [
        "Daftar",
        "Pelatihan",
        "Cari kerja",
        "Kartu saya",
        "Staf",
    ]
    for tile in tiles.values():
        assert tile.height() >= 44 and tile.width() >= 44


def test_language_switch_retranslates_everything(window: MainWindow, qtbot: QtBot) -> None:
    [id_button, en_button] = window.top_bar.language_buttons.buttons()
    qtbot.mouseClick(en_button, Qt.MouseButton.LeftButton)
    assert window.lang == "en"
    assert window.home.tiles["register"].title.text() == "Register"
    assert window.home.welcome.text().startswith("Welcome")
    assert window.status_strip.connection.text().startswith("Offline")
    qtbot.mouseClick(id_button, Qt.MouseButton.LeftButton)
    assert window.home.tiles["register"].title.text() == "Daftar"
    assert id_button.isChecked() and not en_button.isChecked()


def test_status_strip_shows_pending_uploads(
    window: MainWindow, kiosk: KioskServices, qtbot: QtBot
) -> None:
    kiosk.registration.register(applicant_form())
    with qtbot.waitSignal(window.status_changed, timeout=5000):
        window.attach(kiosk)
    assert window.status_strip.pending.text() == "Menunggu unggah: 3"  # key, applicant, card
    assert "1 pendaftar" in window.status_strip.counts.text()


def test_trainings_tile_lists_open_sessions_with_seats(
    window: MainWindow, kiosk: KioskServices, qtbot: QtBot
) -> None:
    open_session(kiosk, days=0)
    window.attach(kiosk)
    qtbot.mouseClick(window.home.tiles["trainings"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.trainings, timeout=5000)
    cards = window.trainings.findChildren(SessionCard)
    assert len(cards) == 1
    texts = " ".join(label.text() for label in cards[0].findChildren(type(window.home.welcome)))
    assert "Barista Kopi" in texts and "20 dari 20 kursi tersisa" in texts
    qtbot.mouseClick(window.trainings.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_unbuilt_service_shows_a_notice_not_a_dialog(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.mouseClick(window.home.tiles["card"], Qt.MouseButton.LeftButton)
    assert window.home.notice.isVisible()
    assert "segera" in window.home.notice.text()
    window.go_home()
    assert not window.home.notice.isVisible()


def test_background_failure_returns_home_with_a_friendly_notice(
    window: MainWindow, qtbot: QtBot
) -> None:
    def broken() -> None:
        raise RuntimeError("disk on fire")

    window.stack.setCurrentWidget(window.trainings)
    with qtbot.captureExceptions():
        window.ops.read(broken)
        qtbot.waitUntil(lambda: window.home.notice.isVisible(), timeout=5000)
    assert window.stack.currentWidget() is window.home
    assert "disk on fire" not in window.home.notice.text()


def test_status_strip_warns_when_disk_space_runs_low(window: MainWindow) -> None:
    import dataclasses

    from kiosk.services.status import KioskStatus

    status = KioskStatus(
        device_id="01234567-89ab-7def-8123-456789abcdef",
        applicants=1,
        cards=1,
        sessions=0,
        enrolments=0,
        attendance_events=0,
        outbox_total=3,
        outbox_pending=3,
        oldest_pending_at=None,
        last_sync_at=None,
        free_disk_mb=5000,
        disk_low=False,
        last_backup_at=None,
    )
    window.status_changed.emit(status)
    assert "MB" not in window.status_strip.counts.text()
    window.status_changed.emit(dataclasses.replace(status, free_disk_mb=120, disk_low=True))
    assert "120 MB" in window.status_strip.counts.text()
