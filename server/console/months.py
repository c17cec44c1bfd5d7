"""The programme's figures per site and month of registration: whole months from the month
tally, and only the days of a filter's partial months at its edges from the day tallies, so
that the page reads a few thousand rows however many years and sites there are."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from server.console.scope import Viewer
from server.funnel import MONTH_ONLY, STAGES
from server.summary_models import FunnelTally, MonthTally, RegistrationTally

FIELDS = (*MONTH_ONLY, *STAGES)


def next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Split:
    """A day range [since, until] (either end open) as whole months [first, stop) (first
    days; None: open) and the inclusive day ranges left over, each within one month."""

    whole: tuple[dt.date | None, dt.date | None] | None
    days: list[tuple[dt.date, dt.date]] = field(default_factory=list)


def split(since: dt.date | None, until: dt.date | None) -> Split:
    first = None if since is None else since if since.day == 1 else next_month(since)
    stop = None if until is None else (until + dt.timedelta(days=1)).replace(day=1)
    days = []
    if since is not None and until is not None:
        if since > until:
            return Split(None)
        if next_month(since) > until:  # within one month
            return Split(None, [(since, until)])
    if since is not None and first is not None and first != since:
        days.append((since, first - dt.timedelta(days=1)))
    if until is not None and stop is not None and stop != until + dt.timedelta(days=1):
        days.append((stop, until))
    if first is not None and stop is not None and first >= stop:
        return Split(None, days)  # two partial months, none whole between them
    return Split((first, stop), days)


def figures(
    session: Session,
    viewer: Viewer,
    site: str,
    since: dt.date | None,
    until: dt.date | None,
) -> dict[tuple[str, str], Counter[str]]:
    """Registered, eligible, ineligible and the funnel's stages per (site, "YYYY-MM")."""
    parts = split(since, until)
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    if parts.whole is not None:
        first, stop = parts.whole
        conditions = [viewer.narrowed(MonthTally.site, site)]
        if first is not None:
            conditions.append(MonthTally.month >= first)
        if stop is not None:
            conditions.append(MonthTally.month < stop)
        columns = [getattr(MonthTally, name) for name in FIELDS]
        for month_site, month, *values in session.execute(
            select(MonthTally.site, MonthTally.month, *columns).where(*conditions)
        ):
            # One row per key here: the edges below add to it.
            found[(month_site, f"{month.year:04d}-{month.month:02d}")] = Counter(
                dict(zip(FIELDS, values, strict=True))
            )
    for low, high in parts.days:
        month = low.strftime("%Y-%m")
        for reg_site, eligible, people in session.execute(
            select(
                RegistrationTally.site,
                RegistrationTally.eligible,
                func.sum(RegistrationTally.people),
            )
            .where(
                viewer.narrowed(RegistrationTally.site, site),
                RegistrationTally.day >= low,
                RegistrationTally.day <= high,
            )
            .group_by(RegistrationTally.site, RegistrationTally.eligible)
        ):
            counts = found[(reg_site, month)]
            counts["registered"] += int(people or 0)
            if eligible in ("yes", "no"):
                counts["eligible" if eligible == "yes" else "ineligible"] += int(people or 0)
        sums = [func.sum(getattr(FunnelTally, stage)) for stage in STAGES]
        for funnel_site, *stages in session.execute(
            select(FunnelTally.site, *sums)
            .where(
                viewer.narrowed(FunnelTally.site, site),
                FunnelTally.day >= low,
                FunnelTally.day <= high,
            )
            .group_by(FunnelTally.site)
        ):
            found[(funnel_site, month)].update(
                {stage: int(n or 0) for stage, n in zip(STAGES, stages, strict=True)}
            )
    return {key: counts for key, counts in found.items() if any(counts.values())}
