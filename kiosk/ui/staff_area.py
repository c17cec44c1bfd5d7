"""The staff area behind the PIN: log-in, session choice, scanning, roster; logs out when idle.

The area holds the staff session (who is signed in) and hands it to one small controller per
tool (staff_tools, certificate_tools); no tool imports the area. Every action is one typed
operation (kiosk.ui.ops); a write announces what changed, and what shows it refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.attendance import ScanOutcome, meets_on
from kiosk.i18n import UserError, msg, render
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffUser
from kiosk.ui.camera import FrameReader, camera_available
from kiosk.ui.certificate_tools import AssessmentTool, CompletionTool, VerifyTool
from kiosk.ui.feedback import VerdictSounds
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.roster import RosterScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.screens.staff_home import StaffHomeScreen
from kiosk.ui.screens.staff_login import StaffLoginScreen
from kiosk.ui.staff_session import StaffSession, StaffTool
from kiosk.ui.staff_tools import AccountsTool, EnrolTool, OpeningTool, PersonTool
from kiosk.ui.translate import tr_msg

if TYPE_CHECKING:
    from kiosk.ui.camera_live import LiveCamera  # QtMultimedia: imported when switched on

IDLE_LOGOUT_MS = 5 * 60 * 1000
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}
STYLE = """
#StaffLoginScreen, #StaffHomeScreen, #ScanScreen, #RosterScreen, #OpenTrainingScreen,
#EnrolScreen, #AccountsScreen, #PersonScreen, #VerifyCertificateScreen,
#CompletionReviewScreen { background: #f4f6f9; }
#VerdictName { font-size: 30pt; font-weight: 700; }
#VerdictReason { font-size: 17pt; }
#AdmitButton { font-size: 16pt; font-weight: 700; }
#FieldLabel { font-size: 13pt; font-weight: 600; }
#RosterCounts { font-size: 15pt; font-weight: 600; }
#PadKey { font-size: 20pt; }
QPushButton#PrimaryButton { background: #0b5cab; color: white; border-color: #0b5cab; }
QPushButton:disabled { color: #9aa5b1; }
QLineEdit { font-size: 15pt; padding: 6px 10px; border: 2px solid #c9d3df; border-radius: 8px;
            background: white; }
QListWidget { font-size: 14pt; background: white; border: 1px solid #d5dde7; }
QListWidget::item { padding: 10px; min-height: 48px; }
QTableWidget { font-size: 13pt; background: white; }
"""


def _days(session: SessionSummary) -> list[int]:
    days = session.schedule.get("days", [])
    return [d for d in days if isinstance(d, int)] if isinstance(days, list) else []


def _scan_changes(verdict: ScanVerdict) -> Topic:
    """A refused or repeated scan changed nothing: the counts need no new read."""
    return Topic.ATTENDANCE if verdict.recorded else Topic.NONE


class _ActivityWatch(QObject):
    def __init__(self, on_activity: Callable[[], None], parent: QObject) -> None:
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
    verdict_shown = Signal(ScanVerdict)  # after the banner was updated
    activity = Signal()  # a card was scanned: the window's idle timer starts again

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.ops = ops
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
        self.session = StaffSession(ops, self.stack, self.sounds, self)
        self.session.home_requested.connect(self.show_home)
        # One controller per tool, each handed the session; the area only wires the buttons.
        self.opening = OpeningTool(self.session)
        self.enrolment = EnrolTool(self.session)
        self.accounts = AccountsTool(self.session)
        self.people = PersonTool(self.session)
        self.verification = VerifyTool(self.session)
        self.completion = CompletionTool(self.session)
        self.assessments = AssessmentTool(self.session)
        self.tools: tuple[StaffTool, ...] = (
            self.opening,
            self.enrolment,
            self.accounts,
            self.people,
            self.verification,
            self.completion,
            self.assessments,
        )
        self.home.open_training_requested.connect(self.opening.show)
        self.opening.screen.enrol_requested.connect(self.enrolment.show)
        self.home.enrol_requested.connect(self.enrolment.show)
        self.home.accounts_requested.connect(self.accounts.show)
        self.home.people_requested.connect(self.people.show)
        self.home.verify_certificate_requested.connect(self.verification.show)
        self.home.certificates_requested.connect(self.completion.show)
        self.home.assessments_requested.connect(self.assessments.show)
        self.roster.reveal_requested.connect(self._reveal_in_roster)
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
        # A scan, an enrolment or a sync brings new figures: the counts follow by themselves.
        ops.hub.subscribe(Topic.ATTENDANCE | Topic.CLASSES, lambda _c: self._refresh_counts())
        ops.hub.subscribe(
            Topic.ATTENDANCE | Topic.CLASSES | Topic.PEOPLE, lambda _c: self._reload_roster()
        )

    # -- wiring -------------------------------------------------------------------------
    def attach(self, services: KioskServices) -> None:
        self.session.services = services

    @property
    def services(self) -> KioskServices | None:
        return self.session.services

    @property
    def user(self) -> StaffUser | None:
        return self.session.user

    @property
    def lang(self) -> str:
        return self.session.lang

    def _user_error(self, error: UserError) -> None:
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
        self.ops.write(
            lambda: services.staff.login(username, pin),
            Topic.AUDIT,  # a sign-in is written to the audit trail
            self._logged_in,
            failure=self._user_error,
        )

    def _logged_in(self, user: StaffUser) -> None:
        self.session.sign_in(user)
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
        self.session.sign_out()
        self._idle.stop()
        self.stop_camera()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._watch)
        for screen in (self.login, self.scan, self.roster):
            screen.reset()
        for tool in self.tools:
            tool.reset()
        self.home.set_user(None)
        self.stack.setCurrentWidget(self.login)
        services = self.services
        if services is not None:
            self.ops.read(
                services.staff.sign_in_names, self.login.set_names, failure=self._user_error
            )

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

        self.ops.read(
            running_today, lambda found: self.home.set_sessions(*found), failure=self._user_error
        )

    # -- scanning ------------------------------------------------------------------------
    def open_scan(self, session: SessionSummary) -> None:
        self.scan.reset()
        self.scan.set_session(session)
        self.stack.setCurrentWidget(self.scan)
        self.scan.set_camera_available(camera_available())
        services = self.services
        if services is not None:
            # The trainees' cards and names into memory before the line starts scanning.
            self.ops.read(
                lambda: services.attendance.warm_station(session.id), failure=self._user_error
            )
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
        self.ops.write(
            lambda: services.attendance.record_scan(
                session.id, payload, staff_id=user.id, admit=admit
            ),
            _scan_changes,
            lambda verdict: self._verdict(verdict, payload),
            failure=lambda error: self._scan_refused(error, payload),
        )

    def _scan_refused(self, error: UserError, payload: str) -> None:
        """The store refused the write (a full disk, say): a red verdict that says so, on
        the scan screen, like any other; nothing was recorded."""
        self._verdict(ScanVerdict(ScanOutcome.REJECTED, error.message), payload)

    def _verdict(self, verdict: ScanVerdict, payload: str) -> None:
        self.scan.show_verdict(verdict, payload)
        self.sounds.play(verdict.tone)
        self.verdict_shown.emit(verdict)  # a recorded one also announced Topic.ATTENDANCE

    def _admit(self, payload: str) -> None:
        self.submit_scan(payload, admit=True)

    def _lookup(self, text: str) -> None:
        services, session = self.services, self.scan.session
        if services is not None and session is not None:
            self.ops.read(
                lambda: services.roster.find_trainee(session.id, text, limit=20),
                self.scan.show_results,
                failure=self._user_error,
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

        self.ops.write(work, Topic.ATTENDANCE, done, failure=self._user_error)

    def _refresh_counts(self) -> None:
        services, session = self.services, self.scan.session
        if services is None or session is None or self.user is None:
            return
        self.ops.read(
            lambda: services.roster.roster(session.id),
            lambda roster: self.scan.set_counts(roster.came, roster.enrolled),
            failure=self._user_error,
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
        self._load_roster(services, session)

    def _reload_roster(self) -> None:
        services, session = self.services, self._roster_session
        if services is not None and session is not None and self.session.showing(self.roster):
            self._load_roster(services, session)

    def _load_roster(self, services: KioskServices, session: SessionSummary) -> None:
        self.ops.read(
            lambda: services.roster.roster(session.id),
            self.roster.set_roster,
            failure=self._user_error,
        )

    def _reveal_in_roster(self, applicant_id: str) -> None:
        ready = self.session.ready()
        if ready is not None:
            services, user = ready
            self.ops.write(
                lambda: services.privacy.reveal_nik(applicant_id, user),
                Topic.AUDIT,
                lambda nik: self.roster.show_nik_of(applicant_id, nik),
                failure=lambda error: self.roster.show_notice(tr_msg(error.message, self.lang)),
            )

    def _export(self, path: str) -> None:
        services, session, lang = self.services, self._roster_session, self.lang
        if services is None or session is None:
            return
        self.ops.write(
            lambda: services.roster.export(session.id, Path(path), lang=lang),
            Topic.AUDIT,
            lambda _rows: self.roster.show_notice(render("roster.exported", lang, path=path)),
            failure=self._user_error,
        )

    def retranslate(self, lang: str) -> None:
        self.session.lang = lang
        for screen in (self.login, self.home, self.scan, self.roster):
            screen.retranslate(lang)
        for tool in self.tools:
            tool.retranslate(lang)
