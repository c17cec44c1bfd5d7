"""The programme funnel past registration, kept on ingest (migration 0014): a change recomputes
the progress of only the people it touched and adds the difference to FunnelTally."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, exists, func, literal_column, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.domain.certificate import KIND_COMPETENCY
from kiosk.domain.chunks import in_chunks
from server.models import (
    ApplicantAlias,
    CertificateRevocation,
    Device,
    IssuedCertificate,
    Person,
    ReferenceRecord,
)
from server.placement_models import Hire
from server.summary import MonthDeltas, month_of_day, upsert, utc_day
from server.summary_models import (
    FunnelTally,
    MonthTally,
    PersonProgress,
    PresenceTally,
    SessionDayTally,
)

STAGES = ("enrolled", "attended", "certified", "placed")
MONTH_ONLY = ("registered", "eligible", "ineligible")  # the month tally's other columns
# "Attended" is at least 80% of a class's meetings; in whole numbers, so that Python and both
# databases agree at the boundary: days * 5 >= held * 4.
SHARE_OF, SHARE_IN = 4, 5
COMPETENT = "K"
Deltas = defaultdict[tuple[str, dt.date], Counter[str]]  # per (site, day or month)


def attended(days: int, held: int) -> bool:
    return held > 0 and days * SHARE_IN >= held * SHARE_OF


def enrolment_applicant(dialect: str) -> ColumnElement[Any]:
    """An enrolment's applicant id, spelled as migration 0014's index has it."""
    if dialect == "postgresql":
        return ReferenceRecord.data.op("->>")(literal_column("'applicant_id'"))
    return func.json_extract(ReferenceRecord.data, literal_column("'$.applicant_id'"))


def touch(
    session: Session,
    applicant_ids: Iterable[str] = (),
    sessions: Iterable[str] = (),
    months: MonthDeltas | None = None,
) -> None:
    """Bring the funnel up to date for the people behind ``applicant_ids`` (own ids or
    aliases) and for everyone present in ``sessions`` (classes that held a new meeting day:
    the share of every trainee changed); ``months`` holds the batch's registrations for the
    month tally (server/summary.py count_person)."""
    ids = set(applicant_ids)
    for chunk in in_chunks(sorted(set(sessions))):
        ids.update(
            session.scalars(
                select(PresenceTally.applicant_id).where(PresenceTally.session_id.in_(chunk))
            )
        )
    people = set(ids)
    for chunk in in_chunks(sorted(ids)):
        for aid, pid in session.execute(
            select(ApplicantAlias.applicant_id, ApplicantAlias.person_id).where(
                ApplicantAlias.applicant_id.in_(chunk)
            )
        ):
            people.discard(aid)
            people.add(pid)
    # Sorted, and the tallies written once at the end in key order: concurrent workers take
    # their locks in one order.
    deltas: Deltas = defaultdict(Counter)
    for chunk in in_chunks(sorted(people)):
        _recompute(session, chunk, deltas)
    rows = [
        {"site": site, "day": day, **dict.fromkeys(STAGES, 0), **delta}
        for (site, day), delta in sorted(deltas.items())
        if any(delta.values())
    ]
    upsert(session, FunnelTally, ("site", "day"), rows, add=True)
    months = months if months is not None else defaultdict(Counter)
    for (site, day), delta in deltas.items():
        months[(site, month_of_day(day))].update(delta)
    month_rows = [
        {"site": site, "month": month, **dict.fromkeys((*MONTH_ONLY, *STAGES), 0), **delta}
        for (site, month), delta in sorted(months.items())
        if any(delta.values())
    ]
    upsert(session, MonthTally, ("site", "month"), month_rows, add=True)


def _recompute(session: Session, person_ids: Sequence[str], deltas: Deltas) -> None:
    people = {
        row.id: (row.site or "", utc_day(row.created_at))
        for row in session.execute(
            select(Person.id, Device.site, Person.created_at)
            .outerjoin(Device, Device.id == Person.device_id)
            .where(Person.id.in_(person_ids))
        )
    }
    if not people:
        return  # enrolled or present before their registration arrived: counted when it does
    # A row for each first, then locked: a concurrent worker recomputing the same person waits
    # and then reads what this one committed (PostgreSQL, read committed).
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    session.execute(
        insert(PersonProgress).on_conflict_do_nothing(),
        [
            {"person_id": p, "site": s, "day": d, **dict.fromkeys(STAGES, 0)}
            for p, (s, d) in sorted(people.items())
        ],
    )
    before = {
        row.person_id: row
        for row in session.execute(
            select(PersonProgress.__table__)
            .where(PersonProgress.person_id.in_(sorted(people)))
            .order_by(PersonProgress.person_id)
            .with_for_update()
        )
    }
    after = _progress(session, people)
    changes = []
    for pid, (site, day) in people.items():
        old, new = before[pid], after[pid]
        if (old.site, old.day) == (site, day) and all(getattr(old, s) == new[s] for s in STAGES):
            continue
        for stage in STAGES:
            deltas[(old.site, old.day)][stage] -= getattr(old, stage)
            deltas[(site, day)][stage] += new[stage]
        changes.append({"person_id": pid, "site": site, "day": day, **new})
    upsert(session, PersonProgress, ("person_id",), changes, add=False)


def _progress(
    session: Session, people: dict[str, tuple[str, dt.date]]
) -> dict[str, dict[str, int]]:
    """Each person's stages from the raw rows (and the attendance tallies), through every
    applicant id they were registered under."""
    owner = {pid: pid for pid in people}
    for aid, pid in session.execute(
        select(ApplicantAlias.applicant_id, ApplicantAlias.person_id).where(
            ApplicantAlias.person_id.in_(list(people))
        )
    ):
        owner[aid] = pid
    progress = {pid: dict.fromkeys(STAGES, 0) for pid in people}
    applicant = enrolment_applicant(session.get_bind().dialect.name)
    days: Counter[tuple[str, str]] = Counter()
    revoked = exists().where(CertificateRevocation.certificate_id == IssuedCertificate.id)
    for chunk in in_chunks(sorted(owner)):
        for aid in session.scalars(
            select(applicant).where(ReferenceRecord.kind == "enrolment", applicant.in_(chunk))
        ):
            progress[owner[aid]]["enrolled"] = 1
        for sid, aid, n in session.execute(
            select(PresenceTally.session_id, PresenceTally.applicant_id, PresenceTally.days).where(
                PresenceTally.applicant_id.in_(chunk)
            )
        ):
            days[(sid, owner[aid])] += int(n)
        for aid in session.scalars(
            select(IssuedCertificate.applicant_id).where(
                IssuedCertificate.applicant_id.in_(chunk),
                IssuedCertificate.kind == KIND_COMPETENCY,
                IssuedCertificate.result == COMPETENT,
                IssuedCertificate.revoked_at.is_(None),
                ~revoked,
            )
        ):
            progress[owner[aid]]["certified"] = 1
        for aid in session.scalars(select(Hire.applicant_id).where(Hire.applicant_id.in_(chunk))):
            progress[owner[aid]]["placed"] = 1
    held: dict[str, int] = {}
    for chunk in in_chunks(sorted({sid for sid, _ in days})):
        for sid, n in session.execute(
            select(SessionDayTally.session_id, func.count())
            .where(SessionDayTally.session_id.in_(chunk))
            .group_by(SessionDayTally.session_id)
        ):
            held[sid] = int(n)
    for (sid, pid), n in days.items():
        if attended(n, held.get(sid, 0)):
            progress[pid]["attended"] = 1
    return progress


def rebuild_funnel(connection: Connection) -> None:
    """The tallies of migration 0014 from the raw rows and the tallies of 0012 (which must be
    current): class sizes, every person's progress, the funnel and the months. Fixed SQL."""
    pg = connection.dialect.name == "postgresql"
    applicant = "r.data ->> 'applicant_id'" if pg else "json_extract(r.data, '$.applicant_id')"
    session = "data ->> 'session_id'" if pg else "json_extract(data, '$.session_id')"
    day = "CAST(p.created_at AS date)" if pg else "date(p.created_at)"
    for table in ("class_size_tally", "funnel_tally", "person_progress", "month_tally"):
        connection.execute(text(f"DELETE FROM {table}"))  # fixed names
    connection.execute(
        text(
            "INSERT INTO class_size_tally (session_id, enrolled)"
            f" SELECT {session}, count(*) FROM reference_record"
            f" WHERE kind = 'enrolment' AND {session} IS NOT NULL GROUP BY {session}"
        )
    )
    flag = "CASE WHEN {0}.pid IS NULL THEN 0 ELSE 1 END"
    connection.execute(
        text(
            "WITH owner AS ("
            " SELECT id AS aid, id AS pid FROM person"
            " UNION ALL SELECT applicant_id, person_id FROM applicant_alias),"
            " enrolled AS (SELECT DISTINCT o.pid FROM reference_record AS r"
            f" JOIN owner AS o ON o.aid = {applicant} WHERE r.kind = 'enrolment'),"
            " held AS (SELECT session_id, count(*) AS n FROM session_day_tally"
            " GROUP BY session_id),"
            " present AS (SELECT t.session_id, o.pid, sum(t.days) AS days"
            " FROM presence_tally AS t JOIN owner AS o ON o.aid = t.applicant_id"
            " GROUP BY t.session_id, o.pid),"
            " attended AS (SELECT DISTINCT x.pid FROM present AS x"
            " JOIN held AS h ON h.session_id = x.session_id"
            f" WHERE x.days * {SHARE_IN} >= h.n * {SHARE_OF}),"
            " certified AS (SELECT DISTINCT o.pid FROM certificate AS c"
            " JOIN owner AS o ON o.aid = c.applicant_id"
            f" WHERE c.kind = '{KIND_COMPETENCY}' AND c.result = '{COMPETENT}'"
            " AND c.revoked_at IS NULL AND NOT EXISTS (SELECT 1 FROM certificate_revocation"
            " AS v WHERE v.certificate_id = c.id)),"
            " placed AS (SELECT DISTINCT o.pid FROM job_hire AS j"
            " JOIN owner AS o ON o.aid = j.applicant_id)"
            " INSERT INTO person_progress"
            " (person_id, site, day, enrolled, attended, certified, placed)"
            f" SELECT p.id, coalesce(d.site, ''), {day}, {flag.format('e')},"
            f" {flag.format('a')}, {flag.format('c')}, {flag.format('j')}"
            " FROM person AS p LEFT JOIN device AS d ON d.id = p.device_id"
            " LEFT JOIN enrolled AS e ON e.pid = p.id LEFT JOIN attended AS a ON a.pid = p.id"
            " LEFT JOIN certified AS c ON c.pid = p.id LEFT JOIN placed AS j ON j.pid = p.id"
        )
    )
    connection.execute(
        text(
            "INSERT INTO funnel_tally (site, day, enrolled, attended, certified, placed)"
            " SELECT site, day, sum(enrolled), sum(attended), sum(certified), sum(placed)"
            " FROM person_progress GROUP BY site, day"
            " HAVING sum(enrolled) + sum(attended) + sum(certified) + sum(placed) > 0"
        )
    )
    month = (
        "CAST(date_trunc('month', CAST({0} AS timestamp)) AS date)"
        if pg
        else "date({0}, 'start of month')"
    )
    connection.execute(
        text(
            "INSERT INTO month_tally (site, month, registered, eligible, ineligible, enrolled,"
            " attended, certified, placed)"
            " SELECT site, month, sum(registered), sum(eligible), sum(ineligible),"
            " sum(enrolled), sum(attended), sum(certified), sum(placed) FROM ("
            f" SELECT site, {month.format('day')} AS month, people AS registered,"
            " CASE eligible WHEN 'yes' THEN people ELSE 0 END AS eligible,"
            " CASE eligible WHEN 'no' THEN people ELSE 0 END AS ineligible,"
            " 0 AS enrolled, 0 AS attended, 0 AS certified, 0 AS placed"
            " FROM registration_tally UNION ALL"
            f" SELECT site, {month.format('day')}, 0, 0, 0, enrolled, attended, certified,"
            " placed FROM funnel_tally) AS x GROUP BY site, month"
        )
    )
