"""Buka pelatihan: provider (existing or new), program and a session in one touch form.

The screen only collects text and choices into a draft; the opening service parses and checks
it and answers with an error per field, shown under that field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import regions
from kiosk.i18n import Message
from kiosk.services.opening import OpenedTraining, ProviderChoice, SessionDraft, TrainingDraft
from kiosk.ui.texts_staff_tools import DAY_TEXT
from kiosk.ui.touch import (
    ChoiceButtons,
    Field,
    NumericKeypad,
    SearchList,
    back_header,
    heading,
    line_edit,
)
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

_NUMBER_FIELDS = ("hours", "start_date", "end_date", "start_time", "end_time", "capacity")


def big_check(name: str) -> QCheckBox:
    box = QCheckBox()
    box.setObjectName("BigCheck")
    box.setAccessibleName(name)
    return box


class OpenTrainingScreen(QWidget):
    back_requested = Signal()
    open_requested = Signal(TrainingDraft)
    add_session_requested = Signal(str, str, object)  # program id, provider id, SessionDraft
    enrol_requested = Signal(str)  # session id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OpenTrainingScreen")
        self._lang = "id"
        self._opened: OpenedTraining | None = None
        self._title_of_opened = ""
        self._errors: dict[str, Message] = {}
        self._saved: SessionDraft | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        outer.addLayout(header)
        body = QHBoxLayout()
        body.setSpacing(24)
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form = QWidget()
        self.form.setObjectName("WizardPage")
        scroll.setWidget(self.form)
        self.page_scroll = scroll
        body.addWidget(scroll, 1)
        side = QVBoxLayout()
        self.keypad = NumericKeypad()
        side.addWidget(self.keypad)
        side.addStretch(1)
        body.addLayout(side)
        outer.addLayout(body, 1)
        self.fields: dict[str, Field] = {}
        self.edits: dict[str, QLineEdit] = {}
        form = QVBoxLayout(self.form)
        form.setSpacing(10)
        form.setContentsMargins(0, 0, 12, 0)
        self._build_provider(form)
        self._build_program(form)
        self._build_session(form)
        self.notice = named_label("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)
        row = QHBoxLayout()
        self.new_training = named_button("Secondary")
        self.new_training.clicked.connect(self.reset)
        self.another = named_button("Secondary")
        self.another.clicked.connect(self._another)
        self.enrol = named_button("Secondary")
        self.enrol.clicked.connect(self._enrol)
        self.save = named_button("Primary")
        self.save.clicked.connect(self._save)
        for button in (self.new_training, self.another, self.enrol):
            row.addWidget(button)
            button.hide()
        row.addStretch(1)
        row.addWidget(self.save)
        outer.addLayout(row)
        self.keypad.follow([self.edits[name] for name in _NUMBER_FIELDS])

    # -- building --------------------------------------------------------------------------
    def _field(self, layout: QVBoxLayout | QHBoxLayout, name: str, editor: QWidget) -> Field:
        field = Field(name, editor)
        self.fields[name] = field
        if isinstance(editor, QLineEdit):
            self.edits[name] = editor
        layout.addWidget(field)
        return field

    def _build_provider(self, form: QVBoxLayout) -> None:
        self.provider_heading = heading("SessionTitle")
        form.addWidget(self.provider_heading)
        self.providers = SearchList("Provider")
        self.providers.grow()  # the page scrolls, not the list inside it
        self.providers.setMinimumHeight(170)
        self.providers.chosen.connect(lambda _key: self._set_new_provider(False))
        self._field(form, "provider", self.providers)
        self.new_provider = named_button("Choice")
        self.new_provider.setCheckable(True)
        self.new_provider.toggled.connect(self._set_new_provider)
        form.addWidget(self.new_provider)
        self.new_provider_box = QWidget()
        box = QVBoxLayout(self.new_provider_box)
        box.setContentsMargins(0, 0, 0, 0)
        self._field(box, "new_provider_name", line_edit("NewProviderName"))
        self.kind = ChoiceButtons(("LPK", "BLK"), columns=2)
        self.kind.set_labels({"LPK": "LPK", "BLK": "BLK"})
        self.kind.set_value("LPK")
        self._field(box, "new_provider_kind", self.kind)
        self.regency = SearchList("Regency")
        self.regency.grow()
        self.regency.setMinimumHeight(220)
        self._field(box, "new_provider_regency", self.regency)
        self.new_provider_box.hide()
        form.addWidget(self.new_provider_box)

    def _build_program(self, form: QVBoxLayout) -> None:
        self.program_box = QWidget()
        box = QVBoxLayout(self.program_box)
        box.setContentsMargins(0, 12, 0, 0)
        self.program_heading = heading("SessionTitle")
        box.addWidget(self.program_heading)
        self._field(box, "title", line_edit("ProgramTitle"))
        self._field(box, "category", line_edit("Category", max_length=40))
        self._field(box, "hours", line_edit("Hours", max_length=4))
        self.prakerja = big_check("prakerja")
        self.prakerja.setChecked(True)
        box.addWidget(self.prakerja)
        form.addWidget(self.program_box)

    def _build_session(self, form: QVBoxLayout) -> None:
        self.session_heading = heading("SessionTitle")
        form.addSpacing(12)
        form.addWidget(self.session_heading)
        self._field(form, "location", line_edit("Location"))
        dates = QHBoxLayout()
        for name in ("start_date", "end_date"):
            self._field(dates, name, line_edit(name, max_length=10))
        form.addLayout(dates)
        days = QWidget()
        grid = QGridLayout(days)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.day_buttons: list[QPushButton] = []
        for day in range(7):
            button = named_button("Choice")
            button.setCheckable(True)
            button.setMinimumWidth(64)
            grid.addWidget(button, 0, day)
            self.day_buttons.append(button)
        self._field(form, "schedule", days)
        times = QHBoxLayout()
        for name in ("start_time", "end_time", "capacity"):
            self._field(times, name, line_edit(name, max_length=5))
        form.addLayout(times)
        self.checkout = big_check("checkout")
        form.addWidget(self.checkout)
        form.addStretch(1)

    # -- data in and out -------------------------------------------------------------------
    def set_providers(self, providers: Sequence[ProviderChoice]) -> None:
        self.providers.set_items([(p.id, f"{p.name} · {p.kind} · {p.regency}") for p in providers])
        if not providers:  # nothing to pick from: start with the new provider open
            self.new_provider.setChecked(True)

    def _set_new_provider(self, on: bool) -> None:
        self.new_provider.setChecked(on)
        self.new_provider_box.setVisible(on)
        if on:
            self.providers.list.setCurrentRow(-1)
            if self.regency.list.count() == 0:  # filled when needed: ~500 rows
                self.regency.set_items(
                    [
                        (r.code, regions.display_name(r))
                        for p in regions.provinces()
                        for r in regions.regencies(p.code)
                    ]
                )

    def _text(self, name: str) -> str:
        return self.edits[name].text()

    def session_draft(self) -> SessionDraft:
        return SessionDraft(
            location=self._text("location"),
            start_date=self._text("start_date"),
            end_date=self._text("end_date"),
            days=tuple(i for i, b in enumerate(self.day_buttons) if b.isChecked()),
            start_time=self._text("start_time"),
            end_time=self._text("end_time"),
            capacity=self._text("capacity"),
            uses_checkout=self.checkout.isChecked(),
        )

    def draft(self) -> TrainingDraft:
        new = self.new_provider.isChecked()
        return TrainingDraft(
            provider_id="" if new else self.providers.current_key(),
            new_provider=new,
            new_provider_name=self._text("new_provider_name") if new else "",
            new_provider_kind=self.kind.value() if new else "",
            new_provider_regency=self.regency.current_key() if new else "",
            title=self._text("title"),
            category=self._text("category"),
            hours=self._text("hours"),
            prakerja_funded=self.prakerja.isChecked(),
            session=self.session_draft(),
        )

    def _save(self) -> None:
        self.notice.hide()
        self.save.setEnabled(False)
        opened = self._opened
        if opened is None:
            self.open_requested.emit(self.draft())
        else:
            self.add_session_requested.emit(
                opened.program_id, opened.provider_id, self.session_draft()
            )

    def show_errors(self, errors: dict[str, Message]) -> None:
        self.save.setEnabled(True)
        self._errors = dict(errors)
        self._show_errors()
        first = next((self.fields[n] for n in self.fields if n in errors), None)
        if first is not None:
            self.page_scroll.ensureWidgetVisible(first)

    def _show_errors(self) -> None:
        errors = self._errors
        for name, field in self.fields.items():
            message = errors.get(name)
            field.set_error(None if message is None else tr_msg(message, self._lang))

    def show_opened(self, opened: OpenedTraining, draft: SessionDraft) -> None:
        """Saved: say so, and offer another session of the same program or enrolment."""
        self.show_errors({})
        if self._opened is None:
            self._title_of_opened = " ".join(self._text("title").split())
        self._opened = opened
        self._saved = draft
        self._say_saved(draft)
        self.notice.show()
        self.save.hide()
        for button in (self.new_training, self.another, self.enrol):
            button.show()
        self.form.setEnabled(False)

    def _say_saved(self, draft: SessionDraft) -> None:
        self.notice.setText(
            tr(
                "open.saved",
                self._lang,
                title=self._title_of_opened,
                location=" ".join(draft.location.split()),
                start=draft.start_date.strip(),
            )
        )

    @property
    def opened(self) -> OpenedTraining | None:
        return self._opened

    def _another(self) -> None:
        """Same program and provider, a fresh session part of the form."""
        self.form.setEnabled(True)
        for widget in (self.providers, self.new_provider, self.new_provider_box, self.program_box):
            widget.setEnabled(False)
        self.fields["provider"].setEnabled(False)
        self._clear_session()
        self.save.show()
        for button in (self.another, self.enrol):
            button.hide()
        self.notice.hide()
        self.retranslate(self._lang)

    def _enrol(self) -> None:
        if self._opened is not None:
            self.enrol_requested.emit(self._opened.session_id)

    def _clear_session(self) -> None:
        for name in ("location", "start_date", "end_date", "start_time", "end_time", "capacity"):
            self.edits[name].clear()
        for button in self.day_buttons:
            button.setChecked(False)
        self.checkout.setChecked(False)

    def reset(self) -> None:
        """A fresh, empty form (entering the screen, or "new training")."""
        self._opened = None
        self.form.setEnabled(True)
        for widget in (self.providers, self.new_provider, self.program_box):
            widget.setEnabled(True)
        self.fields["provider"].setEnabled(True)
        self.new_provider_box.setEnabled(True)
        self.providers.clear()
        self.providers.set_items([])
        self.regency.clear()
        self.regency.set_items([])
        self._set_new_provider(False)
        self.kind.set_value("LPK")
        for name in ("new_provider_name", "title", "category", "hours"):
            self.edits[name].clear()
        self.prakerja.setChecked(True)
        self._clear_session()
        self.show_errors({})
        self.notice.hide()
        self.save.show()
        for button in (self.new_training, self.another, self.enrol):
            button.hide()
        self.page_scroll.verticalScrollBar().setValue(0)
        self.retranslate(self._lang)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        if self._opened is None:
            self.title.setText(tr("open.title", lang))
        else:
            self.title.setText(tr("open.title_more", lang, title=self._title_of_opened))
        self.back.setText("‹ " + tr("common.back", lang))
        self.provider_heading.setText(tr("open.provider", lang))
        self.providers.search.setPlaceholderText(tr("open.provider_search", lang))
        self.new_provider.setText(tr("open.new_provider", lang))
        self.regency.search.setPlaceholderText(tr("open.regency_search", lang))
        self.program_heading.setText(tr("open.program", lang))
        self.session_heading.setText(tr("open.session", lang))
        captions = {
            "provider": "open.provider_search",
            "new_provider_name": "open.new_provider_name",
            "new_provider_kind": "open.kind",
            "new_provider_regency": "open.regency",
            "title": "open.program_title",
            "category": "open.category",
            "hours": "open.hours",
            "location": "open.location",
            "start_date": "open.start_date",
            "end_date": "open.end_date",
            "schedule": "open.days",
            "start_time": "open.start_time",
            "end_time": "open.end_time",
            "capacity": "open.capacity",
        }
        for name, code in captions.items():
            self.fields[name].retranslate(tr(code, lang))
        self.fields["provider"].caption.hide()  # the heading above says it
        for day, button in enumerate(self.day_buttons):
            button.setText(tr(DAY_TEXT[day], lang))
        self.prakerja.setText(tr("open.prakerja", lang))
        self.checkout.setText(tr("open.checkout", lang))
        self.save.setText(tr("open.save" if self._opened is None else "open.save_session", lang))
        self.another.setText(tr("open.another", lang))
        self.enrol.setText(tr("open.enrol", lang))
        self.new_training.setText(tr("open.new", lang))
        self.keypad.retranslate(lang)
        self._show_errors()
        if self._saved is not None and not self.notice.isHidden():
            self._say_saved(self._saved)
