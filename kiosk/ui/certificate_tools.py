"""The staff area's certificate tools: check a certificate by scanning it; review, issue and
print a class's completion certificates; the assessor's sheet. One small controller per tool,
each handed the staff session; a write announces its topic and the tool's screen reloads
itself when that topic changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from kiosk.domain.attendance import Tone
from kiosk.domain.certificate import Outcome, Verdict
from kiosk.i18n import Message, UserError, msg, render
from kiosk.services.assessments import EventSheet
from kiosk.services.catalogue import SessionSummary
from kiosk.services.certificate_verify import TrustStatus
from kiosk.services.certificates import CompletionReview, PrintableCertificate
from kiosk.services.kiosk import KioskServices
from kiosk.ui.ops import Topic
from kiosk.ui.screens.assessment_sheet import AssessmentSheetScreen
from kiosk.ui.screens.certificate_verify import VerifyCertificateScreen
from kiosk.ui.screens.completion_review import CompletionReviewScreen
from kiosk.ui.staff_session import StaffSession

ChooseFolder = Callable[[QWidget], str]

_TONES = {Outcome.VALID: Tone.GREEN, Outcome.INVALID: Tone.RED, Outcome.CANNOT_TELL: Tone.AMBER}


def folder_dialog(parent: QWidget) -> str:
    """Where to save the PDFs (a removable drive is one of the places offered)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent)


