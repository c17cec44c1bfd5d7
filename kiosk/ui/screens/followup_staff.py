"""The field officer's follow-up list: finished classes, the trainees whose survey is open
now, and the survey itself asked on the trainee's behalf (offline; synced like the rest)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.followup import CHANNEL_STAFF, DueTrainee, FinishedClass
from kiosk.services.kiosk import KioskServices
from kiosk.ui import texts_followup  # noqa: F401 - registers the texts of this screen
from kiosk.ui.ops import Operations
from kiosk.ui.screens.followup import FollowupScreen
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label

ROLE = Qt.ItemDataRole.UserRole


class FollowupStaffScreen(QWidget):
    back_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowupStaffScreen")
        self.ops = ops
        self.services: KioskServices | None = None
        self.staff_id: str | None = None
        self.lang = "id"
        self.classes_shown: list[FinishedClass] = []
        self.trainees_shown: list[DueTrainee] = []
        self._class_id: str | None = None
        self.pages = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.setMinimumHeight(56)
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(12)
        header.addWidget(self.title, 1)
        column.addLayout(header)
        self.pick = named_label("StepNote")
        self.pick.setWordWrap(True)
        column.addWidget(self.pick)
        # Touch lists (the theme's large rows); long class names wrap instead of scrolling.
        self.classes = QListWidget()
        self.classes.setObjectName("TouchList")
        self.classes.setWordWrap(True)
        self.classes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.classes.itemClicked.connect(self._class_clicked)
        self.trainees = QListWidget()
        self.trainees.setObjectName("TouchList")
        self.trainees.itemSelectionChanged.connect(self._selection)
        self.none = named_label("StepNote")
        row = QHBoxLayout()
        row.addWidget(self.classes, 1)
        right = QVBoxLayout()
        right.addWidget(self.trainees, 1)
        right.addWidget(self.none)
        row.addLayout(right, 1)
        column.addLayout(row, 1)
        self.ask = named_button("Primary")
        self.ask.setEnabled(False)
        self.ask.clicked.connect(self._ask)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.ask)
        column.addLayout(bottom)
        self.lists = lists
        self.pages.addWidget(lists)
        self.survey = FollowupScreen(ops)
        self.survey.finished.connect(self._survey_finished)
        self.pages.addWidget(self.survey)

    def open(self, services: KioskServices, staff_id: str) -> None:
        """Show the finished classes for this logged-in staff member."""
        self.services, self.staff_id = services, staff_id
        self.survey.attach(services)
        self.pages.setCurrentWidget(self.lists)
        self.refresh()

    def refresh(self) -> None:
        services = self.services
        if services is None:
            return
        self.ops.read(services.followup.finished_classes, self._show_classes)
        if self._class_id is not None:
            self._load_trainees(self._class_id)

    def _show_classes(self, classes: object) -> None:
        assert isinstance(classes, list)
        self.classes_shown = classes
        self._fill_classes()

    def _fill_classes(self) -> None:
        self.classes.clear()
        for finished in self.classes_shown:
            text = tr(
                "followup.staff_class",
                self.lang,
                training=finished.title,
                end=finished.end_date.strftime("%d-%m-%Y"),
                due=finished.due,
            )
            item = QListWidgetItem(text)
            item.setData(ROLE, finished.session_id)
            self.classes.addItem(item)

    def _class_clicked(self, item: QListWidgetItem) -> None:
        self._class_id = str(item.data(ROLE))
        self._load_trainees(self._class_id)

    def _load_trainees(self, session_id: str) -> None:
        services = self.services
        if services is None:
            return
        self.ops.read(lambda: services.followup.trainees_due(session_id), self._show_trainees)

    def _show_trainees(self, trainees: object) -> None:
        assert isinstance(trainees, list)
        self.trainees_shown = trainees
        self._fill_trainees()

    def _fill_trainees(self) -> None:
        self.trainees.clear()
        for index, due in enumerate(self.trainees_shown):
            text = tr(
                "followup.staff_person", self.lang, name=due.first_name, month=due.survey.month
            )
            item = QListWidgetItem(text)
            item.setData(ROLE, index)
            self.trainees.addItem(item)
        self.none.setText(tr("followup.staff_none", self.lang))
        self.none.setVisible(self._class_id is not None and not self.trainees_shown)
        self._selection()

    def _selection(self) -> None:
        self.ask.setEnabled(bool(self.trainees.selectedItems()))

    def _ask(self) -> None:
        items = self.trainees.selectedItems()
        if not items:
            return
        due = self.trainees_shown[int(items[0].data(ROLE))]
        self.survey.ask(due.survey, due.first_name, channel=CHANNEL_STAFF, staff_id=self.staff_id)
        self.survey.retranslate(self.lang)
        self.pages.setCurrentWidget(self.survey)

    def _survey_finished(self) -> None:
        self.survey.reset()
        self.pages.setCurrentWidget(self.lists)
        self.refresh()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr("followup.staff_title", lang))
        self.pick.setText(tr("followup.staff_pick", lang))
        self.ask.setText(tr("followup.staff_ask", lang))
        self.survey.retranslate(lang)
        self._fill_classes()
        self._fill_trainees()

    def reset(self) -> None:
        """Logged out or idle: forget the lists and any half-answered survey."""
        self.staff_id, self._class_id = None, None
        self.classes_shown, self.trainees_shown = [], []
        self.survey.reset()
        self.classes.clear()
        self.trainees.clear()
        self.none.hide()
        self.ask.setEnabled(False)
        self.pages.setCurrentWidget(self.lists)
