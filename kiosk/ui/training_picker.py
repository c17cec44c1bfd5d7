"""Wizard step: choose a training by category and search; full or refused sessions are shown
greyed out with the reason and cannot be chosen (the rule is SessionSummary.refusal)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListWidget, QListWidgetItem

from kiosk.services.catalogue import SessionSummary
from kiosk.ui.screens.trainings import _schedule_text
from kiosk.ui.touch import ChoiceButtons, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label
from kiosk.ui.wizard_pages import Page

ALL = ""


class TrainingPage(Page):
    step = "training"

    def __init__(self) -> None:
        super().__init__()
        self._lang = "id"
        self._sessions: Sequence[SessionSummary] = ()
        self._eligible = False
        self.chosen_id = ""
        self.categories = ChoiceButtons([ALL], columns=1)
        self.category_row = QHBoxLayout()
        self.column.addLayout(self.category_row)
        self.category = ALL
        self.search = line_edit("TrainingSearch", max_length=60)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._fill())
        self.column.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("TouchList")
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemClicked.connect(self._clicked)
        self.column.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        self.chosen = named_label("StepNote")
        self.chosen.setWordWrap(True)
        self.none = named_button("Secondary")
        self.none.clicked.connect(lambda: self._choose(""))
        bottom.addWidget(self.chosen, 1)
        bottom.addWidget(self.none)
        self.column.addLayout(bottom)

    def set_sessions(self, sessions: Sequence[SessionSummary], eligible: bool) -> None:
        self._sessions = sessions
        self._eligible = eligible
        while self.category_row.count():
            item = self.category_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        keys = [ALL, *sorted({s.category for s in sessions})]
        self.categories = ChoiceButtons(keys, columns=len(keys))
        self.categories.changed.connect(self._category)
        self.categories.set_value(self.category if self.category in keys else ALL)
        self.category_row.addWidget(self.categories)
        self.retranslate(self._lang)

    def _category(self, key: str) -> None:
        self.category = key
        self._fill()

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._choose(str(item.data(Qt.ItemDataRole.UserRole)))

    def _choose(self, session_id: str) -> None:
        self.chosen_id = session_id
        self._update_chosen()

    def chosen_title(self) -> str:
        for s in self._sessions:
            if s.id == self.chosen_id:
                return s.program_title
        return ""

    def _update_chosen(self) -> None:
        title = self.chosen_title()
        self.chosen.setText(
            tr("training.chosen", self._lang, title=title)
            if title
            else tr("training.not_chosen", self._lang)
        )

    def _fill(self) -> None:
        lang = self._lang
        needle = " ".join(self.search.text().lower().split())
        self.list.clear()
        for s in self._sessions:
            if self.category and s.category != self.category:
                continue
            haystack = f"{s.program_title} {s.provider} {s.location}".lower()
            if needle and needle not in haystack:
                continue
            refusal = s.refusal(self._eligible)
            dates = tr(
                "trainings.dates",
                lang,
                start=s.start_date.strftime("%d-%m-%Y"),
                end=s.end_date.strftime("%d-%m-%Y"),
            )
            seats = tr("trainings.seats", lang, left=s.seats_left, capacity=s.capacity)
            text = (
                f"{s.program_title}\n{s.provider} · {s.location}\n"
                f"{dates} · {_schedule_text(s.schedule, lang)} · {seats}"
            )
            if refusal is not None:
                text += f"\n✕ {tr_msg(refusal, lang)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            if refusal is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
            if s.id == self.chosen_id:
                item.setSelected(True)
        if self.list.count() == 0:
            empty = QListWidgetItem(tr("training.nothing_found", lang))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def clear(self) -> None:
        self.chosen_id = ""
        self.category = ALL
        self.search.clear()
        self._sessions = ()
        self.list.clear()
        self.categories.set_value(ALL)
        self._update_chosen()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(tr("training.title", lang))
        labels = {
            k: (k.capitalize() if k else tr("training.all", lang)) for k in self.categories.buttons
        }
        self.categories.set_labels(labels)
        self.search.setPlaceholderText(tr("training.search", lang))
        self.search.setAccessibleName(tr("training.search", lang))
        self.none.setText(tr("training.none", lang))
        self._update_chosen()
        self._fill()
