"""Fleet benchmark: many enrolled kiosks push a field day at once to `kiosk-server serve
--workers N` on PostgreSQL, for N = 1, 2, 4; events per second and p99 push latency. JSON last.

python bench/fleet.py                          # starts its own throwaway PostgreSQL cluster
python bench/fleet.py --database postgresql+psycopg://kiosk@127.0.0.1:5432/postgres
python bench/fleet.py --kiosks 48 --registrations 300 --scans 3000 --workers 1,2,4,8

Every kiosk is a real kiosk store (real registrations with cards, a class catalogue, scans
written as a scan writes them), enrolled for real with a one-time code. Its outbox is read
once and encoded with the protocol's own code (compact columns, gzip) right before each run,
so during the run the bench only sends bytes through the kiosk's SyncClient and the CPU goes
to the server and PostgreSQL. Each worker count gets a fresh copy (CREATE DATABASE ...
TEMPLATE) of the database the kiosks were enrolled in, so every run ingests the same events.
Only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
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
from kiosk.sync import state
from kiosk.sync.client import READ_TIMEOUT_S, SyncClient
from kiosk.sync.engine import to_push_event
from kiosk.sync.protocol import WireEvent, encode_columns, gzip_json
from server.accounts import new_enrolment_code
from server.db import Database
from server.models import Event
from tests.netproxy import free_port, wait_until

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Kiosk:
    device_id: str
    token: str
    batches: list[list[WireEvent]]
    bodies: list[bytes] = field(default_factory=list)


# -- PostgreSQL --------------------------------------------------------------------------


@contextmanager
def postgres(url: str | None) -> Iterator[tuple[str, Path | None]]:
    """The admin URL of a cluster, and its data folder when the bench started it."""
    if url:
        yield url, None
        return
    out = subprocess.run(
        ["bash", str(ROOT / ".ci" / "postgres.sh")], check=True, capture_output=True, text=True
    ).stdout
    env = dict(
        line.removeprefix("export ").split("=", 1) for line in out.splitlines() if "=" in line
    )
    admin = env["KIOSK_TEST_POSTGRES_URL"].strip("'")
    folder = Path(env["KIOSK_TEST_POSTGRES_DIR"].strip("'"))
    try:
        yield admin, folder / "data"
    finally:
        subprocess.run(["bash", str(ROOT / ".ci" / "postgres.sh"), "stop", str(folder)])


def sql(admin: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(
        admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True
    ) as c:
        c.execute(statement.encode())  # names made here, never from input


def database_url(admin: str, name: str) -> str:
    return f"{admin.rpartition('/')[0]}/{name}"


# -- processes and their CPU time --------------------------------------------------------


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds including reaped children) of a live process."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return int(fields[1]), sum(int(x) for x in fields[11:15]) / CLOCK_TICKS


def tree_cpu(root: int) -> float:
    """CPU seconds of a process and all its descendants (live ones, plus reaped ones)."""
    stats = {int(p.name): _stat(int(p.name)) for p in Path("/proc").iterdir() if p.name.isdigit()}
    children: dict[int, list[int]] = {}
    for pid, value in stats.items():
        if value is not None:
            children.setdefault(value[0], []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        value = stats.get(pid)
        if value is not None:
            total += value[1]
        todo.extend(children.get(pid, []))
    return total


def postmaster_pid(data: Path | None) -> int | None:
    if data is None:
        return None
    try:
        return int((data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def machine_cpu() -> float:
    """CPU seconds all cores have spent busy since boot (/proc/stat)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / CLOCK_TICKS


def cpu_times(server: int, postmaster: int | None) -> dict[str, float]:
    times = {
        "server": tree_cpu(server),
        "postgres": tree_cpu(postmaster) if postmaster else 0.0,
        "bench": time.process_time(),
        "machine": machine_cpu(),
    }
    times["others"] = times["machine"] - times["server"] - times["postgres"] - times["bench"]
    return times


class Server:
    def __init__(self, url: str, secrets: Path, port: int, workers: int, log: Path) -> None:
        self.base = f"http://127.0.0.1:{port}"
        with open(log, "ab") as out:
            self.process = subprocess.Popen(
                [
                    *(sys.executable, "-m", "server.cli", "serve", "--database", url),
                    *("--secrets-dir", str(secrets), "--port", str(port)),
                    *("--workers", str(workers)),
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
            )
        wait_until(self._healthy, timeout=120)

    def _healthy(self) -> bool:
        import requests

        if self.process.poll() is not None:
            raise RuntimeError("kiosk-server serve exited; see its log")
        try:
            return requests.get(self.base + "/api/v1/health", timeout=2).ok
        except requests.RequestException:
            return False

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)


