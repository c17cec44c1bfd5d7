"""When follow-up surveys are due, and which answers are complete (kiosk.domain.followup)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.followup import (
    SURVEY_MONTHS,
    Answer,
    AttendedClass,
    Sector,
    Status,
    WageBand,
    add_months,
    due_surveys,
    problems,
    windows,
)

END = dt.date(2026, 1, 31)
CLASS = AttendedClass("s1", "Menjahit", END)


def _due(today: dt.date, answered: set[tuple[str, int]] | None = None) -> list[int]:
    if answered is None:
        answered = set()
    return [s.month for s in due_surveys("p1", [CLASS], answered, today)]


def test_add_months_keeps_the_day_or_takes_the_last_one() -> None:
    assert add_months(END, 1) == dt.date(2026, 2, 28)
    assert add_months(END, 12) == dt.date(2027, 1, 31)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)
    assert add_months(dt.date(2026, 3, 15), -13) == dt.date(2025, 2, 15)


def test_each_point_is_asked_in_its_window_and_nowhere_else() -> None:
    assert _due(END) == []  # the last day of the class itself
    assert _due(dt.date(2026, 2, 13)) == []  # 15 days before the first point
    assert _due(dt.date(2026, 2, 14)) == [1]  # two weeks before it
    assert _due(dt.date(2026, 4, 15)) == [1]  # the day before the 3-month window opens
    assert _due(dt.date(2026, 4, 16)) == [3]
    assert _due(dt.date(2026, 7, 31)) == [6]
    assert _due(dt.date(2027, 1, 31)) == [12]
    assert _due(dt.date(2027, 5, 1)) == [12]  # 90 days after the last point
    assert _due(dt.date(2027, 5, 2)) == []


def test_an_answered_survey_is_never_asked_again() -> None:
    assert _due(dt.date(2026, 3, 5), {("s1", 1)}) == []
    # Another class's answer for the same point does not count for this one.
    assert _due(dt.date(2026, 3, 5), {("s2", 1)}) == [1]


def test_a_class_not_ended_asks_nothing_and_several_classes_sort_by_closing() -> None:
    running = AttendedClass("s2", "Las", dt.date(2026, 6, 30))
    older = AttendedClass("s3", "Barista", dt.date(2025, 12, 20))
    due = due_surveys("p1", [running, CLASS, older], set(), dt.date(2026, 3, 10))
    assert [(s.session_id, s.month) for s in due] == [("s1", 1), ("s3", 3)]
    assert due[0].closes < due[1].closes


@given(st.dates(dt.date(2020, 1, 1), dt.date(2040, 12, 31)))
def test_windows_never_overlap_and_leave_no_gap(end: dt.date) -> None:
    found = windows(end)
    assert [w.month for w in found] == list(SURVEY_MONTHS)
    for w, following in itertools.pairwise(found):
        assert w.opens <= w.point <= w.closes
        assert following.opens == w.closes + dt.timedelta(days=1)
    for offset in range(0, 460, 7):
        day = end + dt.timedelta(days=offset)
        assert sum(w.contains(day) for w in found) <= 1


def test_working_needs_employer_sector_wage_and_relation() -> None:
    codes = [m.code for m in problems(Answer(Status.WORKING, employer=" "))]
    assert codes == [
        "followup.employer_required",
        "followup.sector_required",
        "followup.wage_required",
        "followup.related_required",
    ]
    full = Answer(Status.WORKING, "CV Maju", Sector.TRADE, WageBand.FROM_2M, related=True)
    assert problems(full) == []


def test_other_statuses_carry_no_work_details() -> None:
    assert problems(Answer(Status.LOOKING)) == []
    assert problems(Answer(Status.STUDYING)) == []
    assert [m.code for m in problems(Answer(Status.LOOKING, related=False))] == [
        "followup.not_for_status"
    ]
    assert [
        m.code for m in problems(Answer(Status.SELF_EMPLOYED, employer="PT X", related=True))
    ] == ["followup.not_for_status"]
    own = Answer(
        Status.SELF_EMPLOYED, sector=Sector.HOSPITALITY, wage_band=WageBand.UNDER_1M, related=True
    )
    assert problems(own) == []
