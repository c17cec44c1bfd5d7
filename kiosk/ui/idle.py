"""Idle timeout: any touch or key press restarts it, and so does a card scan (the scanner takes
its key presses before anything else sees them, so it reports them through :meth:`poke`);
near the end a countdown shows, then the kiosk goes home and forgets the form (the next person
must not see the last one's data)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from kiosk.ui.touch import heading
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    countdown = Signal(int)  # seconds left, while warning
    expired = Signal()
    active_again = Signal()

    def __init__(self, parent: QObject | None = None, *, manual_clock: bool = False) -> None:
        """With ``manual_clock`` nothing counts by itself: the caller (a test) calls
        :meth:`tick` for each second that passes."""
        super().__init__(parent)
        self.timeout_s = 90
        self.warning_s = 15
        self.enabled = False
        self.manual_clock = manual_clock
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.tick)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def configure(self, timeout_s: int, warning_s: int) -> None:
        self.timeout_s = timeout_s
        self.warning_s = min(warning_s, timeout_s)

    def arm(self, enabled: bool) -> None:
        """Count only while someone is away from the home screen."""
        self.enabled = enabled
        self._left = self.timeout_s
        if enabled and not self.manual_clock:
            self._tick.start()
        else:
            self._tick.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def poke(self) -> None:
        """Someone is there: start the count again (and take a countdown away)."""
        if not self.enabled:
            return
        warning = self._left <= self.warning_s
        self._left = self.timeout_s
        if warning:
            self.active_again.emit()

    def tick(self) -> None:
        """One second passed without activity."""
        if not self.enabled:
            return
        self._left -= 1
        if self._left <= 0:
            self.arm(False)
            self.expired.emit()
        elif self._left <= self.warning_s:
            self.countdown.emit(self._left)

    def stop(self) -> None:
        self._tick.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class IdleOverlay(QWidget):
    """A dimmed screen with a card in the middle: the seconds left, in large figures, and one
    large button to stay; a touch anywhere keeps the session."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("IdleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        self.card = QFrame()
        self.card.setObjectName("IdleCard")
        self.card.setMaximumWidth(760)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(40, 32, 40, 32)
        layout.setSpacing(16)
        self.title = heading("ScreenTitle")
        self.seconds = named_label("IdleSeconds")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = named_label("IdleBody")
        self.body.setWordWrap(True)
        self.stay = named_button("Primary")
        self.stay.setMinimumHeight(64)
        self.stay.clicked.connect(self.hide)
        layout.addWidget(self.title)
        layout.addWidget(self.seconds)
        layout.addWidget(self.body)
        layout.addWidget(self.stay)
        outer.addStretch(1)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.hide()
        self._lang = "id"
        self._seconds = 0

    def show_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate(self._lang)
        self.show()
        self.raise_()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(tr("idle.title", lang))
        self.seconds.setText(str(self._seconds))
        self.body.setText(tr("idle.body", lang, seconds=self._seconds))
        self.stay.setText(tr("idle.stay", lang))
