"""The kiosk window: top bar with language switch, the screens, and the status strip."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES, UserError
from kiosk.ui import texts  # noqa: F401 - registers the GUI's texts
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.status_strip import ConnectivitySource, StatusStrip
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label

if TYPE_CHECKING:
    # The services (SQLAlchemy, cryptography) and every screen but home load after the first
    # frame: see MainWindow.build_screens.
    from kiosk.services.kiosk import KioskServices
    from kiosk.ui.idle import IdleOverlay, IdleWatcher
    from kiosk.ui.keyboard import KeyboardDock
    from kiosk.ui.screens.admin import AdminMenu
    from kiosk.ui.screens.card import CardScreen
    from kiosk.ui.screens.my_card import MyCardScreen
    from kiosk.ui.screens.recovery import RecoveryScreen
    from kiosk.ui.screens.registration import RegistrationScreen
    from kiosk.ui.screens.trainings import TrainingsScreen
    from kiosk.ui.staff_area import StaffArea
    from kiosk.ui.staff_pin import StaffPinPanel
    from kiosk.ui.sync_bridge import SyncBridge

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000
MAINTENANCE_MS = 60 * 60 * 1000


def _file_time(path: Path) -> str:
    import datetime as dt  # not at import time: start-up imports only what the shell needs

    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%d-%m-%Y %H:%M")


class TopBar(QFrame):  # a QFrame paints its stylesheet background
    language_chosen = Signal(str)
    admin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 6, 32, 6)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = named_label("AppTitle")
        self.tagline = named_label("Tagline")
        titles.addWidget(self.title)
        titles.addWidget(self.tagline)
        layout.addLayout(titles, 1)
        # All an applicant sees of the sync: a dot and one word. Queue counts, the device id
        # and sync details are on the staff and admin screens (the status strip).
        self.online = named_label("OnlineDot", "●")
        self.online.setProperty("online", False)
        self.online_text = named_label("OnlineText")
        layout.addWidget(self.online)
        layout.addWidget(self.online_text)
        layout.addSpacing(16)
        self._online = False
        self._lang = DEFAULT_LANGUAGE
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        for lang in LANGUAGES:
            button = named_button("LangButton", lang.upper())
            button.setCheckable(True)
            button.setChecked(lang == DEFAULT_LANGUAGE)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.language_buttons.addButton(button)
            layout.addWidget(button)
        self.admin = named_button("LangButton")
        self.admin.clicked.connect(self.admin_requested)
        layout.addSpacing(16)
        layout.addWidget(self.admin)

    def set_online(self, online: bool) -> None:
        self._online = online
        if self.online.property("online") != online:
            self.online.setProperty("online", online)
            self.online.style().unpolish(self.online)
            self.online.style().polish(self.online)
        self.online_text.setText(tr("top.online" if online else "top.offline", self._lang))

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.set_online(self._online)
        self.title.setText(tr("app.title", lang))
        self.tagline.setText(tr("app.tagline", lang))
        for button in self.language_buttons.buttons():
            button.setChecked(button.text().lower() == lang)
            button.setAccessibleName(f"{tr('lang.switch', lang)}: {button.text()}")
        self.admin.setText(tr("admin.button", lang))
        self.admin.setAccessibleName(tr("admin.title", lang))


class MainWindow(QMainWindow):
    status_changed = Signal(object)

    def __init__(
        self, *, lang: str = DEFAULT_LANGUAGE, kiosk_mode: bool = False, build_all: bool = True
    ) -> None:
        """The shell (top bar, home, status strip). With ``build_all=False`` the other screens
        are built by :meth:`build_screens` once the first frame is on screen."""
        super().__init__()
        self.lang = lang
        # In kiosk mode only an admin PIN may close the window or leave full screen.
        self.kiosk_mode = kiosk_mode
        self._may_close = not kiosk_mode
        self._built = False
        self.services: KioskServices | None = None
        self.tasks = TaskRunner(on_error=self.show_error, parent=self)
        self.connectivity = ConnectivitySource(self)
        self.sync: SyncBridge | None = None
        self.central = QWidget()
        # The stylesheet turns off QMainWindow's geometry animation for it (see theme.py).
        self.central.setObjectName("Central")
        column = QVBoxLayout(self.central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.top_bar = TopBar()
        self.top_bar.language_chosen.connect(self.set_language)
        self.top_bar.admin_requested.connect(self._ask_admin)
        column.addWidget(self.top_bar)
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.home.tile_chosen.connect(self._tile_chosen)
        self.stack.addWidget(self.home)
        column.addWidget(self.stack, 1)
        self._column = column
        self.keyboard: KeyboardDock | None = None  # built with the other screens
        self.status_strip = StatusStrip()
        self.status_strip.hide()  # staff screens only (see _screen_changed)
        column.addWidget(self.status_strip)
        self.setCentralWidget(self.central)
        self.connectivity.changed.connect(self.status_strip.set_connectivity)
        self.connectivity.changed.connect(
            lambda connectivity: self.top_bar.set_online(connectivity.online)
        )
        self.status_changed.connect(self.status_strip.set_status)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._maintenance_timer = QTimer(self)
        self._maintenance_timer.setInterval(MAINTENANCE_MS)
        self._maintenance_timer.timeout.connect(self.run_maintenance)
        self.set_language(lang)
        self.resize(1024, 768)
        self.setMinimumSize(1024, 700)
        if build_all:
            self.build_screens()

    def build_screens(self) -> None:
        """Every screen but home, and the idle watcher (idempotent)."""
        if self._built:
            return
        from kiosk.ui.idle import IdleOverlay, IdleWatcher
        from kiosk.ui.keyboard import KeyboardDock
        from kiosk.ui.screens.admin import AdminMenu
        from kiosk.ui.screens.card import CardScreen
        from kiosk.ui.screens.my_card import MyCardScreen
        from kiosk.ui.screens.recovery import RecoveryScreen
        from kiosk.ui.screens.registration import RegistrationScreen
        from kiosk.ui.screens.trainings import TrainingsScreen
        from kiosk.ui.staff_area import StaffArea
        from kiosk.ui.staff_pin import StaffPinPanel

        self.trainings: TrainingsScreen = TrainingsScreen()
        self.trainings.back_requested.connect(self.go_home)
        self.recovery: RecoveryScreen = RecoveryScreen()
        self.registration: RegistrationScreen = RegistrationScreen(self.tasks)
        self.registration.home_requested.connect(self.go_home)
        self.registration.card_issued.connect(self._show_card)
        self.card: CardScreen = CardScreen(self.tasks)
        self.card.home_requested.connect(self.go_home)
        self.admin_pin: StaffPinPanel = StaffPinPanel(self.tasks)
        self.admin_pin.cancelled.connect(self.go_home)
        self.admin_pin.authorised.connect(lambda _user: self.stack.setCurrentWidget(self.admin))
        self.admin: AdminMenu = AdminMenu(self.tasks)
        self.admin.back_requested.connect(self.go_home)
        self.admin.windowed_requested.connect(self.leave_full_screen)
        self.admin.quit_requested.connect(self.quit_kiosk)
        self.staff_area: StaffArea = StaffArea(self.tasks)
        self.staff_area.exit_requested.connect(self.go_home)
        self.my_card: MyCardScreen = MyCardScreen(self.tasks)
        self.my_card.home_requested.connect(self.go_home)
        self._build_jobs()  # placement (issue 14): jobs, job-fair booth and its admin page
        for screen in (
            self.my_card,
            self.trainings,
            self.registration,
            self.card,
            self.admin_pin,
            self.admin,
            self.recovery,
            self.staff_area,
        ):
            self.stack.addWidget(screen)
        self.idle: IdleWatcher = IdleWatcher(self)
        self.idle_overlay: IdleOverlay = IdleOverlay(self.central)
        self.idle.countdown.connect(self.idle_overlay.show_countdown)
        self.idle.active_again.connect(self.idle_overlay.hide)
        self.idle.expired.connect(self._idle_expired)
        # A card scanned is someone at work, even when nobody touches the screen.
        self.staff_area.activity.connect(self.idle.poke)
        self.my_card.scanner.activity.connect(self.idle.poke)
        self.keyboard = KeyboardDock(self)
        self._column.insertWidget(self._column.indexOf(self.status_strip), self.keyboard)
        self.keyboard.opened.connect(self.registration.keyboard_opened)
        self.stack.currentChanged.connect(self._screen_changed)
        from kiosk.ui.touch import kinetic_everywhere

        kinetic_everywhere(self)
        self.home.set_pictograms()
        self._built = True
        self.set_language(self.lang)

    def attach(self, services: KioskServices) -> None:
        """Called once the store is open (after the first frame, to keep start-up fast)."""
        self.build_screens()
        self.services = services
        self._configure_idle()
        self.registration.attach(services)
        self.card.attach(services)
        self.my_card.attach(services)
        self.staff_area.attach(services)
        self._attach_jobs(services)  # placement (issue 14)
        self.go_home()
        self.refresh_status()
        self._status_timer.start()
        self._maintenance_timer.start()
        self.run_maintenance()
        from kiosk.ui.sync_bridge import SyncBridge, wire

        self.sync = SyncBridge(services.sync, self.connectivity, self)
        wire(self.sync, self.status_strip)
        self.admin.attach(services, self.sync)
        self.admin.settings_changed.connect(self._configure_idle)
        self.sync.start()

    def _configure_idle(self) -> None:
        services = self.services
        if services is None:
            return
        from kiosk.services.settings import IDLE_TIMEOUT, IDLE_WARNING

        self.idle.configure(
            services.settings.get(IDLE_TIMEOUT), services.settings.get(IDLE_WARNING)
        )

    def run_maintenance(self) -> None:
        """Daily backup and retention, off the GUI thread; cheap when already done today."""
        services = self.services
        if services is not None:
            self.tasks.run(services.maintenance.run_daily, lambda _result: self.refresh_status())

    def show_recovery(self, backup: Path | None, restore: Callable[[Path], None]) -> None:
        """The database is damaged: offer the newest intact backup instead of the kiosk."""
        self.build_screens()
        when = "" if backup is None else _file_time(backup)
        self.recovery.offer(backup, when, restore)
        self.stack.setCurrentWidget(self.recovery)

    def show_refusal(
        self, problem: UserError, backup: Path | None, restore: Callable[[Path], None]
    ) -> None:
        """The store was refused (another key, missing or emptied): say why and what to do,
        offering ``backup`` when restoring it is the way out."""
        self.build_screens()
        when = "" if backup is None else _file_time(backup)
        self.recovery.explain(problem, backup, when, restore)
        self.stack.setCurrentWidget(self.recovery)

    def refresh_status(self) -> None:
        services = self.services
        if services is None:
            return
        self.tasks.run(services.status.status, self.status_changed.emit)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(tr("app.title", lang))
        self.top_bar.retranslate(lang)
        self.home.retranslate(lang)
        self.status_strip.retranslate(lang)
        if not self._built:
            return
        # Retranslating keeps every screen's state: a language switch never loses a step.
        for screen in (
            self.trainings,
            self.recovery,
            self.staff_area,
            self.registration,
            self.card,
            self.admin_pin,
            self.admin,
            self.my_card,
            self.jobs,  # placement (issue 14)
            self.job_fair,
            self.job_fair_setup,
            self.job_fair_pin,
            self.idle_overlay,
        ):
            screen.retranslate(lang)
        if self.keyboard is not None:
            self.keyboard.retranslate(lang)

    def _screen_changed(self, _index: int) -> None:
        current = self.stack.currentWidget()
        self.idle.arm(current is not self.home)
        if self.keyboard is not None:
            self.keyboard.close_keys()  # a new screen opens it again for its own fields
            # The switch itself may have handed the focus to a field of the new screen.
            QTimer.singleShot(0, self.keyboard.follow_focus)
        # Staff see the queue and the device in the strip; the admin menu has its own sync
        # page, and one count of waiting records per screen is enough.
        self.status_strip.setVisible(current is self.staff_area)

    def go_home(self) -> None:
        fair = self._job_fair_employer()
        if fair:  # job-fair mode (issue 14): the booth is home
            self._show_job_fair(fair)
            return
        if self.keyboard is not None:
            self.keyboard.close_keys()
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            reset = getattr(screen, "reset", None)
            if reset is not None:
                reset()
        if self._built:
            self.idle_overlay.hide()
        self.stack.setCurrentWidget(self.home)

    def _idle_expired(self) -> None:
        log.info("idle timeout: back to the home screen")
        self.go_home()

    def _ask_admin(self) -> None:
        if self.services is None or not self._built:
            return
        from kiosk.services.staff import Role

        self.admin_pin.start(self.services.staff, Role.ADMIN)
        self.stack.setCurrentWidget(self.admin_pin)

    def leave_full_screen(self) -> None:
        from PySide6.QtCore import Qt  # not at import time: the Qt namespace is slow to build

        self._may_close = True
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.showNormal()
        self.go_home()

    def quit_kiosk(self) -> None:
        self._may_close = True
        self.close()

    def _show_card(self, issued: object) -> None:
        from kiosk.ui.screens.registration import IssuedCard

        assert isinstance(issued, IssuedCard)
        self.registration.reset()
        self.card.show_card(issued.applicant_id, list(issued.notes))
        self.stack.setCurrentWidget(self.card)

    def _tile_chosen(self, name: str) -> None:
        services = self.services
        if not self._built:
            return  # a touch in the first instant after start-up, before the screens exist
        if name == "register" and services is not None:
            self.registration.reset()
            self.stack.setCurrentWidget(self.registration)
            return
        if name == "trainings" and services is not None:
            self.tasks.run(
                lambda: services.catalogue.sessions(include_past=False), self._show_trainings
            )
            return
        if name == "card" and services is not None:
            self.my_card.reset()
            self.stack.setCurrentWidget(self.my_card)
            return
        if name == "jobs" and services is not None:  # placement (issue 14)
            self.jobs.reset()
            self.stack.setCurrentWidget(self.jobs)
            return
        if name == "staff":
            self.staff_area.start()
            self.stack.setCurrentWidget(self.staff_area)
            return
        self.home.show_notice(tr("home.coming_soon", self.lang))

    def _show_trainings(self, sessions: object) -> None:
        assert isinstance(sessions, list)
        self.trainings.set_sessions(sessions)
        self.stack.setCurrentWidget(self.trainings)

    def show_error(self, error: BaseException) -> None:
        """A friendly notice and back to home; the trace is already in the log."""
        self.go_home()
        self.home.show_notice(f"{tr('error.title', self.lang)} — {tr('error.body', self.lang)}")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            return
        self._status_timer.stop()
        self._maintenance_timer.stop()
        if self.sync is not None:
            self.sync.stop()
        if self._built:
            self.idle.stop()
        self.tasks.drain()
        super().closeEvent(event)

    # -- placement (issue 14): jobs screen, job-fair booth and its admin page ----------------

    def _build_jobs(self) -> None:
        from kiosk.ui.screens.jobs_fair import JobFairScreen, JobFairSetup, LeavePinPanel
        from kiosk.ui.screens.jobs_home import JobsScreen

        self.jobs: JobsScreen = JobsScreen(self.tasks)
        self.jobs.home_requested.connect(self.go_home)
        self.job_fair: JobFairScreen = JobFairScreen(self.tasks)
        self.job_fair.leave_requested.connect(self._leave_job_fair)
        self.job_fair_setup: JobFairSetup = JobFairSetup(self.tasks)
        self.job_fair_setup.back_requested.connect(self.admin.show_menu)
        self.job_fair_setup.started.connect(self._show_job_fair)
        self.admin.add_entry("job_fair", self.job_fair_setup)  # type: ignore[arg-type]
        # Its own PIN panel: a staff PIN that ends the job fair must not open the admin menu.
        self.job_fair_pin: LeavePinPanel = LeavePinPanel(self.tasks)
        self.job_fair_pin.cancelled.connect(self.go_home)
        self.job_fair_pin.authorised.connect(self._job_fair_authorised)
        for screen in (self.jobs, self.job_fair, self.job_fair_pin):
            self.stack.addWidget(screen)
        self.jobs.scanner.activity.connect(lambda: self.idle.poke())
        self.job_fair.scanner.activity.connect(lambda: self.idle.poke())
        self.admin_pin.authorised.connect(
            lambda user: setattr(self.job_fair_setup, "staff_id", str(getattr(user, "id", "")))
        )

    def _attach_jobs(self, services: KioskServices) -> None:
        self.jobs.attach(services)
        self.job_fair.attach(services)
        self.job_fair_setup.attach(services)
        employer = services.job_fair.employer()
        if employer:  # the kiosk restarted during a job fair: straight back to the booth
            self._show_job_fair(employer)

    def _job_fair_employer(self) -> str:
        # One settings row read: the mode survives restarts and is set by the admin page.
        return self.services.job_fair.employer() if self._built and self.services else ""

    def _show_job_fair(self, employer: str) -> None:
        self.job_fair.start(employer)
        self.stack.setCurrentWidget(self.job_fair)

    def _leave_job_fair(self) -> None:
        if self.services is not None:
            self.job_fair_pin.start(self.services.staff)
            self.stack.setCurrentWidget(self.job_fair_pin)

    def _job_fair_authorised(self, user: object) -> None:
        services = self.services
        if services is None:
            return
        staff_id = str(getattr(user, "id", ""))
        self.tasks.run(lambda: services.job_fair.stop(staff_id=staff_id), self._job_fair_ended)

    def _job_fair_ended(self, _none: object) -> None:
        self.go_home()
