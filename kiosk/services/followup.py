"""Follow-up surveys after training: which one is due for a person, storing an answer with its
outbox event, and the staff list of a finished class's trainees whose survey is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.followup import (
    SURVEY_MONTHS,
    Answer,
    AttendedClass,
    Survey,
    add_months,
    due_surveys,
    problems,
)
from kiosk.domain.ids import new_id
from kiosk.i18n import UserError, define, msg
from kiosk.services.context import ServiceContext, row_payload, utc_offset_minutes
from kiosk.services.people import first_name
from kiosk.store import models as m
from kiosk.store.followup_models import FollowupAnswer

define(
    "followup.not_due",
    id="Survei ini tidak sedang dibuka atau sudah dijawab.",
    en="This survey is not open now or was answered already.",
)
define(
    "followup.unknown_person",
    id="Peserta ini tidak ditemukan di kios ini.",
    en="This trainee is not on this kiosk.",
)

CHANNEL_APPLICANT = "applicant"
CHANNEL_STAFF = "staff"


class FollowupError(UserError):
    """The answer cannot be stored: incomplete, or the survey is not open (any more)."""


@dataclass(frozen=True)
class DueTrainee:
    """A trainee of a finished class whose survey is open now (the field officer's list)."""

    survey: Survey
    first_name: str


@dataclass(frozen=True)
class FinishedClass:
    session_id: str
    title: str
    end_date: dt.date
    due: int  # trainees whose survey is open now


def _attended(session: Session, applicant_ids: Collection[str]) -> dict[str, list[AttendedClass]]:
    """The classes each person attended, by applicant id: checked in here at least once, or
    enrolled in a class whose attendance this kiosk never took (a staff laptop scanned it,
    and its scans are not pulled here), so nobody is left out for where the scans were."""
    people = list(applicant_ids)
    checked: set[tuple[str, str]] = {
        (a, s)
        for a, s in session.execute(
            select(m.AttendanceEvent.applicant_id, m.AttendanceEvent.session_id)
            .where(m.AttendanceEvent.applicant_id.in_(people), m.AttendanceEvent.kind == "check_in")
            .distinct()
        )
    }
    enrolled: set[tuple[str, str]] = {
        (a, s)
        for a, s in session.execute(
            select(m.Enrolment.applicant_id, m.Enrolment.session_id).where(
                m.Enrolment.applicant_id.in_(people)
            )
        )
    }
    sessions = {s for _a, s in checked | enrolled}
    scanned_here = set(
        session.scalars(
            select(m.AttendanceEvent.session_id)
            .where(m.AttendanceEvent.session_id.in_(sessions), m.AttendanceEvent.kind == "check_in")
            .distinct()
        )
    )
    pairs = checked | {(a, s) for a, s in enrolled if s not in scanned_here}
    classes = {
        row.id: AttendedClass(row.id, row.title, row.end_date)
        for row in session.execute(
            select(m.TrainingSession.id, m.TrainingProgram.title, m.TrainingSession.end_date)
            .join(m.TrainingProgram, m.TrainingProgram.id == m.TrainingSession.program_id)
            .where(m.TrainingSession.id.in_({s for _a, s in pairs}))
        )
    }
    found: dict[str, list[AttendedClass]] = {}
    for applicant_id, session_id in sorted(pairs):
        if session_id in classes:
            found.setdefault(applicant_id, []).append(classes[session_id])
    return found


def _answered(session: Session, applicant_ids: Iterable[str]) -> dict[str, set[tuple[str, int]]]:
    found: dict[str, set[tuple[str, int]]] = {}
    rows = session.execute(
        select(FollowupAnswer.applicant_id, FollowupAnswer.session_id, FollowupAnswer.month).where(
            FollowupAnswer.applicant_id.in_(list(applicant_ids))
        )
    )
    for applicant_id, session_id, month in rows:
        found.setdefault(applicant_id, set()).add((session_id, month))
    return found


class FollowupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def today(self) -> dt.date:
        return self._ctx.now().date()

    def due_surveys(self, applicant_id: str) -> list[Survey]:
        with self._ctx.store.reading() as session:
            classes = _attended(session, [applicant_id]).get(applicant_id, [])
            if not classes:
                return []
            answered = _answered(session, [applicant_id]).get(applicant_id, set())
        return due_surveys(applicant_id, classes, answered, self.today())

    def due_survey(self, applicant_id: str) -> Survey | None:
        """The one survey to ask after this person's card was scanned, or None. The hook
        the card-scan flow calls: one survey per visit, the one closing soonest."""
        due = self.due_surveys(applicant_id)
        return due[0] if due else None

    def answer(
        self,
        survey: Survey,
        answer: Answer,
        *,
        channel: str = CHANNEL_APPLICANT,
        staff_id: str | None = None,
    ) -> str:
        """Store the answer and its outbox event in one transaction; its id. A FollowupError
        (nothing written) when it is incomplete or the survey is not open any more."""
        found = problems(answer)
        if found:
            raise FollowupError(found[0])
        if channel not in (CHANNEL_APPLICANT, CHANNEL_STAFF):
            raise ValueError(f"unknown channel {channel!r}")
        now = self._ctx.now()
        still_due = any(
            (s.session_id, s.month) == (survey.session_id, survey.month)
            for s in self.due_surveys(survey.applicant_id)
        )
        if not still_due:
            raise FollowupError(msg("followup.not_due"))
        row = FollowupAnswer(
            id=new_id(),
            applicant_id=survey.applicant_id,
            session_id=survey.session_id,
            month=survey.month,
            status=answer.status.value,
            employer=answer.employer.strip(),
            sector=answer.sector.value if answer.sector else None,
            wage_band=answer.wage_band.value if answer.wage_band else None,
            related=answer.related,
            answered_at=now,
            utc_offset_min=utc_offset_minutes(now),
            channel=channel,
            staff_id=staff_id,
            device_id=self._ctx.device_id,
        )
        try:
            with self._ctx.store.transaction() as session:
                session.add(row)
                session.flush()
                self._ctx.record(session, "followup_answer", row.id, "create", row_payload(row))
        except IntegrityError:
            # Answered meanwhile (a second window on the same kiosk): the first answer stays.
            raise FollowupError(msg("followup.not_due")) from None
        return row.id

    def finished_classes(self) -> list[FinishedClass]:
        """Classes that ended up to 13 months ago, newest first, with how many trainees have
        a survey open now (a field officer's starting point)."""
        today = self.today()
        since = add_months(today, -(SURVEY_MONTHS[-1] + 1))
        with self._ctx.store.reading() as session:
            classes = session.execute(
                select(m.TrainingSession.id, m.TrainingProgram.title, m.TrainingSession.end_date)
                .join(m.TrainingProgram, m.TrainingProgram.id == m.TrainingSession.program_id)
                .where(m.TrainingSession.end_date < today, m.TrainingSession.end_date >= since)
                .order_by(m.TrainingSession.end_date.desc())
            ).all()
        result = []
        for session_id, title, end_date in classes:
            due = len(self.trainees_due(session_id))
            result.append(FinishedClass(session_id, title, end_date, due))
        return result

    def trainees_due(self, session_id: str) -> list[DueTrainee]:
        """Trainees of this class whose survey for it is open today, by first name."""
        today = self.today()
        with self._ctx.store.reading() as session:
            people = sorted(
                set(
                    session.scalars(
                        select(m.AttendanceEvent.applicant_id).where(
                            m.AttendanceEvent.session_id == session_id,
                            m.AttendanceEvent.kind == "check_in",
                        )
                    )
                )
                | set(
                    session.scalars(
                        select(m.Enrolment.applicant_id).where(m.Enrolment.session_id == session_id)
                    )
                )
            )
            if not people:
                return []
            classes = _attended(session, people)
            answered = _answered(session, people)
            names: dict[str, str] = {
                row.id: row.full_name
                for row in session.execute(
                    select(m.Applicant.id, m.Applicant.full_name).where(m.Applicant.id.in_(people))
                )
            }
        due = []
        for applicant_id in people:
            own = [c for c in classes.get(applicant_id, []) if c.session_id == session_id]
            for survey in due_surveys(applicant_id, own, answered.get(applicant_id, set()), today):
                due.append(DueTrainee(survey, first_name(names.get(applicant_id, ""))))
        return sorted(due, key=lambda d: (d.first_name.casefold(), d.survey.applicant_id))
