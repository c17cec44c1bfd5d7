"""One attendance rule for the scan verdict, the roster and the counts, on a real store: a class
that meets Monday and Friday answers a Wednesday scan with its own amber verdict (staff may
admit), and on every day present + late + absent == enrolled."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.attendance import (
    ADMITTABLE,
    Presence,
    ScanOutcome,
    Tone,
    day_counts,
    meets_on,
    presence,
)
from kiosk.services.catalogue import WeeklySchedule
from kiosk.services.kiosk import KioskServices
from tests.conftest import JAKARTA, SettableClock
from tests.factories import applicant_form, open_session

MONDAY = dt.datetime(2026, 3, 2, 7, 0, tzinfo=JAKARTA)
MON_FRI = WeeklySchedule((0, 4), "08:00", "12:00")
ENROLLED, STRANGERS, DAYS = 4, 2, 12


_REGISTERED: dict[str, list[tuple[str, str]]] = {}


def _people(kiosk: KioskServices) -> list[tuple[str, str]]:
    """The same people for every example of a test (registered once per store)."""
    key = str(kiosk.store.paths.root)
    if key in _REGISTERED:
        return _REGISTERED[key]
    found = []
    for seed in range(ENROLLED + STRANGERS):
        result = kiosk.registration.register(applicant_form(seed=500 + seed))
        assert result.card_payload is not None
        found.append((result.applicant_id, result.card_payload))
    _REGISTERED[key] = found
    return found


def test_a_wednesday_scan_is_its_own_amber_verdict_and_staff_may_admit(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    clock.moment = MONDAY
    session_id = open_session(kiosk, days=13, schedule=MON_FRI)
    [(person, payload), *_] = _people(kiosk)
    kiosk.catalogue.enrol(session_id, person)
    staff = kiosk.staff.create("rina", "Rina", "482915")
    clock.moment = MONDAY + dt.timedelta(days=2, hours=2)  # Wednesday 09:00
    verdict = kiosk.attendance.record_scan(session_id, payload, staff_id=staff.id)
    assert verdict.outcome is ScanOutcome.NOT_MEETING_TODAY
    assert verdict.tone is Tone.AMBER and verdict.can_admit and not verdict.recorded
    roster = kiosk.roster.roster(session_id)
    assert not roster.meets and roster.counts.absent == 1  # the roster agrees: nobody yet
    admitted = kiosk.attendance.record_scan(session_id, payload, staff_id=staff.id, admit=True)
    assert admitted.outcome is ScanOutcome.CHECKED_IN and admitted.admitted_by == staff.id
    roster = kiosk.roster.roster(session_id)
    # Present, not late: there is no start time to be late for on a day without class.
    assert roster.counts.present == 1 and roster.counts.late == 0
    assert roster.came == 1


def test_the_staff_list_of_today_and_the_scan_agree_on_meeting_days() -> None:
    start = MONDAY.date()
    for offset in range(14):
        day = start + dt.timedelta(days=offset)
        assert meets_on((0, 4), start, start + dt.timedelta(days=13), day) == (
            day.weekday() in (0, 4)
        )
    assert not meets_on((0, 4), start, start, start + dt.timedelta(days=7))  # after the end
    assert meets_on((), start, start + dt.timedelta(days=1), start)  # no weekdays: every day


@given(
    scans=st.lists(
        st.tuples(
            st.integers(0, ENROLLED + STRANGERS - 1),  # who
            st.integers(0, DAYS - 1),  # which day after the first Monday
            st.integers(7 * 60, 13 * 60),  # minute of the day
            st.booleans(),  # staff admit when asked
        ),
        max_size=25,
    )
)
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_present_late_and_absent_add_up_to_enrolled_on_every_day(
    kiosk: KioskServices, clock: SettableClock, scans: list[tuple[int, int, int, bool]]
) -> None:
    clock.moment = MONDAY
    session_id = open_session(kiosk, days=DAYS + 2, schedule=MON_FRI)
    people = _people(kiosk)
    for applicant_id, _payload in people[:ENROLLED]:
        kiosk.catalogue.enrol(session_id, applicant_id)
    staff = kiosk.staff.find("rina") or kiosk.staff.create("rina", "Rina", "482915")
    came: dict[dt.date, set[str]] = {}
    for who, offset, minute, admit in sorted(scans, key=lambda s: (s[1], s[2])):
        applicant_id, payload = people[who]
        clock.moment = MONDAY.replace(hour=0) + dt.timedelta(days=offset, minutes=minute)
        day = clock.moment.date()
        meets = day.weekday() in (0, 4)
        verdict = kiosk.attendance.record_scan(session_id, payload, staff_id=staff.id)
        if verdict.outcome in ADMITTABLE and admit:
            verdict = kiosk.attendance.record_scan(
                session_id, payload, staff_id=staff.id, admit=True
            )
        if not meets and applicant_id not in came.get(day, set()):
            # The banner says "not today" before anything else, unless staff admitted.
            assert verdict.outcome is (
                ScanOutcome.CHECKED_IN if admit else ScanOutcome.NOT_MEETING_TODAY
            )
        if verdict.recorded:
            came.setdefault(day, set()).add(applicant_id)
    enrolled = {applicant_id for applicant_id, _ in people[:ENROLLED]}
    days = [MONDAY.date() + dt.timedelta(days=n) for n in range(DAYS)]
    for roster in kiosk.roster.rosters(session_id, days):
        counts = roster.counts
        assert counts.present + counts.late + counts.absent == counts.enrolled == ENROLLED
        assert roster.meets == (roster.day.weekday() in (0, 4))
        if not roster.meets:
            assert counts.late == 0
        here = came.get(roster.day, set())
        assert counts.came == len(here & enrolled)  # the scan screen's "present n of m"
        assert counts.walk_ins == len(here - enrolled)


@given(
    statuses=st.lists(st.sampled_from(list(Presence))),
    walk_ins=st.lists(st.sampled_from(list(Presence))),
)
def test_day_counts_always_add_up(statuses: list[Presence], walk_ins: list[Presence]) -> None:
    counts = day_counts(statuses, walk_ins)
    assert counts.present + counts.late + counts.absent == counts.enrolled == len(statuses)
    assert counts.came == counts.enrolled - counts.absent


def test_late_only_on_a_day_the_class_meets() -> None:
    late = dt.datetime(2026, 3, 4, 9, 0, tzinfo=JAKARTA)
    assert presence(late, "08:00") is Presence.LATE
    assert presence(late, "08:00", meeting_day=False) is Presence.PRESENT
    assert presence(None, "08:00") is Presence.ABSENT


def test_card_pdfs_with_names_are_deleted_after_their_retention_time(
    kiosk: KioskServices, clock: SettableClock
) -> None:
    import os

    from kiosk.services.card_files import CARD_PDF_KEEP, card_pdf_path

    paths = kiosk.store.paths
    old, fresh = card_pdf_path(paths, "AAAA-BBBB"), card_pdf_path(paths, "CCCC-DDDD")
    old.parent.mkdir(parents=True, exist_ok=True)
    for path in (old, fresh):
        path.write_bytes(b"%PDF-1.4 Siti Rahmawati")
    now = clock()
    stale = (now - CARD_PDF_KEEP - dt.timedelta(minutes=1)).timestamp()
    os.utime(old, (stale, stale))
    recent = (now - dt.timedelta(hours=1)).timestamp()
    os.utime(fresh, (recent, recent))
    result = kiosk.maintenance.run_daily()
    assert result.card_pdfs == 1
    assert not old.exists() and fresh.exists()
