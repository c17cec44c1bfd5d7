"""The strip at the bottom of every screen: connectivity, pending uploads, store counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from kiosk.i18n import render
from kiosk.ui.widgets import named_label

if TYPE_CHECKING:  # the services load after the first frame
    from kiosk.services.status import KioskStatus


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
        if self.dot.property("online") != online:
            self.dot.setProperty("online", online)
            if self.dot.isVisible():
                # Re-apply the stylesheet for the new property value. Not needed before the
                # first show, and skipping it there keeps QStyle's enums out of start-up.
                self.dot.style().unpolish(self.dot)
                self.dot.style().polish(self.dot)
        self.connection.setText(render("status.online" if online else "status.offline", lang))
        status = self._status
        if status is None:
            self.pending.setText(render("status.loading", lang))
            self.counts.clear()
            self.device.clear()
            return
        pending = render("status.pending", lang, count=status.outbox_pending)
        if status.disk_low:
            pending += " · " + render("status.disk_low", lang, mb=status.free_disk_mb)
        self.pending.setText(pending)
        self.counts.setText(
            render("status.counts", lang, applicants=status.applicants, sessions=status.sessions)
        )
        self.device.setText(render("status.device", lang, device=status.device_id[-8:]))
