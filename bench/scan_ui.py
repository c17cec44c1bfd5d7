"""Benchmark: a simulated keyboard-wedge scanner against the real scan screen.

Key presses arrive a few milliseconds apart (as a USB scanner types), ending with Enter; the
time measured is from the last key to the verdict banner's first paint. The last line printed
is one JSON object.

    QT_QPA_PLATFORM=offscreen python bench/scan_ui.py [--scans 200] [--key-ms 2] [--no-enter]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.demo import PeopleGenerator
from kiosk.services.kiosk import open_kiosk
from kiosk.services.registration import ApplicantForm
from kiosk.store.paths import DataPaths
from kiosk.ui.main_window import MainWindow
from kiosk.ui.theme import apply_theme


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scans", type=int, default=200)
    parser.add_argument("--key-ms", type=float, default=2.0, help="gap between key presses")
    parser.add_argument("--no-enter", action="store_true", help="scanner sends no Enter")
    args = parser.parse_args()
    app = QApplication([])
    apply_theme(app)
    kiosk = open_kiosk(DataPaths(Path(tempfile.mkdtemp(prefix="bench-ui-"))))
    today = kiosk.ctx.now().date()
    provider = kiosk.catalogue.create_provider("LPK Bench", "LPK", "32.73")
    program = kiosk.catalogue.create_program("Barista", "kuliner", 40)
    session = kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 1",
        start_date=today,
        end_date=today + dt.timedelta(days=5),
        schedule=WeeklySchedule(tuple(range(7)), "00:00", "23:59"),
        capacity=500,
    )
    people: list[ApplicantForm] = []
    generator = PeopleGenerator(3, today)
    while len(people) < args.scans:
        form = next(generator)
        people.append(form)
    results = [r for r in kiosk.registration.register_many(people) if r.card_payload]
    payloads = [r.card_payload for r in results if r.card_payload][: args.scans]
    staff = kiosk.staff.create("bench", "Bench", "482915")
    window = MainWindow(lang="id")
    window.attach(kiosk)
    window.resize(1024, 768)
    window.show()
    area = window.staff_area
    window.stack.setCurrentWidget(area)
    area._logged_in(kiosk.staff.login(staff.username, "482915"))
    summary = next(s for s in kiosk.catalogue.sessions() if s.id == session.id)
    area.scanning.open(summary)
    target = area.scan.search
    latencies: list[float] = []
    state = {"index": 0, "char": 0, "last_key": 0.0}
    key_timer = QTimer()
    key_timer.setTimerType(Qt.TimerType.PreciseTimer)
    key_timer.setInterval(max(1, round(args.key_ms)))

    def painted(at: float) -> None:
        if state["last_key"]:
            latencies.append((at - state["last_key"]) * 1000)
            state["last_key"] = 0.0
            state["index"] += 1
            state["char"] = 0
            if state["index"] >= len(payloads):
                app.quit()
            else:
                QTimer.singleShot(50, key_timer.start)

    area.scan.banner.painted.connect(painted)

    def type_key() -> None:
        text = payloads[state["index"]]
        i = state["char"]
        if i < len(text):
            ch = text[i]
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    target, QKeyEvent(kind, ord(ch), Qt.KeyboardModifier.NoModifier, ch)
                )
            state["char"] += 1
            if state["char"] == len(text) and args.no_enter:
                key_timer.stop()
                state["last_key"] = time.monotonic()
            return
        key_timer.stop()
        QApplication.sendEvent(
            target,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"
            ),
        )
        state["last_key"] = time.monotonic()

    key_timer.timeout.connect(type_key)
    QTimer.singleShot(200, key_timer.start)
    QTimer.singleShot(600_000, app.quit)
    app.exec()
    window.close()
    window.deleteLater()
    app.processEvents()
    kiosk.close()
    latencies.sort()
    print(
        json.dumps(
            {
                "scans": len(latencies),
                "key_ms": args.key_ms,
                "enter": not args.no_enter,
                "p50_ms": round(statistics.median(latencies), 2),
                "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 2),
                "max_ms": round(latencies[-1], 2),
            }
        )
    )
    sys.stdout.flush()
    app.shutdown()


if __name__ == "__main__":
    main()
