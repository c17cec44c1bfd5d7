"""Vacancies for one person and their applications: browse with reasons, apply with one tap
after a card scan (row and outbox event in one transaction), and "my applications"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.domain.placement import FINAL_STAGES, Stage, Vacancy, is_open
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.context import ServiceContext, row_payload
from kiosk.services.job_seekers import Holder, JobSeekerService, holder_in
from kiosk.services.vacancies import Browse, open_vacancies, ranked, why
from kiosk.store.placement_models import JobApplication
from kiosk.store.placement_models import Vacancy as VacancyRow

define("application.unknown_vacancy", id="Lowongan ini tidak ada lagi di kios ini.", en="This vacancy is no longer on this kiosk.")  # fmt: skip
define("application.closed", id="Lowongan ini sudah ditutup (habis masa berlaku atau sudah terisi).", en="This vacancy is closed (expired or filled).")  # fmt: skip
define("application.stage.applied", id="Lamaran terkirim", en="Applied")
define("application.stage.shortlisted", id="Masuk daftar pendek", en="Shortlisted")
define("application.stage.interview", id="Diundang wawancara", en="Invited to interview")
define("application.stage.hired", id="Diterima bekerja", en="Hired")
define("application.stage.not_selected", id="Belum terpilih", en="Not selected")
define("application.stage.withdrawn", id="Dibatalkan", en="Withdrawn")

STAGE_TEXT = {
    Stage.APPLIED: "application.stage.applied",
    Stage.SHORTLISTED: "application.stage.shortlisted",
    Stage.INTERVIEW: "application.stage.interview",
    Stage.HIRED: "application.stage.hired",
    Stage.NOT_SELECTED: "application.stage.not_selected",
    Stage.WITHDRAWN: "application.stage.withdrawn",
}


class ApplicationRefused(UserError):
    pass


@dataclass(frozen=True)
class Listing:
    """One vacancy on the browse screen; ``fits``/``score`` only when judged for a person."""

    vacancy: Vacancy
    fits: bool | None = None
    score: int | None = None
    applied: bool = False


@dataclass(frozen=True)
class ApplicationView:
    id: str
    vacancy_id: str
    title: str
    employer: str
    regency_code: str
    applied_at: dt.datetime
    stage: str
    stage_at: dt.datetime
    already: bool = False  # the person had applied before: nothing new was written

    @property
    def final(self) -> bool:
        return self.stage in FINAL_STAGES

    @property
    def stage_text(self) -> Message:
        return msg(STAGE_TEXT[Stage(self.stage)])

    @property
    def number(self) -> str:
        """A short reference for the receipt slip (the id's random tail, upper case)."""
        return self.id.replace("-", "")[-8:].upper()


def _view(row: JobApplication, already: bool = False) -> ApplicationView:
    vacancy: dict[str, Any] = dict(row.snapshot.get("vacancy", {}))
    return ApplicationView(
        id=row.id,
        vacancy_id=row.vacancy_id,
        title=str(vacancy.get("title", "")),
        employer=str(vacancy.get("employer", "")),
        regency_code=str(vacancy.get("regency_code", "")),
        applied_at=row.applied_at,
        stage=row.stage,
        stage_at=row.stage_at,
        already=already,
    )


def _vacancy(row: VacancyRow) -> Vacancy:
    skills = tuple(row.skills.split("|")) if row.skills else ()
    return Vacancy(
        row.id, row.employer, row.title, row.isco_code, row.openings, row.valid_from,
        row.valid_until, row.regency_code, row.education_min, row.age_min, row.age_max,
        row.sex, skills, row.experience_years, row.wage_min, row.wage_max, row.source,
        row.checked, row.filled,
    )  # fmt: skip


class ApplicationService:
    def __init__(self, ctx: ServiceContext, seekers: JobSeekerService) -> None:
        self._ctx = ctx
        self._seekers = seekers

    def browse(
        self, applicant_id: str | None, browse: Browse | None = None, limit: int = 50
    ) -> list[Listing]:
        """Open vacancies by the browse choices: ranked with fits/score for a known person
        (best first), else soonest to close first."""
        browse = browse or Browse()
        today = self._ctx.now().date()
        seeker = None if applicant_id is None else self._seekers.seeker(applicant_id)
        with self._ctx.store.reading() as session:
            applied = set() if applicant_id is None else self._applied(session, applicant_id)
            if seeker is None:
                found = open_vacancies(session, today, browse)
                found.sort(key=lambda v: (v.valid_until, v.id))
                return [Listing(v, applied=v.id in applied) for v in found[:limit]]
            return [
                Listing(m.vacancy, m.fits, m.score, m.vacancy.id in applied)
                for m in ranked(session, seeker, today, browse, limit)
            ]

    @staticmethod
    def _applied(session: Any, applicant_id: str) -> set[str]:
        return set(
            session.scalars(
                select(JobApplication.vacancy_id).where(JobApplication.applicant_id == applicant_id)
            )
        )

    def vacancy(self, vacancy_id: str) -> Vacancy | None:
        with self._ctx.store.reading() as session:
            row = session.get(VacancyRow, vacancy_id)
            return None if row is None else _vacancy(row)

    def why(self, applicant_id: str, vacancy_id: str) -> list[Message]:
        """Why this vacancy fits the person or not, in words (hard requirements, occupation,
        skills proven or claimed, the training that closes a missing skill, experience)."""
        seeker = self._seekers.seeker(applicant_id)
        vacancy = self.vacancy(vacancy_id)
        if seeker is None or vacancy is None:
            return []
        trainings = self._seekers.trainings_teaching(vacancy.skills)
        return why(seeker, vacancy, self._ctx.now().date(), trainings)

    def apply(self, card_id: str, vacancy_id: str) -> ApplicationView:
        """Apply the holder of a just-scanned card to an open vacancy: the application and its
        outbox event in one transaction. Applying twice returns the first application."""
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            holder: Holder = holder_in(session, card_id, now.date())
            existing = session.scalar(
                select(JobApplication).where(
                    JobApplication.applicant_id == holder.applicant_id,
                    JobApplication.vacancy_id == vacancy_id,
                )
            )
            if existing is not None:
                return _view(existing, already=True)
            row = session.get(VacancyRow, vacancy_id)
            if row is None:
                raise ApplicationRefused(msg("application.unknown_vacancy"))
            if not is_open(_vacancy(row), now.date()):
                raise ApplicationRefused(msg("application.closed"))
            application = JobApplication(
                id=new_id(),
                applicant_id=holder.applicant_id,
                vacancy_id=vacancy_id,
                card_id=card_id,
                applied_at=now,
                stage=Stage.APPLIED.value,
                stage_at=now,
                device_id=ctx.device_id,
                snapshot={
                    "vacancy": {
                        "title": row.title,
                        "employer": row.employer,
                        "regency_code": row.regency_code,
                        "isco_code": row.isco_code,
                    }
                },
            )
            session.add(application)
            upload = row_payload(
                application, exclude=("stage", "stage_at", "snapshot", "device_id")
            )
            ctx.record(session, "job_application", application.id, "create", upload, at=now)
            return _view(application)

    def applications(self, applicant_id: str) -> list[ApplicationView]:
        """The person's applications made here, newest first, with the stage and outcome
        as the server last sent them."""
        with self._ctx.store.reading() as session:
            rows = session.scalars(
                select(JobApplication)
                .where(JobApplication.applicant_id == applicant_id)
                .order_by(JobApplication.applied_at.desc(), JobApplication.id)
            )
            return [_view(row) for row in rows]

    def employers(self) -> list[str]:
        """Employers with an open vacancy here (the job-fair mode's choice)."""
        today = self._ctx.now().date()
        with self._ctx.store.reading() as session:
            return sorted({v.employer for v in open_vacancies(session, today)})

    def employer_vacancies(self, employer: str) -> list[Vacancy]:
        today = self._ctx.now().date()
        with self._ctx.store.reading() as session:
            found = [v for v in open_vacancies(session, today) if v.employer == employer]
        return sorted(found, key=lambda v: (v.title, v.id))
