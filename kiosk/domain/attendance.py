"""Pure attendance rules: what one card scan means for a session, which days a class meets,
and each trainee's presence on a day. The scan banner, the roster and every count use these
rules, so that they can never disagree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kiosk.domain.card import CardVerification

# A card shown again this soon is a double scan, not a check-out: trainees wave their card
# twice, or walk past the scanner again while finding a seat.
REPEAT_WINDOW: Final = dt.timedelta(minutes=10)
# Arriving up to this long after the scheduled start still counts as on time.
LATE_GRACE: Final = dt.timedelta(minutes=15)


class EventKind(StrEnum):
    CHECK_IN = "check_in"
    CHECK_OUT = "check_out"


class ScanOutcome(StrEnum):
    CHECKED_IN = "checked_in"
    CHECKED_OUT = "checked_out"
    ALREADY_RECORDED = "already_recorded"
    NOT_ENROLLED = "not_enrolled"
    # Within the class's dates, but not one of its weekdays: staff may still admit the trainee.
    NOT_MEETING_TODAY = "not_meeting_today"
    UNKNOWN_CARD = "unknown_card"
    SESSION_CLOSED = "session_closed"
    REJECTED = "rejected"


class Tone(StrEnum):
    """The colour staff see from across the room."""

    GREEN = "green"
    BLUE = "blue"
    AMBER = "amber"
    RED = "red"


TONES: Final = {
    ScanOutcome.CHECKED_IN: Tone.GREEN,
    ScanOutcome.CHECKED_OUT: Tone.BLUE,
    ScanOutcome.ALREADY_RECORDED: Tone.AMBER,
    ScanOutcome.NOT_ENROLLED: Tone.AMBER,
    ScanOutcome.NOT_MEETING_TODAY: Tone.AMBER,
    ScanOutcome.UNKNOWN_CARD: Tone.AMBER,
    ScanOutcome.SESSION_CLOSED: Tone.RED,
    ScanOutcome.REJECTED: Tone.RED,
}


@dataclass(frozen=True)
class PriorEvent:
    """An attendance event already stored for the same card, session and local day."""

    kind: EventKind
    recorded_at: dt.datetime


@dataclass(frozen=True)
class ScanDecision:
    outcome: ScanOutcome
    # The event to append, if any: a decision with no kind writes nothing.
    kind: EventKind | None = None
    # For "already recorded": when the earlier event was stored.
    previous_at: dt.datetime | None = None

    @property
    def tone(self) -> Tone:
        return TONES[self.outcome]

    @property
    def writes(self) -> bool:
        return self.kind is not None


# The outcomes staff may overrule with "Admit" (the event then names who admitted).
ADMITTABLE: Final = frozenset({ScanOutcome.NOT_ENROLLED, ScanOutcome.NOT_MEETING_TODAY})


def session_open_on(start: dt.date, end: dt.date, day: dt.date) -> bool:
    return start <= day <= end


def schedule_weekdays(schedule: object) -> list[int]:
    """The weekdays (0 = Monday) of a stored weekly schedule ``{"days": [...], ...}``; none
    when it names none or is not one."""
    days = schedule.get("days") if isinstance(schedule, dict) else None
    return [d for d in days if isinstance(d, int)] if isinstance(days, list) else []


def meets_on(weekdays: Collection[int], start: dt.date, end: dt.date, day: dt.date) -> bool:
    """Whether the class meets on ``day``: within its dates and on one of its weekdays
    (0 = Monday). A schedule that names no weekday meets every day of its dates."""
    return session_open_on(start, end, day) and (not weekdays or day.weekday() in weekdays)


class Presence(StrEnum):
    """An enrolled trainee's attendance on one day; every trainee has exactly one."""

    PRESENT = "present"  # came on time
    LATE = "late"
    ABSENT = "absent"


def presence(
    first_check_in: dt.datetime | None, scheduled_start: str, *, meeting_day: bool = True
) -> Presence:
    """Absent without a check-in; late only on a day the class meets (on another day there
    is no start time to be late for: staff admitted the trainee)."""
    if first_check_in is None:
        return Presence.ABSENT
    if meeting_day and is_late(first_check_in, scheduled_start):
        return Presence.LATE
    return Presence.PRESENT


