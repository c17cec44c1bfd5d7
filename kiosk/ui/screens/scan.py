"""Scan screen: scanner input anywhere, a full-width verdict, manual look-up and one-tap admit."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.attendance import Tone
from kiosk.i18n import render
from kiosk.services.attendance import ScanVerdict
from kiosk.services.catalogue import SessionSummary
from kiosk.services.roster import TraineeMatch
from kiosk.ui import texts_staff  # noqa: F401 - registers the staff texts
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.widgets import named_button, named_label, set_look

VERDICT_MS = 3000
LOOKUP_DELAY_MS = 300


class VerdictBanner(QFrame):
    """The answer to a scan, readable from across the room; clears itself after ~3 s."""

    admit_requested = Signal()
    painted = Signal(float)  # monotonic time a new verdict was first painted (benchmarks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("VerdictBanner")
        self.setMinimumHeight(200)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        text = QVBoxLayout()
        self.name = named_label("VerdictName")
        self.reason = named_label("VerdictReason")
        for label in (self.name, self.reason):
            label.setWordWrap(True)
        text.addWidget(self.name)
        text.addWidget(self.reason)
        layout.addLayout(text, 1)
        self.admit = named_button("AdmitButton")
        self.admit.setMinimumSize(180, 64)
        self.admit.clicked.connect(self.admit_requested)
        self.admit.hide()
        layout.addWidget(self.admit, 0, Qt.AlignmentFlag.AlignVCenter)
        self._clear = QTimer(self)
        self._clear.setSingleShot(True)
        self._clear.setInterval(VERDICT_MS)
        self._clear.timeout.connect(self.clear)
        self.tone: Tone | None = None
        self.verdict: ScanVerdict | None = None
        self._fresh = False
        self._idle_text = ("", "")
        self.clear()

    def _paint_tone(self, tone: Tone | None) -> None:
        # The colours are the stylesheet's (theme.py, #VerdictBanner[tone=...]).
        set_look(self, "tone", "none" if tone is None else tone.value, self.name, self.reason)

    def set_idle_text(self, title: str, hint: str) -> None:
        self._idle_text = (title, hint)
        if self.tone is None:
            self.name.setText(title)
            self.reason.setText(hint)

    def show_verdict(self, verdict: ScanVerdict, lang: str) -> None:
        self.verdict = verdict
        self._render(verdict, lang)
        # An admit question stays up a little longer: staff need the time to tap.
        self._clear.start(VERDICT_MS * 2 if verdict.can_admit else VERDICT_MS)
        self._fresh = True
        self.update()

    def retranslate(self, lang: str) -> None:
        """The verdict on screen, in the new language (its time to clear runs on)."""
        if self.tone is not None and self.verdict is not None:
            self._render(self.verdict, lang)

    def _render(self, verdict: ScanVerdict, lang: str) -> None:
        self.tone = verdict.tone
        self._paint_tone(verdict.tone)
        if verdict.full_name:
            title = verdict.full_name
        elif verdict.card_id:
            title = render("scan.unnamed_title", lang, card=verdict.card_id)
        else:
            title = render("scan.rejected_title", lang)
        self.name.setText(title)
        self.reason.setText(verdict.reason.render(lang))
        self.admit.setVisible(verdict.can_admit)
        self.admit.setText(render("scan.admit", lang))

    def clear(self) -> None:
        self.tone = None
        self._paint_tone(None)
        self.admit.hide()
        self.name.setText(self._idle_text[0])
        self.reason.setText(self._idle_text[1])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._fresh:
            self._fresh = False
            self.painted.emit(time.monotonic())


class VerdictRow(QHBoxLayout):
    """The verdict banner across the row, and the camera's live preview beside it while the
    camera is on (the scan station's and the assessment check-in's)."""

    def __init__(self, banner: QWidget) -> None:
        super().__init__()
        self.addWidget(banner, 1)
        self._preview: QWidget | None = None

    def set_preview(self, preview: QWidget | None) -> None:
        """Show the camera's live preview beside the verdict, or take it away (None)."""
        if self._preview is not None:
            self.removeWidget(self._preview)
            self._preview.hide()
        self._preview = preview
        if preview is not None:
            preview.setFixedSize(320, 240)
            self.addWidget(preview)
            preview.show()