class VerifyTool:
    """Check a certificate by scanning its QR code."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = VerifyCertificateScreen()
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.verify_requested.connect(self._verify)

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        self.screen.reset()
        self.session.show(self.screen)
        self._refresh_status(ready[0])

    def _refresh_status(self, services: KioskServices) -> None:
        def work() -> tuple[TrustStatus, tuple[int | None, int | None]]:
            status = services.certificates.status()
            now = services.ctx.now()

            def days(at: dt.datetime | None) -> int | None:
                return None if at is None else max(0, (now - at).days)

            return status, (days(status.trust_list_at), days(status.revocations_at))

        self.session.ops.read(
            work, lambda result: self.screen.set_status(*result), failure=self._error
        )

    def _verify(self, text: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]

        def shown(verdict: Verdict) -> None:
            self.screen.show_verdict(verdict)
            self.session.sounds.play(_TONES[verdict.outcome])

        self.session.ops.read(
            lambda: services.certificates.verify(text), shown, failure=self._error
        )

    def _error(self, error: UserError) -> None:
        self.screen.show_notice(error.message)

    def reset(self) -> None:
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class CompletionTool:
    """A class's completion: withhold, release, issue and print its certificates."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = CompletionReviewScreen()
        self.choose_folder: ChooseFolder = folder_dialog  # tests put a folder here
        self._class: SessionSummary | None = None
        self._notice: Message | None = None  # said once the review reloaded after a write
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.withhold_requested.connect(self._withhold)
        self.screen.release_requested.connect(self._release)
        self.screen.issue_requested.connect(self._issue)
        self.screen.print_requested.connect(self._print)
        self.screen.class_chosen.connect(self.show_review)
        session.ops.hub.subscribe(
            Topic.CERTIFICATES | Topic.ASSESSMENTS | Topic.ATTENDANCE,
            lambda _c: self._reload_shown(),
        )

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self._class = None
        self.screen.reset()
        self.session.show(self.screen)
        self.session.ops.read(
            lambda: services.catalogue.sessions(include_past=True),
            self.screen.set_classes,
            failure=self._error,
        )

    def show_review(self, chosen: SessionSummary) -> None:
        self._class = chosen
        self.screen.reset()
        self.session.show(self.screen)
        self._reload()

    def _error(self, error: UserError) -> None:
        self.screen.show_notice(error.message)

    def _reload_shown(self) -> None:
        if self.session.showing(self.screen):
            self._reload()

    def _reload(self) -> None:
        ready, chosen = self.session.ready(), self._class
        if ready is None or chosen is None:
            return
        services = ready[0]

        def done(review: CompletionReview) -> None:
            self.screen.set_review(review)
            notice, self._notice = self._notice, None
            if notice is not None:
                self.screen.show_notice(notice)

        self.session.ops.read(
            lambda: services.completion.review(chosen.id), done, failure=self._error
        )

    def _withhold(self, applicant_id: str, reason: str) -> None:
        ready, chosen = self.session.ready(), self._class
        if ready is None or chosen is None:
            return
        services, user = ready
        self.session.ops.write(
            lambda: services.completion.withhold(chosen.id, applicant_id, reason, staff_id=user.id),
            Topic.CERTIFICATES,
            failure=self._error,
        )

    def _release(self, applicant_id: str) -> None:
        ready, chosen = self.session.ready(), self._class
        if ready is None or chosen is None:
            return
        services, user = ready
        self.session.ops.write(
            lambda: services.completion.release(chosen.id, applicant_id, staff_id=user.id),
            Topic.CERTIFICATES,
            failure=self._error,
        )

    def _issue(self) -> None:
        ready, chosen = self.session.ready(), self._class
        if ready is None or chosen is None:
            return
        services, user = ready

        def issued(count: int) -> None:
            # Nobody issued is not "0 certificates issued": say why nobody was ready.
            self._notice = (
                msg("certreview.issued", count=count) if count else msg("certreview.nobody_ready")
            )

        self.session.ops.write(
            lambda: len(services.completion.issue(chosen.id, staff_id=user.id)),
            Topic.CERTIFICATES,
            issued,
            failure=self._error,
        )

    def _print(self) -> None:
        ready, chosen = self.session.ready(), self._class
        if ready is None or chosen is None:
            return
        folder = self.choose_folder(self.screen)
        if not folder:
            return
        services, lang = ready[0], self.session.lang

        def write(certs: list[PrintableCertificate]) -> None:
            from kiosk.ui.certificate_render import write_batch

            write_batch(certs, Path(folder), lang)
            # Where the files went is the folder staff chose: no path on the screen.
            self.screen.show_notice(msg("certreview.printed", count=len(certs)))

        self.session.ops.read(
            lambda: services.completion.printable(chosen.id), write, failure=self._error
        )

    def reset(self) -> None:
        self._class = None
        self._notice = None
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class AssessmentTool:
    """The assessor's sheet: record a candidate's units, or supersede a record."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = AssessmentSheetScreen()
        self._event_id: str | None = None
        self._notice = ""  # said once the sheet has reloaded after a write
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.event_chosen.connect(self._show_sheet)
        self.screen.record_requested.connect(self._record)
        self.screen.supersede_requested.connect(self._supersede)
        session.ops.hub.subscribe(Topic.ASSESSMENTS, lambda _c: self._reload_shown())

    def show(self) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self._event_id = None
        self.screen.reset()
        self.session.show(self.screen)
        self.session.ops.read(
            services.assessments.events, self.screen.set_events, failure=self._error
        )

    def _error(self, error: UserError) -> None:
        self.screen.show_notice(error.render(self.session.lang))

    def _reload_shown(self) -> None:
        if self._event_id is not None and self.session.showing(self.screen):
            self._show_sheet(self._event_id)

    def _show_sheet(self, event_id: str) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services = ready[0]
        self._event_id = event_id

        def done(sheet: EventSheet) -> None:
            self.screen.set_sheet(sheet)
            notice, self._notice = self._notice, ""
            self.screen.show_notice(notice)

        self.session.ops.read(
            lambda: services.assessments.sheet(event_id), done, failure=self._error
        )

    def _saved(self, _record: object) -> None:
        candidate = self.screen.candidate
        name = candidate.full_name if candidate else ""
        self._notice = render("assessui.saved", self.session.lang, name=name)

    def _record(
        self, event_id: str, applicant_id: str, units: dict[str, str], result: str, note: str
    ) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        self.session.ops.write(
            lambda: services.assessments.record(
                event_id, applicant_id, units, result, note, assessor=user
            ),
            Topic.ASSESSMENTS,
            self._saved,
            failure=self._error,
        )

    def _supersede(
        self, record_id: str, units: dict[str, str], result: str, note: str, reason: str
    ) -> None:
        ready = self.session.ready()
        if ready is None:
            return
        services, user = ready
        self.session.ops.write(
            lambda: services.assessments.supersede(
                record_id, units, result, note, reason, assessor=user
            ),
            Topic.ASSESSMENTS,
            self._saved,
            failure=self._error,
        )

    def reset(self) -> None:
        self._event_id = None
        self._notice = ""
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)
