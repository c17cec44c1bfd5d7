"""Staff sign-in panel for reprints and the admin menu: tap your name, then the PIN pad."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.i18n import UserError, msg
from kiosk.services.staff import Role, StaffListing, StaffService, StaffUser
from kiosk.ui.staff_names import StaffNames
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
        self.account: StaffListing | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(12)
        self.title = heading("ScreenTitle")
        outer.addWidget(self.title)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)
        self.names = StaffNames()
        self.names.chosen.connect(self.choose)
        self.steps.addWidget(self.names)
        pin_step = QWidget()
        layout = QHBoxLayout(pin_step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        form = QVBoxLayout()
        self.who = heading("StepTitle")
        self.pin = line_edit("Pin", max_length=8)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field = Field("pin", self.pin)
        self.other = named_button("Secondary")
        self.other.clicked.connect(self.show_names)
        self.ok = named_button("Primary")
        self.ok.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        for widget in (self.who, self.pin_field):
            form.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(self.ok)
        form.addLayout(row)
        form.addStretch(1)
        layout.addLayout(form, 1)
        self.keypad = NumericKeypad()
        self.keypad.follow([self.pin])
        side = QVBoxLayout()
        side.addWidget(self.keypad)
        side.addStretch(1)
        layout.addLayout(side)
        self.pin_step = pin_step
        self.steps.addWidget(pin_step)
        self.error = named_label("FieldError")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.cancel = named_button("Secondary")
        self.cancel.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    def start(self, staff: StaffService, role: Role | None = None) -> None:
        """Ask for a member of this site's staff (of ``role``, when given) to sign in."""
        self._login = staff.login
        self._role = role
        self.clear()
        self._tasks.run(lambda: staff.sign_in_names(role), self.names.set_accounts)

    def choose(self, account: StaffListing) -> None:
        self.account = account
        self.pin.clear()
        self.error.clear()
        self.steps.setCurrentWidget(self.pin_step)
        self.retranslate(self._lang)
        self.keypad.target = self.pin
        self.pin.setFocus()

    def show_names(self) -> None:
        self.account = None
        self.pin.clear()
        self.steps.setCurrentWidget(self.names)

    def clear(self) -> None:
        self.show_names()
        self.names.clear()
        self.error.clear()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def _submit(self) -> None:
        login, account = self._login, self.account
        if login is None or account is None:
            return
        username, pin = account.username, self.pin.text()
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
        name = self.account.display_name if self.account else ""
        self.who.setText(tr("signin.hello", lang, name=name))
        self.pin_field.retranslate(tr("pin.pin", lang))
        self.ok.setText(tr("pin.ok", lang))
        self.other.setText(tr("signin.other", lang))
        self.cancel.setText(tr("wizard.cancel", lang))
        self.keypad.retranslate(lang)
        self.names.retranslate(lang)
