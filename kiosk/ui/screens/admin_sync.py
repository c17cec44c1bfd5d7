"""Admin pages: sync health in detail with "Sync now", and the records the server refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QWidget

from kiosk.i18n import define
from kiosk.services.kiosk import KioskServices
from kiosk.services.sync import RejectedEvent, SetAsideChange, SyncHealth
from kiosk.sync.engine import SyncReport
from kiosk.ui.ops import Operations
from kiosk.ui.screens.admin_common import AdminPage
from kiosk.ui.status_strip import age_text
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label, wrapped

if TYPE_CHECKING:
    from kiosk.ui.sync_bridge import SyncBridge

# Each row of the page -> its caption's message code.
ROWS = {
    "server": "admin.sync.server",
    "pending": "admin.sync.pending",
    "oldest": "admin.sync.oldest",
    "rejected": "admin.sync.rejected",
    "set_aside": "admin.sync.set_aside",
    "last_ok": "admin.sync.last_ok",
    "last_attempt": "admin.sync.last_attempt",
    "last_error": "admin.sync.last_error",
}
# The newest set-aside changes listed on the page; the count above says how many in all.
SET_ASIDE_SHOWN = 5

define("admin.sync.set_aside", id="Perubahan disisihkan", en="Changes set aside")
define(
    "admin.sync.set_aside_intro",
    id="Perubahan dari server ini tidak dapat diterapkan di kios ini. Perubahan tetap "
    "disimpan dan dilaporkan ke server; sinkronisasi tetap berjalan.",
    en="These changes from the server could not be applied on this kiosk. They are kept "
    "and reported to the server; sync goes on.",
)
define("admin.sync.set_aside_reported", id="sudah dilaporkan", en="reported")
define("admin.sync.set_aside_waiting", id="belum dilaporkan", en="not yet reported")


class SyncHealthPage(AdminPage):
    title_code = "admin.menu.sync"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services: KioskServices | None = None
        self.bridge: SyncBridge | None = None
        self.health: SyncHealth | None = None
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        self.captions = {}
        self.values = {}
        for row, name in enumerate(ROWS):
            self.captions[name] = named_label("ReviewCaption")
            self.values[name] = wrapped("ReviewValue")
            grid.addWidget(self.captions[name], row, 0)
            grid.addWidget(self.values[name], row, 1)
        grid.setColumnStretch(1, 1)
        self.stale = wrapped("Warnings")
        self.stale.hide()
        self.set_aside: list[SetAsideChange] = []
        self.set_aside_intro = wrapped("AdminMeta")
        self.set_aside_list = QListWidget()
        self.set_aside_list.setObjectName("TouchList")
        self.set_aside_list.setWordWrap(True)
        self.sync_now = named_button("Primary")
        self.sync_now.clicked.connect(self._sync_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_now)
        buttons.addStretch(1)
        self.body.addLayout(grid)
        self.body.addWidget(self.stale)
        self.body.addLayout(buttons)
        self.body.addWidget(self.set_aside_intro)
        self.body.addWidget(self.set_aside_list, 1)
        self.body.addStretch(1)

    def attach(self, services: KioskServices, bridge: SyncBridge | None) -> None:
        self.services = services
        self.bridge = bridge
        if bridge is not None:
            bridge.health_changed.connect(self.show_health)
            bridge.finished.connect(self._finished)

    def shown(self) -> None:
        services = self.services
        if services is not None:
            self.ops.read(services.sync.health, self.show_health)
            self._load_set_aside()
        self._refresh_button()

    def _load_set_aside(self) -> None:
        if self.services is not None:
            sync = self.services.sync
            self.ops.read(lambda: sync.set_aside_changes(SET_ASIDE_SHOWN), self.show_set_aside)

    def show_set_aside(self, changes: list[SetAsideChange]) -> None:
        self.set_aside = changes
        self._fill_set_aside()

    def _fill_set_aside(self) -> None:
        lang = self.lang
        self.set_aside_list.clear()
        for change in self.set_aside:
            when = change.received_at.astimezone().strftime("%d-%m-%Y %H:%M")  # local time
            state = (
                "admin.sync.set_aside_reported"
                if change.reported
                else "admin.sync.set_aside_waiting"
            )
            item = QListWidgetItem(f"{when} · {change.kind} · {tr(state, lang)}\n{change.reason}")
            self.set_aside_list.addItem(item)
        self.set_aside_intro.setText(tr("admin.sync.set_aside_intro", lang))
        self.set_aside_intro.setVisible(bool(self.set_aside))
        self.set_aside_list.setVisible(bool(self.set_aside))

    def show_health(self, health: SyncHealth) -> None:
        self.health = health
        self._fill()

    def _refresh_button(self) -> None:
        running = self.bridge is not None and self.bridge.running
        self.sync_now.setEnabled(self.bridge is not None and not running)
        self.sync_now.setText(tr("sync.ui.syncing" if running else "sync.ui.sync_now", self.lang))

    def _sync_now(self) -> None:
        if self.bridge is not None and self.bridge.sync_now():
            self.say("")
        self._refresh_button()

    def _finished(self, report: SyncReport) -> None:
        self._refresh_button()
        self._load_set_aside()
        if report.error is not None:
            self.say(
                tr("sync.ui.error", self.lang, error=tr_msg(report.error, self.lang)), error=True
            )
        else:
            self.say(
                tr(
                    "admin.sync.finished",
                    self.lang,
                    accepted=report.accepted + report.duplicate,
                    rejected=report.rejected,
                    pending=report.pending,
                )
            )

    def _fill(self) -> None:
        lang, health = self.lang, self.health
        for name in ROWS:
            self.captions[name].setText(tr(ROWS[name], lang))
        if health is None:
            for label in self.values.values():
                label.clear()
            self.stale.hide()
            return

        def ago(moment: str | None, empty: str) -> str:
            if moment is None:
                return tr(empty, lang)
            return tr("admin.sync.ago", lang, age=age_text(moment, lang))

        values = {
            "server": health.server_url or tr("admin.sync.not_paired", lang),
            "pending": str(health.pending),
            "oldest": ago(health.oldest_pending_at, "admin.sync.none"),
            "rejected": str(health.rejected),
            "set_aside": str(health.set_aside),
            "last_ok": ago(health.last_sync_at, "sync.ui.never"),
            "last_attempt": ago(health.last_attempt_at, "sync.ui.never"),
            "last_error": (
                tr("admin.sync.none", lang)
                if health.last_error is None
                else tr_msg(health.last_error, lang)
            ),
        }
        for name, text in values.items():
            self.values[name].setText(text)
        self.stale.setText(tr("sync.ui.stale", lang, days=health.stale_days))
        self.stale.setVisible(health.stale)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self._refresh_button()
        self._fill()
        self._fill_set_aside()

    def reset(self) -> None:
        super().reset()
        self.health = None
        self.set_aside = []
        self._fill()
        self._fill_set_aside()


class RejectedPage(AdminPage):
    """Every refused record with the server's reason; the list only reads, it never drops."""

    title_code = "admin.menu.rejected"

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.services: KioskServices | None = None
        self.events: list[RejectedEvent] = []
        self.total = 0
        self.intro = wrapped("StepNote")
        self.summary = wrapped("AdminMeta")
        self.list = QListWidget()
        self.list.setObjectName("TouchList")
        self.list.setWordWrap(True)
        for widget in (self.intro, self.summary):
            self.body.addWidget(widget)
        self.body.addWidget(self.list, 1)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def shown(self) -> None:
        services = self.services
        if services is not None:
            sync = services.sync
            self.ops.read(lambda: (sync.rejected_events(), sync.health().rejected), self._loaded)

    def _loaded(self, result: tuple[list[RejectedEvent], int]) -> None:
        self.events, self.total = result
        self._fill()

    def _fill(self) -> None:
        lang = self.lang
        self.list.clear()
        for event in self.events:
            at = event.created_at
            when = "" if at is None else at.astimezone().strftime("%d-%m-%Y %H:%M")  # local time
            item = QListWidgetItem(f"{when} · {event.entity} · {event.id}\n{event.reason}")
            self.list.addItem(item)
        if not self.total:
            self.summary.setText(tr("admin.rejected.none", lang))
        elif len(self.events) < self.total:
            self.summary.setText(
                tr("admin.rejected.more", lang, shown=len(self.events), total=self.total)
            )
        else:
            self.summary.setText(f"{tr('admin.sync.rejected', lang)}: {self.total}")
        self.list.setVisible(bool(self.events))

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.intro.setText(tr("admin.rejected.intro", lang))
        self._fill()

    def reset(self) -> None:
        super().reset()
        self.events, self.total = [], 0
        self._fill()
