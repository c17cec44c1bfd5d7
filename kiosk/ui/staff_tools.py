"""The staff area's tools besides scanning: open a training, enrol trainees, staff accounts and
one person's data. Each action is one service call on the area's TaskRunner; its answer goes
back to the screen that asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.i18n import UserError, msg
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.opening import OpenedTraining, OpeningError, SessionDraft, TrainingDraft
from kiosk.services.staff import Action, StaffUser, check_pin_repeated, may
from kiosk.ui.screens.enrol import EnrolScreen
from kiosk.ui.screens.open_training import OpenTrainingScreen
from kiosk.ui.screens.person import PersonScreen
from kiosk.ui.screens.staff_accounts import StaffAccountsScreen
from kiosk.ui.translate import tr_msg

if TYPE_CHECKING:
    from kiosk.ui.staff_area import StaffArea

ChoosePath = Callable[[QWidget, str], str]


def save_dialog(parent: QWidget, suggested: str) -> str:
    """Where to save a file (a removable drive is one of the places offered)."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getSaveFileName(parent, "", suggested, "JSON (*.json)")
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path


class StaffTools(QObject):
    def __init__(self, area: StaffArea) -> None:
        super().__init__(area)
        self._area = area
        self.open_training = OpenTrainingScreen()
        self.enrol = EnrolScreen()
        self.accounts = StaffAccountsScreen()
        self.person = PersonScreen()
        self.choose_export_path: ChoosePath = save_dialog  # tests put a folder here
        self.screens = (self.open_training, self.enrol, self.accounts, self.person)
        for screen in self.screens:
            area.stack.addWidget(screen)
            screen.back_requested.connect(area.show_home)
        self.open_training.open_requested.connect(self._open)
        self.open_training.add_session_requested.connect(self._add_session)
        self.open_training.enrol_requested.connect(self.show_enrol)
        self.enrol.search_requested.connect(self._search)
        self.enrol.enrol_requested.connect(self._enrol)
        self.accounts.create_requested.connect(self._create_account)
        self.accounts.disable_requested.connect(self._disable_account)
        self.person.search_requested.connect(self._person_search)
        self.person.reveal_requested.connect(self._reveal)
        self.person.export_requested.connect(self._export_person)
        self.person.erase_requested.connect(self._erase_person)
        area.roster.reveal_requested.connect(self._reveal_in_roster)

    # -- plumbing --------------------------------------------------------------------------
    def _ready(self) -> tuple[KioskServices, StaffUser] | None:
        services, user = self._area.services, self._area.user
        if services is None or user is None:
            return None
        return services, user

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Any) -> None:
        def on_failure(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            failed(error)

        self._area.tasks.run(work, done, on_failure)

    @property
    def _lang(self) -> str:
        return self._area.lang

    # -- buka pelatihan --------------------------------------------------------------------
    def show_open_training(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, _user = ready
        self.open_training.reset()
        self._area.stack.setCurrentWidget(self.open_training)
        self._run(services.opening.providers, self.open_training.set_providers, self._form_error)

    def _form_error(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, OpeningError) else {"provider": error.message}
        self.open_training.show_errors(errors)

    def _open(self, draft: TrainingDraft) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self._run(
            lambda: services.opening.open(draft),
            lambda opened: self.open_training.show_opened(opened, draft.session),
            self._form_error,
        )

    def _add_session(self, program_id: str, provider_id: str, draft: SessionDraft) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]

        def work() -> OpenedTraining:
            session_id = services.opening.add_session(program_id, provider_id, draft)
            return OpenedTraining(provider_id, program_id, session_id)

        self._run(
            work, lambda opened: self.open_training.show_opened(opened, draft), self._form_error
        )

    # -- enrolment -------------------------------------------------------------------------
    def show_enrol(self, session_id: str = "") -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self.enrol.reset()
        self._area.stack.setCurrentWidget(self.enrol)
        self._run(
            lambda: services.catalogue.sessions(include_past=False),
            lambda sessions: self.enrol.set_sessions(sessions, session_id),
            self._enrol_error,
        )

    def _search(self, text: str) -> None:
        ready = self._ready()
        if ready is not None:
            services = ready[0]
            self._run(
                lambda: services.people.search(text, limit=30),
                self.enrol.show_results,
                self._enrol_error,
            )

    def _enrol(self, session_id: str, applicant_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready
        person = self.enrol.person(applicant_id)
        name = person.full_name if person else ""

        def work() -> SessionSummary | None:
            services.catalogue.enrol(session_id, applicant_id, staff_id=user.id)
            return next((s for s in services.catalogue.sessions() if s.id == session_id), None)

        def done(session: SessionSummary | None) -> None:
            if session is not None:
                self.enrol.session_updated(session)
            self.enrol.show_message(msg("enrol.done", name=name), ok=True)

        self._run(work, done, self._enrol_error)

    def _enrol_error(self, error: UserError) -> None:
        self.enrol.show_message(error.message)

    # -- staff accounts (admins) -----------------------------------------------------------
    def show_accounts(self) -> None:
        ready = self._ready()
        if ready is None or not may(ready[1], Action.MANAGE_STAFF):
            return
        self.accounts.reset()
        self._area.stack.setCurrentWidget(self.accounts)
        self._load_accounts()

    def _load_accounts(self) -> None:
        ready = self._ready()
        if ready is not None:
            self._run(ready[0].staff.accounts, self.accounts.set_accounts, self._accounts_error)

    def _accounts_error(self, error: UserError) -> None:
        self.accounts.show_refusal(error.message)
        self._load_accounts()  # what the list shows may have changed meanwhile

    def _create_account(self, username: str, name: str, role: str, pin: str, again: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready

        def work() -> str:
            check_pin_repeated(pin, again)
            return services.staff.create_by(user, username, name, pin, role).username

        def done(created: str) -> None:
            self.accounts.created(created)
            self._load_accounts()

        self._run(work, done, self._accounts_error)

    def _disable_account(self, staff_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready
        account = self.accounts.account(staff_id)
        username = account.username if account else ""

        def done(_: object) -> None:
            self.accounts.show_list_message(msg("accounts.disabled", username=username), ok=True)
            self._load_accounts()

        self._run(lambda: services.staff.disable(user, staff_id), done, self._accounts_error)

    # -- one person's data (UU PDP) --------------------------------------------------------
    def show_person(self) -> None:
        if self._ready() is None:
            return
        self.person.reset()
        self._area.stack.setCurrentWidget(self.person)

    def _person_error(self, error: UserError) -> None:
        self.person.show_message(error.message)

    def _person_search(self, text: str) -> None:
        ready = self._ready()
        if ready is not None:
            services = ready[0]
            self._run(
                lambda: services.people.search(text, limit=30),
                self.person.show_results,
                self._person_error,
            )

    def _reveal(self, applicant_id: str) -> None:
        ready = self._ready()
        if ready is not None:
            services, user = ready
            self._run(
                lambda: services.privacy.reveal_nik(applicant_id, user),
                lambda nik: self.person.show_nik_of(applicant_id, nik),
                self._person_error,
            )

    def _reveal_in_roster(self, applicant_id: str) -> None:
        ready = self._ready()
        if ready is not None:
            services, user = ready
            roster = self._area.roster
            self._run(
                lambda: services.privacy.reveal_nik(applicant_id, user),
                lambda nik: roster.show_nik_of(applicant_id, nik),
                lambda error: roster.show_notice(tr_msg(error.message, self._lang)),
            )

    def _export_person(self, applicant_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready
        chosen = self.choose_export_path(self.person, "data-pribadi.json")
        if not chosen:
            return
        path = Path(chosen)
        self._run(
            lambda: services.privacy.export_applicant_to(applicant_id, user, path),
            lambda saved: self.person.show_message(
                msg("person.exported", path=str(saved)), ok=True
            ),
            self._person_error,
        )

    def _erase_person(self, applicant_id: str, admin_username: str, admin_pin: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready

        def work() -> None:
            services.privacy.erase(
                applicant_id, user, admin_username=admin_username, admin_pin=admin_pin
            )

        def done(_: object) -> None:
            self.person.erased()
            self.person.show_message(msg("person.erased"), ok=True)
            self._person_search(self.person.search.text())

        self._run(work, done, lambda error: self.person.erase_refused(error.message))

    # -- the area's life cycle -------------------------------------------------------------
    def reset(self) -> None:
        for screen in self.screens:
            screen.reset()

    def retranslate(self, lang: str) -> None:
        for screen in self.screens:
            screen.retranslate(lang)
