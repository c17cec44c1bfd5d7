"""Fixed-window attempt counters kept in the database, shared by every server worker.

A scope is e.g. ``enrol:addr:203.0.113.7`` or ``enrol:all``. An attempt is counted before it
is judged and refunded when it succeeds, so parallel guesses cannot slip past the limit
while the first ones are still being checked.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.audit import record
from server.db import insert_ignoring_conflicts
from server.models import RateWindow


@dataclass(frozen=True)
class Limit:
    scope: str
    limit: int


def client_scope(prefix: str, client: str) -> str:
    """One address is one client; an IPv6 client owns a whole /64, so it counts as one."""
    try:
        address = ipaddress.ip_address(client)
    except ValueError:
        return f"{prefix}:addr:{client[:60]}"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is None:
        network = ipaddress.IPv6Network((address, 64), strict=False)
        return f"{prefix}:addr:{network}"
    plain = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else address
    return f"{prefix}:addr:{plain}"


def take(
    session: Session,
    limits: Sequence[Limit],
    now: dt.datetime,
    window: dt.timedelta,
    *,
    action: str,
    client: str | None,
) -> int | None:
    """Count one attempt in every scope; or, when a scope is full, count nothing and return
    the seconds until its window ends (for ``Retry-After``)."""
    insert_ignoring_conflicts(
        session,
        RateWindow.__table__,  # type: ignore[arg-type]
        [{"scope": s.scope, "window_start": now, "count": 0, "refused": 0} for s in limits],
    )
    # Locked in one order everywhere, so two workers never wait on each other in a circle.
    rows = {
        row.scope: row
        for row in session.scalars(
            select(RateWindow)
            .where(RateWindow.scope.in_([s.scope for s in limits]))
            .order_by(RateWindow.scope)
            .with_for_update()
        )
    }
    retry_after: int | None = None
    for item in limits:
        row = rows[item.scope]
        if row.window_start + window <= now:
            if row.refused:
                # What the last window turned away, in one entry rather than one per attempt.
                record(
                    session,
                    action,
                    "refused",
                    client=client,
                    reason="rate_limited",
                    detail={"scope": row.scope, "refused_in_window": row.refused},
                    at=now,
                )
            row.window_start, row.count, row.refused = now, 0, 0
        if row.count >= item.limit:
            wait = math.ceil((row.window_start + window - now).total_seconds())
            retry_after = max(retry_after or 1, wait, 1)
    if retry_after is not None:
        for item in limits:
            row = rows[item.scope]
            if row.count >= item.limit:
                row.refused += 1
                if row.refused == 1:  # the first refusal of a window is audited at once
                    record(
                        session,
                        action,
                        "refused",
                        client=client,
                        reason="rate_limited",
                        detail={"scope": row.scope, "retry_after": retry_after},
                        at=now,
                    )
        return retry_after
    for item in limits:
        rows[item.scope].count += 1
    return None


def refund(
    session: Session, limits: Sequence[Limit], counted_at: dt.datetime, window: dt.timedelta
) -> None:
    """Give back an attempt that succeeded (only within the window it was counted in)."""
    for row in session.scalars(
        select(RateWindow)
        .where(RateWindow.scope.in_([s.scope for s in limits]))
        .order_by(RateWindow.scope)
        .with_for_update()
    ):
        if row.count > 0 and row.window_start <= counted_at < row.window_start + window:
            row.count -= 1