# -- kiosks ------------------------------------------------------------------------------


def field_day(kiosk: KioskServices, number: int, registrations: int, scans: int) -> None:
    """A day's records written through the kiosk's services (scans as a scan writes them)."""
    people = PeopleGenerator(seed=1000 + number, today=kiosk.ctx.now().date())
    results = kiosk.registration.register_many(itertools.islice(people, registrations))
    sessions = create_demo_catalogue(kiosk, 3, seed=number)
    ctx = kiosk.ctx
    start = ctx.now()
    rows, events = [], []
    for n in range(scans):
        person = results[n % len(results)]
        at = start + dt.timedelta(seconds=5 * n)
        scan_id = new_id()
        row = {
            "id": scan_id,
            "session_id": sessions[n % len(sessions)],
            "card_id": person.card_id,
            "applicant_id": person.applicant_id,
            "kind": "check_in" if n < scans // 2 else "check_out",
            "admitted_by": None,
            "local_day": at.date(),
            "recorded_at": at,
            "utc_offset_min": utc_offset_minutes(at),
            "device_id": ctx.device_id,
            "staff_id": None,
        }
        rows.append(row)
        events.append(ctx.outbox_row("attendance_event", scan_id, "create", dict_payload(row), at))
    with ctx.store.transaction() as session:
        session.execute(insert(AttendanceEvent), rows)
        session.execute(insert(OutboxEvent), events)


def pending_batches(kiosk: KioskServices, size: int) -> list[list[WireEvent]]:
    """The outbox in order, opened for upload as the sync engine opens it."""
    with kiosk.store.reading() as session:
        rows = session.scalars(
            select(OutboxEvent).where(OutboxEvent.status == "pending").order_by(OutboxEvent.seq)
        ).all()
        events = [WireEvent.of(to_push_event(row, kiosk.store.cipher)) for row in rows]
    return [events[n : n + size] for n in range(0, len(events), size)]


def build_fleet(args: argparse.Namespace, url: str, secrets: Path, folder: Path) -> list[Kiosk]:
    port = free_port()
    server = Server(url, secrets, port, 1, folder / "server-build.log")
    db = Database(url, secrets_dir=secrets)
    fleet = []
    try:
        for number in range(args.kiosks):
            with db.transaction() as session:
                code = new_enrolment_code(session, f"BLK-{number:03d}", dt.datetime.now(dt.UTC))
            with open_kiosk(DataPaths(folder / f"kiosk-{number:03d}")) as kiosk:
                kiosk.sync.enroll(server.base, code, label=f"bench {number}")
                field_day(kiosk, number, args.registrations, args.scans)
                token = state.read_token(kiosk.sync.token_path)
                assert token is not None
                fleet.append(Kiosk(kiosk.ctx.device_id, token, pending_batches(kiosk, args.batch)))
    finally:
        db.close()
        server.stop()
    return fleet


# -- one run -----------------------------------------------------------------------------


def encode(fleet: list[Kiosk]) -> None:
    """Every push body, gzipped, the last one of each kiosk asking for its first pull page."""
    now = dt.datetime.now(dt.UTC)
    for kiosk in fleet:
        last = len(kiosk.batches) - 1
        kiosk.bodies = [
            gzip_json(encode_columns(kiosk.device_id, now, batch, "" if n == last else None))
            for n, batch in enumerate(kiosk.batches)
        ]


def push_all(base: str, fleet: list[Kiosk]) -> tuple[list[float], dict[str, int]]:
    """Every kiosk in its own thread, all let go at once: each sends its batches in order,
    then pulls the rest of its reference data, as a kiosk's sync does."""
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    start = threading.Barrier(len(fleet))

    def sync(kiosk: Kiosk) -> None:
        # Longer than a kiosk waits: an overloaded server is measured here, not retried.
        client = SyncClient(base, token=kiosk.token, read_timeout=600)
        mine: list[float] = []
        counts: dict[str, int] = {}
        try:
            start.wait()
            for body in kiosk.bodies:
                began = time.perf_counter()
                reply = client.push_columns(body)
                mine.append(time.perf_counter() - began)
                for status in reply.status:
                    counts[status] = counts.get(status, 0) + 1
            page = reply.pull
            while page is not None and page.more:
                page = client.pull(page.cursor)
        finally:
            client.close()
        with lock:
            latencies.extend(mine)
            for key, value in counts.items():
                statuses[key] = statuses.get(key, 0) + value

    threads = [threading.Thread(target=sync, args=(kiosk,)) for kiosk in fleet]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, statuses


