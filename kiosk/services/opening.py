""" "Buka pelatihan": a whole training form (provider, program, first session) checked field by
field before anything is written, then created through :class:`CatalogueService`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from kiosk.domain import regions
from kiosk.i18n import Message, UserError, define, msg
from kiosk.services.catalogue import (
    CatalogueError,
    CatalogueService,
    WeeklySchedule,
    check_capacity,
    check_dates,
    check_hours,
    check_location,
    check_provider_kind,
    check_provider_name,
    check_regency,
    check_title,
)
from kiosk.services.context import ServiceContext
from kiosk.services.registration import parse_day
from kiosk.store.models import TrainingProvider

define(
    "opening.provider_required",
    id="Pilih lembaga pelatihan atau isi lembaga baru.",
    en="Choose a training provider or fill in a new one.",
)
define(
    "opening.number_invalid",
    id="Tulis angka saja, misalnya 20.",
    en="Digits only, for example 20.",
)
define(
    "opening.form_invalid",
    id="Periksa kolom yang ditandai merah.",
    en="Check the fields marked in red.",
)

_CLOCK = re.compile(r"([0-9]{1,2})[:.\-]?([0-9]{2})")


@dataclass(frozen=True)
class ProviderChoice:
    id: str
    name: str
    kind: str
    regency: str  # display name


@dataclass(frozen=True)
class SessionDraft:
    """A session as typed on screen: text where people type, parsed here (not in widgets)."""

    location: str = ""
    start_date: str = ""
    end_date: str = ""
    days: tuple[int, ...] = ()
    start_time: str = ""
    end_time: str = ""
    capacity: str = ""
    uses_checkout: bool = False


@dataclass(frozen=True)
class TrainingDraft:
    provider_id: str = ""  # an existing provider, unless new_provider
    new_provider: bool = False
    new_provider_name: str = ""
    new_provider_kind: str = "LPK"
    new_provider_regency: str = ""
    title: str = ""
    category: str = ""
    hours: str = ""
    prakerja_funded: bool = True
    session: SessionDraft = field(default_factory=SessionDraft)


@dataclass(frozen=True)
class ParsedSession:
    start: dt.date | None
    end: dt.date | None
    schedule: WeeklySchedule
    capacity: int | None


@dataclass(frozen=True)
class OpenedTraining:
    provider_id: str
    program_id: str
    session_id: str


class OpeningError(UserError):
    """Bad fields, each with its message; nothing was written."""

    def __init__(self, errors: dict[str, Message]) -> None:
        super().__init__(msg("opening.form_invalid"))
        self.errors = errors


def clock_time(text: str) -> str | None:
    """ "8:00", "08.00", "0800" -> "08:00"; None when it is not a time of day."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _number(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"[0-9]{1,6}", text) else None


def _check(errors: dict[str, Message], name: str, check: object, *args: object) -> None:
    try:
        check(*args)  # type: ignore[operator]
    except CatalogueError as error:
        errors.setdefault(name, error.message)


class OpeningService:
    def __init__(self, ctx: ServiceContext, catalogue: CatalogueService) -> None:
        self._ctx = ctx
        self._catalogue = catalogue

    def providers(self) -> list[ProviderChoice]:
        with self._ctx.store.reading() as session:
            rows = session.scalars(select(TrainingProvider).order_by(TrainingProvider.name)).all()
        choices = []
        for row in rows:
            regency = regions.regency(row.regency_code)
            name = regions.display_name(regency) if regency else row.regency_code
            choices.append(ProviderChoice(row.id, row.name, row.kind, name))
        return choices

    def check_session(self, draft: SessionDraft) -> tuple[dict[str, Message], ParsedSession]:
        """Errors by field name, and the parsed values of the fields that are fine."""
        errors: dict[str, Message] = {}
        _check(errors, "location", check_location, draft.location)
        start, end = parse_day(draft.start_date), parse_day(draft.end_date)
        if start is None:
            errors["start_date"] = msg("form.date_invalid")
        if end is None:
            errors["end_date"] = msg("form.date_invalid")
        if start is not None and end is not None:
            _check(errors, "end_date", check_dates, start, end)
        begins, ends = clock_time(draft.start_time), clock_time(draft.end_time)
        schedule = WeeklySchedule(tuple(sorted(draft.days)), begins or "", ends or "")
        _check(errors, "schedule", schedule.validate)
        capacity = _number(draft.capacity)
        if capacity is None:
            errors["capacity"] = msg("opening.number_invalid")
        else:
            _check(errors, "capacity", check_capacity, capacity)
        return errors, ParsedSession(start, end, schedule, capacity)

    def check(self, draft: TrainingDraft) -> dict[str, Message]:
        """Every field's error at once (empty when the form can be saved)."""
        errors: dict[str, Message] = {}
        if draft.new_provider:
            _check(errors, "new_provider_name", check_provider_name, draft.new_provider_name)
            _check(errors, "new_provider_kind", check_provider_kind, draft.new_provider_kind)
            _check(errors, "new_provider_regency", check_regency, draft.new_provider_regency)
        elif not draft.provider_id:
            errors["provider"] = msg("opening.provider_required")
        else:
            with self._ctx.store.reading() as session:
                if session.get(TrainingProvider, draft.provider_id) is None:
                    errors["provider"] = msg("catalogue.provider_unknown")
        _check(errors, "title", check_title, draft.title)
        hours = _number(draft.hours)
        if hours is None:
            errors["hours"] = msg("opening.number_invalid")
        else:
            _check(errors, "hours", check_hours, hours)
        errors.update(self.check_session(draft.session)[0])
        return errors

    def open(self, draft: TrainingDraft) -> OpenedTraining:
        """Provider (when new), program and first session; raises OpeningError and writes
        nothing when any field is wrong."""
        errors = self.check(draft)
        if errors:
            raise OpeningError(errors)
        provider_id = draft.provider_id
        if draft.new_provider:
            provider_id = self._catalogue.create_provider(
                draft.new_provider_name, draft.new_provider_kind, draft.new_provider_regency
            ).id
        hours = _number(draft.hours)
        assert hours is not None
        program = self._catalogue.create_program(
            draft.title, draft.category, hours, prakerja_funded=draft.prakerja_funded
        )
        session_id = self.add_session(program.id, provider_id, draft.session)
        return OpenedTraining(provider_id, program.id, session_id)

    def add_session(self, program_id: str, provider_id: str, draft: SessionDraft) -> str:
        """Another session of a program already opened."""
        errors, parsed = self.check_session(draft)
        start, end, capacity = parsed.start, parsed.end, parsed.capacity
        if errors or start is None or end is None or capacity is None:
            raise OpeningError(errors)
        training = self._catalogue.create_session(
            program_id=program_id,
            provider_id=provider_id,
            location=draft.location,
            start_date=start,
            end_date=end,
            schedule=parsed.schedule,
            capacity=capacity,
            uses_checkout=draft.uses_checkout,
        )
        return training.id
