"""Staff accounts for admins: the list with disable, and a new account (PIN typed twice on the
keypad). The staff service decides; refusals are shown under the field they concern."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.i18n import Message, msg
from kiosk.services.staff import Role, StaffListing
from kiosk.ui.texts_staff_tools import ROLE_TEXT
from kiosk.ui.touch import (
    ChoiceButtons,
    Field,
    NumericKeypad,
    SearchList,
    back_header,
    heading,
    line_edit,
)
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

# Which field a refusal of the staff service is about; anything else goes under the list.
FIELD_OF = {
    "staff.username_invalid": "username",
    "staff.username_taken": "username",
    "staff.name_required": "name",
    "staff.role_invalid": "role",
    "staff.pin_format": "pin",
    "staff.pin_weak": "pin",
    "staff.pin_mismatch": "pin_again",
}


class StaffAccountsScreen(QWidget):
    back_requested = Signal()
    create_requested = Signal(str, str, str, str, str)  # username, name, role, PIN, PIN again
    disable_requested = Signal(str)  # staff id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsScreen")
        self._lang = "id"
        self._accounts: list[StaffListing] = []
        self._list_message: Message | None = None
        self._list_ok = False
        self._errors: dict[str, Message] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 16, 32, 16)
        header, self.back, self.title = back_header(self.back_requested.emit)
        outer.addLayout(header)
        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        self.accounts = SearchList("Accounts")
        self.accounts.search.hide()  # a kiosk has a handful of accounts
        self.accounts.chosen.connect(lambda _key: self._update_buttons())
        self.list_message = named_label("FieldError")
        self.list_message.setWordWrap(True)
        self.disable = named_button("Danger")
        self.disable.clicked.connect(self._disable)
        left.addWidget(self.accounts, 1)
        left.addWidget(self.list_message)
        left.addWidget(self.disable)
        body.addLayout(left, 5)
        form = QVBoxLayout()
        form.setSpacing(4)
        self.form_title = heading("SessionTitle")
        form.addWidget(self.form_title)
        self.username = line_edit("NewUsername", max_length=40)
        self.name = line_edit("NewName", max_length=80)
        self.role = ChoiceButtons(tuple(r.value for r in Role), columns=3)
        self.role.set_value(Role.STAFF.value)
        self.pin = line_edit("NewPin", max_length=8)
        self.pin_again = line_edit("NewPinAgain", max_length=8)
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.fields = {
            "username": Field("username", self.username),
            "name": Field("name", self.name),
            "role": Field("role", self.role),
        }
        for field in self.fields.values():
            form.addWidget(field)
        pins = QHBoxLayout()
        for name, edit in (("pin", self.pin), ("pin_again", self.pin_again)):
            self.fields[name] = Field(name, edit)
            pins.addWidget(self.fields[name], 1, Qt.AlignmentFlag.AlignTop)
        form.addLayout(pins)
        # One line under both PIN fields: a long reason does not fit under half a column.
        self.pin_error = named_label("FieldError")
        self.pin_error.setWordWrap(True)
        self.pin_error.hide()
        form.addWidget(self.pin_error)
        form.addStretch(1)
        body.addLayout(form, 5)
        # The button sits under the keypad: at 768 px high the form column has no room left.
        side = QVBoxLayout()
        self.keypad = NumericKeypad()
        self.keypad.follow([self.pin, self.pin_again])
        side.addWidget(self.keypad)
        side.addStretch(1)
        self.create_button = named_button("Primary")
        self.create_button.clicked.connect(self._create)
        side.addWidget(self.create_button)
        body.addLayout(side)
        outer.addLayout(body, 1)
        self._update_buttons()

    def set_accounts(self, accounts: Sequence[StaffListing]) -> None:
        self._accounts = list(accounts)
        self._fill()

    def account(self, staff_id: str) -> StaffListing | None:
        return next((a for a in self._accounts if a.id == staff_id), None)

    def _fill(self) -> None:
        lang = self._lang
        keep = self.accounts.current_key()
        rows = []
        for account in self._accounts:
            line = tr(
                "accounts.row",
                lang,
                name=account.display_name,
                username=account.username,
                role=tr(ROLE_TEXT[account.role], lang),
            )
            if not account.active:
                line += f" · {tr('accounts.inactive', lang)}"
            rows.append((account.id, line))
        self.accounts.set_items(rows)
        for account in self._accounts:
            item = self.accounts.item_for(account.id)
            if item is not None and not account.active:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        if keep:
            self.accounts.select(keep)
        self._update_buttons()

    def _selected(self) -> StaffListing | None:
        return self.account(self.accounts.current_key())

    def _update_buttons(self) -> None:
        account = self._selected()
        self.disable.setEnabled(account is not None and account.active)

    def _disable(self) -> None:
        account = self._selected()
        if account is not None:
            self.disable.setEnabled(False)
            self.disable_requested.emit(account.id)

    def _create(self) -> None:
        self.create_button.setEnabled(False)
        pin, again = self.pin.text(), self.pin_again.text()
        self.pin.clear()
        self.pin_again.clear()
        self.create_requested.emit(
            self.username.text(), self.name.text(), self.role.value(), pin, again
        )

    def show_list_message(self, message: Message | None, *, ok: bool = False) -> None:
        self._list_message, self._list_ok = message, ok
        self.list_message.setObjectName("Seats" if ok else "FieldError")
        self.list_message.style().unpolish(self.list_message)
        self.list_message.style().polish(self.list_message)
        self.list_message.setText("" if message is None else tr_msg(message, self._lang))
        self._update_buttons()

    def show_refusal(self, message: Message) -> None:
        """A refusal of the staff service: under its field, or under the list."""
        self.create_button.setEnabled(True)
        field = FIELD_OF.get(message.code)
        if field is None:
            self.show_errors({})
            self.show_list_message(message)
        else:
            self.show_errors({field: message})

    def show_errors(self, errors: dict[str, Message]) -> None:
        self._errors = dict(errors)
        for name, field in self.fields.items():
            message = errors.get(name)
            field.set_error(None if message is None else tr_msg(message, self._lang))
        pin_texts = [self.fields[n].error.text() for n in ("pin", "pin_again") if n in errors]
        for name in ("pin", "pin_again"):
            self.fields[name].error.hide()
        self.pin_error.setText(" ".join(pin_texts))
        self.pin_error.setVisible(bool(pin_texts))

    def created(self, username: str) -> None:
        self.create_button.setEnabled(True)
        self.clear_form()
        self.show_list_message(msg("accounts.created", username=username), ok=True)

    def clear_form(self) -> None:
        for edit in (self.username, self.name, self.pin, self.pin_again):
            edit.clear()
        self.role.set_value(Role.STAFF.value)
        self.show_errors({})

    def reset(self) -> None:
        self.clear_form()
        self._accounts = []
        self.accounts.set_items([])
        self.show_list_message(None)
        self.create_button.setEnabled(True)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr("accounts.title", lang))
        self.form_title.setText(tr("accounts.new", lang))
        self.disable.setText(tr("accounts.disable", lang))
        self.create_button.setText(tr("accounts.create", lang))
        captions = {
            "username": "accounts.username",
            "name": "accounts.name",
            "role": "accounts.role",
            "pin": "accounts.pin",
            "pin_again": "accounts.pin_again",
        }
        for name, code in captions.items():
            self.fields[name].retranslate(tr(code, lang))
        self.role.set_labels({r.value: tr(ROLE_TEXT[r], lang) for r in Role})
        self.keypad.retranslate(lang)
        self.show_errors(self._errors)
        self.show_list_message(self._list_message, ok=self._list_ok)
        self._fill()
