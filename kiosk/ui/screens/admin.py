"""Admin menu shown after an admin PIN: pairing, sync health, refused records, USB export,
settings, and leaving full screen or quitting the kiosk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk.ui.ops import Operations, Topic
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.screens.admin_export import ExportPage, FindDrives
from kiosk.ui.screens.admin_pairing import PairingPage
from kiosk.ui.screens.admin_settings import SettingsPage
from kiosk.ui.screens.admin_sync import RejectedPage, SyncHealthPage
from kiosk.ui.touch import heading
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_button

if TYPE_CHECKING:
    from kiosk.services.kiosk import KioskServices
    from kiosk.ui.sync_bridge import SyncBridge

# Each entry of the menu -> its caption's message code.
MENU = {
    "pairing": "admin.menu.pairing",
    "sync": "admin.menu.sync",
    "rejected": "admin.menu.rejected",
    "export": "admin.menu.export",
    "settings": "admin.menu.settings",
}


class AdminMenu(QWidget):
    windowed_requested = Signal()
    quit_requested = Signal()
    back_requested = Signal()

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        find_drives: FindDrives | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AdminMenu")
        self.bridge: SyncBridge | None = None
        self.pairing = PairingPage(ops)
        self.sync_health = SyncHealthPage(ops)
        self.rejected = RejectedPage(ops)
        self.export = ExportPage(ops) if find_drives is None else ExportPage(ops, find_drives)
        self.settings = SettingsPage(ops)
        self.pages: dict[str, AdminPage] = {
            "pairing": self.pairing,
            "sync": self.sync_health,
            "rejected": self.rejected,
            "export": self.export,
            "settings": self.settings,
        }
        # The stale-upload warning follows its new limit as soon as a setting is stored.
        ops.hub.subscribe(Topic.SETTINGS, lambda _changed: self._settings_saved())
        self.pairing.paired.connect(self._paired)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.menu = QWidget()
        self.menu.setObjectName("AdminPage")
        layout = QVBoxLayout(self.menu)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        self.title = heading("ScreenTitle")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.entries = {}
        self._titles = dict(MENU)  # entry -> its title's code (pages added later bring theirs)
        for index, name in enumerate(MENU):
            button = named_button("AdminEntry")
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, n=name: self.open(n))
            grid.addWidget(button, index // 2, index % 2)
            self.entries[name] = button
        layout.addLayout(grid)
        self._grid = grid
        layout.addStretch(1)
        self.windowed = named_button("Secondary")
        self.quit = named_button("Danger")
        self.back = named_button("Secondary")
        self.windowed.clicked.connect(self.windowed_requested)
        self.quit.clicked.connect(self.quit_requested)
        self.back.clicked.connect(self.back_requested)
        exits = QGridLayout()
        exits.setSpacing(16)
        exits.addWidget(self.back, 0, 0)
        exits.addWidget(self.windowed, 0, 1)
        exits.addWidget(self.quit, 0, 2)
        layout.addLayout(exits)
        self.stack.addWidget(self.menu)
        for page in self.pages.values():
            page.back_requested.connect(self.show_menu)
            self.stack.addWidget(page)

    def add_entry(self, name: str, page: AdminPage) -> None:
        """One more menu entry and its page (the job-fair mode's, issue 14)."""
        button = named_button("AdminEntry")
        button.setMinimumHeight(64)
        button.clicked.connect(lambda _=False: self.open(name))
        index = len(self.entries)
        self._grid.addWidget(button, index // 2, index % 2)
        self.entries[name] = button
        self.pages[name] = page
        self._titles[name] = page.title_code
        self.stack.addWidget(page)

    def attach(self, services: KioskServices, bridge: SyncBridge | None) -> None:
        self.bridge = bridge
        self.pairing.attach(services)
        self.sync_health.attach(services, bridge)
        self.rejected.attach(services)
        self.export.attach(services)
        self.settings.attach(services)

    def open(self, name: str) -> None:
        page = self.pages[name]
        page.reset()
        self.stack.setCurrentWidget(page)
        page.shown()

    def show_menu(self) -> None:
        self.stack.setCurrentWidget(self.menu)

    def _settings_saved(self) -> None:
        if self.bridge is not None:
            self.bridge.refresh_health()

    def _paired(self, _site: str) -> None:
        if self.bridge is not None:
            self.bridge.sync_now()  # a newly paired kiosk uploads what it holds right away
            self.bridge.refresh_health()

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr("admin.title", lang))
        for name, button in self.entries.items():
            button.setText(tr(self._titles[name], lang))
        self.windowed.setText(tr("admin.windowed", lang))
        self.quit.setText(tr("admin.quit", lang))
        self.back.setText("‹ " + tr("common.back", lang))
        for page in self.pages.values():
            page.retranslate(lang)

    def reset(self) -> None:
        """Nothing an admin typed or saw stays behind once the kiosk goes home."""
        for page in self.pages.values():
            page.reset()
        self.show_menu()
