"""The kiosk's follow-up survey answers (migration 0010): one per person, class and point."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.models import ID, Base, UtcDateTime


class FollowupAnswer(Base):
    """What a trainee said 1, 3, 6 or 12 months after a class ended (kiosk.domain.followup).
    Made at this kiosk (the card scanned, or a field officer asking); never changed here."""

    __tablename__ = "followup_answer"
    __table_args__ = (UniqueConstraint("applicant_id", "session_id", "month"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    applicant_id: Mapped[str] = mapped_column(ForeignKey("applicant.id"), index=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"))
    month: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    employer: Mapped[str] = mapped_column(String(120), default="")
    sector: Mapped[str | None] = mapped_column(String(16))
    wage_band: Mapped[str | None] = mapped_column(String(8))
    related: Mapped[bool | None] = mapped_column(Boolean)
    answered_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    utc_offset_min: Mapped[int] = mapped_column(Integer)
    # "applicant" at the kiosk after a card scan, "staff" when a field officer asked.
    channel: Mapped[str] = mapped_column(String(10))
    staff_id: Mapped[str | None] = mapped_column(ID)
    device_id: Mapped[str] = mapped_column(ID)
