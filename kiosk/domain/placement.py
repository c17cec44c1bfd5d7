"""Vacancies as Perpres 57/2023 asks employers to report them: fields, checks, when one is open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kiosk.domain.eligibility import EducationLevel
from kiosk.domain.occupations import is_unit_group
from kiosk.i18n import Message, define, msg

# Education levels in order, so "at least SMA/SMK" compares.
EDUCATION_ORDER: Final = tuple(EducationLevel)
MAX_SKILLS: Final = 20
MAX_OPENINGS: Final = 10_000


def education_rank(level: str) -> int:
    return EDUCATION_ORDER.index(EducationLevel(level))


class VacancySource(StrEnum):
    """Where a vacancy came from (Perpres 57/2023: employers report, sites enter, lists)."""

    SITE = "site"  # entered by a job-centre site's staff
    EMPLOYER = "employer"  # reported by the employer itself
    IMPORTED = "imported"  # an imported list (CSV at the server)


class Stage(StrEnum):
    """An application's stage; the last three end it."""

    APPLIED = "applied"
    SHORTLISTED = "shortlisted"
    INTERVIEW = "interview"
    HIRED = "hired"
    NOT_SELECTED = "not_selected"
    WITHDRAWN = "withdrawn"


FINAL_STAGES: Final = frozenset({Stage.HIRED, Stage.NOT_SELECTED, Stage.WITHDRAWN})
# Forward only; a final stage never changes (every application ends with one outcome).
NEXT_STAGES: Final[dict[Stage, frozenset[Stage]]] = {
    Stage.APPLIED: frozenset({Stage.SHORTLISTED, Stage.INTERVIEW, *FINAL_STAGES}),
    Stage.SHORTLISTED: frozenset({Stage.INTERVIEW, *FINAL_STAGES}),
    Stage.INTERVIEW: frozenset(FINAL_STAGES),
    Stage.HIRED: frozenset(),
    Stage.NOT_SELECTED: frozenset(),
    Stage.WITHDRAWN: frozenset(),
}


def normalise_skill(text: str) -> str:
    """Skills compare case- and space-insensitively ("Menjahit  " == "menjahit")."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Vacancy:
    id: str
    employer: str
    title: str
    isco_code: str  # four-digit ISCO-08 unit group
    openings: int
    valid_from: dt.date
    valid_until: dt.date
    regency_code: str  # "32.73"
    education_min: str = EducationLevel.NONE.value
    age_min: int | None = None
    age_max: int | None = None
    sex: str | None = None  # "L", "P" or None when either may apply
    skills: tuple[str, ...] = ()
    experience_years: int = 0
    wage_min: int | None = None  # rupiah per month
    wage_max: int | None = None
    source: str = VacancySource.IMPORTED.value
    checked: bool = False  # verified by staff
    filled: int = 0  # openings filled (hired) so far

    @property
    def province_code(self) -> str:
        return self.regency_code[:2]


def is_open(vacancy: Vacancy, today: dt.date) -> bool:
    """Shown on a kiosk: within its validity period and with an opening left."""
    return vacancy.valid_from <= today <= vacancy.valid_until and vacancy.filled < vacancy.openings


define("vacancy.bad_isco", id="Kode jabatan ISCO harus 4 digit yang dikenal.", en="The ISCO occupation code must be a known 4-digit unit group.")  # fmt: skip
define("vacancy.bad_openings", id="Jumlah lowongan harus 1 sampai {max}.", en="The number of openings must be 1 to {max}.")  # fmt: skip
define("vacancy.bad_period", id="Masa berlaku berakhir sebelum dimulai.", en="The validity period ends before it starts.")  # fmt: skip
define("vacancy.bad_age", id="Rentang usia tidak masuk akal.", en="The age range does not make sense.")  # fmt: skip
define("vacancy.bad_wage", id="Rentang upah tidak masuk akal.", en="The wage range does not make sense.")  # fmt: skip
define("vacancy.bad_sex", id="Jenis kelamin harus L, P atau kosong.", en="Sex must be L, P or empty.")  # fmt: skip
define("vacancy.bad_education", id="Jenjang pendidikan tidak dikenal.", en="Unknown education level.")  # fmt: skip
define("vacancy.bad_source", id="Sumber lowongan tidak dikenal.", en="Unknown vacancy source.")  # fmt: skip
define("vacancy.missing", id="Kolom {field} wajib diisi.", en="The field {field} is required.")  # fmt: skip
define("vacancy.too_many_skills", id="Paling banyak {max} keterampilan.", en="At most {max} skills.")  # fmt: skip


def problems(vacancy: Vacancy) -> list[Message]:
    """Everything wrong with a vacancy; empty when it may be published."""
    found: list[Message] = []
    for name in ("employer", "title", "regency_code"):
        if not str(getattr(vacancy, name)).strip():
            found.append(msg("vacancy.missing", field=name))
    if not is_unit_group(vacancy.isco_code):
        found.append(msg("vacancy.bad_isco"))
    if not 1 <= vacancy.openings <= MAX_OPENINGS:
        found.append(msg("vacancy.bad_openings", max=MAX_OPENINGS))
    if vacancy.valid_until < vacancy.valid_from:
        found.append(msg("vacancy.bad_period"))
    low, high = vacancy.age_min, vacancy.age_max
    if (
        (low is not None and not 14 <= low <= 80)
        or (high is not None and not 14 <= high <= 80)
        or (low is not None and high is not None and high < low)
    ):
        found.append(msg("vacancy.bad_age"))
    wlow, whigh = vacancy.wage_min, vacancy.wage_max
    if any(w is not None and not 0 <= w <= 1_000_000_000 for w in (wlow, whigh)) or (
        wlow is not None and whigh is not None and whigh < wlow
    ):
        found.append(msg("vacancy.bad_wage"))
    if vacancy.sex not in (None, "L", "P"):
        found.append(msg("vacancy.bad_sex"))
    if vacancy.education_min not in {e.value for e in EducationLevel}:
        found.append(msg("vacancy.bad_education"))
    if vacancy.source not in {s.value for s in VacancySource}:
        found.append(msg("vacancy.bad_source"))
    if len(vacancy.skills) > MAX_SKILLS:
        found.append(msg("vacancy.too_many_skills", max=MAX_SKILLS))
    return found
