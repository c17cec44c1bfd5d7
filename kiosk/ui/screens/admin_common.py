"""What every admin page shares: a back button, a title, a body and a line for the outcome."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import UserError
from kiosk.ui import texts_admin  # noqa: F401 - registers the admin texts
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, wrapped


class AdminPage(QWidget):
    back_requested = Signal()
    title_code = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminPage")
        self.lang = "id"
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 16, 40, 16)
        column.setSpacing(12)
        header = QHBoxLayout()
        self.back = named_button("Secondary")
        self.back.clicked.connect(self.back_requested)
        self.title = heading("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(16)
        header.addWidget(self.title, 1)
        column.addLayout(header)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        column.addLayout(self.body, 1)
        self.outcome = wrapped("Outcome")
        self.outcome.hide()
        column.addWidget(self.outcome)

    def shown(self) -> None:
        """Called each time the admin opens the page: load fresh figures."""

    def say(self, text: str, *, error: bool = False) -> None:
        self.outcome.setText(text)
        self.outcome.setProperty("error", error)
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.setVisible(bool(text))

    def say_error(self, error: UserError) -> None:
        """A problem the admin can act on, in plain words (a bug goes to the window's one
        error reporter, never here)."""
        self.say(tr_msg(error.message, self.lang), error=True)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr(self.title_code, lang))

    def reset(self) -> None:
        self.say("")
