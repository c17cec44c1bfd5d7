"""Matching benchmark: rank 20,000 open vacancies for one job seeker from a real kiosk store.

    python bench/match.py [--vacancies 20000] [--runs 50]

Vacancies go into a fresh store through the same pull path a kiosk uses (apply_changes);
each run is one tap: read the open vacancies from the store and rank them (best 50) plus
the reasons for the first 10 shown. The first run reads the store cold; the others use the
in-memory index of the open vacancies (kiosk.services.vacancy_index), as a kiosk does between
pulls. ``after_pull_ms`` is the slowest of a few taps each made just after a pull changed one
vacancy and the sync step read the index afresh (``rebuild_ms``, off the GUI thread, as
kiosk.services.sync does). Last line:
{"vacancies": N, "runs": R, "p50_ms": ..., "p95_ms": ..., "cold_ms": ..., "after_pull_ms": ...,
 "rebuild_ms": ..., "store_bytes_per_10k": ...}
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

import sqlalchemy

from kiosk.domain import occupations
from kiosk.domain.ids import new_id
from kiosk.domain.matching import Proof, Seeker
from kiosk.services import vacancy_index
from kiosk.services.vacancies import open_vacancies, ranked, why
from kiosk.store.db import Store
from kiosk.store.paths import DataPaths
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 3, tzinfo=dt.UTC)
SKILLS = ["menjahit", "obras", "las listrik", "memasak", "kasir", "excel", "mengemudi",
          "bahasa inggris", "servis motor", "instalasi listrik", "desain grafis", "pemrograman"]  # fmt: skip
EDUCATION = ["none", "sd", "smp", "sma_smk", "d1_d3", "d4_s1"]
REGENCIES = ["32.73", "32.04", "32.17", "31.71", "33.74", "35.78"]


def _changes(count: int, rng: random.Random) -> list[Change]:
    units = [o.code for o in occupations._index().by_code.values() if o.level == 4]
    changes = []
    for _ in range(count):
        low = rng.choice([None, 18, 20])
        data = {
            "id": new_id(),
            "employer": f"PT Contoh {rng.randrange(5000)}",
            "title": "Lowongan contoh",
            "isco_code": rng.choice(units),
            "openings": rng.randint(1, 20),
            "filled": 0,
            "valid_from": "2026-02-01",
            "valid_until": (TODAY + dt.timedelta(days=rng.randint(0, 90))).isoformat(),
            "regency_code": rng.choice(REGENCIES),
            "education_min": rng.choice(EDUCATION),
            "age_min": low,
            "age_max": None if low is None else rng.choice([30, 35, 45]),
            "sex": rng.choice([None, None, None, "L", "P"]),
            "skills": rng.sample(SKILLS, rng.randint(0, 4)),
            "experience_years": rng.randint(0, 3),
            "wage_min": 3_000_000,
            "wage_max": 5_000_000,
            "source": "imported",
            "checked": True,
            "published_at": NOW.isoformat(),
        }
        changes.append(Change(kind="vacancy", id=data["id"], data=data))
    return changes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--vacancies", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    rng = random.Random(7)
    seeker = Seeker(
        birth_date=dt.date(1999, 4, 1),
        sex="P",
        education="sma_smk",
        regency_code="32.73",
        desired_regions=("32",),
        occupations=("8153", "7531"),
        skills={"menjahit": Proof.CERTIFIED, "obras": Proof.TRAINED, "kasir": Proof.CLAIMED},
        experience_years=2,
    )
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-match-") as folder:
        paths = DataPaths(Path(folder) / "data")
        with Store.open(paths) as store:
            before = paths.database.stat().st_size
            changes = _changes(args.vacancies, rng)
            for start in range(0, len(changes), 1000):
                with store.transaction() as session:
                    apply_changes(session, changes[start : start + 1000], NOW)
            with store.transaction() as session:
                session.execute(sqlalchemy.text("SELECT 1"))

            def tap() -> float:
                started = time.perf_counter()
                with store.reading() as session:
                    top = ranked(session, seeker, TODAY)
                for match in top[:10]:
                    for line in why(seeker, match.vacancy, TODAY):
                        line.render("id")
                return (time.perf_counter() - started) * 1000

            times = [tap() for _ in range(args.runs)]
            with store.reading() as session:
                shown = len(open_vacancies(session, TODAY))
            cold = times[0]
            after_pull, rebuild = [], []
            for change in changes[:5]:
                filled = Change(kind="vacancy", id=change.id, data={**change.data, "filled": 1})
                with store.transaction() as session:
                    apply_changes(session, [filled], NOW)
                # What SyncService.run does after a pull, on its own thread.
                started = time.perf_counter()
                vacancy_index.refresh(store, TODAY)
                rebuild.append((time.perf_counter() - started) * 1000)
                after_pull.append(tap())
        after = paths.database.stat().st_size  # closed: the WAL is checkpointed into it
    times.sort()
    p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
    print(
        json.dumps(
            {
                "vacancies": shown,
                "runs": args.runs,
                "p50_ms": round(statistics.median(times), 1),
                "p95_ms": round(p95, 1),
                "cold_ms": round(cold, 1),
                "after_pull_ms": round(max(after_pull), 1),
                "rebuild_ms": round(statistics.median(rebuild), 1),
                "store_bytes_per_10k": round((after - before) * 10_000 / args.vacancies),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
