"""The admin menu through real widgets: pairing with a real server, sync health and "Sync now",
refused records, a USB bundle, and settings with +/- buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kiosk.services.drives import Drive
from kiosk.services.kiosk import KioskServices
from kiosk.services.settings import IDLE_TIMEOUT, RETENTION_DAYS, STALE_PENDING_DAYS
from kiosk.services.staff import Role
from kiosk.ui.main_window import MainWindow
from tests.factories import applicant_form
from tests.netproxy import free_port
from tests.servers import ServerProcess

LEFT = Qt.MouseButton.LeftButton
ADMIN_PIN = "731946"


@pytest.fixture
def window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    kiosk.staff.create("kepala", "Kepala BLK", ADMIN_PIN, Role.ADMIN)
    win = MainWindow(lang="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    assert win.sync is not None
    win.sync.stop()
    win.ops.drain()
    win.close()


def tap(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget
    qtbot.mouseClick(widget, LEFT)


def sign_in_as_admin(window: MainWindow, qtbot: QtBot) -> None:
    tap(qtbot, window.top_bar.admin)
    pin = window.admin_pin
    qtbot.waitUntil(lambda: "kepala" in pin.names.buttons, timeout=5000)
    tap(qtbot, pin.names.buttons["kepala"])
    for digit in ADMIN_PIN:
        tap(qtbot, pin.keypad.buttons[digit])
    tap(qtbot, pin.ok)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.admin, timeout=10_000)


def pair(window: MainWindow, qtbot: QtBot, url: str, code: str) -> None:
    page = window.admin.pairing
    tap(qtbot, page.url)
    keys = window.keyboard.keyboard.keys if window.keyboard else {}
    tap(qtbot, keys["C"])
    qtbot.keyClicks(page.url, url)
    tap(qtbot, page.code)
    tap(qtbot, keys["C"])
    for char in code.lower():  # the on-screen keyboard, as on a kiosk without keys
        tap(qtbot, keys[char])
    tap(qtbot, page.submit)
    qtbot.waitUntil(lambda: page.submit.isEnabled(), timeout=30_000)


def test_pairing_explains_bad_codes_and_unreachable_servers_then_pairs(
    window: MainWindow,
    kiosk: KioskServices,
    qtbot: QtBot,
    server: ServerProcess,
) -> None:
    sign_in_as_admin(window, qtbot)
    tap(qtbot, window.admin.entries["pairing"])
    page = window.admin.pairing
    qtbot.waitUntil(lambda: "not paired" in page.current.text(), timeout=5000)
    pair(window, qtbot, f"http://127.0.0.1:{free_port()}", "ABCD-EFGH-JKLM")
    assert "cannot be reached" in page.outcome.text()
    pair(window, qtbot, server.url, "ABCD-EFGH-JKLM")
    assert "Enrolment refused" in page.outcome.text()
    assert not kiosk.sync.health().enrolled
    pair(window, qtbot, server.url, server.enrolment_code("BLK-BANDUNG"))
    assert "BLK-BANDUNG" in page.outcome.text()
    assert page.code.text() == ""  # a used code is not left on screen
    assert kiosk.sync.health().enrolled
    qtbot.waitUntil(lambda: server.url in page.current.text(), timeout=5000)
    tap(qtbot, page.back)
    assert window.admin.stack.currentWidget() is window.admin.menu


def test_sync_now_and_refused_records_are_shown(
    window: MainWindow,
    kiosk: KioskServices,
    qtbot: QtBot,
    server: ServerProcess,
) -> None:
    kiosk.registration.register(applicant_form())
    with kiosk.store.transaction() as session:
        kiosk.ctx.record(session, "hologram", "h1", "create", {"colour": "blue"})
    kiosk.sync.enroll(server.url, server.enrolment_code())
    bridge = window.sync
    assert bridge is not None
    qtbot.waitUntil(lambda: not bridge.running, timeout=30_000)  # the start-up sync
    sign_in_as_admin(window, qtbot)
    tap(qtbot, window.admin.entries["sync"])
    page = window.admin.sync_health
    qtbot.waitUntil(lambda: page.sync_now.isEnabled(), timeout=30_000)
    with qtbot.waitSignal(bridge.finished, timeout=30_000):
        tap(qtbot, page.sync_now)
    qtbot.waitUntil(lambda: "Sync finished" in page.outcome.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.values["pending"].text() == "0", timeout=10_000)
    assert page.values["server"].text() == server.url
    refused = kiosk.sync.rejected_events()  # looking at them drops nothing
    assert page.values["rejected"].text() == str(len(refused))
    assert "ago" in page.values["last_ok"].text()
    tap(qtbot, page.back)
    tap(qtbot, window.admin.entries["rejected"])
    rejected = window.admin.rejected
    qtbot.waitUntil(lambda: rejected.list.count() == len(refused), timeout=5000)
    texts = [rejected.list.item(row).text() for row in range(rejected.list.count())]
    assert any("hologram" in t and "unknown entity hologram" in t for t in texts)
    assert len(kiosk.sync.rejected_events()) == len(refused)


def test_export_writes_a_bundle_to_the_chosen_drive(
    window: MainWindow,
    kiosk: KioskServices,
    qtbot: QtBot,
    tmp_path: Path,
    server: ServerProcess,
) -> None:
    # bundles are encrypted to the server, whose key comes with the one-time pairing
    kiosk.sync.enroll(server.url, server.enrolment_code())
    kiosk.registration.register(applicant_form())
    usb = tmp_path / "KINGSTON"
    usb.mkdir()
    not_a_folder = tmp_path / "broken"
    not_a_folder.write_text("")
    drives = [Drive(usb, "KINGSTON", 7800), Drive(not_a_folder, "BROKEN", 10)]
    window.admin.export.find_drives = lambda: drives
    sign_in_as_admin(window, qtbot)
    tap(qtbot, window.admin.entries["export"])
    page = window.admin.export
    qtbot.waitUntil(lambda: page.list.count() == 2, timeout=5000)
    assert "KINGSTON — 7800 MB free" in page.list.item(0).text()
    tap(qtbot, page.write)
    qtbot.waitUntil(lambda: "Done:" in page.outcome.text(), timeout=10_000)
    [bundle] = usb.glob("kios3in1-*.k3b")
    pending = kiosk.sync.health().pending  # the bundle carries what waits, and keeps it
    assert bundle.stat().st_size > 0 and f"{pending} records" in page.outcome.text()
    page.list.setCurrentRow(1)
    tap(qtbot, page.write)
    qtbot.waitUntil(lambda: "Could not write" in page.outcome.text(), timeout=10_000)
    assert page.outcome.property("error") is True
    drives.clear()
    tap(qtbot, page.refresh)
    qtbot.waitUntil(lambda: page.empty.isVisible(), timeout=5000)
    assert not page.write.isEnabled() and page.folder.isEnabled()


def test_settings_change_with_plus_and_minus_and_apply_at_once(
    window: MainWindow, kiosk: KioskServices, qtbot: QtBot
) -> None:
    sign_in_as_admin(window, qtbot)
    tap(qtbot, window.admin.entries["settings"])
    page = window.admin.settings
    idle = page.rows[IDLE_TIMEOUT.key]
    qtbot.waitUntil(lambda: idle.shown.text() == "90 seconds", timeout=5000)
    tap(qtbot, idle.more)
    qtbot.waitUntil(lambda: kiosk.settings.get(IDLE_TIMEOUT) == 105, timeout=5000)
    qtbot.waitUntil(lambda: window.idle.timeout_s == 105, timeout=5000)
    assert page.outcome.text() == "Saved."
    stale = page.rows[STALE_PENDING_DAYS.key]
    for _ in range(2):  # 3 -> 1 day
        tap(qtbot, stale.less)
    qtbot.waitUntil(lambda: kiosk.settings.get(STALE_PENDING_DAYS) == 1, timeout=5000)
    assert stale.shown.text() == "1 day" and not stale.less.isEnabled()  # at its minimum
    tap(qtbot, page.rows[RETENTION_DAYS.key].less)
    qtbot.waitUntil(lambda: kiosk.settings.get(RETENTION_DAYS) == 335, timeout=5000)
    for button in page.buttons:
        assert button.height() >= 44 and button.width() >= 44
    window.go_home()  # idle or home: the admin menu starts over
    assert window.admin.stack.currentWidget() is window.admin.menu


def test_set_aside_changes_are_counted_and_listed_in_both_languages(
    window: MainWindow, kiosk: KioskServices, qtbot: QtBot, tmp_path: Path
) -> None:
    from kiosk.store.models import SyncQuarantine
    from kiosk.sync.apply import set_aside
    from kiosk.sync.protocol import Change

    now = kiosk.ctx.now()
    with kiosk.store.transaction() as session:
        data = {"id": "01900000-0000-7000-8000-000000000001", "uses_checkout": "yes"}
        change = Change(kind="training_session", id=str(data["id"]), data=data)
        set_aside(session, change, "uses_checkout: must be a boolean", now)
    sign_in_as_admin(window, qtbot)
    tap(qtbot, window.admin.entries["sync"])
    page = window.admin.sync_health
    qtbot.waitUntil(lambda: page.set_aside_list.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: page.values["set_aside"].text() == "1", timeout=10_000)
    assert page.captions["set_aside"].text() == "Changes set aside"
    text = page.set_aside_list.item(0).text()
    assert "training_session" in text and "uses_checkout: must be a boolean" in text
    assert "not yet reported" in text
    window.resize(1024, 768)
    page.grab().save(str(tmp_path / "admin-sync-en.png"))
    window.set_language("id")
    assert page.captions["set_aside"].text() == "Perubahan disisihkan"
    assert "belum dilaporkan" in page.set_aside_list.item(0).text()
    page.grab().save(str(tmp_path / "admin-sync-id.png"))
    with kiosk.store.reading() as session:  # looking at it drops nothing
        assert len(session.query(SyncQuarantine).all()) == 1
