"""The staff area's attendance tools: the scanning station (USB scanner, camera, look-up by
name) and a class's roster. Each is a small controller handed the staff session; a recorded
scan announces Topic.ATTENDANCE and the counts and the roster refresh themselves."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.domain.attendance import ScanOutcome
from kiosk.i18n import UserError, msg, render
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.ui.camera import FrameReader, camera_available
from kiosk.ui.ops import Topic
from kiosk.ui.screens.roster import RosterScreen
from kiosk.ui.screens.scan import ScanScreen
from kiosk.ui.staff_session import StaffSession
from kiosk.ui.translate import tr_msg

if TYPE_CHECKING:
    from kiosk.ui.camera_live import LiveCamera  # QtMultimedia: imported when switched on


def scan_changes(verdict: ScanVerdict) -> Topic:
    """A refused or repeated scan changed nothing: the counts need no new read."""
    return Topic.ATTENDANCE if verdict.recorded else Topic.NONE


class ScanTool(QObject):
    """Scanning a class's cards: every payload (scanner, camera, a chosen name) becomes one
    write; its verdict goes to the banner with a sound."""

    verdict_shown = Signal(ScanVerdict)  # after the banner was updated
    roster_requested = Signal(SessionSummary)

    def __init__(self, session: StaffSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.screen = ScanScreen()
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.roster_requested.connect(self._roster)
        self.screen.scan_submitted.connect(self.submit)
        self.screen.admit_requested.connect(lambda payload: self.submit(payload, admit=True))
        self.screen.card_chosen.connect(self._record_person)
        self.screen.lookup_requested.connect(self._lookup)
        self.screen.camera_requested.connect(self.toggle_camera)
        self.screen.hidden.connect(self.stop_camera)
        self._reader: FrameReader | None = None
        self._camera: LiveCamera | None = None
        # A scan, an enrolment or a sync brings new figures: the counts follow by themselves.
        session.ops.hub.subscribe(
            Topic.ATTENDANCE | Topic.CLASSES, lambda _changed: self._refresh_counts()
        )

    def open(self, chosen: SessionSummary) -> None:
        self.screen.reset()
        self.screen.set_session(chosen)
        self.session.show(self.screen)
        self.screen.set_camera_available(camera_available())
        services = self.session.services
        if services is not None:
            # The trainees' cards and names into memory before the line starts scanning.
            self.session.ops.read(
                lambda: services.attendance.warm_station(chosen.id), failure=self._error
            )
        self._refresh_counts()

    def _roster(self) -> None:
        if self.screen.session is not None:
            self.roster_requested.emit(self.screen.session)

    # -- camera ----------------------------------------------------------------------------
    def frame_reader(self) -> FrameReader:
        """The decoder of camera frames; its payloads take the USB scanner's path (the same
        "same code within 2 s counts once" rule, then submit -> record_scan)."""
        if self._reader is None:
            self._reader = FrameReader(self)
            self._reader.decoded.connect(self.screen.scanner.submit)
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
        self.screen.set_preview(camera.preview)
        camera.start()

    def stop_camera(self) -> None:
        camera, self._camera = self._camera, None
        if camera is not None:
            camera.stop()
            self.screen.set_preview(None)
            camera.preview.deleteLater()
            camera.deleteLater()
        if self._reader is not None:
            self._reader.stop()

    # -- scans -----------------------------------------------------------------------------
    def submit(self, payload: str, *, admit: bool = False) -> None:
        ready, chosen = self.session.ready(), self.screen.session
        if ready is None or chosen is None:
            return
        services, user = ready
        self.session.ops.write(
            lambda: services.attendance.record_scan(
                chosen.id, payload, staff_id=user.id, admit=admit
            ),
            scan_changes,
            lambda verdict: self._verdict(verdict, payload),
            failure=lambda error: self._refused(error, payload),
        )

    def _refused(self, error: UserError, payload: str) -> None:
        """The store refused the write (a full disk, say): a red verdict that says so, on
        the scan screen, like any other; nothing was recorded."""
        self._verdict(ScanVerdict(ScanOutcome.REJECTED, error.message), payload)

    def _error(self, error: UserError) -> None:
        """A read for the station failed: said in the banner, without a verdict's sound."""
        self.screen.show_verdict(ScanVerdict(ScanOutcome.REJECTED, error.message), "")

    def _verdict(self, verdict: ScanVerdict, payload: str) -> None:
        self.screen.show_verdict(verdict, payload)
        self.session.sounds.play(verdict.tone)
        self.verdict_shown.emit(verdict)

    def _lookup(self, text: str) -> None:
        services, chosen = self.session.services, self.screen.session
        if services is not None and chosen is not None:
            self.session.ops.read(
                lambda: services.roster.find_trainee(chosen.id, text, limit=20),
                self.screen.show_results,
                failure=self._error,
            )

    def _record_person(self, applicant_id: str) -> None:
        ready, chosen = self.session.ready(), self.screen.session
        if ready is None or chosen is None:
            return
        services, user = ready

        def work() -> tuple[ScanVerdict | None, str]:
            card_id = services.attendance.current_card_of(applicant_id)
            if card_id is None:
                return None, ""
            verdict = services.attendance.record_card(chosen.id, card_id, staff_id=user.id)
            return verdict, services.attendance.payload_of(card_id)

        def done(result: tuple[ScanVerdict | None, str]) -> None:
            verdict, payload = result
            if verdict is None:
                self._verdict(ScanVerdict(ScanOutcome.REJECTED, msg("scan.no_card")), payload)
                return
            self._verdict(verdict, payload)

        self.session.ops.write(
            work,
            lambda result: Topic.NONE if result[0] is None else scan_changes(result[0]),
            done,
            failure=self._error,
        )

    def _refresh_counts(self) -> None:
        services, chosen = self.session.services, self.screen.session
        if services is None or chosen is None or self.session.user is None:
            return
        self.session.ops.read(
            lambda: services.roster.roster(chosen.id),
            lambda roster: self.screen.set_counts(roster.came, roster.enrolled),
            failure=self._error,
        )

    def reset(self) -> None:
        self.stop_camera()
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)