class ScanScreen(QWidget):
    """Emits what staff asked for; the staff area runs the services and feeds results back."""

    back_requested = Signal()
    roster_requested = Signal()
    scan_submitted = Signal(str)  # a payload from the scanner (or camera)
    card_chosen = Signal(str)  # an applicant id picked by hand
    admit_requested = Signal(str)  # the payload of the amber verdict to admit
    lookup_requested = Signal(str)
    camera_requested = Signal()
    hidden = Signal()  # left the screen: the camera stops with the scanner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanScreen")
        self._lang = "id"
        self._session: SessionSummary | None = None
        self._last_payload = ""
        self._matches: dict[str, TraineeMatch] = {}
        self._chosen: TraineeMatch | None = None
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self._scanned)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        self.title.setWordWrap(True)
        self.counts = named_label("SessionMeta")
        self._counts: tuple[int, int] | None = None
        self.roster = QPushButton()
        self.roster.clicked.connect(self.roster_requested)
        self.camera = QPushButton()
        self.camera.clicked.connect(self.camera_requested)
        self.camera.hide()  # shown only where a camera and QtMultimedia exist
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        header.addWidget(self.counts)
        header.addWidget(self.camera)
        header.addWidget(self.roster)
        layout.addLayout(header)
        self.banner = VerdictBanner()
        self.banner.admit_requested.connect(self._admit)
        self.verdict_row = VerdictRow(self.banner)
        layout.addLayout(self.verdict_row)
        self.search = QLineEdit()
        self.search.setObjectName("Search")
        self.search.setMinimumHeight(48)
        self.search.setClearButtonEnabled(True)
        # Only a tap gives it the focus (and so the keyboard): the scan line needs the room.
        self.search.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.search.textChanged.connect(self._search_edited)
        layout.addWidget(self.search)
        # Forgot the card: a tap on a name asks staff to check the person first (masked NIK
        # and birth date); nothing is chosen or recorded by itself.
        self.lookup = QStackedWidget()
        self.results = QListWidget()
        self.results.setObjectName("Results")
        self.results.itemClicked.connect(self._confirm)
        self.lookup.addWidget(self.results)
        self.lookup.addWidget(self._confirm_panel())
        layout.addWidget(self.lookup, 1)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(lambda: self.lookup_requested.emit(self.search.text()))

    def set_session(self, session: SessionSummary) -> None:
        self._session = session
        self.title.setText(f"{session.program_title} — {session.location}")

    @property
    def session(self) -> SessionSummary | None:
        return self._session

    def set_counts(self, present: int, enrolled: int) -> None:
        self._counts = (present, enrolled)  # said again in the new language on a switch
        self.counts.setText(render("scan.counts", self._lang, present=present, enrolled=enrolled))

    def set_camera_available(self, available: bool) -> None:
        self.camera.setVisible(available)

    def set_preview(self, preview: QWidget | None) -> None:
        self.verdict_row.set_preview(preview)

    def _scanned(self, payload: str) -> None:
        self._last_payload = payload
        self.scan_submitted.emit(payload)

    def show_verdict(self, verdict: ScanVerdict, payload: str) -> None:
        self._last_payload = payload
        self.banner.show_verdict(verdict, self._lang)

    def _admit(self) -> None:
        if self._last_payload:
            self.admit_requested.emit(self._last_payload)

    def _confirm_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("SessionCard")
        column = QVBoxLayout(panel)
        column.setContentsMargins(24, 16, 24, 16)
        self.confirm_question = named_label("FieldLabel")
        self.confirm_question.setWordWrap(True)
        self.confirm_name = named_label("VerdictReason")
        self.confirm_name.setWordWrap(True)
        self.confirm_details = named_label("SessionMeta")
        self.confirm_details.setWordWrap(True)
        buttons = QHBoxLayout()
        self.confirm_cancel = QPushButton()
        self.confirm_cancel.clicked.connect(self.cancel_confirm)
        self.record = QPushButton()
        self.record.setObjectName("PrimaryButton")
        self.record.clicked.connect(self._record_confirmed)
        buttons.addWidget(self.confirm_cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.record)
        for widget in (self.confirm_question, self.confirm_name, self.confirm_details):
            column.addWidget(widget)
        column.addStretch(1)
        column.addLayout(buttons)
        self.confirm_box = panel
        return panel

    def _search_edited(self, _text: str) -> None:
        self.cancel_confirm()
        self._lookup_timer.start()

    def show_results(self, matches: list[TraineeMatch]) -> None:
        """Matches of the open class first; none is selected until staff tap one."""
        self._matches = {m.person.id: m for m in matches}
        self.results.clear()
        for match in matches:
            person = match.person
            text = f"{person.full_name}   ·   {person.masked_nik}"
            if not match.enrolled:
                text += "\n" + render("scan.lookup_not_enrolled", self._lang)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.results.addItem(item)
        self.results.setCurrentRow(-1)
        self.results.clearSelection()
        self.lookup.setVisible(bool(matches))

    def _confirm(self, item: QListWidgetItem) -> None:
        match = self._matches.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if match is None:
            return
        self._chosen = match
        self._fill_confirm()
        self.lookup.setCurrentWidget(self.confirm_box)

    def _fill_confirm(self) -> None:
        match, lang = self._chosen, self._lang
        if match is None:
            return
        person = match.person
        self.confirm_question.setText(render("scan.confirm_question", lang))
        self.confirm_name.setText(person.full_name)
        details = render(
            "scan.confirm_details",
            lang,
            nik=person.masked_nik,
            born=person.birth_date.strftime("%d-%m-%Y"),
        )
        if not match.enrolled:
            details += "\n" + render("scan.lookup_not_enrolled", lang)
        self.confirm_details.setText(details)

    def cancel_confirm(self) -> None:
        self._chosen = None
        self.results.clearSelection()
        self.results.setCurrentRow(-1)
        self.lookup.setCurrentWidget(self.results)

    def _record_confirmed(self) -> None:
        match = self._chosen
        if match is not None:
            self.card_chosen.emit(match.person.id)
            self.cancel_confirm()

    def showEvent(self, event: QShowEvent) -> None:
        self.scanner.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        self.hidden.emit()
        super().hideEvent(event)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.roster.setText(render("staff.home.roster", lang))
        self.camera.setText(render("scan.camera", lang))
        self.record.setText(render("scan.record", lang))
        self.confirm_cancel.setText(render("scan.confirm_cancel", lang))
        self._fill_confirm()
        self.search.setPlaceholderText(render("scan.lookup", lang))
        self.banner.set_idle_text(render("scan.ready", lang), render("scan.prompt", lang))
        self.banner.retranslate(lang)
        if self._counts is not None:
            self.set_counts(*self._counts)

    def reset(self) -> None:
        self.search.clear()
        self.results.clear()
        self._matches = {}
        self.cancel_confirm()
        self.lookup.hide()  # no empty white box under the verdict: the banner takes the room
        self.banner.clear()
        self._last_payload = ""
