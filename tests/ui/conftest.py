"""Fixtures of the UI tests: the kiosk window as it stands in the hall, and a finger on it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from tests.ui.hosts import by_touch, kiosk_look, show_in_hall
from tests.ui.touch_driver import TouchDriver


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    """The kiosk's window with its stylesheet at 1024×768, attached to a real kiosk."""
    with kiosk_look():
        win = MainWindow(lang="id")
        show_in_hall(win, qtbot)
        win.activateWindow()
        win.attach(kiosk)
        yield win
        if win.sync is not None:
            win.sync.stop()
        win.ops.drain()
        win.close()


@pytest.fixture
def touch(window: MainWindow, qtbot: QtBot) -> Iterator[TouchDriver]:
    with by_touch(window, qtbot) as driver:
        yield driver