class RosterTool:
    """A class's roster for a day: who came, late, absent; show a NIK; export."""

    def __init__(self, session: StaffSession) -> None:
        self.session = session
        self.screen = RosterScreen()
        self._class: SessionSummary | None = None
        session.add_tool_screen(self.screen, self.screen.back_requested)
        self.screen.refresh_requested.connect(self._reopen)
        self.screen.export_requested.connect(self._export)
        self.screen.reveal_requested.connect(self._reveal)
        session.ops.hub.subscribe(
            Topic.ATTENDANCE | Topic.CLASSES | Topic.PEOPLE, lambda _changed: self._reload()
        )

    def open(self, chosen: SessionSummary) -> None:
        services = self.session.services
        if services is None:
            return
        self._class = chosen
        self.screen.reset()
        self.session.show(self.screen)
        self._load(services, chosen)

    def _reopen(self) -> None:
        if self._class is not None:
            self.open(self._class)

    def _reload(self) -> None:
        services, chosen = self.session.services, self._class
        if services is not None and chosen is not None and self.session.showing(self.screen):
            self._load(services, chosen)

    def _load(self, services: KioskServices, chosen: SessionSummary) -> None:
        self.session.ops.read(
            lambda: services.roster.roster(chosen.id), self.screen.set_roster, failure=self._error
        )

    def _error(self, error: UserError) -> None:
        self.screen.show_notice(tr_msg(error.message, self.session.lang))

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

    def _export(self, path: str) -> None:
        services, chosen, lang = self.session.services, self._class, self.session.lang
        if services is None or chosen is None:
            return
        self.session.ops.write(
            lambda: services.roster.export(chosen.id, Path(path), lang=lang),
            Topic.AUDIT,
            lambda _rows: self.screen.show_notice(render("roster.exported", lang, path=path)),
            failure=self._error,
        )

    def reset(self) -> None:
        self._class = None
        self.screen.reset()

    def retranslate(self, lang: str) -> None:
        self.screen.retranslate(lang)
