"""The change log kiosks pull: writing changes with their scope, reading a device's page."""

from __future__ import annotations

import heapq
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.clock import utc_now
from kiosk.sync.protocol import Change, PullResponse, encode_cursor
from server.models import ChangeLog
from server.placement_models import SiteRegion

DEFAULT_PULL_LIMIT = 500


def add_change(
    session: Session, kind: str, record_id: str, data: dict[str, Any], *, site: str | None = None
) -> None:
    """Publish a change; ``site`` None reaches every kiosk, else only that site's kiosks
    (server/authority.py says which)."""
    session.add(ChangeLog(kind=kind, record_id=record_id, data=data, at=utc_now(), site=site))


# What a kiosk of the first release understands: one change of any other kind made its whole
# pull page unreadable. Kiosks that set aside kinds they do not know say so with the
# ``X-Kios3in1-Pull: any-kind`` header (kiosk/sync/client.py) and get every kind; the others
# never see the newer kinds (their cursor still moves past them).
FIRST_RELEASE_KINDS: Final = frozenset(
    {
        "training_provider",
        "training_program",
        "training_session",
        "enrolment",
        "staff_account",
        "device_key",
        "key_revocation",
        "card_revocation",
        "applicant_alias",
    }
)
ANY_KIND_HEADER: Final = "X-Kios3in1-Pull"


def pull_page(
    session: Session, after: int, limit: int, site: str, *, any_kind: bool = True
) -> PullResponse:
    """The next changes a device of ``site`` may see. Two range reads of the (site, seq)
    index, each at most one page long, merged in seq order: fast however many changes of
    other sites lie in between."""
    rows: list[ChangeLog] = []
    scopes = [ChangeLog.site.is_(None), ChangeLog.site == site]
    # A third range for the site's province (vacancies), when the operator set one.
    province = session.get(SiteRegion, site)
    if province is not None:
        scopes.append(ChangeLog.site == "province:" + province.province_code)
    for scope in scopes:
        rows.extend(
            session.scalars(
                select(ChangeLog)
                .where(scope, ChangeLog.seq > after)
                .order_by(ChangeLog.seq)
                .limit(limit + 1)
            )
        )
    merged = heapq.nsmallest(limit + 1, rows, key=lambda row: row.seq)
    more = len(merged) > limit
    merged = merged[:limit]
    last = merged[-1].seq if merged else after
    changes = [
        Change(kind=row.kind, id=row.record_id, data=row.data)  # type: ignore[arg-type]
        for row in merged
        if any_kind or row.kind in FIRST_RELEASE_KINDS
    ]
    return PullResponse(
        cursor=encode_cursor(last), more=more, server_time=utc_now(), changes=changes
    )
