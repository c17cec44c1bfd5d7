"""Follow-up answers at the server: staff mark a placement verified once the employer
confirmed it (`kiosk-server followup ID --verified --by NAME`, or the console)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Final

from sqlalchemy.orm import Session

from server import audit
from server.followup_models import FollowupRecord

VERIFIABLE: Final = frozenset({"working"})
_NAME: Final = re.compile(r"^[^\x00-\x1f\x7f]{2,80}$")


class VerifyRefused(ValueError):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code


def verify(
    session: Session, answer_id: str, by: str, now: dt.datetime, *, via: str
) -> FollowupRecord:
    """Mark a work answer confirmed by its employer, once; audited with who did it."""
    by = by.strip()
    if not _NAME.match(by):
        raise VerifyRefused("bad_name", "give the name of who checked it (2–80 characters)")
    record = session.get(FollowupRecord, answer_id, with_for_update=True)
    if record is None:
        raise VerifyRefused("unknown_answer", "no such follow-up answer")
    if record.status not in VERIFIABLE:
        raise VerifyRefused(
            "not_working", "only an answer saying the person works for an employer can be verified"
        )
    if record.verified_at is not None:
        raise VerifyRefused("already_verified", "this answer was verified before")
    record.verified_at = now
    record.verified_by = by
    audit.record(
        session,
        "followup_verified",
        "done",
        at=now,
        site=record.site,
        detail={"answer_id": answer_id, "by": by, "via": via},
    )
    return record


def summary(record: FollowupRecord) -> dict[str, Any]:
    """What staff see of an answer: no personal data but the employer's name."""
    return {
        "id": record.id,
        "person_id": record.person_id,
        "session_id": record.session_id,
        "month": record.month,
        "status": record.status,
        "employer": record.employer,
        "sector": record.sector,
        "wage_band": record.wage_band,
        "related": record.related,
        "answered_at": record.answered_at.isoformat(),
        "site": record.site,
        "verified_at": record.verified_at.isoformat() if record.verified_at else None,
        "verified_by": record.verified_by,
    }
