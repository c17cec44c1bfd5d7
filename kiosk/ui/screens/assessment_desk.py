"""The assessment desk: the kiosk's assessment events (open one's check-in or certificates) and
the form that plans a new one: scheme, date, TUK and assessor, all by touch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import assessment as a
from kiosk.domain.applicant_form import parse_day
from kiosk.i18n import Message, msg, render
from kiosk.services.assessments import EventSummary
from kiosk.services.staff import StaffListing
from kiosk.ui import texts_assessment_desk  # noqa: F401 - registers the texts
from kiosk.ui.touch import (
    TOUCH_MIN,
    Field,
    NumericKeypad,
    back_header,
    kinetic,
    line_edit,
    mark_numeric,
)
from kiosk.ui.widgets import named_button, named_label


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    kinetic(widget)
    return widget


def _growing(name: str) -> QListWidget:
    """A list on the scrolling plan form: it shows every row and the form scrolls (one
    scroll area inside another confuses a finger)."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setProperty("grows", True)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget


def _fit(widget: QListWidget) -> None:
    rows = sum(max(widget.sizeHintForRow(row), TOUCH_MIN) for row in range(widget.count()))
    widget.setFixedHeight(max(rows, 2 * TOUCH_MIN) + 2 * widget.frameWidth() + 4)


