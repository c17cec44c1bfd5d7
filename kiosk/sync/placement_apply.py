"""Applying pulled vacancies and application stages to the kiosk store."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy.orm import Session

from kiosk.store.placement_models import JobApplication, Vacancy
from kiosk.sync.placement_entities import JobApplicationStageChange, VacancyChange


def handles(parsed: BaseModel) -> bool:
    return isinstance(parsed, VacancyChange | JobApplicationStageChange)


def apply(session: Session, parsed: BaseModel) -> bool:
    """Upsert a vacancy, or set the stage of one of this kiosk's applications; False when
    the change is of no use here (an application this kiosk never made)."""
    if isinstance(parsed, VacancyChange):
        values = parsed.model_dump()
        values["skills"] = "|".join(parsed.skills)
        existing = session.get(Vacancy, parsed.id)
        if existing is None:
            session.add(Vacancy(**values))
        else:
            for key, value in values.items():
                setattr(existing, key, value)
        return True
    assert isinstance(parsed, JobApplicationStageChange)
    application = session.get(JobApplication, parsed.id)
    if application is None or application.vacancy_id != parsed.vacancy_id:
        return False
    application.stage = parsed.stage
    application.stage_at = parsed.stage_at
    return True
