"""The window's top bar: title, the online dot, the language switch and the admin button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button, named_label, set_look


class TopBar(QFrame):  # a QFrame paints its stylesheet background
    language_chosen = Signal(str)
    admin_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TopBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 6, 32, 6)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.title = named_label("AppTitle")
        self.tagline = named_label("Tagline")
        titles.addWidget(self.title)
        titles.addWidget(self.tagline)
        layout.addLayout(titles, 1)
        # All an applicant sees of the sync: a dot and one word. Queue counts, the device id
        # and sync details are on the staff and admin screens (the status strip).
        self.online = named_label("OnlineDot", "●")
        self.online.setProperty("online", "false")
        self.online_text = named_label("OnlineText")
        layout.addWidget(self.online)
        layout.addWidget(self.online_text)
        layout.addSpacing(16)
        self._online = False
        self._lang = DEFAULT_LANGUAGE
        self.language_buttons = QButtonGroup(self)
        self.language_buttons.setExclusive(True)
        for lang in LANGUAGES:
            button = named_button("LangButton", lang.upper())
            button.setCheckable(True)
            button.setChecked(lang == DEFAULT_LANGUAGE)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.language_buttons.addButton(button)
            layout.addWidget(button)
        self.admin = named_button("LangButton")
        self.admin.clicked.connect(self.admin_requested)
        layout.addSpacing(16)
        layout.addWidget(self.admin)

    def set_online(self, online: bool) -> None:
        self._online = online
        set_look(self.online, "online", "true" if online else "false")
        self.online_text.setText(tr("top.online" if online else "top.offline", self._lang))

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.set_online(self._online)
        self.title.setText(tr("app.title", lang))
        self.tagline.setText(tr("app.tagline", lang))
        for button in self.language_buttons.buttons():
            button.setChecked(button.text().lower() == lang)
            button.setAccessibleName(f"{tr('lang.switch', lang)}: {button.text()}")
        self.admin.setText(tr("admin.button", lang))
        self.admin.setAccessibleName(tr("admin.title", lang))
