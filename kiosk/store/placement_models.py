"""Placement tables of the kiosk store (migration 0008): vacancies pulled from the server,
job-seeker registrations (AK/1) and applications made at this kiosk."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.models import ID, Base, UtcDateTime


class Vacancy(Base):
    """A vacancy as the server published it (never made on a kiosk). Open means
    ``valid_from <= today <= valid_until`` and ``filled < openings``, checked at query time
    so expired and filled ones disappear by themselves."""

    __tablename__ = "vacancy"
    __table_args__ = (
        Index("ix_vacancy_open", "valid_until", "valid_from"),
        Index("ix_vacancy_regency", "regency_code"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    employer: Mapped[str] = mapped_column(String(160))
    title: Mapped[str] = mapped_column(String(160))
    isco_code: Mapped[str] = mapped_column(String(4))
    openings: Mapped[int] = mapped_column(Integer)
    filled: Mapped[int] = mapped_column(Integer, default=0)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    regency_code: Mapped[str] = mapped_column(String(5))
    education_min: Mapped[str] = mapped_column(String(16))
    age_min: Mapped[int | None] = mapped_column(Integer)
    age_max: Mapped[int | None] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(1))
    # Skills as one text, "|" between them: read 20,000 rows without parsing JSON.
    skills: Mapped[str] = mapped_column(Text, default="")
    experience_years: Mapped[int] = mapped_column(Integer, default=0)
    wage_min: Mapped[int | None] = mapped_column(Integer)
    wage_max: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(12))
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class VacancyVersion(Base):
    """One row whose token triggers on ``vacancy`` renew at every insert, update and delete
    (migration 0010): the kiosk's in-memory ranking index is current while the token is."""

    __tablename__ = "vacancy_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    token: Mapped[int] = mapped_column(BigInteger)


class JobSeeker(Base):
    """A job-seeker registration (AK/1) of an applicant, who keeps using the training card:
    valid two years, reported every six months (a card scan counts as the report)."""

    __tablename__ = "job_seeker"

    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), primary_key=True)
    registered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    last_report_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # [{"level", "major", "year", "formal"}]
    education: Mapped[list[Any]] = mapped_column(JSON, default=list)
    skills: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ["menjahit", ...]
    # [{"isco_code", "employer", "years"}]
    experience: Mapped[list[Any]] = mapped_column(JSON, default=list)
    desired_occupations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    desired_regions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    wage_band: Mapped[str | None] = mapped_column(String(16))
    disability: Mapped[str | None] = mapped_column(String(40))  # only when given
    device_id: Mapped[str] = mapped_column(ID)


class JobApplication(Base):
    """An application made at this kiosk; its stage comes back from the server."""

    __tablename__ = "job_application"
    __table_args__ = (Index("ix_job_application_applicant", "applicant_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"))
    vacancy_id: Mapped[str] = mapped_column(ID)
    card_id: Mapped[str] = mapped_column(String(16))
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    stage: Mapped[str] = mapped_column(String(16), default="applied")
    stage_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    device_id: Mapped[str] = mapped_column(ID)
    # {"vacancy": ...}: what it applied for, kept after the vacancy is gone.
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
