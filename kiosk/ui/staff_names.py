"""Staff sign in by touch: the names of this site's staff as large buttons; after a tap, the
PIN pad (see the log-in screens that use it). Nobody types a user name on a kiosk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.staff import StaffListing
from kiosk.ui import texts_staff  # noqa: F401 - registers the sign-in texts
from kiosk.ui.touch import kinetic
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label

COLUMNS = 3
NAME_HEIGHT = 72  # px: a name is a large target, well above the 48 px minimum


class StaffNames(QWidget):
    chosen = Signal(StaffListing)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = "id"
        self._accounts: list[StaffListing] = []
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.prompt = named_label("StepNote")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.box = QWidget()
        self.box.setObjectName("PageScroll")
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.box)
        kinetic(scroll)
        layout.addWidget(scroll, 1)
        self.buttons: dict[str, QPushButton] = {}  # by username
        self.empty: QLabel = named_label("Notice")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)

    def set_accounts(self, accounts: Sequence[StaffListing]) -> None:
        self._accounts = list(accounts)
        self._loaded = True
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for index, account in enumerate(self._accounts):
            button = named_button("StaffName", account.display_name)
            button.setMinimumHeight(NAME_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(account.display_name)
            button.clicked.connect(lambda _=False, a=account: self.chosen.emit(a))
            self.grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            button.show()  # at once, not after the next turn of the event loop
            self.buttons[account.username] = button
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(len(self._accounts) // COLUMNS + 1, 1)
        self.retranslate(self._lang)

    def clear(self) -> None:
        self.set_accounts([])
        self._loaded = False

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.prompt.setText(tr("signin.choose", lang))
        self.empty.setText(tr("signin.nobody", lang))
        self.empty.setVisible(self._loaded and not self._accounts)
