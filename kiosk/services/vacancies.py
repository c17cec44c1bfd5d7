"""Open vacancies on this kiosk: browsing by region, occupation and education, and ranking
them for one job seeker with the reasons in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.matching import Match, Ranker, Seeker, explain
from kiosk.domain.placement import EDUCATION_ORDER, Vacancy, education_rank
from kiosk.i18n import Message
from kiosk.services.vacancy_index import HardKey, best, open_index
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


def ranked(
    session: Session, seeker: Seeker, today: dt.date, browse: Browse = Browse(), limit: int = 50
) -> list[Match]:
    """The best vacancies for this job seeker among those the browse choices leave, in
    :func:`kiosk.domain.matching.order_key` order (the same as
    ``matching.rank(seeker, open_vacancies(session, today, browse), today, limit)``).
    Judged from the in-memory index of the open vacancies (kiosk.services.vacancy_index):
    each distinct requirement once per tap, then a few integer sums per vacancy."""
    index = open_index(session, today)
    hard_allowed: Callable[[HardKey], bool] | None = None
    isco_allowed: Callable[[str], bool] | None = None
    if browse.regions or browse.education is not None:
        regions = tuple(browse.regions)
        allowed = (
            None
            if browse.education is None
            else {e.value for e in EDUCATION_ORDER[: education_rank(browse.education) + 1]}
        )

        def hard_allowed(key: HardKey) -> bool:
            if regions and not key[3].startswith(regions):
                return False
            return allowed is None or key[2] in allowed

    if browse.occupation_prefix:
        prefix = browse.occupation_prefix

        def isco_allowed(code: str) -> bool:
            return code.startswith(prefix)

    picked = best(index, Ranker(seeker, today), limit, hard_allowed, isco_allowed)
    rows = _by_id(session, [p.vacancy_id for p in picked])
    return [Match(rows[p.vacancy_id], p.fits, p.score) for p in picked]


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
