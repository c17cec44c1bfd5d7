"""What the GUI start-up does before its first frame (issue #2): only the shell, nothing slow.

A fresh interpreter runs the real start-up path, ``kiosk.main.main``, and reports at the first
paint of the main window, the same way as ``bench/startup.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject


class FirstFrame(QObject):
    def customEvent(self, event):
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.inherits("QMainWindow"):
            QCoreApplication.instance().removeEventFilter(self)
            import PySide6.QtCore, PySide6.QtGui

            built = set(vars(PySide6.QtCore)) | set(vars(PySide6.QtGui))
            print("FIRST_FRAME", json.dumps({
                "modules": sorted(sys.modules),
                "qt_types": sorted(built & {"Qt", "QIcon", "QPropertyAnimation"}),
                "text": obj.home.welcome.text(),
            }), flush=True)
            QCoreApplication.instance().quit()
        return False


hook = FirstFrame()
QCoreApplication.postEvent(hook, QEvent(QEvent.Type.User))
from kiosk.main import main

sys.exit(main(["--data-dir", sys.argv[1], "--windowed", "--no-demo", "--lang", sys.argv[2]]))
"""


def first_frame(data_dir: Path, lang: str) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_FRAME "):
            report: dict[str, object] = json.loads(line.removeprefix("FIRST_FRAME "))
            return report
    raise AssertionError(f"no first frame (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def test_first_frame_needs_neither_the_store_nor_the_command_line(tmp_path: Path) -> None:
    report = first_frame(tmp_path / "data", "id")
    modules = set(report["modules"])  # type: ignore[call-overload]
    for slow in ("sqlalchemy", "kiosk.services", "kiosk.cli", "importlib.resources"):
        assert slow not in modules, f"{slow} is imported before the first frame"
    # The Qt namespace and QIcon are built after the first frame; QMainWindow places the
    # central widget without a (dock-widget) QPropertyAnimation.
    assert report["qt_types"] == []


def test_first_frame_is_in_the_chosen_language(tmp_path: Path) -> None:
    assert first_frame(tmp_path / "data", "en")["text"] == "Welcome! What would you like to do?"
