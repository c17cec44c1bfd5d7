"""The GUI's sync: off the GUI thread, connectivity and figures in the status strip."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.status_strip import ConnectivitySource, StatusStrip
from kiosk.ui.sync_bridge import SyncBridge, wire
from tests.factories import applicant_form
from tests.servers import ServerProcess
from tests.synchelpers import enrol


def test_sync_now_uploads_and_shows_online(
    qtbot: QtBot,
    kiosk: KioskServices,
    server: ServerProcess,
) -> None:
    kiosk.registration.register(applicant_form())
    enrol(kiosk, server)
    source = ConnectivitySource()
    strip = StatusStrip()
    qtbot.addWidget(strip)
    source.changed.connect(strip.set_connectivity)
    bridge = SyncBridge(kiosk.sync, source)
    wire(bridge, strip)
    strip.retranslate("en")
    with qtbot.waitSignal(bridge.finished, timeout=30_000) as finished:
        strip.sync_button.click()
        assert not bridge.sync_now()  # one sync at a time
    assert finished.args[0].complete
    qtbot.waitUntil(lambda: "Waiting for upload: 0" in strip.pending.text(), timeout=10_000)
    assert source.current.online
    assert "last success" in strip.sync_detail.text()
    assert bridge.stop()


def test_not_enrolled_shows_the_reason(qtbot: QtBot, kiosk: KioskServices) -> None:
    kiosk.registration.register(applicant_form())
    source = ConnectivitySource()
    strip = StatusStrip()
    qtbot.addWidget(strip)
    bridge = SyncBridge(kiosk.sync, source)
    wire(bridge, strip)
    strip.retranslate("en")
    with qtbot.waitSignal(bridge.finished, timeout=30_000) as finished:
        bridge.sync_now()
    assert finished.args[0].error is not None
    qtbot.waitUntil(lambda: "never synced" in strip.sync_detail.text(), timeout=10_000)
    assert not source.current.online
    assert bridge.stop()
