"""Start-up benchmark: process start to the first painted frame of the kiosk's main window,
against a bare PySide6 main window measured in the same run.

    python bench/startup.py [--runs 7] [--data-dir D] [--python PY]

The last line of output is one JSON object:
    {"app_first_frame_s": ..., "bare_qt_first_frame_s": ..., "ratio": ...}   (medians; ratio = app/bare)

Method
------
* Each measurement is a fresh child process (``python -c ...``) with QT_QPA_PLATFORM=offscreen.
  The parent takes ``time.time()`` just before spawning it; the child prints ``time.time()`` at
  the first paint of its main window; the difference is the start-up time, interpreter start
  included. Both read the same system wall clock, so the two stamps are comparable.
* "First painted frame" = the first QEvent.Paint delivered to the QMainWindow (the top-level
  widget is painted first in a frame; the children follow in the same repaint).
* The app child runs the real start-up path, ``kiosk.main.main(["--data-dir", D, "--windowed",
  "--no-demo"])``, unmodified. To see its paint events without patching anything, the child first
  creates a plain QObject and *posts* it an event, before any QApplication exists (Qt keeps posted
  events in the thread's queue until an event loop runs). That event is therefore the first thing
  the application's event loop delivers, and painting only ever happens inside the event loop
  (run_gui shows the window, then calls app.exec()), so its handler installs an application-wide
  event filter before the first paint. The handler also checks that no window is exposed yet and
  fails the run if one is, so a change in start-up order cannot silently produce a wrong number.
  The bare child uses exactly the same hook, so the mechanism costs both sides the same.
* After the first paint the child quits its event loop normally (the app then drains its
  background store opening, untimed).
* The data folder holds an already migrated store with demo data, created once (untimed) with
  ``kiosk demo --applicants 200 --sessions 5``; the GUI runs with ``--no-demo``.
* App and bare runs alternate (after one untimed warm-up of each, for the file cache), N times
  each; medians are reported.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARK = "KIOSK_BENCH_FIRST_FRAME"
DEMO_SIZE = ("--applicants", "200", "--sessions", "5")

# Shared by both children: the first-frame hook (see the module docstring).
HOOK = f"""
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject


class _FirstFrame(QObject):
    def customEvent(self, event):
        # First event of the application's event loop: nothing has been painted yet.
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if handle is not None and handle.isExposed():
                print("{MARK} LATE", flush=True)
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            from PySide6.QtWidgets import QMainWindow

            if isinstance(obj, QMainWindow):
                stamp = time.time()
                QCoreApplication.instance().removeEventFilter(self)
                print("{MARK}", repr(stamp), flush=True)
                QCoreApplication.instance().quit()
        return False


_hook = _FirstFrame()
QCoreApplication.postEvent(_hook, QEvent(QEvent.Type.User))
"""

APP_CHILD = (
    HOOK
    + """
from kiosk.main import main

sys.exit(main(["--data-dir", sys.argv[1], "--windowed", "--no-demo"]))
"""
)

BARE_CHILD = (
    HOOK
    + """
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 768)
window.show()
sys.exit(app.exec())
"""
)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("KIOSK_DATA_DIR", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # use the bytecode cache, as an installed kiosk does
    return env


def measure(python: str, code: str, data_dir: Path, timeout: float) -> float:
    """Seconds from spawning the child to the first paint of its main window."""
    start = time.time()
    proc = subprocess.run(
        [python, "-c", code, str(data_dir)],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            value = line.removeprefix(MARK).strip()
            if value == "LATE":
                raise RuntimeError("the first-frame hook ran after a window was exposed")
            if proc.returncode != 0:
                break
            return float(value) - start
    raise RuntimeError(
        f"child exited with {proc.returncode} without a first frame\n"
        f"stdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-4000:]}"
    )


def prepare_data_dir(python: str, data_dir: Path) -> None:
    """An already migrated store with demo data (untimed)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    if (data_dir / "kiosk.sqlite3").exists():
        return
    env = dict(os.environ)
    env.pop("KIOSK_DATA_DIR", None)
    subprocess.run(
        [python, "-m", "kiosk", "--data-dir", str(data_dir), "demo", *DEMO_SIZE],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="measurements of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs of each first")
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: a fresh temporary one with demo data)"
    )
    parser.add_argument("--python", default=sys.executable, help="interpreter of the children")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per child")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def run(args: argparse.Namespace, data_dir: Path) -> dict[str, float]:
    prepare_data_dir(args.python, data_dir)
    for _ in range(args.warmup):
        measure(args.python, APP_CHILD, data_dir, args.timeout)
        measure(args.python, BARE_CHILD, data_dir, args.timeout)
    app: list[float] = []
    bare: list[float] = []
    for index in range(args.runs):
        app.append(measure(args.python, APP_CHILD, data_dir, args.timeout))
        bare.append(measure(args.python, BARE_CHILD, data_dir, args.timeout))
        print(f"run {index + 1}/{args.runs}: app {app[-1]:.3f} s   bare Qt {bare[-1]:.3f} s")
    app_median = statistics.median(app)
    bare_median = statistics.median(bare)
    print(
        f"app:     median {app_median:.3f} s, min {min(app):.3f} s, max {max(app):.3f} s\n"
        f"bare Qt: median {bare_median:.3f} s, min {min(bare):.3f} s, max {max(bare):.3f} s"
    )
    return {
        "app_first_frame_s": round(app_median, 4),
        "bare_qt_first_frame_s": round(bare_median, 4),
        "ratio": round(app_median / bare_median, 3),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.data_dir is not None:
        result = run(args, args.data_dir)
    else:
        with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
            result = run(args, Path(tmp) / "data")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
