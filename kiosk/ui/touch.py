"""Touch-first building blocks: labelled fields with inline errors, a numeric keypad, large
choice buttons and searchable lists that replace tiny drop-downs."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label

TOUCH_MIN = 48  # px; above the 44 px minimum for fingers
SEARCH_DELAY_MS = 300  # a search runs once typing pauses this long


class Field(QWidget):
    """A caption, the control, and an error line under it that says what to fix."""

    def __init__(self, name: str, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = named_label("FieldCaption")
        self.caption.setWordWrap(True)
        self.caption.setBuddy(editor)
        self.error = named_label("FieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.caption)
        layout.addWidget(editor, 1)  # a list under its caption takes the room its field gets
        layout.addWidget(self.error)

    def retranslate(self, caption: str) -> None:
        self.caption.setText(caption)
        self.editor.setAccessibleName(caption)

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
        self.editor.setProperty("invalid", bool(text))
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)


def kinetic(area: QAbstractScrollArea) -> None:
    """A finger drags the content and flicks it (kinetic scrolling), as on a phone; the
    mouse keeps working as before. Item views scroll by pixel, so a drag follows the finger."""
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)


def kinetic_everywhere(root: QWidget) -> int:
    """Kinetic scrolling on every list, table and scroll area under ``root`` (but a list that
    grows to show all its rows inside a scrolling page: the page scrolls); returns how many."""
    areas = [
        area
        for area in root.findChildren(QAbstractScrollArea)
        if not area.property("grows") and not isinstance(area, QHeaderView)
    ]
    for area in areas:
        kinetic(area)
    return len(areas)


def line_edit(name: str, *, max_length: int = 120) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    edit.setMinimumHeight(TOUCH_MIN)
    return edit


def mark_numeric(edit: QLineEdit) -> None:
    """A number field: its number pad types into it, the letter keyboard stays closed."""
    edit.setProperty("numeric", True)


def is_numeric(edit: QLineEdit) -> bool:
    return bool(edit.property("numeric"))


class FieldKeys(QWidget):
    """On-screen keys that type into whichever followed field last had the focus; the keys
    themselves never take the focus, so the field keeps its cursor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QLineEdit | None = None

    def follow(self, edits: Sequence[QLineEdit]) -> None:
        """Type into whichever of these fields last had the focus."""
        for edit in edits:
            edit.installEventFilter(self)
        if edits and self.target is None:
            self.target = edits[0]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            self.target = watched
        return False

    def press(self, key: str) -> None:
        edit = self.target
        if edit is None:
            return
        if key == "⌫":
            edit.backspace()
        elif key == "C":
            edit.clear()
        else:
            edit.insert(key)


