"""Touch rules over the whole window: finger scrolling on every list and scroll area, none
inside another, rows and buttons at least 48 px; errors go as soon as a field is right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QHeaderView,
    QListWidget,
    QScroller,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.i18n import UserError
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


def _pages(stack: QStackedWidget) -> Iterator[QWidget]:
    """Every page of ``stack`` and of the stacks inside it, each shown in turn."""
    for index in range(stack.count()):
        stack.setCurrentIndex(index)
        QApplication.processEvents()
        page = stack.widget(index)
        yield page
        for inner in page.findChildren(QStackedWidget):
            if inner.isVisible():
                yield from _pages(inner)


def test_every_button_and_list_row_on_every_screen_is_at_least_48_px(
    window: MainWindow,
) -> None:
    """At 1024×768, on every screen and every step inside one (jobs, job fair, follow-up,
    assessment desk, admin menu, ...): buttons a finger taps, and the rows of lists as the
    stylesheet draws them (a row is put into an empty list to measure it)."""
    window.resize(1024, 768)
    keyboard = window.keyboard
    short: set[str] = set()
    seen = 0
    for page in _pages(window.stack):
        for button in page.findChildren(QAbstractButton):
            if not button.isVisible() or (keyboard is not None and keyboard.isAncestorOf(button)):
                continue
            seen += 1
            if button.height() < 48:
                short.add(f"{page.objectName()}: button {button.text()!r} {button.height()} px")
        for listing in page.findChildren(QListWidget):
            if not listing.isVisible():
                continue
            added = listing.count() == 0
            if added:
                listing.addItem("Contoh baris")
            rect = listing.visualItemRect(listing.item(0))
            if rect.height() < 48:
                short.add(f"{page.objectName()}: {listing.objectName()} row {rect.height()} px")
            if added:
                listing.clear()
    assert seen > 50
    assert not short, "\n".join(sorted(short))


def test_a_refused_staff_pin_follows_a_language_switch(window: MainWindow, qtbot: QtBot) -> None:
    from kiosk.i18n import msg

    login = window.staff_area.login
    login.show_message(msg("staff.logged_out_idle"))
    window.set_language("en")
    assert login.message.text() == "You were logged out after inactivity."
    window.set_language("id")
    assert login.message.text() == "Anda keluar otomatis karena tidak ada aktivitas."
    pin = window.admin_pin
    pin._failed(UserError(msg("pin.need_admin")))
    window.set_language("en")
    assert pin.error.text() == "Only an admin can do this."
