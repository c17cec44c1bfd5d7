"""Summary tables the console reads instead of whole-table aggregates (migrations 0012 and
0014), kept up to date on ingest by server/summary.py and server/funnel.py."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models import ID, Base


class RegistrationTally(Base):
    """People registered per site (of the registering device), UTC day and eligibility
    (``yes``, ``no``, or ``unknown`` — e.g. erased)."""

    __tablename__ = "registration_tally"

    site: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    eligible: Mapped[str] = mapped_column(String(8), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


class ReasonTally(Base):
    """Ineligibility reasons per site and UTC day of registration."""

    __tablename__ = "reason_tally"

    site: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(80), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)


class SessionDayTally(Base):
    """Check-ins per class and local day: a row is a meeting held."""

    __tablename__ = "session_day_tally"
    # The classes that met lately, from the index alone (migration 0014 added session_id).
    __table_args__ = (Index("ix_session_day_tally_day", "local_day", "session_id"),)

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    check_ins: Mapped[int] = mapped_column(Integer)


class PresenceTally(Base):
    """Days with a check-in per class and applicant id (as scanned, before aliases)."""

    __tablename__ = "presence_tally"
    # The people behind a change (server/funnel.py): every class one applicant id was in.
    __table_args__ = (Index("ix_presence_tally_applicant", "applicant_id"),)

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    days: Mapped[int] = mapped_column(Integer)


class PersonProgress(Base):
    """How far one person got (migration 0014): enrolled in a class, attended at least 80% of
    a class's meetings, holds a competency certificate, was hired; with the site and UTC day
    they are counted under in FunnelTally. 0 or 1 each, so that a change is a difference."""

    __tablename__ = "person_progress"

    person_id: Mapped[str] = mapped_column(ID, primary_key=True)
    site: Mapped[str] = mapped_column(String(40))
    day: Mapped[dt.date] = mapped_column(Date)
    enrolled: Mapped[int] = mapped_column(Integer)
    attended: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    placed: Mapped[int] = mapped_column(Integer)


class FunnelTally(Base):
    """The funnel past registration per site and UTC day of registration: the sums of
    PersonProgress, kept by server/funnel.py."""

    __tablename__ = "funnel_tally"

    site: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    enrolled: Mapped[int] = mapped_column(Integer)
    attended: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    placed: Mapped[int] = mapped_column(Integer)


class ClassSizeTally(Base):
    """Enrolments per class (migration 0014): the console's class sizes without reading every
    enrolment of hundreds of classes."""

    __tablename__ = "class_size_tally"

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    enrolled: Mapped[int] = mapped_column(Integer)


class MonthTally(Base):
    """The programme per site and UTC month of registration (its first day), migration 0014:
    the funnel table and the eligibility totals of whole months without reading every day."""

    __tablename__ = "month_tally"

    site: Mapped[str] = mapped_column(String(40), primary_key=True)
    month: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    registered: Mapped[int] = mapped_column(Integer)
    eligible: Mapped[int] = mapped_column(Integer)
    ineligible: Mapped[int] = mapped_column(Integer)
    enrolled: Mapped[int] = mapped_column(Integer)
    attended: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    placed: Mapped[int] = mapped_column(Integer)
