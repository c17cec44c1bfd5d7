"""The on-screen letter keyboard: letters with shift and caps lock, digits, a space bar and the
punctuation names, addresses, e-mail and server addresses need.

One keyboard serves every text field of the kiosk: :class:`KeyboardDock` sits at the foot of
the main window and opens under whichever text field gets the focus (number fields keep
their number pads, see :func:`kiosk.ui.touch.mark_numeric`). Its keys never take the focus,
so the field keeps its cursor; the dock takes its room from the screen above it, so the field
stays in view (a scrolling page scrolls it into view).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.touch import FieldKeys, is_numeric
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, set_look

DIGITS = "1234567890"
LETTER_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# Beside the letters: what names (Ma'ruf), addresses (Jl. Merdeka No. 5, RT 02/RW 03),
# e-mail and server addresses need.
PUNCTUATION = ("'", "-", ",", ".", "/", "@", ":")
SHIFT, CAPS, SPACE, BACKSPACE, DOT_COM, HIDE = "⇧", "⇪", " ", "⌫", ".com", "⌄"
KEY_HEIGHT = 48  # px: the touch minimum, and five rows still leave room for the field


class LetterKeyboard(FieldKeys):
    """Types into whichever followed field last had the focus (or the dock's target)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.shift = False  # the next letter only
        self.caps = False  # every letter, until tapped again
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(5)
        self.keys: dict[str, QPushButton] = {}
        # Twelve columns: ten digits or letters, then two punctuation keys on each row.
        for column, key in enumerate(DIGITS):
            grid.addWidget(self._key(key), 0, column)
        grid.addWidget(self._key(BACKSPACE), 0, 10, 1, 2)
        grid.addWidget(self._key(CAPS), 2, 0)
        grid.addWidget(self._key(SHIFT), 3, 0)
        for row, letters in enumerate(LETTER_ROWS, start=1):
            offset = 0 if row == 1 else 1  # caps lock and shift start the lower rows
            for column, key in enumerate(letters):
                grid.addWidget(self._key(key), row, column + offset)
        for (row, column), key in zip(
            ((1, 10), (1, 11), (2, 10), (2, 11), (3, 8), (3, 9), (3, 10)),
            PUNCTUATION,
            strict=True,
        ):
            grid.addWidget(self._key(key), row, column)
        grid.addWidget(self._key(DOT_COM), 3, 11)
        self.space = self._key(SPACE)
        self.space.setObjectName("SpaceBar")
        grid.addWidget(self.space, 4, 2, 1, 7)
        self.clear_button = self._key("C")
        grid.addWidget(self.clear_button, 4, 0, 1, 2)
        self.hide_button = self._key(HIDE)
        grid.addWidget(self.hide_button, 4, 9, 1, 3)
        for column in range(12):
            grid.setColumnStretch(column, 1)
        self._show_case()

    def _key(self, key: str) -> QPushButton:
        button = named_button("KeyboardKey", key)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(44, KEY_HEIGHT)
        button.setMaximumHeight(KEY_HEIGHT)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self.keys[key] = button
        return button

    def press(self, key: str) -> None:
        if key == SHIFT:
            self.shift = not self.shift
        elif key == CAPS:
            self.caps = not self.caps
            self.shift = False
        elif key == HIDE:
            dock = self.parentWidget()
            if isinstance(dock, KeyboardDock):
                dock.close_keys()
            return
        elif key in LETTER_ROWS[0] + LETTER_ROWS[1] + LETTER_ROWS[2]:
            upper = self.caps != self.shift
            # Straight into the field: "C" means Clear to the base class's press().
            if self.target is not None:
                self.target.insert(key.upper() if upper else key)
            self.shift = False
        else:
            super().press(key)
        self._show_case()

    def _show_case(self) -> None:
        upper = self.caps != self.shift
        for letters in LETTER_ROWS:
            for key in letters:
                self.keys[key].setText(key.upper() if upper else key)
        for key, on in ((SHIFT, self.shift), (CAPS, self.caps)):
            set_look(self.keys[key], "on", "true" if on else "false")

    def key_for(self, char: str) -> tuple[QPushButton, bool]:
        """The key that types ``char`` and whether shift must be on for it (for tests and
        for the accessibility tree)."""
        if char.lower() in self.keys and char.isalpha():
            return self.keys[char.lower()], char.isupper()
        return self.keys[char], False

    def retranslate(self, lang: str) -> None:
        names = {
            BACKSPACE: tr("keypad.backspace_letter", lang),
            "C": tr("keypad.clear", lang),
            SHIFT: tr("keyboard.shift", lang),
            CAPS: tr("keyboard.caps", lang),
            HIDE: tr("keyboard.hide", lang),
        }
        for key, name in names.items():
            self.keys[key].setAccessibleName(name)
        self.clear_button.setText(tr("keypad.clear", lang))
        self.space.setText(tr("keyboard.space", lang))
        self.space.setAccessibleName(tr("keyboard.space", lang))


class KeyboardDock(QFrame):
    """The letter keyboard at the foot of the window, open while a text field has the focus.

    Watches the application's focus: a text field of this window that is not a number field
    opens it, typing into that field; another screen, or the hide key, closes it.
    """

    opened = Signal(bool)  # True when it opens, False when it closes

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeyboardDock")
        self._window = window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 5, 8, 5)
        row = QHBoxLayout()
        row.addStretch(1)
        self.keyboard = LetterKeyboard(self)
        # Keys of a readable size at 1920 px too: no metre-wide space bar.
        self.keyboard.setMaximumWidth(1100)
        row.addWidget(self.keyboard, 100)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    @property
    def target(self) -> QLineEdit | None:
        return self.keyboard.target

    def _focus_changed(self, _old: QObject | None, new: QObject | None) -> None:
        if isinstance(new, QLineEdit) and new.window() is self._window:
            # A tap on the field while it keeps the focus (the keys were closed, or it got
            # the focus while its screen was still appearing) must open the keys too.
            new.installEventFilter(self)
        if isinstance(new, QLineEdit) and self.wants(new):
            self.open_for(new)
        elif isinstance(new, QWidget) and new.window() is self._window:
            # A number field (its own pad is beside it), or a tap on a button or a list.
            self.close_keys()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonPress
            and isinstance(watched, QLineEdit)
            and self.wants(watched)
            and (not self.isVisible() or self.target is not watched)
        ):
            self.open_for(watched)
        return False

    def follow_focus(self) -> None:
        """Open for the text field that has the focus now, if any (after a screen switch)."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and self.wants(focused):
            self.open_for(focused)

    def wants(self, edit: QLineEdit) -> bool:
        return (
            edit.window() is self._window
            and edit.isVisible()
            and not edit.isReadOnly()
            and edit.echoMode() == QLineEdit.EchoMode.Normal
            and not is_numeric(edit)
        )

    def open_for(self, edit: QLineEdit) -> None:
        self.keyboard.target = edit
        if not self.isVisible():
            self.show()
            self.opened.emit(True)
        # Once the layout has made room, bring the field into view of its scrolling page.
        QTimer.singleShot(0, lambda: self._reveal(edit))

    def _reveal(self, edit: QLineEdit) -> None:
        if not shiboken6.isValid(edit):
            return
        parent = edit.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(edit, 0, 24)
                return
            parent = parent.parentWidget()

    def close_keys(self) -> None:
        """Closed; the field loses the focus, so that a tap on it opens the keys again."""
        target = self.keyboard.target
        self.keyboard.target = None
        if self.isVisible():
            self.hide()
            self.opened.emit(False)
        if target is not None and shiboken6.isValid(target) and target.hasFocus():
            target.clearFocus()

    def retranslate(self, lang: str) -> None:
        self.keyboard.retranslate(lang)
