"""An assessment's competency certificates: the review list (who is competent, who has a
certificate), issue them in one action, print them, and enter each BNSP number later (the
certificate chosen in the list or found by scanning its QR code)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import Message, render
from kiosk.services.assessment_review import CompetencyRow, EventReview
from kiosk.ui import texts_assessment_desk  # noqa: F401 - registers the texts
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.touch import Field, back_header, kinetic, line_edit
from kiosk.ui.widgets import named_button, named_label

_COLUMNS = (
    "compcert.col.name",
    "compcert.col.result",
    "compcert.col.certificate",
    "compcert.col.bnsp",
)


class CompetencyCertificatesScreen(QWidget):
    back_requested = Signal()
    issue_requested = Signal(str)  # event id
    print_requested = Signal(str)  # event id
    bnsp_requested = Signal(str, str)  # certificate id, number
    certificate_scanned = Signal(str)  # a certificate's QR text or short code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompetencyCertificatesScreen")
        self._lang = "id"
        self.review: EventReview | None = None
        # Kept as catalogue messages, so a language switch re-says them in the new language.
        self._notice: Message | None = None
        self._bnsp_error: Message | None = None
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.certificate_scanned)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        outer.addLayout(header)
        self.counts = named_label("RosterCounts")
        self.counts.setWordWrap(True)
        outer.addWidget(self.counts)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setObjectName("CompetencyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        kinetic(self.table)
        outer.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.issue = named_button("Primary")
        self.issue.clicked.connect(lambda: self._emit(self.issue_requested))
        self.print_button = named_button("Secondary")
        self.print_button.clicked.connect(lambda: self._emit(self.print_requested))
        for button in (self.issue, self.print_button):
            button.setMinimumHeight(64)
        actions.addWidget(self.issue, 1)
        actions.addWidget(self.print_button)
        outer.addLayout(actions)
        bnsp = QHBoxLayout()
        self.bnsp = line_edit("BnspNumber", max_length=64)
        self.bnsp.returnPressed.connect(self._save_bnsp)
        self.bnsp_field = Field("bnsp", self.bnsp)
        self.save_bnsp = named_button("Secondary")
        self.save_bnsp.setMinimumHeight(56)
        self.save_bnsp.clicked.connect(self._save_bnsp)
        bnsp.addWidget(self.bnsp_field, 1)
        bnsp.addWidget(self.save_bnsp, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(bnsp)
        self.notice = named_label("SessionMeta")
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        self.reset()

    def _emit(self, signal: object) -> None:
        if self.review is not None:
            signal.emit(self.review.event.id)  # type: ignore[attr-defined]

    def selected(self) -> CompetencyRow | None:
        row = self.table.currentRow()
        if self.review is None or not 0 <= row < len(self.review.rows):
            return None
        return self.review.rows[row]

    def select_certificate(self, certificate_id: str) -> bool:
        """Select the row of a certificate (found by a scan); False if it is not listed."""
        rows = [] if self.review is None else self.review.rows
        for index, row in enumerate(rows):
            if row.certificate_id == certificate_id:
                self.table.selectRow(index)
                self.bnsp.setFocus()
                return True
        return False

    def _save_bnsp(self) -> None:
        row = self.selected()
        if row is not None and row.certificate_id is not None:
            self.bnsp_requested.emit(row.certificate_id, self.bnsp.text())

    def set_review(self, review: EventReview, notice: Message | None = None) -> None:
        chosen = self.selected()
        self.review = review
        self._fill()
        if chosen is not None and chosen.certificate_id:
            self.select_certificate(chosen.certificate_id)
        self.show_notice(notice)

    def show_notice(self, notice: Message | None) -> None:
        self._notice = notice
        self.notice.setText("" if notice is None else notice.render(self._lang))

    def show_bnsp_error(self, error: Message | None) -> None:
        """A refused BNSP number, said at its field."""
        self._bnsp_error = error
        self.bnsp_field.set_error(None if error is None else error.render(self._lang))

    def _selection(self) -> None:
        row = self.selected()
        ready = row is not None and row.certificate_id is not None
        self.bnsp.setEnabled(ready)
        self.save_bnsp.setEnabled(ready)
        self.bnsp.setText(row.bnsp_number if row is not None and ready else "")
        self.show_bnsp_error(None)
        key, name = (
            ("compcert.bnsp_for", row.full_name) if ready and row else ("compcert.bnsp_pick", "")
        )
        self.bnsp_field.retranslate(render(key, self._lang, name=name))

    def _fill(self) -> None:
        lang, review = self._lang, self.review
        self.table.setHorizontalHeaderLabels([render(column, lang) for column in _COLUMNS])
        rows = [] if review is None else review.rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            if row.certificate_id:
                certificate = row.code
            elif row.to_issue:
                certificate = render("compcert.will_issue", lang)
            else:
                certificate = render("compcert.none", lang)
            cells = (
                row.full_name,
                row.result or render("compcert.not_judged", lang),
                certificate,
                row.bnsp_number,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(index, column, item)
        to_issue = 0 if review is None else review.to_issue
        if review is not None:
            self.title.setText(render("compcert.title", lang, scheme=review.scheme.title))
            self.counts.setText(
                render(
                    "compcert.counts",
                    lang,
                    to_issue=to_issue,
                    issued=review.issued,
                    total=len(review.rows),
                )
            )
        self.issue.setText(render("compcert.issue", lang, count=to_issue))
        self.issue.setEnabled(to_issue > 0)
        self.print_button.setEnabled(review is not None and review.issued > 0)
        self._selection()

    def reset(self) -> None:
        self.review = None
        self.show_notice(None)
        self.title.setText("")
        self.counts.setText("")
        self._fill()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.print_button.setText(render("compcert.print", lang))
        self.save_bnsp.setText(render("compcert.bnsp_save", lang))
        error, typed = self._bnsp_error, self.bnsp.text()
        self._fill()  # (chooses the row again, which clears the field and its error)
        self.bnsp.setText(typed)
        self.show_bnsp_error(error)
        self.show_notice(self._notice)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scanner.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        super().hideEvent(event)
