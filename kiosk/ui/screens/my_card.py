""" "Kartu saya": an applicant scans their card or types its number and sees, in plain words,
whether it is valid, their first name and the trainings they are enrolled in. Read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import UserError
from kiosk.services.kiosk import KioskServices
from kiosk.services.my_card import CardLookup
from kiosk.services.people import EnrolledSession
from kiosk.ui import texts_admin  # noqa: F401 - registers the texts of this screen
from kiosk.ui.card_entry import CardEntry
from kiosk.ui.ops import Generation, Operations
from kiosk.ui.screens.trainings import session_labels
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label, wrapped


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
        self.work = Generation(ops, self._failed)  # a look-up started before a reset is dropped
        self.services: KioskServices | None = None
        self.lang = "id"
        self.lookup: CardLookup | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(12)
        self.title = heading("ScreenTitle")
        outer.addWidget(self.title)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        # The window's letter keyboard opens under the number field.
        self.entry = CardEntry(self, "CardNumber", "mycard.prompt")
        self.entry.submitted.connect(self.check)
        self.entry.back_requested.connect(self.home_requested)
        self.pages.addWidget(self.entry)
        self._build_result()

    def _build_result(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.verdict = wrapped("CardVerdict")
        self.hello = wrapped("Welcome")
        self.sessions_title = named_label("FieldCaption")
        self.sessions_note = wrapped("StepNote")
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
        self.work.advance()  # a second card while the first is looked up: the second counts
        self.entry.set_error(None)
        self.entry.set_busy(True)
        self.work.read(lambda: services.my_card.look_up(text), self._found)

    def _found(self, result: CardLookup) -> None:
        self.entry.reset()
        self.lookup = result
        self._fill()
        self.pages.setCurrentWidget(self.result)

    def _failed(self, error: UserError) -> None:
        """A number unknown here, or not a card number (a bug goes to the one reporter)."""
        self.entry.set_busy(False)
        self.pages.setCurrentWidget(self.entry)
        self.entry.set_error(error.message)

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
        self.entry.focus()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(tr("home.card", lang))
        self.entry.retranslate(lang)
        self.again.setText(tr("mycard.again", lang))
        self.done.setText(tr("mycard.done", lang))
        self._fill()

    def reset(self) -> None:
        """Forget the last card: back to the empty entry page (idle timeout, home)."""
        self.work.advance()
        self.entry.reset()
        self.show_entry()
