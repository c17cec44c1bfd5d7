"""An on-screen keyboard for addresses and codes (letters, digits, URL punctuation).

Like the numeric keypad it never takes the focus: it types into whichever followed field
last had it, so a kiosk without a physical keyboard can still be paired with its server.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.touch import FieldKeys
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm.:/")
KEY_SIZE = (52, 48)  # px: above the 44 px touch minimum, ten keys fit 1024 px easily


class TextKeypad(FieldKeys):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for row, letters in enumerate(ROWS):
            for column, key in enumerate(letters):
                grid.addWidget(self._key(key, key), row, column)
        self.space = self._key("_", "_")
        self.backspace = self._key("⌫", "⌫")
        self.clear_button = self._key("C", "")
        grid.addWidget(self.space, 4, 0, 1, 2)
        grid.addWidget(self.backspace, 4, 2, 1, 3)
        grid.addWidget(self.clear_button, 4, 5, 1, 5)

    def _key(self, key: str, text: str) -> QPushButton:
        button = named_button("KeyboardKey", text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(*KEY_SIZE)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self.keys[key] = button
        return button

    def retranslate(self, lang: str) -> None:
        self.backspace.setAccessibleName(tr("keypad.backspace", lang))
        self.clear_button.setText(tr("keypad.clear", lang))
        self.clear_button.setAccessibleName(tr("keypad.clear", lang))
