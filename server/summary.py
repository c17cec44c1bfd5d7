"""Keeping the console's summary tables (server/summary_models.py) up to date: on ingest,
set-based, and rebuilt from the raw tables by migration 0012 (and bench/console.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, and_, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.domain.chunks import in_chunks
from server.models import Attendance, Device
from server.summary_models import (
    ClassSizeTally,
    PresenceTally,
    ReasonTally,
    RegistrationTally,
    SessionDayTally,
)


def eligibility(data: dict[str, Any] | None) -> str:
    value = (data or {}).get("eligible")
    return "yes" if value is True else "no" if value is False else "unknown"


def utc_day(moment: dt.datetime) -> dt.date:
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(dt.UTC).date()


def month_of_day(day: dt.date) -> dt.date:
    return day.replace(day=1)


def upsert(session: Session, table: Any, keys: Sequence[str], rows: list[Any], add: bool) -> None:
    """Insert rows; an existing key takes the new values, or adds them (``add``)."""
    if not rows:
        return
    connection = session.connection()
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(table.__table__)
    set_ = {
        name: getattr(table, name) + getattr(statement.excluded, name)
        if add
        else getattr(statement.excluded, name)
        for name in rows[0]
        if name not in keys
    }
    connection.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=set_), rows)


def _add(session: Session, table: Any, keys: Sequence[str], column: str, rows: list[Any]) -> None:
    """Add each row's ``column`` to the tally (a new key starts from it)."""
    if not rows:
        return
    connection = session.connection()
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    statement = insert(table.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=list(keys),
        set_={column: getattr(table, column) + getattr(statement.excluded, column)},
    )
    connection.execute(statement, rows)


MonthDeltas = defaultdict[tuple[str, dt.date], Counter[str]]  # per (site, first of month)


def count_person(
    session: Session,
    device_id: str,
    created_at: dt.datetime,
    data: Any,
    n: int,
    months: MonthDeltas,
) -> None:
    """A person registered (``n`` = 1) or taken out of the figures (``n`` = -1). The month
    tally's part goes into ``months``, written with the funnel's at the end of the batch
    (server/funnel.py: one write in key order)."""
    site = session.scalar(select(Device.site).where(Device.id == device_id)) or ""
    day = utc_day(created_at)
    month = months[(site, month_of_day(day))]
    month["registered"] += n
    if eligibility(data) in ("yes", "no"):
        month["eligible" if eligibility(data) == "yes" else "ineligible"] += n
    _add(
        session,
        RegistrationTally,
        ("site", "day", "eligible"),
        "people",
        [{"site": site, "day": day, "eligible": eligibility(data), "people": n}],
    )
    if eligibility(data) == "no":
        reasons = Counter(str(r)[:80] for r in (data or {}).get("ineligible_reasons") or [])
        rows = [
            {"site": site, "day": day, "reason": r, "people": n * k}
            for r, k in sorted(reasons.items())
        ]
        _add(session, ReasonTally, ("site", "day", "reason"), "people", rows)


def count_enrolment(session: Session, before: Any, after: Any) -> None:
    """An enrolment stored: its class (``after``) counts it, the class it was in before (an
    enrolment changed to another class) no longer does."""
    if before == after:
        return
    rows = [{"session_id": str(s), "enrolled": n} for s, n in ((before, -1), (after, 1)) if s]
    _add(session, ClassSizeTally, ("session_id",), "enrolled", sorted(rows, key=str))


