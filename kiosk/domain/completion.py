"""Pure completion rule: which meetings a class had, and whether a trainee attended enough.

A meeting is a scheduled day of the class (its weekly days between start and end). A trainee
attended a meeting when they checked in that day. An **excused** absence (recorded by staff,
with a reason) is taken out of the count: the share is attended / (meetings − excused
absences). A day excused that the trainee attended anyway counts as attended. The rule is a
minimum share of meetings, 80 % unless the class sets another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Final

DEFAULT_MIN_SHARE_PCT: Final = 80


def meeting_days(start: dt.date, end: dt.date, weekdays: Iterable[int]) -> list[dt.date]:
    """The scheduled days of a class (weekday 0 is Monday)."""
    wanted = set(weekdays)
    return [
        start + dt.timedelta(days=n)
        for n in range((end - start).days + 1)
        if (start + dt.timedelta(days=n)).weekday() in wanted
    ]


@dataclass(frozen=True)
class Completion:
    meetings: int
    attended: int
    excused: int
    share_pct: int  # rounded down: 79.9 % does not pass an 80 % rule
    meets_rule: bool

    @property
    def counted(self) -> int:
        return self.meetings - self.excused


def assess(
    meetings: Collection[dt.date],
    attended: Collection[dt.date],
    excused: Collection[dt.date],
    min_share_pct: int = DEFAULT_MIN_SHARE_PCT,
) -> Completion:
    """How one trainee did against the class's rule. Days outside the schedule (a scan on a
    make-up day) are not meetings and do not count either way."""
    if not 1 <= min_share_pct <= 100:
        raise ValueError("a minimum share is 1-100 %")
    meeting_set = set(meetings)
    came = meeting_set & set(attended)
    excused_absent = (meeting_set & set(excused)) - came
    counted = len(meeting_set) - len(excused_absent)
    share = 0 if counted <= 0 else len(came) * 100 // counted
    return Completion(
        meetings=len(meeting_set),
        attended=len(came),
        excused=len(excused_absent),
        share_pct=share,
        meets_rule=counted > 0 and share >= min_share_pct,
    )
