"""Staff log-in by touch: tap your name among this site's staff, then type the PIN on the pad."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import render
from kiosk.services.staff import StaffListing
from kiosk.ui import texts_staff  # noqa: F401 - registers the staff texts
from kiosk.ui.staff_names import StaffNames
from kiosk.ui.touch import mark_numeric
from kiosk.ui.widgets import named_label


class StaffLoginScreen(QWidget):
    back_requested = Signal()
    login_requested = Signal(str, str)  # username, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffLoginScreen")
        self._lang = "id"
        self.account: StaffListing | None = None
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
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)
        self.names = StaffNames()
        self.names.chosen.connect(self.choose)
        self.steps.addWidget(self.names)
        self.steps.addWidget(self._pin_step())

    def _pin_step(self) -> QWidget:
        page = QWidget()
        body = QHBoxLayout(page)
        body.setContentsMargins(0, 0, 0, 0)
        form = QVBoxLayout()
        self.who = named_label("ScreenTitle")
        self.who.setWordWrap(True)
        self.pin_label = named_label("FieldLabel")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setMinimumHeight(52)
        mark_numeric(self.pin)
        self.pin.returnPressed.connect(self._submit)
        self.submit = QPushButton()
        self.submit.setObjectName("PrimaryButton")
        self.submit.clicked.connect(self._submit)
        self.other = QPushButton()
        self.other.clicked.connect(self.show_names)
        for widget in (self.who, self.pin_label, self.pin):
            form.addWidget(widget)
        form.addSpacing(12)
        form.addWidget(self.submit)
        form.addWidget(self.other)
        form.addStretch(1)
        body.addLayout(form, 1)
        body.addSpacing(32)
        pad = QGridLayout()
        pad.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "C"]
        self.pad_buttons: list[QPushButton] = []
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName("PadKey")
            button.setMinimumSize(88, 72)
            button.clicked.connect(lambda _=False, k=key: self._pad(k))
            pad.addWidget(button, index // 3, index % 3)
            self.pad_buttons.append(button)
        pad.setRowStretch(4, 1)
        body.addLayout(pad)
        self.pin_step = page
        return page

    def set_names(self, accounts: Sequence[StaffListing]) -> None:
        self.names.set_accounts(accounts)

    def choose(self, account: StaffListing) -> None:
        self.account = account
        self.pin.clear()
        self.message.hide()
        self.steps.setCurrentWidget(self.pin_step)
        self.retranslate(self._lang)
        self.pin.setFocus()

    def show_names(self) -> None:
        self.account = None
        self.pin.clear()
        self.steps.setCurrentWidget(self.names)

    def _back(self) -> None:
        if self.account is not None:
            self.show_names()
        else:
            self.back_requested.emit()

    def _pad(self, key: str) -> None:
        if key == "⌫":
            self.pin.backspace()
        elif key == "C":
            self.pin.clear()
        else:
            self.pin.insert(key)

    def _submit(self) -> None:
        if self.account is None:
            return
        self.submit.setEnabled(False)
        self.login_requested.emit(self.account.username, self.pin.text())

    def show_message(self, text: str) -> None:
        self.submit.setEnabled(True)
        self.pin.clear()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + render("common.back", lang))
        self.title.setText(render("staff.login.title", lang))
        name = self.account.display_name if self.account else ""
        self.who.setText(render("signin.hello", lang, name=name))
        self.pin_label.setText(render("staff.login.pin", lang))
        self.submit.setText(render("staff.login.submit", lang))
        self.other.setText(render("signin.other", lang))
        self.names.retranslate(lang)

    def reset(self) -> None:
        """Forget everything typed: the next person must not see it."""
        self.show_names()
        self.message.hide()
        self.submit.setEnabled(True)
