"""Drives the kiosk by taps alone, as a person with only a finger does: every character goes in
through an on-screen key that is visible on screen, and no key event reaches any input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.keyboard import CAPS, SHIFT
from kiosk.ui.main_window import MainWindow
from kiosk.ui.touch import NumericKeypad, SearchList

LEFT = Qt.MouseButton.LeftButton


class KeyEventSpy(QObject):
    """Counts key presses that reach a text field: a tap-only test must see none."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            self.seen.append(watched.objectName())
        return False


class TouchDriver:
    def __init__(self, window: MainWindow, qtbot: QtBot) -> None:
        self.window = window
        self.qtbot = qtbot
        self.spy = KeyEventSpy()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.spy)

    def close(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.spy)

    def on_screen(self, widget: QWidget) -> None:
        """Visible, enabled and wholly inside the window."""
        import os

        if os.environ.get("KIOSK_TOUCH_SHOTS"):  # a picture of the failing moment, on request
            self.window.grab().save(os.environ["KIOSK_TOUCH_SHOTS"])
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} not usable"
        assert not widget.visibleRegion().isEmpty(), f"{widget.objectName()} is hidden"
        top_left = widget.mapTo(self.window, QPoint(0, 0))
        rect = QRect(top_left, widget.size())
        assert self.window.rect().contains(rect), f"{widget.objectName()} is cut off: {rect}"

    def tap(self, widget: QWidget) -> None:
        QApplication.processEvents()  # pending layouts: a person sees the settled screen
        self.on_screen(widget)
        if isinstance(widget, QCheckBox):
            self.qtbot.mouseClick(widget, LEFT, pos=QPoint(14, widget.height() // 2))
        else:
            self.qtbot.mouseClick(widget, LEFT)

    def tap_key(self, key: QAbstractButton) -> None:
        assert key.height() >= 48, f"key {key.text()!r} is {key.height()} px high"
        self.tap(key)

    def type(self, edit: QLineEdit, text: str) -> None:
        """Tap the field, then tap each character on whichever on-screen keys open for it."""
        self.tap(edit)
        dock = self.window.keyboard
        if dock is not None and dock.isVisible() and dock.target is edit:
            board = dock.keyboard
            if board.caps:
                self.tap_key(board.keys[CAPS])
            for char in text:
                key, upper = board.key_for(char)
                if upper:
                    self.tap_key(board.keys[SHIFT])
                self.tap_key(key)
        else:
            pads = [
                pad
                for pad in self.window.findChildren(NumericKeypad)
                if pad.isVisible() and pad.target is edit
            ]
            assert pads, f"no on-screen keys open for {edit.objectName()}: not fillable by touch"
            for char in text:
                self.tap_key(pads[0].buttons[char])
        assert edit.text() == text, f"{edit.objectName()} holds {edit.text()!r}, not {text!r}"

    def pick(self, widget: SearchList | QListWidget, key: str) -> None:
        """Tap the row of ``key``; it must be on screen already (the search narrows it)."""
        listing = widget.list if isinstance(widget, SearchList) else widget
        for row in range(listing.count()):
            item = listing.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and not item.isHidden():
                QApplication.processEvents()
                rect = listing.visualItemRect(item)
                assert listing.viewport().rect().contains(rect.center()), f"{key} not in view"
                self.on_screen(listing)
                self.qtbot.mouseClick(listing.viewport(), LEFT, pos=rect.center())
                return
        raise AssertionError(f"no row {key!r}")

    def no_key_events(self) -> None:
        assert self.spy.seen == [], f"key events reached {self.spy.seen}"