def run(
    args: argparse.Namespace,
    admin: str,
    base_name: str,
    workers: int,
    fleet: list[Kiosk],
    secrets: Path,
    folder: Path,
    postmaster: int | None,
) -> dict[str, Any]:
    name = f"fleet_w{workers}_{uuid.uuid4().hex[:6]}"
    sql(admin, f'CREATE DATABASE "{name}" TEMPLATE "{base_name}"')
    url = database_url(admin, name)
    server = Server(url, secrets, free_port(), workers, folder / f"server-w{workers}.log")
    try:
        encode(fleet)
        load = os.getloadavg()[0]
        before = cpu_times(server.process.pid, postmaster)
        began = time.perf_counter()
        latencies, statuses = push_all(server.base, fleet)
        wall = time.perf_counter() - began
        used = {k: v - before[k] for k, v in cpu_times(server.process.pid, postmaster).items()}
    finally:
        server.stop()
    db = Database(url, migrate=False, secrets_dir=secrets)
    try:
        with db.transaction() as session:
            stored = int(session.scalar(select(func.count()).select_from(Event)) or 0)
    finally:
        db.close()
    sql(admin, f'DROP DATABASE "{name}"')
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    return {
        "events_per_s": round(stored / wall, 1),
        "p99_ms": round(p99 * 1000, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "pushes": len(latencies),
        # A real kiosk gives up on a reply after READ_TIMEOUT_S and sends the batch again.
        "pushes_over_kiosk_timeout": sum(1 for x in latencies if x > READ_TIMEOUT_S),
        "stored": stored,
        "statuses": statuses,
        "wall_s": round(wall, 2),
        # CPU seconds over the run: the server's processes, PostgreSQL's (when the bench
        # started the cluster), the bench's own, and everything else on the machine.
        "cpu_s": {k: round(v, 2) for k, v in used.items()},
        # Where one event's time goes, independent of how busy the rest of the machine was.
        "server_cpu_ms_per_event": round(1000 * used["server"] / max(stored, 1), 3),
        "postgres_cpu_ms_per_event": round(1000 * used["postgres"] / max(stored, 1), 3),
        "cores_busy": round(used["machine"] / wall, 2),
        "loadavg_before": round(load, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="admin URL of a PostgreSQL cluster (CREATE DATABASE)")
    parser.add_argument("--kiosks", type=int, default=24)
    parser.add_argument("--registrations", type=int, default=300, help="per kiosk")
    parser.add_argument("--scans", type=int, default=3000, help="per kiosk")
    parser.add_argument("--batch", type=int, default=1000, help="events per push (engine's first)")
    parser.add_argument("--workers", default="1,2,4")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, postgres(args.database) as (admin, data):
        folder, secrets = Path(tmp), Path(tmp) / "server-secrets"
        base_name = f"fleet_base_{uuid.uuid4().hex[:6]}"
        sql(admin, f'CREATE DATABASE "{base_name}"')
        try:
            began = time.perf_counter()
            fleet = build_fleet(args, database_url(admin, base_name), secrets, folder)
            build_s = time.perf_counter() - began
            events = sum(len(batch) for kiosk in fleet for batch in kiosk.batches)
            print(f"built {len(fleet)} kiosks, {events} events in {build_s:.0f} s", flush=True)
            for workers in counts:
                results[str(workers)] = run(
                    args, admin, base_name, workers, fleet, secrets, folder, postmaster_pid(data)
                )
                print(f"workers={workers}: {json.dumps(results[str(workers)])}", flush=True)
        finally:
            sql(admin, f'DROP DATABASE IF EXISTS "{base_name}"')
    print(
        json.dumps(
            {
                "workers": {
                    key: {"events_per_s": v["events_per_s"], "p99_ms": v["p99_ms"]}
                    for key, v in results.items()
                },
                "kiosks": args.kiosks,
                "events": events,
                "batch": args.batch,
                "build_s": round(build_s, 1),
                "cores": os.cpu_count(),
            }
        )
    )
    complete = all(v["stored"] == events for v in results.values())
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
