"""The staff area's certificate screens: check a certificate by scanning it, and review, issue
and print a class's completion certificates. Each action is one service call on the area's
TaskRunner; the answer goes back to the screen that asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.domain.certificate import Verdict
from kiosk.i18n import UserError, render
from kiosk.services.catalogue import SessionSummary
from kiosk.services.certificate_verify import TrustStatus
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import StaffUser
from kiosk.ui.assessment_desk import AssessmentDesk
from kiosk.ui.screens.assessment_sheet import AssessmentSheetScreen
from kiosk.ui.screens.certificate_verify import VerifyCertificateScreen
from kiosk.ui.screens.completion_review import CompletionReviewScreen

if TYPE_CHECKING:
    from kiosk.ui.staff_area import StaffArea

ChooseFolder = Callable[[QWidget], str]


def folder_dialog(parent: QWidget) -> str:
    """Where to save the PDFs (a removable drive is one of the places offered)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent)


class CertificateTools(QObject):
    def __init__(self, area: StaffArea) -> None:
        super().__init__(area)
        self._area = area
        self.verify = VerifyCertificateScreen()
        self.review = CompletionReviewScreen()
        self.choose_folder: ChooseFolder = folder_dialog  # tests put a folder here
        self._session: SessionSummary | None = None
        self.assessment = AssessmentSheetScreen()
        self._event_id: str | None = None
        self.screens = (self.verify, self.review, self.assessment)
        for screen in self.screens:
            area.stack.addWidget(screen)
            screen.back_requested.connect(area.show_home)
        # Planning, check-in, issuing and BNSP numbers: kiosk/ui/assessment_desk.py.
        self.desk = AssessmentDesk(area, lambda parent: self.choose_folder(parent))
        self.verify.verify_requested.connect(self._verify)
        self.review.withhold_requested.connect(self._withhold)
        self.review.release_requested.connect(self._release)
        self.review.issue_requested.connect(self._issue)
        self.review.print_requested.connect(self._print)
        self.review.class_chosen.connect(self.show_review)
        area.home.assessments_requested.connect(self.show_assessments)
        self.assessment.event_chosen.connect(self._show_sheet)
        self.assessment.record_requested.connect(self._record)
        self.assessment.supersede_requested.connect(self._supersede)

    def _ready(self) -> tuple[KioskServices, StaffUser] | None:
        services, user = self._area.services, self._area.user
        if services is None or user is None:
            return None
        return services, user

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.review.show_notice(error.render(self._area.lang))
            self.assessment.show_notice(error.render(self._area.lang))

        self._area.tasks.run(work, done, failed)

    # -- check a certificate ---------------------------------------------------------------
    def show_verify(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        self.verify.reset()
        self._area.stack.setCurrentWidget(self.verify)
        self._refresh_status(ready[0])

    def _refresh_status(self, services: KioskServices) -> None:
        def work() -> tuple[TrustStatus, tuple[int | None, int | None]]:
            status = services.certificates.status()
            now = services.ctx.now()

            def days(at: Any) -> int | None:
                return None if at is None else max(0, (now - at).days)

            return status, (days(status.trust_list_at), days(status.revocations_at))

        self._run(work, lambda result: self.verify.set_status(*result))

    def _verify(self, text: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]

        def shown(verdict: Verdict) -> None:
            self.verify.show_verdict(verdict)
            self._area.sounds.play(_tone(verdict))

        self._run(lambda: services.certificates.verify(text), shown)

    # -- a class's certificates ------------------------------------------------------------
    def show_classes(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self._session = None
        self.review.reset()
        self._area.stack.setCurrentWidget(self.review)
        self._run(lambda: services.catalogue.sessions(include_past=True), self.review.set_classes)

    def show_review(self, session: SessionSummary) -> None:
        self._session = session
        self.review.reset()
        self._area.stack.setCurrentWidget(self.review)
        self._reload()

    def _reload(self, notice: str = "") -> None:
        ready, session = self._ready(), self._session
        if ready is None or session is None:
            return
        services = ready[0]

        def done(review: Any) -> None:
            self.review.set_review(review)
            if notice:
                self.review.show_notice(notice)

        self._run(lambda: services.completion.review(session.id), done)

    def _withhold(self, applicant_id: str, reason: str) -> None:
        ready, session = self._ready(), self._session
        if ready is None or session is None:
            return
        services, user = ready
        self._run(
            lambda: services.completion.withhold(
                session.id, applicant_id, reason, staff_id=user.id
            ),
            lambda _none: self._reload(),
        )

    def _release(self, applicant_id: str) -> None:
        ready, session = self._ready(), self._session
        if ready is None or session is None:
            return
        services, user = ready
        self._run(
            lambda: services.completion.release(session.id, applicant_id, staff_id=user.id),
            lambda _none: self._reload(),
        )

    def _issue(self) -> None:
        ready, session = self._ready(), self._session
        if ready is None or session is None:
            return
        services, user = ready
        lang = self._area.lang
        self._run(
            lambda: len(services.completion.issue(session.id, staff_id=user.id)),
            lambda count: self._reload(render("certreview.issued", lang, count=count)),
        )

    def _print(self) -> None:
        ready, session = self._ready(), self._session
        if ready is None or session is None:
            return
        folder = self.choose_folder(self.review)
        if not folder:
            return
        services, lang = ready[0], self._area.lang

        def write(certs: Any) -> None:
            from kiosk.ui.certificate_render import write_batch

            files = write_batch(certs, Path(folder), lang)
            self.review.show_notice(render("certreview.printed", lang, path=str(files[-1])))

        self._run(lambda: services.completion.printable(session.id), write)

    # -- competency assessments (the assessor's sheet) ------------------------------------
    def show_assessments(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self._event_id = None
        self.assessment.reset()
        self._area.stack.setCurrentWidget(self.assessment)
        self._run(services.assessments.events, self.assessment.set_events)

    def _show_sheet(self, event_id: str, notice: str = "") -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self._event_id = event_id

        def done(sheet: Any) -> None:
            self.assessment.set_sheet(sheet)
            self.assessment.show_notice(notice)

        self._run(lambda: services.assessments.sheet(event_id), done)

    def _saved(self, record: Any) -> None:
        name = self.assessment.candidate.full_name if self.assessment.candidate else ""
        if self._event_id is not None:
            self._show_sheet(self._event_id, render("assessui.saved", self._area.lang, name=name))

    def _record(
        self, event_id: str, applicant_id: str, units: dict[str, str], result: str, note: str
    ) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready
        self._run(
            lambda: services.assessments.record(
                event_id, applicant_id, units, result, note, assessor=user
            ),
            self._saved,
        )

    def _supersede(
        self, record_id: str, units: dict[str, str], result: str, note: str, reason: str
    ) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready
        self._run(
            lambda: services.assessments.supersede(
                record_id, units, result, note, reason, assessor=user
            ),
            self._saved,
        )

    def reset(self) -> None:
        self._session = None
        self._event_id = None
        for screen in self.screens:
            screen.reset()
        self.desk.reset()

    def retranslate(self, lang: str) -> None:
        for screen in self.screens:
            screen.retranslate(lang)
        self.desk.retranslate(lang)


def _tone(verdict: Verdict) -> Any:
    from kiosk.domain.attendance import Tone
    from kiosk.domain.certificate import Outcome

    return {
        Outcome.VALID: Tone.GREEN,
        Outcome.INVALID: Tone.RED,
        Outcome.CANNOT_TELL: Tone.AMBER,
    }[verdict.outcome]
