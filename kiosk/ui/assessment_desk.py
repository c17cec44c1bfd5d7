"""The staff area's assessment desk: plan an event, check candidates in by card scan (scanner
or camera), issue and print the competency certificates, enter BNSP numbers. Each action is
one typed operation (kiosk.ui.ops); a write announces what changed and the desk's screens
refresh from the hub. What the desk says is a catalogue message (code and values), never a
finished sentence, so a language switch re-says it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject

from kiosk.domain.attendance import Tone
from kiosk.i18n import Message, UserError, msg
from kiosk.services import assessment_review as review
from kiosk.services.assessment_export import export_bnsp_files
from kiosk.services.assessments import EventSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role, StaffUser
from kiosk.ui.camera import FrameReader, camera_available
from kiosk.ui.certificate_tools import ChooseFolder, folder_dialog
from kiosk.ui.ops import Topic
from kiosk.ui.screens.assessment_checkin import AssessmentCheckInScreen
from kiosk.ui.screens.assessment_desk import AssessmentDeskScreen
from kiosk.ui.screens.competency_certificates import CompetencyCertificatesScreen
from kiosk.ui.staff_session import StaffSession

if TYPE_CHECKING:
    from kiosk.ui.camera_live import LiveCamera

T = TypeVar("T")


class AssessmentDeskTool(QObject):
    """Plan, check in, issue, print and number: the desk's three screens on one session."""

    def __init__(self, session: StaffSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.choose_folder: ChooseFolder = folder_dialog  # tests put a folder here
        self.desk = AssessmentDeskScreen()
        self.check_in = AssessmentCheckInScreen()
        self.certificates = CompetencyCertificatesScreen()
        self.screens = (self.desk, self.check_in, self.certificates)
        for screen in self.screens:
            session.add_screen(screen)
        self.desk.back_requested.connect(session.go_home)
        self.check_in.back_requested.connect(self.show_desk)
        self.certificates.back_requested.connect(self.show_desk)
        self.desk.plan_requested.connect(self._plan)
        self.desk.save_requested.connect(self._save_plan)
        self.desk.check_in_requested.connect(self.show_check_in)
        self.desk.certificates_requested.connect(self.show_certificates)
        self.desk.export_requested.connect(self._export)
        self.check_in.scanned.connect(self._check_in)
        self.check_in.camera_requested.connect(self.toggle_camera)
        self.check_in.hidden.connect(self.stop_camera)
        self.certificates.issue_requested.connect(self._issue)
        self.certificates.print_requested.connect(self._print)
        self.certificates.bnsp_requested.connect(self._bnsp)
        self.certificates.certificate_scanned.connect(self._find)
        self._events: dict[str, EventSummary] = {}
        self._reader: FrameReader | None = None
        self._camera: LiveCamera | None = None

    def _ready(self) -> tuple[KioskServices, StaffUser] | None:
        return self.session.ready()

    def _said(self, to: Callable[[Message], None]) -> Callable[[UserError], None]:
        """A refusal, on the screen that asked (which says it in the staff member's language)."""
        return lambda error: to(error.message)

    def _read(
        self, work: Callable[[], T], done: Callable[[T], None], to: Callable[[Message], None]
    ) -> None:
        self.session.ops.read(work, done, failure=self._said(to))

    def _write(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        to: Callable[[Message], None],
        changes: Topic = Topic.ASSESSMENTS | Topic.CERTIFICATES,
    ) -> None:
        self.session.ops.write(work, changes, done, failure=self._said(to))

    # -- the events and the plan form --------------------------------------------------------
    def show_desk(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        self.session.show(self.desk)

        def work() -> tuple[list[EventSummary], list[Any]]:
            return services.assessments.events(), services.staff.sign_in_names(Role.ASSESSOR)

        def done(found: tuple[list[EventSummary], list[Any]]) -> None:
            self._events = {event.id: event for event in found[0]}
            self.desk.set_events(*found)

        self._read(work, done, self.desk.show_notice)

    def _plan(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]

        def work() -> tuple[list[Any], list[Any], dt.date]:
            schemes = services.assessments.schemes()
            assessors = services.staff.sign_in_names(Role.ASSESSOR)
            return schemes, assessors, services.ctx.now().date()

        self._read(work, lambda found: self.desk.show_plan(*found), self.desk.show_notice)

    def _save_plan(self, scheme: str, day: dt.date, tuk: str, assessor_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready

        def done(_event_id: str) -> None:
            self.show_desk()
            self.desk.show_notice(msg("desk.plan.saved"))

        self._write(
            lambda: services.assessments.create_event(scheme, day, tuk, assessor_id, staff=user),
            done,
            self.desk.show_notice,
        )

    # -- check-in ------------------------------------------------------------------------------
    def show_check_in(self, event_id: str) -> None:
        event = self._events.get(event_id)
        if event is None or self._ready() is None:
            return
        self.check_in.reset()
        self.check_in.set_event(event)
        self.check_in.set_camera_available(camera_available())
        self.session.show(self.check_in)
        self._refresh_present()

    def _refresh_present(self) -> None:
        ready, event = self._ready(), self.check_in.assessment_event
        if ready is None or event is None:
            return
        services = ready[0]
        self._read(
            lambda: services.assessments.candidates(event.id),
            self.check_in.set_candidates,
            self.check_in.show_refusal,
        )

    def _check_in(self, scanned: str) -> None:
        ready, event = self._ready(), self.check_in.assessment_event
        if ready is None or event is None:
            return
        services, user = ready

        def done(person: Any) -> None:
            self.check_in.show_checked_in(person)
            self.session.sounds.play(Tone.GREEN)
            self._refresh_present()

        def refused(reason: Message) -> None:
            self.check_in.show_refusal(reason)
            self.session.sounds.play(Tone.RED)

        self._write(
            lambda: services.assessments.check_in(event.id, scanned, staff=user), done, refused
        )

    def toggle_camera(self) -> None:
        if self._camera is not None:
            self.stop_camera()
            return
        from kiosk.ui.camera_live import LiveCamera

        if self._reader is None:
            # Camera payloads take the scanner's path (its "same code within 2 s" rule too).
            self._reader = FrameReader(self)
            self._reader.decoded.connect(self.check_in.scanner.submit)
        camera = LiveCamera(self)
        self._reader.start()
        camera.frame.connect(self._reader.offer)
        camera.failed.connect(lambda _text: self.stop_camera())
        self._camera = camera
        self.check_in.set_preview(camera.preview)
        camera.start()

    def stop_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.stop()
            self.check_in.set_preview(None)
            camera.preview.deleteLater()
            camera.deleteLater()
        if self._reader is not None:
            self._reader.stop()

    # -- certificates --------------------------------------------------------------------------
    def show_certificates(
        self, event_id: str, notice: Message | None = None, select: str = ""
    ) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]
        if not self.session.showing(self.certificates):
            self.certificates.reset()
            self.session.show(self.certificates)

        def done(found: review.EventReview) -> None:
            self.certificates.set_review(found, notice)
            if select:
                self.certificates.select_certificate(select)

        self._read(
            lambda: review.event_review(services.ctx, services.assessments, event_id),
            done,
            self.certificates.show_notice,
        )

    def _issue(self, event_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, user = ready

        def issued(count: int) -> None:
            # Nobody issued is not "0 certificates issued": say why nobody was ready.
            said = msg("compcert.issued", count=count) if count else msg("compcert.nobody_ready")
            self.show_certificates(event_id, said)

        self._write(
            lambda: len(services.assessments.issue_certificates(event_id, staff=user)),
            issued,
            self.certificates.show_notice,
        )

    def _print(self, event_id: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        folder = self.choose_folder(self.certificates)
        if not folder:
            return
        services, lang = ready[0], self.session.lang

        def write(pages: list[review.PrintableCompetency]) -> None:
            from kiosk.ui.certificate_render import write_batch

            write_batch(pages, Path(folder), lang)
            # Where the files went is the folder staff chose: no path on the screen.
            self.certificates.show_notice(msg("compcert.printed", count=len(pages)))

        self._read(
            lambda: review.printable_competency(services.ctx, event_id),
            write,
            self.certificates.show_notice,
        )

    def _bnsp(self, certificate_id: str, number: str) -> None:
        ready, shown = self._ready(), self.certificates.review
        if ready is None or shown is None:
            return
        services, user = ready
        row = self.certificates.selected()
        name = "" if row is None else row.full_name
        event_id = shown.event.id
        self._write(
            lambda: services.assessments.set_bnsp_number(certificate_id, number, staff=user),
            lambda _none: self.show_certificates(
                event_id, msg("compcert.bnsp_saved", name=name), certificate_id
            ),
            self.certificates.show_bnsp_error,
        )

    def _find(self, scanned: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        services = ready[0]

        def found(where: review.FoundCertificate) -> None:
            self.show_certificates(where.event_id, select=where.certificate_id)

        self._read(
            lambda: review.find_competency(services.ctx, scanned),
            found,
            self.certificates.show_notice,
        )

    # -- the BNSP candidate list ----------------------------------------------------------------
    def _export(self, event_id: str) -> None:
        """Write the event's candidate list (XLSX and CSV) to a folder staff choose; like
        printing, the screen says how many candidates, never where the files went."""
        ready = self._ready()
        if ready is None:
            return
        folder = self.choose_folder(self.desk)
        if not folder:
            return
        services, user = ready
        self._write(
            lambda: export_bnsp_files(services.ctx, event_id, Path(folder), staff=user),
            lambda done: self.desk.show_notice(msg("desk.exported", count=done.candidates)),
            self.desk.show_notice,
            Topic.AUDIT,
        )

    def reset(self) -> None:
        self.stop_camera()
        self._events = {}
        for screen in self.screens:
            screen.reset()

    def retranslate(self, lang: str) -> None:
        for screen in self.screens:
            screen.retranslate(lang)
