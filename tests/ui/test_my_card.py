""" "Kartu saya" through real widgets: a keyboard-wedge scan, a typed number, unknown numbers,
a language switch and the idle reset that forgets the card."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.card import card_id_from_number, card_number
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import RegistrationResult
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form, open_session

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    assert win.sync is not None
    win.sync.stop()
    win.ops.drain()
    win.close()


@pytest.fixture
def enrolled(kiosk: KioskServices) -> RegistrationResult:
    result = kiosk.registration.register(applicant_form(full_name="Siti Nur Rahmawati"))
    kiosk.catalogue.enrol(open_session(kiosk, days=20), result.applicant_id)
    return result


def tap(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def open_my_card(window: MainWindow, qtbot: QtBot) -> None:
    tap(qtbot, window.home.tiles["card"])
    assert window.stack.currentWidget() is window.my_card


def test_a_scanned_card_shows_the_verdict_first_name_and_sessions(
    window: MainWindow, enrolled: RegistrationResult, qtbot: QtBot
) -> None:
    open_my_card(window, qtbot)
    screen = window.my_card
    assert enrolled.card_payload is not None
    # The scanner types the payload in one fast burst and Enter, wherever the focus is.
    qtbot.keyClicks(screen.entry.back, enrolled.card_payload)
    qtbot.keyClick(screen.entry.back, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.result, timeout=10_000)
    assert screen.verdict.text().startswith("Kartu sah")
    assert screen.hello.text() == "Halo, Siti!"
    shown = " ".join(label.text() for label in screen.result.findChildren(type(screen.hello)))
    assert "Barista Kopi" in shown and "LPK Cahaya · Ruang 2" in shown and "08:00–12:00" in shown
    assert "Rahmawati" not in shown and "0812" not in shown  # first name only, no contact
    [_, en] = window.top_bar.language_buttons.buttons()
    tap(qtbot, en)
    assert screen.verdict.text().startswith("Valid card") and screen.hello.text() == "Hello, Siti!"
    window._idle_expired()  # the idle timeout: nothing of this person stays on screen
    open_my_card(window, qtbot)
    assert screen.pages.currentWidget() is screen.entry
    assert screen.hello.text() == "" and screen.verdict.text() == ""


def test_a_card_number_typed_on_the_keyboard_and_an_unknown_one(
    window: MainWindow, kiosk: KioskServices, enrolled: RegistrationResult, qtbot: QtBot
) -> None:
    open_my_card(window, qtbot)
    screen = window.my_card
    tap(qtbot, screen.entry.number)
    for char in "abcd-efgh-jkl":
        tap(qtbot, window.keyboard.keyboard.keys[char])
    tap(qtbot, window.keyboard.keyboard.keys["m"])
    tap(qtbot, window.keyboard.keyboard.keys["n"])
    tap(qtbot, window.keyboard.keyboard.keys["p"])
    tap(qtbot, window.keyboard.keyboard.keys["q"])
    tap(qtbot, window.keyboard.keyboard.keys["r"])
    tap(qtbot, screen.entry.submit)
    qtbot.waitUntil(lambda: screen.entry.number_field.error.isVisible(), timeout=10_000)
    assert "tidak dikenal" in screen.entry.number_field.error.text()
    assert screen.pages.currentWidget() is screen.entry
    assert enrolled.card_id is not None
    tap(qtbot, window.keyboard.keyboard.keys["C"])
    for char in card_number(card_id_from_number(enrolled.card_id)).lower():
        tap(qtbot, window.keyboard.keyboard.keys[char])
    tap(qtbot, screen.entry.submit)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.result, timeout=10_000)
    assert screen.hello.text() == "Halo, Siti!"
    assert not screen.entry.number_field.error.isVisible()
    tap(qtbot, screen.again)
    assert screen.pages.currentWidget() is screen.entry and screen.entry.number.text() == ""
    tap(qtbot, screen.entry.back)
    assert window.stack.currentWidget() is window.home
