"""Synthetic but realistic Indonesian demo data, written through the same services as real use
(the people: kiosk.services.demo.people; registering them in bulk: .pipeline)."""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.demo.people import PeopleGenerator
from kiosk.services.demo.pipeline import BatchRegistration
from kiosk.store.models import Card, Enrolment

if TYPE_CHECKING:
    # Not at run time: a pipeline worker imports this package and needs no sync client.
    from kiosk.services.kiosk import KioskServices

__all__ = [
    "BATCH",
    "DEMO_STAFF",
    "DemoSummary",
    "PeopleGenerator",
    "create_demo_catalogue",
    "create_demo_staff",
    "run_demo",
    "run_scans",
]

PROGRAMS = (
    ("Barista Kopi", "kuliner", 40),
    ("Animasi 2D", "kreatif", 80),
    ("Desain Grafis", "kreatif", 60),
    ("Bahasa Inggris untuk Kerja", "bahasa", 48),
    ("Operator Komputer Perkantoran", "komputer", 64),
    ("Teknisi Pendingin Udara (AC)", "teknik", 120),
    ("Teknisi Sepeda Motor", "teknik", 160),
    ("Pemrograman Web Dasar", "teknologi", 96),
    ("Menjahit Pakaian", "garmen", 120),
    ("Tata Rias", "kecantikan", 72),
)
PROVIDERS = (
    ("BLK Bandung", "BLK", "32.73"),
    ("BLK Semarang", "BLK", "33.74"),
    ("BLK Surabaya", "BLK", "35.78"),
    ("LPK Mandiri Kreatif", "LPK", "31.74"),
    ("LPK Cahaya Nusantara", "LPK", "12.71"),
    ("LPK Karya Muda Makassar", "LPK", "73.71"),
    ("LPK Digital Jayapura", "LPK", "91.71"),
)
BATCH = 2000
# From this many applicants on, a process pool prepares the batches (starting it costs
# about a second).
POOL_FROM = 5000
# Past this, the one writing process is the bottleneck: more workers would only wait.
MAX_WORKERS = 3

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    applicants: int
    sessions: int
    enrolments: int
    scans: int


# Demo accounts so that every screen can be tried; README lists them. Never on a real kiosk:
# real kiosks start with --no-demo and an admin made with `kiosk add-staff --role admin`.
DEMO_STAFF = (
    ("admin", "Admin Demo", "730518", "admin"),
    ("petugas", "Petugas Demo", "402913", "staff"),
)


def create_demo_staff(kiosk: KioskServices) -> int:
    """The demo accounts, when the kiosk has no staff yet; returns how many were made."""
    if kiosk.staff.count():
        return 0
    for username, name, pin, role in DEMO_STAFF:
        kiosk.staff.create(username, name, pin, role)
    return len(DEMO_STAFF)


def create_demo_catalogue(kiosk: KioskServices, sessions: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    today = kiosk.ctx.now().date()
    providers = [kiosk.catalogue.create_provider(n, k, r) for n, k, r in PROVIDERS]
    programs = [kiosk.catalogue.create_program(t, c, h) for t, c, h in PROGRAMS]
    session_ids: list[str] = []
    for index in range(sessions):
        program = programs[index % len(programs)]
        provider = providers[rng.randrange(len(providers))]
        start = today + dt.timedelta(days=rng.randint(-20, 40))
        days = tuple(sorted(rng.sample(range(6), rng.choice((2, 3, 5)))))
        hour = rng.choice((8, 9, 13))
        created = kiosk.catalogue.create_session(
            program_id=program.id,
            provider_id=provider.id,
            location=f"Gedung {rng.choice('ABC')}, Ruang {rng.randint(1, 12)}",
            start_date=start,
            end_date=start + dt.timedelta(weeks=rng.choice((2, 4, 6, 8))),
            schedule=WeeklySchedule(days, f"{hour:02d}:00", f"{hour + 4:02d}:00"),
            capacity=rng.choice((20, 25, 30, 40, 60)),
            uses_checkout=rng.random() < 0.5,
        )
        session_ids.append(created.id)
    return session_ids


def run_demo(
    kiosk: KioskServices,
    *,
    applicants: int,
    sessions: int,
    seed: int = 1,
    progress: Progress | None = None,
    workers: int | None = None,
) -> DemoSummary:
    """Staff and catalogue first, then applicants in batches, then enrolments of eligible
    people. ``workers`` processes (default: one per CPU up to 3 for large runs, none for small)
    check, seal and sign the batches while this process generates people and writes; every
    batch is one transaction either way."""
    if workers is None:
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if applicants >= POOL_FROM else 0
    with BatchRegistration(kiosk.ctx, kiosk.registration, workers=workers) as registration:
        # The workers start while the staff and the catalogue are made.
        create_demo_staff(kiosk)
        session_ids = create_demo_catalogue(kiosk, sessions, seed) if sessions else []
        people = PeopleGenerator(seed, kiosk.ctx.now().date())
        batches = (
            [next(people) for _ in range(min(BATCH, applicants - start))]
            for start in range(0, applicants, BATCH)
        )
        eligible: list[str] = []
        done = 0
        for results in registration.register(batches):
            eligible.extend(r.applicant_id for r in results if r.eligible)
            done += len(results)
            if progress:
                progress("applicants", done, applicants)
    enrolments = 0
    if session_ids:
        summaries = {s.id: s for s in kiosk.catalogue.sessions()}
        rng = random.Random(seed)
        today = kiosk.ctx.now().date()
        open_ids = [sid for sid in session_ids if summaries[sid].end_date >= today]
        for sid in open_ids:
            seats = summaries[sid].seats_left
            chosen = rng.sample(eligible, min(len(eligible), seats * 3 // 4))
            enrolments += kiosk.catalogue.enrol_many(sid, chosen)
            if progress:
                progress("enrolments", open_ids.index(sid) + 1, len(open_ids))
    return DemoSummary(applicants=done, sessions=len(session_ids), enrolments=enrolments, scans=0)


def run_scans(
    kiosk: KioskServices, scans: int, *, seed: int = 1, progress: Progress | None = None
) -> int:
    """Scan cards through the attendance service as a station would: mostly enrolled trainees
    of sessions running today, some people not enrolled, some unreadable codes."""
    today = kiosk.ctx.now().date()
    running = [
        s.id
        for s in kiosk.catalogue.sessions()
        if s.start_date <= today <= s.end_date and s.enrolled
    ] or [s.id for s in kiosk.catalogue.sessions()]
    if not running or scans <= 0:
        return 0
    with kiosk.store.reading() as session:
        enrolled = {
            sid: list(
                session.scalars(
                    select(Card.payload)
                    .join(Enrolment, Enrolment.applicant_id == Card.applicant_id)
                    .where(Enrolment.session_id == sid, Card.revoked_at.is_(None))
                )
            )
            for sid in running
        }
        strangers = list(session.scalars(select(Card.payload).limit(200)))
    rng = random.Random(seed)
    for done in range(1, scans + 1):
        sid = rng.choice(running)
        roll = rng.random()
        if roll < 0.05 or not (enrolled[sid] or strangers):
            payload = "K" + "".join(rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ234567", k=40))
        elif roll < 0.10 or not enrolled[sid]:
            payload = rng.choice(strangers)
        else:
            payload = rng.choice(enrolled[sid])
        kiosk.attendance.record_scan(sid, payload, staff_id=None)
        if progress and (done % 100 == 0 or done == scans):
            progress("scans", done, scans)
    return scans
