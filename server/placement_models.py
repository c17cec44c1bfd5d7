"""The server's placement tables (migration 0009): vacancies, applications and their stages,
job-seeker registrations, and the province each site lies in."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models import ID, Base, UtcDateTime


class SiteRegion(Base):
    """The province of a site: its kiosks pull the vacancies of that province
    (`kiosk-server site-region`)."""

    __tablename__ = "site_region"

    site: Mapped[str] = mapped_column(String(40), primary_key=True)
    province_code: Mapped[str] = mapped_column(String(2))


class VacancyRecord(Base):
    """A published vacancy; ``data`` is what kiosks pull (kiosk.sync.placement_entities)."""

    __tablename__ = "vacancy"
    __table_args__ = (Index("ix_vacancy_province", "province_code"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    province_code: Mapped[str] = mapped_column(String(2))
    openings: Mapped[int] = mapped_column(Integer)
    filled: Mapped[int] = mapped_column(Integer, default=0)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    # Who published it: a site's code, or "" for the central operator (an imported list).
    owner_site: Mapped[str] = mapped_column(String(40))
    # The imported list's own key (employer + row), so importing a file twice adds nothing.
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Application(Base):
    """An application a kiosk made, and the stage staff set at the server."""

    __tablename__ = "job_application"
    __table_args__ = (Index("ix_job_application_vacancy", "vacancy_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    vacancy_id: Mapped[str] = mapped_column(ID)
    applicant_id: Mapped[str] = mapped_column(ID)  # canonical person id
    card_id: Mapped[str] = mapped_column(String(16))
    device_id: Mapped[str] = mapped_column(ID)
    site: Mapped[str] = mapped_column(String(40))
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    stage: Mapped[str] = mapped_column(String(16))
    stage_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Hire(Base):
    """One person hired for one vacancy, at most once (the unique key says so)."""

    __tablename__ = "job_hire"
    __table_args__ = (
        UniqueConstraint("vacancy_id", "applicant_id"),
        # A person's hires (the console's funnel, server/funnel.py).
        Index("ix_job_hire_applicant", "applicant_id"),
    )

    application_id: Mapped[str] = mapped_column(ID, primary_key=True)
    vacancy_id: Mapped[str] = mapped_column(ID)
    applicant_id: Mapped[str] = mapped_column(ID)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class JobSeekerRecord(Base):
    """The newest job-seeker registration (AK/1) of a person; disability, where given, is
    only in the sealed event payload, never here."""

    __tablename__ = "job_seeker"

    applicant_id: Mapped[str] = mapped_column(ID, primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    device_id: Mapped[str] = mapped_column(ID)
    site: Mapped[str] = mapped_column(String(40))
    valid_until: Mapped[dt.date] = mapped_column(Date)
    last_report_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
