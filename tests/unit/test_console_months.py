"""The programme page's split of a day range into whole months and partial-month day ranges:
every day of the range is read exactly once, from one month's row or from its days."""

from __future__ import annotations

import datetime as dt
import itertools

from server.console.months import split

START, END = dt.date(2025, 12, 1), dt.date(2026, 3, 31)  # the days there are, in this test
DAYS = [START + dt.timedelta(days=n) for n in range((END - START).days + 1)]


def _read(since: dt.date | None, until: dt.date | None) -> list[dt.date]:
    parts = split(since, until)
    read = []
    if parts.whole is not None:
        first, stop = parts.whole
        read += [d for d in DAYS if (first is None or d >= first) and (stop is None or d < stop)]
        for bound in (first, stop):
            assert bound is None or bound.day == 1
    for low, high in parts.days:
        assert (low.year, low.month) == (high.year, high.month) and low <= high
        read += [d for d in DAYS if low <= d <= high]
    return read


def test_every_day_of_the_range_is_read_once() -> None:
    bounds = [None, *DAYS[::3], dt.date(2026, 1, 31), dt.date(2026, 2, 1), dt.date(2026, 2, 28)]
    for since, until in itertools.product(bounds, repeat=2):
        read = _read(since, until)
        wanted = [
            d for d in DAYS if (since is None or d >= since) and (until is None or d <= until)
        ]
        assert sorted(read) == wanted, (since, until)


def test_whole_months_come_from_the_month_tally() -> None:
    parts = split(dt.date(2026, 1, 15), dt.date(2026, 3, 31))
    assert parts.whole == (dt.date(2026, 2, 1), dt.date(2026, 4, 1))
    assert parts.days == [(dt.date(2026, 1, 15), dt.date(2026, 1, 31))]
    assert split(None, None).whole == (None, None)
    assert split(None, None).days == []
