"""A class's completion certificates: who met the attendance rule, withhold one with a reason,
issue the rest in one action, print them as PDF."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import Message, render
from kiosk.services.catalogue import SessionSummary
from kiosk.services.certificates import STATUS_TEXT, CandidateStatus, CompletionReview
from kiosk.ui.texts_certificates import COLUMN_TEXT
from kiosk.ui.widgets import named_label

_COLUMNS = ("name", "share", "meetings", "status", "note")


class CompletionReviewScreen(QWidget):
    back_requested = Signal()
    withhold_requested = Signal(str, str)  # applicant id, reason
    release_requested = Signal(str)  # applicant id
    issue_requested = Signal()
    print_requested = Signal()
    class_chosen = Signal(SessionSummary)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompletionReviewScreen")
        self._lang = "id"
        self.review: CompletionReview | None = None
        # A catalogue message, so a language switch re-says it in the new language.
        self._notice: Message | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.setMinimumHeight(56)
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.counts = named_label("RosterCounts")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        # First the classes to choose from, then the chosen class's trainees.
        self.classes = QListWidget()
        self.classes.setObjectName("SessionList")
        self.classes.itemClicked.connect(self._class_clicked)
        self._sessions: list[SessionSummary] = []
        layout.addWidget(self.classes, 1)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.verticalHeader().hide()
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        columns.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        withhold_row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setMinimumHeight(56)
        self.withhold = QPushButton()
        self.withhold.setMinimumHeight(56)
        self.withhold.clicked.connect(self._withhold)
        self.release = QPushButton()
        self.release.setMinimumHeight(56)
        self.release.clicked.connect(self._release)
        withhold_row.addWidget(self.reason, 1)
        withhold_row.addWidget(self.withhold)
        withhold_row.addWidget(self.release)
        layout.addLayout(withhold_row)
        self.notice = named_label("SessionMeta")
        self.notice.setWordWrap(True)
        layout.addWidget(self.notice)
        actions = QHBoxLayout()
        self.issue = QPushButton()
        self.issue.setObjectName("PrimaryButton")
        self.issue.setMinimumHeight(64)
        self.issue.clicked.connect(self.issue_requested)
        self.print_button = QPushButton()
        self.print_button.setMinimumHeight(64)
        self.print_button.clicked.connect(self.print_requested)
        actions.addWidget(self.issue, 1)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.reset()

    def set_classes(self, sessions: Sequence[SessionSummary]) -> None:
        """The classes of this kiosk, newest end first; choosing one shows its trainees."""
        self._sessions = sorted(sessions, key=lambda s: s.end_date, reverse=True)
        self.review = None
        self.classes.clear()
        for session in self._sessions:
            item = QListWidgetItem(
                f"{session.program_title} — {session.provider}\n"
                f"{session.start_date:%d-%m-%Y} – {session.end_date:%d-%m-%Y} · {session.enrolled}"
            )
            self.classes.addItem(item)
        self._fill()

    def _class_clicked(self, item: QListWidgetItem) -> None:
        row = self.classes.row(item)
        if 0 <= row < len(self._sessions):
            self.class_chosen.emit(self._sessions[row])

    def selected_applicant(self) -> str | None:
        row = self.table.currentRow()
        if self.review is None or not 0 <= row < len(self.review.candidates):
            return None
        return self.review.candidates[row].applicant_id

    def _withhold(self) -> None:
        applicant_id = self.selected_applicant()
        if applicant_id is not None:
            self.withhold_requested.emit(applicant_id, self.reason.text())

    def _release(self) -> None:
        applicant_id = self.selected_applicant()
        if applicant_id is not None:
            self.release_requested.emit(applicant_id)

    def _selection(self) -> None:
        row = self.table.currentRow()
        candidate = (
            self.review.candidates[row]
            if self.review is not None and 0 <= row < len(self.review.candidates)
            else None
        )
        status = None if candidate is None else candidate.status
        self.withhold.setEnabled(status is CandidateStatus.ELIGIBLE)
        self.release.setEnabled(status is CandidateStatus.WITHHELD)

    def set_review(self, review: CompletionReview) -> None:
        self.review = review
        self.reason.clear()
        self._notice = None
        self._fill()

    def show_notice(self, notice: Message | None) -> None:
        self._notice = notice
        self._say_notice()

    def _say_notice(self) -> None:
        notice, review, lang = self._notice, self.review, self._lang
        if notice is not None:
            self.notice.setText(notice.render(lang))
        elif review is not None and not review.ended:
            self.notice.setText(render("certreview.not_ended", lang))
        else:
            self.notice.setText("")

    def _fill(self) -> None:
        lang, review = self._lang, self.review
        self.table.setHorizontalHeaderLabels(
            [render(COLUMN_TEXT[column], lang) for column in _COLUMNS]
        )
        self.table.setRowCount(0 if review is None else len(review.candidates))
        chosen = review is not None
        self.classes.setVisible(not chosen)
        for widget in (
            self.table,
            self.reason,
            self.withhold,
            self.release,
            self.issue,
            self.print_button,
        ):
            widget.setVisible(chosen)
        eligible = 0
        if review is not None:
            self.title.setText(render("certreview.title", lang, programme=review.programme))
            for row, candidate in enumerate(review.candidates):
                result = candidate.completion
                note = candidate.withheld_reason or candidate.certificate_id or ""
                cells = (
                    candidate.full_name,
                    f"{result.share_pct}%",
                    f"{result.attended} / {result.counted}",
                    render(STATUS_TEXT[candidate.status], lang),
                    note,
                )
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if column in (1, 2):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, column, item)
            eligible = review.count(CandidateStatus.ELIGIBLE)
            self.counts.setText(
                render(
                    "certreview.counts",
                    lang,
                    eligible=eligible,
                    withheld=review.count(CandidateStatus.WITHHELD),
                    issued=review.count(CandidateStatus.ISSUED),
                    short=review.count(CandidateStatus.NOT_ELIGIBLE),
                    rule=review.min_share_pct,
                )
            )
        else:
            self.title.setText(render("staff.home.certificates", lang))
            self.counts.setText(render("certreview.pick", lang))
        self.issue.setText(render("certreview.issue", lang, count=eligible))
        self.issue.setEnabled(review is not None and review.ended and eligible > 0)
        self.print_button.setEnabled(
            review is not None and review.count(CandidateStatus.ISSUED) > 0
        )
        self._say_notice()
        self._selection()

    def reset(self) -> None:
        self.review = None
        self._notice = None
        self.reason.clear()
        self._fill()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.reason.setPlaceholderText(render("certreview.reason", lang))
        self.withhold.setText(render("certreview.withhold", lang))
        self.release.setText(render("certreview.release", lang))
        self.print_button.setText(render("certreview.print", lang))
        self._fill()
