"""Strict models of the placement records that sync: job-seeker registrations and
applications a kiosk pushes, vacancies and application stages it pulls."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import AfterValidator, ConfigDict, Field, model_validator

from kiosk.domain.eligibility import EducationLevel
from kiosk.domain.occupations import is_unit_group
from kiosk.domain.placement import MAX_OPENINGS, MAX_SKILLS, Stage, VacancySource
from kiosk.sync.entities import Payload, Pulled
from kiosk.sync.fields import (
    CardId,
    Day,
    RegencyCode,
    Text16,
    Text40,
    Text80,
    Text120,
    Text160,
    Time,
    Uuid,
)


def _isco(value: str) -> str:
    if not is_unit_group(value):
        raise ValueError("must be a known 4-digit ISCO-08 code")
    return value


def _region(value: str) -> str:
    import re

    if not re.fullmatch(r"[0-9]{2}(\.[0-9]{2})?", value):
        raise ValueError("must be a province or regency code")
    return value


Isco = Annotated[str, AfterValidator(_isco)]
Region = Annotated[str, AfterValidator(_region)]
Education = Literal["none", "sd", "smp", "sma_smk", "d1_d3", "d4_s1", "s2_s3"]
assert set(Education.__args__) == {e.value for e in EducationLevel}  # type: ignore[attr-defined]
Wage = Annotated[int, Field(ge=0, le=1_000_000_000)]
Age = Annotated[int, Field(ge=14, le=80)]
Years = Annotated[int, Field(ge=0, le=60)]
StageName = Literal["applied", "shortlisted", "interview", "hired", "not_selected", "withdrawn"]
assert set(StageName.__args__) == {s.value for s in Stage}  # type: ignore[attr-defined]
SourceName = Literal["site", "employer", "imported"]
assert set(SourceName.__args__) == {s.value for s in VacancySource}  # type: ignore[attr-defined]


class EducationEntry(Payload):
    level: Education
    major: Text80 = ""
    year: int | None = Field(default=None, ge=1940, le=2100)
    formal: bool = True


class ExperienceEntry(Payload):
    isco_code: Isco
    employer: Text120 = ""
    years: Years = 0


class JobSeekerCreate(Payload):
    """A job-seeker registration (AK/1) or its six-monthly report: the whole record again.
    No name, NIK or contact here: the applicant record holds those, sealed."""

    applicant_id: Uuid
    card_id: CardId
    registered_at: Time
    valid_until: Day
    last_report_at: Time
    education: list[EducationEntry] = Field(max_length=6)
    skills: list[Text80] = Field(max_length=MAX_SKILLS)
    experience: list[ExperienceEntry] = Field(max_length=10)
    desired_occupations: list[Isco] = Field(max_length=5)
    desired_regions: list[Region] = Field(max_length=5)
    wage_band: Text16 | None = None
    disability: Text40 | None = None
    device_id: Uuid | None = None


class JobApplicationCreate(Payload):
    id: Uuid
    applicant_id: Uuid
    vacancy_id: Uuid
    card_id: CardId
    applied_at: Time
    device_id: Uuid | None = None


class VacancyChange(Pulled):
    """A vacancy as published by the server, with how many openings are filled."""

    id: Uuid
    employer: Text160
    title: Text160
    isco_code: Isco
    openings: int = Field(ge=1, le=MAX_OPENINGS)
    filled: int = Field(ge=0, le=MAX_OPENINGS)
    valid_from: Day
    valid_until: Day
    regency_code: RegencyCode
    education_min: Education = "none"
    age_min: Age | None = None
    age_max: Age | None = None
    sex: Literal["L", "P"] | None = None
    skills: list[Text80] = Field(default_factory=list, max_length=MAX_SKILLS)
    experience_years: Years = 0
    wage_min: Wage | None = None
    wage_max: Wage | None = None
    source: SourceName
    checked: bool = False
    published_at: Time

    @model_validator(mode="after")
    def _consistent(self) -> VacancyChange:
        if self.valid_until < self.valid_from:
            raise ValueError("valid_until before valid_from")
        if any("|" in skill for skill in self.skills):
            raise ValueError("a skill must not contain |")
        return self


# Why an outcome was set without anyone deciding (server/outcomes.py): the vacancy closed.
OutcomeReason = Literal["vacancy_closed"]


class JobApplicationStageChange(Pulled):
    """An application's stage as staff set it at the server; reaches its own site."""

    model_config = ConfigDict(strict=True, extra="ignore", frozen=True)

    id: Uuid
    vacancy_id: Uuid
    stage: StageName
    stage_at: Time
    reason: OutcomeReason | None = None


PUSH: Final[dict[tuple[str, str], type[Payload]]] = {
    ("job_seeker", "create"): JobSeekerCreate,
    ("job_application", "create"): JobApplicationCreate,
}
CHANGES: Final[dict[str, type[Any]]] = {
    "vacancy": VacancyChange,
    "job_application": JobApplicationStageChange,
}
# Pulled changes whose record id is not the row's "id".
ID_FIELDS: Final = {"job_seeker": "applicant_id"}
