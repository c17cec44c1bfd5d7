"""The assessor's sheet through real taps: choose the assessment and a checked-in candidate,
tap K/BK for every unit and the result, save; a correction needs a reason; screenshots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from tests.conftest import SettableClock
from tests.integration.test_assessments import CODES, Assessment, held  # noqa: F401
from tests.ui.snapshots import snap_screen, themed_window  # noqa: F401

pytestmark = pytest.mark.gui


def _tap_row(qtbot: QtBot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_assessor_records_and_corrects_by_touch(
    themed_window: MainWindow,  # noqa: F811
    kiosk: KioskServices,
    held: Assessment,  # noqa: F811
    clock: SettableClock,
    qtbot: QtBot,
) -> None:
    for name in ("Ani", "Budi"):
        kiosk.assessments.check_in(held.event_id, held.cards[name], staff=held.staff)
    window = themed_window
    window._tile_chosen("staff")
    window.staff_area._logged_in(held.assessor)
    area = window.staff_area
    screen = area.assessments.screen
    assert area.home.assessments.isVisibleTo(area.home)
    qtbot.mouseClick(area.home.assessments, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.events.count() == 1, timeout=5000)
    problems: list[str] = []
    _tap_row(qtbot, screen.events, 0)
    qtbot.waitUntil(lambda: screen.candidates.count() == 2, timeout=5000)
    _tap_row(qtbot, screen.candidates, 0)  # Ani
    assert screen.candidate is not None and screen.candidate.full_name == "Ani Wulandari"
    for code in CODES:
        qtbot.mouseClick(screen.unit_choices[code].buttons["K"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.unit_choices[CODES[2]].buttons["BK"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.result.buttons["K"], Qt.MouseButton.LeftButton)  # K with a BK unit
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "semua unit" in screen.notice.text(), timeout=5000)
    assert kiosk.assessments.current_records(held.event_id) == []
    qtbot.mouseClick(screen.result.buttons["BK"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tersimpan" in screen.notice.text(), timeout=5000)
    snap_screen(window, qtbot, "assessment-sheet", problems)
    (first,) = kiosk.assessments.current_records(held.event_id)
    assert first.result == "BK"

    # A correction: the saved marks are shown, the reason field appears, and without a
    # reason nothing is saved.
    assert screen.candidate is not None and screen.candidate.record is not None
    assert screen.unit_choices[CODES[2]].value() == "BK" and screen.result.value() == "BK"
    assert screen.reason.isVisibleTo(screen)
    qtbot.mouseClick(screen.unit_choices[CODES[2]].buttons["K"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.result.buttons["K"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "alasan" in screen.notice.text().lower(), timeout=5000)
    qtbot.keyClicks(screen.reason, "Salah tekan unit 3")
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: [r.result for r in kiosk.assessments.current_records(held.event_id)] == ["K"],
        timeout=5000,
    )
    (second,) = kiosk.assessments.current_records(held.event_id)
    assert second.supersedes == first.id and second.reason == "Salah tekan unit 3"
    assert problems == []
