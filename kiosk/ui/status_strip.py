"""The strip at the bottom of every screen: connectivity, pending uploads, store counts."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.services.status import KioskStatus
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label


@dataclass(frozen=True)
class Connectivity:
    online: bool
    detail: str = ""


class ConnectivitySource(QObject):
    """Publishes connectivity changes. Until the sync module lands this kiosk is never paired
    with a server, so it reports offline once; the sync engine will emit real changes here."""

    changed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = Connectivity(online=False)

    def publish(self, connectivity: Connectivity) -> None:
        self.current = connectivity
        self.changed.emit(connectivity)


class StatusStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatusStrip")
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 6, 24, 6)
        self.dot = named_label("StatusDot", "●")
        self.connection = QLabel()
        self.pending = QLabel()
        self.counts = QLabel()
        self.device = QLabel()
        layout.addWidget(self.dot)
        layout.addWidget(self.connection)
        layout.addSpacing(24)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        layout.addWidget(self.counts)
        layout.addSpacing(24)
        layout.addWidget(self.device)
        self._lang = "id"
        self._connectivity = Connectivity(online=False)
        self._status: KioskStatus | None = None

    def set_connectivity(self, connectivity: Connectivity) -> None:
        self._connectivity = connectivity
        self._refresh()

    def set_status(self, status: KioskStatus) -> None:
        self._status = status
        self._refresh()

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self._refresh()

    def _refresh(self) -> None:
        lang = self._lang
        online = self._connectivity.online
        self.dot.setProperty("online", online)
        self.dot.style().unpolish(self.dot)
        self.dot.style().polish(self.dot)
        self.connection.setText(tr("status.online" if online else "status.offline", lang))
        status = self._status
        if status is None:
            self.pending.setText(tr("status.loading", lang))
            self.counts.clear()
            self.device.clear()
            return
        self.pending.setText(tr("status.pending", lang, count=status.outbox_pending))
        self.counts.setText(
            tr("status.counts", lang, applicants=status.applicants, sessions=status.sessions)
        )
        self.device.setText(tr("status.device", lang, device=status.device_id[-8:]))
