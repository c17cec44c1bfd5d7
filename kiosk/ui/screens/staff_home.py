"""Staff home: pick a running session, then take attendance or see its roster."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import render
from kiosk.services.catalogue import SessionSummary
from kiosk.services.staff import Action, StaffUser, may
from kiosk.ui import (
    texts_assessment_desk,  # noqa: F401 - registers the assessment desk's texts
    texts_certificates,  # noqa: F401 - registers the certificate texts
    texts_followup,  # noqa: F401 - the follow-up button's title
    texts_staff,  # noqa: F401 - registers the staff texts
    texts_staff_tools,  # noqa: F401 - registers the tools' texts
)
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label


class StaffHomeScreen(QWidget):
    scan_requested = Signal(SessionSummary)
    roster_requested = Signal(SessionSummary)
    open_training_requested = Signal()
    enrol_requested = Signal()
    people_requested = Signal()
    followup_requested = Signal()  # trainees of finished classes whose survey is open
    accounts_requested = Signal()
    certificates_requested = Signal()
    verify_certificate_requested = Signal()
    assessments_requested = Signal()
    assessment_desk_requested = Signal()  # plan, check in, issue, BNSP numbers
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffHomeScreen")
        self._lang = "id"
        self._user: StaffUser | None = None
        self._sessions: list[SessionSummary] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        header = QHBoxLayout()
        self.hello = named_label("ScreenTitle")
        self.logout = QPushButton()
        self.logout.clicked.connect(self.logout_requested)
        header.addWidget(self.hello, 1)
        header.addWidget(self.logout)
        layout.addLayout(header)
        self.pick = named_label("SessionMeta")
        layout.addWidget(self.pick)
        self.list = QListWidget()
        self.list.setObjectName("SessionList")
        self.list.itemActivated.connect(lambda _item: self._emit(self.scan_requested))
        self.list.currentRowChanged.connect(lambda _row: self._selection_changed())
        layout.addWidget(self.list, 1)
        self._today: list[SessionSummary] = []
        self._not_today: list[SessionSummary] = []
        self.show_all = QPushButton()
        self.show_all.setCheckable(True)
        self.show_all.hide()
        self.show_all.toggled.connect(lambda _on: self._fill())
        layout.addWidget(self.show_all, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.scan = QPushButton()
        self.scan.setObjectName("PrimaryButton")
        self.scan.clicked.connect(lambda: self._emit(self.scan_requested))
        self.roster = QPushButton()
        self.roster.clicked.connect(lambda: self._emit(self.roster_requested))
        for button in (self.scan, self.roster):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        # Tools that are not about today's session; each shown only to roles that may use it.
        tools = QHBoxLayout()
        self.open_training = QPushButton()
        self.open_training.clicked.connect(self.open_training_requested)
        self.enrol = QPushButton()
        self.enrol.clicked.connect(self.enrol_requested)
        self.people = QPushButton()
        self.people.clicked.connect(self.people_requested)
        self.accounts = QPushButton()
        self.accounts.clicked.connect(self.accounts_requested)
        self.followup = QPushButton()
        self.followup.clicked.connect(self.followup_requested)
        for button in (self.open_training, self.enrol, self.people, self.followup, self.accounts):
            tools.addWidget(button)
        tools.addStretch(1)
        layout.addLayout(tools)
        # Certificates (their own row): for classes that have ended, which the list above
        # does not show, and checking a certificate someone brings.
        certificates = QHBoxLayout()
        self.certificates = QPushButton()
        self.certificates.clicked.connect(self.certificates_requested)
        self.verify_certificate = QPushButton()
        self.verify_certificate.clicked.connect(self.verify_certificate_requested)
        certificates.addWidget(self.certificates)
        certificates.addWidget(self.verify_certificate)
        self.assessments = QPushButton()
        self.assessments.clicked.connect(self.assessments_requested)
        certificates.addWidget(self.assessments)
        self.assessment_desk = QPushButton()
        self.assessment_desk.clicked.connect(self.assessment_desk_requested)
        certificates.addWidget(self.assessment_desk)
        certificates.addStretch(1)
        layout.addLayout(certificates)

    def set_user(self, user: StaffUser | None) -> None:
        self._user = user
        allowed = {
            self.open_training: Action.OPEN_TRAINING,
            self.enrol: Action.OPEN_TRAINING,
            self.accounts: Action.MANAGE_STAFF,
            self.people: Action.TAKE_ATTENDANCE,
            self.followup: Action.TAKE_ATTENDANCE,
            self.assessments: Action.ASSESS,
            self.assessment_desk: Action.RUN_ASSESSMENT,
        }
        for button, action in allowed.items():
            button.setVisible(user is not None and may(user, action))
        self.retranslate(self._lang)

    def set_sessions(
        self, sessions: Sequence[SessionSummary], not_today: Sequence[SessionSummary] = ()
    ) -> None:
        """Today's classes; those running but not meeting today only after "show all"."""
        self._today = list(sessions)
        self._not_today = list(not_today)
        self._fill()

    def _fill(self) -> None:
        lang = self._lang
        self._sessions = self._today + (self._not_today if self.show_all.isChecked() else [])
        self.list.clear()
        for session in self._sessions:
            text = (
                f"{session.program_title} — {session.provider}\n{session.location} · "
                f"{session.start_date:%d-%m-%Y} – {session.end_date:%d-%m-%Y} · "
                f"{session.enrolled}/{session.capacity}"
            )
            if session in self._not_today:
                text += "\n" + render("staff.home.not_today", lang)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, session.id)
            self.list.addItem(item)
        if len(self._sessions) == 1:
            self.list.setCurrentRow(0)  # the only class today: nothing to choose
        self.pick.setText(render("staff.home.pick" if self._today else "staff.home.none", lang))
        self.show_all.setVisible(bool(self._not_today))
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = 0 <= self.list.currentRow() < len(self._sessions)
        self.scan.setEnabled(chosen)
        self.roster.setEnabled(chosen)

    def _emit(self, signal: SignalInstance) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._sessions):
            signal.emit(self._sessions[row])

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        # The rows carry words too ("not scheduled today"): written again, the choice kept.
        row = self.list.currentRow()
        self._fill()
        if 0 <= row < len(self._sessions):
            self.list.setCurrentRow(row)
        name = self._user.display_name if self._user else ""
        self.hello.setText(render("staff.home.hello", lang, name=name))
        self.pick.setText(render("staff.home.pick" if self._today else "staff.home.none", lang))
        self.show_all.setText(render("staff.home.show_all", lang))
        self.scan.setText(render("staff.home.scan", lang))
        self.roster.setText(render("staff.home.roster", lang))
        self.open_training.setText(render("staff.home.open", lang))
        self.enrol.setText(tr("staff.home.enrol", lang))
        self.people.setText(tr("staff.home.people", lang))
        self.followup.setText(tr("followup.staff_title", lang))
        self.accounts.setText(render("staff.home.accounts", lang))
        self.logout.setText(render("staff.home.logout", lang))
        self.certificates.setText(tr("staff.home.certificates", lang))
        self.verify_certificate.setText(tr("staff.home.verify_certificate", lang))
        self.assessments.setText(tr("staff.home.assessments", lang))
        self.assessment_desk.setText(tr("staff.home.assessment_desk", lang))
