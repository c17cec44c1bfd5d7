"""Synthetic applicants and vacancies for tests: never real people or employers, built with the
demo generator's rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from kiosk.domain.ids import new_id
from kiosk.domain.nik import Sex, synthetic_nik
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import ApplicantForm
from kiosk.sync.apply import apply_changes
from kiosk.sync.protocol import Change

_counter = 0


def applicant_form(
    *,
    birth_date: dt.date | None = None,
    sex: Sex = Sex.FEMALE,
    district: str = "32.73.01",
    kk_number: str | None = None,
    seed: int | None = None,
    **overrides: object,
) -> ApplicantForm:
    global _counter
    _counter += 1
    rng = random.Random(seed if seed is not None else _counter)
    if birth_date is None:
        # Spread over 20 years so that many synthetic NIKs never collide.
        birth_date = dt.date(1980, 1, 1) + dt.timedelta(days=rng.randrange(20 * 365))
    form = ApplicantForm(
        nik=synthetic_nik(rng, birth_date, sex, district),
        full_name="Siti Rahmawati" if sex is Sex.FEMALE else "Budi Santoso",
        birth_place="Bandung",
        birth_date=birth_date.strftime("%d-%m-%Y"),
        sex=sex.value,
        address="Jl. Merdeka No. 10, RT 01/RW 02",
        province_code="32",
        regency_code="32.73",
        phone=f"0812-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
        email="",
        education_level="sma_smk",
        employment_status="unemployed",
        occupation="unemployed",
        in_formal_education=False,
        kk_number=kk_number or f"3273{rng.randint(0, 10**12 - 1):012d}",
        consent_given=True,
    )
    return dataclasses.replace(form, **overrides)  # type: ignore[arg-type]


def open_session(
    kiosk: KioskServices,
    *,
    title: str = "Barista Kopi",
    starts_in_days: int = 0,
    days: int = 30,
    schedule: WeeklySchedule | None = None,
    capacity: int = 20,
    uses_checkout: bool = False,
    prakerja_funded: bool = True,
) -> str:
    """A provider, a program and one session of it through the services; returns its id."""
    provider = kiosk.catalogue.create_provider("LPK Cahaya", "LPK", "32.73")
    program = kiosk.catalogue.create_program(title, "kuliner", 40, prakerja_funded=prakerja_funded)
    start = kiosk.ctx.now().date() + dt.timedelta(days=starts_in_days)
    return kiosk.catalogue.create_session(
        program_id=program.id,
        provider_id=provider.id,
        location="Ruang 2",
        start_date=start,
        end_date=start + dt.timedelta(days=days),
        schedule=schedule or WeeklySchedule((0, 2), "08:00", "12:00"),
        capacity=capacity,
        uses_checkout=uses_checkout,
    ).id


def vacancy_change(**changes: Any) -> Change:
    """An open, checked vacancy as the server sends it (a synthetic employer), with ``changes``."""
    data: dict[str, Any] = {
        "id": new_id(),
        "employer": "PT Contoh Garmen",
        "title": "Operator jahit",
        "isco_code": "8153",
        "openings": 2,
        "filled": 0,
        "valid_from": "2026-02-01",
        "valid_until": "2026-04-30",
        "regency_code": "32.73",
        "education_min": "smp",
        "skills": ["Menjahit"],
        "source": "imported",
        "checked": True,
        "published_at": "2026-02-01T00:00:00+00:00",
    }
    data.update(changes)
    return Change(kind="vacancy", id=data["id"], data=data)


def add_vacancy(kiosk: KioskServices, **changes: Any) -> str:
    """A vacancy pulled into the kiosk's store the way sync brings it; returns its id."""
    change = vacancy_change(**changes)
    with kiosk.store.transaction() as session:
        apply_changes(session, [change], kiosk.ctx.now())
    return change.id
