"""Every screen state in both languages at 1024×768 and 1920×1080, through the same code as
scripts/screenshots.py: each PNG is written, and no text is cut off or shown as a code."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from screenshots import LANGS, SIZES, render_all  # noqa: E402


def test_every_screen_state_renders_whole_in_both_languages_and_sizes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    old_sheet, old_font = app.styleSheet(), app.font()
    try:
        summary = render_all(tmp_path)
    finally:
        app.setStyleSheet(old_sheet)
        app.setFont(old_font)
    names = {path.name.rsplit("-", 2)[0] for path in tmp_path.glob("*.png")}
    for state in (
        "home",
        "wizard-2-identity-errors",
        "wizard-2-identity-keyboard",
        "wizard-8-review",
        "card-issued",
        "scan-amber-not-meeting-today",
        "scan-forgot-card-confirm",
        "staff-login-names",
        "admin-pairing-keyboard",
        "idle-countdown",
        "followup-status",
        "followup-staff-list",
        "desk-plan-keyboard",
        "checkin-refused",
        "competency-bnsp-saved",
        "verify-valid",
        "completion-review",
    ):
        assert state in names
    assert summary["written"] == len(names) * len(LANGS) * len(SIZES)
    assert summary["problems"] == []
