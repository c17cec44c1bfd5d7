"""Keyboard-wedge barcode scanners: tell their bursts from human typing, wherever focus is.

A USB scanner "types" the code a few milliseconds per key, usually ending with Enter. While
active, this filter holds every printable key press for a moment: keys that keep coming
faster than ``max_gap_ms`` and reach ``min_length`` are a scan, taken away from whatever widget
(or pop-up) had focus; anything else is handed back to its widget unchanged, so a person
typing into a search box sees their text after a delay too short to notice.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_ENDS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab}
_IGNORED_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class ScannerInput(QObject):
    scanned = Signal(str)
    # Every code read, repeats included: someone is at work (the idle timers listen).
    activity = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        max_gap_ms: int = 40,
        min_length: int = 12,
        repeat_ms: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self.repeat_ms = repeat_ms
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._last_key_ns = 0
        self._replaying = False
        self._active = False
        self._last_scan: tuple[str, int] = ("", 0)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setTimerType(Qt.TimerType.PreciseTimer)
        self._quiet.setInterval(max_gap_ms)
        self._quiet.timeout.connect(self._burst_ended)

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        app = QApplication.instance()
        if not self._active and app is not None:
            app.installEventFilter(self)
            self._active = True

    def stop(self) -> None:
        if self._active:
            self._quiet.stop()
            self._give_back()
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._active = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic_ns()
        in_burst = bool(self._held) and (now - self._last_key_ns) <= self.max_gap_ms * 1_000_000
        if event.key() in _ENDS:
            if in_burst and len(self._held) >= self.min_length:
                self._quiet.stop()
                self._take_scan()
                return True  # the Enter belongs to the scanner, never to a pop-up's button
            self._quiet.stop()
            self._give_back()
            return False
        text = event.text()
        modifiers = event.modifiers() & ~_IGNORED_MODIFIERS
        printable = len(text) == 1 and text.isprintable()
        if not printable or modifiers or event.isAutoRepeat():
            self._quiet.stop()
            self._burst_ended()
            return False
        if self._held and not in_burst:
            self._burst_ended()
        self._held.append((obj, QKeyEvent(event.type(), event.key(), event.modifiers(), text)))
        self._last_key_ns = now
        self._quiet.start()
        return True

    def _burst_ended(self) -> None:
        if len(self._held) >= self.min_length:
            self._take_scan()
        else:
            self._give_back()

    def _take_scan(self) -> None:
        text = "".join(event.text() for _, event in self._held)
        self._held.clear()
        self.submit(text)

    def submit(self, text: str) -> None:
        """A whole code from this scanner or another reader (the camera): emitted as a scan
        unless it is the code just seen, within ``repeat_ms`` of the last time it was seen."""
        self.activity.emit()
        now = time.monotonic_ns()
        last_text, last_at = self._last_scan
        self._last_scan = (text, now)
        # Some scanners send every code twice; one card shown once is one scan.
        if text == last_text and now - last_at <= self.repeat_ms * 1_000_000:
            return
        self.scanned.emit(text)

    def _give_back(self) -> None:
        """Deliver held keys to the widgets they were meant for: it was a person typing."""
        held, self._held = self._held, []
        self._replaying = True
        try:
            for target, event in held:
                receiver = target if shiboken6.isValid(target) else QApplication.focusWidget()
                if receiver is not None:
                    QApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
