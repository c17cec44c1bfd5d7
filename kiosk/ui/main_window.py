"""The kiosk window: top bar with language switch, the screens, and the status strip."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, render
from kiosk.services.kiosk import KioskServices
from kiosk.services.status import KioskStatus
from kiosk.ui import texts  # noqa: F401 - registers the GUI's texts
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.screens.trainings import TrainingsScreen
from kiosk.ui.staff_area import StaffArea
from kiosk.ui.status_strip import ConnectivitySource, StatusStrip
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.widgets import named_button, named_label

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000


class TopBar(QWidget):
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 14, 32, 14)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = named_label("AppTitle")
        self.tagline = named_label("Tagline")
        titles.addWidget(self.title)
        titles.addWidget(self.tagline)
        layout.addLayout(titles, 1)
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        for lang in LANGUAGES:
            button = named_button("LangButton", lang.upper())
            button.setCheckable(True)
            button.setChecked(lang == DEFAULT_LANGUAGE)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.language_buttons.addButton(button)
            layout.addWidget(button)

    def retranslate(self, lang: str) -> None:
        self.title.setText(render("app.title", lang))
        self.tagline.setText(render("app.tagline", lang))
        for button in self.language_buttons.buttons():
            button.setChecked(button.text().lower() == lang)
            button.setAccessibleName(f"{render('lang.switch', lang)}: {button.text()}")


class MainWindow(QMainWindow):
    status_changed = Signal(object)

    def __init__(self, *, lang: str = DEFAULT_LANGUAGE) -> None:
        super().__init__()
        self.lang = lang
        self.services: KioskServices | None = None
        self.tasks = TaskRunner(on_error=self.show_error, parent=self)
        self.connectivity = ConnectivitySource(self)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = TopBar()
        self.top_bar.language_chosen.connect(self.set_language)
        column.addWidget(self.top_bar)
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.home.tile_chosen.connect(self._tile_chosen)
        self.trainings = TrainingsScreen()
        self.trainings.back_requested.connect(self.go_home)
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.trainings)
        self.staff_area = StaffArea(self.tasks)
        self.staff_area.exit_requested.connect(self.go_home)
        self.stack.addWidget(self.staff_area)
        column.addWidget(self.stack, 1)
        self.status_strip = StatusStrip()
        column.addWidget(self.status_strip)
        self.setCentralWidget(central)
        self.connectivity.changed.connect(self.status_strip.set_connectivity)
        self.status_changed.connect(self.status_strip.set_status)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self.set_language(lang)
        self.resize(1024, 768)
        self.setMinimumSize(1024, 700)

    def attach(self, services: KioskServices) -> None:
        """Called once the store is open (after the first frame, to keep start-up fast)."""
        self.services = services
        self.staff_area.attach(services)
        self.refresh_status()
        self._status_timer.start()

    def refresh_status(self) -> None:
        services = self.services
        if services is None:
            return
        self.tasks.run(services.status.status, self.status_changed.emit)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(render("app.title", lang))
        self.top_bar.retranslate(lang)
        self.home.retranslate(lang)
        self.trainings.retranslate(lang)
        self.staff_area.retranslate(lang)
        self.status_strip.retranslate(lang)

    def go_home(self) -> None:
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            reset = getattr(screen, "reset", None)
            if reset is not None:
                reset()
        self.stack.setCurrentWidget(self.home)

    def _tile_chosen(self, name: str) -> None:
        services = self.services
        if name == "trainings" and services is not None:
            self.tasks.run(
                lambda: services.catalogue.sessions(include_past=False), self._show_trainings
            )
            return
        if name == "staff":
            self.staff_area.start()
            self.stack.setCurrentWidget(self.staff_area)
            return
        self.home.show_notice(render("home.coming_soon", self.lang))

    def _show_trainings(self, sessions: object) -> None:
        assert isinstance(sessions, list)
        self.trainings.set_sessions(sessions)
        self.stack.setCurrentWidget(self.trainings)

    def show_error(self, error: BaseException) -> None:
        """A friendly notice and back to home; the trace is already in the log."""
        self.go_home()
        self.home.show_notice(
            f"{render('error.title', self.lang)} — {render('error.body', self.lang)}"
        )

    def latest_status(self) -> KioskStatus | None:
        return self.status_strip._status

    def closeEvent(self, event: QCloseEvent) -> None:
        self._status_timer.stop()
        self.tasks.drain()
        super().closeEvent(event)
