"""Runs the Qt-free sync engine off the GUI thread and turns its events into Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kiosk.services.sync import SyncHealth, SyncService
from kiosk.sync.engine import SyncConnectivity, SyncEvent, SyncProgress, SyncReport
from kiosk.ui.ops import ChangeHub, Operations, Topic
from kiosk.ui.status_strip import Connectivity, ConnectivitySource, StatusStrip

SYNC_INTERVAL_MS = 5 * 60 * 1000
OFFLINE_RETRY_MS = 60 * 1000
# What the server may send down: people, classes, staff accounts, certificates.
PULLED = Topic.PEOPLE | Topic.CLASSES | Topic.STAFF | Topic.CERTIFICATES


def sync_changes(report: SyncReport) -> Topic:
    """A run always changes the sync figures; only one that brought records down changes
    what the other screens show."""
    return Topic.SYNC | PULLED if report.pulled else Topic.SYNC


class SyncBridge(QObject):
    """One sync at a time: every few minutes, when the link comes back, or on "Sync now".

    The engine calls ``_relay`` on the worker thread; emitting a signal of an object that
    lives on the GUI thread queues the call there, so no widget is touched from a worker.
    """

    progress = Signal(SyncProgress)
    finished = Signal(SyncReport)
    health_changed = Signal(SyncHealth)
    _event = Signal(object)  # a SyncEvent (a union of dataclasses)

    def __init__(
        self,
        sync: SyncService,
        connectivity: ConnectivitySource,
        parent: QObject | None = None,
        *,
        interval_ms: int = SYNC_INTERVAL_MS,
        hub: ChangeHub | None = None,
    ) -> None:
        """``hub``: where a finished sync announces what it may have brought down (the
        window's, so the screens refresh); a private one when none is given."""
        super().__init__(parent)
        self._sync = sync
        self._connectivity = connectivity
        # Its own operations: network waits must never hold up the store work of the screens.
        self._ops = Operations(report=self._failed, hub=hub, parent=self)
        self._running = False
        self._event.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._timer.start()
        self.refresh_health()
        self.sync_now()

    def sync_now(self) -> bool:
        """Start a sync unless one is running; returns whether one was started."""
        if self._running:
            return False
        self._running = True
        self._ops.write(
            lambda: self._sync.run(listener=self._relay),
            sync_changes,
            self._done,
            failure=self._failed,
        )
        return True

    def refresh_health(self) -> None:
        self._ops.read(self._sync.health, self.health_changed.emit)

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Cancel a running sync and wait for it (on shutdown)."""
        self._timer.stop()
        self._sync.cancel()
        return self._ops.drain(timeout_ms)

    def _relay(self, event: SyncEvent) -> None:
        self._event.emit(event)  # worker thread -> queued onto the GUI thread

    def _on_event(self, event: object) -> None:
        if isinstance(event, SyncConnectivity):
            was_online = self._connectivity.current.online
            self._connectivity.publish(Connectivity(event.online, event.detail))
            if event.online and not was_online and not self._running:
                self.sync_now()  # the link came back
        elif isinstance(event, SyncProgress):
            self.progress.emit(event)

    def _done(self, report: SyncReport) -> None:
        self._running = False
        self.finished.emit(report)
        if report.error is not None and not self._connectivity.current.online:
            QTimer.singleShot(OFFLINE_RETRY_MS, self._retry_if_idle)
        self.refresh_health()

    def _retry_if_idle(self) -> None:
        if self._timer.isActive():
            self.sync_now()

    def _failed(self, error: BaseException) -> None:
        """The bridge's error reporter (its operations already logged ``error``): a failed
        run frees the bridge for the next one; a failed health read is left for the next."""
        was_running, self._running = self._running, False
        if was_running:
            self.refresh_health()


def wire(bridge: SyncBridge, strip: StatusStrip) -> None:
    """Connect a bridge to the status strip: figures in, "Sync now" out."""
    bridge.progress.connect(strip.set_sync_progress)
    bridge.finished.connect(strip.set_sync_finished)
    bridge.health_changed.connect(strip.set_sync_health)
    strip.sync_requested.connect(bridge.sync_now)
