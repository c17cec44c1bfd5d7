"""Small constructors for styled widgets (the stylesheet selects on object names)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def named_label(name: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    return label


def named_button(name: str, text: str = "", parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    return button
