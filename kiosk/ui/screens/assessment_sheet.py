"""The assessor's screen: choose an assessment, then a checked-in candidate, and tap K or BK
for every unit and for the overall result; a recorded result is corrected only with a reason."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.assessment import COMPETENT, NOT_YET_COMPETENT
from kiosk.i18n import define, render
from kiosk.services.assessments import EventSheet, EventSummary, SheetRow
from kiosk.ui.touch import ChoiceButtons
from kiosk.ui.widgets import named_label

define("assessui.title", id="Asesmen kompetensi", en="Competency assessment")
define("assessui.pick", id="Pilih asesmen.", en="Choose an assessment.")
define(
    "assessui.pick_candidate",
    id="Pilih peserta yang sudah hadir.",
    en="Choose a candidate who has checked in.",
)
define("assessui.none", id="Belum ada asesmen di kios ini.", en="No assessments on this kiosk yet.")
define("assessui.result", id="Hasil akhir", en="Overall result")
define("assessui.note", id="Catatan asesor", en="Assessor's note")
define(
    "assessui.reason",
    id="Alasan koreksi (wajib untuk mengganti hasil)",
    en="Reason for the correction (needed to replace a result)",
)
define("assessui.save", id="Simpan dan tandatangani", en="Save and sign")
define("assessui.saved", id="Hasil {name} tersimpan.", en="{name}'s result is saved.")
define("assessui.not_judged", id="belum dinilai", en="not judged yet")
define("assessui.K", id="K (kompeten)", en="K (competent)")
define("assessui.BK", id="BK (belum kompeten)", en="BK (not yet competent)")

_MARKS = (COMPETENT, NOT_YET_COMPETENT)
_MARK_TEXT = {COMPETENT: "assessui.K", NOT_YET_COMPETENT: "assessui.BK"}


class AssessmentSheetScreen(QWidget):
    back_requested = Signal()
    event_chosen = Signal(str)  # event id
    # event id, applicant id, {unit code: K/BK}, result, note
    record_requested = Signal(str, str, dict, str, str)
    # record id, {unit code: K/BK}, result, note, reason
    supersede_requested = Signal(str, dict, str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentSheetScreen")
        self._lang = "id"
        self.sheet: EventSheet | None = None
        self.candidate: SheetRow | None = None
        self._events: list[EventSummary] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.setMinimumHeight(56)
        self.back.clicked.connect(self._back)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.hint = named_label("RosterCounts")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.events = QListWidget()
        self.events.setObjectName("SessionList")
        self.events.itemClicked.connect(self._event_clicked)
        layout.addWidget(self.events, 1)
        self.candidates = QListWidget()
        self.candidates.setObjectName("SessionList")
        self.candidates.itemClicked.connect(self._candidate_clicked)
        layout.addWidget(self.candidates, 1)
        # One row of large K / BK buttons per unit; scrolls when a scheme has many units.
        self.units_box = QWidget()
        self.units_grid = QGridLayout(self.units_box)
        self.unit_scroll = QScrollArea()
        self.unit_scroll.setWidgetResizable(True)
        self.unit_scroll.setWidget(self.units_box)
        layout.addWidget(self.unit_scroll, 3)
        self.unit_choices: dict[str, ChoiceButtons] = {}
        result_row = QHBoxLayout()
        self.result_label = QLabel()
        self.result = ChoiceButtons(_MARKS, columns=2)
        result_row.addWidget(self.result_label)
        result_row.addWidget(self.result, 1)
        layout.addLayout(result_row)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setMinimumHeight(56)
        layout.addWidget(self.note)
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setMinimumHeight(56)
        layout.addWidget(self.reason)
        self.notice = named_label("SessionMeta")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        self.save = QPushButton()
        self.save.setObjectName("PrimaryButton")
        self.save.setMinimumHeight(64)
        self.save.clicked.connect(self._save)
        layout.addWidget(self.save)
        self.reset()

    def _back(self) -> None:
        """One step back: from a candidate to the list, from the list to the assessments."""
        if self.candidate is not None:
            self.candidate = None
            self.notice.setText("")
            self._fill()
        elif self.sheet is not None:
            self.sheet = None
            self._build_units()
            self._fill()
        else:
            self.back_requested.emit()

    # -- filling ---------------------------------------------------------------------------
    def set_events(self, events: Sequence[EventSummary]) -> None:
        self._events = list(events)
        self.sheet, self.candidate = None, None
        self.events.clear()
        for event in self._events:
            self.events.addItem(
                QListWidgetItem(f"{event.scheme} · {event.day:%d-%m-%Y}\n{event.tuk}")
            )
        self._fill()

    def set_sheet(self, sheet: EventSheet) -> None:
        chosen = None if self.candidate is None else self.candidate.applicant_id
        self.sheet = sheet
        self.candidate = next((r for r in sheet.rows if r.applicant_id == chosen), None)
        self.candidates.clear()
        for row in sheet.rows:
            result = row.record.result if row.record else render("assessui.not_judged", self._lang)
            self.candidates.addItem(QListWidgetItem(f"{row.full_name} — {result}"))
        self._build_units()
        if self.candidate is not None:
            self._load(self.candidate)
        self._fill()

    def _build_units(self) -> None:
        while self.units_grid.count():
            item = self.units_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.unit_choices = {}
        if self.sheet is None:
            return
        for index, unit in enumerate(self.sheet.scheme.units):
            label = QLabel(f"{unit.code}\n{unit.title}")
            label.setWordWrap(True)
            choice = ChoiceButtons(_MARKS, columns=2)
            self.units_grid.addWidget(label, index, 0)
            self.units_grid.addWidget(choice, index, 1)
            self.unit_choices[unit.code] = choice
        self._label_marks()

    def _event_clicked(self, item: QListWidgetItem) -> None:
        row = self.events.row(item)
        if 0 <= row < len(self._events):
            self.candidate = None
            self.event_chosen.emit(self._events[row].id)

    def _candidate_clicked(self, item: QListWidgetItem) -> None:
        row = self.candidates.row(item)
        if self.sheet is None or not 0 <= row < len(self.sheet.rows):
            return
        self.candidate = self.sheet.rows[row]
        self._load(self.candidate)
        self.notice.setText("")
        self._fill()

    def _load(self, candidate: SheetRow) -> None:
        """Show the candidate's current record (or nothing chosen, for a first judgement)."""
        record = candidate.record
        marks = dict(record.units) if record else {}
        for code, choice in self.unit_choices.items():
            choice.set_value(marks.get(code, ""))
        self.result.set_value(record.result if record else "")
        self.note.setText(record.note if record else "")
        self.reason.clear()

    def _save(self) -> None:
        sheet, candidate = self.sheet, self.candidate
        if sheet is None or candidate is None:
            return
        marks = {code: choice.value() for code, choice in self.unit_choices.items()}
        if candidate.record is None:
            self.record_requested.emit(
                sheet.event.id, candidate.applicant_id, marks, self.result.value(), self.note.text()
            )
        else:
            self.supersede_requested.emit(
                candidate.record.id,
                marks,
                self.result.value(),
                self.note.text(),
                self.reason.text(),
            )

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def _fill(self) -> None:
        lang, sheet, candidate = self._lang, self.sheet, self.candidate
        self.events.setVisible(sheet is None)
        editing = candidate is not None
        # The units get the room once a candidate is chosen (back returns to the list).
        self.candidates.setVisible(sheet is not None and not editing)
        for widget in (self.unit_scroll, self.result_label, self.result, self.note, self.save):
            widget.setVisible(editing)
        self.reason.setVisible(editing and candidate is not None and candidate.record is not None)
        if sheet is None:
            self.title.setText(render("assessui.title", lang))
            key = "assessui.pick" if self._events else "assessui.none"
            self.hint.setText(render(key, lang))
        else:
            self.title.setText(f"{sheet.scheme.number} — {sheet.scheme.title}")
            who = candidate.full_name if candidate else render("assessui.pick_candidate", lang)
            self.hint.setText(f"{sheet.event.tuk} · {sheet.event.day:%d-%m-%Y} · {who}")

    def _label_marks(self) -> None:
        labels = {mark: render(_MARK_TEXT[mark], self._lang) for mark in _MARKS}
        self.result.set_labels(labels)
        for choice in self.unit_choices.values():
            choice.set_labels(labels)

    def reset(self) -> None:
        self.sheet, self.candidate = None, None
        self.notice.setText("")
        self.note.clear()
        self.reason.clear()
        self._build_units()
        self._fill()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.result_label.setText(render("assessui.result", lang))
        self.note.setPlaceholderText(render("assessui.note", lang))
        self.reason.setPlaceholderText(render("assessui.reason", lang))
        self.save.setText(render("assessui.save", lang))
        self._label_marks()
        self._fill()
