"""The kiosk window: top bar with language switch, the screens, and the status strip."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import DEFAULT_LANGUAGE, UserError
from kiosk.ui import texts  # noqa: F401 - registers the GUI's texts
from kiosk.ui.ops import ChangeHub, Operations, Topic
from kiosk.ui.screen import Screen, as_widget
from kiosk.ui.screens.home import HomeScreen
from kiosk.ui.status_strip import ConnectivitySource, StatusStrip
from kiosk.ui.top_bar import TopBar
from kiosk.ui.translate import tr

if TYPE_CHECKING:
    # The services (SQLAlchemy, cryptography) and every screen but home load after the first
    # frame: see MainWindow.build_screens.
    from kiosk.services.catalogue import SessionSummary
    from kiosk.services.kiosk import KioskServices
    from kiosk.ui.idle import IdleOverlay, IdleWatcher
    from kiosk.ui.keyboard import KeyboardDock
    from kiosk.ui.placement_area import PlacementArea
    from kiosk.ui.screens.admin import AdminMenu
    from kiosk.ui.screens.card import CardScreen
    from kiosk.ui.screens.my_card import MyCardScreen
    from kiosk.ui.screens.recovery import RecoveryScreen
    from kiosk.ui.screens.registration import IssuedCard, RegistrationScreen
    from kiosk.ui.screens.trainings import TrainingsScreen
    from kiosk.ui.staff_area import StaffArea
    from kiosk.ui.staff_pin import StaffPinPanel
    from kiosk.ui.sync_bridge import SyncBridge

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000
MAINTENANCE_MS = 60 * 60 * 1000
# The figures in the status strip: counts of people, cards, classes, scans and waiting records.
STATUS_TOPICS = (
    Topic.PEOPLE
    | Topic.ATTENDANCE
    | Topic.CLASSES
    | Topic.SYNC
    | Topic.CERTIFICATES
    | Topic.ASSESSMENTS
    | Topic.MAINTENANCE
)


def _file_time(path: Path) -> str:
    import datetime as dt  # not at import time: start-up imports only what the shell needs

    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%d-%m-%Y %H:%M")


class MainWindow(QMainWindow):
    # A KioskStatus: declared as object because the services load after the first frame.
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
        # The one hub every write announces its changes on, and the one error reporter.
        self.changes = ChangeHub(self)
        self.ops = Operations(report=self.report_error, hub=self.changes, parent=self)
        self.changes.subscribe(STATUS_TOPICS, lambda _changed: self.refresh_status())
        self.changes.subscribe(Topic.SETTINGS, lambda _changed: self._configure_idle())
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
        # The one registry of screens: name -> screen. Every screen is added with add_screen,
        # shown with show_screen, reset when the kiosk goes home and retranslated on a switch.
        self.screens: dict[str, Screen] = {}
        self.home = HomeScreen()
        self.home.tile_chosen.connect(self._tile_chosen)
        self.add_screen("home", self.home)
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
        self.registration: RegistrationScreen = RegistrationScreen(self.ops)
        self.registration.home_requested.connect(self.go_home)
        self.registration.card_issued.connect(self._show_card)
        self.card: CardScreen = CardScreen(self.ops)
        self.card.home_requested.connect(self.go_home)
        self.admin_pin: StaffPinPanel = StaffPinPanel(self.ops)
        self.admin_pin.cancelled.connect(self.go_home)
        self.admin_pin.authorised.connect(lambda _user: self.show_screen("admin"))
        self.admin: AdminMenu = AdminMenu(self.ops)
        self.admin.back_requested.connect(self.go_home)
        self.admin.windowed_requested.connect(self.leave_full_screen)
        self.admin.quit_requested.connect(self.quit_kiosk)
        self.staff_area: StaffArea = StaffArea(self.ops)
        self.staff_area.exit_requested.connect(self.go_home)
        self.my_card: MyCardScreen = MyCardScreen(self.ops)
        self.my_card.home_requested.connect(self.go_home)
        self.add_screen("my_card", self.my_card)
        self.add_screen("trainings", self.trainings)
        self.add_screen("registration", self.registration)
        self.add_screen("card", self.card)
        self.add_screen("admin_pin", self.admin_pin)
        self.add_screen("admin", self.admin)
        self.add_screen("recovery", self.recovery)
        self.add_screen("staff", self.staff_area)
        from kiosk.ui.placement_area import PlacementArea

        self.placement: PlacementArea = PlacementArea(
            self.ops, self.add_screen, self.show_screen, self.go_home, self.admin, self.admin_pin
        )
        self.idle: IdleWatcher = IdleWatcher(self)
        self.idle_overlay: IdleOverlay = IdleOverlay(self.central)
        self.idle.countdown.connect(self.idle_overlay.show_countdown)
        self.idle.active_again.connect(self.idle_overlay.hide)
        self.idle.expired.connect(self._idle_expired)
        # A card scanned is someone at work, even when nobody touches the screen.
        self.staff_area.activity.connect(self.idle.poke)
        for screen in (self.my_card, self.placement.jobs, self.placement.booth):
            screen.entry.scanner.activity.connect(self.idle.poke)
        self.keyboard = KeyboardDock(self)
        self._column.insertWidget(self._column.indexOf(self.status_strip), self.keyboard)
        self.keyboard.opened.connect(self.registration.keyboard_opened)
        self.stack.currentChanged.connect(self._screen_changed)
        from kiosk.ui.touch import kinetic_everywhere

        kinetic_everywhere(self)
        self.home.set_pictograms()
        self._built = True
        self.set_language(self.lang)

    def add_screen(self, name: str, screen: Screen) -> None:
        """Register ``screen`` under ``name`` and put it in the window's stack."""
        assert name not in self.screens, name
        self.screens[name] = screen
        self.stack.addWidget(as_widget(screen))

    def show_screen(self, name: str) -> None:
        """Show the registered screen ``name`` as it is (a result it loaded, a step kept)."""
        self.stack.setCurrentWidget(as_widget(self.screens[name]))

    def open_screen(self, name: str) -> None:
        """Enter the registered screen ``name`` afresh: reset, then shown (a tile's way in)."""
        self.screens[name].reset()
        self.show_screen(name)

    def attach(self, services: KioskServices) -> None:
        """Called once the store is open (after the first frame, to keep start-up fast)."""
        self.build_screens()
        self.services = services
        self._configure_idle()
        self.registration.attach(services)
        self.card.attach(services)
        self.my_card.attach(services)
        self.staff_area.attach(services)
        self.placement.attach(services)
        self.go_home()
        self.refresh_status()
        self._status_timer.start()
        self._maintenance_timer.start()
        self.run_maintenance()
        from kiosk.ui.sync_bridge import SyncBridge, wire

        self.sync = SyncBridge(services.sync, self.connectivity, self, hub=self.changes)
        wire(self.sync, self.status_strip)
        self.admin.attach(services, self.sync)
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
            self.ops.write(services.maintenance.run_daily, Topic.MAINTENANCE)

    def show_recovery(self, backup: Path | None, restore: Callable[[Path], None]) -> None:
        """The database is damaged: offer the newest intact backup instead of the kiosk."""
        self.build_screens()
        when = "" if backup is None else _file_time(backup)
        self.recovery.offer(backup, when, restore)
        self.show_screen("recovery")

    def show_refusal(
        self, problem: UserError, backup: Path | None, restore: Callable[[Path], None]
    ) -> None:
        """The store was refused (another key, missing or emptied): say why and what to do,
        offering ``backup`` when restoring it is the way out."""
        self.build_screens()
        when = "" if backup is None else _file_time(backup)
        self.recovery.explain(problem, backup, when, restore)
        self.show_screen("recovery")

    def refresh_status(self) -> None:
        services = self.services
        if services is None:
            return
        self.ops.read(services.status.status, self.status_changed.emit)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.setWindowTitle(tr("app.title", lang))
        self.top_bar.retranslate(lang)
        self.status_strip.retranslate(lang)
        # Retranslating keeps every screen's state: a language switch never loses a step.
        for screen in self.screens.values():
            screen.retranslate(lang)
        if not self._built:
            return
        self.idle_overlay.retranslate(lang)
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
        if self.keyboard is not None:
            self.keyboard.close_keys()
        for screen in self.screens.values():
            screen.reset()
        if self._built:
            self.idle_overlay.hide()
            if self.placement.home():  # job-fair mode: the booth is home
                return
        self.show_screen("home")

    def _idle_expired(self) -> None:
        log.info("idle timeout: back to the home screen")
        self.go_home()

    def _ask_admin(self) -> None:
        if self.services is None or not self._built:
            return
        from kiosk.services.staff import Role

        self.admin_pin.start(self.services.staff, Role.ADMIN)
        self.show_screen("admin_pin")

    def leave_full_screen(self) -> None:
        from PySide6.QtCore import Qt  # not at import time: the Qt namespace is slow to build

        self._may_close = True
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, False)
        self.showNormal()
        self.go_home()

    def quit_kiosk(self) -> None:
        self._may_close = True
        self.close()

    def _show_card(self, issued: IssuedCard) -> None:
        self.registration.reset()
        self.card.show_card(issued.applicant_id, list(issued.notes))
        self.show_screen("card")

    def _tile_chosen(self, name: str) -> None:
        services = self.services
        if not self._built:
            return  # a touch in the first instant after start-up, before the screens exist
        if name == "register" and services is not None:
            self.open_screen("registration")
            return
        if name == "trainings" and services is not None:
            self.ops.read(
                lambda: services.catalogue.sessions(include_past=False), self._show_trainings
            )
            return
        if name == "card" and services is not None:
            self.open_screen("my_card")
            return
        if name == "jobs" and services is not None:
            self.open_screen("jobs")
            return
        if name == "staff":
            self.open_screen("staff")  # its reset is a sign-out: always at the log-in
            return
        self.home.show_notice(tr("home.coming_soon", self.lang))

    def _show_trainings(self, sessions: list[SessionSummary]) -> None:
        self.trainings.set_sessions(sessions)
        self.show_screen("trainings")

    def report_error(self, error: BaseException) -> None:
        """The one error reporter (every operation's default, and the excepthook's): back to
        home with a notice. A problem the person can act on is said in its own plain words; a
        bug gets a friendly apology (its trace is already in the log)."""
        self.go_home()
        if isinstance(error, UserError):
            self.home.show_notice(error.render(self.lang))
            return
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
        self.ops.drain()
        super().closeEvent(event)
