"""The strip at the bottom of every screen: connectivity, pending uploads, store counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n import define
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import ElidedLabel, named_label, set_look

if TYPE_CHECKING:  # the services and the sync engine load after the first frame
    import datetime as dt

    from kiosk.services.status import KioskStatus
    from kiosk.services.sync import SyncHealth
    from kiosk.sync.engine import SyncProgress, SyncReport

define("sync.ui.sync_now", id="Sinkronkan", en="Sync now")
define("sync.ui.syncing", id="Menyinkronkan…", en="Syncing…")
define("sync.ui.oldest", id="tertua {age}", en="oldest {age}")
define("sync.ui.last_ok", id="terakhir berhasil {when}", en="last success {when}")
define("sync.ui.never", id="belum pernah sinkron", en="never synced")
define("sync.ui.error", id="Gagal: {error}", en="Failed: {error}")
define(
    "sync.ui.stale",
    id="Peringatan: ada data belum terkirim lebih dari {days} hari!",
    en="Warning: some records have waited more than {days:# day|# days} for upload!",
)
define("sync.ui.age_min", id="{n} mnt", en="{n} min")
define("sync.ui.age_hours", id="{n} jam", en="{n} h")
define("sync.ui.age_days", id="{n} hari", en="{n:# day|# days}")


def age_text(since: str | None, lang: str, now: dt.datetime | None = None) -> str:
    if since is None:
        return ""
    import datetime as dt  # not at import time: start-up imports only what the shell needs

    moment = dt.datetime.fromisoformat(since)
    seconds = max(0.0, ((now or dt.datetime.now(dt.UTC)) - moment).total_seconds())
    if seconds < 3600:
        return tr("sync.ui.age_min", lang, n=int(seconds // 60))
    if seconds < 86400:
        return tr("sync.ui.age_hours", lang, n=int(seconds // 3600))
    return tr("sync.ui.age_days", lang, n=int(seconds // 86400))


@dataclass(frozen=True)
class Connectivity:
    online: bool
    detail: str = ""


class ConnectivitySource(QObject):
    """Publishes connectivity changes. Until the sync module lands this kiosk is never paired
    with a server, so it reports offline once; the sync engine will emit real changes here."""

    changed = Signal(Connectivity)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = Connectivity(online=False)

    def publish(self, connectivity: Connectivity) -> None:
        self.current = connectivity
        self.changed.emit(connectivity)


class StatusStrip(QWidget):
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self.setAutoFillBackground(True)
        # Two short lines beside the "Sync now" button, so that nothing is cut off at 1024 px:
        # connection and uploads on top, what the store holds below.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 4, 16, 4)
        lines = QVBoxLayout()
        lines.setSpacing(0)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        self.dot = named_label("StatusDot", "●")
        self.dot.setProperty("online", "false")  # before the first polish, which sizing triggers
        self.connection = QLabel()
        self.pending = QLabel()
        self.sync_detail = ElidedLabel()
        self.sync_detail.setObjectName("SyncDetail")
        self.counts = QLabel()
        self.device = QLabel()
        top.addWidget(self.dot)
        top.addWidget(self.connection)
        top.addSpacing(20)
        top.addWidget(self.pending)
        top.addStretch(1)
        bottom.addSpacing(self.dot.sizeHint().width() + top.spacing())
        bottom.addWidget(self.counts)
        bottom.addSpacing(20)
        bottom.addWidget(self.device)
        bottom.addSpacing(20)
        bottom.addWidget(self.sync_detail, 1)
        lines.addLayout(top)
        lines.addLayout(bottom)
        layout.addLayout(lines, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("SyncNow")
        self.sync_button.clicked.connect(self.sync_requested.emit)
        layout.addWidget(self.sync_button)
        self._lang = "id"
        self._connectivity = Connectivity(online=False)
        self._status: KioskStatus | None = None
        self._health: SyncHealth | None = None
        self._syncing = False

    def set_connectivity(self, connectivity: Connectivity) -> None:
        self._connectivity = connectivity
        self._refresh()

    def set_status(self, status: KioskStatus) -> None:
        self._status = status
        self._refresh()

    def set_sync_health(self, health: SyncHealth) -> None:
        self._health = health
        self._refresh()

    def set_sync_progress(self, progress: SyncProgress) -> None:
        self._syncing = True
        # Only long uploads get a bar; a handful of records would just flicker.
        self.progress.setVisible(progress.phase == "push" and progress.total > 200)
        self.progress.setMaximum(max(progress.total, 1))
        self.progress.setValue(progress.done)
        self._refresh()

    def set_sync_finished(self, report: SyncReport) -> None:
        self._syncing = False
        self.progress.setVisible(False)
        self._refresh()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._refresh()

    def _refresh(self) -> None:
        lang = self._lang
        online = self._connectivity.online
        # set_look restyles only on a change: restyling costs QStyle's enums, which start-up
        # does not need.
        set_look(self.dot, "online", "true" if online else "false")
        self.connection.setText(tr("status.online" if online else "status.offline", lang))
        status = self._status
        if status is None:
            self.pending.setText(tr("status.loading", lang))
            self.counts.clear()
            self.device.clear()
        else:
            self.pending.setText(tr("status.pending", lang, count=status.outbox_pending))
            counts = tr(
                "status.counts", lang, applicants=status.applicants, sessions=status.sessions
            )
            if status.disk_low:
                counts = tr("status.disk_low", lang, mb=status.free_disk_mb) + " · " + counts
            self.counts.setText(counts)
            self.device.setText(tr("status.device", lang, device=status.device_id[-8:]))
        self._refresh_sync(lang)

    def _refresh_sync(self, lang: str) -> None:
        self.sync_button.setText(
            tr("sync.ui.syncing" if self._syncing else "sync.ui.sync_now", lang)
        )
        self.sync_button.setEnabled(not self._syncing)
        health = self._health
        if health is None:
            self.sync_detail.clear()
            return
        self.pending.setText(tr("status.pending", lang, count=health.pending))
        parts = []
        if health.oldest_pending_at is not None:
            parts.append(tr("sync.ui.oldest", lang, age=age_text(health.oldest_pending_at, lang)))
        if health.last_sync_at is None:
            parts.append(tr("sync.ui.never", lang))
        else:
            parts.append(tr("sync.ui.last_ok", lang, when=age_text(health.last_sync_at, lang)))
        if health.last_error is not None:
            parts.append(tr("sync.ui.error", lang, error=tr_msg(health.last_error, lang)))
        if health.stale:  # the limit is the admin's setting, applied by the sync service
            parts.append(tr("sync.ui.stale", lang, days=health.stale_days))
        self.sync_detail.setText(" · ".join(parts))
