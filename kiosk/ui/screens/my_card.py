""" "Kartu saya": an applicant scans their card or types its number and sees, in plain words,
whether it is valid, their first name and the trainings they are enrolled in. Read-only."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import Message, UserError
from kiosk.services.kiosk import KioskServices
from kiosk.services.my_card import CardLookup
from kiosk.services.people import EnrolledSession
from kiosk.ui import texts_admin  # noqa: F401 - registers the texts of this screen
from kiosk.ui.ops import Operations
from kiosk.ui.scanner import ScannerInput
from kiosk.ui.screens.trainings import session_labels
from kiosk.ui.touch import Field, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label


def _wrapped(name: str) -> QLabel:
    label = named_label(name)
    label.setWordWrap(True)
    return label


class EnrolledCard(QFrame):
    def __init__(self, session: EnrolledSession, lang: str) -> None:
        super().__init__()
        self.setObjectName("SessionCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        title, meta = session_labels(session, lang)
        layout.addWidget(title)
        layout.addWidget(meta)


class MyCardScreen(QWidget):
    home_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MyCardScreen")
        self.ops = ops
        self.services: KioskServices | None = None
        self.lang = "id"
        self.lookup: CardLookup | None = None
        self._error: Message | None = None  # kept as a message: a language switch retranslates
        self._generation = 0  # results of a look-up started before a reset are dropped
        self.scanner = ScannerInput(self)
        self.scanner.scanned.connect(self.check)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(12)
        self.title = heading("ScreenTitle")
        outer.addWidget(self.title)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self._build_entry()
        self._build_result()

    def _build_entry(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.prompt = _wrapped("StepNote")
        self.number = line_edit("CardNumber", max_length=24)
        self.number.setPlaceholderText("ABCD-EFGH-IJKL-MNOP")
        self.number_field = Field("card_number", self.number)
        self.number.returnPressed.connect(lambda: self.check(self.number.text()))
        self.submit = named_button("Primary")
        self.submit.clicked.connect(lambda: self.check(self.number.text()))
        row = QHBoxLayout()
        row.addWidget(self.number_field, 1)
        row.addWidget(self.submit)
        # The window's letter keyboard opens under the number field (see showEvent).
        self.cancel = named_button("Secondary")
        self.cancel.clicked.connect(self.home_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel)
        bottom.addStretch(1)
        column.addWidget(self.prompt)
        column.addLayout(row)
        column.addStretch(1)
        column.addLayout(bottom)
        self.entry = page
        self.pages.addWidget(page)

    def _build_result(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.verdict = _wrapped("CardVerdict")
        self.hello = named_label("Welcome")
        self.hello.setWordWrap(True)
        self.sessions_title = named_label("FieldCaption")
        self.sessions_note = _wrapped("StepNote")
        self.sessions_box = QWidget()
        self.sessions_box.setObjectName("PageScroll")
        self.sessions_layout = QVBoxLayout(self.sessions_box)
        self.sessions_layout.setContentsMargins(0, 0, 2, 0)  # room for the cards' right border
        self.sessions_layout.setSpacing(10)
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.sessions_box)
        self.again = named_button("Secondary")
        self.again.clicked.connect(self.show_entry)
        self.done = named_button("Primary")
        self.done.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        buttons.addWidget(self.done)
        for widget in (self.verdict, self.hello, self.sessions_title, self.sessions_note):
            column.addWidget(widget)
        column.addWidget(scroll, 1)
        column.addLayout(buttons)
        self.result = page
        self.pages.addWidget(page)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def check(self, text: str) -> None:
        """Look a scanned payload or typed number up off the GUI thread."""
        services = self.services
        if services is None or not text.strip():
            return
        self._generation += 1
        generation = self._generation
        self._show_error(None)
        self.submit.setEnabled(False)
        self.submit.setText(tr("mycard.checking", self.lang))
        self.ops.read(
            lambda: services.my_card.look_up(text),
            lambda result: self._found(generation, result),
            failure=lambda error: self._failed(generation, error),
        )

    def _found(self, generation: int, result: CardLookup) -> None:
        if generation != self._generation:
            return
        self._ready()
        self.lookup = result
        self.number.clear()
        self._fill()
        self.pages.setCurrentWidget(self.result)

    def _failed(self, generation: int, error: UserError) -> None:
        """A number unknown here, or not a card number (a bug goes to the one reporter)."""
        if generation != self._generation:
            return
        self._ready()
        self.pages.setCurrentWidget(self.entry)
        self._show_error(error.message)

    def _show_error(self, error: Message | None) -> None:
        self._error = error
        self.number_field.set_error(None if error is None else tr_msg(error, self.lang))

    def _ready(self) -> None:
        self.submit.setEnabled(True)
        self.submit.setText(tr("mycard.check", self.lang))

    def _fill(self) -> None:
        lang, lookup = self.lang, self.lookup
        while self.sessions_layout.count():
            item = self.sessions_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if lookup is None:
            for label in (self.verdict, self.hello, self.sessions_title, self.sessions_note):
                label.clear()
            return
        verification = lookup.verification
        self.verdict.setText(tr_msg(verification.reason, lang))
        self.verdict.setProperty("valid", verification.valid)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        holder = lookup.holder
        self.hello.setText(tr("mycard.hello", lang, name=holder.first_name) if holder else "")
        self.hello.setVisible(bool(holder and holder.first_name))
        if holder is None:
            self.sessions_title.hide()
            show_unknown = verification.card_id is not None and verification.valid
            self.sessions_note.setText(tr("mycard.holder_unknown", lang) if show_unknown else "")
            self.sessions_note.setVisible(show_unknown)
            self.sessions_layout.addStretch(1)
            return
        self.sessions_title.show()
        self.sessions_title.setText(tr("mycard.sessions", lang))
        self.sessions_note.setText(tr("mycard.no_sessions", lang))
        self.sessions_note.setVisible(not holder.sessions)
        for session in holder.sessions:
            self.sessions_layout.addWidget(EnrolledCard(session, lang))
        self.sessions_layout.addStretch(1)

    def show_entry(self) -> None:
        self.lookup = None
        self._fill()
        self.pages.setCurrentWidget(self.entry)
        self.number.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        self.scanner.start()  # a card shown to the scanner works whatever has the focus
        super().showEvent(event)
        # Once the window has switched to this screen: the keyboard opens for the number.
        QTimer.singleShot(0, self._focus_number)

    def _focus_number(self) -> None:
        if self.isVisible() and self.pages.currentWidget() is self.entry:
            self.number.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.scanner.stop()
        super().hideEvent(event)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(tr("home.card", lang))
        self.prompt.setText(tr("mycard.prompt", lang))
        self.number_field.retranslate(tr("mycard.number", lang))
        self._ready()
        self._show_error(self._error)
        self.cancel.setText("‹ " + tr("common.back", lang))
        self.again.setText(tr("mycard.again", lang))
        self.done.setText(tr("mycard.done", lang))
        self._fill()

    def reset(self) -> None:
        """Forget the last card: back to the empty entry page (idle timeout, home)."""
        self._generation += 1
        self._ready()
        self.number.clear()
        self._show_error(None)
        self.show_entry()
