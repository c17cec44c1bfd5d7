"""Screens saved as PNG in both languages and sizes for a person to look at, and checked for
clipped text and message codes, with the same checks scripts/screenshots.py applies."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.services.kiosk import KioskServices
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import LANGS, SIZES, clipped, codes_shown  # noqa: E402

ARTEFACTS = ROOT / "build" / "screenshots"


@pytest.fixture
def themed_window(qtbot: QtBot, kiosk: KioskServices) -> Iterator[MainWindow]:
    """The main window with the kiosk's stylesheet, attached to a real kiosk."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_font = app.styleSheet(), app.font()
    apply_theme(app)
    win = MainWindow(lang="id")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.attach(kiosk)
    yield win
    win.ops.drain()
    win.close()
    app.setStyleSheet(old_sheet)
    app.setFont(old_font)


def snap_screen(window: MainWindow, qtbot: QtBot, name: str, problems: list[str]) -> None:
    """Save the current screen in both languages and sizes; note clipped text and codes."""
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        window.set_language(lang)
        for width, height in SIZES:
            window.resize(width, height)
            qtbot.waitUntil(lambda w=width: window.width() == w, timeout=2000)
            QApplication.processEvents()
            window.grab().save(str(ARTEFACTS / f"{name}-{lang}-{width}x{height}.png"))
            shown = window.stack.currentWidget()
            problems.extend(f"{name}/{lang}/{width}: {p}" for p in clipped(shown))
            problems.extend(f"{name}/{lang}: code {c}" for c in codes_shown(window))
    window.set_language("id")
