"""Console benchmark: each console page's server time p95 on PostgreSQL holding 1,000 kiosks,
1,000,000 applicants and 10,000,000 attendance records (``--scale`` shrinks all three).
The data is built once with bulk SQL (generate_series, COPY), never through HTTP, and kept for
``--reuse``; the pages are then asked for through a real `kiosk-server serve`. JSON last line.

python bench/console.py --database postgresql+psycopg://USER@HOST:PORT/postgres
python bench/console.py --scale 0.1 --reuse      # a tenth of the size, data from last time
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.console.users import create_user
from server.db import Database
from server.summary import rebuild
from tests.netproxy import free_port, wait_until

KIOSKS, APPLICANTS, ATTENDANCE = 1_000, 1_000_000, 10_000_000
SESSIONS_PER_KIOSK = 10
MEETINGS = 12  # per enrolment, one every third day
PASSWORD = "bench-password-1"


def _database_url(base: str, scale: float) -> str:
    """A database of its own on the cluster, named by scale (made once)."""
    import psycopg

    name = f"k3_console_bench_{str(scale).replace('.', '_')}"
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')  # a generated name, never user input
    head, _, _ = base.rpartition("/")
    return f"{head}/{name}"


def _raw(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def built(url: str, kiosks: int) -> bool:
    import psycopg

    with psycopg.connect(_raw(url)) as conn:
        row = conn.execute("SELECT count(*) FROM device").fetchone()
    return row is not None and row[0] == kiosks


def build(db: Database, url: str, kiosks: int, applicants: int) -> None:
    import psycopg

    key = db.secrets.personal
    rng = random.Random(7)
    with psycopg.connect(_raw(url)) as conn:
        _fast_build(conn)
        for table in ("attendance", "reference_record", "person", "device", "event", "audit_entry"):
            conn.execute(f"TRUNCATE {table} CASCADE")  # fixed names
        conn.execute(
            """
            INSERT INTO device (id, site, label, key_id, enrolled_at, last_seen_at, clock_offset_s,
                                app_version, oldest_pending_at)
            SELECT md5('dev' || i)::uuid::text, 'BLK-' || lpad((i %% %(sites)s)::text, 3, '0'),
                   'Kios ' || i, substr(md5('key' || i), 1, 16),
                   (now() at time zone 'utc') - interval '400 days',
                   (now() at time zone 'utc') - (i %% 20) * interval '1 day',
                   (i %% 50) * 20 - 100, '0.1.0',
                   CASE WHEN i %% 17 = 0 THEN (now() at time zone 'utc') - interval '5 days' END
            FROM generate_series(0, %(n)s - 1) AS i
            """,
            {"n": kiosks, "sites": max(1, kiosks // 4)},
        )
        conn.execute(
            """
            INSERT INTO reference_record (kind, id, data, device_id, updated_at, site)
            SELECT 'training_program', md5('prog' || p)::uuid::text,
                   json_build_object('title', 'Program ' || p, 'category', 'kuliner', 'hours', 40),
                   md5('dev0')::uuid::text, now() at time zone 'utc', NULL
            FROM generate_series(0, 49) AS p
            """
        )
        # Ten classes per kiosk, begun on days spread over the last year.
        conn.execute(
            """
            INSERT INTO reference_record (kind, id, data, device_id, updated_at, site)
            SELECT 'training_session', md5('ses' || d.n || '-' || s)::uuid::text,
                   json_build_object(
                     'program_id', md5('prog' || ((d.n + s) %% 50))::uuid::text,
                     'provider_id', md5('prov' || d.n)::uuid::text,
                     'location', 'Ruang ' || s,
                     'start_date', to_char(current_date - ((d.n * 37 + s * 36) %% 360)::int, 'YYYY-MM-DD'),
                     'end_date', to_char(current_date - ((d.n * 37 + s * 36) %% 360)::int + 40, 'YYYY-MM-DD'),
                     'capacity', 200),
                   d.id, now() at time zone 'utc', d.site
            FROM (SELECT id, site, row_number() OVER (ORDER BY id) - 1 AS n FROM device) AS d
            CROSS JOIN generate_series(0, %(per)s - 1) AS s
            """,
            {"per": SESSIONS_PER_KIOSK},
        )
        devices = [r[0] for r in conn.execute("SELECT id FROM device ORDER BY id")]
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        with conn.cursor().copy(
            "COPY person (id, nik_digest, data, sealed, device_id, created_at) FROM STDIN"
        ) as copy:
            for i in range(applicants):
                pid = str(_uuid(f"person{i}"))
                eligible = i % 10 != 0
                data = {
                    "id": pid,
                    "province_code": "32",
                    "regency_code": "32.73",
                    "education_level": "sma_smk",
                    "employment_status": "unemployed",
                    "eligible": eligible,
                    "ineligible_reasons": [] if eligible else ["prakerja.in_formal_education"],
                }
                nik = f"3273{rng.randrange(10**12):012d}"
                sealed = key.seal(
                    {"nik": nik, "full_name": "Siti Rahmawati", "phone": "+6281200000000"},
                    where=f"person/{pid}",
                )
                created = now - dt.timedelta(seconds=rng.randrange(365 * 86400))
                copy.write_row(
                    (
                        pid,
                        key.nik_digest(nik),
                        json.dumps(data),
                        sealed,
                        devices[i % len(devices)],
                        created,
                    )
                )
        # Every eligible applicant enrolled in one class of their kiosk.
        conn.execute(
            """
            INSERT INTO reference_record (kind, id, data, device_id, updated_at, site)
            SELECT 'enrolment', md5('enr' || p.id)::uuid::text,
                   json_build_object('session_id', md5('ses' || d.n || '-' || (abs(hashtext(p.id)) %% %(per)s))::uuid::text,
                                     'applicant_id', p.id,
                                     'enrolled_at', to_char(p.created_at, 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"')),
                   p.device_id, now() at time zone 'utc', d.site
            FROM person AS p
            JOIN (SELECT id, site, row_number() OVER (ORDER BY id) - 1 AS n FROM device) AS d
              ON d.id = p.device_id
            WHERE (p.data ->> 'eligible')::boolean
            """,
            {"per": SESSIONS_PER_KIOSK},
        )
        conn.commit()


def attend(url: str, target: int) -> None:
    """Attendance: each enrolled trainee at most of the class's meetings so far (one every
    third day from the class's start), down to about ``target`` rows."""
    import psycopg

    with psycopg.connect(_raw(url)) as conn:
        _fast_build(conn)
        kept = _drop_indexes(conn, "attendance")
        enrolled = conn.execute(
            "SELECT count(*) FROM reference_record WHERE kind = 'enrolment'"
        ).fetchone()
        per = target / max(1, (enrolled[0] if enrolled else 1) * MEETINGS)
        conn.execute(
            """
            INSERT INTO attendance (id, session_id, card_id, local_day, kind, applicant_id,
                                    first_recorded_at)
            SELECT md5(e.id || '-' || m)::uuid::text, e.data ->> 'session_id',
                   substr(md5(e.id), 1, 12), day, 'check_in', e.data ->> 'applicant_id',
                   day + interval '8 hours'
            FROM reference_record AS e
            JOIN reference_record AS s ON s.kind = 'training_session' AND s.id = e.data ->> 'session_id'
            CROSS JOIN generate_series(0, %(meetings)s - 1) AS m
            CROSS JOIN LATERAL (SELECT (s.data ->> 'start_date')::date + 3 * m AS day) AS x
            WHERE e.kind = 'enrolment' AND day <= current_date
              AND random() < %(keep)s
            """,
            {"meetings": MEETINGS, "keep": min(1.0, per * 1.35)},
        )
        _restore_indexes(conn, kept)
        conn.commit()
        conn.execute("ANALYZE")


def _fast_build(conn: Any) -> None:
    """Settings for this bulk build's connection only: no waiting for the WAL on commit, and
    memory enough to sort and index millions of rows at once."""
    conn.execute("SET synchronous_commit = off")
    conn.execute("SET maintenance_work_mem = '1GB'")
    conn.execute("SET work_mem = '256MB'")


def _drop_indexes(conn: Any, table: str) -> list[str]:
    """Drop a table's constraints, the foreign keys pointing at it and its indexes before a
    bulk insert (building an index once is far cheaper than ten million random inserts into
    it); returns the statements that put them back."""
    restore: list[str] = []
    constraints = conn.execute(
        "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype "
        "FROM pg_constraint AS c WHERE c.conrelid = %(t)s::regclass OR c.confrelid = %(t)s::regclass "
        "ORDER BY c.contype = 'f' DESC",
        {"t": table},
    ).fetchall()
    for owner, name, _, _ in constraints:  # names from the catalogue, not input
        conn.execute(f'ALTER TABLE {owner} DROP CONSTRAINT "{name}"')
    for owner, name, definition, _ in reversed(constraints):
        restore.append(f'ALTER TABLE {owner} ADD CONSTRAINT "{name}" {definition}')
    for name, definition in conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %(t)s", {"t": table}
    ).fetchall():
        conn.execute(f'DROP INDEX "{name}"')
        restore.insert(0, definition)
    return restore


def _restore_indexes(conn: Any, statements: list[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def _uuid(text: str) -> str:
    digest = hashlib.md5(text.encode()).hexdigest()
    return f"{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}"


def pages(url: str, base: str) -> dict[str, str]:
    import psycopg

    with psycopg.connect(_raw(url)) as conn:
        row = conn.execute("SELECT id, site FROM device ORDER BY id LIMIT 1").fetchone()
        session = conn.execute(
            "SELECT id FROM reference_record WHERE kind = 'training_session' ORDER BY id LIMIT 1"
        ).fetchone()
    assert row is not None
    assert session is not None
    device_id, site = row
    return {
        "attention": "/console/",
        "kiosks": "/console/kiosks",
        "kiosk": f"/console/kiosks/{device_id}",
        "programme": "/console/programme",
        "programme_site": f"/console/programme?site={site}",
        "applicants": "/console/applicants",
        "applicants_filtered": f"/console/applicants?site={site}&eligible=no",
        "applicants_page_5": "/console/applicants?page=5",
        "classes": "/console/classes",
        "class_roster": f"/console/classes/{session[0]}",
        "attendance": "/console/attendance",
        "attendance_class": f"/console/attendance?class={session[0]}",
    }


def measure(base: str, paths: dict[str, str], repeat: int) -> dict[str, dict[str, float]]:
    browser = requests.Session()
    answer = browser.post(f"{base}/console/login", data={"name": "bench", "password": PASSWORD})
    answer.raise_for_status()
    figures: dict[str, dict[str, float]] = {}
    for name, path in paths.items():
        times = []
        for n in range(repeat + 2):
            started = time.perf_counter()
            answer = browser.get(base + path, timeout=600)
            elapsed = (time.perf_counter() - started) * 1000
            if answer.status_code != 200:
                raise RuntimeError(f"{path}: {answer.status_code}")
            if n >= 2:  # two warm-ups
                times.append(elapsed)
        times.sort()
        p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
        figures[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}
        print(
            f"{name:<22} p50 {figures[name]['p50_ms']:>8.1f} ms   p95 {figures[name]['p95_ms']:>8.1f} ms"
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database",
        default=os.environ.get("KIOSK_TEST_POSTGRES_URL"),
        help="a PostgreSQL cluster's URL (default $KIOSK_TEST_POSTGRES_URL); the bench makes "
        "its own database there",
    )
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--reuse", action="store_true", help="keep the data of an earlier run")
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--state", type=Path, default=Path("/tmp/k3-console-bench"))
    args = parser.parse_args()
    if not args.database or not args.database.startswith("postgresql"):
        parser.error("a PostgreSQL URL is needed (--database or $KIOSK_TEST_POSTGRES_URL)")
    kiosks = max(4, round(KIOSKS * args.scale))
    applicants = max(100, round(APPLICANTS * args.scale))
    attendance = max(1000, round(ATTENDANCE * args.scale))
    url = _database_url(args.database, args.scale)
    secrets = args.state / f"secrets-{args.scale}"
    db = Database(url, secrets_dir=secrets)
    build_s = 0.0
    try:
        if not (args.reuse and built(url, kiosks)):
            started = time.perf_counter()
            build(db, url, kiosks, applicants)
            attend(url, attendance)
            # Bulk SQL bypasses ingest: the console's tallies are filled as migration 0012 does.
            with db.engine.begin() as connection:
                connection.exec_driver_sql("SET work_mem = '256MB'")
                rebuild(connection)
                connection.exec_driver_sql("ANALYZE")
            build_s = time.perf_counter() - started
            print(
                f"built {kiosks} kiosks, {applicants} applicants, ~{attendance} attendance in {build_s:.0f} s"
            )
        else:
            print("reusing the data of an earlier run")
        with db.transaction() as session:
            from sqlalchemy import delete, select

            from server.models import ConsoleSession, ConsoleUser

            # The sign-ins of an earlier run (--reuse) go with their user.
            earlier = select(ConsoleUser.id).where(ConsoleUser.name == "bench")
            session.execute(delete(ConsoleSession).where(ConsoleSession.user_id.in_(earlier)))
            session.execute(delete(ConsoleUser).where(ConsoleUser.name == "bench"))
            create_user(session, "bench", "admin", [], PASSWORD, dt.datetime.now(dt.UTC))
    finally:
        db.close()
    counts = _counts(url)
    port = free_port()
    log = open(args.state / "server.log", "ab")  # noqa: SIM115 (held for the server's life)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--database",
            url,
            "--secrets-dir",
            str(secrets),
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until(lambda: _up(base), timeout=120)
        figures = measure(base, pages(url, base), args.repeat)
    finally:
        server.terminate()
        server.wait(30)
        log.close()
    worst = max(figures, key=lambda name: figures[name]["p95_ms"])
    result: dict[str, Any] = {
        "scale": args.scale,
        "rows": counts,
        "build_s": round(build_s, 1),
        "reused": build_s == 0.0,
        "pages": figures,
        "worst_page": worst,
        "worst_p95_ms": figures[worst]["p95_ms"],
        "target_ms": 300,
    }
    print(json.dumps(result))
    return 0


def _counts(url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(_raw(url)) as conn:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]
            for table in ("device", "person", "reference_record", "attendance")
        }


def _up(base: str) -> bool:
    try:
        return requests.get(base + "/api/v1/health", timeout=1).status_code == 200
    except requests.RequestException:
        return False


if __name__ == "__main__":
    sys.exit(main())
