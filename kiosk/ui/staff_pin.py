"""The one staff sign-in by touch (tap your name, then the PIN pad), and the panel that asks
for it before a reprint or the admin menu. The staff area's log-in screen uses the same."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import Message, UserError, msg
from kiosk.services.staff import Role, StaffListing, StaffService, StaffUser
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.staff_names import StaffNames
from kiosk.ui.touch import Field, NumericKeypad, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

Login = Callable[[str, str], StaffUser]


class PinSignIn(QWidget):
    """This site's staff as name buttons; a tap on one opens the PIN step with its keypad."""

    submitted = Signal(str, str)  # username, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "id"
        self.account: StaffListing | None = None
        self.steps = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.steps)
        self.names = StaffNames()
        self.names.chosen.connect(self.choose)
        self.steps.addWidget(self.names)
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(32)
        form = QVBoxLayout()
        self.who = heading("StepTitle")
        self.who.setWordWrap(True)
        self.pin = line_edit("Pin", max_length=8)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field = Field("pin", self.pin)
        self.other = named_button("Secondary")
        self.other.clicked.connect(self.show_names)
        self.submit = named_button("Primary")
        self.submit.clicked.connect(self._submit)
        self.pin.returnPressed.connect(self._submit)
        for widget in (self.who, self.pin_field):
            form.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.other)
        row.addStretch(1)
        row.addWidget(self.submit)
        form.addLayout(row)
        form.addStretch(1)
        layout.addLayout(form, 1)
        self.keypad = NumericKeypad(keys=NumericKeypad.DIGITS)
        self.keypad.follow([self.pin])
        side = QVBoxLayout()
        side.addWidget(self.keypad)
        side.addStretch(1)
        layout.addLayout(side)
        self.pin_step = page
        self.steps.addWidget(page)

    @property
    def pad_buttons(self) -> list[QPushButton]:
        return [*self.keypad.buttons.values(), self.keypad.clear_button]

    def set_accounts(self, accounts: Sequence[StaffListing]) -> None:
        self.names.set_accounts(accounts)

    def choose(self, account: StaffListing) -> None:
        self.account = account
        self.pin.clear()
        self.submit.setEnabled(True)
        self.steps.setCurrentWidget(self.pin_step)
        self.retranslate(self._lang)
        self.keypad.target = self.pin
        self.pin.setFocus()

    def show_names(self) -> None:
        self.account = None
        self.pin.clear()
        self.steps.setCurrentWidget(self.names)

    def clear(self) -> None:
        """Forget the name and the PIN: the next person must not see them."""
        self.show_names()
        self.names.clear()
        self.submit.setEnabled(True)

    def refused(self) -> None:
        """The PIN was not accepted: type it again."""
        self.pin.clear()
        self.submit.setEnabled(True)

    def _submit(self) -> None:
        account = self.account
        if account is None or not self.submit.isEnabled():
            return
        pin = self.pin.text()
        self.pin.clear()
        self.submit.setEnabled(False)
        self.submitted.emit(account.username, pin)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        name = self.account.display_name if self.account else ""
        self.who.setText(tr("signin.hello", lang, name=name))
        self.pin_field.retranslate(tr("pin.pin", lang))
        self.submit.setText(tr("pin.ok", lang))
        self.other.setText(tr("signin.other", lang))
        self.keypad.retranslate(lang)
        self.names.retranslate(lang)


class StaffPinPanel(QWidget):
    """Asks a member of this site's staff to sign in (for a reprint, or the admin menu)."""

    authorised = Signal(StaffUser)
    cancelled = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PinPanel")
        self._ops = ops
        self._login: Login | None = None
        self._role: Role | None = None
        self._lang = "id"
        self._error: Message | None = None  # kept as a message: it follows a language switch
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(12)
        self.title = heading("ScreenTitle")
        outer.addWidget(self.title)
        self.sign_in = PinSignIn()
        self.sign_in.submitted.connect(self._submit)
        outer.addWidget(self.sign_in, 1)
        self.names = self.sign_in.names
        self.pin = self.sign_in.pin
        self.ok = self.sign_in.submit
        self.keypad = self.sign_in.keypad
        self.error = named_label("FieldError")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        buttons = QHBoxLayout()
        self.cancel = named_button("Secondary")
        self.cancel.clicked.connect(self._cancel)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        outer.addLayout(buttons)

    @property
    def account(self) -> StaffListing | None:
        return self.sign_in.account

    def start(self, staff: StaffService, role: Role | None = None) -> None:
        """Ask for a member of this site's staff (of ``role``, when given) to sign in."""
        self._login = staff.login
        self._role = role
        self.clear()
        self._ops.read(lambda: staff.sign_in_names(role), self.sign_in.set_accounts)

    def choose(self, account: StaffListing) -> None:
        self._say(None)
        self.sign_in.choose(account)

    def clear(self) -> None:
        self.sign_in.clear()
        self._say(None)

    def _say(self, error: Message | None) -> None:
        self._error = error
        self.error.setText("" if error is None else tr_msg(error, self._lang))

    def reset(self) -> None:
        self.clear()

    def _cancel(self) -> None:
        self.clear()
        self.cancelled.emit()

    def _submit(self, username: str, pin: str) -> None:
        login = self._login
        if login is None:
            return
        self._ops.write(lambda: login(username, pin), Topic.AUDIT, self._done, failure=self._failed)

    def _done(self, user: StaffUser) -> None:
        self.sign_in.refused()  # ready again, whatever follows
        if self._role is not None and user.role is not self._role:
            self._say(msg("pin.need_admin"))
            return
        self.clear()
        self.authorised.emit(user)

    def _failed(self, error: UserError) -> None:
        self.sign_in.refused()
        self._say(error.message)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(tr("pin.title", lang))
        self.cancel.setText(tr("wizard.cancel", lang))
        self.sign_in.retranslate(lang)
        self._say(self._error)
