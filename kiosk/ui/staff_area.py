"""The staff area behind the PIN: log-in, the staff home (today's classes), and its tools;
logs out when idle.

The area holds the staff session (who is signed in) and hands it to one small controller per
tool (staff_scan, staff_tools, certificate_tools); no tool imports the area, the area only
wires the home's buttons to them. Every action is one typed operation (kiosk.ui.ops); a write
announces what changed, and the screens that show it refresh themselves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.attendance import meets_on
from kiosk.i18n import UserError, msg
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffUser
from kiosk.ui.assessment_desk import AssessmentDeskTool
from kiosk.ui.certificate_tools import AssessmentTool, CompletionTool, VerifyTool
from kiosk.ui.feedback import VerdictSounds
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.staff_home import StaffHomeScreen
from kiosk.ui.screens.staff_login import StaffLoginScreen
from kiosk.ui.staff_scan import RosterTool, ScanTool
from kiosk.ui.staff_session import StaffSession, StaffTool
from kiosk.ui.staff_tools import AccountsTool, EnrolTool, FollowupTool, OpeningTool, PersonTool

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
        self.ops = ops
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.login = StaffLoginScreen()
        self.home = StaffHomeScreen()
        for screen in (self.login, self.home):
            self.stack.addWidget(screen)
        self.sounds = VerdictSounds(self)
        self.session = StaffSession(ops, self.stack, self.sounds, self)
        self.session.home_requested.connect(self.show_home)
        # One controller per tool, each handed the session; the area only wires the buttons.
        self.scanning = ScanTool(self.session, self)
        self.rosters = RosterTool(self.session)
        self.opening = OpeningTool(self.session)
        self.enrolment = EnrolTool(self.session)
        self.accounts = AccountsTool(self.session)
        self.people = PersonTool(self.session)
        self.followup = FollowupTool(self.session)
        self.verification = VerifyTool(self.session)
        self.completion = CompletionTool(self.session)
        self.assessments = AssessmentTool(self.session)
        self.desk = AssessmentDeskTool(self.session, self)
        self.tools: tuple[StaffTool, ...] = (
            self.scanning,
            self.rosters,
            self.opening,
            self.enrolment,
            self.accounts,
            self.people,
            self.followup,
            self.verification,
            self.completion,
            self.assessments,
            self.desk,
        )
        self.scan = self.scanning.screen
        self.roster = self.rosters.screen
        self.login.back_requested.connect(self.exit_requested)
        self.login.login_requested.connect(self._login)
        self.home.logout_requested.connect(self.logout)
        self.home.scan_requested.connect(self.scanning.open)
        self.home.roster_requested.connect(self.rosters.open)
        self.scanning.roster_requested.connect(self.rosters.open)
        self.scanning.verdict_shown.connect(self.verdict_shown)
        self.home.open_training_requested.connect(self.opening.show)
        self.opening.screen.enrol_requested.connect(self.enrolment.show)
        self.home.enrol_requested.connect(self.enrolment.show)
        self.home.accounts_requested.connect(self.accounts.show)
        self.home.people_requested.connect(self.people.show)
        self.home.followup_requested.connect(self.followup.show)
        self.home.verify_certificate_requested.connect(self.verification.show)
        self.home.certificates_requested.connect(self.completion.show)
        self.home.assessments_requested.connect(self.assessments.show)
        self.home.assessment_desk_requested.connect(self.desk.show_desk)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_LOGOUT_MS)
        self._idle.timeout.connect(self._idle_logout)
        self._watch = _ActivityWatch(self._poke, self)
        self.scan.scanner.activity.connect(self._poke)
        self.scan.scanner.activity.connect(self.activity)
        self.desk.check_in.scanner.activity.connect(self._poke)
        self.desk.check_in.scanner.activity.connect(self.activity)

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
        """A sign-in or the home's classes could not be read: said on the log-in screen."""
        self.login.show_message(error.message)

    # -- session of a staff member -------------------------------------------------------
    def _login(self, username: str, pin: str) -> None:
        services = self.services
        if services is None:
            self.login.show_message(msg("status.loading"))
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
        self.login.show_message(msg("staff.logged_out_idle"))

    def logout(self) -> None:
        self.session.sign_out()
        self._idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._watch)
        self.login.reset()
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
        """Going home, or entering from the home tile: always at the log-in, never where
        someone left off."""
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

    def retranslate(self, lang: str) -> None:
        self.session.lang = lang
        for screen in (self.login, self.home):
            screen.retranslate(lang)
        for tool in self.tools:
            tool.retranslate(lang)
