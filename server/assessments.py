"""Certification schemes published centrally, and assessment figures per site and scheme
(the newest valid record of each candidate at each event counts)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from kiosk.domain.assessment import COMPETENT, NOT_YET_COMPETENT, Scheme, scheme_from
from server import authority
from server.changes import add_change
from server.models import AssessmentRecord, AssessmentScheme


def publish_scheme(session: Session, data: object, now: dt.datetime) -> tuple[Scheme, bool]:
    """Store a scheme and publish it to every kiosk; True when it is new (a republication
    replaces the title, LSP and units). AssessmentInvalid for a bad scheme (nothing written)."""
    scheme = scheme_from(data)
    row = session.get(AssessmentScheme, scheme.number)
    new = row is None
    if row is None:
        row = AssessmentScheme(number=scheme.number)
        session.add(row)
    body = scheme.as_dict()
    row.title, row.lsp, row.units, row.published_at = (
        scheme.title,
        scheme.lsp,
        body["units"],
        now,
    )
    change = {**body, "published_at": now.astimezone(dt.UTC).isoformat()}
    kind = "assessment_scheme"
    add_change(session, kind, scheme.number, change, site=authority.pull_site(kind, None))
    return scheme, new


def assessment_figures(
    session: Session, sites: Callable[[Any], ColumnElement[bool]] | None = None
) -> dict[tuple[str, str], dict[str, int]]:
    """Per (site, scheme): candidates assessed, competent and not yet competent, by each
    candidate's current record at each event (a superseded record no longer counts).
    ``sites``: the condition on the site column that keeps only some sites."""
    query = select(
        AssessmentRecord.id,
        AssessmentRecord.supersedes,
        AssessmentRecord.site,
        AssessmentRecord.scheme,
        AssessmentRecord.result,
    )
    if sites is not None:
        query = query.where(sites(AssessmentRecord.site))
    rows = session.execute(query).all()
    replaced = {row.supersedes for row in rows if row.supersedes}
    figures: dict[tuple[str, str], dict[str, int]] = defaultdict(
        lambda: {"assessed": 0, "competent": 0, "not_yet_competent": 0}
    )
    for row in rows:
        if row.id in replaced:
            continue
        counts = figures[(row.site, row.scheme)]
        counts["assessed"] += 1
        counts["competent"] += row.result == COMPETENT
        counts["not_yet_competent"] += row.result == NOT_YET_COMPETENT
    return dict(figures)


def scheme_rows(session: Session) -> list[dict[str, Any]]:
    return [
        {"number": row.number, "title": row.title, "lsp": row.lsp, "units": len(row.units)}
        for row in session.scalars(select(AssessmentScheme).order_by(AssessmentScheme.number))
    ]
