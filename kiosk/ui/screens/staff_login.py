"""Staff log-in by touch: tap your name among this site's staff, then type the PIN on the pad
(the one PIN sign-in, kiosk.ui.staff_pin.PinSignIn)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.i18n import Message, render
from kiosk.services.staff import StaffListing
from kiosk.ui import texts_staff  # noqa: F401 - registers the staff texts
from kiosk.ui.staff_pin import PinSignIn
from kiosk.ui.widgets import named_label


class StaffLoginScreen(QWidget):
    back_requested = Signal()
    login_requested = Signal(str, str)  # username, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffLoginScreen")
        self._lang = "id"
        self._message: Message | None = None  # kept as a message: it follows a language switch
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self._back)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(16)
        header.addWidget(self.title, 1)
        outer.addLayout(header)
        self.message = named_label("Notice")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)
        self.sign_in = PinSignIn()
        self.sign_in.submitted.connect(self.login_requested)
        self.sign_in.names.chosen.connect(lambda _account: self.show_message(None))
        outer.addWidget(self.sign_in, 1)
        # The parts a finger (and a test) reaches: the names, the PIN field, its pad, "OK".
        self.names = self.sign_in.names
        self.pin = self.sign_in.pin
        self.submit = self.sign_in.submit

    @property
    def account(self) -> StaffListing | None:
        return self.sign_in.account

    @property
    def pad_buttons(self) -> list[QPushButton]:
        return self.sign_in.pad_buttons

    def set_names(self, accounts: Sequence[StaffListing]) -> None:
        self.sign_in.set_accounts(accounts)

    def choose(self, account: StaffListing) -> None:
        self.show_message(None)
        self.sign_in.choose(account)

    def show_names(self) -> None:
        self.sign_in.show_names()

    def _back(self) -> None:
        if self.account is not None:
            self.show_names()
        else:
            self.back_requested.emit()

    def show_message(self, message: Message | None) -> None:
        """Why the sign-in did not go through (or why staff were signed out); None hides it."""
        self._message = message
        if message is not None:
            self.sign_in.refused()
        self.message.setText("" if message is None else message.render(self._lang))
        self.message.setVisible(message is not None)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.title.setText(render("staff.login.title", lang))
        self.sign_in.retranslate(lang)
        self.show_message(self._message)

    def reset(self) -> None:
        """Forget everything typed: the next person must not see it."""
        self.show_names()
        self.show_message(None)
        self.sign_in.refused()
