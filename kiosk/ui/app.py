"""Starting the GUI: lock, first frame as early as possible, then the store, demo data on first run."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import types
from typing import Any

from kiosk.i18n import render
from kiosk.store.lock import DataDirLock
from kiosk.store.paths import DataPaths
from kiosk.ui import texts  # noqa: F401 - Qt-free; registers the GUI's texts

log = logging.getLogger(__name__)

FIRST_RUN_APPLICANTS = 200
FIRST_RUN_SESSIONS = 12


def _route_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    qt_log = logging.getLogger("qt")

    def handler(mode: QtMsgType, _context: Any, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


def _install_excepthook(window: Any) -> None:
    def hook(
        kind: type[BaseException], error: BaseException, tb: types.TracebackType | None
    ) -> None:
        log.critical("unhandled error", exc_info=(kind, error, tb))
        try:
            window.show_error(error)
        except Exception:
            log.exception("could not show the error screen")

    sys.excepthook = hook


def _open_services(paths: DataPaths, lock: DataDirLock, seed_demo: bool) -> Any:
    from kiosk.services.kiosk import open_kiosk

    services = open_kiosk(paths, lock=lock)
    if seed_demo:
        status = services.status.status()
        if status.applicants == 0 and status.sessions == 0:
            from kiosk.services.demo import run_demo

            log.info("empty store: adding demo data")
            run_demo(services, applicants=FIRST_RUN_APPLICANTS, sessions=FIRST_RUN_SESSIONS)
    return services


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace, paths: DataPaths) -> int:
    if args.self_test:
        return self_test(args, paths)
    if not _has_display():
        # Qt would abort with a core dump; say it in one line instead.
        sys.stderr.write(render("gui.no_display", args.lang) + "\n")
        return 2
    lock = DataDirLock(paths.lock)
    lock.acquire()  # before any window: a second kiosk is refused with one clear line

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import apply_theme

    _route_qt_messages()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kios3in1")
    apply_theme(app)
    window = MainWindow(lang=args.lang, kiosk_mode=not args.windowed)
    _install_excepthook(window)
    if args.windowed:
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.showFullScreen()

    def open_store() -> None:
        window.tasks.run(
            lambda: _open_services(paths, lock, seed_demo=not args.no_demo),
            window.attach,
        )

    # The store opens after the first frame is painted, so the kiosk looks alive at once.
    QTimer.singleShot(0, open_store)
    code = app.exec()
    window.tasks.drain()
    if window.services is not None:
        window.services.close()
    lock.release()
    return code


def self_test(args: argparse.Namespace, paths: DataPaths) -> int:
    """Open the store, build the main window offscreen, render it once, exit 0 (frozen build)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.services.kiosk import open_kiosk
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import apply_theme

    _route_qt_messages()
    with open_kiosk(paths) as services:
        app = QApplication(sys.argv[:1])
        apply_theme(app)
        window = MainWindow(lang=args.lang)
        window.show()
        window.status_changed.emit(services.status.status())
        app.processEvents()
        image = window.grab()
        window.close()
        ok = not image.isNull() and image.width() >= 1024
        sys.stdout.write(
            f"self-test {'ok' if ok else 'FAILED'}: window {image.width()}x{image.height()}\n"
        )
        return 0 if ok else 1
