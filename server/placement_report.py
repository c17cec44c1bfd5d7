"""The placement funnel per site and month (docs/placement.md, *Placement report*): job
seekers, applications, interviews, hires verified and self-reported (never mixed) and who
still works at the six-month survey."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Collection
from pathlib import Path
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.sync.xlsx import write_xlsx
from server.followup_models import FollowupRecord
from server.models import ChangeLog
from server.placement_models import Application, Hire, JobSeekerRecord

COLUMNS: Final = (
    "site", "month", "job_seekers", "applications", "interviews", "hired_verified",
    "hired_self_reported", "employed_6m_verified", "employed_6m_self_reported",
)  # fmt: skip
COUNTS: Final = COLUMNS[2:]
# Months are calendar months in WIB (UTC+7), the zone of most sites, as placement ingest reads
# days: a hire at 23:30 UTC on the 31st counts in the next month.
WIB: Final = dt.timezone(dt.timedelta(hours=7))


def month_of(moment: dt.datetime) -> str:
    return moment.astimezone(WIB).strftime("%Y-%m")


def _time(text: object) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def placement_figures(
    session: Session, sites: Collection[str] | None = None
) -> list[dict[str, Any]]:
    """One row per site and month that has anything, sorted; ``sites`` limits the rows to
    those sites (a site manager's console view), None means every site."""
    tally: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))

    def add(site: str, moment: dt.datetime, column: str) -> None:
        if sites is None or site in sites:
            tally[(site, month_of(moment))][column] += 1

    for site, data in session.execute(select(JobSeekerRecord.site, JobSeekerRecord.data)):
        registered = _time(data.get("registered_at"))
        if registered is not None:
            add(site, registered, "job_seekers")
    application_site: dict[str, str] = {}
    for app_id, site, applied_at in session.execute(
        select(Application.id, Application.site, Application.applied_at)
    ):
        application_site[app_id] = site
        add(site, applied_at, "applications")
    interviewed: set[str] = set()
    for record_id, data in session.execute(
        select(ChangeLog.record_id, ChangeLog.data).where(ChangeLog.kind == "job_application")
    ):
        at = _time(data.get("stage_at"))
        if data.get("stage") == "interview" and record_id not in interviewed and at is not None:
            interviewed.add(record_id)
            add(application_site.get(record_id, ""), at, "interviews")
    _hires(session, add)
    for site, at, verified in session.execute(
        select(FollowupRecord.site, FollowupRecord.answered_at, FollowupRecord.verified_at).where(
            FollowupRecord.month == 6, FollowupRecord.status == "working"
        )
    ):
        add(site, at, "employed_6m_verified" if verified else "employed_6m_self_reported")
    return [{"site": s, "month": mo, **tally[(s, mo)]} for s, mo in sorted(tally)]


def _hires(session: Session, add: Any) -> None:
    """Each person counts as hired once per site: in the month of the earliest verified
    evidence (an application staff marked hired, or a follow-up answer the employer
    confirmed), else in the month of their earliest self-reported one."""
    verified: dict[tuple[str, str], dt.datetime] = {}
    reported: dict[tuple[str, str], dt.datetime] = {}

    def keep(
        into: dict[tuple[str, str], dt.datetime], key: tuple[str, str], at: dt.datetime
    ) -> None:
        if key not in into or at < into[key]:
            into[key] = at

    for person, site, at in session.execute(
        select(Hire.applicant_id, Application.site, Hire.at).join(
            Application, Application.id == Hire.application_id
        )
    ):
        keep(verified, (site, person), at)
    for person, site, at, checked in session.execute(
        select(
            FollowupRecord.person_id,
            FollowupRecord.site,
            FollowupRecord.answered_at,
            FollowupRecord.verified_at,
        ).where(FollowupRecord.status == "working")
    ):
        keep(verified if checked is not None else reported, (site, person), at)
    for (site, _person), at in verified.items():
        add(site, at, "hired_verified")
    for key, at in reported.items():
        if key not in verified:
            add(key[0], at, "hired_self_reported")


def as_csv(figures: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(figures)
    return out.getvalue()


def write_figures_xlsx(figures: list[dict[str, Any]], path: Path) -> None:
    """One sheet "Penempatan": the CSV's header row, then one row per site and month (every
    cell text, as kiosk.sync.xlsx writes them)."""
    rows = [list(COLUMNS)]
    rows.extend([str(figure[column]) for column in COLUMNS] for figure in figures)
    write_xlsx(path, rows, sheet_name="Penempatan")
