"""The console's vacancies: the list and its exports, one vacancy with its applications,
staff entry by site, marking checked and closing early, the admin's CSV/XLSX import, moving
applications through their stages and ending those of a closed vacancy. Every change is
audited and checked against the user's sites (server/console/vacancies.py)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field, StringConstraints
from sqlalchemy.orm import Session

from server.audit import record
from server.console import vacancies as v
from server.console.export import FORMATS, download
from server.console.lists import EXPORT_LIMIT, Table
from server.console.scope import ConsoleRefused, Viewer
from server.console.texts_vacancies import FIELD_NAMES, VTEXT
from server.console.web import CurrentViewer, back_to, check_csrf, language, now, page
from server.deps import SessionDep
from server.outcomes import awaiting_outcome, close_applications, local_day
from server.placement import (
    ImportRefused,
    StageRefused,
    add_vacancy,
    close_early,
    entered_vacancy,
    import_vacancy_file,
    republish,
    set_stage,
)
from server.placement_models import Application
from server.vacancy_file import MAX_FILE_BYTES

router = APIRouter()
Text = Annotated[str, StringConstraints(max_length=400)]


class VacancyForm(BaseModel):
    """The entry form's fields, as typed (checked by the import's rules afterwards)."""

    csrf: str = Field("", max_length=100)
    site: str = Field("", max_length=40)
    checked: str = Field("", max_length=10)
    employer: Text = ""
    title: Text = ""
    isco_code: Text = ""
    openings: Text = ""
    valid_from: Text = ""
    valid_until: Text = ""
    regency_code: Text = ""
    education_min: Text = ""
    age_min: Text = ""
    age_max: Text = ""
    sex: Text = ""
    skills: Text = ""
    experience_years: Text = ""
    wage_min: Text = ""
    wage_max: Text = ""


assert set(VacancyForm.model_fields) >= set(FIELD_NAMES)
Csrf = Annotated[str, Form(max_length=100)]
FIELDS = FIELD_NAMES
NOTICES = {
    "created": "console.vacancy.notice.created",
    "checked": "console.vacancy.notice.checked",
    "closed": "console.vacancy.notice.closed",
    "stage": "console.vacancy.notice.stage",
    "ended": "console.vacancy.notice.ended",
}

REFUSALS = {
    "bad_stage": "console.vacancy.refused.bad_stage",
    "already_hired": "console.vacancy.refused.already_hired",
    "vacancy_filled": "console.vacancy.refused.vacancy_filled",
    "unknown_vacancy": "console.vacancy.refused.unknown_vacancy",
    "confirm_needed": "console.vacancy.refused.confirm_needed",
}


def _list(request: Request, session: Session, viewer: Viewer, **extra: Any) -> Response:
    wanted = v.VacancyFilter.of(request.query_params)
    table = v.vacancies(session, viewer, wanted, local_day(now()))
    return page(
        request,
        "vacancies.html",
        viewer,
        table=table,
        query=wanted,
        provinces=v.provinces_of(session, viewer),
        entry_sites=v.entry_sites(session, viewer),
        export_limit=EXPORT_LIMIT,
        vtext=VTEXT,
        **extra,
    )


@router.get("/vacancies")
def vacancies_page(request: Request, session: SessionDep, viewer: CurrentViewer) -> Response:
    return _list(request, session, viewer)


@router.get("/vacancies/export.{fmt}")
def vacancies_export(
    request: Request, session: SessionDep, viewer: CurrentViewer, fmt: str
) -> Response:
    if fmt not in FORMATS:
        raise ConsoleRefused(404, "no_format")
    wanted = v.VacancyFilter.of(request.query_params)
    table = v.vacancies(session, viewer, wanted, local_day(now()), export=True)
    if table.more:
        return page(request, "error.html", viewer, status=413, code="console.export.too_many")
    lang = language(request)
    from kiosk.i18n import render

    # Status and source are message codes on the page; the file holds their words.
    worded = Table(
        table.columns,
        [
            {
                **row,
                "console.vacancy.col.status": render(row["console.vacancy.col.status"], lang),
                "console.vacancy.col.source": render(row["console.vacancy.col.source"], lang)
                if row["console.vacancy.col.source"]
                else "",
            }
            for row in table.rows
        ],
        False,
    )
    record(
        session,
        "console_export",
        "done",
        detail={
            "user": viewer.user_id,
            "list": "vacancies",
            "format": fmt,
            "rows": len(table.rows),
        },
    )
    return download(worded, fmt, "vacancies", lang)


@router.post("/vacancies/import")
def import_file(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    file: Annotated[UploadFile, File()],
    csrf: Csrf = "",
) -> Response:
    """An imported list (CSV or XLSX, the CLI's very function): admins only, all or nothing."""
    check_csrf(viewer, csrf)
    viewer.require(viewer.is_admin)
    name = (file.filename or "")[-120:]
    data = file.file.read(MAX_FILE_BYTES + 1)
    try:
        result = import_vacancy_file(session, name, data, now())
    except ImportRefused as exc:
        record(
            session,
            "import_vacancies",
            "refused",
            reason="bad_file",
            detail={"user": viewer.user_id, "file": name, "rows": len(exc.lines), "via": "console"},
        )
        return _list(request, session, viewer, import_errors=exc.lines[:200], status=400)
    record(
        session,
        "import_vacancies",
        "done",
        detail={
            "user": viewer.user_id,
            "file": name,
            "published": result.published,
            "already": result.already,
            "via": "console",
        },
    )
    return _list(request, session, viewer, import_result=result)


@router.post("/vacancies")
def create_vacancy(
    request: Request,
    session: SessionDep,
    viewer: CurrentViewer,
    form: Annotated[VacancyForm, Form()],
) -> Response:
    """A vacancy typed in by site staff (admins: any site with a province; managers: theirs)."""
    fields = form.model_dump()
    check_csrf(viewer, fields["csrf"])
    viewer.require(viewer.role in ("admin", "manager"))
    regions = dict(v.entry_sites(session, viewer))
    site = fields["site"]
    if site not in regions:  # another site's code typed into the form, or one without a province
        raise ConsoleRefused(403, "site_not_yours")
    entered = {k: fields[k].strip() for k in FIELDS}
    entered["checked"] = "ya" if fields["checked"] else ""
    problem = ""
    if not entered["regency_code"].startswith(regions[site] + "."):
        problem = render_text(request, "console.vacancy.not_province", province=regions[site])
        wire = None
    else:
        wire, problem = entered_vacancy(entered, now(), language(request))
    if wire is None:
        return _list(request, session, viewer, form=entered, form_site=site, problem=problem, status=400)  # fmt: skip
    created = add_vacancy(session, wire, now(), site, None)
    record(
        session,
        "vacancy_entered",
        "done",
        site=site,
        detail={"user": viewer.user_id, "vacancy_id": created.id},
    )
    return back_to(f"/console/vacancies/{created.id}?done=created")


def render_text(request: Request, code: str, **params: Any) -> str:
    from kiosk.i18n import render

    return render(code, language(request), **params)


@router.get("/vacancies/{vacancy_id}")
def vacancy_page(
    request: Request, session: SessionDep, viewer: CurrentViewer, vacancy_id: str
) -> Response:
    found = v.vacancy(session, viewer, vacancy_id)
    today = local_day(now())
    waiting = awaiting_outcome(session, today, viewer.where(Application.site), found.id)
    return page(
        request,
        "vacancy.html",
        viewer,
        vacancy=found,
        is_open=v.is_open(found, today),
        may_edit=v.may_edit(viewer, found),
        applications=v.applications_of(session, viewer, found.id),
        waiting=len(waiting),
        notice=NOTICES.get(request.query_params.get("done", "")),
        vtext=VTEXT,
        refusal=REFUSALS.get(request.query_params.get("refused", "")),
    )


def _editable(session: Session, viewer: Viewer, vacancy_id: str, csrf: str) -> Any:
    check_csrf(viewer, csrf)
    found = v.vacancy(session, viewer, vacancy_id)
    if not v.may_edit(viewer, found):
        raise ConsoleRefused(403, "not_your_vacancy")
    return found


@router.post("/vacancies/{vacancy_id}/check")
def check_vacancy(
    session: SessionDep, viewer: CurrentViewer, vacancy_id: str, csrf: Csrf = ""
) -> Response:
    found = _editable(session, viewer, vacancy_id, csrf)
    if not found.data.get("checked"):
        republish(session, found, checked=True)
        record(
            session,
            "vacancy_checked",
            "done",
            site=found.owner_site or None,
            detail={"user": viewer.user_id, "vacancy_id": found.id},
        )
    return back_to(f"/console/vacancies/{found.id}?done=checked")


@router.post("/vacancies/{vacancy_id}/close")
def close_vacancy(
    session: SessionDep,
    viewer: CurrentViewer,
    vacancy_id: str,
    csrf: Csrf = "",
    confirm: Annotated[str, Form(max_length=10)] = "",
) -> Response:
    found = _editable(session, viewer, vacancy_id, csrf)
    if confirm != "yes":  # closing cannot be undone here: the box must be ticked
        return back_to(f"/console/vacancies/{found.id}?refused=confirm_needed")
    close_early(session, found, local_day(now()))
    record(
        session,
        "vacancy_closed",
        "done",
        site=found.owner_site or None,
        detail={"user": viewer.user_id, "vacancy_id": found.id},
    )
    return back_to(f"/console/vacancies/{found.id}?done=closed")


@router.post("/vacancies/{vacancy_id}/end-applications")
def end_applications(
    session: SessionDep, viewer: CurrentViewer, vacancy_id: str, csrf: Csrf = ""
) -> Response:
    """The vacancy has closed: its remaining open applications (of this user's sites) end
    as not selected now, without waiting for the grace period."""
    check_csrf(viewer, csrf)
    viewer.require(viewer.role in ("admin", "manager"))
    found = v.vacancy(session, viewer, vacancy_id)
    closed = close_applications(session, now(), 0, viewer.where(Application.site), found.id)
    record(
        session,
        "close_applications",
        "done",
        detail={
            "user": viewer.user_id,
            "vacancy_id": found.id,
            "closed": len(closed),
            "applications": [row.application_id for row in closed[:200]],
            "via": "console",
        },
    )
    return back_to(f"/console/vacancies/{found.id}?done=ended")


@router.post("/applications/{application_id}/stage")
def move_application(
    session: SessionDep,
    viewer: CurrentViewer,
    application_id: str,
    stage: Annotated[str, Form(max_length=20)] = "",
    csrf: Csrf = "",
) -> Response:
    """The same rules as `kiosk-server application ID --stage`; managers only for their
    sites' applications."""
    check_csrf(viewer, csrf)
    found = session.get(Application, application_id[:36])
    if found is None or not viewer.sees(found.site):
        raise ConsoleRefused(404, "no_application")
    if not v.may_move(viewer, found):
        raise ConsoleRefused(403, "role")
    try:
        set_stage(session, found.id, stage, now())
    except StageRefused as exc:  # nothing was written; the page says why
        return back_to(f"/console/vacancies/{found.vacancy_id}?refused={exc.code}")
    record(
        session,
        "application_stage",
        "done",
        site=found.site,
        detail={
            "application_id": found.id,
            "stage": stage,
            "user": viewer.user_id,
            "via": "console",
        },
    )
    return back_to(f"/console/vacancies/{found.vacancy_id}?done=stage")
