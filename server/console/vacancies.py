"""The console's vacancies: the filtered list (and its export), one vacancy with its
applications, and who may change what. A manager sees the vacancies of their sites'
provinces and their sites' own; changes only their sites' own entries and applications."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, true
from sqlalchemy.orm import Session

from kiosk.domain.placement import NEXT_STAGES, Stage
from server.console.lists import EXPORT_LIMIT, PAGE, Table
from server.console.scope import ConsoleRefused, Viewer
from server.placement_models import Application, SiteRegion, VacancyRecord

STATUSES = ("open", "closed")
SOURCES = ("site", "employer", "imported")


def _page(value: str | None) -> int:
    return int(value) if value and value.isdigit() and 0 < int(value) < 100_000 else 1


@dataclass(frozen=True)
class VacancyFilter:
    """The list's filters from the query string; a value it does not know is ignored."""

    region: str = ""  # province "32" or regency "32.73"
    employer: str = ""
    status: str = ""
    source: str = ""
    checked: str = ""  # "", yes, no
    page: int = 1

    @classmethod
    def of(cls, query: Mapping[str, str]) -> VacancyFilter:
        region = query.get("region", "").strip()
        status, source, checked = (query.get(k, "") for k in ("status", "source", "checked"))
        return cls(
            region=region if re.fullmatch(r"[0-9]{2}(\.[0-9]{2})?", region) else "",
            employer=query.get("employer", "").strip()[:80],
            status=status if status in STATUSES else "",
            source=source if source in SOURCES else "",
            checked=checked if checked in ("yes", "no") else "",
            page=_page(query.get("page")),
        )

    def query(self, **changes: Any) -> dict[str, str]:
        values = {
            "region": self.region,
            "employer": self.employer,
            "status": self.status,
            "source": self.source,
            "checked": self.checked,
            "page": str(self.page) if self.page > 1 else "",
        }
        values.update({k: str(v) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}


def provinces_of(session: Session, viewer: Viewer) -> list[str]:
    query = select(SiteRegion.province_code).distinct()
    if viewer.sites is not None:
        query = query.where(viewer.where(SiteRegion.site))
    return sorted(session.scalars(query))


def in_scope(session: Session, viewer: Viewer) -> ColumnElement[bool]:
    """The vacancies this viewer sees: every one for the whole country; for a site user,
    those their kiosks receive (their sites' provinces) and their sites' own."""
    if viewer.sites is None:
        return true()
    return or_(
        VacancyRecord.province_code.in_(provinces_of(session, viewer)),
        viewer.where(VacancyRecord.owner_site),
    )


def is_open(record: VacancyRecord, today: dt.date) -> bool:
    start = dt.date.fromisoformat(record.data["valid_from"])
    return start <= today <= record.valid_until and record.filled < record.openings


COLUMNS = [
    "console.vacancy.col.employer",
    "console.vacancy.col.title",
    "console.vacancy.col.regency",
    "console.vacancy.col.openings",
    "console.vacancy.col.filled",
    "console.vacancy.col.valid",
    "console.vacancy.col.status",
    "console.vacancy.col.source",
    "console.vacancy.col.checked",
    "console.vacancy.col.owner",
    "console.vacancy.col.applications",
]
STATUS_TEXT = {"open": "console.vacancy.open", "closed": "console.vacancy.closed"}
SOURCE_TEXT = {
    "site": "console.vacancy.source.site",
    "employer": "console.vacancy.source.employer",
    "imported": "console.vacancy.source.imported",
}


def vacancies(
    session: Session, viewer: Viewer, wanted: VacancyFilter, today: dt.date, *, export: bool = False
) -> Table:
    open_now = (
        (VacancyRecord.data["valid_from"].as_string() <= today.isoformat())
        & (VacancyRecord.valid_until >= today)
        & (VacancyRecord.filled < VacancyRecord.openings)
    )
    query = select(VacancyRecord).where(in_scope(session, viewer))
    if wanted.region:
        if len(wanted.region) == 2:
            query = query.where(VacancyRecord.province_code == wanted.region)
        else:
            query = query.where(VacancyRecord.data["regency_code"].as_string() == wanted.region)
    if wanted.employer:
        pattern = "%" + wanted.employer.lower().replace("%", "").replace("_", "") + "%"
        query = query.where(func.lower(VacancyRecord.data["employer"].as_string()).like(pattern))
    if wanted.status:
        query = query.where(open_now if wanted.status == "open" else ~open_now)
    if wanted.source:
        query = query.where(VacancyRecord.data["source"].as_string() == wanted.source)
    if wanted.checked:
        query = query.where(VacancyRecord.data["checked"].as_boolean() == (wanted.checked == "yes"))
    query = query.order_by(VacancyRecord.published_at.desc(), VacancyRecord.id)
    limit = EXPORT_LIMIT if export else PAGE
    if not export:
        query = query.offset((wanted.page - 1) * PAGE)
    found = list(session.scalars(query.limit(limit + 1)))
    counts = application_counts(session, viewer, [r.id for r in found[:limit]])
    rows = [_row(r, today, counts.get(r.id, 0)) for r in found[:limit]]
    return Table(COLUMNS, rows, len(found) > limit)


def _row(record: VacancyRecord, today: dt.date, applications: int) -> dict[str, Any]:
    data = record.data
    return {
        "id": record.id,
        "console.vacancy.col.employer": data.get("employer", ""),
        "console.vacancy.col.title": f"{data.get('title', '')} ({data.get('isco_code', '')})",
        "console.vacancy.col.regency": data.get("regency_code", ""),
        "console.vacancy.col.openings": record.openings,
        "console.vacancy.col.filled": record.filled,
        "console.vacancy.col.valid": f"{data.get('valid_from', '')} – {data.get('valid_until', '')}",
        "console.vacancy.col.status": STATUS_TEXT["open" if is_open(record, today) else "closed"],
        "console.vacancy.col.source": SOURCE_TEXT.get(data.get("source", ""), ""),
        "console.vacancy.col.checked": bool(data.get("checked")),
        "console.vacancy.col.owner": record.owner_site or "—",
        "console.vacancy.col.applications": applications,
    }


def application_counts(session: Session, viewer: Viewer, ids: list[str]) -> dict[str, int]:
    """Applications per vacancy, counting only the viewer's sites' applications."""
    if not ids:
        return {}
    return {
        vid: int(n)
        for vid, n in session.execute(
            select(Application.vacancy_id, func.count())
            .where(Application.vacancy_id.in_(ids), viewer.where(Application.site))
            .group_by(Application.vacancy_id)
        )
    }


def vacancy(session: Session, viewer: Viewer, vacancy_id: str) -> VacancyRecord:
    record = session.get(VacancyRecord, vacancy_id[:36])
    if record is None:
        raise ConsoleRefused(404, "no_vacancy")
    if viewer.sites is not None and not (
        record.province_code in provinces_of(session, viewer) or viewer.sees(record.owner_site)
    ):
        raise ConsoleRefused(404, "no_vacancy")  # not there for them
    return record


def may_edit(viewer: Viewer, record: VacancyRecord) -> bool:
    """Mark checked, close early: admins any; managers only their own sites' entries."""
    if viewer.is_admin:
        return True
    return (
        viewer.role == "manager"
        and record.data.get("source") == "site"
        and bool(record.owner_site)
        and viewer.sees(record.owner_site)
    )


def may_move(viewer: Viewer, application: Application) -> bool:
    return viewer.is_admin or (viewer.role == "manager" and viewer.sees(application.site))


@dataclass(frozen=True)
class ApplicationRow:
    id: str
    card_id: str
    site: str
    applied_at: dt.datetime
    stage: str
    stage_at: dt.datetime
    next_stages: list[str]


def applications_of(session: Session, viewer: Viewer, vacancy_id: str) -> list[ApplicationRow]:
    rows = session.scalars(
        select(Application)
        .where(Application.vacancy_id == vacancy_id, viewer.where(Application.site))
        .order_by(Application.applied_at, Application.id)
        .limit(EXPORT_LIMIT)
    )
    order = list(Stage)
    return [
        ApplicationRow(
            a.id,
            a.card_id,
            a.site,
            a.applied_at,
            a.stage,
            a.stage_at,
            sorted(
                (s.value for s in NEXT_STAGES[Stage(a.stage)]), key=lambda v: order.index(Stage(v))
            )
            if may_move(viewer, a)
            else [],
        )
        for a in rows
    ]


def entry_sites(session: Session, viewer: Viewer) -> list[tuple[str, str]]:
    """(site, province) a user may enter a vacancy for: a site with a province, theirs."""
    if viewer.role not in ("admin", "manager"):
        return []
    query = select(SiteRegion.site, SiteRegion.province_code).order_by(SiteRegion.site)
    if not viewer.is_admin:
        query = query.where(viewer.where(SiteRegion.site))
    return [(site, province) for site, province in session.execute(query)]


def outcome_attention(session: Session, viewer: Viewer, now: dt.datetime) -> list[Any]:
    """The attention list's "applications without an outcome": one item per closed vacancy
    and site with open applications (server/outcomes.py), the oldest first."""
    from server.console.fleet import Attention
    from server.outcomes import awaiting_outcome, local_day

    groups: dict[tuple[str, str], list[Any]] = {}
    for row in awaiting_outcome(session, local_day(now), viewer.where(Application.site)):
        groups.setdefault((row.vacancy_id, row.site), []).append(row)
    return [
        Attention(
            "outcome_due",
            "console.attention.outcome_due",
            {
                "employer": rows[0].employer,
                "title": rows[0].title,
                "n": len(rows),
                "closed": rows[0].closed_on.isoformat(),
            },
            f"/console/vacancies/{vacancy_id}",
            site,
        )
        for (vacancy_id, site), rows in groups.items()
    ][:200]
