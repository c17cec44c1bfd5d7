"""Admin menu shown after an admin PIN: leave full screen or quit the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.touch import heading
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button


class AdminMenu(QWidget):
    windowed_requested = Signal()
    quit_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        self.title = heading("ScreenTitle")
        self.windowed = named_button("Secondary")
        self.quit = named_button("Danger")
        self.back = named_button("Secondary")
        self.windowed.clicked.connect(self.windowed_requested)
        self.quit.clicked.connect(self.quit_requested)
        self.back.clicked.connect(self.back_requested)
        layout.addWidget(self.title)
        for button in (self.windowed, self.quit, self.back):
            layout.addWidget(button)
        layout.addStretch(1)

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr("admin.title", lang))
        self.windowed.setText(tr("admin.windowed", lang))
        self.quit.setText(tr("admin.quit", lang))
        self.back.setText("‹ " + tr("common.back", lang))
