"""Who is enrolled, present, late or absent in a session on a day; exports to CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select

from kiosk.domain.attendance import (
    DayCounts,
    EventKind,
    Presence,
    day_counts,
    meets_on,
    presence,
    schedule_weekdays,
)
from kiosk.i18n import UserError, define, msg, render
from kiosk.services.catalogue import CatalogueError
from kiosk.services.context import ServiceContext
from kiosk.services.people import ApplicantSummary, PeopleService
from kiosk.store.models import AttendanceEvent, Enrolment, StaffAccount, TrainingSession
from kiosk.sync.xlsx import write_xlsx

define("roster.status.present", id="Hadir", en="Present")
define("roster.status.late", id="Terlambat", en="Late")
define("roster.status.absent", id="Tidak hadir", en="Absent")
define("roster.col.day", id="Tanggal", en="Date")
define("roster.col.name", id="Nama", en="Name")
define("roster.col.nik", id="NIK (disamarkan)", en="NIK (masked)")
define("roster.col.status", id="Status", en="Status")
define("roster.col.in", id="Masuk", en="In")
define("roster.col.out", id="Pulang", en="Out")
define("roster.col.enrolled", id="Terdaftar", en="Enrolled")
define("roster.col.admitted_by", id="Diizinkan oleh", en="Admitted by")
define("roster.yes", id="Ya", en="Yes")
define("roster.no", id="Tidak", en="No")
define(
    "roster.export_format",
    id="Format ekspor harus .csv atau .xlsx.",
    en="The export format must be .csv or .xlsx.",
)


# The one rule of kiosk.domain.attendance, under the name the roster's callers know.
PresenceStatus = Presence
# Message codes written out, so grep finds where each text is used.
STATUS_TEXT: Final = {
    Presence.PRESENT: "roster.status.present",
    Presence.LATE: "roster.status.late",
    Presence.ABSENT: "roster.status.absent",
}
COLUMN_TEXT: Final = {
    "day": "roster.col.day",
    "name": "roster.col.name",
    "nik": "roster.col.nik",
    "status": "roster.col.status",
    "in": "roster.col.in",
    "out": "roster.col.out",
    "enrolled": "roster.col.enrolled",
    "admitted_by": "roster.col.admitted_by",
}


@dataclass(frozen=True)
class RosterLine:
    applicant_id: str
    full_name: str
    masked_nik: str
    enrolled: bool
    status: PresenceStatus
    first_in: dt.datetime | None
    last_out: dt.datetime | None
    admitted_by: str | None  # display name of the staff member who admitted a non-enrolled


@dataclass(frozen=True)
class Roster:
    session_id: str
    day: dt.date
    lines: list[RosterLine]
    meets: bool = True  # whether the class meets on this day (else every scan was admitted)

    @property
    def counts(self) -> DayCounts:
        """Of the enrolled: present + late + absent == enrolled; walk-ins apart."""
        return day_counts(
            (line.status for line in self.lines if line.enrolled),
            (line.status for line in self.lines if not line.enrolled),
        )

    def count(self, status: PresenceStatus) -> int:
        """Enrolled trainees with this status on the day."""
        return sum(1 for line in self.lines if line.enrolled and line.status is status)

    @property
    def enrolled(self) -> int:
        return sum(1 for line in self.lines if line.enrolled)

    @property
    def present(self) -> int:
        """Enrolled trainees who came on time (late ones are counted apart)."""
        return self.count(PresenceStatus.PRESENT)

    @property
    def came(self) -> int:
        """Enrolled trainees who came, on time or late (the scan screen's count)."""
        return self.counts.came


@dataclass(frozen=True)
class TraineeMatch:
    """A person found by the forgot-card search, and whether they are in the open class."""

    person: ApplicantSummary
    enrolled: bool


class RosterService:
    def __init__(self, ctx: ServiceContext, people: PeopleService) -> None:
        self._ctx = ctx
        self._people = people

    def roster(self, session_id: str, day: dt.date | None = None) -> Roster:
        return self.rosters(session_id, [day or self._ctx.now().date()])[0]

    def rosters(self, session_id: str, days: list[dt.date]) -> list[Roster]:
        with self._ctx.store.reading() as session:
            training = session.get(TrainingSession, session_id)
            if training is None:
                raise CatalogueError(msg("catalogue.session_unknown"))
            start_time = str(training.weekly_schedule.get("start", "00:00"))
            weekdays = schedule_weekdays(training.weekly_schedule)
            first_day, last_day = training.start_date, training.end_date
            enrolled = list(
                session.scalars(
                    select(Enrolment.applicant_id).where(Enrolment.session_id == session_id)
                )
            )
            events = session.execute(
                select(
                    AttendanceEvent.applicant_id,
                    AttendanceEvent.local_day,
                    AttendanceEvent.kind,
                    AttendanceEvent.recorded_at,
                    AttendanceEvent.admitted_by,
                    AttendanceEvent.utc_offset_min,
                ).where(
                    AttendanceEvent.session_id == session_id,
                    AttendanceEvent.local_day.in_(days),
                )
            ).all()
            staff_names = {
                staff_id: name
                for staff_id, name in session.execute(
                    select(StaffAccount.id, StaffAccount.display_name)
                )
            }
        by_day: dict[dt.date, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for row in events:
            by_day[row.local_day][row.applicant_id].append(row)
        people_ids = set(enrolled) | {row.applicant_id for row in events}
        people = self._people.summaries(people_ids)
        enrolled_set = set(enrolled)
        result = []
        for day in days:
            seen = by_day.get(day, {})
            meets = meets_on(weekdays, first_day, last_day, day)
            lines = []
            for applicant_id in enrolled_set | set(seen):
                lines.append(
                    _line(
                        applicant_id,
                        seen.get(applicant_id, []),
                        people,
                        enrolled_set,
                        start_time if meets else None,
                        staff_names,
                    )
                )
            lines.sort(key=lambda line: (line.full_name.casefold(), line.applicant_id))
            result.append(Roster(session_id, day, lines, meets))
        return result

    def find_trainee(self, session_id: str, text: str, *, limit: int = 20) -> list[TraineeMatch]:
        """The forgot-card search: people matching ``text`` (name, card number, masked NIK
        digits), this class's trainees first, then anyone else (whom staff may admit)."""
        with self._ctx.store.reading() as session:
            enrolled = set(
                session.scalars(
                    select(Enrolment.applicant_id).where(Enrolment.session_id == session_id)
                )
            )
        # A wide search, so that the class's own trainees are not cut off by strangers.
        found = self._people.search(text, limit=max(limit * 10, 200))
        matches = [TraineeMatch(person, person.id in enrolled) for person in found]
        matches.sort(key=lambda m: (not m.enrolled, m.person.full_name.casefold()))
        return matches[:limit]

    def session_days(self, session_id: str) -> list[dt.date]:
        """The scheduled days of a session up to today, plus any day with a scan."""
        today = self._ctx.now().date()
        with self._ctx.store.reading() as session:
            training = session.get(TrainingSession, session_id)
            if training is None:
                raise CatalogueError(msg("catalogue.session_unknown"))
            scanned = set(
                session.scalars(
                    select(AttendanceEvent.local_day)
                    .where(AttendanceEvent.session_id == session_id)
                    .distinct()
                )
            )
            weekdays = schedule_weekdays(training.weekly_schedule)
            start, end = training.start_date, training.end_date
        days = {
            start + dt.timedelta(days=n)
            for n in range((min(end, today) - start).days + 1)
            if meets_on(weekdays, start, end, start + dt.timedelta(days=n))
        }
        return sorted(days | scanned)

    def export(self, session_id: str, path: Path, *, lang: str = "id") -> int:
        """Write every day's roster of a session to ``path`` (.csv or .xlsx); returns rows.
        Written to a temporary file first, so a failed export never leaves half a file."""
        suffix = path.suffix.lower()
        if suffix not in (".csv", ".xlsx"):
            raise UserError(msg("roster.export_format"))
        rows = self.export_rows(session_id, lang=lang)
        tmp = path.with_name(path.name + ".partial")
        if suffix == ".csv":
            # utf-8-sig: Excel on Windows opens it with the right characters.
            with tmp.open("w", newline="", encoding="utf-8-sig") as handle:
                csv.writer(handle).writerows(rows)
                handle.flush()
                os.fsync(handle.fileno())
        else:
            write_xlsx(tmp, rows, sheet_name="Absensi")
        tmp.replace(path)
        return len(rows) - 1

    def export_rows(self, session_id: str, *, lang: str = "id") -> list[list[str]]:
        header = [
            render(COLUMN_TEXT[name], lang)
            for name in ("day", "name", "nik", "enrolled", "status", "in", "out", "admitted_by")
        ]
        rows = [header]
        for roster in self.rosters(session_id, self.session_days(session_id)):
            for line in roster.lines:
                rows.append(
                    [
                        roster.day.isoformat(),
                        line.full_name,
                        line.masked_nik,
                        render("roster.yes" if line.enrolled else "roster.no", lang),
                        render(STATUS_TEXT[line.status], lang),
                        _time(line.first_in),
                        _time(line.last_out),
                        line.admitted_by or "",
                    ]
                )
        return rows


def _time(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def _local(recorded_at: dt.datetime, offset_min: int) -> dt.datetime:
    # Shown in the wall time of the kiosk that recorded it, as staff saw it then.
    return recorded_at.astimezone(dt.timezone(dt.timedelta(minutes=offset_min)))


def _line(
    applicant_id: str,
    events: list[Any],
    people: dict[str, Any],
    enrolled: set[str],
    start_time: str | None,
    staff_names: dict[str, str],
) -> RosterLine:
    person = people.get(applicant_id)
    ins = sorted(
        _local(e.recorded_at, e.utc_offset_min) for e in events if e.kind == EventKind.CHECK_IN
    )
    outs = sorted(
        _local(e.recorded_at, e.utc_offset_min) for e in events if e.kind == EventKind.CHECK_OUT
    )
    admitted = next((e.admitted_by for e in events if e.admitted_by), None)
    # start_time is None on a day the class does not meet: nobody is late for it.
    status = presence(ins[0] if ins else None, start_time or "", meeting_day=start_time is not None)
    return RosterLine(
        applicant_id=applicant_id,
        full_name=person.full_name if person else "?",
        masked_nik=person.masked_nik if person else "",
        enrolled=applicant_id in enrolled,
        status=status,
        first_in=ins[0] if ins else None,
        last_out=outs[-1] if outs else None,
        admitted_by=staff_names.get(admitted, admitted) if admitted else None,
    )
