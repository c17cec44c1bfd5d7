"""Staff sign-in panel (username + PIN on an on-screen keypad) for reprints and admin exit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.i18n import UserError, msg
from kiosk.services.staff import Role, StaffUser
from kiosk.ui.tasks import TaskRunner
from kiosk.ui.touch import Field, NumericKeypad, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

Login = Callable[[str, str], StaffUser]


class StaffPinPanel(QWidget):
    authorised = Signal(object)  # StaffUser
    cancelled = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPanel")
        self._tasks = tasks
        self._login: Login | None = None
        self._role: Role | None = None
        self._lang = "id"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(32)
        form = QVBoxLayout()
        self.title = heading("ScreenTitle")
        self.username = line_edit("Username", max_length=40)
        self.pin = line_edit("Pin", max_length=8)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_field = Field("username", self.username)
        self.pin_field = Field("pin", self.pin)
        self.error = named_label("FieldError")
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        self.cancel = named_button("Secondary")
        self.ok = named_button("Primary")
        self.cancel.clicked.connect(self._cancel)
        self.ok.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        for widget in (self.title, self.user_field, self.pin_field, self.error):
            form.addWidget(widget)
        form.addStretch(1)
        form.addLayout(buttons)
        layout.addLayout(form, 1)
        self.keypad = NumericKeypad()
        self.keypad.follow([self.pin])
        layout.addWidget(self.keypad)
        QWidget.setTabOrder(self.username, self.pin)
        QWidget.setTabOrder(self.pin, self.ok)
        QWidget.setTabOrder(self.ok, self.cancel)

    def start(self, login: Login, role: Role | None = None) -> None:
        self._login = login
        self._role = role
        self.clear()
        self.username.setFocus()

    def clear(self) -> None:
        self.username.clear()
        self.pin.clear()
        self.error.clear()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def _submit(self) -> None:
        login = self._login
        if login is None:
            return
        username, pin = self.username.text(), self.pin.text()
        self.pin.clear()
        self.ok.setEnabled(False)
        self._tasks.run(lambda: login(username, pin), self._done, self._failed)

    def _done(self, user: object) -> None:
        self.ok.setEnabled(True)
        assert isinstance(user, StaffUser)
        if self._role is not None and user.role is not self._role:
            self.error.setText(tr("pin.need_admin", self._lang))
            return
        self.clear()
        self.authorised.emit(user)

    def _failed(self, error: BaseException) -> None:
        self.ok.setEnabled(True)
        message = error.message if isinstance(error, UserError) else msg("staff.login_failed")
        self.error.setText(tr_msg(message, self._lang))

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(tr("pin.title", lang))
        self.user_field.retranslate(tr("pin.username", lang))
        self.pin_field.retranslate(tr("pin.pin", lang))
        self.ok.setText(tr("pin.ok", lang))
        self.cancel.setText(tr("wizard.cancel", lang))
        self.keypad.retranslate(lang)
