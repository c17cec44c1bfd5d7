"""Starting the GUI: lock, first frame early, then the store (demo data only with --demo)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import types
from typing import Any

from kiosk.i18n import UserError, render
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
            window.report_error(error)
        except Exception:
            log.exception("could not show the error screen")

    sys.excepthook = hook


def _open_services(paths: DataPaths, lock: DataDirLock, seed_demo: bool) -> Any:
    from kiosk.services.kiosk import open_kiosk
    from kiosk.store.backup import check_database

    check_database(paths)  # a damaged file leads to the recovery screen, never a crash loop
    services = open_kiosk(paths, lock=lock)
    if seed_demo:
        status = services.status.status()
        if status.applicants == 0 and status.sessions == 0:
            from kiosk.services.demo import run_demo
            from kiosk.services.settings import mark_demo_data

            log.info("empty store and --demo: adding demo data")
            try:
                mark_demo_data(services.ctx)  # refused in a paired kiosk
                run_demo(services, applicants=FIRST_RUN_APPLICANTS, sessions=FIRST_RUN_SESSIONS)
            except BaseException:
                services.close()
                raise
    return services


def FirstFrame(window: Any, then: Any) -> Any:
    """An event filter that calls ``then`` once, right after the window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    return _FirstFrame(window)


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

    from PySide6.QtWidgets import QApplication

    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.ops import Topic
    from kiosk.ui.theme import apply_theme

    _route_qt_messages()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Kios3in1")
    apply_theme(app, icon=False)
    window = MainWindow(lang=args.lang, kiosk_mode=not args.windowed, build_all=False)
    _install_excepthook(window)
    if args.windowed:
        window.show()
    else:
        # Full screen has no frame on the kiosk's window systems; setting the frameless flag
        # as well would cost the Qt namespace's start-up (~80 ms) before the first frame.
        window.showFullScreen()

    def open_store() -> None:
        from kiosk.logsetup import setup_logging
        from kiosk.ui.theme import set_icon

        setup_logging(paths.logs)
        set_icon(app)
        window.build_screens()
        window.ops.write(
            lambda: _open_services(paths, lock, seed_demo=args.demo),
            Topic.MAINTENANCE,  # a migration or the demo data may have changed the store
            window.attach,
            failure=opening_failed,
        )

    def opening_failed(error: UserError) -> None:
        """Every refusal to open the store is a UserError (a bug goes to the window's one
        error reporter like any other): the screen says what to do."""
        from kiosk.store.backup import DatabaseCorrupt
        from kiosk.store.guard import StoreMissing

        if isinstance(error, DatabaseCorrupt):
            window.show_recovery(error.last_good, restore)
        elif isinstance(error, StoreMissing):
            window.show_refusal(error, error.last_good, restore)
        else:
            # A wrong or missing key, a read-only folder that needs an upgrade, a second
            # kiosk: the screen says what to do instead of a generic error notice.
            log.error("the store could not be opened: %s", type(error).__name__)
            window.show_refusal(error, None, restore)

    def restore(backup: Any) -> None:
        import datetime as dt

        from kiosk.store.backup import restore_backup

        window.ops.write(
            lambda: restore_backup(paths, backup, dt.datetime.now(dt.UTC)),
            Topic.MAINTENANCE,
            lambda _kept: open_store(),
            failure=opening_failed,
        )

    # Logging and the store start after the first frame is painted, so the kiosk looks alive
    # at once (a zero timer would run before the first paint).
    first_frame = FirstFrame(window, open_store)
    window.installEventFilter(first_frame)
    code = app.exec()
    window.ops.drain()
    if window.services is not None:
        window.services.close()
    lock.release()
    return code


def self_test(args: argparse.Namespace, paths: DataPaths) -> int:
    """Open the store, build the main window offscreen, render it once, exit 0 (frozen build)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from kiosk.services.kiosk import open_kiosk
    from kiosk.store.backup import check_database
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import apply_theme

    _route_qt_messages()
    check_database(paths)  # a damaged, missing or emptied store fails the self-test
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
