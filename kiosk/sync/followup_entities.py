"""Strict model of a follow-up survey answer a kiosk pushes (docs/placement.md)."""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import model_validator

from kiosk.domain.followup import (
    SURVEY_MONTHS,
    Answer,
    Sector,
    Status,
    WageBand,
    problems,
)
from kiosk.sync.entities import Payload
from kiosk.sync.fields import Text120, Time, UtcOffsetMin, Uuid

StatusName = Literal["working", "self_employed", "studying", "looking"]
assert set(StatusName.__args__) == {s.value for s in Status}  # type: ignore[attr-defined]
SectorName = Literal[
    "agriculture", "manufacturing", "construction", "trade", "hospitality", "transport",
    "ict", "services", "public", "other",
]  # fmt: skip
assert set(SectorName.__args__) == {s.value for s in Sector}  # type: ignore[attr-defined]
WageBandName = Literal["lt_1m", "1m_2m", "2m_3m", "3m_5m", "5m_plus"]
assert set(WageBandName.__args__) == {w.value for w in WageBand}  # type: ignore[attr-defined]
Month = Literal[1, 3, 6, 12]
assert set(Month.__args__) == set(SURVEY_MONTHS)  # type: ignore[attr-defined]


class FollowupAnswerCreate(Payload):
    """One answer to one survey: which person, which class, which point, what they do now.
    No name or contact here; the employer is a firm's name."""

    id: Uuid
    applicant_id: Uuid
    session_id: Uuid
    month: Month
    status: StatusName
    employer: Text120 = ""
    sector: SectorName | None = None
    wage_band: WageBandName | None = None
    related: bool | None = None
    answered_at: Time
    utc_offset_min: UtcOffsetMin
    channel: Literal["applicant", "staff"]
    staff_id: Uuid | None = None
    device_id: Uuid | None = None

    @model_validator(mode="after")
    def _consistent(self) -> FollowupAnswerCreate:
        found = problems(self.answer())
        if found:
            raise ValueError(found[0].render("en"))
        return self

    def answer(self) -> Answer:
        return Answer(
            status=Status(self.status),
            employer=self.employer,
            sector=Sector(self.sector) if self.sector else None,
            wage_band=WageBand(self.wage_band) if self.wage_band else None,
            related=self.related,
        )


PUSH: Final[dict[tuple[str, str], type[Payload]]] = {
    ("followup_answer", "create"): FollowupAnswerCreate,
}
CHANGES: Final[dict[str, type[Any]]] = {}
