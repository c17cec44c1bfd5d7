"""The console's placement page (the funnel per site and month, a site manager's own sites
only, with CSV/XLSX exports) and the employer's confirmation of a follow-up answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.followup import status_label
from server.audit import record
from server.console import texts_placement  # noqa: F401 - registers the texts
from server.console.export import FORMATS, download
from server.console.lists import Table
from server.console.scope import ConsoleRefused, Viewer
from server.console.web import CurrentViewer, back_to, check_csrf, language, now, page
from server.deps import SessionDep
from server.followup import VerifyRefused, verify
from server.followup_models import FollowupRecord
from server.placement_report import COLUMNS, placement_figures

router = APIRouter()

# Column codes written out, so that grep finds each.
COLUMN_CODES = {
    "site": "console.placement.col.site",
    "month": "console.placement.col.month",
    "job_seekers": "console.placement.col.job_seekers",
    "applications": "console.placement.col.applications",
    "interviews": "console.placement.col.interviews",
    "hired_verified": "console.placement.col.hired_verified",
    "hired_self_reported": "console.placement.col.hired_self_reported",
    "employed_6m_verified": "console.placement.col.employed_6m_verified",
    "employed_6m_self_reported": "console.placement.col.employed_6m_self_reported",
}
assert tuple(COLUMN_CODES) == COLUMNS


def _table(session: Session, viewer: Viewer) -> Table:
    figures = placement_figures(session, viewer.sites)
    rows = [{COLUMN_CODES[k]: v for k, v in figure.items()} for figure in figures]
    return Table(columns=list(COLUMN_CODES.values()), rows=rows, more=False)


@router.get("/placement")
def placement_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    notice = "console.placement.verified" if request.query_params.get("verified") else None
    return page(request, "placement.html", viewer, table=_table(session, viewer), notice=notice)


@router.get("/placement/export.{fmt}")
def placement_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    if fmt not in FORMATS:
        raise ConsoleRefused(404, "no_format")
    table = _table(session, viewer)
    record(
        session,
        "console_export",
        "done",
        detail={
            "user": viewer.user_id,
            "list": "placement",
            "format": fmt,
            "rows": len(table.rows),
        },
    )
    return download(table, fmt, "placement", language(request))


@dataclass(frozen=True)
class FollowupRow:
    id: str
    month: int
    status: str
    status_code: str
    employer: str
    answered_at: Any
    verified_at: Any
    verified_by: str | None


def followups_of(session: Session, viewer: Viewer, person_id: str) -> list[FollowupRow]:
    """A person's answers as the applicant page shows them, limited to the viewer's sites."""
    rows = session.scalars(
        select(FollowupRecord)
        .where(FollowupRecord.person_id == person_id, viewer.where(FollowupRecord.site))
        .order_by(FollowupRecord.answered_at)
    )
    return [
        FollowupRow(
            r.id,
            r.month,
            r.status,
            status_label(r.status),
            r.employer,
            r.answered_at,
            r.verified_at,
            r.verified_by,
        )
        for r in rows
    ]


@router.post("/followup/{answer_id}/verify")
def verify_followup(
    session: SessionDep,
    viewer: CurrentViewer,
    answer_id: str,
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """The employer confirmed this person works there: admins, and managers of the answer's
    site; audited with the user's name (server.followup.verify)."""
    check_csrf(viewer, csrf)
    if not viewer.may_reveal:
        raise ConsoleRefused(403, "role")
    found = session.get(FollowupRecord, answer_id[:36])
    if found is None or not viewer.sees(found.site):
        raise ConsoleRefused(404, "not_found")  # another site's answer is not there for them
    if found.verified_at is None:  # a second click on the same button changes nothing
        try:
            verify(session, found.id, viewer.name, now(), via=f"console:{viewer.user_id}")
        except VerifyRefused as exc:
            raise ConsoleRefused(403, exc.code) from None
    return back_to(f"/console/placement?verified={found.id}")
