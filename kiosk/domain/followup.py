"""Follow-up surveys after training: when each is due, what an answer may say, and its checks.

A class *ends* on its session's ``end_date`` (its last scheduled day, the same day
certificates wait for). A person is followed up for every class they attended (at least one
check-in). Surveys fall at 1, 3, 6 and 12 months after the end; each is asked in a window
around its point (docs/placement.md) and never again once answered.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kiosk.i18n import Message, define, msg

SURVEY_MONTHS: Final = (1, 3, 6, 12)
# A window opens two weeks before its point (a person scanned a little early is still asked)
# and stays open until the next one opens; the last stays open three months after its point.
OPENS_BEFORE: Final = dt.timedelta(days=14)
LAST_CLOSES_AFTER: Final = dt.timedelta(days=90)
EMPLOYER_MAX: Final = 120


class Status(StrEnum):
    """What the person does now."""

    WORKING = "working"  # employed by someone
    SELF_EMPLOYED = "self_employed"
    STUDYING = "studying"
    LOOKING = "looking"  # looking for work


class WageBand(StrEnum):
    """Monthly take-home pay in rupiah, in bands a person can tap without typing a figure."""

    UNDER_1M = "lt_1m"
    FROM_1M = "1m_2m"
    FROM_2M = "2m_3m"
    FROM_3M = "3m_5m"
    FROM_5M = "5m_plus"


class Sector(StrEnum):
    """Broad sectors (KBLI 2020 sections grouped the way a trainee would name them)."""

    AGRICULTURE = "agriculture"
    MANUFACTURING = "manufacturing"
    CONSTRUCTION = "construction"
    TRADE = "trade"
    HOSPITALITY = "hospitality"  # hotels, restaurants, cafés
    TRANSPORT = "transport"
    ICT = "ict"
    SERVICES = "services"  # health, education, repairs, beauty, other services
    PUBLIC = "public"
    OTHER = "other"


define("followup.working", id="Bekerja", en="Working")
define("followup.self_employed", id="Usaha sendiri", en="Self-employed")
define("followup.studying", id="Sekolah / kuliah", en="Studying")
define("followup.looking", id="Mencari kerja", en="Looking for work")
define("followup.wage.lt_1m", id="< Rp1 juta", en="< Rp1 million")
define("followup.wage.1m_2m", id="Rp1–2 juta", en="Rp1–2 million")
define("followup.wage.2m_3m", id="Rp2–3 juta", en="Rp2–3 million")
define("followup.wage.3m_5m", id="Rp3–5 juta", en="Rp3–5 million")
define("followup.wage.5m_plus", id="> Rp5 juta", en="> Rp5 million")
define("followup.sector.agriculture", id="Pertanian", en="Agriculture")
define("followup.sector.manufacturing", id="Pabrik / industri", en="Manufacturing")
define("followup.sector.construction", id="Bangunan", en="Construction")
define("followup.sector.trade", id="Toko / dagang", en="Shop / trade")
define("followup.sector.hospitality", id="Hotel / rumah makan", en="Hotel / restaurant")
define("followup.sector.transport", id="Angkutan", en="Transport")
define("followup.sector.ict", id="Komputer / TI", en="Computers / IT")
define("followup.sector.services", id="Jasa", en="Services")
define("followup.sector.public", id="Pemerintah", en="Government")
define("followup.sector.other", id="Lainnya", en="Other")
define(
    "followup.employer_required",
    id="Tuliskan nama tempat kerja (2–120 huruf).",
    en="Write the employer's name (2–120 characters).",
)
define("followup.sector_required", id="Pilih bidang usaha.", en="Choose the sector.")
define("followup.wage_required", id="Pilih kisaran gaji.", en="Choose the pay band.")
define(
    "followup.related_required",
    id="Pilih apakah pekerjaan ini sesuai dengan pelatihan.",
    en="Choose whether this work is related to the training.",
)
define(
    "followup.not_for_status",
    id="Tempat kerja, bidang dan gaji hanya diisi bila bekerja.",
    en="Employer, sector and pay are only given when working.",
)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the 31st becomes the month's last day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Window:
    """The days (inclusive) in which the survey ``month`` months after a class is asked."""

    month: int
    point: dt.date
    opens: dt.date
    closes: dt.date

    def contains(self, day: dt.date) -> bool:
        return self.opens <= day <= self.closes


def windows(class_end: dt.date) -> list[Window]:
    points = [add_months(class_end, m) for m in SURVEY_MONTHS]
    result = []
    for i, (month, point) in enumerate(zip(SURVEY_MONTHS, points, strict=True)):
        if i + 1 < len(points):
            closes = points[i + 1] - OPENS_BEFORE - dt.timedelta(days=1)
        else:
            closes = point + LAST_CLOSES_AFTER
        result.append(Window(month, point, point - OPENS_BEFORE, closes))
    return result


def window_of(class_end: dt.date, month: int) -> Window:
    for window in windows(class_end):
        if window.month == month:
            return window
    raise ValueError(f"no survey at {month} months")


@dataclass(frozen=True)
class AttendedClass:
    session_id: str
    title: str
    end_date: dt.date


@dataclass(frozen=True)
class Survey:
    """One survey due for one person: which class, which point, until when it is asked."""

    applicant_id: str
    session_id: str
    title: str
    month: int
    closes: dt.date


def due_surveys(
    applicant_id: str,
    classes: Iterable[AttendedClass],
    answered: Iterable[tuple[str, int]],
    today: dt.date,
) -> list[Survey]:
    """Surveys to ask today, the one closing soonest first. ``answered`` holds the
    (session id, month) pairs answered before: those are never asked again, and a window
    that passed unanswered is not asked later (the next point is)."""
    done = set(answered)
    due = []
    for attended in classes:
        if attended.end_date >= today:
            continue
        for window in windows(attended.end_date):
            if window.contains(today) and (attended.session_id, window.month) not in done:
                due.append(
                    Survey(
                        applicant_id,
                        attended.session_id,
                        attended.title,
                        window.month,
                        window.closes,
                    )
                )
    return sorted(due, key=lambda s: (s.closes, s.session_id))


@dataclass(frozen=True)
class Answer:
    """What a person said: the work details only when working."""

    status: Status
    employer: str = ""
    sector: Sector | None = None
    wage_band: WageBand | None = None
    related: bool | None = None  # is the work related to the training


def problems(answer: Answer) -> list[Message]:
    """Every reason the answer cannot be stored, in the order a person fills the form."""
    found: list[Message] = []
    if answer.status is Status.WORKING:
        if not 2 <= len(answer.employer.strip()) <= EMPLOYER_MAX:
            found.append(msg("followup.employer_required"))
        if answer.sector is None:
            found.append(msg("followup.sector_required"))
        if answer.wage_band is None:
            found.append(msg("followup.wage_required"))
        if answer.related is None:
            found.append(msg("followup.related_required"))
    elif answer.status is Status.SELF_EMPLOYED:
        # Own business: no employer, but what it earns and whether the training helped count.
        if answer.employer.strip():
            found.append(msg("followup.not_for_status"))
        if answer.related is None:
            found.append(msg("followup.related_required"))
    elif answer.employer.strip() or (answer.sector, answer.wage_band, answer.related) != (
        None,
        None,
        None,
    ):
        found.append(msg("followup.not_for_status"))
    return found


def status_label(status: str) -> str:
    """The catalogue code of a status's name (written out so grep finds each)."""
    return {
        "working": "followup.working",
        "self_employed": "followup.self_employed",
        "studying": "followup.studying",
        "looking": "followup.looking",
    }[status]
