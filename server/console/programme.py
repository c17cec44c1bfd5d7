"""The programme at a glance: per site and month, registered → eligible → enrolled →
attended at least 80% of meetings; registrations per day; eligibility and its reasons;
attendance per class over time. Every figure is limited to the viewer's sites."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.orm import Session

from kiosk.domain.chunks import in_chunks
from server.console.months import figures
from server.console.scope import Viewer
from server.funnel import STAGES
from server.models import Person, ReferenceRecord
from server.summary_models import (
    ClassSizeTally,
    ReasonTally,
    RegistrationTally,
    SessionDayTally,
)


# The formats are SQL literals, not bound values: PostgreSQL sees a GROUP BY expression with
# its own parameter as a different expression from the one selected.
def month_of(session: Session, column: Any) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, literal_column("'YYYY-MM'"))
    return func.strftime(literal_column("'%Y-%m'"), column)


def day_of(session: Session, column: Any) -> ColumnElement[str]:
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, literal_column("'YYYY-MM-DD'"))
    return func.strftime(literal_column("'%Y-%m-%d'"), column)


def eligible_column() -> ColumnElement[bool]:
    column: ColumnElement[bool] = Person.data["eligible"].as_boolean()
    return column


@dataclass(frozen=True)
class ProgrammeFilter:
    site: str = ""
    since: dt.date | None = None  # registered on or after
    until: dt.date | None = None  # registered before the day after


@dataclass
class FunnelRow:
    site: str
    month: str
    registered: int = 0
    eligible: int = 0
    enrolled: int = 0
    attended: int = 0
    certified: int | None = 0  # holds a competency certificate (result K, not revoked)
    placed: int | None = 0  # hired through a job application


@dataclass
class Programme:
    funnel: list[FunnelRow] = field(default_factory=list)
    per_day: list[tuple[str, int]] = field(default_factory=list)
    eligible: int = 0
    ineligible: int = 0
    reasons: list[tuple[str, int]] = field(default_factory=list)
    classes: list[ClassRate] = field(default_factory=list)


@dataclass(frozen=True)
class ClassRate:
    session_id: str
    title: str
    site: str | None
    weeks: list[tuple[str, float]]  # (Monday of the week, rate 0..1)


def _tallied(viewer: Viewer, wanted: ProgrammeFilter, table: Any) -> list[Any]:
    """The filter on a tally keyed by site and UTC day of registration."""
    conditions = [viewer.narrowed(table.site, wanted.site)]
    if wanted.since:
        conditions.append(table.day >= wanted.since)
    if wanted.until:
        conditions.append(table.day <= wanted.until)
    return conditions


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), dt.UTC)


def programme(
    session: Session, viewer: Viewer, wanted: ProgrammeFilter, today: dt.date
) -> Programme:
    result = Programme()
    tallied = _tallied(viewer, wanted, RegistrationTally)
    found = figures(session, viewer, wanted.site, wanted.since, wanted.until)
    rows = [
        FunnelRow(site, month, *(counts[name] for name in ("registered", "eligible", *STAGES)))
        for (site, month), counts in found.items()
    ]
    result.eligible = sum(counts["eligible"] for counts in found.values())
    result.ineligible = sum(counts["ineligible"] for counts in found.values())
    result.funnel = sorted(rows, key=lambda r: (r.month, r.site), reverse=True)
    since = today - dt.timedelta(days=59)
    people = func.sum(RegistrationTally.people)
    per_day: Counter[str] = Counter()
    for d, n in session.execute(
        select(RegistrationTally.day, people)
        .where(*tallied, RegistrationTally.day >= since)
        .group_by(RegistrationTally.day)
    ):
        if n:
            per_day[d.isoformat()] += int(n)
    result.per_day = sorted(per_day.items())
    reasons: Counter[str] = Counter()
    for reason, n in session.execute(
        select(ReasonTally.reason, func.sum(ReasonTally.people))
        .where(*_tallied(viewer, wanted, ReasonTally))
        .group_by(ReasonTally.reason)
    ):
        if n:
            reasons[str(reason)] += int(n)
    result.reasons = reasons.most_common(20)
    result.classes = class_rates(session, viewer, wanted.site, today)
    return result


def meetings_held(session: Session, session_id: str) -> int:
    return int(
        session.scalar(select(func.count()).where(SessionDayTally.session_id == session_id)) or 0
    )


def enrolment_session(session: Session) -> ColumnElement[str]:
    """An enrolment's class, spelled as migration 0012's index on PostgreSQL has it."""
    if session.get_bind().dialect.name == "postgresql":
        return ReferenceRecord.data.op("->>")(literal_column("'session_id'"))
    column: ColumnElement[str] = ReferenceRecord.data["session_id"].as_string()
    return column


def session_titles(session: Session, session_ids: list[str]) -> dict[str, str]:
    """A class's title: its programme's title and its location."""
    if not session_ids:
        return {}
    sessions = {
        row.id: row.data
        for row in session.execute(
            select(ReferenceRecord.id, ReferenceRecord.data).where(
                ReferenceRecord.kind == "training_session", ReferenceRecord.id.in_(session_ids)
            )
        )
    }
    program_ids = sorted({str(d.get("program_id")) for d in sessions.values()})
    programs = {
        row.id: row.data
        for row in session.execute(
            select(ReferenceRecord.id, ReferenceRecord.data).where(
                ReferenceRecord.kind == "training_program", ReferenceRecord.id.in_(program_ids)
            )
        )
    }
    titles = {}
    for sid, data in sessions.items():
        title = programs.get(str(data.get("program_id")), {}).get("title") or sid[:8]
        titles[sid] = f"{title} · {data.get('location', '')}".strip(" ·")
    return titles


def enrolled_counts(session: Session, session_ids: list[str]) -> dict[str, int]:
    """Enrolments per class, as tallied on ingest (server/summary.py)."""
    counts: dict[str, int] = {}
    for chunk in in_chunks(session_ids):
        for sid, n in session.execute(
            select(ClassSizeTally.session_id, ClassSizeTally.enrolled).where(
                ClassSizeTally.session_id.in_(chunk), ClassSizeTally.enrolled > 0
            )
        ):
            counts[sid] = int(n)
    return counts


def _weekly(
    session: Session, session_ids: list[str], since: dt.date
) -> dict[str, dict[dt.date, tuple[int, int]]]:
    """Per class and week (its Monday): check-ins and meeting days held."""
    result: dict[str, dict[dt.date, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for sid, day, count in session.execute(
        select(
            SessionDayTally.session_id, SessionDayTally.local_day, SessionDayTally.check_ins
        ).where(SessionDayTally.session_id.in_(session_ids), SessionDayTally.local_day >= since)
    ):
        monday = day - dt.timedelta(days=day.weekday())
        cell = result[sid][monday]
        cell[0] += int(count)
        cell[1] += 1
    return {sid: {w: (c[0], c[1]) for w, c in weeks.items()} for sid, weeks in result.items()}


def _active_classes(session: Session, viewer: Viewer, site: str, since: dt.date) -> list[Any]:
    """Up to 500 classes of the viewer's that met on or after ``since``. The classes that met
    come from the meetings tally first, then their rows by key: one join let PostgreSQL's
    generic plan read every reference record."""
    met = sorted(
        session.scalars(
            select(SessionDayTally.session_id).where(SessionDayTally.local_day >= since).distinct()
        )
    )
    found: list[Any] = []
    for chunk in in_chunks(met):
        found += session.execute(
            select(ReferenceRecord.id, ReferenceRecord.site).where(
                ReferenceRecord.kind == "training_session",
                ReferenceRecord.id.in_(chunk),
                viewer.narrowed(ReferenceRecord.site, site),
            )
        )
        if len(found) >= 500:
            break
    return found[:500]


def class_rates(session: Session, viewer: Viewer, site: str, today: dt.date) -> list[ClassRate]:
    """Weekly attendance rate (check-ins per enrolled trainee and meeting) of the classes
    that met in the last twelve weeks."""
    since = today - dt.timedelta(weeks=12)
    classes = _active_classes(session, viewer, site, since)
    ids = [row.id for row in classes]
    titles = session_titles(session, ids)
    enrolled = enrolled_counts(session, ids)
    weekly = _weekly(session, ids, since)
    rates = []
    for row in classes:
        size = enrolled.get(row.id, 0)
        if not size:
            continue
        weeks = sorted(weekly.get(row.id, {}).items())
        rates.append(
            ClassRate(
                row.id,
                titles.get(row.id, row.id[:8]),
                row.site,
                [(w.isoformat(), min(1.0, c / (size * held))) for w, (c, held) in weeks if held],
            )
        )
    rates.sort(key=lambda r: r.title)
    return rates


@dataclass(frozen=True)
class Drop:
    session_id: str
    title: str
    site: str | None
    before: float
    after: float


def attendance_drops(
    session: Session, viewer: Viewer, now: dt.datetime, threshold: float
) -> list[Drop]:
    """Classes whose attendance rate of the last seven days fell by ``threshold`` or more
    against the seven days before."""
    today = now.date()
    start = today - dt.timedelta(days=13)
    middle = today - dt.timedelta(days=6)
    classes = _active_classes(session, viewer, "", start)
    ids = [row.id for row in classes]
    enrolled = enrolled_counts(session, ids)
    tallies: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for sid, day, count in session.execute(
        select(
            SessionDayTally.session_id, SessionDayTally.local_day, SessionDayTally.check_ins
        ).where(SessionDayTally.session_id.in_(ids), SessionDayTally.local_day >= start)
    ):
        half = 2 if day >= middle else 0
        tallies[sid][half] += int(count)
        tallies[sid][half + 1] += 1
    drops = []
    titles = session_titles(session, [sid for sid in tallies if enrolled.get(sid)])
    sites = {row.id: row.site for row in classes}
    for sid, (c_before, d_before, c_after, d_after) in tallies.items():
        size = enrolled.get(sid, 0)
        if not size or not d_before or not d_after:
            continue
        before = min(1.0, c_before / (size * d_before))
        after = min(1.0, c_after / (size * d_after))
        if before - after >= threshold:
            drops.append(Drop(sid, titles.get(sid, sid[:8]), sites.get(sid), before, after))
    return sorted(drops, key=lambda d: d.after - d.before)
