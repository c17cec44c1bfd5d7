"""The programme at a glance and the lists (applicants, classes, attendance) with their
exports of exactly the filtered view, and the audited reveal of one applicant."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from server.audit import record
from server.console import lists
from server.console.export import FORMATS, download
from server.console.lists import EXPORT_LIMIT, ListFilter, Table
from server.console.programme import ProgrammeFilter, programme, session_titles
from server.console.routes_placement import followups_of
from server.console.scope import ConsoleRefused, Viewer
from server.console.web import CurrentViewer, check_csrf, language, now, page
from server.deps import SessionDep
from server.personal import SealError, open_person
from server.secrets import secrets_of

router = APIRouter()

Lister = Callable[..., Table]
LISTS: dict[str, tuple[Lister, str]] = {
    "applicants": (lists.applicants, "console.nav.applicants"),
    "classes": (lists.classes, "console.nav.classes"),
    "attendance": (lists.attendance, "console.nav.attendance"),
}


@router.get("/programme")
def programme_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    query = ListFilter.of(request.query_params)
    wanted = ProgrammeFilter(site=query.site, since=query.since, until=query.until)
    figures = programme(session, viewer, wanted, now().date())
    chart = {
        "per_day": figures.per_day,
        "eligibility": [figures.eligible, figures.ineligible],
        "classes": [{"title": c.title, "weeks": c.weeks} for c in figures.classes[:8] if c.weeks],
    }
    return page(
        request,
        "programme.html",
        viewer,
        figures=figures,
        chart=chart,
        query=query,
        sites=lists.sites_in_scope(session, viewer),
    )


def _list_page(
    request: Request, session: Session, viewer: Viewer, name: str, **extra: Any
) -> Response:
    lister, title = LISTS[name]
    query = ListFilter.of(request.query_params)
    table = lister(session, viewer, query)
    return page(
        request,
        "list.html",
        viewer,
        name=name,
        title=title,
        table=table,
        query=query,
        sites=lists.sites_in_scope(session, viewer),
        export_limit=EXPORT_LIMIT,
        **extra,
    )


def _export(request: Request, session: Session, viewer: Viewer, name: str, fmt: str) -> Response:
    if fmt not in FORMATS:
        raise ConsoleRefused(404, "no_format")
    lister, _title = LISTS[name]
    query = ListFilter.of(request.query_params)
    table = lister(session, viewer, query, export=True)
    if table.more:
        return page(request, "error.html", viewer, status=413, code="console.export.too_many")
    record(
        session,
        "console_export",
        "done",
        site=query.site or None,
        detail={"user": viewer.user_id, "list": name, "format": fmt, "rows": len(table.rows)},
    )
    return download(table, fmt, name, language(request))


@router.get("/applicants")
def applicants_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    return _list_page(request, session, viewer, "applicants")


@router.get("/applicants/export.{fmt}")
def applicants_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    return _export(request, session, viewer, "applicants", fmt)


@router.post("/applicants/{person_id}/reveal")
def reveal_applicant(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    person_id: str,
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Everything the kiosk sent about one applicant, opened for this page only: admins and
    the managers of the applicant's site; every reveal is audited."""
    check_csrf(viewer, csrf)
    if not viewer.may_reveal:
        record(
            session,
            "reveal_applicant",
            "refused",
            reason="role",
            detail={"user": viewer.user_id, "person": person_id[:36]},
        )
        raise ConsoleRefused(403, "role")
    person, site = lists.applicant(session, viewer, person_id)
    try:
        fields = open_person(secrets_of(session).personal, person.id, person.data, person.sealed)
    except SealError:
        fields = dict(person.data)
    record(
        session,
        "reveal_applicant",
        "done",
        site=site,
        detail={"user": viewer.user_id, "person": person.id},
    )
    shown = {k: v for k, v in sorted(fields.items()) if k not in ("id", "device_id")}
    return page(
        request,
        "applicant.html",
        viewer,
        person=person,
        site=site,
        fields=shown,
        followups=followups_of(session, viewer, person.id),
    )


@router.get("/classes")
def classes_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    return _list_page(request, session, viewer, "classes")


@router.get("/classes/export.{fmt}")
def classes_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    return _export(request, session, viewer, "classes", fmt)


@router.get("/classes/{session_id}")
def class_page(
    request: Request, session: SessionDep, viewer: CurrentViewer, session_id: str
) -> Response:
    record_ = lists.training_session(session, viewer, session_id)
    table = lists.roster(session, viewer, session_id)
    title = session_titles(session, [record_.id]).get(record_.id, record_.id)
    return page(request, "class.html", viewer, session_record=record_, title=title, table=table)


@router.get("/classes/{session_id}/export.{fmt}")
def class_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, session_id: str, fmt: str
) -> Response:
    if fmt not in FORMATS:
        raise ConsoleRefused(404, "no_format")
    record_ = lists.training_session(session, viewer, session_id)
    table = lists.roster(session, viewer, session_id)
    record(
        session,
        "console_export",
        "done",
        site=record_.site,
        detail={"user": viewer.user_id, "list": "roster", "format": fmt, "rows": len(table.rows)},
    )
    return download(table, fmt, "roster", language(request))


@router.get("/attendance")
def attendance_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    return _list_page(request, session, viewer, "attendance")


@router.get("/attendance/export.{fmt}")
def attendance_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    return _export(request, session, viewer, "attendance", fmt)
