"""Summary tables the console reads instead of whole-table aggregates (migration 0012), kept
up to date on ingest by server/summary.py."""

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
    __table_args__ = (Index("ix_session_day_tally_day", "local_day"),)

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    check_ins: Mapped[int] = mapped_column(Integer)


class PresenceTally(Base):
    """Days with a check-in per class and applicant id (as scanned, before aliases)."""

    __tablename__ = "presence_tally"

    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    days: Mapped[int] = mapped_column(Integer)
