"""Sync benchmark: upload a field day through a throttled loopback link; JSON last line.

python bench/sync.py --kbps 256 --rtt-ms 600     # 300 registrations + 3,000 scans
python bench/sync.py --events 100000             # plain loopback, throughput
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.domain.ids import new_id
from kiosk.services.context import dict_payload, utc_offset_minutes
from kiosk.services.demo import PeopleGenerator, create_demo_catalogue
from kiosk.services.kiosk import KioskServices, open_kiosk
from kiosk.store.models import AttendanceEvent, OutboxEvent
from kiosk.store.paths import DataPaths
from server.accounts import new_enrolment_code
from server.db import Database
from server.models import Event
from tests.netproxy import FaultProxy, free_port, wait_until


def register(kiosk: KioskServices, registrations: int) -> tuple[list[Any], list[str]]:
    people = PeopleGenerator(seed=11, today=kiosk.ctx.now().date())
    results = kiosk.registration.register_many(itertools.islice(people, registrations))
    return results, create_demo_catalogue(kiosk, 4)


def scan(kiosk: KioskServices, results: list[Any], sessions: list[str], scans: int) -> None:
    """Scans written as a scan writes them: the row and its outbox event together."""
    ctx = kiosk.ctx
    start = ctx.now()
    rows, events = [], []
    for n in range(scans):
        person = results[n % len(results)]
        at = start + dt.timedelta(seconds=n)
        row = {
            "id": new_id(),
            "session_id": sessions[n % len(sessions)],
            "card_id": person.card_id,
            "applicant_id": person.applicant_id,
            "kind": "check_in",
            "admitted_by": None,
            "local_day": (at + dt.timedelta(days=n // 1000)).date(),
            "recorded_at": at,
            "utc_offset_min": utc_offset_minutes(at),
            "device_id": ctx.device_id,
            "staff_id": None,
        }
        rows.append(row)
        events.append(
            ctx.outbox_row("attendance_event", row["id"], "create", dict_payload(row), at)
        )
    with ctx.store.transaction() as session:
        for chunk in range(0, len(rows), 5000):
            session.execute(insert(AttendanceEvent.__table__), rows[chunk : chunk + 5000])
            session.execute(insert(OutboxEvent.__table__), events[chunk : chunk + 5000])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kbps", type=float, help="link bandwidth (both ways)")
    parser.add_argument("--rtt-ms", type=float, default=0.0)
    parser.add_argument("--events", type=int, help="attendance events (default: field day)")
    parser.add_argument("--registrations", type=int, default=300)
    args = parser.parse_args()
    scans = args.events if args.events is not None else 3000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'server.sqlite3'}"
        db = Database(url)
        with db.transaction() as session:
            code = new_enrolment_code(session, "BENCH", dt.datetime.now(dt.UTC))
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--database", url, "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            import requests

            def healthy() -> bool:
                try:
                    return requests.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).ok
                except requests.RequestException:
                    return False

            wait_until(healthy, timeout=60)
            with FaultProxy(port, kbps=args.kbps, rtt_ms=args.rtt_ms) as proxy:
                kiosk = open_kiosk(DataPaths(folder / "kiosk"))
                try:
                    kiosk.sync.enroll(proxy.url, code)
                    results, sessions = register(kiosk, args.registrations)
                    # The morning's registrations go up first, so that the scans' own cost
                    # on the wire can be read off the second sync.
                    up0, req0, t0 = proxy.bytes_up, proxy.requests, time.perf_counter()
                    first = kiosk.sync.run()
                    reg_seconds = time.perf_counter() - t0
                    reg_up, reg_down = proxy.bytes_up - up0, proxy.bytes_down
                    reg_requests = proxy.requests - req0
                    scan(kiosk, results, sessions, scans)
                    with kiosk.store.reading() as session:
                        total = session.scalar(select(func.count()).select_from(OutboxEvent))
                        attendance = session.scalar(
                            select(func.count())
                            .select_from(OutboxEvent)
                            .where(OutboxEvent.entity == "attendance_event")
                        )
                    up0, down0, req0 = proxy.bytes_up, proxy.bytes_down, proxy.requests
                    started = time.perf_counter()
                    report = kiosk.sync.run()
                    scan_seconds = time.perf_counter() - started
                finally:
                    kiosk.close()
                scan_up = proxy.bytes_up - up0
                bytes_up = reg_up + scan_up
                bytes_down = reg_down + proxy.bytes_down - down0
                requests_made = reg_requests + proxy.requests - req0
                seconds = reg_seconds + scan_seconds
            with db.transaction() as session:
                stored = session.scalar(select(func.count()).select_from(Event))
        finally:
            server.terminate()
            server.wait(30)
            db.close()
    link_bound = (bytes_up + bytes_down) * 8 / (args.kbps * 1000) if args.kbps else None
    result = {
        "events": total,
        "attendance_events": attendance,
        "stored_on_server": stored,
        "complete": report.complete and first.complete,
        "bytes_up": bytes_up,
        "bytes_down": bytes_down,
        "requests": requests_made,
        "seconds": round(seconds, 3),
        "events_per_s": round((total or 0) / seconds, 1),
        "bytes_per_event_up": round(bytes_up / max(total or 1, 1), 1),
        "bytes_per_attendance_event_up": round(scan_up / max(scans, 1), 1),
        "link_bound_s": None if link_bound is None else round(link_bound, 3),
        "efficiency": None if link_bound is None else round(link_bound / seconds, 3),
    }
    print(json.dumps(result))
    return 0 if report.complete and stored == total else 1


if __name__ == "__main__":
    sys.exit(main())
