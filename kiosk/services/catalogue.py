"""Training providers, programs, sessions ("buka pelatihan") and enrolments."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kiosk.domain import regions
from kiosk.domain.chunks import in_chunks
from kiosk.domain.ids import new_id
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.context import ServiceContext, row_payload
from kiosk.store.models import (
    Applicant,
    Enrolment,
    TrainingProgram,
    TrainingProvider,
    TrainingSession,
)

PROVIDER_KINDS = ("LPK", "BLK")
MAX_CAPACITY = 500

define("catalogue.name_required", id="Nama wajib diisi.", en="A name is required.")
define(
    "catalogue.kind_invalid",
    id="Jenis lembaga harus LPK atau BLK.",
    en="The kind must be LPK or BLK.",
)
define("catalogue.regency_unknown", id="Kabupaten/kota tidak dikenal.", en="Unknown regency/city.")
define(
    "catalogue.title_required",
    id="Judul pelatihan wajib diisi.",
    en="A training title is required.",
)
define(
    "catalogue.hours_invalid",
    id="Jumlah jam pelatihan harus antara 1 dan 2000.",
    en="Training hours must be between 1 and 2000.",
)
define(
    "catalogue.program_unknown",
    id="Program pelatihan tidak ditemukan.",
    en="Training program not found.",
)
define(
    "catalogue.provider_unknown",
    id="Lembaga pelatihan tidak ditemukan.",
    en="Training provider not found.",
)
define(
    "catalogue.session_unknown",
    id="Kelas pelatihan tidak ditemukan.",
    en="Training session not found.",
)
define("catalogue.location_required", id="Lokasi wajib diisi.", en="A location is required.")
define(
    "catalogue.dates_invalid",
    id="Tanggal selesai tidak boleh sebelum tanggal mulai.",
    en="The end date cannot be before the start date.",
)
define(
    "catalogue.capacity_invalid",
    id="Kapasitas harus antara 1 dan {max} peserta.",
    en="Capacity must be between 1 and {max} trainees.",
)
define(
    "catalogue.schedule_invalid",
    id="Jadwal mingguan tidak valid: pilih hari dan jam mulai sebelum jam selesai (JJ:MM).",
    en="Invalid weekly schedule: choose days and a start time before the end time (HH:MM).",
)
define("catalogue.applicant_unknown", id="Pendaftar tidak ditemukan.", en="Applicant not found.")
define(
    "catalogue.already_enrolled",
    id="Peserta sudah terdaftar di kelas ini.",
    en="The trainee is already enrolled in this session.",
)
define("catalogue.session_full", id="Kelas sudah penuh.", en="The session is full.")
define("catalogue.session_ended", id="Kelas ini sudah selesai.", en="This session has ended.")
define(
    "catalogue.not_eligible",
    id="Pelatihan ini dibiayai Kartu Prakerja; pendaftar tidak memenuhi syarat.",
    en="This training is funded by Kartu Prakerja; the applicant is not eligible.",
)

_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


class CatalogueError(UserError):
    pass


# One check per field, shared by the create_* methods and by a whole form checked before
# anything is written (kiosk.services.opening).
def check_provider_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise CatalogueError(msg("catalogue.name_required"))
    return name


def check_provider_kind(kind: str) -> None:
    if kind not in PROVIDER_KINDS:
        raise CatalogueError(msg("catalogue.kind_invalid"))


def check_regency(regency_code: str) -> regions.Region:
    regency = regions.regency(regency_code)
    if regency is None:
        raise CatalogueError(msg("catalogue.regency_unknown"))
    return regency


def check_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise CatalogueError(msg("catalogue.title_required"))
    return title


def check_hours(hours: int) -> None:
    if not 1 <= hours <= 2000:
        raise CatalogueError(msg("catalogue.hours_invalid"))


def check_location(location: str) -> str:
    location = " ".join(location.split())
    if not location:
        raise CatalogueError(msg("catalogue.location_required"))
    return location


def check_dates(start_date: dt.date, end_date: dt.date) -> None:
    if end_date < start_date:
        raise CatalogueError(msg("catalogue.dates_invalid"))


def check_capacity(capacity: int) -> None:
    if not 1 <= capacity <= MAX_CAPACITY:
        raise CatalogueError(msg("catalogue.capacity_invalid", max=MAX_CAPACITY))


@dataclass(frozen=True)
class WeeklySchedule:
    days: tuple[int, ...]  # 0 = Monday
    start: str  # "08:00"
    end: str

    def as_json(self) -> dict[str, Any]:
        return {"days": list(self.days), "start": self.start, "end": self.end}

    def validate(self) -> None:
        if (
            not self.days
            or any(day not in range(7) for day in self.days)
            or len(set(self.days)) != len(self.days)
            or not _TIME.fullmatch(self.start)
            or not _TIME.fullmatch(self.end)
            or self.start >= self.end
        ):
            raise CatalogueError(msg("catalogue.schedule_invalid"))


@dataclass(frozen=True)
class SessionSummary:
    id: str
    program_title: str
    category: str
    provider: str
    location: str
    start_date: dt.date
    end_date: dt.date
    schedule: dict[str, Any]
    capacity: int
    enrolled: int
    uses_checkout: bool
    prakerja_funded: bool = True

    @property
    def full(self) -> bool:
        return self.enrolled >= self.capacity

    def refusal(self, applicant_eligible: bool) -> Message | None:
        """Why an applicant cannot choose this session (the same rules :meth:`enrol`
        enforces), or None when they can."""
        if self.full:
            return msg("catalogue.session_full")
        if self.prakerja_funded and not applicant_eligible:
            return msg("catalogue.not_eligible")
        return None

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.enrolled)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "program_title": self.program_title,
            "category": self.category,
            "provider": self.provider,
            "location": self.location,
            "start_date": self.start_date.isoformat(),
            "end_date": self.end_date.isoformat(),
            "schedule": self.schedule,
            "capacity": self.capacity,
            "enrolled": self.enrolled,
            "seats_left": self.seats_left,
            "uses_checkout": self.uses_checkout,
            "prakerja_funded": self.prakerja_funded,
        }


class CatalogueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def create_provider(
        self, name: str, kind: str, regency_code: str, address: str = ""
    ) -> TrainingProvider:
        name = check_provider_name(name)
        check_provider_kind(kind)
        regency = check_regency(regency_code)
        now = self._ctx.now()
        provider = TrainingProvider(
            id=new_id(),
            name=name,
            kind=kind,
            regency_code=regency.code,
            address=address.strip(),
            created_at=now,
        )
        with self._ctx.store.transaction() as session:
            session.add(provider)
            self._ctx.record(
                session, "training_provider", provider.id, "create", row_payload(provider)
            )
        return provider

    def create_program(
        self, title: str, category: str, hours: int, *, prakerja_funded: bool = True
    ) -> TrainingProgram:
        title = check_title(title)
        check_hours(hours)
        program = TrainingProgram(
            id=new_id(),
            title=title,
            category=category.strip() or "umum",
            hours=hours,
            prakerja_funded=prakerja_funded,
            created_at=self._ctx.now(),
        )
        with self._ctx.store.transaction() as session:
            session.add(program)
            self._ctx.record(
                session, "training_program", program.id, "create", row_payload(program)
            )
        return program

    def create_session(
        self,
        *,
        program_id: str,
        provider_id: str,
        location: str,
        start_date: dt.date,
        end_date: dt.date,
        schedule: WeeklySchedule,
        capacity: int,
        uses_checkout: bool = False,
    ) -> TrainingSession:
        location = check_location(location)
        check_dates(start_date, end_date)
        check_capacity(capacity)
        schedule.validate()
        with self._ctx.store.transaction() as session:
            if session.get(TrainingProgram, program_id) is None:
                raise CatalogueError(msg("catalogue.program_unknown"))
            if session.get(TrainingProvider, provider_id) is None:
                raise CatalogueError(msg("catalogue.provider_unknown"))
            training = TrainingSession(
                id=new_id(),
                program_id=program_id,
                provider_id=provider_id,
                location=location,
                start_date=start_date,
                end_date=end_date,
                weekly_schedule=schedule.as_json(),
                capacity=capacity,
                uses_checkout=uses_checkout,
                created_at=self._ctx.now(),
            )
            session.add(training)
            self._ctx.record(
                session, "training_session", training.id, "create", row_payload(training)
            )
        return training

    def enrol(
        self, session_id: str, applicant_id: str, *, staff_id: str | None = None
    ) -> Enrolment:
        return self._enrol(session_id, [applicant_id], staff_id)[0]

    def enrol_many(
        self, session_id: str, applicant_ids: Sequence[str], *, staff_id: str | None = None
    ) -> int:
        """Enrol several people in one session in one transaction, under the same rules as
        :meth:`enrol`; the first refusal raises CatalogueError and nothing is written."""
        return len(self._enrol(session_id, applicant_ids, staff_id))

    def _enrol(
        self, session_id: str, applicant_ids: Sequence[str], staff_id: str | None
    ) -> list[Enrolment]:
        ctx = self._ctx
        now = ctx.now()
        try:
            with ctx.store.transaction() as session:
                training = session.get(TrainingSession, session_id)
                if training is None:
                    raise CatalogueError(msg("catalogue.session_unknown"))
                eligible: dict[str, bool] = {}
                for chunk in in_chunks(applicant_ids):
                    rows = session.execute(
                        select(Applicant.id, Applicant.eligible).where(Applicant.id.in_(chunk))
                    )
                    eligible.update((row.id, row.eligible) for row in rows)
                if any(applicant_id not in eligible for applicant_id in applicant_ids):
                    raise CatalogueError(msg("catalogue.applicant_unknown"))
                if training.end_date < now.date():
                    raise CatalogueError(msg("catalogue.session_ended"))
                program = session.get(TrainingProgram, training.program_id)
                funded = program is not None and program.prakerja_funded
                if funded and not all(eligible[applicant_id] for applicant_id in applicant_ids):
                    raise CatalogueError(msg("catalogue.not_eligible"))
                already = set(
                    session.scalars(
                        select(Enrolment.applicant_id).where(Enrolment.session_id == session_id)
                    )
                )
                if len(set(applicant_ids)) != len(applicant_ids) or not already.isdisjoint(
                    applicant_ids
                ):
                    raise CatalogueError(msg("catalogue.already_enrolled"))
                if len(already) + len(applicant_ids) > training.capacity:
                    raise CatalogueError(msg("catalogue.session_full"))
                enrolments = [
                    Enrolment(
                        id=new_id(),
                        session_id=session_id,
                        applicant_id=applicant_id,
                        enrolled_at=now,
                        enrolled_by=staff_id,
                    )
                    for applicant_id in applicant_ids
                ]
                session.add_all(enrolments)
                for enrolment in enrolments:
                    ctx.record(
                        session, "enrolment", enrolment.id, "create", row_payload(enrolment), at=now
                    )
        except IntegrityError as exc:  # a concurrent enrolment of the same pair
            raise CatalogueError(msg("catalogue.already_enrolled")) from exc
        return enrolments

    def sessions(self, *, include_past: bool = True) -> list[SessionSummary]:
        today = self._ctx.now().date()
        enrolled = (
            select(Enrolment.session_id, func.count().label("n"))
            .group_by(Enrolment.session_id)
            .subquery()
        )
        query = (
            select(
                TrainingSession,
                TrainingProgram.title,
                TrainingProgram.category,
                TrainingProgram.prakerja_funded,
                TrainingProvider.name,
                func.coalesce(enrolled.c.n, 0),
            )
            .join(TrainingProgram, TrainingProgram.id == TrainingSession.program_id)
            .join(TrainingProvider, TrainingProvider.id == TrainingSession.provider_id)
            .outerjoin(enrolled, enrolled.c.session_id == TrainingSession.id)
            .order_by(TrainingSession.start_date, TrainingProgram.title)
        )
        if not include_past:
            query = query.where(TrainingSession.end_date >= today)
        with self._ctx.store.reading() as session:
            rows = session.execute(query).all()
        return [
            SessionSummary(
                id=training.id,
                program_title=title,
                category=category,
                provider=provider,
                location=training.location,
                start_date=training.start_date,
                end_date=training.end_date,
                schedule=training.weekly_schedule,
                capacity=training.capacity,
                enrolled=int(count),
                uses_checkout=training.uses_checkout,
                prakerja_funded=funded,
            )
            for training, title, category, funded, provider, count in rows
        ]
