"""Roster of a session for today: enrolled, present, late, absent; export and print."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import render
from kiosk.services.roster import COLUMN_TEXT, STATUS_TEXT, Roster
from kiosk.ui import (
    texts_staff,  # noqa: F401 - registers the staff texts
    texts_staff_tools,  # noqa: F401 - registers the tools' texts
)
from kiosk.ui.nik_reveal import NikReveal
from kiosk.ui.touch import TOUCH_MIN, kinetic
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label

_COLUMNS = ("name", "nik", "status", "in", "out", "admitted_by")


class RosterScreen(QWidget):
    back_requested = Signal()
    refresh_requested = Signal()
    export_requested = Signal(str)  # target path (.csv or .xlsx)
    reveal_requested = Signal(str)  # applicant id of the selected row (audited by the service)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RosterScreen")
        self._lang = "id"
        self._roster: Roster | None = None
        self.reveal = NikReveal(self)
        self.reveal.changed.connect(self._fill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.counts = named_label("RosterCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_MIN)
        self.table.verticalHeader().hide()  # row numbers mean nothing to staff
        self.table.setObjectName("RosterTable")
        kinetic(self.table)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.notice = named_label("SessionMeta")
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.refresh = QPushButton()
        self.refresh.clicked.connect(self.refresh_requested)
        self.export_csv = QPushButton()
        self.export_csv.clicked.connect(lambda: self._export("csv"))
        self.export_xlsx = QPushButton()
        self.export_xlsx.clicked.connect(lambda: self._export("xlsx"))
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_roster)
        self.show_nik = QPushButton()
        self.show_nik.clicked.connect(self._reveal)
        # "Show NIK" is about one trainee: it waits for a row to be chosen.
        self.show_nik.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reveal.changed.connect(self._selection_changed)
        row.addWidget(self.refresh)
        row.addWidget(self.show_nik)
        row.addStretch(1)
        for button in (self.export_csv, self.export_xlsx, self.print_button):
            row.addWidget(button)
        layout.addLayout(row)

    def set_roster(self, roster: Roster) -> None:
        self._roster = roster
        self._fill()

    def _fill(self) -> None:
        lang = self._lang
        roster = self._roster
        self.table.setHorizontalHeaderLabels([render(COLUMN_TEXT[c], lang) for c in _COLUMNS])
        if roster is None:
            self.table.setRowCount(0)
            return
        self.title.setText(render("roster.title", lang, day=roster.day.strftime("%d-%m-%Y")))
        counts = roster.counts
        text = render(
            "roster.counts",
            lang,
            enrolled=counts.enrolled,
            present=counts.present,
            late=counts.late,
            absent=counts.absent,
        )
        if counts.walk_ins:
            text += " · " + render("roster.walk_ins", lang, count=counts.walk_ins)
        if not roster.meets:
            text += "\n" + render("roster.not_meeting", lang)
        self.counts.setText(text)
        self.table.setRowCount(len(roster.lines))
        for row, line in enumerate(roster.lines):
            values = (
                line.full_name,
                self.reveal.nik_of(line.applicant_id) or line.masked_nik,
                render(STATUS_TEXT[line.status], lang),
                "" if line.first_in is None else line.first_in.strftime("%H:%M"),
                "" if line.last_out is None else line.last_out.strftime("%H:%M"),
                line.admitted_by or "",
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _selection_changed(self) -> None:
        self.show_nik.setEnabled(self.reveal.active or bool(self.table.selectedItems()))

    def _reveal(self) -> None:
        roster, row = self._roster, self.table.currentRow()
        if self.reveal.active:
            self.reveal.hide()
        elif roster is not None and 0 <= row < len(roster.lines):
            self.reveal_requested.emit(roster.lines[row].applicant_id)

    def show_nik_of(self, applicant_id: str, nik: str) -> None:
        if self.isVisible():  # the answer came after staff left the roster: keep it masked
            self.reveal.show(applicant_id, nik)

    def hideEvent(self, event: QHideEvent) -> None:
        self.reveal.hide()
        super().hideEvent(event)

    def _export(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "", f"absensi.{kind}", f"*.{kind}")
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export_requested.emit(path)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)

    def roster_html(self) -> str:
        rows = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(len(_COLUMNS))]
            cells = "".join(f"<td>{html.escape(i.text() if i else '')}</td>" for i in items)
            rows.append(f"<tr>{cells}</tr>")
        heads = "".join(
            f"<th align='left'>{html.escape(render(COLUMN_TEXT[c], self._lang))}</th>"
            for c in _COLUMNS
        )
        return (
            f"<h2>{html.escape(self.title.text())}</h2><p>{html.escape(self.counts.text())}</p>"
            f"<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>{heads}</tr>"
            f"{''.join(rows)}</table>"
        )

    def print_roster(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            document = QTextDocument()
            document.setHtml(self.roster_html())
            document.print_(printer)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.refresh.setText(render("roster.refresh", lang))
        self.export_csv.setText(render("roster.export_csv", lang))
        self.export_xlsx.setText(render("roster.export_xlsx", lang))
        self.print_button.setText(render("roster.print", lang))
        self.show_nik.setText(tr("person.show_nik", lang))
        if self._roster is None:
            self.title.setText(render("staff.home.roster", lang))
        self._fill()

    def reset(self) -> None:
        self.reveal.hide()
        self._roster = None
        self.notice.clear()
        self.counts.clear()
        self._fill()
