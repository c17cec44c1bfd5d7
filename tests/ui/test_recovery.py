"""The recovery screen: a damaged database offers the newest intact backup, never a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.ui.main_window import MainWindow


def test_recovery_offers_the_backup_and_restores_on_touch(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(lang="id")
    qtbot.addWidget(window)
    window.show()
    backup = tmp_path / "daily-20260301.sqlite3"
    backup.write_bytes(b"x")
    chosen: list[Path] = []
    window.show_recovery(backup, chosen.append)
    assert window.stack.currentWidget() is window.recovery
    assert "cadangan" in window.recovery.body.text()
    qtbot.mouseClick(window.recovery.restore, Qt.MouseButton.LeftButton)
    assert chosen == [backup]
    assert not window.recovery.restore.isEnabled()  # one restore at a time
    window.set_language("en")
    assert window.recovery.title.text() == "The kiosk's data needs recovery"
    window.close()


def test_recovery_without_a_backup_says_whom_to_call(qtbot: QtBot) -> None:
    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    window.show_recovery(None, lambda _path: None)
    assert "Call the site admin" in window.recovery.body.text()
    assert window.recovery.restore.isHidden()
    window.close()


def test_an_emptied_store_offers_the_newest_backup_with_the_restore_command(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kiosk.store.guard import StoreMissing
    from kiosk.store.paths import DataPaths

    window = MainWindow(lang="en")
    qtbot.addWidget(window)
    window.show()
    backup = tmp_path / "backups" / "daily-20260301.sqlite3"
    backup.parent.mkdir()
    backup.write_bytes(b"x")
    chosen: list[Path] = []
    window.show_refusal(StoreMissing(DataPaths(tmp_path), backup), backup, chosen.append)
    assert window.stack.currentWidget() is window.recovery
    assert f"kiosk restore {backup}" in window.recovery.body.text()
    qtbot.mouseClick(window.recovery.restore, Qt.MouseButton.LeftButton)
    assert chosen == [backup]
    window.set_language("id")
    assert "Pulihkan cadangan terbaru" in window.recovery.body.text()
    window.close()


def test_a_wrong_key_says_how_to_install_the_right_one_and_offers_no_restore(
    qtbot: QtBot,
) -> None:
    from kiosk.i18n import msg
    from kiosk.store.keybinding import KeyMismatch

    window = MainWindow(lang="id")
    qtbot.addWidget(window)
    window.show()
    problem = KeyMismatch(msg("store.key_mismatch", where="keys/personal-data.key"))
    window.show_refusal(problem, None, lambda _path: None)
    assert "kiosk key import BERKAS" in window.recovery.body.text()
    assert window.recovery.restore.isHidden()
    window.set_language("en")
    assert "kiosk key import FILE" in window.recovery.body.text()
    window.close()
