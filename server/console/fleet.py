"""The fleet as the console shows it: what needs a person (the attention list) and every
kiosk's health; each query is limited to the viewer's sites."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from server.console.scope import ConsoleRefused, Viewer
from server.models import AuditEntry, Device, Event

PAGE = 50


@dataclass(frozen=True)
class Limits:
    """When something needs attention (the page's form may change the first two)."""

    silent_days: int = 3
    backlog_days: int = 2
    drift_s: float = 300.0
    lookback_days: int = 14  # set-aside records, refused calls
    attendance_drop: float = 0.2  # fall in attendance rate, week on week


@dataclass(frozen=True)
class Attention:
    """One thing that needs a person: a message code, its values, and where to look."""

    kind: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    link: str = ""
    site: str | None = None


def device_link(device_id: str) -> str:
    return f"/console/kiosks/{device_id}"


def attention(
    session: Session, viewer: Viewer, now: dt.datetime, limits: Limits
) -> list[Attention]:
    from server.console.programme import attendance_drops

    items: list[Attention] = []
    active = and_(Device.revoked_at.is_(None), viewer.where(Device.site))
    silent_before = now - dt.timedelta(days=limits.silent_days)
    for silent in session.execute(
        select(Device.id, Device.site, Device.label, Device.last_seen_at, Device.enrolled_at)
        .where(
            active,
            or_(
                Device.last_seen_at < silent_before,
                and_(Device.last_seen_at.is_(None), Device.enrolled_at < silent_before),
            ),
        )
        .order_by(Device.last_seen_at)
        .limit(200)
    ):
        seen = silent.last_seen_at or silent.enrolled_at
        items.append(
            Attention(
                "silent",
                "console.attention.silent",
                {"label": silent.label or silent.id[:8], "days": (now - seen).days},
                device_link(silent.id),
                silent.site,
            )
        )
    for late in session.execute(
        select(Device.id, Device.site, Device.label, Device.oldest_pending_at)
        .where(active, Device.oldest_pending_at < now - dt.timedelta(days=limits.backlog_days))
        .order_by(Device.oldest_pending_at)
        .limit(200)
    ):
        items.append(
            Attention(
                "backlog",
                "console.attention.backlog",
                {"label": late.label or late.id[:8], "days": (now - late.oldest_pending_at).days},
                device_link(late.id),
                late.site,
            )
        )
    for device_id, site, label, count in set_aside_counts(session, viewer, now, limits):
        items.append(
            Attention(
                "set_aside",
                "console.attention.set_aside",
                {"label": label or device_id[:8], "count": count},
                device_link(device_id),
                site,
            )
        )
    for drifting in session.execute(
        select(Device.id, Device.site, Device.label, Device.clock_offset_s)
        .where(active, func.abs(Device.clock_offset_s) > limits.drift_s)
        .order_by(func.abs(Device.clock_offset_s).desc())
        .limit(200)
    ):
        items.append(
            Attention(
                "drift",
                "console.attention.drift",
                {
                    "label": drifting.label or drifting.id[:8],
                    "minutes": round(drifting.clock_offset_s / 60),
                },
                device_link(drifting.id),
                drifting.site,
            )
        )
    for trying in session.execute(
        select(Device.id, Device.site, Device.label, Device.refused_at)
        .where(
            Device.revoked_at.is_not(None),
            viewer.where(Device.site),
            Device.refused_at > now - dt.timedelta(days=limits.lookback_days),
        )
        .order_by(Device.refused_at.desc())
        .limit(200)
    ):
        items.append(
            Attention(
                "revoked_trying",
                "console.attention.revoked_trying",
                {"label": trying.label or trying.id[:8], "at": trying.refused_at},
                device_link(trying.id),
                trying.site,
            )
        )
    for drop in attendance_drops(session, viewer, now, limits.attendance_drop):
        items.append(
            Attention(
                "attendance_drop",
                "console.attention.attendance_drop",
                {
                    "title": drop.title,
                    "before": round(drop.before * 100),
                    "after": round(drop.after * 100),
                },
                f"/console/classes/{drop.session_id}",
                drop.site,
            )
        )
    from server.console.vacancies import outcome_attention

    items.extend(outcome_attention(session, viewer, now))
    return items


def set_aside_counts(
    session: Session, viewer: Viewer, now: dt.datetime, limits: Limits
) -> list[tuple[str, str, str, int]]:
    """Per device: pulled changes it set aside (its ``sync_rejected_change`` events) and
    pushed events the server refused (``push_rejected`` audit entries), lately."""
    since = now - dt.timedelta(days=limits.lookback_days)
    counts: dict[str, int] = {}
    for device_id, count in session.execute(
        select(Event.device_id, func.count())
        .where(Event.entity == "sync_rejected_change", Event.received_at >= since)
        .group_by(Event.device_id)
    ):
        counts[device_id] = counts.get(device_id, 0) + int(count)
    for audited, count in session.execute(
        select(AuditEntry.device_id, func.count())
        .where(
            AuditEntry.at >= since,
            AuditEntry.action == "push_rejected",
            AuditEntry.device_id.is_not(None),
        )
        .group_by(AuditEntry.device_id)
    ):
        counts[str(audited)] = counts.get(str(audited), 0) + int(count)
    if not counts:
        return []
    rows = session.execute(
        select(Device.id, Device.site, Device.label).where(
            Device.id.in_(list(counts)), viewer.where(Device.site)
        )
    )
    return sorted(
        ((row.id, row.site, row.label, counts[row.id]) for row in rows), key=lambda r: -r[3]
    )


@dataclass(frozen=True)
class KioskFilter:
    site: str = ""
    status: str = ""  # "", active, revoked
    page: int = 1


def kiosks(session: Session, viewer: Viewer, wanted: KioskFilter) -> tuple[list[Device], bool]:
    """One page of devices and whether there is another."""
    query = select(Device).where(viewer.narrowed(Device.site, wanted.site))
    if wanted.status == "active":
        query = query.where(Device.revoked_at.is_(None))
    elif wanted.status == "revoked":
        query = query.where(Device.revoked_at.is_not(None))
    query = query.order_by(Device.site, Device.label, Device.id)
    rows = list(session.scalars(query.offset((wanted.page - 1) * PAGE).limit(PAGE + 1)))
    return rows[:PAGE], len(rows) > PAGE


def kiosk(session: Session, viewer: Viewer, device_id: str) -> Device:
    """One device of the viewer's sites; another site's device does not exist for them."""
    device = session.get(Device, device_id[:64])
    if device is None or not viewer.sees(device.site):
        raise ConsoleRefused(404, "no_device")
    return device


def kiosk_problems(session: Session, device_id: str, limit: int = 50) -> list[dict[str, Any]]:
    """The device's recent set-aside records and refused events, newest first."""
    rows: list[dict[str, Any]] = []
    for event in session.execute(
        select(Event.received_at, Event.payload)
        .where(Event.device_id == device_id, Event.entity == "sync_rejected_change")
        .order_by(Event.received_at.desc())
        .limit(limit)
    ):
        payload = event.payload or {}
        rows.append(
            {
                "at": event.received_at,
                "what": f"{payload.get('kind', '?')} {payload.get('record_id', '')}",
                "reason": str(payload.get("reason", ""))[:200],
                "source": "kiosk",
            }
        )
    for entry in session.execute(
        select(AuditEntry.at, AuditEntry.reason, AuditEntry.detail)
        .where(AuditEntry.device_id == device_id, AuditEntry.action == "push_rejected")
        .order_by(AuditEntry.id.desc())
        .limit(limit)
    ):
        detail = entry.detail or {}
        rows.append(
            {
                "at": entry.at,
                "what": f"{detail.get('entity', '?')} {detail.get('entity_id', '')}",
                "reason": entry.reason or "",
                "source": "server",
            }
        )
    rows.sort(key=lambda row: row["at"], reverse=True)
    return rows[:limit]
