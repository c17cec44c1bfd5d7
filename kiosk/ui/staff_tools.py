"""The staff area's tools besides scanning: open a training, enrol trainees, staff accounts and
one person's data. One small controller per tool, each handed the staff session; each action
is one operation whose answer goes back to the tool's screen, and a write announces its topic
so the screens that show that data refresh themselves."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.i18n import UserError, msg
from kiosk.services.catalogue import SessionSummary
from kiosk.services.opening import OpenedTraining, OpeningError, SessionDraft, TrainingDraft
from kiosk.services.staff import Action, check_pin_repeated, may
from kiosk.ui.ops import Topic
from kiosk.ui.screens.enrol import EnrolScreen
from kiosk.ui.screens.open_training import OpenTrainingScreen
from kiosk.ui.screens.person import PersonScreen
from kiosk.ui.screens.staff_accounts import StaffAccountsScreen
from kiosk.ui.staff_session import StaffSession

ChoosePath = Callable[[QWidget, str], str]


def save_dialog(parent: QWidget, suggested: str) -> str:
    """Where to save a file (a removable drive is one of the places offered)."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getSaveFileName(parent, "", suggested, "JSON (*.json)")
    if path and not path.lower().endswith(".json"):
        path += ".json"
    return path


class OpeningTool:
    """Buka pelatihan: a new training with its first class, or one more class of it."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = OpenTrainingScreen()
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.open_requested.connect(self._open)
        self.screen.add_session_requested.connect(self._add_session)

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self.screen.reset()
        self.session.show(self.screen)
        self.session.ops.read(
            services.opening.providers, self.screen.set_providers, failure=self._form_error
        )

    def _form_error(self, error: UserError) -> None:
        errors = error.errors if isinstance(error, OpeningError) else {"provider": error.message}
        self.screen.show_errors(errors)

    def _open(self, draft: TrainingDraft) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self.session.ops.write(
            lambda: services.opening.open(draft),
            Topic.CLASSES,
            lambda opened: self.screen.show_opened(opened, draft.session),
            failure=self._form_error,
        )

    def _add_session(self, program_id: str, provider_id: str, draft: SessionDraft) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]

        def work() -> OpenedTraining:
            session_id = services.opening.add_session(program_id, provider_id, draft)
            return OpenedTraining(provider_id, program_id, session_id)

        self.session.ops.write(
            work,
            Topic.CLASSES,
            lambda opened: self.screen.show_opened(opened, draft),
            failure=self._form_error,
        )

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class EnrolTool:
    """Enrol found applicants into a class."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = EnrolScreen()
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.search_requested.connect(self._search)
        self.screen.enrol_requested.connect(self._enrol)

    def show(self, session_id: str = "") -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self.screen.reset()
        self.session.show(self.screen)
        self.session.ops.read(
            lambda: services.catalogue.sessions(include_past=False),
            lambda sessions: self.screen.set_sessions(sessions, session_id),
            failure=self._error,
        )

    def _search(self, text: str) -> None:
        ready = self.session.ready()
        if ready is not None:
            services = ready[0]
            self.session.ops.read(
                lambda: services.people.search(text, limit=30),
                self.screen.show_results,
                failure=self._error,
            )

    def _enrol(self, session_id: str, applicant_id: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        person = self.screen.person(applicant_id)
        name = person.full_name if person else ""

        def work() -> SessionSummary | None:
            services.catalogue.enrol(session_id, applicant_id, staff_id=user.id)
            return next((s for s in services.catalogue.sessions() if s.id == session_id), None)

        def done(session: SessionSummary | None) -> None:
            if session is not None:
                self.screen.session_updated(session)
            self.screen.show_message(msg("enrol.done", name=name), ok=True)

        self.session.ops.write(work, Topic.CLASSES, done, failure=self._error)

    def _error(self, error: UserError) -> None:
        self.screen.show_message(error.message)

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class AccountsTool:
    """Staff accounts (admins only): the list follows every change to the accounts."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = StaffAccountsScreen()
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.create_requested.connect(self._create)
        self.screen.disable_requested.connect(self._disable)
        session.ops.hub.subscribe(Topic.STAFF, lambda _changed: self._reload_shown())

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None or not may(ready[1], Action.MANAGE_STAFF):
            return
        self.screen.reset()
        self.session.show(self.screen)
        self._load()

    def _reload_shown(self) -> None:
        if self.session.showing(self.screen):
            self._load()

    def _load(self) -> None:
        ready = self.session.ready()
        if ready is not None:
            self.session.ops.read(
                ready[0].staff.accounts, self.screen.set_accounts, failure=self._error
            )

    def _error(self, error: UserError) -> None:
        self.screen.show_refusal(error.message)
        self._load()  # what the list shows may have changed meanwhile

    def _create(self, username: str, name: str, role: str, pin: str, again: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready

        def work() -> str:
            check_pin_repeated(pin, again)
            return services.staff.create_by(user, username, name, pin, role).username

        self.session.ops.write(work, Topic.STAFF, self.screen.created, failure=self._error)

    def _disable(self, staff_id: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        account = self.screen.account(staff_id)
        username = account.username if account else ""

        def done(_: None) -> None:
            self.screen.show_list_message(msg("accounts.disabled", username=username), ok=True)

        self.session.ops.write(
            lambda: services.staff.disable(user, staff_id), Topic.STAFF, done, failure=self._error
        )

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class PersonTool:
    """One person's data (UU PDP): find, show the NIK, export, erase."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = PersonScreen()
        self.choose_export_path: ChoosePath = save_dialog  # tests put a folder here
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.search_requested.connect(self._search)
        self.screen.reveal_requested.connect(self._reveal)
        self.screen.export_requested.connect(self._export)
        self.screen.erase_requested.connect(self._erase)
        # An erased (or synced-down) person leaves the results the screen shows.
        session.ops.hub.subscribe(Topic.PEOPLE, lambda _changed: self._search_again())

    def show(self) -> None:
        if self.session.ready() is None:
            return
        self.screen.reset()
        self.session.show(self.screen)

    def _error(self, error: UserError) -> None:
        self.screen.show_message(error.message)

    def _search_again(self) -> None:
        if self.session.showing(self.screen) and self.screen.search.text():
            self._search(self.screen.search.text())

    def _search(self, text: str) -> None:
        ready = self.session.ready()
        if ready is not None:
            services = ready[0]
            self.session.ops.read(
                lambda: services.people.search(text, limit=30),
                self.screen.show_results,
                failure=self._error,
            )

    def _reveal(self, applicant_id: str) -> None:
        ready = self.session.ready()
        if ready is not None:
            services, user = ready
            self.session.ops.write(
                lambda: services.privacy.reveal_nik(applicant_id, user),
                Topic.AUDIT,
                lambda nik: self.screen.show_nik_of(applicant_id, nik),
                failure=self._error,
            )

    def _export(self, applicant_id: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        chosen = self.choose_export_path(self.screen, "data-pribadi.json")
        if not chosen:
            return
        path = Path(chosen)
        self.session.ops.write(
            lambda: services.privacy.export_applicant_to(applicant_id, user, path),
            Topic.AUDIT,
            lambda saved: self.screen.show_message(
                msg("person.exported", path=str(saved)), ok=True
            ),
            failure=self._error,
        )

    def _erase(self, applicant_id: str, admin_username: str, admin_pin: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready

        def work() -> None:
            services.privacy.erase(
                applicant_id, user, admin_username=admin_username, admin_pin=admin_pin
            )

        def done(_: None) -> None:
            self.screen.erased()
            self.screen.show_message(msg("person.erased"), ok=True)

        self.session.ops.write(
            work,
            Topic.PEOPLE,
            done,
            failure=lambda error: self.screen.erase_refused(error.message),
        )

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class FollowupTool:
    """A field officer's follow-up surveys: a finished class's trainees whose survey is open."""

    def __init__(self, session: StaffSession) -> None:
        from kiosk.ui.screens.followup_staff import FollowupStaffScreen

        self.session = session
        self.screen = FollowupStaffScreen(session.ops)
        session.add_tool_screen(self.screen, self.screen.back_requested)

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        self.screen.open(services, user.id)
        self.session.show(self.screen)

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)
