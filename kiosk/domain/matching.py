"""Ranking vacancies for one job seeker, every score explained in words (no opaque model).

Order of judgement: hard requirements (age, education, location, sex where the employer
requires one) decide whether a vacancy fits at all; then how close the occupation is in the
ISCO-08 hierarchy; then the skills in common, where a skill proven by training attendance or
a certificate weighs more than one only claimed; a missing skill names the BLK/LPK training
that would close it. ``rank`` scores many vacancies quickly; ``explain`` writes the words for
the few on screen, with the same numbers."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Final

from kiosk.domain.eligibility import EDUCATION_TEXT, EducationLevel
from kiosk.domain.placement import EDUCATION_ORDER, Vacancy, education_rank, normalise_skill
from kiosk.i18n import Message, define, msg


class Proof(IntEnum):
    """How a skill is known; the value is its weight in the skill score."""

    CLAIMED = 1
    TRAINED = 2  # attended a class that teaches it
    CERTIFIED = 3  # holds a certificate for it


# Points for the occupation: the longest common ISCO-08 code prefix (4 = same unit group).
OCCUPATION_POINTS: Final = {4: 40, 3: 30, 2: 20, 1: 10, 0: 0}
SKILL_POINTS: Final = 40  # all required skills certified
NO_SKILLS_POINTS: Final = 20  # the vacancy names no skill: half marks
EXPERIENCE_POINTS: Final = 20  # enough years of experience
MAX_SCORE: Final = 100


@dataclass(frozen=True)
class Seeker:
    """What matching needs of a job seeker (kiosk.services.placement builds it)."""

    birth_date: dt.date
    sex: str  # "L" or "P"
    education: str  # EducationLevel value
    regency_code: str  # where they live
    desired_regions: tuple[str, ...] = ()  # regency ("32.73") or province ("32") codes
    occupations: tuple[str, ...] = ()  # ISCO-08 codes wanted or worked in
    skills: Mapping[str, Proof] = field(default_factory=dict)  # normalised skill -> proof
    experience_years: int = 0

    def age_on(self, day: dt.date) -> int:
        before_birthday = (day.month, day.day) < (self.birth_date.month, self.birth_date.day)
        return day.year - self.birth_date.year - before_birthday

    def regions(self) -> tuple[str, ...]:
        # Without a wish, the seeker's own province.
        return self.desired_regions or (self.regency_code[:2],)


@dataclass(frozen=True)
class Match:
    vacancy: Vacancy
    fits: bool
    score: int


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return min(n, 4)


_EDUCATION_RANK: Final[dict[str, int]] = {
    level.value: education_rank(level) for level in EDUCATION_ORDER
}


class Ranker:
    """One job seeker's judgement, prepared once per tap: every vacancy then costs a few
    dictionary look-ups (occupation levels, regions and skill sets repeat a lot)."""

    def __init__(self, seeker: Seeker, today: dt.date) -> None:
        self.seeker = seeker
        self.age = seeker.age_on(today)
        self._education = _EDUCATION_RANK[seeker.education]
        self._regions = seeker.regions()
        self._weights = {skill: int(proof) for skill, proof in seeker.skills.items()}
        self._occupation: dict[str, int] = {}
        self._region_ok: dict[str, bool] = {}
        self._skills: dict[tuple[str, ...], int] = {}
        self._fits: dict[tuple[int | None, int | None, str, str, str | None], bool] = {}

    def failures(self, vacancy: Vacancy) -> list[str]:
        return self._failures(
            vacancy.age_min,
            vacancy.age_max,
            vacancy.education_min,
            vacancy.regency_code,
            vacancy.sex,
        )

    def _failures(
        self,
        age_min: int | None,
        age_max: int | None,
        education_min: str,
        regency_code: str,
        sex: str | None,
    ) -> list[str]:
        failed = []
        if (age_min is not None and self.age < age_min) or (
            age_max is not None and self.age > age_max
        ):
            failed.append("age")
        if self._education < _EDUCATION_RANK[education_min]:
            failed.append("education")
        if not self.region_ok(regency_code):
            failed.append("location")
        if sex is not None and sex != self.seeker.sex:
            failed.append("sex")
        return failed

    def region_ok(self, regency_code: str) -> bool:
        ok = self._region_ok.get(regency_code)
        if ok is None:
            ok = any(regency_code.startswith(region) for region in self._regions)
            self._region_ok[regency_code] = ok
        return ok

    def occupation_level(self, isco_code: str) -> int:
        level = self._occupation.get(isco_code)
        if level is None:
            level = max(
                (_common_prefix(code, isco_code) for code in self.seeker.occupations), default=0
            )
            self._occupation[isco_code] = level
        return level

    def skill_points(self, skills: tuple[str, ...]) -> int:
        points = self._skills.get(skills)
        if points is None:
            if not skills:
                points = NO_SKILLS_POINTS
            else:
                weight = sum(self._weights.get(normalise_skill(s), 0) for s in skills)
                points = SKILL_POINTS * weight // (int(Proof.CERTIFIED) * len(skills))
            self._skills[skills] = points
        return points

    def fits(
        self,
        age_min: int | None,
        age_max: int | None,
        education_min: str,
        regency_code: str,
        sex: str | None,
    ) -> bool:
        key = (age_min, age_max, education_min, regency_code, sex)
        ok = self._fits.get(key)
        if ok is None:
            ok = self._fits[key] = not self._failures(*key)
        return ok

    def experience_points(self, needed: int) -> int:
        have = self.seeker.experience_years
        return EXPERIENCE_POINTS if needed <= have else EXPERIENCE_POINTS * have // needed

    def judge(
        self,
        age_min: int | None,
        age_max: int | None,
        education_min: str,
        regency_code: str,
        sex: str | None,
        isco_code: str,
        skills: tuple[str, ...],
        experience_years: int,
    ) -> tuple[bool, int]:
        """(fits, score 0-100) from the vacancy's fields."""
        fits = self.fits(age_min, age_max, education_min, regency_code, sex)
        points = (
            OCCUPATION_POINTS[self.occupation_level(isco_code)]
            + self.skill_points(skills)
            + self.experience_points(experience_years)
        )
        return fits, points

    def score(self, vacancy: Vacancy) -> Match:
        fits, points = self.judge(
            vacancy.age_min,
            vacancy.age_max,
            vacancy.education_min,
            vacancy.regency_code,
            vacancy.sex,
            vacancy.isco_code,
            vacancy.skills,
            vacancy.experience_years,
        )
        return Match(vacancy, fits, points)


