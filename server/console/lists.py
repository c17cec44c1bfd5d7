"""The console's lists (applicants, classes and their rosters, attendance): one filter type
per list, read from the query string, used alike for a page and for its export, so an export
holds exactly the filtered view. Every query is limited to the viewer's sites."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select, true
from sqlalchemy.orm import Session

from kiosk.domain.nik import mask_nik
from server.console.programme import (
    eligible_column,
    enrolled_counts,
    enrolment_session,
    meetings_held,
    session_titles,
)
from server.console.scope import ConsoleRefused, Viewer
from server.models import ApplicantAlias, Attendance, Device, Person, ReferenceRecord
from server.personal import SealError
from server.secrets import secrets_of

PAGE = 50
EXPORT_LIMIT = 100_000  # rows; a larger view is narrowed first (the page says so)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _page(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 < int(value) < 100_000 else 1


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


@dataclass(frozen=True)
class ListFilter:
    """Every list's filters (each list reads the ones it has); unknown values are ignored,
    so a hand-edited address never fails."""

    site: str = ""
    eligible: str = ""  # "", yes, no
    since: dt.date | None = None
    until: dt.date | None = None
    session_id: str = ""
    page: int = 1

    @classmethod
    def of(cls, query: Mapping[str, str]) -> ListFilter:
        eligible = query.get("eligible", "")
        return cls(
            site=query.get("site", "").strip()[:40],
            eligible=eligible if eligible in ("yes", "no") else "",
            since=_date(query.get("since")),
            until=_date(query.get("until")),
            session_id=query.get("class", "").strip()[:36],
            page=_page(query.get("page")),
        )

    def query(self, **changes: Any) -> dict[str, str]:
        """The filter as query parameters (for paging links and export links)."""
        values = {
            "site": self.site,
            "eligible": self.eligible,
            "since": self.since.isoformat() if self.since else "",
            "until": self.until.isoformat() if self.until else "",
            "class": self.session_id,
            "page": str(self.page) if self.page > 1 else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


@dataclass(frozen=True)
class Table:
    """Rows of one list: column message codes, rows of plain values, and whether more follow."""

    columns: list[str]
    rows: list[dict[str, Any]]
    more: bool


def _bounded(query: Any, wanted: ListFilter, export: bool) -> Any:
    if export:
        return query.limit(EXPORT_LIMIT + 1)
    return query.offset((wanted.page - 1) * PAGE).limit(PAGE + 1)


def _cut(rows: list[dict[str, Any]], export: bool) -> tuple[list[dict[str, Any]], bool]:
    limit = EXPORT_LIMIT if export else PAGE
    return rows[:limit], len(rows) > limit


def masked(session: Session, person_id: str | None, sealed: str | None) -> str:
    """The NIK as the kiosk shows it ("3201••••••••0001"), opened only to be masked."""
    if person_id is None or sealed is None:
        return "—"
    try:
        fields = secrets_of(session).personal.open(sealed, where=f"person/{person_id}")
    except SealError:
        return "?"
    nik = fields.get("nik")
    return mask_nik(nik) if isinstance(nik, str) else "—"


APPLICANT_COLUMNS = [
    "console.col.nik",
    "console.col.registered_at",
    "console.col.site",
    "console.col.region",
    "console.col.education",
    "console.col.employment",
    "console.col.eligible",
    "console.col.reasons",
]


def applicants(
    session: Session, viewer: Viewer, wanted: ListFilter, *, export: bool = False
) -> Table:
    conditions: list[ColumnElement[bool]] = []
    if wanted.eligible:
        conditions.append(eligible_column().is_(wanted.eligible == "yes"))
    if wanted.since:
        conditions.append(Person.created_at >= _start(wanted.since))
    if wanted.until:
        conditions.append(Person.created_at < _start(wanted.until + dt.timedelta(days=1)))
    sites = viewer.narrowed(Device.site, wanted.site)
    newest = (Person.created_at.desc(), Person.id.desc())
    if session.get_bind().dialect.name == "postgresql" and (wanted.site or viewer.sites):
        # A few sites' newest people: each device's newest through its own index, merged
        # (PostgreSQL would otherwise walk every person newest first, looking for theirs).
        devices = select(Device.id, Device.site).where(sites).subquery("d")
        wanted_rows = EXPORT_LIMIT + 1 if export else wanted.page * PAGE + 1
        each = (
            select(Person.id, Person.data, Person.sealed, Person.created_at)
            .where(Person.device_id == devices.c.id, *conditions)
            .order_by(*newest)
            .limit(wanted_rows)
            .lateral("p")
        )
        query: Any = (
            select(each.c.id, each.c.data, each.c.sealed, each.c.created_at, devices.c.site)
            .select_from(devices)
            .join(each, true())
            .order_by(each.c.created_at.desc(), each.c.id.desc())
        )
    else:
        query = (
            select(Person.id, Person.data, Person.sealed, Person.created_at, Device.site)
            .join(Device, Device.id == Person.device_id)
            .where(sites, *conditions)
            .order_by(*newest)
        )
    query = _bounded(query, wanted, export)
    rows = []
    for row in session.execute(query):
        data = row.data or {}
        rows.append(
            {
                "id": row.id,
                "console.col.nik": masked(session, row.id, row.sealed),
                "console.col.registered_at": row.created_at,
                "console.col.site": row.site,
                "console.col.region": data.get("regency_code") or data.get("province_code") or "",
                "console.col.education": data.get("education_level", ""),
                "console.col.employment": data.get("employment_status", ""),
                "console.col.eligible": data.get("eligible"),
                "console.col.reasons": list(data.get("ineligible_reasons") or []),
            }
        )
    kept, more = _cut(rows, export)
    return Table(APPLICANT_COLUMNS, kept, more)


def applicant(session: Session, viewer: Viewer, person_id: str) -> tuple[Person, str]:
    """One applicant of the viewer's sites, and its site; another site's is not there."""
    row = session.execute(
        select(Person, Device.site)
        .join(Device, Device.id == Person.device_id)
        .where(Person.id == person_id[:36])
    ).first()
    if row is None or not viewer.sees(row.site):
        raise ConsoleRefused(404, "no_applicant")
    return row[0], row.site


CLASS_COLUMNS = [
    "console.col.class",
    "console.col.site",
    "console.col.dates",
    "console.col.capacity",
    "console.col.enrolled",
]


def classes(session: Session, viewer: Viewer, wanted: ListFilter, *, export: bool = False) -> Table:
    start = ReferenceRecord.data["start_date"].as_string()
    end = ReferenceRecord.data["end_date"].as_string()
    query = select(ReferenceRecord.id, ReferenceRecord.site, ReferenceRecord.data).where(
        ReferenceRecord.kind == "training_session",
        viewer.narrowed(ReferenceRecord.site, wanted.site),
    )
    if wanted.since:  # classes still running on or after the day
        query = query.where(end >= wanted.since.isoformat())
    if wanted.until:
        query = query.where(start <= wanted.until.isoformat())
    query = _bounded(query.order_by(start.desc(), ReferenceRecord.id), wanted, export)
    found = list(session.execute(query))
    ids = [row.id for row in found]
    titles = session_titles(session, ids)
    enrolled = enrolled_counts(session, ids)
    rows = [
        {
            "id": row.id,
            "console.col.class": titles.get(row.id, row.id[:8]),
            "console.col.site": row.site or "",
            "console.col.dates": f"{row.data.get('start_date', '')} – {row.data.get('end_date', '')}",
            "console.col.capacity": row.data.get("capacity", ""),
            "console.col.enrolled": enrolled.get(row.id, 0),
        }
        for row in found
    ]
    kept, more = _cut(rows, export)
    return Table(CLASS_COLUMNS, kept, more)


def training_session(session: Session, viewer: Viewer, session_id: str) -> ReferenceRecord:
    record = session.get(ReferenceRecord, ("training_session", session_id[:36]))
    if record is None or not viewer.sees(record.site):
        raise ConsoleRefused(404, "no_class")
    return record


ROSTER_COLUMNS = [
    "console.col.nik",
    "console.col.enrolled_at",
    "console.col.days_present",
    "console.col.meetings",
    "console.col.rate",
]


def roster(session: Session, viewer: Viewer, session_id: str) -> Table:
    """A class's enrolled trainees with their attendance (the class checked first)."""
    training_session(session, viewer, session_id)
    sid = enrolment_session(session)
    applicant_id = ReferenceRecord.data["applicant_id"].as_string()
    enrolments = list(
        session.execute(
            select(ReferenceRecord.data, Person.id, Person.sealed)
            .outerjoin(ApplicantAlias, ApplicantAlias.applicant_id == applicant_id)
            .outerjoin(Person, Person.id == func.coalesce(ApplicantAlias.person_id, applicant_id))
            .where(ReferenceRecord.kind == "enrolment", sid == session_id)
            .order_by(ReferenceRecord.data["enrolled_at"].as_string())
            .limit(EXPORT_LIMIT)
        )
    )
    held = meetings_held(session, session_id)
    pid = func.coalesce(ApplicantAlias.person_id, Attendance.applicant_id)
    present = {
        str(p): int(n)
        for p, n in session.execute(
            select(pid, func.count(distinct(Attendance.local_day)))
            .outerjoin(ApplicantAlias, ApplicantAlias.applicant_id == Attendance.applicant_id)
            .where(Attendance.session_id == session_id, Attendance.kind == "check_in")
            .group_by(pid)
        )
    }
    rows = []
    for data, person_id, sealed in enrolments:
        days = present.get(str(person_id or data.get("applicant_id")), 0)
        rows.append(
            {
                "id": person_id,
                "console.col.nik": masked(session, person_id, sealed),
                "console.col.enrolled_at": str(data.get("enrolled_at", ""))[:16].replace("T", " "),
                "console.col.days_present": days,
                "console.col.meetings": held,
                "console.col.rate": f"{round(100 * days / held)}%" if held else "—",
            }
        )
    return Table(ROSTER_COLUMNS, rows, False)


