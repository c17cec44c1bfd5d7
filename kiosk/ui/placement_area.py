"""The applicant's jobs screen, its follow-up survey, the job-fair booth and the booth's admin
page and leave-PIN panel (issue 14), registered in the window's screens.

While the kiosk is in job-fair mode the booth is its home: ``home()`` says where to go. The
window hands this controller only what it needs (its operations, screens registry and the
admin menu), so nothing here imports the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.domain.followup import Survey
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffUser
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screen import Screen
from kiosk.ui.screens.admin import AdminMenu
from kiosk.ui.screens.followup import FollowupScreen
from kiosk.ui.screens.jobs_fair import JobFairScreen, JobFairSetup, LeavePinPanel
from kiosk.ui.screens.jobs_home import JobsScreen
from kiosk.ui.staff_pin import StaffPinPanel

AddScreen = Callable[[str, Screen], None]
ShowScreen = Callable[[str], None]


class PlacementArea(QObject):
    def __init__(
        self,
        ops: Operations,
        add_screen: AddScreen,
        show_screen: ShowScreen,
        go_home: Callable[[], None],
        admin: AdminMenu,
        admin_pin: StaffPinPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._show = show_screen
        self._go_home = go_home
        self.services: KioskServices | None = None
        self.jobs = JobsScreen(ops)
        self.jobs.home_requested.connect(go_home)
        self.jobs.survey_due.connect(self._ask_survey)
        self.survey = FollowupScreen(ops)
        self.survey.finished.connect(lambda: show_screen("jobs"))
        self.booth = JobFairScreen(ops)
        self.booth.leave_requested.connect(self._leave)
        self.setup = JobFairSetup(ops)
        self.setup.back_requested.connect(admin.show_menu)
        self.setup.started.connect(self._started)
        admin.add_entry("job_fair", self.setup)
        # Its own PIN panel: a staff PIN that ends the job fair must not open the admin menu.
        self.leave_pin = LeavePinPanel(ops)
        self.leave_pin.cancelled.connect(go_home)
        self.leave_pin.authorised.connect(self._authorised)
        admin_pin.authorised.connect(self._admin_signed_in)
        add_screen("jobs", self.jobs)
        add_screen("followup", self.survey)
        add_screen("job_fair", self.booth)
        add_screen("job_fair_pin", self.leave_pin)

    def attach(self, services: KioskServices) -> None:
        self.services = services
        self.jobs.attach(services)
        self.survey.attach(services)
        self.booth.attach(services)
        self.setup.attach(services)
        # The open vacancies' ranking columns are read once now, off the GUI thread, so that
        # even the first browse after start-up is a fast tap (kiosk.services.vacancy_index).
        from kiosk.services import vacancy_index

        self.ops.read(lambda: vacancy_index.refresh(services.store, services.ctx.now().date()))

    def home(self) -> bool:
        """Show the booth when in job-fair mode (True), else leave home to the window. The
        mode is one settings row, read here on purpose (like the idle settings): it survives
        a restart and may be changed by the admin page or the command line."""
        services = self.services
        employer = "" if services is None else services.job_fair.employer()
        if not employer:
            return False
        self.booth.start(employer)
        self._show("job_fair")
        return True

    def _ask_survey(self, survey: Survey, first_name: str) -> None:
        self.survey.ask(survey, first_name)
        self._show("followup")

    def _admin_signed_in(self, user: StaffUser) -> None:
        self.setup.staff_id = user.id

    def _started(self, _employer: str) -> None:
        self._go_home()

    def _leave(self) -> None:
        if self.services is not None:
            self.leave_pin.start(self.services.staff)
            self._show("job_fair_pin")

    def _authorised(self, user: StaffUser) -> None:
        services = self.services
        if services is None:
            return
        staff_id = user.id
        self.ops.write(
            lambda: services.job_fair.stop(staff_id=staff_id),
            Topic.SETTINGS | Topic.AUDIT,
            lambda _none: self._ended(),
        )

    def _ended(self) -> None:
        self._go_home()
