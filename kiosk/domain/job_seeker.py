"""The job-seeker registration (AK/1): what a person gives, its checks, validity and reporting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Final

from kiosk.domain.eligibility import EducationLevel
from kiosk.domain.occupations import is_unit_group
from kiosk.domain.placement import MAX_SKILLS, normalise_skill
from kiosk.i18n import Message, define, msg

VALID_YEARS: Final = 2  # an AK/1 is valid two years
REPORT_EVERY_DAYS: Final = 182  # and asks its holder to report every six months
MAX_EDUCATION: Final = 6
MAX_EXPERIENCE: Final = 10
MAX_DESIRED: Final = 5
MAX_SKILL_LENGTH: Final = 80
# Expected monthly wage, in million rupiah bands (codes fit the 16-character sync field).
WAGE_BANDS: Final = ("lt2jt", "2-4jt", "4-6jt", "6-10jt", "ge10jt")
# Given only by the person's choice; never required, never shown back on a public screen.
DISABILITIES: Final = ("physical", "visual", "hearing", "speech", "intellectual", "mental", "other")

define("jobseeker.bad_education", id="Jenjang pendidikan tidak dikenal.", en="Unknown education level.")  # fmt: skip
define("jobseeker.bad_year", id="Tahun lulus {year} tidak masuk akal.", en="The year {year} does not make sense.")  # fmt: skip
define("jobseeker.too_long", id="{field} terlalu panjang (paling banyak {max} huruf).", en="{field} is too long (at most {max} letters).")  # fmt: skip
define("jobseeker.bad_occupation", id="Jabatan {isco} bukan kode ISCO-08 4 digit yang dikenal.", en="Occupation {isco} is not a known 4-digit ISCO-08 code.")  # fmt: skip
define("jobseeker.bad_years", id="Lama bekerja harus 0 sampai 60 tahun.", en="Years worked must be 0 to 60.")  # fmt: skip
define("jobseeker.bad_region", id="Wilayah {region} tidak dikenal.", en="Unknown region {region}.")  # fmt: skip
define("jobseeker.too_many", id="Paling banyak {max} {field}.", en="At most {max} {field}.")  # fmt: skip
define("jobseeker.bad_wage", id="Pilih salah satu rentang upah.", en="Choose one of the wage bands.")  # fmt: skip
define("jobseeker.bad_disability", id="Pilihan disabilitas tidak dikenal.", en="Unknown disability choice.")  # fmt: skip
define("jobseeker.no_education", id="Isi paling sedikit satu pendidikan.", en="Give at least one education.")  # fmt: skip
define("jobseeker.no_wish", id="Pilih paling sedikit satu jabatan yang Anda cari.", en="Choose at least one occupation you are looking for.")  # fmt: skip
define("jobseeker.field.education", id="pendidikan", en="educations")
define("jobseeker.field.skills", id="keterampilan", en="skills")
define("jobseeker.field.experience", id="pengalaman kerja", en="work experiences")
define("jobseeker.field.occupations", id="jabatan yang dicari", en="wanted occupations")
define("jobseeker.field.regions", id="wilayah", en="regions")
define("jobseeker.field.major", id="Jurusan", en="Major")
define("jobseeker.field.skill", id="Keterampilan", en="Skill")
define("jobseeker.field.employer", id="Nama pemberi kerja", en="Employer name")


@dataclass(frozen=True)
class Schooling:
    """Formal (school, college) or non-formal (course, training) education."""

    level: str  # EducationLevel value
    major: str = ""
    year: int | None = None
    formal: bool = True


@dataclass(frozen=True)
class WorkExperience:
    isco_code: str
    employer: str = ""
    years: int = 0


@dataclass(frozen=True)
class JobSeekerForm:
    """What a person gives for the AK/1. Name, NIK and contact are the applicant record's."""

    education: tuple[Schooling, ...] = ()
    skills: tuple[str, ...] = ()
    experience: tuple[WorkExperience, ...] = ()
    desired_occupations: tuple[str, ...] = ()
    desired_regions: tuple[str, ...] = ()  # province "32" or regency "32.73"
    wage_band: str | None = None
    disability: str | None = None

    def cleaned(self) -> JobSeekerForm:
        """Spaces trimmed, empty and repeated skills and wishes dropped (order kept)."""
        skills: dict[str, str] = {}
        for skill in self.skills:
            text = " ".join(skill.split())
            if text:
                skills.setdefault(normalise_skill(text), text)
        return JobSeekerForm(
            education=tuple(
                Schooling(s.level, " ".join(s.major.split()), s.year, s.formal)
                for s in self.education
            ),
            skills=tuple(skills.values()),
            experience=tuple(
                WorkExperience(e.isco_code, " ".join(e.employer.split()), e.years)
                for e in self.experience
            ),
            desired_occupations=tuple(dict.fromkeys(self.desired_occupations)),
            desired_regions=tuple(dict.fromkeys(self.desired_regions)),
            wage_band=self.wage_band or None,
            disability=self.disability or None,
        )

    def experience_years(self) -> int:
        return min(60, sum(e.years for e in self.experience))


