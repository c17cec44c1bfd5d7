"""Attendance: one per card, session, local day and kind, with every scan kept as evidence."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from kiosk.domain.chunks import in_chunks
from kiosk.sync.protocol import WireEvent, is_uuid
from server.db import insert_ignoring_conflicts, insert_new
from server.ingest.base import ACCEPTED, CARD, Context, Outcome, Rejected, day, moment, text
from server.models import Attendance, AttendanceScan
from server.summary import count_attendance

KINDS = frozenset({"check_in", "check_out"})


def _payload(event: WireEvent) -> dict[str, Any]:
    """The checked payload (the hook strict payload models plug into)."""
    payload = event.payload
    kind = text(payload, "kind")
    if kind not in KINDS:
        raise Rejected("kind must be check_in or check_out")
    if not is_uuid(event.entity_id):
        raise Rejected("attendance id is not an id")
    applicant_id = payload.get("applicant_id")
    session_id = payload.get("session_id")
    if not is_uuid(session_id):
        raise Rejected("session_id is not an id")
    return {
        "session_id": session_id,
        "card_id": text(payload, "card_id", CARD),
        "local_day": day(payload, "local_day"),
        "kind": kind,
        "applicant_id": applicant_id if is_uuid(applicant_id) else None,
        "recorded_at": moment(payload, "recorded_at"),
    }


def handle(ctx: Context, event: WireEvent) -> Outcome:
    """Any device records what it scanned (as itself: checked before); merged per batch."""
    ctx.scans.append((event, _payload(event)))
    return ACCEPTED


def merge(ctx: Context) -> None:
    """Set-based, because a field day is thousands of scans: create each attendance once
    (the first scan's id names it), then attach every scan to it."""
    scans = ctx.scans
    if not scans:
        return
    session = ctx.session
    # One row per attendance key (the first scan names it); the database keeps the one it
    # already has when another batch or kiosk created it first.
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event, f in scans:
        key = (f["session_id"], f["card_id"], f["local_day"], f["kind"])
        if key not in rows:
            rows[key] = {
                "id": event.entity_id,
                "session_id": f["session_id"],
                "card_id": f["card_id"],
                "local_day": f["local_day"],
                "kind": f["kind"],
                "applicant_id": f["applicant_id"],
                "first_recorded_at": f["recorded_at"],
            }
    table = Attendance.__table__
    new_rows = insert_new(
        session,
        table,  # type: ignore[arg-type]
        list(rows.values()),
        table.c.id,
        table.c.session_id,
        table.c.local_day,
        table.c.kind,
        table.c.applicant_id,
    )
    # Only the rows this batch created count in the console's tallies.
    new_days, present = count_attendance(session, new_rows)
    ctx.touched_sessions.update(new_days)
    ctx.touched.update(present)
    # One IN list per column, not a row-value IN: SQLite answers the latter by scanning the
    # whole table, the former through the unique index. The few extra rows (other
    # combinations of the same values) are dropped here.
    found: dict[tuple[Any, ...], str] = {}
    key_list = list(rows)
    for chunk in in_chunks(key_list):
        wanted = set(chunk)
        for row in session.execute(
            select(
                Attendance.id,
                Attendance.session_id,
                Attendance.card_id,
                Attendance.local_day,
                Attendance.kind,
            ).where(
                Attendance.session_id.in_({key[0] for key in chunk}),
                Attendance.card_id.in_({key[1] for key in chunk}),
                Attendance.local_day.in_({key[2] for key in chunk}),
                Attendance.kind.in_({key[3] for key in chunk}),
            )
        ):
            key = (row.session_id, row.card_id, row.local_day, row.kind)
            if key in wanted:
                found[key] = row.id
    evidence = [
        {
            "id": event.entity_id,
            "attendance_id": found[(f["session_id"], f["card_id"], f["local_day"], f["kind"])],
            "event_id": event.id,
            "device_id": ctx.actor.device_id,
            "recorded_at": f["recorded_at"],
        }
        for event, f in scans
    ]
    insert_ignoring_conflicts(session, AttendanceScan.__table__, evidence)  # type: ignore[arg-type]