def score(seeker: Seeker, vacancy: Vacancy, today: dt.date) -> Match:
    return Ranker(seeker, today).score(vacancy)


def order_key(match: Match) -> tuple[bool, int, dt.date, str]:
    """Those that fit first, then by score, then the soonest to close (ties broken by id so
    the order never flickers)."""
    return (not match.fits, -match.score, match.vacancy.valid_until, match.vacancy.id)


def rank(
    seeker: Seeker, vacancies: Iterable[Vacancy], today: dt.date, limit: int = 50
) -> list[Match]:
    """The best ``limit`` vacancies (:func:`order_key`)."""
    ranker = Ranker(seeker, today)
    return heapq.nsmallest(limit, (ranker.score(v) for v in vacancies), key=order_key)


# -- words ---------------------------------------------------------------------------------

define("match.fits", id="Cocok: semua syarat utama terpenuhi (skor {score} dari 100).", en="Fits: every main requirement is met (score {score} of 100).")  # fmt: skip
define("match.not_fits", id="Tidak cocok: ada syarat utama yang tidak terpenuhi (skor {score} dari 100).", en="Does not fit: a main requirement is not met (score {score} of 100).")  # fmt: skip
define("match.age_ok", id="Usia Anda {age} tahun, sesuai syarat {low}–{high} tahun.", en="You are {age}, within the required {low}–{high}.")  # fmt: skip
define("match.age_bad", id="Usia Anda {age} tahun, di luar syarat {low}–{high} tahun.", en="You are {age}, outside the required {low}–{high}.")  # fmt: skip
define("match.education_ok", id="Pendidikan Anda memenuhi syarat minimal {level}.", en="Your education meets the minimum of {level}.")  # fmt: skip
define("match.education_bad", id="Syarat pendidikan minimal {level}; pendidikan Anda {yours}.", en="The minimum education is {level}; yours is {yours}.")  # fmt: skip
define("match.location_ok", id="Lokasi kerja di wilayah yang Anda pilih.", en="The workplace is in a region you chose.")  # fmt: skip
define("match.location_bad", id="Lokasi kerja di luar wilayah yang Anda pilih.", en="The workplace is outside the regions you chose.")  # fmt: skip
define("match.sex_ok", id="Pemberi kerja mensyaratkan jenis kelamin yang sesuai dengan Anda.", en="The employer requires a sex that matches yours.")  # fmt: skip
define("match.sex_bad", id="Pemberi kerja mensyaratkan jenis kelamin lain.", en="The employer requires the other sex.")  # fmt: skip
define("match.occupation.4", id="Jabatan sama dengan yang Anda cari atau pernah Anda kerjakan (+{points}).", en="The same occupation as one you want or have worked in (+{points}).")  # fmt: skip
define("match.occupation.3", id="Jabatan dari golongan yang sama dengan pilihan Anda (+{points}).", en="An occupation in the same minor group as yours (+{points}).")  # fmt: skip
define("match.occupation.2", id="Jabatan dari subgolongan pokok yang sama dengan pilihan Anda (+{points}).", en="An occupation in the same sub-major group as yours (+{points}).")  # fmt: skip
define("match.occupation.1", id="Jabatan dari golongan pokok yang sama dengan pilihan Anda (+{points}).", en="An occupation in the same major group as yours (+{points}).")  # fmt: skip
define("match.occupation.0", id="Jabatan ini jauh dari pilihan dan pengalaman Anda (+0).", en="This occupation is far from what you want or have done (+0).")  # fmt: skip
# How close the vacancy's occupation is (OCCUPATION_POINTS' levels) -> its line.
_OCCUPATION_LINES: Final = {
    4: "match.occupation.4",
    3: "match.occupation.3",
    2: "match.occupation.2",
    1: "match.occupation.1",
    0: "match.occupation.0",
}
define("match.skill.certified", id="Keterampilan \u201c{skill}\u201d: Anda bersertifikat.", en="Skill \u201c{skill}\u201d: you hold a certificate.")  # fmt: skip
define("match.skill.trained", id="Keterampilan \u201c{skill}\u201d: Anda mengikuti pelatihannya.", en="Skill \u201c{skill}\u201d: you attended training for it.")  # fmt: skip
define("match.skill.claimed", id="Keterampilan \u201c{skill}\u201d: Anda menyebutkannya (belum dibuktikan).", en="Skill \u201c{skill}\u201d: you listed it (not yet proven).")  # fmt: skip
define("match.skill.missing", id="Keterampilan \u201c{skill}\u201d belum Anda miliki.", en="You do not have the skill \u201c{skill}\u201d yet.")  # fmt: skip
define("match.skill.training", id="Pelatihan yang mengajarkan \u201c{skill}\u201d: {training}.", en="Training that teaches \u201c{skill}\u201d: {training}.")  # fmt: skip
define("match.skills_points", id="Keterampilan yang cocok: +{points} dari {max}.", en="Skills in common: +{points} of {max}.")  # fmt: skip
define("match.no_skills", id="Lowongan tidak menyebut keterampilan khusus (+{points}).", en="The vacancy names no particular skill (+{points}).")  # fmt: skip
define("match.experience_ok", id="Pengalaman {years} tahun memenuhi syarat {needed} tahun (+{points}).", en="{years} years of experience meet the required {needed} (+{points}).")  # fmt: skip
define("match.experience_short", id="Pengalaman {years} tahun, syarat {needed} tahun (+{points}).", en="{years} years of experience, {needed} required (+{points}).")  # fmt: skip

