"""Open vacancies on this kiosk: browsing by region, occupation and education, and ranking
them for one job seeker with the reasons in words."""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.matching import OCCUPATION_POINTS, Match, Ranker, Seeker, explain
from kiosk.domain.placement import EDUCATION_ORDER, Vacancy, education_rank
from kiosk.i18n import Message
from kiosk.store.placement_models import JobApplication
from kiosk.store.placement_models import Vacancy as VacancyRow

_COLUMNS = (
    VacancyRow.id,
    VacancyRow.employer,
    VacancyRow.title,
    VacancyRow.isco_code,
    VacancyRow.openings,
    VacancyRow.valid_from,
    VacancyRow.valid_until,
    VacancyRow.regency_code,
    VacancyRow.education_min,
    VacancyRow.age_min,
    VacancyRow.age_max,
    VacancyRow.sex,
    VacancyRow.skills,
    VacancyRow.experience_years,
    VacancyRow.wage_min,
    VacancyRow.wage_max,
    VacancyRow.source,
    VacancyRow.checked,
    VacancyRow.filled,
)


@dataclass(frozen=True)
class Browse:
    """What the applicant chose on the browse screen; empty means any."""

    regions: Sequence[str] = ()  # province "32" or regency "32.73" codes
    occupation_prefix: str = ""  # an ISCO-08 code at any level
    education: str | None = None  # only vacancies this education qualifies for


def _open(today: dt.date) -> ColumnElement[bool]:
    # Checked at every query: expired and filled vacancies disappear by themselves.
    return and_(
        VacancyRow.valid_until >= today,
        VacancyRow.valid_from <= today,
        VacancyRow.filled < VacancyRow.openings,
    )


def open_vacancies(session: Session, today: dt.date, browse: Browse = Browse()) -> list[Vacancy]:
    query = select(*_COLUMNS).where(_open(today))
    if browse.regions:
        query = query.where(
            or_(*(VacancyRow.regency_code.startswith(r, autoescape=True) for r in browse.regions))
        )
    if browse.occupation_prefix:
        query = query.where(
            VacancyRow.isco_code.startswith(browse.occupation_prefix, autoescape=True)
        )
    if browse.education is not None:
        allowed = EDUCATION_ORDER[: education_rank(browse.education) + 1]
        query = query.where(VacancyRow.education_min.in_([e.value for e in allowed]))
    # Tuples straight from the cursor: 20,000 rows must load well within the 100 ms budget.
    return [_vacancy(row) for row in session.execute(query)]


def _vacancy(row: Any) -> Vacancy:
    skills = tuple(row[12].split("|")) if row[12] else ()
    return Vacancy(*row[:12], skills, *row[13:])  # type: ignore[call-arg]


_RANK_SQL = (
    "SELECT id, age_min, age_max, education_min, regency_code, sex, isco_code, skills,"
    " experience_years, valid_until FROM vacancy"
    " WHERE valid_until >= ? AND valid_from <= ? AND filled < openings"
)


def ranked(
    session: Session, seeker: Seeker, today: dt.date, browse: Browse = Browse(), limit: int = 50
) -> list[Match]:
    """The best vacancies for this job seeker among those the browse choices leave, in
    :func:`kiosk.domain.matching.order_key` order. Judged straight from the driver's rows
    (plain text and numbers, no objects per vacancy): 20,000 vacancies per tap."""
    sql = _RANK_SQL
    params: list[object] = [today.isoformat(), today.isoformat()]
    if browse.regions:
        sql += " AND (" + " OR ".join("substr(regency_code, 1, ?) = ?" for _ in browse.regions)
        sql += ")"
        for region in browse.regions:
            params += [len(region), region]
    if browse.occupation_prefix:
        sql += " AND substr(isco_code, 1, ?) = ?"
        params += [len(browse.occupation_prefix), browse.occupation_prefix]
    if browse.education is not None:
        allowed = [e.value for e in EDUCATION_ORDER[: education_rank(browse.education) + 1]]
        sql += f" AND education_min IN ({', '.join('?' for _ in allowed)})"
        params += allowed
    ranker = Ranker(seeker, today)
    fits = ranker.fits
    occupation: dict[str, int] = {}  # per-tap caches: codes, skill lists and years repeat a lot
    skill_points: dict[str, int] = {}
    experience = [ranker.experience_points(years) for years in range(61)]
    keys = []
    for (
        vid,
        age_min,
        age_max,
        edu,
        regency,
        sex,
        isco,
        skills,
        exp,
        until,
    ) in session.connection().exec_driver_sql(sql, tuple(params)):
        occ = occupation.get(isco)
        if occ is None:
            occ = occupation[isco] = OCCUPATION_POINTS[ranker.occupation_level(isco)]
        sp = skill_points.get(skills)
        if sp is None:
            sp = skill_points[skills] = ranker.skill_points(
                tuple(skills.split("|")) if skills else ()
            )
        points = occ + sp + experience[exp]
        keys.append((not fits(age_min, age_max, edu, regency, sex), -points, until, vid))
    best = heapq.nsmallest(limit, keys)
    rows = _by_id(session, [key[3] for key in best])
    return [Match(rows[key[3]], not key[0], -key[1]) for key in best]


def _by_id(session: Session, ids: list[str]) -> dict[str, Vacancy]:
    if not ids:
        return {}
    query = select(*_COLUMNS).where(VacancyRow.id.in_(ids))
    return {row[0]: _vacancy(row) for row in session.execute(query)}


def why(
    seeker: Seeker, vacancy: Vacancy, today: dt.date, trainings: dict[str, list[str]] | None = None
) -> list[Message]:
    return explain(seeker, vacancy, today, trainings)


def applied_to(session: Session, applicant_id: str) -> set[str]:
    return set(
        session.scalars(
            select(JobApplication.vacancy_id).where(JobApplication.applicant_id == applicant_id)
        )
    )
