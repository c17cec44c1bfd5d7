"""Job-fair mode: staff set one employer; the kiosk then only takes applicants' cards for that
employer's vacancies, offline, and gives a receipt slip. Only a staff PIN leaves the mode."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from kiosk.domain.placement import Vacancy
from kiosk.i18n import UserError, define, msg
from kiosk.services.audit import AuditAction, audit
from kiosk.services.context import ServiceContext
from kiosk.services.job_applications import ApplicationService, ApplicationView
from kiosk.services.job_seekers import Holder, JobSeekerService
from kiosk.services.settings import Setting, SettingsService

log = logging.getLogger(__name__)

# Not among the generic settings: it is switched on and off by its own admin action.
JOB_FAIR_EMPLOYER = Setting(
    "job_fair_employer",
    str,
    "",
    "The employer whose booth this kiosk serves in job-fair mode; empty means the mode is off.",
)

define("jobfair.no_employer", id="Pemberi kerja ini tidak punya lowongan terbuka di kios ini.", en="This employer has no open vacancy on this kiosk.")  # fmt: skip
define("jobfair.not_this_employer", id="Lowongan ini bukan dari pemberi kerja pameran ini.", en="This vacancy is not one of this booth's employer.")  # fmt: skip


class JobFairRefused(UserError):
    pass


@dataclass(frozen=True)
class BoothScan:
    """A card scanned at the booth: the holder and the employer's open vacancies."""

    holder: Holder
    vacancies: tuple[Vacancy, ...]
    applied: frozenset[str]  # vacancy ids this person has applied to already


@dataclass(frozen=True)
class Receipt:
    """The slip an applicant takes away: no NIK, no contact, a first name and a number."""

    first_name: str
    employer: str
    title: str
    number: str
    applied_at: dt.datetime
    already: bool


class JobFairService:
    def __init__(
        self,
        ctx: ServiceContext,
        settings: SettingsService,
        seekers: JobSeekerService,
        applications: ApplicationService,
    ) -> None:
        self._ctx = ctx
        self._settings = settings
        self._seekers = seekers
        self._applications = applications

    def employer(self) -> str:
        """The employer of the running job fair, or "" when the mode is off."""
        return self._settings.get(JOB_FAIR_EMPLOYER)

    def start(self, employer: str, *, staff_id: str) -> None:
        """Start the mode for ``employer``; the setting and its audit event in one transaction."""
        if employer not in self._applications.employers():
            raise JobFairRefused(msg("jobfair.no_employer"))
        self._switch(employer, staff_id, AuditAction.JOB_FAIR_STARTED, employer)
        log.info("job-fair mode started by staff %s", staff_id)

    def stop(self, *, staff_id: str) -> None:
        """Leave the mode; the caller has checked the staff PIN that gave ``staff_id``."""
        employer = self.employer()
        if not employer:
            return  # already off: nothing to record
        self._switch("", staff_id, AuditAction.JOB_FAIR_ENDED, employer)
        log.info("job-fair mode ended by staff %s", staff_id)

    def _switch(self, value: str, staff_id: str, action: AuditAction, employer: str) -> None:
        with self._ctx.store.transaction() as session:
            self._settings.set_in(session, JOB_FAIR_EMPLOYER, value)
            # The employer is a firm's public name (as on its vacancies), not personal data.
            audit(
                self._ctx,
                session,
                action,
                staff_id=staff_id or None,
                subject_type="job_fair",
                detail={"employer": employer[:200]},
            )

    def scan(self, card_text: str) -> BoothScan:
        holder = self._seekers.identify(card_text)
        vacancies = tuple(self._applications.employer_vacancies(self.employer()))
        applied = {a.vacancy_id for a in self._applications.applications(holder.applicant_id)}
        return BoothScan(holder, vacancies, frozenset(applied & {v.id for v in vacancies}))

    def apply(self, holder: Holder, vacancy_id: str) -> Receipt:
        vacancy = self._applications.vacancy(vacancy_id)
        if vacancy is None or vacancy.employer != self.employer():
            raise JobFairRefused(msg("jobfair.not_this_employer"))
        made: ApplicationView = self._applications.apply(holder.card_id, vacancy_id)
        return Receipt(
            first_name=holder.first_name,
            employer=made.employer,
            title=made.title,
            number=made.number,
            # The kiosk's local time: a stored application comes back from the store in UTC.
            applied_at=made.applied_at.astimezone(self._ctx.now().tzinfo),
            already=made.already,
        )