_PROOF_CODE: Final = {
    Proof.CERTIFIED: "match.skill.certified",
    Proof.TRAINED: "match.skill.trained",
    Proof.CLAIMED: "match.skill.claimed",
}


def explain(
    seeker: Seeker,
    vacancy: Vacancy,
    today: dt.date,
    trainings: Mapping[str, Sequence[str]] | None = None,
) -> list[Message]:
    """Why this vacancy fits or not, in the order judged; ``trainings`` maps a normalised
    skill to the titles of catalogue classes that teach it."""
    ranker = Ranker(seeker, today)
    match = ranker.score(vacancy)
    age = ranker.age
    failed = set(ranker.failures(vacancy))
    lines = [msg("match.fits" if match.fits else "match.not_fits", score=match.score)]
    if vacancy.age_min is not None or vacancy.age_max is not None:
        code = "match.age_bad" if "age" in failed else "match.age_ok"
        low = vacancy.age_min if vacancy.age_min is not None else "…"
        high = vacancy.age_max if vacancy.age_max is not None else "…"
        lines.append(msg(code, age=age, low=low, high=high))
    level = msg(EDUCATION_TEXT[EducationLevel(vacancy.education_min)])
    if "education" in failed:
        lines.append(
            msg(
                "match.education_bad",
                level=level,
                yours=msg(EDUCATION_TEXT[EducationLevel(seeker.education)]),
            )
        )
    else:
        lines.append(msg("match.education_ok", level=level))
    lines.append(msg("match.location_bad" if "location" in failed else "match.location_ok"))
    if vacancy.sex is not None:
        lines.append(msg("match.sex_bad" if "sex" in failed else "match.sex_ok"))
    occ = ranker.occupation_level(vacancy.isco_code)
    lines.append(msg(_OCCUPATION_LINES[occ], points=OCCUPATION_POINTS[occ]))
    if not vacancy.skills:
        lines.append(msg("match.no_skills", points=NO_SKILLS_POINTS))
    else:
        lines.append(
            msg("match.skills_points", points=ranker.skill_points(vacancy.skills), max=SKILL_POINTS)
        )
        for skill in vacancy.skills:
            proof = seeker.skills.get(normalise_skill(skill))
            if proof is not None:
                lines.append(msg(_PROOF_CODE[proof], skill=skill))
                continue
            lines.append(msg("match.skill.missing", skill=skill))
            titles = (trainings or {}).get(normalise_skill(skill), ())
            if titles:
                lines.append(
                    msg("match.skill.training", skill=skill, training=", ".join(titles[:3]))
                )
    code = (
        "match.experience_ok"
        if vacancy.experience_years <= seeker.experience_years
        else "match.experience_short"
    )
    lines.append(
        msg(
            code,
            years=seeker.experience_years,
            needed=vacancy.experience_years,
            points=ranker.experience_points(vacancy.experience_years),
        )
    )
    return lines
