"""Every application ends with an outcome: once its vacancy has closed (every opening
filled, or past its last day), an application still open awaits an outcome from staff; after
a grace period it is closed as not selected (reason "vacancy_closed"), published to the
kiosks of its site like any stage (docs/placement.md "Every application ends")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from kiosk.domain.placement import FINAL_STAGES, Stage
from server.placement import set_stage
from server.placement_models import Application, Hire, VacancyRecord
from server.placement_report import WIB

GRACE_DAYS: Final = 14
OPEN_STAGES: Final = tuple(s.value for s in Stage if s not in FINAL_STAGES)


@dataclass(frozen=True)
class Awaiting:
    """An open application whose vacancy has closed, and the day it closed."""

    application_id: str
    vacancy_id: str
    site: str
    stage: str
    employer: str
    title: str
    closed_on: dt.date


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(WIB).date()


def awaiting_outcome(
    session: Session,
    today: dt.date,
    sites: ColumnElement[bool] | None = None,
    vacancy_id: str | None = None,
    limit: int = 10_000,
) -> list[Awaiting]:
    """Open applications (of the sites ``sites`` keeps) whose vacancy has closed by
    ``today``: the day after its last day, or the day of the hire that filled it."""
    query = (
        select(Application, VacancyRecord)
        .join(VacancyRecord, VacancyRecord.id == Application.vacancy_id)
        .where(
            Application.stage.in_(OPEN_STAGES),
            (VacancyRecord.valid_until < today) | (VacancyRecord.filled >= VacancyRecord.openings),
            sites if sites is not None else true(),
        )
        .order_by(VacancyRecord.valid_until, Application.applied_at, Application.id)
        .limit(limit)
    )
    if vacancy_id is not None:
        query = query.where(Application.vacancy_id == vacancy_id)
    found = list(session.execute(query))
    filled_ids = sorted({v.id for _a, v in found if v.filled >= v.openings})
    last_hire = {
        vid: at
        for vid, at in session.execute(
            select(Hire.vacancy_id, func.max(Hire.at))
            .where(Hire.vacancy_id.in_(filled_ids))
            .group_by(Hire.vacancy_id)
        )
    }
    rows = []
    for application, vacancy in found:
        closed = vacancy.valid_until + dt.timedelta(days=1)
        if vacancy.id in last_hire:
            closed = min(closed, local_day(last_hire[vacancy.id]))
        if closed > today:
            continue
        rows.append(
            Awaiting(
                application.id,
                vacancy.id,
                application.site,
                application.stage,
                vacancy.data.get("employer", ""),
                vacancy.data.get("title", ""),
                closed,
            )
        )
    return rows


def close_applications(
    session: Session,
    now: dt.datetime,
    grace_days: int = GRACE_DAYS,
    sites: ColumnElement[bool] | None = None,
    vacancy_id: str | None = None,
) -> list[Awaiting]:
    """Mark not selected (reason ``vacancy_closed``) every open application whose vacancy
    closed at least ``grace_days`` ago; returns them. The caller audits."""
    today = local_day(now)
    due = [
        row
        for row in awaiting_outcome(session, today, sites, vacancy_id)
        if row.closed_on + dt.timedelta(days=grace_days) <= today
    ]
    for row in due:
        set_stage(session, row.application_id, Stage.NOT_SELECTED.value, now, "vacancy_closed")
    return due
