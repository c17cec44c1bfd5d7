"""Certificate figures per site and scheme: assessed, competent, not yet competent, issued,
revoked, expiring soon; JSON, CSV or XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kiosk.domain.certificate import KIND_COMPETENCY
from kiosk.sync.xlsx import write_xlsx
from server.assessments import assessment_figures
from server.models import IssuedCertificate

EXPIRING_WITHIN: Final = dt.timedelta(days=90)
COLUMNS: Final = (
    "site",
    "kind",
    "scheme",
    "assessed",
    "issued",
    "competent",
    "not_yet_competent",
    "revoked",
    "expiring_90_days",
)


SiteCondition = Callable[[Any], ColumnElement[bool]]


def certificate_figures(
    session: Session, today: dt.date, sites: SiteCondition | None = None
) -> list[dict[str, Any]]:
    """One row per site, kind and scheme (empty for completion certificates). Assessed,
    competent and not yet competent count candidates by their current assessment record
    (server/assessments.py) where records exist, else competency certificates by their
    result; a certificate revoked is counted as issued and as revoked, never as expiring.
    ``sites`` turns a site column into the condition that keeps only some sites (the
    console's viewer and filter); a correction supersedes a record of its own site only,
    so a site's figures never need another site's records."""
    rows: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
    query = select(
        IssuedCertificate.site,
        IssuedCertificate.kind,
        IssuedCertificate.scheme,
        IssuedCertificate.result,
        IssuedCertificate.valid_until,
        IssuedCertificate.revoked_at,
    )
    if sites is not None:
        query = query.where(sites(IssuedCertificate.site))
    for site, kind, scheme, result, valid_until, revoked_at in session.execute(query):
        key = (site, kind, scheme or "")
        row = rows[key]
        if not row:
            row.update(dict.fromkeys(COLUMNS, 0), site=site, kind=kind, scheme=scheme or "")
        row["issued"] += 1
        row["competent"] += result == "K"
        row["not_yet_competent"] += result == "BK"
        if revoked_at is not None:
            row["revoked"] += 1
        elif valid_until is not None and today <= valid_until <= today + EXPIRING_WITHIN:
            row["expiring_90_days"] += 1
    for (site, scheme), counts in assessment_figures(session, sites).items():
        row = rows[(site, KIND_COMPETENCY, scheme)]
        if not row:
            row.update(dict.fromkeys(COLUMNS, 0), site=site, kind=KIND_COMPETENCY, scheme=scheme)
        row.update(counts)
    return [rows[key] for key in sorted(rows)]


def as_csv(figures: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(figures)
    return out.getvalue()


def write_figures_xlsx(figures: list[dict[str, Any]], path: Path) -> None:
    """One sheet "Sertifikat": the header row (the CSV's column names), then one row per
    site, kind and scheme. The XLSX writer keeps every cell as text, so counts are written
    as their decimal digits (a spreadsheet converts them on request, never silently)."""
    rows = [list(COLUMNS)]
    rows.extend([str(figure[column]) for column in COLUMNS] for figure in figures)
    write_xlsx(path, rows, sheet_name="Sertifikat")
