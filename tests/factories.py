"""Synthetic applicants for tests: never real people, built with the demo generator's rules."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from kiosk.domain.nik import Sex, synthetic_nik
from kiosk.services.registration import ApplicantForm

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
