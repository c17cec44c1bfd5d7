"""Render every screen state of the kiosk to PNG, in both languages, at 1024×768 and 1920×1080.

    python scripts/screenshots.py OUT_DIR [--only PREFIX,...]

Each wizard step with and without errors, the keyboard open, every scan verdict, the
forgot-card look-up, the staff and admin screens and the idle overlay, on a synthetic kiosk in
a temporary folder (no real person's data). Files are OUT_DIR/NAME-LANG-WxH.png; the last line
printed is JSON: how many were written and any text found cut off or shown as a message code.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

SIZES = ((1024, 768), (1920, 1080))
LANGS = ("id", "en")
CODE = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")  # a message code shown instead of its text
WIB = dt.timezone(dt.timedelta(hours=7))


class FixedClock:
    """The kiosk's clock for the pictures: a Monday morning that the script moves by hand."""

    def __init__(self) -> None:
        self.moment = dt.datetime(2026, 3, 2, 8, 5, tzinfo=WIB)

    def __call__(self) -> dt.datetime:
        return self.moment


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons whose text does not fit them, and buttons outside their parent."""
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"{label.objectName()}: {label.text()[:40]!r} cut at the bottom")
        else:
            metrics = label.fontMetrics()
            width = max(metrics.horizontalAdvance(line) for line in label.text().splitlines())
            if width > label.contentsRect().width() + 1:
                problems.append(f"{label.objectName()}: {label.text()[:40]!r} cut at the side")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        if button.fontMetrics().horizontalAdvance(button.text()) > button.width() - 8:
            problems.append(f"button {button.text()!r} too narrow")
        parent = button.parentWidget()
        if parent is not None and not parent.rect().contains(button.geometry()):
            problems.append(f"button {button.text()!r} sticks out of its parent")
        if button.height() < button.sizeHint().height() - 2:
            problems.append(f"button {button.text()!r} squeezed to {button.height()} px")
    return problems


def codes_shown(root: QWidget) -> list[str]:
    texts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton)]
    return [t for t in texts if CODE.match(t)]


class Shooter:
    def __init__(
        self, window: object, out: Path, settle: Callable[[], None], only: tuple[str, ...] = ()
    ) -> None:
        from kiosk.ui.main_window import MainWindow

        assert isinstance(window, MainWindow)
        self.window = window
        self.out = out
        self.settle = settle
        self.problems: list[str] = []
        self.written = 0
        self.only = only  # name prefixes to render (all when empty): quicker when iterating

    def __call__(self, name: str, before: Callable[[], None] | None = None) -> None:
        window = self.window
        if self.only and not name.startswith(self.only):
            return
        for lang in LANGS:
            window.set_language(lang)
            for width, height in SIZES:
                window.resize(width, height)
                self.settle()
                if before is not None:
                    before()
                    self.settle()
                window.grab().save(str(self.out / f"{name}-{lang}-{width}x{height}.png"))
                self.written += 1
                screen = window.stack.currentWidget()
                self.problems += [f"{name}/{lang}/{width}: {p}" for p in clipped(screen)]
                self.problems += [f"{name}/{lang}: code {c}" for c in codes_shown(window)]
        window.set_language("id")


def render_all(out: Path, only: tuple[str, ...] = ()) -> dict[str, object]:
    """Every state, both languages, both sizes, into ``out``; returns the summary."""
    from kiosk.services.kiosk import open_kiosk
    from kiosk.store.paths import DataPaths
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, icon=False)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as folder:
        paths = DataPaths(Path(folder))
        clock = FixedClock()
        services = open_kiosk(paths, clock=clock)
        window = MainWindow(lang="id")
        window.show()
        window.attach(services)

        def settle() -> None:
            for _ in range(3):
                window.ops.drain()
                QCoreApplication.processEvents()

        shoot = Shooter(window, out, settle, only)
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from screenshot_states import walk

        try:
            walk(window, services, clock, shoot, settle)
        finally:
            if window.sync is not None:
                window.sync.stop()
            window.ops.drain()
            window._may_close = True
            window.close()
            services.close()
    return {"written": shoot.written, "problems": shoot.problems}


def main(argv: list[str]) -> int:
    only: tuple[str, ...] = ()
    if len(argv) == 4 and argv[2] == "--only":
        only, argv = tuple(argv[3].split(",")), argv[:2]
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: python scripts/screenshots.py OUT_DIR [--only PREFIX,...]", file=sys.stderr)
        return 2
    summary = render_all(Path(argv[1]), only)
    for problem in summary["problems"]:  # type: ignore[attr-defined]
        print(problem)
    print(json.dumps({"written": summary["written"], "problems": len(summary["problems"])}))  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