ATTENDANCE_COLUMNS = [
    "console.col.day",
    "console.col.class",
    "console.col.site",
    "console.col.kind",
    "console.col.card",
    "console.col.nik",
    "console.col.recorded_at",
]


def attendance(
    session: Session, viewer: Viewer, wanted: ListFilter, *, export: bool = False
) -> Table:
    query = (
        select(
            Attendance.session_id,
            Attendance.local_day,
            Attendance.kind,
            Attendance.card_id,
            Attendance.first_recorded_at,
            ReferenceRecord.site,
            Person.id.label("person_id"),
            Person.sealed,
        )
        .join(
            ReferenceRecord,
            (ReferenceRecord.kind == "training_session")
            & (ReferenceRecord.id == Attendance.session_id),
        )
        .outerjoin(ApplicantAlias, ApplicantAlias.applicant_id == Attendance.applicant_id)
        .outerjoin(
            Person, Person.id == func.coalesce(ApplicantAlias.person_id, Attendance.applicant_id)
        )
        .where(viewer.narrowed(ReferenceRecord.site, wanted.site))
    )
    if wanted.session_id:
        query = query.where(Attendance.session_id == wanted.session_id)
    if wanted.since:
        query = query.where(Attendance.local_day >= wanted.since)
    if wanted.until:
        query = query.where(Attendance.local_day <= wanted.until)
    query = _bounded(
        query.order_by(Attendance.local_day.desc(), Attendance.first_recorded_at.desc()),
        wanted,
        export,
    )
    found = list(session.execute(query))
    titles = session_titles(session, sorted({row.session_id for row in found}))
    rows = [
        {
            "id": row.session_id,
            "console.col.day": row.local_day,
            "console.col.class": titles.get(row.session_id, row.session_id[:8]),
            "console.col.site": row.site or "",
            "console.col.kind": row.kind,
            "console.col.card": row.card_id,
            "console.col.nik": masked(session, row.person_id, row.sealed),
            "console.col.recorded_at": row.first_recorded_at,
        }
        for row in found
    ]
    kept, more = _cut(rows, export)
    return Table(ATTENDANCE_COLUMNS, kept, more)


def sites_in_scope(session: Session, viewer: Viewer) -> list[str]:
    """The sites a filter may offer this viewer (those with a device, or theirs)."""
    if viewer.sites is not None:
        return sorted(viewer.sites)
    return sorted(s for (s,) in session.execute(select(Device.site).distinct()) if s)