def _chosen(widget: QListWidget) -> str:
    item = widget.currentItem()
    return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class AssessmentDeskScreen(QWidget):
    back_requested = Signal()
    plan_requested = Signal()  # the form: the controller brings schemes and assessors
    save_requested = Signal(str, object, str, str)  # scheme, day, TUK, assessor id
    check_in_requested = Signal(str)  # event id
    certificates_requested = Signal(str)  # event id
    export_requested = Signal(str)  # event id: the BNSP candidate list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AssessmentDeskScreen")
        self._lang = "id"
        self.planning = False
        self._events: list[EventSummary] = []
        self._assessors: dict[str, str] = {}
        self._errors: dict[Field, str | None] = {}
        # Kept as catalogue messages, so a language switch re-says them in the new language.
        self._notices: tuple[Message, ...] = ()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self._back)
        # Planning sits in the header: the row below holds what to do with the chosen event,
        # and four buttons side by side do not fit 1024 pixels.
        self.new = named_button("Secondary")
        self.new.setMinimumHeight(56)
        self.new.clicked.connect(self.plan_requested)
        header.addWidget(self.new)
        outer.addLayout(header)
        self.hint = named_label("RosterCounts")
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        # The events and what to do with the chosen one.
        self.events = _list("SessionList")
        self.events.currentRowChanged.connect(lambda _row: self._fill())
        outer.addWidget(self.events, 1)
        self.event_actions = QWidget()
        row = QHBoxLayout(self.event_actions)
        row.setContentsMargins(0, 0, 0, 0)
        self.check_in = named_button("Primary")
        self.check_in.clicked.connect(lambda: self._open(self.check_in_requested))
        self.certificates = named_button("Secondary")
        self.certificates.clicked.connect(lambda: self._open(self.certificates_requested))
        self.export = named_button("Secondary")
        self.export.clicked.connect(lambda: self._open(self.export_requested))
        for button in (self.check_in, self.certificates, self.export):
            button.setMinimumHeight(64)
            row.addWidget(button)
        outer.addWidget(self.event_actions)
        # The plan form: two lists side by side, then the date and the TUK; a keypad right.
        self.form = QWidget()
        body = QHBoxLayout(self.form)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(16)
        fields = QVBoxLayout()
        lists = QHBoxLayout()
        self.schemes = _growing("SchemeList")
        self.assessors = _growing("AssessorList")
        self.scheme_field = Field("scheme", self.schemes)
        self.assessor_field = Field("assessor", self.assessors)
        lists.addWidget(self.scheme_field, 3)
        lists.addWidget(self.assessor_field, 2)
        line = QHBoxLayout()
        self.day = line_edit("AssessmentDay", max_length=10)
        mark_numeric(self.day)
        self.tuk = line_edit("AssessmentTuk", max_length=200)
        self.day_field = Field("day", self.day)
        self.tuk_field = Field("tuk", self.tuk)
        line.addWidget(self.day_field, 2)
        line.addWidget(self.tuk_field, 3)
        # The typed fields first: the letter keyboard, once open, leaves room for little else.
        fields.addLayout(line)
        fields.addLayout(lists)
        fields.addStretch(1)
        body.addLayout(fields, 1)
        side = QVBoxLayout()
        self.keypad = NumericKeypad()
        self.keypad.follow([self.day])
        side.addWidget(self.keypad)
        side.addStretch(1)
        body.addLayout(side)
        # The form scrolls: with the letter keyboard open a 768 px screen has little room
        # left, and the keyboard dock brings the field being typed into view.
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("PageScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(self.form)
        kinetic(self.form_scroll)
        outer.addWidget(self.form_scroll, 1)
        self.notice = named_label("SessionMeta")
        self.notice.setWordWrap(True)
        outer.addWidget(self.notice)
        self.save = named_button("Primary")
        self.save.setMinimumHeight(64)
        self.save.clicked.connect(self._save)
        outer.addWidget(self.save)
        self.reset()

    # -- the events ---------------------------------------------------------------------------
    def set_events(self, events: Sequence[EventSummary], assessors: Sequence[StaffListing]) -> None:
        chosen = self.chosen_event()
        self._events = list(events)
        self._assessors = {account.id: account.display_name for account in assessors}
        self.planning = False
        self.events.clear()
        for event in self._events:
            item = QListWidgetItem(self._event_text(event))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.events.addItem(item)
            if event.id == chosen:
                self.events.setCurrentItem(item)
        self._fill()

    def _event_text(self, event: EventSummary) -> str:
        line = render(
            "desk.event_line",
            self._lang,
            scheme=event.scheme,
            day=f"{event.day:%d-%m-%Y}",
            assessor=self._assessors.get(event.assessor_id, "?"),
        )
        return f"{line}\n{event.tuk}"

    def chosen_event(self) -> str:
        return _chosen(self.events)

    def _open(self, signal: object) -> None:
        event_id = self.chosen_event()
        if event_id:
            signal.emit(event_id)  # type: ignore[attr-defined]

    # -- the plan form -----------------------------------------------------------------------
    def show_plan(
        self, schemes: Sequence[a.Scheme], assessors: Sequence[StaffListing], today: dt.date
    ) -> None:
        self.planning = True
        self.schemes.clear()
        for scheme in schemes:
            item = QListWidgetItem(f"{scheme.number}\n{scheme.title}")
            item.setData(Qt.ItemDataRole.UserRole, scheme.number)
            self.schemes.addItem(item)
        self.assessors.clear()
        for account in assessors:
            item = QListWidgetItem(account.display_name)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.assessors.addItem(item)
        _fit(self.schemes)
        _fit(self.assessors)
        if len(assessors) == 1:
            self.assessors.setCurrentRow(0)  # the only assessor: nothing to choose
        self.day.setText(f"{today:%d-%m-%Y}")
        self.tuk.clear()
        self._errors = {}
        for field in (self.scheme_field, self.assessor_field, self.day_field, self.tuk_field):
            field.set_error(None)
        missing = [] if schemes else [msg("desk.plan.no_schemes")]
        missing += [] if assessors else [msg("desk.plan.no_assessors")]
        self.show_notice(*missing)
        self._fill()

    def _save(self) -> None:
        scheme, assessor = _chosen(self.schemes), _chosen(self.assessors)
        day = parse_day(self.day.text())
        errors = {
            self.scheme_field: None if scheme else "desk.plan.need_scheme",
            self.assessor_field: None if assessor else "desk.plan.need_assessor",
            self.day_field: None if day else "desk.plan.bad_day",
            self.tuk_field: None if self.tuk.text().strip() else "assess.tuk_required",
        }
        self._errors = errors
        self._show_errors()
        if all(key is None for key in errors.values()):
            self.save_requested.emit(scheme, day, self.tuk.text(), assessor)

    def _show_errors(self) -> None:
        for field, key in self._errors.items():
            field.set_error(None if key is None else render(key, self._lang))

    def show_notice(self, *notices: Message) -> None:
        """What happened (or what is missing), one line each; none clears it."""
        self._notices = notices
        self.notice.setText("\n".join(notice.render(self._lang) for notice in notices))

    # -- state -------------------------------------------------------------------------------
    def _back(self) -> None:
        if self.planning:
            self.planning = False
            self.show_notice()
            self._fill()
        else:
            self.back_requested.emit()

    def _fill(self) -> None:
        lang, planning = self._lang, self.planning
        self.events.setVisible(not planning)
        self.event_actions.setVisible(not planning)
        self.new.setVisible(not planning)
        self.form_scroll.setVisible(planning)
        self.save.setVisible(planning)
        chosen = bool(self.chosen_event())
        self.check_in.setEnabled(chosen)
        self.certificates.setEnabled(chosen)
        self.export.setEnabled(chosen)
        if planning:
            self.title.setText(render("desk.plan.title", lang))
            self.hint.setText("")
            self.hint.hide()
        else:
            self.title.setText(render("desk.title", lang))
            self.hint.setText(render("desk.pick" if self._events else "desk.none", lang))
            self.hint.show()

    def reset(self) -> None:
        self.planning = False
        self._events = []
        self.events.clear()
        self.show_notice()
        self.tuk.clear()
        self._fill()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.new.setText(render("desk.new", lang))
        self.check_in.setText(render("desk.check_in", lang))
        self.certificates.setText(render("desk.certificates", lang))
        self.export.setText(render("desk.export", lang))
        self.save.setText(render("desk.plan.save", lang))
        for field, key in (
            (self.scheme_field, "desk.plan.scheme"),
            (self.assessor_field, "desk.plan.assessor"),
            (self.day_field, "desk.plan.day"),
            (self.tuk_field, "desk.plan.tuk"),
        ):
            field.retranslate(render(key, lang))
        self.keypad.retranslate(lang)
        self._show_errors()
        for row, event in enumerate(self._events):
            self.events.item(row).setText(self._event_text(event))
        self.show_notice(*self._notices)
        self._fill()
