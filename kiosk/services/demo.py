"""Synthetic but realistic Indonesian demo data, written through the same services as real use.

Nobody here is real: names are drawn from common given names, NIKs are generated to agree with
the drawn birth date, sex and district, phone numbers use the 0812-0000 test range.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import select

from kiosk.domain import regions
from kiosk.domain.eligibility import EducationLevel, EmploymentStatus, Occupation
from kiosk.domain.nik import Sex, synthetic_nik
from kiosk.services.bulk_registration import BatchRegistration
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import ApplicantForm
from kiosk.store.models import Card, Enrolment

MALE_NAMES = [
    "Agus",
    "Andi",
    "Arif",
    "Bambang",
    "Budi",
    "Dedi",
    "Dimas",
    "Eko",
    "Fajar",
    "Hendra",
    "Ilham",
    "Joko",
    "Kurniawan",
    "Muhammad",
    "Nur",
    "Putra",
    "Rahmat",
    "Rizky",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yoga",
    "Yusuf",
    "Aditya",
    "Bayu",
    "Gilang",
    "Hadi",
    "Irfan",
]
FEMALE_NAMES = [
    "Ayu",
    "Dewi",
    "Fitri",
    "Indah",
    "Lestari",
    "Maya",
    "Nur",
    "Putri",
    "Rina",
    "Sari",
    "Siti",
    "Sri",
    "Wulan",
    "Yuni",
    "Anisa",
    "Dian",
    "Eka",
    "Kartika",
    "Ratna",
    "Rahmawati",
    "Novita",
    "Mega",
    "Intan",
    "Nabila",
    "Kirana",
    "Larasati",
]
FAMILY_NAMES = [
    "Saputra",
    "Pratama",
    "Santoso",
    "Wijaya",
    "Hidayat",
    "Setiawan",
    "Nugroho",
    "Siregar",
    "Nasution",
    "Simanjuntak",
    "Harahap",
    "Lubis",
    "Hutapea",
    "Tanjung",
    "Sembiring",
    "Kusuma",
    "Wibowo",
    "Rahayu",
    "Susanto",
    "Purnomo",
    "Handayani",
    "Permata",
    "Utami",
    "Lestari",
    "Syahputra",
    "Ramadhan",
    "Firmansyah",
    "Gunawan",
    "Sitompul",
    "Panjaitan",
]
STREETS = [
    "Merdeka",
    "Sudirman",
    "Diponegoro",
    "Gajah",
    "Mada",
    "Ahmad",
    "Yani",
    "Pahlawan",
    "Kartini",
    "Veteran",
    "Cendrawasih",
    "Melati",
    "Mawar",
    "Kenanga",
    "Flamboyan",
    "Pattimura",
    "Imam",
    "Bonjol",
    "Hasanuddin",
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
_OCCUPATIONS = (
    (Occupation.UNEMPLOYED, 40),
    (Occupation.INFORMAL_WORKER, 12),
    (Occupation.LABOURER, 10),
    (Occupation.PRIVATE_EMPLOYEE, 10),
    (Occupation.SELF_EMPLOYED, 8),
    (Occupation.FARMER_FISHER, 6),
    (Occupation.HOMEMAKER, 6),
    (Occupation.STUDENT, 4),
    (Occupation.OTHER, 2),
    (Occupation.CIVIL_SERVANT, 1),
    (Occupation.MILITARY, 1),
)
_EDUCATION = (
    (EducationLevel.SD, 8),
    (EducationLevel.SMP, 18),
    (EducationLevel.SMA_SMK, 50),
    (EducationLevel.D1_D3, 10),
    (EducationLevel.D4_S1, 12),
    (EducationLevel.S2_S3, 2),
)
_EMPLOYMENT = {
    occupation.value: status.value
    for occupation, status in (
        (Occupation.UNEMPLOYED, EmploymentStatus.UNEMPLOYED),
        (Occupation.HOMEMAKER, EmploymentStatus.UNEMPLOYED),
        (Occupation.STUDENT, EmploymentStatus.UNEMPLOYED),
        (Occupation.SELF_EMPLOYED, EmploymentStatus.SELF_EMPLOYED),
        (Occupation.FARMER_FISHER, EmploymentStatus.SELF_EMPLOYED),
    )
}
_EMPLOYED = EmploymentStatus.EMPLOYED.value
_STUDENT = Occupation.STUDENT.value
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


class PeopleGenerator:
    """An endless stream of distinct synthetic applicants."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self._rng = random.Random(seed)
        self._today = today
        # Looked up once: the generator makes hundreds of thousands of people.
        self._places = [
            (
                regency,
                regions.districts(regency.code) or [regency],
                regions.display_name(regency).removeprefix("Kabupaten ").removeprefix("Kota "),
            )
            for province in regions.provinces()
            for regency in regions.regencies(province.code)
        ]
        # The enums' text values: an Enum's .value and hashing are Python code, slow in a loop.
        self._occupations = [value.value for value, _ in _OCCUPATIONS]
        self._occupation_weights = list(itertools.accumulate(w for _, w in _OCCUPATIONS))
        self._educations = [value.value for value, _ in _EDUCATION]
        self._education_weights = list(itertools.accumulate(w for _, w in _EDUCATION))
        self._used_niks: set[str] = set()
        self._serial = 0

    def __iter__(self) -> Iterator[ApplicantForm]:
        return self

    def __next__(self) -> ApplicantForm:
        rng = self._rng
        sex = rng.choice((Sex.MALE, Sex.FEMALE))
        sex_value = sex.value
        given = rng.choice(MALE_NAMES if sex is Sex.MALE else FEMALE_NAMES)
        name = f"{given} {rng.choice(FAMILY_NAMES)}"
        age_days = rng.randint(16 * 365, 58 * 365)
        birth_date = self._today - dt.timedelta(days=age_days)
        regency, districts, birth_place = rng.choice(self._places)
        district = rng.choice(districts)
        while True:
            nik = synthetic_nik(rng, birth_date, sex, district.code)
            if nik not in self._used_niks:
                self._used_niks.add(nik)
                break
        self._serial += 1
        occupation = rng.choices(self._occupations, cum_weights=self._occupation_weights)[0]
        in_school = occupation == _STUDENT or rng.random() < 0.03
        kk = f"{district.code.replace('.', '')}{rng.randint(0, 10**10 - 1):010d}"
        return ApplicantForm(
            nik=nik,
            full_name=name,
            birth_place=birth_place,
            birth_date=birth_date,
            sex=sex_value,
            address=f"Jl. {rng.choice(STREETS)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 15):02d}"
            f"/RW {rng.randint(1, 12):02d}, {district.name}",
            province_code=regency.parent or "",
            regency_code=regency.code,
            phone=f"+62812{self._serial % 100_000_000:08d}",
            email=f"peserta{self._serial}@contoh.id" if rng.random() < 0.4 else "",
            education_level=rng.choices(self._educations, cum_weights=self._education_weights)[0],
            employment_status=_EMPLOYMENT.get(occupation, _EMPLOYED),
            occupation=occupation,
            in_formal_education=in_school,
            kk_number=kk,
            consent_given=True,
        )


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
    with BatchRegistration(
        kiosk.registration, workers=workers, records=kiosk.ctx.records, clock=kiosk.ctx.now
    ) as registration:
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