_REGION = re.compile(r"[0-9]{2}(\.[0-9]{2})?")
_LEVELS: Final = frozenset(level.value for level in EducationLevel)


def _too_many(found: list[Message], items: tuple[object, ...], limit: int, field: str) -> None:
    if len(items) > limit:
        found.append(msg("jobseeker.too_many", max=limit, field=msg(field)))


def form_problems(form: JobSeekerForm, today: dt.date) -> list[Message]:
    """Everything wrong with a (cleaned) form; empty when it may be stored and pushed. The
    limits are those of the sync model (kiosk.sync.placement_entities.JobSeekerCreate)."""
    found: list[Message] = []
    if not form.education:
        found.append(msg("jobseeker.no_education"))
    _too_many(found, form.education, MAX_EDUCATION, "jobseeker.field.education")
    for school in form.education:
        if school.level not in _LEVELS:
            found.append(msg("jobseeker.bad_education"))
        if school.year is not None and not 1940 <= school.year <= today.year:
            found.append(msg("jobseeker.bad_year", year=school.year))
        if len(school.major) > 80:
            found.append(msg("jobseeker.too_long", field=msg("jobseeker.field.major"), max=80))
    _too_many(found, form.skills, MAX_SKILLS, "jobseeker.field.skills")
    for skill in form.skills:
        if len(skill) > MAX_SKILL_LENGTH or "|" in skill:
            found.append(
                msg("jobseeker.too_long", field=msg("jobseeker.field.skill"), max=MAX_SKILL_LENGTH)
            )
    _too_many(found, form.experience, MAX_EXPERIENCE, "jobseeker.field.experience")
    for job in form.experience:
        if not is_unit_group(job.isco_code):
            found.append(msg("jobseeker.bad_occupation", isco=job.isco_code))
        if not 0 <= job.years <= 60:
            found.append(msg("jobseeker.bad_years"))
        if len(job.employer) > 120:
            found.append(msg("jobseeker.too_long", field=msg("jobseeker.field.employer"), max=120))
    if not form.desired_occupations:
        found.append(msg("jobseeker.no_wish"))
    _too_many(found, form.desired_occupations, MAX_DESIRED, "jobseeker.field.occupations")
    for code in form.desired_occupations:
        if not is_unit_group(code):
            found.append(msg("jobseeker.bad_occupation", isco=code))
    _too_many(found, form.desired_regions, MAX_DESIRED, "jobseeker.field.regions")
    for region in form.desired_regions:
        if not _REGION.fullmatch(region):
            found.append(msg("jobseeker.bad_region", region=region))
    if form.wage_band is not None and form.wage_band not in WAGE_BANDS:
        found.append(msg("jobseeker.bad_wage"))
    if form.disability is not None and form.disability not in DISABILITIES:
        found.append(msg("jobseeker.bad_disability"))
    return found


def valid_until(registered: dt.date) -> dt.date:
    try:
        return registered.replace(year=registered.year + VALID_YEARS)
    except ValueError:  # 29 February
        return registered.replace(year=registered.year + VALID_YEARS, day=28)


def report_due(last_report: dt.date) -> dt.date:
    return last_report + dt.timedelta(days=REPORT_EVERY_DAYS)


def counts_as_new_report(last_report: dt.datetime, now: dt.datetime) -> bool:
    """A card scan is the six-monthly report; at most one report event a day, so that a
    person scanning at every visit does not push the whole record again each time."""
    return now.date() > last_report.astimezone(now.tzinfo).date()
