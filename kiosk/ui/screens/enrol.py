"""Enrol registered applicants into a session: pick the session, search a person by name, card
number or masked NIK, tap to enrol; the catalogue's refusal is shown as it is."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import Message, msg
from kiosk.services.catalogue import SessionSummary
from kiosk.services.people import ApplicantSummary
from kiosk.ui import texts_staff_tools  # noqa: F401 - registers the texts
from kiosk.ui.touch import SearchList, back_header, debounced_search, keypad_column, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label, set_look


def session_line(session: SessionSummary) -> str:
    return (
        f"{session.program_title} — {session.provider}\n{session.location} · "
        f"{session.start_date:%d-%m-%Y} – {session.end_date:%d-%m-%Y}"
    )


class EnrolScreen(QWidget):
    back_requested = Signal()
    search_requested = Signal(str)
    enrol_requested = Signal(str, str)  # session id, applicant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolScreen")
        self._lang = "id"
        self._sessions: dict[str, SessionSummary] = {}
        self._people: dict[str, ApplicantSummary] = {}
        self._message: Message | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        outer.addLayout(header)
        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        self.sessions_caption = named_label("FieldCaption")
        self.sessions = SearchList("Sessions")
        self.sessions.chosen.connect(self._session_chosen)
        self.seats = named_label("Seats")
        left.addWidget(self.sessions_caption)
        left.addWidget(self.sessions, 1)
        left.addWidget(self.seats)
        body.addLayout(left, 5)
        middle = QVBoxLayout()
        self.search = line_edit("PersonSearch", max_length=60)
        self.search.setClearButtonEnabled(True)
        self.search_caption = named_label("FieldCaption")
        self.search_caption.setWordWrap(True)
        self.results = SearchList("People")
        self.results.search.hide()  # the service searches; the list only shows its answer
        self.results.chosen.connect(lambda _key: self._update_button())
        self.message = named_label("FieldError")
        self.message.setWordWrap(True)
        self.submit = named_button("Primary")
        self.submit.clicked.connect(self._submit)
        middle.addWidget(self.search_caption)
        middle.addWidget(self.search)
        middle.addWidget(self.results, 1)
        middle.addWidget(self.message)
        middle.addWidget(self.submit)
        body.addLayout(middle, 6)
        self.keypad = keypad_column(body, [self.search])
        outer.addLayout(body, 1)
        self._timer = debounced_search(self.search, self.search_requested.emit)
        self._update_button()

    def set_sessions(self, sessions: Sequence[SessionSummary], select: str = "") -> None:
        self._sessions = {s.id: s for s in sessions}
        self.sessions.set_items([(s.id, session_line(s)) for s in sessions])
        if select:
            self.sessions.select(select)
        elif sessions:
            self.sessions.select(sessions[0].id)
        self._session_chosen(self.sessions.current_key())

    def session_updated(self, session: SessionSummary) -> None:
        self._sessions[session.id] = session
        self._session_chosen(session.id)

    def current_session(self) -> SessionSummary | None:
        return self._sessions.get(self.sessions.current_key())

    def _session_chosen(self, _key: str) -> None:
        session = self.current_session()
        self.seats.setText(
            ""
            if session is None
            else tr("enrol.seats", self._lang, enrolled=session.enrolled, capacity=session.capacity)
        )
        set_look(self.seats, "full", "true" if session is not None and session.full else "false")
        self._update_button()

    def show_results(self, people: Sequence[ApplicantSummary]) -> None:
        self._people = {p.id: p for p in people}
        self.results.set_items(
            [(p.id, f"{p.full_name}\n{p.masked_nik} · {p.birth_date:%d-%m-%Y}") for p in people]
        )
        if people:
            self.results.select(people[0].id)
        self.show_message(
            msg("enrol.none") if not people and len(self.search.text()) >= 2 else None
        )
        self._update_button()

    def _update_button(self) -> None:
        self.submit.setEnabled(bool(self.current_session() and self.results.current_key()))

    def _submit(self) -> None:
        session, person = self.current_session(), self.results.current_key()
        if session is not None and person:
            self.submit.setEnabled(False)
            self.enrol_requested.emit(session.id, person)

    def person(self, applicant_id: str) -> ApplicantSummary | None:
        return self._people.get(applicant_id)

    def show_message(self, message: Message | None, *, ok: bool = False) -> None:
        """A refusal (red) or a confirmation (green) under the list; kept across languages."""
        self._message = message
        self.message.setObjectName("Seats" if ok else "FieldError")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText("" if message is None else tr_msg(message, self._lang))
        self._update_button()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr("enrol.title", lang))
        self.sessions_caption.setText(tr("enrol.sessions", lang))
        self.sessions.search.setPlaceholderText(tr("enrol.session_search", lang))
        self.search_caption.setText(tr("enrol.search", lang))
        self.submit.setText(tr("enrol.submit", lang))
        self.keypad.retranslate(lang)
        self._session_chosen("")
        if self._message is not None:
            self.message.setText(tr_msg(self._message, lang))

    def reset(self) -> None:
        self._timer.stop()
        self.search.clear()
        self._timer.stop()  # clearing is not a search
        self.results.set_items([])
        self._people = {}
        self.show_message(None)
        self.sessions.clear()
        self._update_button()
