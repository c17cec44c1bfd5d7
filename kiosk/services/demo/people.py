"""Synthetic applicants for demos, tests and benchmarks: nobody here is real.

Names are drawn from common given names, NIKs are generated to agree with the drawn birth date,
sex and district, phone numbers use the 0812-0000 test range.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator

from kiosk.domain import regions
from kiosk.domain.applicant_form import ApplicantForm
from kiosk.domain.eligibility import EducationLevel, EmploymentStatus, Occupation
from kiosk.domain.nik import Sex, synthetic_nik

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
