"""How the UI tests put the kiosk on screen: its stylesheet, a 1024×768 window (the whole
window, or one screen above the window's keyboard) and a finger-only driver."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui.keyboard import KeyboardDock
from kiosk.ui.ops import Operations
from kiosk.ui.theme import apply_theme
from tests.ui.touch_driver import TouchDriver

HALL = (1024, 768)  # the touchscreen in a BLK hall


@contextmanager
def kiosk_look() -> Iterator[QApplication]:
    """The kiosk's stylesheet and font for one test, then the application's own again."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_font = app.styleSheet(), app.font()
    apply_theme(app, icon=False)
    try:
        yield app
    finally:
        app.setStyleSheet(old_sheet)
        app.setFont(old_font)


def show_in_hall(widget: QWidget, qtbot: QtBot) -> None:
    """Shown as a top-level window at the hall's screen size, exposed before a tap."""
    qtbot.addWidget(widget)
    widget.resize(*HALL)
    widget.show()
    qtbot.waitExposed(widget)


@contextmanager
def by_touch(window: QWidget, qtbot: QtBot) -> Iterator[TouchDriver]:
    """A finger on ``window``; afterwards, no key event may have reached any input."""
    driver = TouchDriver(window, qtbot)  # type: ignore[arg-type]
    try:
        yield driver
    finally:
        driver.close()
    driver.no_key_events()


class ScreenHost(QWidget):
    """One screen above the window's letter keyboard, as the main window hosts screens, with
    its own operations; a failure handed to the one reporter is kept in ``errors``."""

    def __init__(self, make: Callable[[Operations], Any]) -> None:
        super().__init__()
        self.errors: list[BaseException] = []
        self.ops = Operations(self.errors.append, parent=self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.screen = make(self.ops)
        column.addWidget(self.screen, 1)
        self.keyboard = KeyboardDock(self)
        column.addWidget(self.keyboard)
