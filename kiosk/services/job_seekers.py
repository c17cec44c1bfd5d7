"""Job seekers at the kiosk: who a scanned card belongs to, the AK/1 registration and its
six-monthly report (a card scan), and what matching needs to know of the person."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.job_seeker import (
    JobSeekerForm,
    Schooling,
    WorkExperience,
    counts_as_new_report,
    form_problems,
    report_due,
    valid_until,
)
from kiosk.domain.matching import Proof, Seeker
from kiosk.domain.placement import normalise_skill
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.cards import CardService
from kiosk.services.context import ServiceContext, jsonable
from kiosk.services.people import first_name
from kiosk.store.models import (
    Applicant,
    AttendanceEvent,
    Card,
    Certificate,
    TrainingProgram,
    TrainingSession,
)
from kiosk.store.placement_models import JobSeeker

log = logging.getLogger(__name__)

define("jobseeker.card_unknown", id="Kartu ini sah, tetapi pemiliknya tidak terdaftar di kios ini. Silakan ke petugas.", en="This card is valid, but its holder is not registered on this kiosk. Please see the staff.")  # fmt: skip
define("jobseeker.not_registered", id="Anda belum terdaftar sebagai pencari kerja (AK/1).", en="You are not registered as a job seeker (AK/1) yet.")  # fmt: skip
define("jobseeker.form_refused", id="Data belum bisa disimpan: {reasons}", en="Could not save yet: {reasons}")  # fmt: skip


class CardRefused(UserError):
    """The scanned card is not a current card of someone this kiosk holds."""


class FormRefused(UserError):
    def __init__(self, problems: list[Message]) -> None:
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True)
class Holder:
    """The person behind a verified card, as a public screen may show them."""

    applicant_id: str
    card_id: str
    first_name: str


@dataclass(frozen=True)
class JobSeekerStatus:
    registered: bool
    valid_until: dt.date | None = None
    last_report: dt.date | None = None
    next_report: dt.date | None = None
    reported_now: bool = False  # this scan counted as the six-monthly report


@dataclass(frozen=True)
class ScanResult:
    """What a card scan at the applicant kiosk found and did (see ``after_card_scan``)."""

    holder: Holder
    job_seeker: JobSeekerStatus


def payload(row: JobSeeker, card_id: str) -> dict[str, Any]:
    """The sync payload of a registration (kiosk.sync.placement_entities.JobSeekerCreate)."""
    return {
        "applicant_id": row.applicant_id,
        "card_id": card_id,
        "registered_at": jsonable(row.registered_at),
        "valid_until": jsonable(row.valid_until),
        "last_report_at": jsonable(row.last_report_at),
        "education": list(row.education),
        "skills": list(row.skills),
        "experience": list(row.experience),
        "desired_occupations": list(row.desired_occupations),
        "desired_regions": list(row.desired_regions),
        "wage_band": row.wage_band,
        "disability": row.disability,
    }


def form_of(row: JobSeeker) -> JobSeekerForm:
    """A stored registration as the form that made it (to change it at the next visit)."""
    return JobSeekerForm(
        education=tuple(Schooling(**entry) for entry in row.education),
        skills=tuple(row.skills),
        experience=tuple(WorkExperience(**entry) for entry in row.experience),
        desired_occupations=tuple(row.desired_occupations),
        desired_regions=tuple(row.desired_regions),
        wage_band=row.wage_band,
        disability=row.disability,
    )


def holder_in(session: Session, card_id: str, today: dt.date) -> Holder:
    """The holder of a current card this kiosk knows, inside the caller's transaction."""
    row = session.execute(
        select(Card.applicant_id, Card.revoked_at, Card.valid_until, Applicant.full_name)
        .join(Applicant, Applicant.id == Card.applicant_id)
        .where(Card.id == card_id)
    ).first()
    if row is None:
        raise CardRefused(msg("jobseeker.card_unknown"))
    if row.revoked_at is not None:
        raise CardRefused(msg("card.status.revoked_card"))
    if row.valid_until < today:
        raise CardRefused(msg("card.status.expired", valid_until=row.valid_until))
    return Holder(row.applicant_id, card_id, first_name(row.full_name))


def _status(row: JobSeeker | None, tz: dt.tzinfo | None, reported: bool = False) -> JobSeekerStatus:
    if row is None:
        return JobSeekerStatus(registered=False)
    last = row.last_report_at.astimezone(tz).date()
    return JobSeekerStatus(True, row.valid_until, last, report_due(last), reported)