def count_attendance(session: Session, new_rows: Iterable[Any]) -> tuple[set[str], set[str]]:
    """Newly inserted attendance rows (id, session_id, local_day, kind, applicant_id): the
    meetings' check-ins, and a day present for each applicant not yet seen that day. Returns
    the classes that held a new meeting day and the applicant ids newly present."""
    check_ins = [row for row in new_rows if row.kind == "check_in"]
    if not check_ins:
        return set(), set()
    per_day = Counter((row.session_id, row.local_day) for row in check_ins)
    held: set[tuple[str, dt.date]] = set()
    for keys in in_chunks(sorted(per_day)):
        for held_row in session.execute(
            select(SessionDayTally.session_id, SessionDayTally.local_day).where(
                SessionDayTally.session_id.in_({key[0] for key in keys}),
                SessionDayTally.local_day.in_({key[1] for key in keys}),
            )
        ):
            held.add((held_row.session_id, held_row.local_day))
    new_days = {s for s, d in per_day if (s, d) not in held}
    _add(
        session,
        SessionDayTally,
        ("session_id", "local_day"),
        "check_ins",
        [
            {"session_id": s, "local_day": d, "check_ins": n}
            for (s, d), n in sorted(per_day.items())
        ],
    )
    new_ids = {row.id for row in check_ins}
    days = {
        (row.session_id, row.applicant_id, row.local_day) for row in check_ins if row.applicant_id
    }
    # A day already counted through another card of the same applicant is not a new day.
    for chunk in in_chunks(sorted(days)):
        wanted = set(chunk)
        for row in session.execute(
            select(
                Attendance.id, Attendance.session_id, Attendance.applicant_id, Attendance.local_day
            ).where(
                and_(
                    Attendance.session_id.in_({key[0] for key in chunk}),
                    Attendance.applicant_id.in_({key[1] for key in chunk}),
                    Attendance.local_day.in_({key[2] for key in chunk}),
                    Attendance.kind == "check_in",
                )
            )
        ):
            if row.id not in new_ids:
                wanted.discard((row.session_id, row.applicant_id, row.local_day))
        days -= set(chunk) - wanted
    present = Counter((s, a) for s, a, _ in days)
    _add(
        session,
        PresenceTally,
        ("session_id", "applicant_id"),
        "days",
        [{"session_id": s, "applicant_id": a, "days": n} for (s, a), n in sorted(present.items())],
    )
    return new_days, {a for _, a in present}


def _eligibility_sql(dialect: str) -> str:
    if dialect == "postgresql":
        return (
            "CASE WHEN json_typeof(p.data -> 'eligible') = 'boolean' THEN "
            "CASE WHEN (p.data ->> 'eligible')::boolean THEN 'yes' ELSE 'no' END ELSE 'unknown' END"
        )
    return (
        "CASE json_type(p.data, '$.eligible') WHEN 'true' THEN 'yes' "
        "WHEN 'false' THEN 'no' ELSE 'unknown' END"
    )


def rebuild(connection: Connection) -> None:
    """Every tally recomputed from the raw tables: those of migration 0012, then the funnel's
    (migration 0014), which counts from them."""
    from server.funnel import rebuild_funnel  # funnel.py counts through this module

    rebuild_tallies(connection)
    rebuild_funnel(connection)


def rebuild_tallies(connection: Connection) -> None:
    """The tallies of migration 0012 recomputed from the raw tables (fixed SQL, no input)."""
    dialect = connection.dialect.name
    pg = dialect == "postgresql"
    # Stored as naive UTC: the date part is the UTC day, whatever the session's time zone.
    day = "CAST(p.created_at AS date)" if pg else "date(p.created_at)"
    for table in ("registration_tally", "reason_tally", "session_day_tally", "presence_tally"):
        connection.execute(text(f"DELETE FROM {table}"))  # fixed names
    connection.execute(
        text(
            "INSERT INTO registration_tally (site, day, eligible, people) "
            f"SELECT coalesce(d.site, ''), {day}, {_eligibility_sql(dialect)}, count(*) "
            "FROM person AS p LEFT JOIN device AS d ON d.id = p.device_id "
            f"GROUP BY 1, 2, 3"
        )
    )
    reasons = (
        "json_array_elements_text(p.data -> 'ineligible_reasons')"
        if pg
        else "json_each(p.data, '$.ineligible_reasons')"
    )
    each_reason = (
        f"SELECT coalesce(d.site, '') AS site, {day} AS day, "
        f"substr(r.value, 1, 80) AS reason "
        f"FROM person AS p LEFT JOIN device AS d ON d.id = p.device_id, {reasons} AS r "
        f"WHERE {_eligibility_sql(dialect)} = 'no'"
        + (" AND json_typeof(p.data -> 'ineligible_reasons') = 'array'" if pg else "")
    )
    connection.execute(
        text(
            "INSERT INTO reason_tally (site, day, reason, people) "
            f"SELECT site, day, reason, count(*) FROM ({each_reason}) AS x GROUP BY 1, 2, 3"
        )
    )
    connection.execute(
        text(
            "INSERT INTO session_day_tally (session_id, local_day, check_ins) "
            "SELECT session_id, local_day, count(*) FROM attendance "
            "WHERE kind = 'check_in' GROUP BY session_id, local_day"
        )
    )
    connection.execute(
        text(
            "INSERT INTO presence_tally (session_id, applicant_id, days) "
            "SELECT session_id, applicant_id, count(DISTINCT local_day) FROM attendance "
            "WHERE kind = 'check_in' AND applicant_id IS NOT NULL "
            "GROUP BY session_id, applicant_id"
        )
    )
