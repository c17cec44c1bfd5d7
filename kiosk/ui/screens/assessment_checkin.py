"""Checking candidates in to an assessment: a card scanned (scanner or camera) or its number
typed; each scan shows who was checked in, or a clear refusal; the list of who is here."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from kiosk.domain.attendance import Tone
from kiosk.i18n import Message, msg, render
from kiosk.services.assessments import CheckedIn, EventSummary
from kiosk.ui import texts_assessment_desk  # noqa: F401 - registers the texts
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.screens.scan import VerdictBanner, VerdictRow
from kiosk.ui.touch import back_header, kinetic, line_edit
from kiosk.ui.widgets import named_button, named_label


class CheckInBanner(VerdictBanner):
    """The scan station's banner, saying who was checked in (green) or why not (red). The
    words are kept as catalogue messages: a language switch re-says them while shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._result: tuple[Message | str, Message] | None = None

    def show_result(self, tone: Tone, title: Message | str, reason: Message, lang: str) -> None:
        self.tone = tone
        self._paint_tone(tone)
        self._result = (title, reason)
        self._say(self._result, lang)
        self.admit.hide()
        self._clear.start()

    def _say(self, result: tuple[Message | str, Message], lang: str) -> None:
        title, reason = result
        self.name.setText(title if isinstance(title, str) else title.render(lang))
        self.reason.setText(reason.render(lang))

    def retranslate_result(self, lang: str) -> None:
        if self.tone is not None and self._result is not None:
            self._say(self._result, lang)


class AssessmentCheckInScreen(QWidget):
    back_requested = Signal()
    scanned = Signal(str)  # a card's QR text from the scanner or camera, or a typed number
    camera_requested = Signal()
    hidden = Signal()  # left the screen: the camera stops with the scanner

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentCheckInScreen")
        self._lang = "id"
        self.assessment_event: EventSummary | None = None
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.scanned)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        self.camera = named_button("Secondary")
        self.camera.clicked.connect(self.camera_requested)
        self.camera.hide()  # shown only where a camera and QtMultimedia exist
        header.addWidget(self.camera)
        outer.addLayout(header)
        self.banner = CheckInBanner()
        self.verdict_row = VerdictRow(self.banner)
        outer.addLayout(self.verdict_row)
        typed = QHBoxLayout()
        self.number = line_edit("CardNumber", max_length=40)
        self.number.returnPressed.connect(self._submit)
        self.submit = named_button("Secondary")
        self.submit.setMinimumHeight(48)
        self.submit.clicked.connect(self._submit)
        typed.addWidget(self.number, 1)
        typed.addWidget(self.submit)
        outer.addLayout(typed)
        self.count = named_label("RosterCounts")
        outer.addWidget(self.count)
        self.present = QListWidget()
        self.present.setObjectName("SessionList")
        kinetic(self.present)
        outer.addWidget(self.present, 1)
        self.reset()

    def _submit(self) -> None:
        text = self.number.text().strip()
        if text:
            self.number.clear()
            self.scanned.emit(text)

    def set_camera_available(self, available: bool) -> None:
        self.camera.setVisible(available)

    def set_preview(self, preview: QWidget | None) -> None:
        self.verdict_row.set_preview(preview)

    def set_event(self, event: EventSummary) -> None:
        self.assessment_event = event
        self._title()

    def set_candidates(self, people: Sequence[CheckedIn]) -> None:
        self.present.clear()
        for person in people:
            self.present.addItem(person.full_name)
        self.count.setText(render("checkin.count", self._lang, count=len(people)))

    def show_checked_in(self, person: CheckedIn) -> None:
        self.banner.show_result(Tone.GREEN, person.full_name, msg("checkin.done"), self._lang)

    def show_refusal(self, reason: Message) -> None:
        self.banner.show_result(Tone.RED, msg("checkin.refused"), reason, self._lang)

    def _title(self) -> None:
        event = self.assessment_event
        if event is not None:
            self.title.setText(
                render(
                    "checkin.title", self._lang, scheme=event.scheme, day=f"{event.day:%d-%m-%Y}"
                )
            )

    def reset(self) -> None:
        self.assessment_event = None
        self.number.clear()
        self.present.clear()
        self.banner.clear()
        self.count.setText("")

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.camera.setText(render("checkin.camera", lang))
        self.number.setPlaceholderText(render("checkin.typed", lang))
        self.submit.setText(render("checkin.submit", lang))
        self.banner.set_idle_text(render("checkin.idle", lang), render("checkin.idle_hint", lang))
        self.banner.retranslate_result(lang)
        self.count.setText(render("checkin.count", lang, count=self.present.count()))
        self._title()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        self.hidden.emit()
        super().hideEvent(event)