class JobSeekerService:
    def __init__(self, ctx: ServiceContext, cards: CardService) -> None:
        self._ctx = ctx
        self._cards = cards

    def identify(self, card_text: str) -> Holder:
        """A scanned QR payload (or typed card number) checked by its signature, then its
        holder among the people this kiosk holds. Writes nothing."""
        verification = self._cards.check(card_text)
        if not verification.valid or verification.card_id is None:
            raise CardRefused(verification.reason)
        with self._ctx.store.reading() as session:
            return holder_in(session, verification.card_id, self._ctx.now().date())

    def after_card_scan(self, card_text: str) -> ScanResult:
        """THE hook for an applicant's card scanned at the applicant kiosk: who it is, and
        the scan counts as their six-monthly job-seeker report. Follow-up questions (another
        use-case) hang off the result of this one call."""
        holder = self.identify(card_text)
        return ScanResult(holder, self.report(holder.card_id))

    def status(self, applicant_id: str) -> JobSeekerStatus:
        with self._ctx.store.reading() as session:
            return _status(session.get(JobSeeker, applicant_id), self._ctx.now().tzinfo)

    def form(self, applicant_id: str) -> JobSeekerForm | None:
        with self._ctx.store.reading() as session:
            row = session.get(JobSeeker, applicant_id)
            return None if row is None else form_of(row)

    def register(self, card_id: str, form: JobSeekerForm) -> JobSeekerStatus:
        """Register (or update) the card holder as a job seeker: the ``job_seeker`` row and its
        outbox event in one transaction. Bad input raises :class:`FormRefused`, writing nothing."""
        ctx = self._ctx
        now = ctx.now()
        cleaned = form.cleaned()
        problems = form_problems(cleaned, now.date())
        if problems:
            raise FormRefused(problems)
        with ctx.store.transaction() as session:
            holder = holder_in(session, card_id, now.date())
            row = session.get(JobSeeker, holder.applicant_id)
            values = {
                "education": [
                    {"level": s.level, "major": s.major, "year": s.year, "formal": s.formal}
                    for s in cleaned.education
                ],
                "skills": list(cleaned.skills),
                "experience": [
                    {"isco_code": e.isco_code, "employer": e.employer, "years": e.years}
                    for e in cleaned.experience
                ],
                "desired_occupations": list(cleaned.desired_occupations),
                "desired_regions": list(cleaned.desired_regions),
                "wage_band": cleaned.wage_band,
                "disability": cleaned.disability,
                "last_report_at": now,
                "device_id": ctx.device_id,
            }
            if row is None or row.valid_until < now.date():
                # New, or an expired card renewed: a fresh two-year validity.
                values |= {"registered_at": now, "valid_until": valid_until(now.date())}
            if row is None:
                row = JobSeeker(applicant_id=holder.applicant_id, **values)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
            # Sealed at rest: the disability status is personal data (docs/security.md).
            ctx.record(
                session,
                "job_seeker",
                holder.applicant_id,
                "create",
                payload(row, card_id),
                at=now,
                personal=True,
            )
            log.info("job seeker registered on card %s", card_id)
            return _status(row, now.tzinfo, reported=True)

    def report(self, card_id: str) -> JobSeekerStatus:
        """The card was scanned: that is the six-monthly report of a registered job seeker
        (``last_report_at`` and a push, at most once a day). Nothing for anyone else."""
        ctx = self._ctx
        now = ctx.now()
        with ctx.store.transaction() as session:
            holder = holder_in(session, card_id, now.date())
            row = session.get(JobSeeker, holder.applicant_id)
            if row is None or not counts_as_new_report(row.last_report_at, now):
                return _status(row, now.tzinfo)
            row.last_report_at = now
            ctx.record(
                session,
                "job_seeker",
                holder.applicant_id,
                "create",
                payload(row, card_id),
                at=now,
                personal=True,
            )
            return _status(row, now.tzinfo, reported=True)

    def seeker(self, applicant_id: str) -> Seeker | None:
        """What matching needs of a person: the applicant record, their AK/1 (claimed skills,
        wishes, experience) and skills proven here — a training attended (its programme's
        title) or a certificate held (its title)."""
        with self._ctx.store.reading() as session:
            applicant = session.get(Applicant, applicant_id)
            if applicant is None:
                return None
            row = session.get(JobSeeker, applicant_id)
            skills: dict[str, Proof] = {}
            if row is not None:
                skills.update((normalise_skill(s), Proof.CLAIMED) for s in row.skills)
            attended = session.scalars(
                select(TrainingProgram.title)
                .join(TrainingSession, TrainingSession.program_id == TrainingProgram.id)
                .join(AttendanceEvent, AttendanceEvent.session_id == TrainingSession.id)
                .where(AttendanceEvent.applicant_id == applicant_id)
                .distinct()
            )
            skills.update((normalise_skill(t), Proof.TRAINED) for t in attended)
            certified = session.scalars(
                select(Certificate.title).where(
                    Certificate.applicant_id == applicant_id, Certificate.revoked_at.is_(None)
                )
            )
            skills.update((normalise_skill(t), Proof.CERTIFIED) for t in certified)
            occupations: tuple[str, ...] = ()
            years = 0
            regions: tuple[str, ...] = ()
            if row is not None:
                form = form_of(row)
                occupations = form.desired_occupations + tuple(e.isco_code for e in form.experience)
                years = form.experience_years()
                regions = form.desired_regions
            return Seeker(
                birth_date=applicant.birth_date,
                sex=applicant.sex,
                education=applicant.education_level,
                regency_code=applicant.regency_code,
                desired_regions=regions,
                occupations=occupations,
                skills=skills,
                experience_years=years,
            )

    def trainings_teaching(self, skills: tuple[str, ...]) -> dict[str, list[str]]:
        """Normalised skill → titles of catalogue programmes whose title names it ("Menjahit"
        → "Menjahit Pakaian Dasar"): the training that would close a missing skill."""
        with self._ctx.store.reading() as session:
            titles = list(
                session.scalars(select(TrainingProgram.title).order_by(TrainingProgram.title))
            )
        found: dict[str, list[str]] = {}
        for skill in skills:
            key = normalise_skill(skill)
            teaching = [t for t in titles if key and key in normalise_skill(t)]
            if teaching:
                found[key] = teaching
        return found