@dataclass(frozen=True)
class DayCounts:
    """One day of one class: ``present + late + absent == enrolled`` always holds; people who
    came without being enrolled (admitted by staff) are counted apart as ``walk_ins``."""

    enrolled: int
    present: int
    late: int
    absent: int
    walk_ins: int = 0

    @property
    def came(self) -> int:
        """Enrolled trainees who came, on time or late."""
        return self.present + self.late


def day_counts(enrolled: Iterable[Presence], walk_ins: Iterable[Presence] = ()) -> DayCounts:
    statuses = list(enrolled)
    return DayCounts(
        enrolled=len(statuses),
        present=statuses.count(Presence.PRESENT),
        late=statuses.count(Presence.LATE),
        absent=statuses.count(Presence.ABSENT),
        walk_ins=sum(1 for status in walk_ins if status is not Presence.ABSENT),
    )


def decide_scan(
    *,
    verification: CardVerification,
    card_known: bool,
    session_open: bool,
    enrolled: bool,
    meets_today: bool = True,
    admit: bool,
    uses_checkout: bool,
    prior: Sequence[PriorEvent],
    now: dt.datetime,
    repeat_window: dt.timedelta = REPEAT_WINDOW,
) -> ScanDecision:
    """The meaning of one scan; ``prior`` are today's events of this card in this session."""
    if not verification.valid:
        return ScanDecision(ScanOutcome.REJECTED)
    if not card_known:
        return ScanDecision(ScanOutcome.UNKNOWN_CARD)
    if not session_open:
        return ScanDecision(ScanOutcome.SESSION_CLOSED)
    if not meets_today and not admit and not prior:
        return ScanDecision(ScanOutcome.NOT_MEETING_TODAY)
    if not prior:
        if enrolled or admit:
            return ScanDecision(ScanOutcome.CHECKED_IN, EventKind.CHECK_IN)
        return ScanDecision(ScanOutcome.NOT_ENROLLED)
    last = max(prior, key=lambda event: event.recorded_at)
    if now - last.recorded_at < repeat_window:
        return ScanDecision(ScanOutcome.ALREADY_RECORDED, previous_at=last.recorded_at)
    if not uses_checkout:
        first = min(prior, key=lambda event: event.recorded_at)
        return ScanDecision(ScanOutcome.ALREADY_RECORDED, previous_at=first.recorded_at)
    # Alternating lets a trainee leave for a break and come back; each scan is one event.
    if last.kind is EventKind.CHECK_IN:
        return ScanDecision(ScanOutcome.CHECKED_OUT, EventKind.CHECK_OUT)
    return ScanDecision(ScanOutcome.CHECKED_IN, EventKind.CHECK_IN)


def is_late(
    first_check_in: dt.datetime, scheduled_start: str, grace: dt.timedelta = LATE_GRACE
) -> bool:
    """Late when the first check-in of the day (local time) is after the scheduled start plus
    the grace period; ``scheduled_start`` is "HH:MM" from the session's weekly schedule."""
    try:
        hours, minutes = (int(part) for part in scheduled_start.split(":"))
        start = dt.time(hours, minutes)
    except ValueError:
        return False
    starts_at = dt.datetime.combine(first_check_in.date(), start, tzinfo=first_check_in.tzinfo)
    return first_check_in > starts_at + grace


# Keyboard-wedge scanners type the code as key presses through the PC's keyboard layout; on a
# German (QWERTZ) or French (AZERTY) layout some Base32 characters come out as other keys.
# A signed payload can be tried under each known layout: only the genuine text verifies.
_QWERTZ = str.maketrans("YZyz", "ZYzy")
_AZERTY = str.maketrans(
    {
        "Q": "A",
        "A": "Q",
        "W": "Z",
        "Z": "W",
        "q": "a",
        "a": "q",
        "w": "z",
        "z": "w",
        "?": "M",
        ",": "M",
        "é": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "-": "6",
        "§": "6",
        "è": "7",
    }
)


def layout_variants(text: str) -> list[str]:
    """The text as it would read had the scanner typed through another keyboard layout."""
    variants = []
    for table in (_QWERTZ, _AZERTY):
        variant = text.translate(table)
        if variant != text and variant not in variants:
            variants.append(variant)
    return variants