class NumericKeypad(FieldKeys):
    """Digits, delete and clear for the focused number field; never takes the focus itself."""

    def follow(self, edits: Sequence[QLineEdit]) -> None:
        for edit in edits:
            mark_numeric(edit)
        super().follow(edits)

    KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "-", "0", "⌫")
    DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "⌫")  # for pure numbers

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        keys: Sequence[str] = KEYS,
        columns: int = 3,
    ) -> None:
        """``columns`` keys a row; "Clear" fills what is left of the last row, or a row of its
        own when the last row is full (a 3-column pad under the keys, a 2-row strip beside a
        field)."""
        super().__init__(parent)
        self.setObjectName("Keypad")
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = named_button("KeypadKey", key)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(64 if columns <= 3 else 48, 52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[key] = button
        # In a strip the word "Clear" shares a row with digits, in a smaller type.
        self.clear_button = named_button("KeypadKey" if columns <= 3 else "KeypadClear")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setMinimumHeight(52)
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self.clear_button.clicked.connect(lambda: self.press("C"))
        used = len(keys) % columns
        if used:
            grid.addWidget(self.clear_button, len(keys) // columns, used, 1, columns - used)
        else:
            grid.addWidget(self.clear_button, len(keys) // columns, 0, 1, columns)

    def retranslate(self, lang: str) -> None:
        self.buttons["⌫"].setAccessibleName(tr("keypad.backspace", lang))
        self.clear_button.setText(tr("keypad.clear", lang))
        self.clear_button.setAccessibleName(tr("keypad.clear", lang))


class ChoiceButtons(QWidget):
    """A few options as large toggle buttons (instead of a drop-down); one can be chosen."""

    changed = Signal(str)

    def __init__(self, keys: Sequence[str], columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(keys):
            button = named_button("Choice")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self.changed.emit(k))
            self.group.addButton(button)
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[key] = button

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return ""

    def set_value(self, key: str) -> None:
        # An exclusive group cannot be emptied by unchecking one button; clear it around.
        self.group.setExclusive(False)
        for name, button in self.buttons.items():
            button.setChecked(name == key)
        self.group.setExclusive(True)

    def set_labels(self, labels: dict[str, str]) -> None:
        for key, button in self.buttons.items():
            button.setText(labels[key])
            button.setAccessibleName(labels[key])


class _ShortList(QListWidget):
    """A list that asks for about two rows and grows into whatever room its layout has (the
    stock hint of 192 px would make a page that only just fits scroll instead)."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 2 * TOUCH_MIN + 24)


class SearchList(QWidget):
    """A search box over a list of large rows; replaces a drop-down with hundreds of entries."""

    chosen = Signal(str)
    changed = Signal(str)  # the chosen key, or "" once nothing is chosen

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.search = line_edit(name + "Search", max_length=60)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = _ShortList()
        self.list.setObjectName("TouchList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentItemChanged.connect(lambda item, _old: self._clicked(item))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def grow(self) -> None:
        """Show every matching row, with no scrolling of its own: for a list on a page that
        scrolls as a whole (one scroll area inside another confuses a finger)."""
        self.list.setProperty("grows", True)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit()

    def _fit(self) -> None:
        if not self.list.property("grows"):
            return
        rows = [self.list.item(r) for r in range(self.list.count())]
        shown = [item for item in rows if not item.isHidden()]
        height = sum(max(self.list.sizeHintForRow(self.list.row(i)), TOUCH_MIN) for i in shown)
        self.list.setFixedHeight(max(height, TOUCH_MIN) + 2 * self.list.frameWidth() + 4)

    def set_items(self, items: Sequence[tuple[str, str]]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for key, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())

    def current_key(self) -> str:
        item = self.list.currentItem()
        return "" if item is None or item.isHidden() else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return
        self.list.setCurrentRow(-1)

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                return item
        return None

    def clear(self) -> None:
        self.search.clear()
        self.list.setCurrentRow(-1)

    def _filter(self, text: str) -> None:
        needle = " ".join(text.lower().split())
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
        self._fit()

    def _clicked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
        self.changed.emit(self.current_key())


def heading(name: str = "StepTitle") -> QLabel:
    label = named_label(name)
    label.setWordWrap(True)
    return label


def back_header(on_back: Callable[[], None]) -> tuple[QHBoxLayout, QPushButton, QLabel]:
    """The top row of a staff screen: a large Back button and the screen's title."""
    row = QHBoxLayout()
    back = QPushButton()
    back.clicked.connect(on_back)
    title = heading("ScreenTitle")
    row.addWidget(back)
    row.addSpacing(12)
    row.addWidget(title, 1)
    return row, back, title


def keypad_column(body: QHBoxLayout, fields: Sequence[QLineEdit]) -> NumericKeypad:
    """The numeric keypad down the right edge of a staff screen, typing into ``fields``."""
    side = QVBoxLayout()
    keypad = NumericKeypad()
    keypad.follow(list(fields))
    side.addWidget(keypad)
    side.addStretch(1)
    body.addLayout(side)
    return keypad


def debounced_search(edit: QLineEdit, search: Callable[[str], None]) -> QTimer:
    """Calls ``search`` with the text once typing pauses (every key restarts the wait), so a
    name typed letter by letter is one search. Stop the returned timer to drop a pending one."""
    timer = QTimer(edit)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(lambda: search(edit.text()))
    edit.textChanged.connect(lambda _text: timer.start())
    return timer
