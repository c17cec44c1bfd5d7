"""Benchmark: service-level card scans on a store of N applicants and M attendance events.

The store is filled with raw executemany on the real schema (only set-up); every measured scan
goes through AttendanceService.record_scan: decode, Ed25519 check, look-ups, durable commit.
The last line printed is one JSON object.

    python bench/scan.py --applicants 1000000 --events 5000000 [--scans 2000] [--keep DIR]
        [--reuse] [--mode station|spread] [--pace-ms MS]

Two ways to scan (--mode):
* station (default): what a station does. Staff open a session (AttendanceService.
  warm_station, as the scan screen does; untimed, reported as warm_station_p50_ms), then
  its 40 trainees scan in random order (back to back, or one every --pace-ms); then the
  next session.
* spread: every scan is a card of a random person anywhere in the store, with nothing read
  before. Each scan then reads a handful of scattered pages; on this VM file pages untouched
  for a few seconds are reclaimed (DAMON), so those are real disk reads: a worst case.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.card import card_id_text
from kiosk.domain.card_binding import new_card_id
from kiosk.services.kiosk import open_kiosk
from kiosk.store.keybinding import KEY_CHECK
from kiosk.store.paths import DataPaths

BATCH = 50_000
TZ = dt.timezone(dt.timedelta(hours=7))
PER_SESSION = 40
# By default scans come back to back, as the benchmark always did. --pace-ms 50 puts a pause
# after each (a real line manages about one card a second): those pauses are when the store
# copies its write-ahead log into the database (kiosk/store/checkpoint.py). On this VM a
# pause also costs the next scan its warm CPU caches, which shows in p50 more than in p99.
PACE_MS = 0.0
# Sealed personal fields are opaque text of about these sizes (set-up only: scans never open
# them); the rows then take the space real ones do.
SEALED_NIK = "A" * 64
SEALED_ADDRESS = "B" * 120
SEALED_PHONE = "C" * 60


def _ids(prefix: str, n: int, start: int = 0) -> list[str]:
    # Sequential ids insert at the end of the primary-key B-tree, like time-ordered UUIDv7s.
    return [f"{prefix}{i:032x}"[:36] for i in range(start, start + n)]


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(
    data: DataPaths, applicants: int, events: int, today: dt.date, log: bool
) -> dict[str, object]:
    """Fill the store; returns what the measured scans need (sessions, signed payloads)."""
    with open_kiosk(data) as kiosk:
        device_id = kiosk.ctx.device_id
        signer = kiosk.ctx.signer
        key_check = kiosk.store.cipher.key_check()
    conn = sqlite3.connect(data.database, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")  # set-up only; measured scans are durable
    conn.execute("PRAGMA cache_size = -400000")
    now = dt.datetime.combine(today, dt.time(7, 0), tzinfo=TZ)
    stamp = _stamp(now)
    started = time.monotonic()
    conn.execute("BEGIN")
    # The stand-in sealed values below open with no key: the store's key check (written by
    # the kiosk itself once it holds real sealed data) tells the next open which key it has.
    conn.execute("INSERT OR REPLACE INTO kiosk_setting VALUES (?, ?)", (KEY_CHECK, key_check))
    conn.execute(
        "INSERT INTO training_provider VALUES ('prov', 'LPK Bench', 'LPK', '32.73', '', ?)",
        (stamp,),
    )
    conn.execute(
        "INSERT INTO training_program VALUES ('prog', 'Barista', 'kuliner', 40, 1, ?)", (stamp,)
    )
    sessions = max(1, applicants // PER_SESSION)
    schedule = json.dumps({"days": [0, 1, 2, 3, 4, 5, 6], "start": "08:00", "end": "12:00"})
    conn.executemany(
        "INSERT INTO training_session VALUES (?, 'prog', 'prov', 'Ruang 1', ?, ?, ?, 60, 1, ?)",
        [
            (
                sid,
                (today - dt.timedelta(days=120)).isoformat(),
                (today + dt.timedelta(days=30)).isoformat(),
                schedule,
                stamp,
            )
            for sid in _ids("s", sessions)
        ],
    )
    card_ids: list[str] = []
    for start in range(0, applicants, BATCH):
        n = min(BATCH, applicants - start)
        ids = _ids("a", n, start)
        conn.executemany(
            "INSERT INTO applicant (id, full_name, birth_place, birth_date, sex, citizen_wni,"
            " province_code, regency_code, education_level, employment_status, occupation,"
            " in_formal_education, consent_at, consent_version, eligible, ineligible_reasons,"
            " registered_at, utc_offset_min, device_id, nik_digest, nik_hint_digest, nik_sealed,"
            " address_sealed, phone_sealed, email_sealed, kk_digest, kk_sealed)"
            " VALUES (?, ?, 'Bandung', '1999-05-17', 'F', 1, '32', '32.73', 'sma_smk',"
            " 'unemployed', 'unemployed', 0, ?, 'v1', 1, '[]', ?, 420, ?, ?, ?, ?, ?, ?, NULL,"
            " ?, ?)",
            [
                (
                    aid,
                    f"Peserta {start + i}",
                    stamp,
                    stamp,
                    device_id,
                    f"{start + i:064x}",  # stands in for the keyed NIK digest
                    f"{(start + i) % 10000:064x}",  # and for the keyed hint digest
                    SEALED_NIK,
                    SEALED_ADDRESS,
                    SEALED_PHONE,
                    f"{(start + i) // 2:064x}",  # two applicants per family card
                    SEALED_NIK,
                )
                for i, aid in enumerate(ids)
            ],
        )
        cards = [card_id_text(new_card_id(signer.key_id)) for _ in range(n)]
        card_ids.extend(cards)
        conn.executemany(
            "INSERT INTO card VALUES (?, ?, ?, ?, ?, 'K', NULL, NULL, NULL)",
            [
                (cid, aid, signer.key_id, stamp, "2030-01-01")
                for cid, aid in zip(cards, ids, strict=True)
            ],
        )
        conn.executemany(
            "INSERT INTO enrolment VALUES (?, ?, ?, ?, NULL)",
            [
                (f"e{aid[1:]}", f"s{(start + i) // PER_SESSION:032x}"[:36], aid, stamp)
                for i, aid in enumerate(ids)
            ],
        )
        if log:
            print(
                f"applicants {start + n}/{applicants} {time.monotonic() - started:.0f}s",
                file=sys.stderr,
            )
    # Past attendance: each event is a trainee of their own session on an earlier day.
    days_back = max(1, events // max(applicants, 1) + 1)
    done = 0
    while done < events:
        n = min(BATCH, events - done)
        rows = []
        for i in range(done, done + n):
            person = i % applicants
            day = today - dt.timedelta(days=1 + i // applicants % days_back)
            at = dt.datetime.combine(day, dt.time(8, 5), tzinfo=TZ)
            rows.append(
                (
                    f"v{i:035x}",
                    f"s{person // PER_SESSION:032x}"[:36],
                    card_ids[person],
                    f"a{person:032x}"[:36],
                    "check_in",
                    day.isoformat(),
                    _stamp(at),
                    device_id,
                )
            )
        conn.executemany(
            "INSERT INTO attendance_event VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 420, ?, NULL)", rows
        )
        done += n
        if log:
            print(f"events {done}/{events} {time.monotonic() - started:.0f}s", file=sys.stderr)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    # Set-up wrote gigabytes without fsync: let the kernel finish writing them back now, or
    # its write-back competes with the measured scans' fsyncs.
    os.sync()
    return {"card_ids": card_ids, "sessions": sessions, "seconds": time.monotonic() - started}


def reuse(data: DataPaths) -> dict[str, object]:
    """The card ids of a store built by an earlier run, in applicant order (as build made them)."""
    conn = sqlite3.connect(data.database)
    card_ids = [row[0] for row in conn.execute("SELECT id FROM card ORDER BY applicant_id")]
    conn.close()
    return {"card_ids": card_ids, "sessions": len(card_ids) // PER_SESSION, "seconds": 0.0}


def raw_commit_baseline(folder: Path, n: int = 500) -> tuple[float, float]:
    """p50 and p99 of the cheapest possible durable commit on this disk (one tiny insert,
    WAL, synchronous=FULL): the floor under any scan that writes."""
    for leftover in folder.glob("baseline.sqlite3*"):
        leftover.unlink()
    conn = sqlite3.connect(folder / "baseline.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE t (a INTEGER, b TEXT)")
    timings = []
    for i in range(n):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (?, ?)", (i, "x" * 300))
        conn.execute("COMMIT")
        timings.append((time.perf_counter() - t0) * 1000)
    conn.close()
    timings.sort()
    return statistics.median(timings), timings[int(n * 0.99) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--scans", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="data folder to build in and keep")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: scan a store an earlier run built there (other cards each run)",
    )
    parser.add_argument(
        "--pace-ms",
        type=float,
        default=PACE_MS,
        help="time from one scan's start to the next (0: back to back, no pause at all)",
    )
    parser.add_argument(
        "--mode",
        choices=("station", "spread"),
        default="station",
        help="station: whole classes after the station opens each (default); "
        "spread: every scan a random card of the whole store, nothing read before",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scan-"))
    data = DataPaths(root)
    today = dt.datetime.now(TZ).date()
    seed = 2
    if args.reuse and data.database.exists():
        built = reuse(data)
        seed = int(time.time())
    else:
        built = build(data, args.applicants, args.events, today, not args.quiet)
    card_ids: list[str] = built["card_ids"]  # type: ignore[assignment]
    rng = random.Random(seed)
    if args.mode == "station":
        # Whole classes, as a station sees them: the trainees of one session after another.
        groups = []
        sessions = len(card_ids) // PER_SESSION
        for session_index in rng.sample(range(sessions), sessions):
            people = list(range(session_index * PER_SESSION, (session_index + 1) * PER_SESSION))
            rng.shuffle(people)
            groups.append(people)
            if sum(map(len, groups)) >= args.scans:
                break
    else:
        # Any card of the whole store, each scan somewhere else: nothing was read before.
        groups = [[p] for p in rng.sample(range(len(card_ids)), min(args.scans, len(card_ids)))]
    chosen = [person for group in groups for person in group][: args.scans]
    # Re-sign the chosen cards for real: only scanned cards need a genuine payload.
    clock_moment = [dt.datetime.combine(today, dt.time(8, 0), tzinfo=TZ)]
    with open_kiosk(data, clock=lambda: clock_moment[0]) as kiosk:
        signer = kiosk.ctx.signer
        payloads: dict[int, str] = {}
        with kiosk.store.transaction() as session:
            for person in chosen:
                raw = base64.b32decode(card_ids[person])
                payload = signer.issue(
                    raw, today - dt.timedelta(days=30), today + dt.timedelta(days=900)
                )
                session.connection().exec_driver_sql(
                    "UPDATE card SET payload = ? WHERE id = ?", (payload, card_ids[person])
                )
                payloads[person] = payload
        # Every tenth scan repeats an earlier card (a double scan: read-only verdict). In
        # station mode each class starts with the station opening it (warm_station, untimed
        # here: the staff's "open session" tap, before the line starts).
        plan: list[tuple[str, str, bool]] = []
        count = 0
        for group in groups:
            opening = True
            for person in group:
                if person not in payloads:
                    break
                session_id = f"s{person // PER_SESSION:032x}"[:36]
                plan.append((session_id, payloads[person], opening and args.mode == "station"))
                opening = False
                count += 1
                if count % 10 == 0:
                    plan.append((plan[-3][0], plan[-3][1], False))
        warm_ms: list[float] = []
        timings: list[float] = []
        writes: list[float] = []
        reads: list[float] = []
        outcomes: dict[str, int] = {}
        next_at = time.perf_counter()
        for session_id, payload, opening in plan:
            if opening:
                w0 = time.perf_counter()
                kiosk.attendance.warm_station(session_id)
                warm_ms.append((time.perf_counter() - w0) * 1000)
                next_at = time.perf_counter()
            clock_moment[0] += dt.timedelta(seconds=1)
            next_at += args.pace_ms / 1000
            time.sleep(max(0.0, next_at - time.perf_counter()))
            t0 = time.perf_counter()
            verdict = kiosk.attendance.record_scan(session_id, payload, staff_id=None)
            elapsed = (time.perf_counter() - t0) * 1000
            timings.append(elapsed)
            (writes if verdict.recorded else reads).append(elapsed)
            outcomes[verdict.outcome.value] = outcomes.get(verdict.outcome.value, 0) + 1
    timings.sort()
    writes.sort()
    reads.sort()
    base_p50, base_p99 = raw_commit_baseline(root)
    result = {
        "applicants": args.applicants,
        "events": args.events,
        "scans": len(timings),
        "mode": args.mode,
        "pace_ms": args.pace_ms,
        "p50_ms": round(statistics.median(timings), 3),
        "p99_ms": round(timings[int(len(timings) * 0.99) - 1], 3),
        "max_ms": round(timings[-1], 3),
        "write_p50_ms": round(statistics.median(writes), 3),
        "read_only_p99_ms": round(reads[int(len(reads) * 0.99) - 1], 3) if reads else None,
        "raw_commit_p50_ms": round(base_p50, 3),
        "raw_commit_p99_ms": round(base_p99, 3),
        "outcomes": outcomes,
        "warm_station_p50_ms": round(statistics.median(warm_ms), 1) if warm_ms else None,
        "build_s": round(float(built["seconds"]), 1),  # type: ignore[arg-type]
        "db_mb": round(os.path.getsize(data.database) / 1e6),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
