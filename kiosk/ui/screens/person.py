"""One person's data for staff (UU PDP): look-up with a masked NIK, an audited "show NIK" that
hides itself again, the right-of-access export and erasure on request with an admin's PIN."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import Message
from kiosk.services.people import ApplicantSummary
from kiosk.ui import texts_staff_tools  # noqa: F401 - registers the texts
from kiosk.ui.nik_reveal import NikReveal
from kiosk.ui.touch import (
    Field,
    SearchList,
    back_header,
    debounced_search,
    heading,
    keypad_column,
    line_edit,
)
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label


class PersonScreen(QWidget):
    back_requested = Signal()
    search_requested = Signal(str)
    reveal_requested = Signal(str)  # applicant id
    export_requested = Signal(str)
    erase_requested = Signal(str, str, str)  # applicant id, admin username, admin PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PersonScreen")
        self._lang = "id"
        self._people: dict[str, ApplicantSummary] = {}
        self._message: Message | None = None
        self._message_ok = False
        self.reveal = NikReveal(self)
        self.reveal.changed.connect(self._show_person)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        outer.addLayout(header)
        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        self.search_caption = named_label("FieldCaption")
        self.search_caption.setWordWrap(True)
        self.search = line_edit("PersonLookup", max_length=60)
        self.search.setClearButtonEnabled(True)
        self.results = SearchList("PersonResults")
        self.results.search.hide()
        self.results.chosen.connect(lambda _key: self._chosen())
        left.addWidget(self.search_caption)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        body.addLayout(left, 5)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_actions())
        self.pages.addWidget(self._build_erase())
        body.addWidget(self.pages, 5)
        self.keypad = keypad_column(body, [self.search, self.admin_pin])
        outer.addLayout(body, 1)
        self._timer = debounced_search(self.search, self.search_requested.emit)
        self._chosen()

    def _build_actions(self) -> QWidget:
        page = QFrame()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.person_name = heading("SessionTitle")
        self.person_nik = named_label("PersonNik")
        self.person_meta = named_label("SessionMeta")
        self.show_nik = named_button("Secondary")
        self.show_nik.clicked.connect(self._toggle_nik)
        self.export = named_button("Secondary")
        self.export.clicked.connect(lambda: self._emit_for(self.export_requested))
        self.erase = named_button("Danger")
        self.erase.clicked.connect(self._ask_erase)
        self.message = named_label("FieldError")
        self.message.setWordWrap(True)
        for widget in (self.person_name, self.person_nik, self.person_meta, self.show_nik):
            layout.addWidget(widget)
        layout.addWidget(self.export)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.erase)
        return page

    def _build_erase(self) -> QWidget:
        page = QFrame()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.erase_title = heading("SessionTitle")
        self.erase_body = named_label("StepNote")
        self.erase_body.setWordWrap(True)
        self.erase_body.setProperty("size", "small")
        self.admin_user = line_edit("AdminUser", max_length=40)
        self.admin_pin = line_edit("AdminPin", max_length=8)
        self.admin_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_user_field = Field("admin_user", self.admin_user)
        self.admin_pin_field = Field("admin_pin", self.admin_pin)
        self.erase_error = named_label("FieldError")
        self.erase_error.setWordWrap(True)
        row = QHBoxLayout()
        self.erase_cancel = named_button("Secondary")
        self.erase_cancel.clicked.connect(self._cancel_erase)
        self.erase_confirm = named_button("Danger")
        self.erase_confirm.clicked.connect(self._confirm_erase)
        row.addWidget(self.erase_cancel)
        row.addStretch(1)
        row.addWidget(self.erase_confirm)
        for widget in (self.erase_title, self.erase_body, self.admin_user_field):
            layout.addWidget(widget)
        layout.addWidget(self.admin_pin_field)
        layout.addWidget(self.erase_error)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    # -- people ----------------------------------------------------------------------------
    def show_results(self, people: Sequence[ApplicantSummary]) -> None:
        self.reveal.hide()
        self._people = {p.id: p for p in people}
        self.results.set_items(
            [
                (p.id, f"{p.full_name or '—'}\n{p.masked_nik} · {p.birth_date:%d-%m-%Y}")
                for p in people
            ]
        )
        if people:
            self.results.select(people[0].id)
        self._chosen()

    def current(self) -> ApplicantSummary | None:
        return self._people.get(self.results.current_key())

    def _chosen(self) -> None:
        if self.current() is None or self.reveal.applicant_id != self.current_id():
            self.reveal.hide()
        self.pages.setCurrentIndex(0)
        self._show_person()

    def current_id(self) -> str:
        person = self.current()
        return "" if person is None else person.id

    def _show_person(self) -> None:
        person = self.current()
        for button in (self.show_nik, self.export, self.erase):
            button.setEnabled(person is not None)
        if person is None:
            self.person_name.setText(tr("person.pick", self._lang))
            self.person_nik.clear()
            self.person_meta.clear()
            return
        self.person_name.setText(person.full_name or "—")
        full = self.reveal.nik_of(person.id)
        self.person_nik.setText(full or person.masked_nik)
        self.person_meta.setText(f"{person.birth_date:%d-%m-%Y}")
        self.show_nik.setText(tr("person.hide_nik" if full else "person.show_nik", self._lang))

    def _toggle_nik(self) -> None:
        if self.reveal.active:
            self.reveal.hide()
        else:
            self._emit_for(self.reveal_requested)

    def show_nik_of(self, applicant_id: str, nik: str) -> None:
        if applicant_id == self.current_id():
            self.reveal.show(applicant_id, nik)

    def _emit_for(self, signal: object) -> None:
        person = self.current()
        if person is not None:
            signal.emit(person.id)  # type: ignore[attr-defined]

    def show_message(self, message: Message | None, *, ok: bool = False) -> None:
        self._message, self._message_ok = message, ok
        self.message.setObjectName("Seats" if ok else "FieldError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText("" if message is None else tr_msg(message, self._lang))

    # -- erasure ---------------------------------------------------------------------------
    def _ask_erase(self) -> None:
        person = self.current()
        if person is None:
            return
        self.reveal.hide()
        self.admin_user.clear()
        self.admin_pin.clear()
        self.erase_error.clear()
        self.erase_confirm.setEnabled(True)
        self.erase_title.setText(tr("person.erase_title", self._lang, name=person.full_name))
        self.pages.setCurrentIndex(1)
        self.admin_user.setFocus()

    def _cancel_erase(self) -> None:
        self.admin_pin.clear()
        self.pages.setCurrentIndex(0)

    def _confirm_erase(self) -> None:
        person = self.current()
        if person is None:
            return
        pin = self.admin_pin.text()
        self.admin_pin.clear()  # never left on screen, whatever the answer
        self.erase_confirm.setEnabled(False)
        self.erase_requested.emit(person.id, self.admin_user.text(), pin)

    def erase_refused(self, message: Message) -> None:
        self.erase_confirm.setEnabled(True)
        self.erase_error.setText(tr_msg(message, self._lang))

    def erased(self) -> None:
        self.admin_user.clear()
        self.pages.setCurrentIndex(0)

    # -- life cycle ------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self.reveal.hide()  # leaving the screen masks the NIK at once
        super().hideEvent(event)

    def reset(self) -> None:
        self.reveal.hide()
        self._timer.stop()
        self.search.clear()
        self._timer.stop()
        self._people = {}
        self.results.set_items([])
        self.admin_user.clear()
        self.admin_pin.clear()
        self.erase_error.clear()
        self.show_message(None)
        self._chosen()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr("person.title", lang))
        self.search_caption.setText(tr("enrol.search", lang))
        self.export.setText(tr("person.export", lang))
        self.erase.setText(tr("person.erase", lang))
        self.erase_body.setText(tr("person.erase_body", lang))
        self.admin_user_field.retranslate(tr("pin.username", lang))
        self.admin_pin_field.retranslate(tr("pin.pin", lang))
        self.erase_cancel.setText(tr("wizard.cancel", lang))
        self.erase_confirm.setText(tr("person.erase_confirm", lang))
        self.keypad.retranslate(lang)
        person = self.current()
        if person is not None and self.pages.currentIndex() == 1:
            self.erase_title.setText(tr("person.erase_title", lang, name=person.full_name))
        self.show_message(self._message, ok=self._message_ok)
        self._show_person()
