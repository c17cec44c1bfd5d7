"""Test helpers for sync: enrol a kiosk, open a session, record scans the way a scan would."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select

from kiosk.domain.ids import new_id
from kiosk.services.context import row_payload, utc_offset_minutes
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import ApplicantForm
from kiosk.store.models import Applicant, AttendanceEvent, OutboxEvent
from kiosk.sync.engine import Backoff
from server.models import Event
from tests import factories
from tests.factories import applicant_form
from tests.servers import ServerProcess


def fast_backoff(attempts: int = 15) -> Backoff:
    """Real back-off with jitter, scaled down so fault tests finish quickly."""
    return Backoff(base=0.02, cap=0.2, attempts=attempts, rng=random.Random(7))


def enrol(kiosk: KioskServices, server: ServerProcess, url: str | None = None) -> None:
    kiosk.sync.enroll(url or server.url, server.enrolment_code())


def open_session(kiosk: KioskServices) -> str:
    return factories.open_session(kiosk, capacity=30)


def copy_applicant(source: KioskServices, target: KioskServices, applicant_id: str) -> None:
    """Give ``target`` the person row (as reference, not as its own record: no outbox)."""
    with source.store.reading() as session:
        row = session.get(Applicant, applicant_id)
        assert row is not None
        values = {c.key: getattr(row, c.key) for c in Applicant.__table__.columns}
    with target.store.transaction() as session:
        session.add(Applicant(**values))


def record_scan(
    kiosk: KioskServices, session_id: str, card_id: str, applicant_id: str, kind: str = "check_in"
) -> str:
    """What a scan writes: the attendance row and its outbox event in one transaction."""
    ctx = kiosk.ctx
    now = ctx.now()
    scan = AttendanceEvent(
        id=new_id(),
        session_id=session_id,
        card_id=card_id,
        applicant_id=applicant_id,
        kind=kind,
        admitted_by=None,
        local_day=now.date(),
        recorded_at=now,
        utc_offset_min=utc_offset_minutes(now),
        device_id=ctx.device_id,
        staff_id=None,
    )
    with ctx.store.transaction() as session:
        session.add(scan)
        ctx.record(session, "attendance_event", scan.id, "create", row_payload(scan), at=now)
    return scan.id


def outbox_ids(kiosk: KioskServices) -> set[str]:
    with kiosk.store.reading() as session:
        return set(session.scalars(select(OutboxEvent.id)))


def server_event_ids(server: ServerProcess, device_id: str) -> list[str]:
    db = server.database()
    try:
        with db.transaction() as session:
            return list(session.scalars(select(Event.id).where(Event.device_id == device_id)))
    finally:
        db.close()


def server_count(server: ServerProcess, model: type, *where: object) -> int:
    db = server.database()
    try:
        with db.transaction() as session:
            return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)
    finally:
        db.close()


def distinct_forms(count: int, start: int = 0) -> list[ApplicantForm]:
    """Synthetic applicants with pairwise different NIKs (birth dates spread over years)."""
    forms: dict[str, ApplicantForm] = {}
    n = start
    while len(forms) < count:
        n += 1
        birth = dt.date(1980, 1, 1) + dt.timedelta(days=(n * 37) % 9000)
        form = applicant_form(birth_date=birth, seed=random.randrange(1 << 30))
        forms.setdefault(form.nik, form)
    return list(forms.values())
