"""The staff area behind the PIN: log-in, session choice, scanning, roster; logs out when idle.

Every action is one service call run through the window's TaskRunner; results come back on
the GUI thread and go to the screen that asked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.attendance import ScanOutcome, meets_on
from kiosk.i18n import DEFAULT_LANGUAGE, UserError, msg, render
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.roster import Roster
from kiosk.services.staff import StaffUser
from kiosk.ui.camera import FrameReader, camera_available
from kiosk.ui.certificate_tools import CertificateTools
from kiosk.ui.feedback import VerdictSounds
from kiosk.ui.screens.roster import RosterScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.screens.staff_home import StaffHomeScreen
from kiosk.ui.screens.staff_login import StaffLoginScreen
from kiosk.ui.staff_tools import StaffTools
from kiosk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.ui.camera_live import LiveCamera  # QtMultimedia: imported when switched on

IDLE_LOGOUT_MS = 5 * 60 * 1000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


def _days(session: SessionSummary) -> list[int]:
    days = session.schedule.get("days", [])
    return [d for d in days if isinstance(d, int)] if isinstance(days, list) else []


class _ActivityWatch(QObject):
    def __init__(self, on_activity: Any, parent: QObject) -> None:
        # A child of the staff area: deleted with it, and Qt then drops it from the
        # application's filters (a parentless filter could outlive the area and call into it).
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False


class StaffArea(QWidget):
    exit_requested = Signal()
    verdict_shown = Signal(object)  # ScanVerdict, after the banner was updated
    activity = Signal()  # a card was scanned: the window's idle timer starts again

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.services: KioskServices | None = None
        self.user: StaffUser | None = None
        self.lang = DEFAULT_LANGUAGE
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.login = StaffLoginScreen()
        self.home = StaffHomeScreen()
        self.scan = ScanScreen()
        self.roster = RosterScreen()
        for screen in (self.login, self.home, self.scan, self.roster):
            self.stack.addWidget(screen)
        self.sounds = VerdictSounds(self)
        self.tools = StaffTools(self)
        self.home.open_training_requested.connect(self.tools.show_open_training)
        self.home.enrol_requested.connect(self.tools.show_enrol)
        self.home.accounts_requested.connect(self.tools.show_accounts)
        self.home.people_requested.connect(self.tools.show_person)
        # Certificates (issue 15): their own screens, reached from two home buttons.
        self.certificates = CertificateTools(self)
        self.home.verify_certificate_requested.connect(self.certificates.show_verify)
        self.home.certificates_requested.connect(self.certificates.show_classes)
        self.login.back_requested.connect(self.exit_requested)
        self.login.login_requested.connect(self._login)
        self.home.logout_requested.connect(self.logout)
        self.home.scan_requested.connect(self.open_scan)
        self.home.roster_requested.connect(self.open_roster)
        self.scan.back_requested.connect(self.show_home)
        self.scan.roster_requested.connect(lambda: self._roster_of(self.scan.session))
        self.scan.scan_submitted.connect(self.submit_scan)
        self.scan.admit_requested.connect(self._admit)
        self.scan.card_chosen.connect(self._record_person)
        self.scan.lookup_requested.connect(self._lookup)
        self.scan.camera_requested.connect(self.toggle_camera)
        self.scan.hidden.connect(self.stop_camera)
        self._reader: FrameReader | None = None
        self._camera: LiveCamera | None = None
        self.roster.back_requested.connect(self.show_home)
        self.roster.refresh_requested.connect(lambda: self._roster_of(self._roster_session))
        self.roster.export_requested.connect(self._export)
        self._roster_session: SessionSummary | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_LOGOUT_MS)
        self._idle.timeout.connect(self._idle_logout)
        self._watch = _ActivityWatch(self._poke, self)
        self.scan.scanner.activity.connect(self._poke)
        self.scan.scanner.activity.connect(self.activity)

    # -- wiring -------------------------------------------------------------------------
    def attach(self, services: KioskServices) -> None:
        self.services = services

    def _call(self, work: Any, done: Any, failed: Any = None) -> None:
        self.tasks.run(work, done, failed or self._user_error)

    def _user_error(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        text = error.render(self.lang)
        current = self.stack.currentWidget()
        if current is self.login:
            self.login.show_message(text)
        elif current is self.roster:
            self.roster.show_notice(text)
        else:
            self.login.show_message(text)

    # -- session of a staff member -------------------------------------------------------
    def start(self) -> None:
        """Entered from the home tile: always at the log-in, never where someone left off."""
        self.logout()

    def _login(self, username: str, pin: str) -> None:
        services = self.services
        if services is None:
            self.login.show_message(render("status.loading", self.lang))
            return
        self._call(lambda: services.staff.login(username, pin), self._logged_in)

    def _logged_in(self, user: StaffUser) -> None:
        self.user = user
        self.login.reset()
        self.home.set_user(user)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watch)
        self._idle.start()
        self.show_home()

    def _poke(self, *_: object) -> None:
        if self.user is not None:
            self._idle.start()

    def _idle_logout(self) -> None:
        self.logout()
        self.login.show_message(render("staff.logged_out_idle", self.lang))

    def logout(self) -> None:
        self.user = None
        self._idle.stop()
        self.stop_camera()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._watch)
        for screen in (self.login, self.scan, self.roster):
            screen.reset()
        self.tools.reset()
        self.certificates.reset()
        self.home.set_user(None)
        self.stack.setCurrentWidget(self.login)
        services = self.services
        if services is not None:
            self._call(services.staff.sign_in_names, self.login.set_names)

    def reset(self) -> None:
        self.logout()

    def show_home(self) -> None:
        services = self.services
        if self.user is None or services is None:
            self.logout()
            return
        self.stack.setCurrentWidget(self.home)

        def running_today() -> tuple[list[SessionSummary], list[SessionSummary]]:
            """Classes that meet today, and those running but not meeting today (the
            domain's one rule, as the scan verdicts and the roster use it)."""
            today = services.ctx.now().date()
            running = [
                s for s in services.catalogue.sessions(include_past=False) if s.start_date <= today
            ]
            meeting = [s for s in running if meets_on(_days(s), s.start_date, s.end_date, today)]
            return meeting, [s for s in running if s not in meeting]

        self._call(running_today, lambda found: self.home.set_sessions(*found))

    # -- scanning ------------------------------------------------------------------------
    def open_scan(self, session: SessionSummary) -> None:
        self.scan.reset()
        self.scan.set_session(session)
        self.stack.setCurrentWidget(self.scan)
        self.scan.set_camera_available(camera_available())
        services = self.services
        if services is not None:
            # The trainees' cards and names into memory before the line starts scanning.
            self._call(lambda: services.attendance.warm_station(session.id), lambda _n: None)
        self._refresh_counts()

    # -- camera --------------------------------------------------------------------------
    def frame_reader(self) -> FrameReader:
        """The decoder of camera frames; its payloads take the USB scanner's path (the same
        "same code within 2 s counts once" rule, then submit_scan -> record_scan)."""
        if self._reader is None:
            self._reader = FrameReader(self)
            self._reader.decoded.connect(self.scan.scanner.submit)
        return self._reader

    def toggle_camera(self) -> None:
        if self._camera is not None:
            self.stop_camera()
            return
        from kiosk.ui.camera_live import LiveCamera

        camera = LiveCamera(self)
        reader = self.frame_reader()
        reader.start()
        camera.frame.connect(reader.offer)
        camera.failed.connect(lambda _text: self.stop_camera())
        self._camera = camera
        self.scan.set_preview(camera.preview)
        camera.start()

    def stop_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.stop()
            self.scan.set_preview(None)
            camera.preview.deleteLater()
            camera.deleteLater()
        if self._reader is not None:
            self._reader.stop()

    def submit_scan(self, payload: str, *, admit: bool = False) -> None:
        services, session, user = self.services, self.scan.session, self.user
        if services is None or session is None or user is None:
            return
        self._call(
            lambda: services.attendance.record_scan(
                session.id, payload, staff_id=user.id, admit=admit
            ),
            lambda verdict: self._verdict(verdict, payload),
            lambda error: self._scan_refused(error, payload),
        )

    def _scan_refused(self, error: BaseException, payload: str) -> None:
        """The store refused the write (a full disk, say): a red verdict that says so, on
        the scan screen, like any other; nothing was recorded."""
        if not isinstance(error, UserError):
            raise error
        self._verdict(ScanVerdict(ScanOutcome.REJECTED, error.message), payload)

    def _verdict(self, verdict: ScanVerdict, payload: str) -> None:
        self.scan.show_verdict(verdict, payload)
        self.sounds.play(verdict.tone)
        self.verdict_shown.emit(verdict)
        if verdict.recorded:
            self._refresh_counts()

    def _admit(self, payload: str) -> None:
        self.submit_scan(payload, admit=True)

    def _lookup(self, text: str) -> None:
        services, session = self.services, self.scan.session
        if services is not None and session is not None:
            self._call(
                lambda: services.roster.find_trainee(session.id, text, limit=20),
                self.scan.show_results,
            )

    def _record_person(self, applicant_id: str) -> None:
        services, session, user = self.services, self.scan.session, self.user
        if services is None or session is None or user is None:
            return

        def work() -> tuple[ScanVerdict | None, str]:
            card_id = services.attendance.current_card_of(applicant_id)
            if card_id is None:
                return None, ""
            verdict = services.attendance.record_card(session.id, card_id, staff_id=user.id)
            return verdict, services.attendance.payload_of(card_id)

        def done(result: tuple[ScanVerdict | None, str]) -> None:
            verdict, payload = result
            if verdict is None:
                self._verdict(ScanVerdict(ScanOutcome.REJECTED, msg("scan.no_card")), payload)
                return
            self._verdict(verdict, payload)

        self._call(work, done)

    def _refresh_counts(self) -> None:
        services, session = self.services, self.scan.session
        if services is None or session is None:
            return
        self._call(
            lambda: services.roster.roster(session.id),
            lambda roster: self.scan.set_counts(roster.came, roster.enrolled),
        )

    # -- roster --------------------------------------------------------------------------
    def open_roster(self, session: SessionSummary) -> None:
        self._roster_of(session)

    def _roster_of(self, session: SessionSummary | None) -> None:
        services = self.services
        if services is None or session is None:
            return
        self._roster_session = session
        self.roster.reset()
        self.stack.setCurrentWidget(self.roster)
        self._call(lambda: services.roster.roster(session.id), self._show_roster)

    def _show_roster(self, roster: Roster) -> None:
        self.roster.set_roster(roster)

    def _export(self, path: str) -> None:
        services, session, lang = self.services, self._roster_session, self.lang
        if services is None or session is None:
            return
        self._call(
            lambda: services.roster.export(session.id, Path(path), lang=lang),
            lambda _rows: self.roster.show_notice(render("roster.exported", lang, path=path)),
        )

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for screen in (self.login, self.home, self.scan, self.roster):
            screen.retranslate(lang)
        self.tools.retranslate(lang)
        self.certificates.retranslate(lang)
