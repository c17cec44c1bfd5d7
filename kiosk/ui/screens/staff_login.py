"""Staff log-in: username and PIN with an on-screen number pad for touch-only kiosks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.i18n import render
from kiosk.ui import texts_staff  # noqa: F401 - registers the staff texts
from kiosk.ui.widgets import named_label


class StaffLoginScreen(QWidget):
    back_requested = Signal()
    login_requested = Signal(str, str)  # username, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffLoginScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(16)
        header.addWidget(self.title, 1)
        outer.addLayout(header)
        body = QHBoxLayout()
        form = QVBoxLayout()
        self.username_label = named_label("FieldLabel")
        self.username = QLineEdit()
        self.pin_label = named_label("FieldLabel")
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        for field in (self.username, self.pin):
            field.setMinimumHeight(52)
        self.pin.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.pin.setFocus)
        self.message = named_label("Notice")
        self.message.setWordWrap(True)
        self.message.hide()
        self.submit = QPushButton()
        self.submit.setObjectName("PrimaryButton")
        self.submit.clicked.connect(self._submit)
        for widget in (self.username_label, self.username, self.pin_label, self.pin, self.message):
            form.addWidget(widget)
        form.addSpacing(12)
        form.addWidget(self.submit)
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
        body.addLayout(pad)
        outer.addLayout(body, 1)

    def _pad(self, key: str) -> None:
        if key == "⌫":
            self.pin.backspace()
        elif key == "C":
            self.pin.clear()
        else:
            self.pin.insert(key)

    def _submit(self) -> None:
        self.submit.setEnabled(False)
        self.login_requested.emit(self.username.text(), self.pin.text())

    def show_message(self, text: str) -> None:
        self.submit.setEnabled(True)
        self.pin.clear()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate(self, lang: str) -> None:
        self.back.setText("‹ " + render("common.back", lang))
        self.title.setText(render("staff.login.title", lang))
        self.username_label.setText(render("staff.login.username", lang))
        self.pin_label.setText(render("staff.login.pin", lang))
        self.submit.setText(render("staff.login.submit", lang))

    def reset(self) -> None:
        """Forget everything typed: the next person must not see it."""
        self.username.clear()
        self.pin.clear()
        self.message.hide()
        self.submit.setEnabled(True)
