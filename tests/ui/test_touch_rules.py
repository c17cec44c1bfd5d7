"""Touch rules over the whole window: finger scrolling on every list and scroll area, none
inside another, rows and buttons at least 48 px; errors go as soon as a field is right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QScroller,
)
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_font = app.styleSheet(), app.font()
    apply_theme(app, icon=False)
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    win.ops.drain()
    win.close()
    app.setStyleSheet(old_sheet)
    app.setFont(old_font)


def test_every_scroll_area_scrolls_by_finger_and_none_is_inside_another(
    window: MainWindow,
) -> None:
    areas = [a for a in window.findChildren(QAbstractScrollArea) if not isinstance(a, QHeaderView)]
    assert len(areas) > 10
    for area in areas:
        if area.property("grows"):  # shows all its rows; the page around it scrolls
            assert area.verticalScrollBarPolicy() is Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            continue
        assert QScroller.hasScroller(area.viewport()), area.objectName()
        if isinstance(area, QAbstractItemView):
            assert area.verticalScrollMode() is QAbstractItemView.ScrollMode.ScrollPerPixel
        parent = area.parentWidget()
        while parent is not None:
            assert not isinstance(parent, QAbstractScrollArea), (
                f"{area.objectName()} scrolls inside {parent.objectName()}"
            )
            parent = parent.parentWidget()


def test_list_rows_and_wizard_buttons_are_at_least_48_px(window: MainWindow, qtbot: QtBot) -> None:
    reg = window.registration
    window.stack.setCurrentWidget(reg)
    reg._show(reg.status)
    QApplication.processEvents()
    occupation = reg.status.occupation.list
    assert occupation.visualItemRect(occupation.item(0)).height() >= 48
    for button in (*reg.status.education.buttons.values(), reg.next, reg.back):
        assert button.height() >= 48, button.text()


def test_an_error_goes_away_as_soon_as_its_field_is_right(window: MainWindow, qtbot: QtBot) -> None:
    reg = window.registration
    window.stack.setCurrentWidget(reg)
    reg._show(reg.contact)
    reg.go_next()
    phone = reg.contact.fields["phone"]
    assert phone.error.isVisible() and phone.error.text() == "Nomor HP belum diisi."
    reg.contact.phone.setText("0812")
    assert phone.error.isVisible()  # still wrong: the message stays, now saying why
    reg.contact.phone.setText("081234567890")
    assert not phone.error.isVisible()
    assert reg.notice.text() == ""


def test_the_keyboard_types_capitals_spaces_and_punctuation(
    window: MainWindow, qtbot: QtBot
) -> None:
    from kiosk.ui.keyboard import CAPS, SHIFT, SPACE

    reg = window.registration
    window.stack.setCurrentWidget(reg)
    reg._show(reg.contact)
    reg.contact.email.setFocus()
    assert window.keyboard is not None
    qtbot.waitUntil(lambda: window.keyboard is not None and window.keyboard.isVisible())
    board = window.keyboard.keyboard
    assert board.space.text() == "spasi"  # a space bar that says so, not "_"
    board.press(SHIFT)
    for key in ("c", "a"):
        board.press(key)
    board.press(CAPS)
    board.press("c")
    board.press(CAPS)
    for key in (SPACE, "@", ".", "-", ",", "/", "'", ":", ".com"):
        board.press(key)
    assert reg.contact.email.text() == "CaC @.-,/':.com"
