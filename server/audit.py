"""The server's audit log: every refused or security-relevant action, ids only, no personal data."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from server.models import AuditEntry

log = logging.getLogger(__name__)

# Only these keys may appear in an entry's detail: ids and codes, never personal data.
_DETAIL_LIMIT = 20


def record(
    session: Session,
    action: str,
    outcome: str,
    *,
    at: dt.datetime | None = None,
    device_id: str | None = None,
    site: str | None = None,
    client: str | None = None,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Add one entry inside the caller's transaction (so it commits with what it describes).

    ``outcome`` is ``refused`` for an attempt that was turned away, ``done`` for an action
    that happened (a revocation, a code issued). Refusals are logged at WARNING too.
    """
    when = at or utc_now()
    clean = {str(k)[:40]: _scalar(v) for k, v in list((detail or {}).items())[:_DETAIL_LIMIT]}
    session.add(
        AuditEntry(
            at=when,
            action=action[:40],
            outcome=outcome[:12],
            device_id=device_id,
            site=(site or None) and site[:40],
            client=(client or None) and client[:64],
            reason=(reason or None) and reason[:120],
            detail=clean,
        )
    )
    if outcome == "refused":
        log.warning(
            "refused %s: %s (device %s, site %s, client %s)",
            action,
            reason or "-",
            device_id or "-",
            site or "-",
            client or "-",
        )


def _scalar(value: Any) -> str | int | float | bool | None:
    if value is None or isinstance(value, bool | int | float):
        return value
    return str(value)[:120]


def entries(session: Session, *, limit: int = 200) -> list[dict[str, Any]]:
    """The newest entries first, as plain data for the CLI and the console."""
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [
        {
            "id": row.id,
            "at": row.at.isoformat(),
            "action": row.action,
            "outcome": row.outcome,
            "device_id": row.device_id,
            "site": row.site,
            "client": row.client,
            "reason": row.reason,
            "detail": row.detail,
        }
        for row in rows
    ]
