"""Small constructors for styled widgets (the stylesheet selects on object names)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QSizePolicy, QWidget


def named_label(name: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    return label


def wrapped(name: str, text: str = "") -> QLabel:
    """A named label whose text wraps (notes, outcomes, long titles)."""
    label = named_label(name, text)
    label.setWordWrap(True)
    return label


def touch_list() -> QListWidget:
    """A list of rows a finger taps: wrapped text, no sideways scrolling."""
    from PySide6.QtCore import Qt  # not at import time: the first frame never builds Qt

    listing = QListWidget()
    listing.setObjectName("TouchList")
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return listing


def set_look(widget: QWidget, name: str, value: str, *inside: QWidget) -> None:
    """Set a dynamic property the stylesheet selects on (``[tone="green"]``) and restyle the
    widget and the given children whose look depends on it (Qt restyles none by itself)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    for target in (widget, *inside):
        style = target.style()
        style.unpolish(target)
        style.polish(target)


def named_button(name: str, text: str = "", parent: QWidget | None = None) -> QPushButton:
    # Not QPushButton(text, parent): choosing among its overloads builds QIcon's Python type
    # with its enums (a few milliseconds at start-up, where no icon is needed).
    button = QPushButton(parent)
    button.setText(text)
    button.setObjectName(name)
    return button


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when its text does not fit, instead of being cut off;
    the full text stays available as its tooltip and accessible description."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def fullText(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if not self._full:  # nothing to shorten (and no need to build the Qt namespace yet)
            super().setText("")
            return
        from PySide6.QtCore import Qt  # not at import time: the Qt namespace is slow to build

        width = max(0, self.contentsRect().width())
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        super().setText(shown)
