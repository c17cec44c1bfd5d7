"""The server's follow-up survey answers (migration 0013), with the staff's verification."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models import ID, Base, UtcDateTime


class FollowupRecord(Base):
    """One answer to one survey (person, class, point). ``verified_at`` is set by staff at
    the server once the employer confirmed the work (`kiosk-server followup ID --verified`);
    until then a "working" answer is self-reported. The two never mix in the figures."""

    __tablename__ = "followup_answer"
    __table_args__ = (
        UniqueConstraint("person_id", "session_id", "month"),
        Index("ix_followup_answer_answered", "answered_at"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    person_id: Mapped[str] = mapped_column(ID)  # canonical person id
    applicant_id: Mapped[str] = mapped_column(ID)  # as the kiosk sent it
    session_id: Mapped[str] = mapped_column(ID)
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    employer: Mapped[str] = mapped_column(String(120))
    sector: Mapped[str | None] = mapped_column(String(16))
    wage_band: Mapped[str | None] = mapped_column(String(8))
    related: Mapped[bool | None] = mapped_column(Boolean)
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str] = mapped_column(String(10))
    device_id: Mapped[str] = mapped_column(ID)
    # The site of the class (its training centre's figures), "" when the class is unknown.
    site: Mapped[str] = mapped_column(String(40))
    verified_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    verified_by: Mapped[str | None] = mapped_column(String(80))
